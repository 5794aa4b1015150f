package lang

import (
	"strings"
	"unicode"
)

// scriptCounts tallies the letters of a message by writing system.
type scriptCounts struct {
	latin, cyrillic, arabic, hangul, kana, han int
	simplified, traditional                    int
	// japanese counts kanji in their Japanese-only (shinjitai or kokuji)
	// form: 気 is neither Chinese 气 nor 氣.
	japanese   int
	latinWords int
}

func (s scriptCounts) letters() int {
	return s.latin + s.cyrillic + s.arabic + s.hangul + s.kana + s.han
}

// countScripts counts letters per script, skipping e-mail addresses and URLs
// whose Latin letters say nothing about the shopper's language.
func countScripts(text string) scriptCounts {
	var s scriptCounts
	inWord := false
	for _, field := range splitFields(text) {
		if isAddress(field) {
			continue
		}
		for _, r := range field {
			switch {
			case !unicode.IsLetter(r):
				inWord = false
				continue
			case unicode.Is(unicode.Latin, r):
				s.latin++
				if !inWord {
					s.latinWords++
				}
				inWord = true
				continue
			case unicode.Is(unicode.Cyrillic, r):
				s.cyrillic++
			case unicode.Is(unicode.Arabic, r):
				s.arabic++
			case unicode.Is(unicode.Hangul, r):
				s.hangul++
			case unicode.In(r, unicode.Hiragana, unicode.Katakana):
				s.kana++
			case unicode.Is(unicode.Han, r):
				s.han++
				if simplifiedOnly[r] {
					s.simplified++
				}
				if traditionalOnly[r] {
					s.traditional++
				}
				if strings.ContainsRune(japaneseOnly, r) {
					s.japanese++
				}
			}
			inWord = false
		}
		inWord = false
	}
	return s
}

func splitFields(text string) []string {
	return fieldsFunc(text)
}

func fieldsFunc(text string) []string {
	var out []string
	start := -1
	for i, r := range text {
		if unicode.IsSpace(r) {
			if start >= 0 {
				out = append(out, text[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, text[start:])
	}
	return out
}

func isAddress(field string) bool {
	for i := 0; i < len(field); i++ {
		if field[i] == '@' {
			return true
		}
	}
	return len(field) > 4 && (field[:4] == "http" || field[:4] == "www.")
}

// Character pairs (simplified, traditional) of frequent characters whose two
// forms differ. A character found in only one column votes for that variant;
// characters shared by both standards (most of them) do not vote.
const hanPairs = "们們个個这這来來说說时時会會么麼还還过過对對开開关關问問题題没沒订訂单單号號货貨运運" +
	"请請谢謝吗嗎费費输輸价價钱錢买買卖賣换換选選择擇颜顏红紅蓝藍绿綠黄黃裤褲机機电電话話" +
	"邮郵联聯络絡帮幫给給让讓为為发發达達认認证證处處经經网網页頁条條码碼东東样樣实實现現" +
	"应應该該从從国國际際税稅递遞几幾边邊种種长長动動车車门門间間马馬员員务務诉訴账賬户戶" +
	"准準确確满滿气氣极極烂爛坏壞骗騙钟鐘态態办辦据據购購仓倉库庫节節优優产產质質适適荐薦" +
	"礼禮图圖链鏈营營业業转轉试試写寫读讀听聽见見觉覺学學爱愛欢歡乐樂线線级級结結给給" +
	"统統尽盡简簡认認让讓设設计計时時岁歲兑兌换換补補缺缺装裝饰飾纯純银銀项項链鏈丝絲绒絨" +
	"尺尺码碼调調号號邮郵寄寄双雙鞋鞋袜襪裙裙衬襯衫衫帽帽这這剧劇后後里裡两兩岁歲内內" +
	"张張丽麗当當场場宝寶贝貝头頭脸臉体體书書笔筆灯燈表錶锅鍋盘盤柜櫃伞傘绵綿织織针針钮鈕团團队隊难難医醫药藥语語汉漢飞飛热熱凉涼够夠压壓湿濕顶頂旧舊虽雖险險广廣华華湾灣区區县縣乡鄉镇鎮议議义義导導将將专專总總谈談变變严嚴声聲烧燒苹蘋宽寬贵貴偿償赔賠损損错錯误誤键鍵圆圓币幣销銷带帶状狀况況规規则則标標减減寻尋"

var simplifiedOnly, traditionalOnly = buildHanSets()

func buildHanSets() (map[rune]bool, map[rune]bool) {
	simp, trad := map[rune]bool{}, map[rune]bool{}
	runes := []rune(hanPairs)
	for i := 0; i+1 < len(runes); i += 2 {
		if runes[i] == runes[i+1] {
			continue
		}
		simp[runes[i]] = true
		trad[runes[i+1]] = true
	}
	return simp, trad
}

// japaneseOnly are kanji written this way only in Japanese (simplified
// shinjitai forms and characters coined in Japan); Chinese writes them
// otherwise (気 vs 气/氣, 駅 vs 驿/驛, 売 vs 卖/賣).
const japaneseOnly = "気円駅売読帰変払込広図営発県様楽薬鉄転険検済続総戦労働畑峠枠匂辻歳実単価継団伝弁仏浜悪蔵譲覚観権歓闘験関沢桜恵亜児捜挿" +
	"渋従縦獣粛処剰浄畳嬢穣醸触寝慎尽粋酔穂随髄枢数拡殻穏仮両暦歴恋炉録湾"

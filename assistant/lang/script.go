package lang

import (
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
				if japaneseKanji[r] {
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

// simplifiedOnly and traditionalOnly are the characters that vote for one
// Chinese standard: those whose form differs between the two, from OpenCC's
// conversion tables (hanvariants.go). Characters shared by both standards
// (most of them) do not vote.
var simplifiedOnly, traditionalOnly = runeSet(simplifiedVariants), runeSet(traditionalVariants)

func runeSet(s string) map[rune]bool {
	set := make(map[rune]bool, len(s)/3)
	for _, r := range s {
		set[r] = true
	}
	return set
}

// japaneseOnly are kanji written this way only in Japanese (simplified
// shinjitai forms and characters coined in Japan); Chinese writes them
// otherwise (気 vs 气/氣, 駅 vs 驿/驛, 売 vs 卖/賣).
const japaneseOnly = "気円駅売読帰変払込広図営発県様楽薬鉄転険検済続総戦労働畑峠枠匂辻歳実単価継団伝弁仏浜悪蔵譲覚観権歓闘験関沢桜恵亜児捜挿" +
	"渋従縦獣粛処剰浄畳嬢穣醸触寝慎尽粋酔穂随髄枢数拡殻穏仮両暦歴恋炉録湾"

// japaneseKanji is the set that votes Japanese: the hand-written list
// (kokuji such as 込, 働, 畑 included) plus OpenCC's shinjitai forms, minus
// any character that is also a Chinese variant form (数, 湾, 尽 are
// Simplified Chinese too).
var japaneseKanji = func() map[rune]bool {
	set := runeSet(japaneseOnly + shinjitaiOnly)
	for r := range set {
		if simplifiedOnly[r] || traditionalOnly[r] {
			delete(set, r)
		}
	}
	return set
}()

package entities

import (
	"sort"
	"strings"
)

// colorWords maps colour words of every supported language to canonical
// English. Inflected forms of Latin/Cyrillic languages are generated from
// stems below; CJK words are matched as substrings.
var colorWords = map[string][]string{
	"red": {"red", "rojo", "roja", "rojos", "rojas", "rouge", "rouges", "rot", "rote", "roten", "rotes", "roter",
		"rosso", "rossa", "rossi", "rosse", "vermelho", "vermelha", "vermelhos", "vermelhas", "rood", "rode",
		"kırmızı", "merah", "أحمر", "حمراء", "احمر"},
	"blue": {"blue", "azul", "azules", "bleu", "bleue", "bleus", "bleues", "blau", "blaue", "blauen", "blaues", "blauer",
		"blu", "azzurro", "azzurra", "blauw", "blauwe", "mavi", "biru", "أزرق", "زرقاء", "ازرق"},
	"navy": {"navy", "marino", "marine", "dunkelblau", "blu navy", "navy blue", "marinho", "marineblauw", "lacivert", "granatowy", "granatowa", "كحلي",
		// Navy said as "marine blue": one colour, not blue as well.
		"azul marino", "bleu marine", "blu marino", "azul marinho", "azul-marinho", "marineblau", "biru dongker", "biru navy", "azul navy"},
	"green": {"green", "verde", "verdes", "vert", "verte", "verts", "vertes", "grün", "grüne", "grünen", "grünes", "grüner",
		"verdi", "groen", "groene", "yeşil", "hijau", "أخضر", "خضراء", "اخضر",
		// The Polish noun, its cases ("w kolorze leśnej zieleni").
		"zieleń", "zieleni", "zielenią",
		// Sage, a green shops name their muted green: the index reads
		// "Sage" as green (knowledge/colors.go).
		"sage", "sage green", "salbei", "salbeigrün", "sauge", "vert sauge", "salvia", "verde salvia", "sálvia", "verde sálvia",
		"verde-sálvia", "salie", "saliegroen", "adaçayı", "adaçayı yeşili", "hijau sage", "شالفي", "مريمية"},
	"black": {"black", "negro", "negra", "negros", "negras", "noir", "noire", "noirs", "noires", "schwarz", "schwarze", "schwarzen", "schwarzes", "schwarzer",
		"nero", "nera", "neri", "nere", "preto", "preta", "pretos", "pretas", "zwart", "zwarte", "siyah", "hitam", "أسود", "سوداء", "اسود"},
	"white": {"white", "blanco", "blanca", "blancos", "blancas", "blanc", "blanche", "blancs", "blanches", "weiß", "weiss", "weiße", "weißen", "weißes", "weißer",
		"bianco", "bianca", "bianchi", "bianche", "branco", "branca", "brancos", "brancas", "wit", "witte", "beyaz", "putih", "أبيض", "بيضاء", "ابيض"},
	"yellow": {"yellow", "amarillo", "amarilla", "jaune", "jaunes", "gelb", "gelbe", "gelben", "giallo", "gialla", "amarelo", "amarela", "geel", "gele", "sarı", "kuning", "أصفر", "صفراء"},
	"pink":   {"pink", "rosa", "rose", "roses", "rosado", "rosada", "roze", "pembe", "merah muda", "وردي", "زهري"},
	"purple": {"purple", "morado", "morada", "violeta", "violet", "violette", "lila", "viola", "roxo", "roxa", "paars", "paarse", "mor", "ungu", "بنفسجي",
		// Plum, a shade shops name their purple: the index reads "Plum" as purple.
		"plum", "color ciruela", "prune", "pflaume", "pflaumenfarben", "prugna", "color prugna", "ameixa", "cor de ameixa", "pruim", "pruimkleurig",
		"erik rengi", "ungu plum", "برقوقي"},
	"orange": {"orange", "naranja", "arancione", "laranja", "oranje", "turuncu", "oranye", "برتقالي"},
	"grey": {"grey", "gray", "gris", "grise", "grises", "grau", "graue", "grauen", "graues", "grauer", "grigio", "grigia", "grigi", "grigie",
		"cinza", "cinzas", "grijs", "grijze", "gri", "abu-abu", "رمادي",
		// Charcoal and anthracite, dark greys shops name as such.
		"charcoal", "anthracite", "anthrazit", "antracita", "antracite", "antraciet", "antrasit", "arang", "فحمي"},
	"brown": {"brown", "marrón", "marron", "marrones", "marrons", "café", "braun", "braune", "braunen", "braunes", "brauner", "marrone", "marroni",
		"marrom", "bruin", "bruine", "kahverengi", "cokelat", "بني"},
	"beige": {"beige", "beis", "bege", "bej", "krem", "بيج"},
	// Khaki is an outdoor-trouser colour shops keep as "Khaki"; shoppers
	// spell it their way ("cáqui", "cachi"); not "kaki", the Indonesian
	// foot ("kaos kaki" are socks).
	"khaki": {"khaki", "caqui", "cáqui", "kakí", "cachi", "kaki rengi", "хаки", "كاكي"},
	// Rust is a common outdoor-apparel colour; shoppers name it in their
	// language although shops keep "Rust" as the option value.
	"rust": {"rust", "rust-coloured", "rust-colored", "óxido", "oxido", "color óxido", "rouille", "rost", "rostrot", "rostfarben",
		"rostfarbene", "rostfarbenen", "ruggine", "color ruggine", "ferrugem", "cor de ferrugem", "roest", "roestkleurig",
		"roestkleurige", "roestbruin", "pas rengi", "karat", "warna karat", "صدئي", "صدئ", "الصدئي", "صدئية"},
}

// Slavic adjectives inflect heavily: stems take every ending below.
var slavicColorStems = map[string][]string{
	"red":    {"красн", "czerwon"},
	"blue":   {"син", "голуб", "niebiesk"},
	"navy":   {"тёмно-син", "темно-син"},
	"green":  {"зелён", "зелен", "zielon", "szałwiow", "шалфейн"},
	"black":  {"чёрн", "черн", "czarn"},
	"white":  {"бел", "biał"},
	"yellow": {"жёлт", "желт", "żółt"},
	"pink":   {"розов", "różow"},
	"purple": {"фиолетов", "fioletow", "сливов", "śliwkow"},
	"orange": {"оранжев", "pomarańczow"},
	"grey":   {"сер", "szar", "графитов", "grafitow", "antracytow", "антрацитов"},
	"brown":  {"коричнев", "brązow"},
	"beige":  {"бежев", "beżow"},
	"rust":   {"ржав", "rdzaw"},
}

var slavicEndings = []string{"ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ую", "юю", "ых", "их", "ым", "ими",
	"y", "a", "e", "i", "ego", "ej", "ą", "ych", "ym", "ymi", "ie"}

// cjkColors are matched as substrings, longest first.
var cjkColors = map[string]string{
	"红色": "red", "紅色": "red", "红": "red", "紅": "red", "赤い": "red", "赤": "red", "レッド": "red", "빨간": "red", "빨강": "red", "레드": "red",
	"蓝色": "blue", "藍色": "blue", "蓝": "blue", "藍": "blue", "青い": "blue", "青": "blue", "ブルー": "blue", "파란": "blue", "파랑": "blue", "블루": "blue",
	"藏青": "navy", "海军蓝": "navy", "ネイビー": "navy", "紺": "navy", "네이비": "navy", "남색": "navy",
	"绿色": "green", "綠色": "green", "绿": "green", "綠": "green", "緑": "green", "グリーン": "green", "초록": "green", "녹색": "green", "그린": "green",
	"黑色": "black", "黑": "black", "黒": "black", "ブラック": "black", "검은": "black", "검정": "black", "블랙": "black",
	"白色": "white", "白い": "white", "ホワイト": "white", "흰": "white", "하얀": "white", "화이트": "white",
	"黄色": "yellow", "黃色": "yellow", "イエロー": "yellow", "노란": "yellow", "노랑": "yellow",
	"粉色": "pink", "粉红": "pink", "粉紅": "pink", "ピンク": "pink", "분홍": "pink", "핑크": "pink",
	"紫色": "purple", "紫": "purple", "パープル": "purple", "보라": "purple",
	"橙色": "orange", "橘色": "orange", "オレンジ": "orange", "주황": "orange", "오렌지": "orange",
	"灰色": "grey", "グレー": "grey", "회색": "grey", "그레이": "grey", "炭灰": "grey", "深灰": "grey", "チャコール": "grey", "차콜": "grey",
	"梅子色": "purple", "プラム": "purple", "플럼": "purple",
	"棕色": "brown", "咖啡色": "brown", "茶色": "brown", "ブラウン": "brown", "갈색": "brown", "브라운": "brown",
	"米色": "beige", "ベージュ": "beige", "베이지": "beige",
	"セージ": "green", "세이지": "green", "鼠尾草": "green",
	"卡其": "khaki", "カーキ": "khaki", "카키": "khaki",
	"铁锈": "rust", "鐵鏽": "rust", "铁锈色": "rust", "鐵鏽色": "rust", "锈色": "rust", "鏽色": "rust", "锈红": "rust", "鏽紅": "rust",
	"ラスト": "rust", "錆色": "rust", "さび色": "rust", "サビ色": "rust", "러스트": "rust", "녹슨": "rust",
}

type colorLexicon struct {
	words map[string]string
	multi []string // multi-word keys of words, sorted
	cjk   []string // keys of cjkColors, longest first
}

func buildColorLexicon() colorLexicon {
	lex := colorLexicon{words: map[string]string{}}
	for canon, words := range colorWords {
		for _, w := range words {
			lex.words[w] = canon
			if strings.Contains(w, " ") {
				lex.multi = append(lex.multi, w)
			}
		}
	}
	for canon, stems := range slavicColorStems {
		for _, st := range stems {
			for _, e := range slavicEndings {
				lex.words[st+e] = canon
			}
		}
	}
	sort.Strings(lex.multi)
	for w := range cjkColors {
		lex.cjk = append(lex.cjk, w)
	}
	sort.Slice(lex.cjk, func(i, j int) bool {
		if len(lex.cjk[i]) != len(lex.cjk[j]) {
			return len(lex.cjk[i]) > len(lex.cjk[j])
		}
		return lex.cjk[i] < lex.cjk[j]
	})
	return lex
}

// colors is read-only after package initialisation.
var colors = buildColorLexicon()

func (s *scan) takeColors() []string {
	var out []string
	add := func(c string) {
		for _, have := range out {
			if have == c {
				return
			}
		}
		out = append(out, c)
	}
	// Two-word colours first ("navy blue", "merah muda").
	str := s.text()
	for _, w := range colors.multi {
		if i := indexWord(str, w); i >= 0 {
			add(colors.words[w])
			s.blankBytes(str, i, i+len(w))
			str = s.text()
		}
	}
	for _, tok := range s.tokens() {
		if canon, ok := colors.words[withoutArabicArticle(tok.word)]; ok {
			add(canon)
			s.blank(tok.from, tok.to)
		}
	}
	str = s.text()
	for _, w := range colors.cjk {
		for {
			i := strings.Index(str, w)
			if i < 0 {
				break
			}
			add(cjkColors[w])
			s.blankBytes(str, i, i+len(w))
			str = s.text()
		}
	}
	return out
}

// arabicArticles are the definite article Arabic writes on an adjective,
// alone or after a preposition ("الفحمي", "باللون الأسود", "بالأحمر").
var arabicArticles = []string{"بال", "وال", "فال", "ال"}

// withoutArabicArticle is an Arabic word without its article: "الفحمي" is
// the colour "فحمي". Other words are returned as they are.
func withoutArabicArticle(w string) string {
	if _, ok := colors.words[w]; ok {
		return w
	}
	for _, a := range arabicArticles {
		if rest, ok := strings.CutPrefix(w, a); ok && len([]rune(rest)) >= 3 {
			return rest
		}
	}
	return w
}

// indexWord finds w in s as a whole word.
func indexWord(s, w string) int {
	off := 0
	for {
		i := strings.Index(s[off:], w)
		if i < 0 {
			return -1
		}
		i += off
		end := i + len(w)
		if (i == 0 || !isLatinOrCyrillicTail(s[:i])) && (end == len(s) || !isLatinOrCyrillicHead(s[end:])) {
			return i
		}
		off = i + 1
	}
}

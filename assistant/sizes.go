package assistant

import (
	"regexp"
	"strconv"
	"strings"

	"shopassist/assistant/glossary"
	"shopassist/assistant/intent"
	"shopassist/knowledge"
)

// Size questions that name no product ("which size for a 98 cm chest?",
// "your size chart for trousers?") are answered from the shop's size guide:
// the passage for the body part asked about, and, when the shopper gives a
// measurement the passage has a range for, the size it falls in.
var (
	// measureRE is a body measurement in centimetres in the supported
	// scripts, whole or with one decimal ("98 cm", "25.5厘米", "26,5 cm").
	measureRE = regexp.MustCompile(`(\d{2,3}(?:[.,]\d)?)\s?(?:cm|см|厘米|公分|センチ|㎝|센티|سم)`)
	// mmRE is a foot length in millimetres ("240mm"), as shoe sizes are
	// given in Korea, China and Japan.
	mmRE = regexp.MustCompile(`(?:^|[^\d.,])(2[2-9]\d)\s?(?:mm|мм|毫米|ミリ|밀리)`)
	// bareMillimetresRE is a foot length in millimetres written alone
	// ("평소 240 신어요": I usually wear 240), read so for footwear only.
	bareMillimetresRE = regexp.MustCompile(`(?:^|[^\d.,])(2[2-9][05])(?:[^\d.,]|$)`)
	// metreRE is a measurement in metres ("1 metre", "1,05 m").
	metreRE = regexp.MustCompile(`(?:^|[^\d.,])(1(?:[.,]\d{1,2})?)\s?(?:m|metre|meter|metro|metr|метр|米|メートル|미터|متر)(?:[^\p{L}]|$)`)
	// bareMeasureRE is a body measurement written without its unit ("我
	// 胸围98"), read so only next to the word for the body part measured;
	// also before a comma or full stop that ends the clause ("cintura dá
	// 74, pego…"), unlike a decimal.
	bareMeasureRE = regexp.MustCompile(`(?:^|[^\d.,])([5-9]\d|1[0-4]\d)(?:[^\d.,]|[.,](?:\s|$)|$)`)
	// footLengthRE is one shoe size of the guide and its foot length
	// ("EU 40 = UK 6.5 = US men's 7.5 / women's 8.5 = 25.5 cm"), in every
	// translation: the systems and numbers are written alike.
	footLengthRE = regexp.MustCompile(`EU (\d{2}) = UK [\d.,]+ = [^=]*= (\d{2}(?:[.,]5)?)\s?(?:cm|см|سم)`)
	// sockRangeRE is a sock size and the shoe sizes it fits ("S fits EU
	// 36–38", "SはEU 36–38"), the system left unsaid in some translations
	// ("S correspond au 36–38"); sockFor keeps ranges of shoe sizes only.
	sockRangeRE = regexp.MustCompile(`\b(XS|S|M|L|XL)\b[^\d;；。،]{0,20}?(?:EU\s?)?(\d{2})\s?[–-]\s?(\d{2})`)
	// euShoeRE is a shoe size written with its system, before or after
	// it ("EU 42", "UK 8", "US men's 9", "6 UK").
	// The system may be followed by one word, the shopper's gender in
	// their language ("US homme 10.5", "US Damen 8").
	euShoeRE = regexp.MustCompile(`(?i)\b(?:eu|uk|us)(?:\s?(?:men'?s|women'?s|mens|womens|\p{L}{4,8}))?\s?\d{1,2}(?:[.,]5)?\b|\b\d{1,2}(?:[.,]5)?\s?(?:eu|uk|us)\b`)
	// sizeRangeRE is one size and its range in a size guide ("M 95–100 cm").
	// sizePairRE is one size and its measurement in a table ("32 = 81 cm").
	sizePairRE  = regexp.MustCompile(`(?:^|[^\d.,])(\d{2}|XXS|XS|S|M|L|XL|XXL)\s?=\s?(\d{2,3}(?:[.,]\d)?)\s?(?:cm|см|厘米|公分|センチ|㎝|센티|سم)`)
	sizeRangeRE = regexp.MustCompile(`\b(XXS|XS|S|M|L|XL|XXL|3XL)\s(\d{2,3})\s?[–-]\s?(\d{2,3})\s?(?:cm|см|厘米|公分|センチ|㎝|سم)`)
)

// sizeWords ask about sizes in the supported languages.
var sizeWords = []string{"size", "talla", "taille", "pointure", "größe", "grösse", "taglia", "tamanho", "maat", "beden", "rozmiar", "ukuran",
	"مقاس", "المقاس", "размер", "サイズ", "尺码", "尺碼", "尺寸", "사이즈", "치수", "什么码", "什麼碼", "哪个码", "哪個碼",
	// A shoe size system or the verb for wearing a shoe size ("穿欧码多少",
	// "calço 40").
	"欧码", "歐碼", "鞋码", "鞋碼", "码数", "碼數", "美码", "美碼", "英码", "英碼", "calço", "calzo", "chausse du", "porto il",
	// Korean counts clothing sizes in 호 ("몇 호로 사야 해요?", "55호").
	"몇 호", "몇호"}

// chartWords ask for the size chart itself.
var chartWords = []string{"size chart", "size guide", "sizing", "size table", "guía de tallas", "tabla de tallas", "guide des tailles",
	"tableau des tailles", "größentabelle", "größentabelle", "tabella taglie", "guida alle taglie", "tabela de tamanhos", "guia de tamanhos",
	"maattabel", "beden tablosu", "beden rehberi", "tabela rozmiarów", "panduan ukuran", "tabel ukuran", "таблица размеров",
	"サイズ表", "サイズガイド", "尺码表", "尺碼表", "尺寸表", "사이즈표", "사이즈 가이드", "جدول المقاسات", "دليل المقاسات"}

// bodyPart is one part of the size guide: the words for the body part a
// shopper measures (body), the product kinds sized by it (kinds), both in
// the supported languages, and the words of the guide's original for its
// passage (expand): translations are aligned passage by passage with the
// original, so the English words find the passage in the shopper's
// language too.
type bodyPart struct {
	body, kinds, expand []string
	// unless are words that make a mention of the part a condition of
	// another's fit: "thick socks" asks the boots' size.
	unless []string
}

// named reports whether low (lowercase) names the body part or one of its
// product kinds.
func (p bodyPart) named(low string) bool {
	return (containsAny(low, p.body) || containsAny(low, p.kinds)) && !containsAny(low, p.unless)
}

// Indexes of bodyParts the answers treat apart.
const (
	socksPart    = 0
	footwearPart = 3
	kidsPart     = 4
)

// bodyParts are the parts of the size guide, socks before footwear:
// "which socks for a 37 shoe?" asks the sock sizes, which the guide gives
// in shoe sizes.
var bodyParts = []bodyPart{
	{kinds: []string{"sock", "calcet", "chaussette", "socke", "strumpf", "strümpf", "calze", "calzin", "meia", "sokken", "çorap",
		"skarpet", "kaus kaki", "носк", "靴下", "ソックス", "袜", "襪", "양말", "جوارب", "جورب"},
		expand: []string{"socks", "fits"},
		// "Size up in boots with thick socks?": the footwear rule.
		unless: []string{"thick", "dicke", "dicken", "épais", "grues", "spess", "gross", "dikke", "kalın", "grub", "tebal", "толст", "厚",
			"두꺼운", "두툼", "سميك"}},
	{body: []string{"chest", "bust", "borst", "brust", "poitrine", "pecho", "torace", "petto", "peito", "göğüs", "klat", "dada", "груд",
		"صدر", "胸", "가슴"},
		kinds: []string{"jacket", "jas", "jacke", "veste", "chaqueta", "giacca", "jaqueta", "mont", "kurtk", "jaket", "куртк", "ジャケット",
			"外套", "재킷", "冲锋衣", "衝鋒衣", "羽绒服", "羽絨服",
			// Product kinds measured at the chest (product types and titles).
			"fleece", "hoodie", "shirt", "sweater", "base layer", "parka", "shell", "vest", "knitwear"},
		expand: []string{"chest", "tops", "jackets"}},
	{body: []string{"waist", "taille-omtrek", "taillenumfang", "cintura", "bel ", "talia", "pinggang", "талия", "талии", "خصر", "腰", "허리"},
		kinds:  []string{"trouser", "pants", "broek", "hose", "pantal", "pantolon", "spodn", "celana", "брюк", "バンツ", "裤", "褲"},
		expand: []string{"waist", "trousers"}},
	{body: []string{"foot", "feet", "voet", "fuß", "pied", "piede", "ayak", "stopa", "kaki", "стоп", "قدم", "足", "脚长", "腳長", "발"},
		kinds: []string{"shoe", "boot", "schoen", "schuh", "chaussure", "zapato", "calzado", "scarpe", "sapato", "calçado", "ayakkabı", "bot",
			"but", "sepatu", "обув", "حذاء", "靴", "鞋", "신발", "pointure", "chausse", "calço", "calzo", "porto il", "欧码", "歐碼"},
		expand: []string{"footwear", "shoes", "eu", "uk", "us"}},
	// Children's clothes are sized by age, whatever the garment: only a
	// product known to be for kids (partOf) asks this part, no message
	// word does.
	{expand: []string{"kids", "age", "growing", "room"}},
}

// asksSizeGuide reports whether the message asks the size guide rather than
// about one product: a size word with a measurement, a shoe size in a
// system, or the chart itself, and no product's name.
func (t *turn) asksSizeGuide() bool {
	low := strings.ToLower(t.text)
	if t.line() != "" {
		return false
	}
	for _, c := range chartWords {
		if strings.Contains(low, c) {
			return true
		}
	}
	if t.betweenSizes() {
		return true
	}
	sized := false
	for _, w := range sizeWords {
		if strings.Contains(low, w) {
			sized = true
			break
		}
	}
	if sized && measureRE.MatchString(low) {
		return true
	}
	if len(glossary.Terms(t.text)) > 0 && !asksFit(t.text) {
		// "hiking boots size 44" asks for boots in that size; "which size
		// should I take in boots?" asks the guide.
		return false
	}
	if sized && (euShoeRE.MatchString(t.text) || europeanShoeRE.MatchString(low)) {
		return true
	}
	// "What size boots if I'm usually a 43?": a shoe size without its
	// system, asked for footwear.
	return sized && bodyParts[footwearPart].named(low) && shoeSizeRE.MatchString(low)
}

// betweenQuery, added to the shopper's words, finds the size guide's rule
// for a shopper between two sizes: their words alone ("between M and L in
// the Aurora jacket") rank the chest table higher. It is in the words of
// the guide's original, which translations are aligned with passage by
// passage; the shopper's own words ("entre", "迷って") find the translation.
const betweenQuery = "between two sizes larger smaller"

// betweenCues say "between" (two sizes) in the supported languages.
var betweenCues = []string{"between", "zwischen", "entre", "tra ", "fra ", "tussen", "między", "pomiędzy", "между", "arası", "بين",
	"間", "あいだ", "迷って", "사이", "之间", "之間", "中间", "中間", "antara"}

// choiceCues offer two sizes as a choice ("M or L?", "M mi L mi?"): with
// two sizes named, the same question as being between them.
var choiceCues = []string{" or ", " o ", " ou ", " oder ", " of ", " oppure ", " veya ", " yoksa ", " mi ", " czy ", " atau ", " или ", "还是", "還是",
	"それとも", "아니면", " أو "}

// betweenSizes reports whether the shopper says they are between two sizes
// ("I'm between M and L", "我在M和L之间"): two sizes named and a word for
// between.
// mentionsSize reports whether a message names sizes ("what sizes does the
// organic tee come in?"): a question about a product's sizes, whatever
// store subject ("organic") it also names.
func mentionsSize(text string) bool {
	return containsAny(strings.ToLower(text), sizeWords)
}

func (t *turn) betweenSizes() bool {
	low := " " + strings.ToLower(t.text) + " "
	return len(t.askedSizes()) > 1 && (containsAny(low, betweenCues) || containsAny(low, choiceCues))
}

// europeanShoeRE is a shoe size said to be European in words ("40
// europeu", "talla 42 europea").
var europeanShoeRE = regexp.MustCompile(`\b(?:3[5-9]|4[0-8])\s?(?:europ|avrupa|евро)`)

// shoeSizeRE is a European shoe size written alone ("usually a 43"), also
// before a comma or full stop that ends the clause ("Schuhgröße 44,
// welche …", "Calço 44, que número …"), unlike a decimal ("44,5"): the
// size a sock size is read from, and the size a conversion is asked for.
var shoeSizeRE = regexp.MustCompile(`(?:^|[^\d.,])(3[5-9]|4[0-8])(?:[^\d.,]|[.,](?:\s|$)|$)`)

// sizeGuideAnswer quotes the size-guide passage for the body part asked
// about and, for a measurement inside one of its ranges, names the size.
func (t *turn) sizeGuideAnswer() {
	if t.reply.Intent == intent.OutOfScope || t.reply.Intent == intent.Unclear {
		t.reply.Intent = intent.FAQ
	}
	low := strings.ToLower(t.text)
	// The shopper's numbers would match any passage of the guide ("98" in
	// "XL 92–98 cm" of the trousers): the words and the body part's own
	// words find the passage.
	query := strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return ' '
		}
		return r
	}, t.text)
	part := -1
	for i, p := range bodyParts {
		if p.named(low) {
			// Only the part's words: the size words would rank every
			// passage that says "size" (shoes) over the one measured.
			query = strings.Join(p.expand, " ")
			part = i
			break
		}
	}
	if part < 0 && (euShoeRE.MatchString(t.text) || europeanShoeRE.MatchString(low)) {
		// "UK 5, what is that in EU?", "EU 46 in US men's?": a shoe size
		// in a system asks the footwear conversions.
		query, part = strings.Join(bodyParts[footwearPart].expand, " "), footwearPart
	}
	if t.betweenSizes() && !measureRE.MatchString(low) && (part != socksPart || !shoeSizeRE.MatchString(low)) {
		// "M or L?" with no measurement asks the general advice; a shoe
		// size beside socks ("I wear a 45: M or L socks?") is placed in
		// the sock table instead.
		query = t.text + " " + betweenQuery
	}
	if _, ok := t.sayGuidePassage(query, part, nil); !ok {
		t.docAnswer("", "")
	}
}

// guideCandidates is how many documents' best passages for a size
// question are read for a range holding the shopper's measurement.
const guideCandidates = 3

// passageWithFit is the passage, of the documents found, whose ranges hold
// the shopper's measurement or shoe size, and the size it gives: the best
// passage itself, else another of its document's (the question's words
// rank the guide's general advice, "half a size up for thick socks", over
// the sock table). "" when none has a range for it.
func (t *turn) passageWithFit(hits []knowledge.PassageAnswer, part int, madeIn func(string) bool) (knowledge.PassageAnswer, string) {
	low := strings.ToLower(t.text)
	for _, h := range hits {
		if fit := sizeForShopper(h.Text, low, part, madeIn); fit != "" {
			return h, fit
		}
	}
	if len(bodyMeasures(low, part)) == 0 && (part != socksPart || !shoeSizeRE.MatchString(low)) {
		return knowledge.PassageAnswer{}, "" // nothing measured to place
	}
	seen := map[string]bool{}
	for _, h := range hits {
		if seen[h.DocID] {
			continue
		}
		seen[h.DocID] = true
		ps, err := t.e.index.DocPassages(t.ctx, t.shop.Domain, h.DocID, t.reply.Language)
		if err != nil {
			t.logErr("size guide passages", err)
			continue
		}
		for _, p := range ps {
			if fit := sizeForShopper(p.Text, low, part, madeIn); fit != "" {
				p.Score = h.Score
				return p, fit
			}
		}
	}
	return knowledge.PassageAnswer{}, ""
}

// sayGuidePassage says the size guide's passage for the query and, when
// the shopper gave a measurement or shoe size, the size it gives ("110 cm
// → XL"): among the best passages, the one with a range holding it wins,
// since the words alone rank the guide's general advice ("half a size up
// for thick socks") over the sock table. It returns the size found for
// the shopper ("EU 46", "" for none) and false when no passage answers.
// madeIn, when not nil, reports whether the product comes in a size: a
// table row in its sizes wins over another for the same measurement.
func (t *turn) sayGuidePassage(query string, part int, madeIn func(string) bool) (string, bool) {
	hits, err := t.e.index.AnswerPassages(t.ctx, t.shop.Domain, knowledge.PassageQuery{Text: query,
		Lang: t.reply.Language, Kinds: []string{"page", "faq"}, Limit: guideCandidates})
	if err != nil {
		t.logErr("size guide", err)
	}
	if len(hits) == 0 || hits[0].Score < minDocScore {
		return "", false
	}
	best := hits[0]
	size := ""
	if p, fit := t.passageWithFit(hits, part, madeIn); fit != "" {
		best = p
		t.say(fit) // the size, before the table it comes from
		_, size, _ = strings.Cut(fit, " → ")
	}
	t.quote(best)
	t.reply.Sources = append(t.reply.Sources, Source{Kind: best.Kind, Title: best.Title, URL: best.URL})
	return size, true
}

// sizeForShopper is the size the guide's passage gives for the shopper's
// own measurement or shoe size ("110 cm → XL", "26.5 cm → EU 42", "EU 37 →
// S"), or "" when the passage has no range for it. part is the index in
// bodyParts of what was measured or of the product's kind, -1 if unknown;
// madeIn is as for sayGuidePassage.
func sizeForShopper(passage, low string, part int, madeIn func(string) bool) string {
	for _, v := range bodyMeasures(low, part) {
		// "180 cm with a 100 cm chest": the measurement the passage has a
		// range for.
		cm := strconv.FormatFloat(v, 'f', -1, 64) + " cm → "
		if size := sizeFor(passage, v, madeIn); size != "" {
			return cm + size
		}
		if eu := shoeFor(passage, v); eu != "" {
			return cm + "EU " + eu
		}
	}
	if part != socksPart {
		return "" // a shoe size sizes socks only
	}
	for _, m := range shoeSizeRE.FindAllStringSubmatch(low, -1) {
		if size := sockFor(passage, m[1]); size != "" {
			return "EU " + m[1] + " → " + size
		}
	}
	return ""
}

// bodyMeasures are the shopper's measurements in centimetres: written with
// a unit, a foot length in millimetres (alone for footwear: "I wear 240"),
// or a bare number after the word for the chest or waist ("我胸围98").
func bodyMeasures(low string, part int) []float64 {
	var out []float64
	add := func(s string, scale float64) {
		if v, err := strconv.ParseFloat(strings.Replace(s, ",", ".", 1), 64); err == nil {
			out = append(out, v*scale)
		}
	}
	for _, m := range measureRE.FindAllStringSubmatch(low, -1) {
		add(m[1], 1)
	}
	for _, m := range mmRE.FindAllStringSubmatch(low, -1) {
		add(m[1], 0.1)
	}
	if part >= 0 && containsAny(low, bodyParts[part].body) {
		// "my chest is a full 1 metre": a body measurement in metres
		// next to the part measured.
		for _, m := range metreRE.FindAllStringSubmatch(low, -1) {
			add(m[1], 100)
		}
	}
	if len(out) > 0 || part < 0 {
		return out
	}
	switch {
	case part == footwearPart:
		for _, m := range bareMillimetresRE.FindAllStringSubmatch(low, -1) {
			add(m[1], 0.1)
		}
	case part != socksPart && containsAny(low, bodyParts[part].body):
		for _, m := range bareMeasureRE.FindAllStringSubmatch(low, -1) {
			add(m[1], 1)
		}
	}
	return out
}

// sizeFor is the size whose range in the passage holds the measurement:
// the guide's ranges are in whole centimetres ("S 89–94, M 95–100"), so
// 94.5 is still an S.
func sizeFor(passage string, v float64, madeIn func(string) bool) string {
	var sizes []string
	for _, m := range sizeRangeRE.FindAllStringSubmatch(passage, -1) {
		lo, _ := strconv.ParseFloat(m[2], 64)
		hi, _ := strconv.ParseFloat(m[3], 64)
		if v >= lo && v < hi+1 {
			sizes = append(sizes, m[1])
			break
		}
	}
	if size := sizeOfPairs(passage, v); size != "" {
		sizes = append(sizes, size)
	}
	if madeIn == nil {
		// No product to choose the table by: both ("81 cm → M / 32").
		return strings.Join(sizes, " / ")
	}
	for _, size := range sizes {
		if madeIn(size) {
			return size
		}
	}
	if len(sizes) > 0 {
		return sizes[0] // said with the sizes the product comes in
	}
	return ""
}

// sizeOfPairs is the size of a table that gives each size one measurement
// ("28 = 71 cm, 30 = 76 cm, 32 = 81 cm": trousers by waist) for a shopper
// measuring v centimetres: the smallest size whose measurement holds v, so
// a waist of 81 cm is a 32, of 83 cm a 34. "" when the passage has no such
// table or v is above it.
func sizeOfPairs(passage string, v float64) string {
	best, bestCM := "", 0.0
	for _, m := range sizePairRE.FindAllStringSubmatch(passage, -1) {
		cm, err := strconv.ParseFloat(strings.Replace(m[2], ",", ".", 1), 64)
		if err != nil || cm+1 <= v || best != "" && cm >= bestCM {
			continue
		}
		best, bestCM = m[1], cm
	}
	return best
}

// shoeFor is the smallest EU shoe size of the passage whose foot length
// holds a foot of v centimetres, "" when the passage lists no lengths or
// the foot is longer than all.
func shoeFor(passage string, v float64) string {
	best, bestLen := "", 0.0
	for _, m := range footLengthRE.FindAllStringSubmatch(passage, -1) {
		l, err := strconv.ParseFloat(strings.Replace(m[2], ",", ".", 1), 64)
		if err != nil || l < v || best != "" && l >= bestLen {
			continue
		}
		best, bestLen = m[1], l
	}
	return best
}

// minShoeSize and maxShoeSize bound the EU shoe sizes a sock range
// holds: "M 78–84 cm" of the trousers is a waist, not shoes.
const minShoeSize, maxShoeSize = 34, 49

// sockFor is the sock size of the passage that fits the EU shoe size.
func sockFor(passage, shoe string) string {
	v, err := strconv.Atoi(shoe)
	if err != nil {
		return ""
	}
	for _, m := range sockRangeRE.FindAllStringSubmatch(passage, -1) {
		lo, _ := strconv.Atoi(m[2])
		hi, _ := strconv.Atoi(m[3])
		if lo >= minShoeSize && hi <= maxShoeSize && v >= lo && v <= hi {
			return m[1]
		}
	}
	return ""
}

func containsAny(low string, words []string) bool {
	for _, w := range words {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

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
	// scripts.
	measureRE = regexp.MustCompile(`(\d{2,3})\s?(?:cm|см|厘米|公分|センチ|㎝|센티|سم)`)
	// euShoeRE is a shoe size written with its system ("EU 42", "UK 8").
	euShoeRE = regexp.MustCompile(`(?i)\b(?:eu|uk|us)\s?\d{1,2}(?:[.,]5)?\b`)
	// sizeRangeRE is one size and its range in a size guide ("M 95–100 cm").
	sizeRangeRE = regexp.MustCompile(`\b(XXS|XS|S|M|L|XL|XXL|3XL)\s(\d{2,3})\s?[–-]\s?(\d{2,3})\s?(?:cm|см|厘米|公分|センチ|㎝|سم)`)
)

// sizeWords ask about sizes in the supported languages.
var sizeWords = []string{"size", "talla", "taille", "pointure", "größe", "grösse", "taglia", "tamanho", "maat", "beden", "rozmiar", "ukuran",
	"مقاس", "المقاس", "размер", "サイズ", "尺码", "尺碼", "尺寸", "사이즈", "치수", "什么码", "什麼碼", "哪个码", "哪個碼"}

// chartWords ask for the size chart itself.
var chartWords = []string{"size chart", "size guide", "sizing", "size table", "guía de tallas", "tabla de tallas", "guide des tailles",
	"tableau des tailles", "größentabelle", "größentabelle", "tabella taglie", "guida alle taglie", "tabela de tamanhos", "guia de tamanhos",
	"maattabel", "beden tablosu", "beden rehberi", "tabela rozmiarów", "panduan ukuran", "tabel ukuran", "таблица размеров",
	"サイズ表", "サイズガイド", "尺码表", "尺碼表", "尺寸表", "사이즈표", "사이즈 가이드", "جدول المقاسات", "دليل المقاسات"}

// bodyParts map what the shopper measured, in the supported languages, to
// the words the size guide's original uses for it: translations are
// aligned passage by passage with the original, so the English words find
// the passage in the shopper's language too.
var bodyParts = []struct{ cues, expand []string }{
	{cues: []string{"chest", "bust", "borst", "brust", "poitrine", "pecho", "torace", "petto", "peito", "göğüs", "klat", "dada", "груд", "صدر",
		"胸", "가슴", "jacket", "jas", "jacke", "veste", "chaqueta", "giacca", "jaqueta", "mont", "kurtk", "jaket", "куртк", "ジャケット", "外套", "재킷",
		// Product kinds measured at the chest (product types and titles).
		"fleece", "hoodie", "shirt", "sweater", "base layer", "parka", "shell", "vest", "knitwear"},
		expand: []string{"chest", "tops", "jackets"}},
	{cues: []string{"waist", "trouser", "pants", "taille-omtrek", "broek", "hose", "taillenumfang", "cintura", "pantal", "bel ", "pantolon",
		"talia", "spodn", "pinggang", "celana", "талия", "талии", "брюк", "خصر", "腰", "허리", "バンツ", "裤", "褲"},
		expand: []string{"waist", "trousers"}},
	{cues: []string{"shoe", "foot", "feet", "boot", "schoen", "voet", "schuh", "fuß", "chaussure", "pied", "zapato", "calzado", "scarpe", "piede",
		"sapato", "calçado", "ayakkabı", "ayak", "bot", "but", "stopa", "sepatu", "kaki", "обув", "стоп", "حذاء", "قدم", "靴", "鞋", "足", "신발", "발"},
		expand: []string{"footwear", "shoes", "eu", "uk", "us"}},
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
	if sized && euShoeRE.MatchString(t.text) {
		return true
	}
	// "What size boots if I'm usually a 43?": a shoe size without its
	// system, asked for footwear.
	return sized && containsAny(low, bodyParts[2].cues) && bareShoeRE.MatchString(low)
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
	return len(t.askedSizes()) > 1 && containsAny(strings.ToLower(t.text), betweenCues)
}

// bareShoeRE is a European shoe size written alone ("usually a 43").
var bareShoeRE = regexp.MustCompile(`(?:^|[^\d.,])(3[5-9]|4[0-8])(?:[^\d.,]|$)`)

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
	for _, p := range bodyParts {
		if containsAny(low, p.cues) {
			// Only the part's words: the size words would rank every
			// passage that says "size" (shoes) over the one measured.
			query = strings.Join(p.expand, " ")
			break
		}
	}
	if t.betweenSizes() && !measureRE.MatchString(low) {
		query = t.text + " " + betweenQuery
	}
	hits, err := t.e.index.AnswerPassages(t.ctx, t.shop.Domain, knowledge.PassageQuery{Text: query,
		Lang: t.reply.Language, Kinds: []string{"page", "faq"}, Limit: 1})
	if err != nil {
		t.logErr("size guide", err)
	}
	if len(hits) == 0 || hits[0].Score < minDocScore {
		t.docAnswer("", "")
		return
	}
	for _, m := range measureRE.FindAllStringSubmatch(low, -1) {
		// "180 cm with a 100 cm chest": the measurement the passage has a
		// range for.
		if size := sizeFor(hits[0].Text, m[1]); size != "" {
			t.say(m[1] + " cm → " + size)
			break
		}
	}
	t.quote(hits[0])
	t.reply.Sources = append(t.reply.Sources, Source{Kind: hits[0].Kind, Title: hits[0].Title, URL: hits[0].URL})
}

// sizeFor is the size whose range in the passage holds the measurement.
func sizeFor(passage, measure string) string {
	v, err := strconv.Atoi(measure)
	if err != nil {
		return ""
	}
	for _, m := range sizeRangeRE.FindAllStringSubmatch(passage, -1) {
		lo, _ := strconv.Atoi(m[2])
		hi, _ := strconv.Atoi(m[3])
		if v >= lo && v <= hi {
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

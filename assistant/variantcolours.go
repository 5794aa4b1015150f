package assistant

import (
	"slices"
	"strings"
	"unicode"

	"shopassist/assistant/glossary"
	"shopassist/knowledge"
)

// whichColourCues ask which colours a product has in a size the shopper
// names ("in 42, which colours?", "ukuran S masih ada warna apa?"): the
// answer is every colour of that size, not the first one that has it.
var whichColourCues = []string{"which colour", "which color", "what colour", "what color", "welche farbe", "welcher farbe",
	"quelle couleur", "quelles couleurs", "qué color", "que color", "cuál color", "cuáles colores", "che colore", "che colori",
	"quale colore", "quali colori", "qual cor", "quais cores", "que cor", "que cores", "welke kleur", "hangi renk", "ne renk",
	"jaki kolor", "jakie kolory", "jakim kolorze", "jakich kolorach", "które kolory", "warna apa", "apa warna", "какой цвет",
	"какие цвета", "каком цвете", "каких цветах", "何色", "どの色", "どんな色", "什么颜色", "哪些颜色", "哪个颜色", "哪种颜色",
	"啥颜色", "什麼顏色", "哪些顏色", "哪個顏色", "哪種顏色", "무슨 색", "어떤 색", "أي لون", "أي ألوان", "ما اللون", "ما الألوان",
	"بأي لون", "الألوان المتوفرة"}

// asksWhichColour reports whether text asks which colours are available.
func asksWhichColour(text string) bool {
	return containsAny(" "+strings.ToLower(text)+" ", whichColourCues)
}

// colourOption is the name of the product's colour option with two values
// or more, "" when it has none.
func colourOption(f *knowledge.ProductFacts) string {
	for _, o := range f.Options {
		if optionKind(o.Name) == "color" && len(o.Values) > 1 {
			return o.Name
		}
	}
	return ""
}

// coloursNamed counts the product's colour values the message names
// ("black 46? else brown?", "brown or black, I don't mind").
func (t *turn) coloursNamed(f *knowledge.ProductFacts, colourOpt string) int {
	low := " " + strings.ToLower(t.text) + " "
	var seen []string
	for _, v := range f.Variants {
		orig := v.Original[colourOpt]
		if orig == "" || slices.Contains(seen, orig) {
			continue
		}
		if wordIn(low, orig) || wordIn(low, v.Options[colourOpt]) || spelledIn(t.text, orig) ||
			t.colourOfValueNamed(orig, v.Options[colourOpt]) {
			seen = append(seen, orig)
		}
	}
	return len(seen)
}

// comparesColours reports whether the shopper, naming the picked variant's
// size (or capacity), asks about its colours as alternatives: which colours
// it comes in, or two colours ("black, else brown?"). The shopper then
// needs every colour of that size with its stock, not the one picked.
func (t *turn) comparesColours(f *knowledge.ProductFacts, picked *knowledge.VariantFact) bool {
	opt := colourOption(f)
	if opt == "" || !t.namesOtherOption(f, picked, opt) {
		return false
	}
	return asksWhichColour(t.text) || t.coloursNamed(f, opt) > 1
}

// namesOtherOption reports whether the message names a value of the picked
// variant other than its colour (the size "42", the capacity "1 liter").
func (t *turn) namesOtherOption(f *knowledge.ProductFacts, picked *knowledge.VariantFact, colourOpt string) bool {
	low := " " + strings.ToLower(t.text) + " "
	var numbers []string
	for _, m := range bareNumberRE.FindAllStringSubmatch(t.text, -1) {
		numbers = append(numbers, m[1])
	}
	sizes := t.askedSizes()
	for name, orig := range picked.Original {
		if name == colourOpt || orig == "" {
			continue
		}
		if slices.Contains(numbers, orig) || wordIn(low, orig) || quantityIn(t.text, orig) ||
			slices.ContainsFunc(sizes, func(s string) bool { return strings.EqualFold(strings.TrimPrefix(s, "EU "), orig) }) {
			return true
		}
	}
	return false
}

// sayAcrossColours says, for the picked variant's other options (its size
// or capacity), which colours are in stock and which are sold out.
func (t *turn) sayAcrossColours(f *knowledge.ProductFacts, picked *knowledge.VariantFact, colourOpt string) {
	var in, out []string
	for _, v := range f.Variants {
		same := true
		for name, val := range picked.Original {
			if name != colourOpt && v.Original[name] != val {
				same = false
			}
		}
		switch {
		case !same:
		case v.Available:
			in = append(in, v.Title)
		default:
			out = append(out, v.Title)
		}
	}
	for _, v := range in {
		t.say(t.t("product_variant_in_stock", map[string]any{"Variant": v}))
	}
	for _, v := range out {
		t.say(t.t("product_variant_sold_out", map[string]any{"Variant": v}))
	}
}

// lineWindow is how many words either side of a product line's name can
// name its kind ("a rede Drift", "the Drift travel hammock").
const lineWindow = 2

// kindTermsOfLine are the catalog kinds the message names for the line w.
// When the message compares two lines ("a rede Drift ou a cadeira
// Hilltop?"), only the words next to w name its kind: the other line's
// kind (chair) would pick the wrong one of w's products (the Drift
// trousers instead of the hammock).
func (t *turn) kindTermsOfLine(w string) []string {
	if t.oneLine == "" {
		return glossary.Terms(t.text)
	}
	words := strings.Fields(t.text)
	for i, x := range words {
		if !strings.EqualFold(strings.Trim(x, ".,;:!?¿¡()\"'"), w) {
			continue
		}
		lo, hi := max(0, i-lineWindow), min(len(words), i+lineWindow+1)
		return glossary.Terms(strings.Join(words[lo:hi], " "))
	}
	return glossary.Terms(t.text)
}

// otherKindOfLine reports whether the shopper names a kind for the line w
// ("hamok Drif": a hammock) that the hit (the line's trousers) is not and
// another product of the line is.
func (t *turn) otherKindOfLine(w string, hit knowledge.Hit) bool {
	heads := kindHeads(t.kindTermsOfLine(w))
	if len(heads) == 0 || handleHasAny(hit.Handle, heads) {
		return false
	}
	for _, title := range t.names {
		if startsLine(title, w) && handleHasAny(strings.ReplaceAll(strings.ToLower(title), " ", "-"), heads) {
			return true
		}
	}
	return false
}

// modelWordIn reports whether low carries the title word x: a word of four
// letters or more anywhere ("zip-off"), a shorter one with a digit ("4P",
// "3L": a model's capacity) only as a whole word.
func modelWordIn(low, x string) bool {
	x = strings.ToLower(x)
	if len(x) >= 4 {
		return strings.Contains(low, x)
	}
	return strings.ContainsAny(x, "0123456789") && latinWordIn(low, x)
}

// madeInSize reports whether the product comes in the size the size guide
// gave ("EU 46", "L"): a value of its size option that is the size or
// starts with it ("L (43–46)"). A product without sizes is not asked.
func madeInSize(f *knowledge.ProductFacts, size string) bool {
	size = strings.TrimPrefix(size, "EU ")
	sized := false
	for _, o := range f.Options {
		if optionKind(o.Name) != "size" {
			continue
		}
		sized = true
		for _, v := range f.Variants {
			val := v.Original[o.Name]
			if strings.EqualFold(val, size) || strings.HasPrefix(strings.ToUpper(val), strings.ToUpper(size)+" ") {
				return true
			}
		}
	}
	return !sized
}

// forKids reports whether a product is made for children: tagged or titled
// so in the shop's original ("kids", "Kids' Rain Jacket", "children").
func forKids(f *knowledge.ProductFacts) bool {
	words := strings.ToLower(f.OriginalTitle + " " + strings.Join(f.Tags, " "))
	return slices.ContainsFunc(strings.FieldsFunc(words, func(r rune) bool { return !unicode.IsLetter(r) }), func(w string) bool {
		return w == "kids" || w == "kid" || w == "children" || w == "child" || w == "junior"
	})
}

package assistant

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"shopassist/demo"
)

// TestConceptLookupWords: a concept's first word in a language is how the
// entry is looked up in an FAQ written in it, so in the demo store it must
// share a word (its first four letters, or two characters of a script
// written without spaces) with the entry's questions in that locale; a
// first word the merchant's phrasing does not use ("طلب مسبق" for "الطلب
// المسبق") finds nothing.
func TestConceptLookupWords(t *testing.T) {
	entry := map[string]string{"gift card": "gift-cards", "gift wrapping": "gift-wrapping", "discount code": "discount-codes",
		"pre-order": "pre-orders", "currency": "currencies", "warranty": "warranty", addressChange: "change-address",
		"repair": "repairs", "first order discount": "newsletter-discount", "sustainability": "sustainability", "price match": "price-match",
		"restock": "restock", "payment methods": "payment-methods", "tracking number": "track-order", "size exchange": "exchange-size",
		"fit": "sizes"}
	locales := map[string]string{"zh-CN": "zh-Hans", "zh-TW": "zh-Hant", "pt-BR": "pt"}
	faqs := map[string]demo.FAQ{}
	for _, f := range demo.FAQs() {
		faqs[f.ID] = f
	}
	for i := range faqConcepts {
		c := &faqConcepts[i]
		f, ok := faqs[entry[c.name]]
		if !ok {
			continue
		}
		for loc, qs := range f.Questions {
			l := loc
			if m, ok := locales[loc]; ok {
				l = m
			}
			if len(c.words[l]) == 0 {
				continue
			}
			if w := conceptText(c, l); !sharesLookupWord(w, strings.ToLower(strings.Join(qs, " "))) {
				t.Errorf("%s in %s: first word %q shares no word with %q", c.name, loc, w, qs)
			}
		}
	}
}

// sharesLookupWord reports whether one word of w starts a word of text.
func sharesLookupWord(w, text string) bool {
	for _, word := range strings.FieldsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) {
		r, _ := utf8.DecodeRuneInString(word)
		if unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r) {
			runes := []rune(word)
			for i := 0; i+1 < len(runes); i++ {
				if strings.Contains(text, string(runes[i:i+2])) {
					return true
				}
			}
			continue
		}
		runes := []rune(word)
		if len(runes) > 4 {
			runes = runes[:4]
		}
		if containsWordStart(text, string(runes)) || strings.Contains(text, "ال"+string(runes)) {
			return true
		}
	}
	return false
}

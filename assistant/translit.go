package assistant

import (
	"strings"
	"unicode"
)

// Shoppers writing Arabic or Cyrillic often spell a product's Latin name in
// their own script ("كرسي هيلتوب", "парка Тундра") when the shop has no
// translation. Matching by consonant skeleton finds the name without a
// transliteration table per language: vowels (which Arabic mostly does not
// write) are dropped and letters that the scripts do not tell apart fold
// into one class (p/b, v/f, z/s, q/k; "ch" and "sh" are s).

// skeletonClass maps a letter of any of the three scripts to its class; 0
// drops it (vowels, semivowels, signs).
var skeletonClass = map[rune]rune{
	// Latin
	'b': 'b', 'p': 'b', 'c': 'k', 'd': 'd', 'f': 'f', 'v': 'f', 'g': 'g', 'h': 'h', 'k': 'k', 'q': 'k',
	'l': 'l', 'm': 'm', 'n': 'n', 'r': 'r', 's': 's', 'z': 's', 't': 't', 'x': 'k',
	// Arabic
	'ب': 'b', 'پ': 'b', 'ت': 't', 'ث': 's', 'ج': 'g', 'ح': 'h', 'خ': 'h', 'د': 'd', 'ذ': 'd', 'ر': 'r', 'ز': 's',
	'س': 's', 'ش': 's', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'd', 'غ': 'g', 'ف': 'f', 'ڤ': 'f', 'ق': 'k', 'ك': 'k',
	'گ': 'g', 'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h',
	// Cyrillic
	'б': 'b', 'п': 'b', 'в': 'f', 'ф': 'f', 'г': 'g', 'д': 'd', 'ж': 's', 'з': 's', 'с': 's', 'ц': 's', 'ч': 's',
	'ш': 's', 'щ': 's', 'к': 'k', 'л': 'l', 'м': 'm', 'н': 'n', 'р': 'r', 'т': 't', 'х': 'h',
}

// skeleton is the consonant skeleton of one word (lower case), doubled
// classes collapsed: "Hilltop" and "هيلتوب" are both "hltb".
func skeleton(word string) string {
	w := []rune(strings.ToLower(word))
	var b strings.Builder
	var last rune
	for i := 0; i < len(w); i++ {
		r := w[i]
		var next rune
		if i+1 < len(w) {
			next = w[i+1]
		}
		var c rune
		switch {
		case (r == 'c' || r == 's') && next == 'h':
			c, i = 's', i+1 // "switchback", "shell": one sound
		case r == 'c' && (next == 'e' || next == 'i' || next == 'y'):
			c = 's' // "Solstice"
		case r == 'c' && next == 'k':
			c, i = 'k', i+1
		case r == 't' && next == 'h':
			c, i = 't', i+1
		default:
			c = skeletonClass[r]
		}
		if c == 0 || c == last {
			continue
		}
		b.WriteRune(c)
		last = c
	}
	return b.String()
}

// hasTransliterable reports whether text has Arabic or Cyrillic letters.
func hasTransliterable(text string) bool {
	for _, r := range text {
		if unicode.In(r, unicode.Arabic, unicode.Cyrillic) {
			return true
		}
	}
	return false
}

// transliteratedIn reports whether text has a word in Arabic or Cyrillic
// script whose skeleton is name's. Short skeletons (under three
// consonants) are too common to tell a name.
func transliteratedIn(text, name string) bool {
	want := skeleton(name)
	if len(want) < 3 {
		return false
	}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		rs := []rune(w)
		if len(rs) < 4 || !unicode.In(rs[0], unicode.Arabic, unicode.Cyrillic) {
			continue
		}
		if skeleton(w) == want {
			return true
		}
	}
	return false
}

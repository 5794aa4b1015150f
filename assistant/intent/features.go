package intent

import (
	"hash/fnv"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// hashBits sets the feature space to 2^17 buckets: collisions stay rare for a
// corpus of a few thousand messages while the weight table stays ~6 MB.
const hashBits = 17

const numBuckets = 1 << hashBits

// emailRe matches an e-mail address (the entities package extracts it).
var emailRe = regexp.MustCompile(`[\pL\pN._%+\-]+@[\pL\pN.\-]+\.\pL{2,}`)

// maxDigitRun caps the zeros a run of digits normalises to.
const maxDigitRun = 4

// biasFeature is present in every message so the model learns class priors.
// Bucket 0 is shared with whatever n-gram hashes there, a negligible collision.
const biasFeature = 0

// Normalize folds a message into the form the classifier sees: compatibility
// forms unified (full-width digits, half-width kana), lower case, Latin accents
// removed, every digit mapped to 0 and any run of punctuation collapsed to one
// space. Emoji and other pictographic symbols become words of their own, and a
// message of punctuation only ("??", "!!!") keeps its marks as words: without
// that such messages normalise to nothing and only the class prior decides.
// E-mail addresses are dropped: a shopper's address says nothing about what
// they want, and its unseen name parts ("sofia garcia example org") pulled
// such messages towards out_of_scope.
// It is exported so evaluation tools can show what the model saw.
func Normalize(text string) string {
	text = norm.NFKC.String(text)
	if strings.IndexByte(text, '@') >= 0 {
		text = emailRe.ReplaceAllString(text, " ")
	}
	decomposed := norm.NFD.String(strings.ToLower(text))
	var b strings.Builder
	b.Grow(len(decomposed) + 2)
	b.WriteByte(' ')
	var prev rune = ' '
	lastSpace := true
	digitRun := 0
	runes := []rune(decomposed)
	for i, r := range runes {
		if decimalMark(runes, i) {
			// "0,75 Liter", "1.5 l", "2,5 kg": a decimal number is one
			// number, as "750 ml" is. Split at its mark it read as two
			// numbers ("0 00"), the shape of an order amount or a price
			// pair, and pulled measures away from the products.
			continue
		}
		if !unicode.IsDigit(r) {
			digitRun = 0
		}
		switch {
		case isEmojiModifier(r):
			// Variation selectors and skin tones only restyle the emoji
			// before them; "👍🏽" means what "👍" means.
			continue
		case r == 0x0640 || (r >= 0x064B && r <= 0x065F) || r == 0x0670:
			// Arabic tatweel and harakat: optional vowel marks and
			// stretching, written by some shoppers and not by others.
			continue
		case arabicFold[r] != 0:
			b.WriteRune(arabicFold[r])
			lastSpace = false
		case unicode.Is(unicode.Mn, r):
			// Accents on Latin letters are dropped (shoppers often omit them);
			// marks on other scripts (Japanese dakuten, Arabic harakat) stay.
			if prev < 0x250 {
				continue
			}
			b.WriteRune(r)
		case unicode.Is(unicode.So, r):
			// Each emoji is a word, so "👍" and "😂😂" get word and n-gram
			// features instead of vanishing with the punctuation.
			if !lastSpace {
				b.WriteByte(' ')
			}
			b.WriteRune(r)
			b.WriteByte(' ')
			lastSpace = true
		case unicode.IsDigit(r):
			// A run of digits is capped at four zeros: order numbers come
			// as 1001, 5719203848 or 00004587345, and the length of the
			// number says nothing about what the shopper wants.
			if digitRun < maxDigitRun {
				b.WriteByte('0')
			}
			digitRun++
			lastSpace = false
			prev = r
			continue
		case unicode.IsLetter(r):
			b.WriteRune(r)
			lastSpace = false
		default:
			if !lastSpace {
				b.WriteByte(' ')
				lastSpace = true
			}
		}
		prev = r
	}
	if !lastSpace {
		b.WriteByte(' ')
	}
	if b.Len() == 1 {
		return punctuationWords(text)
	}
	return norm.NFC.String(b.String())
}

// decimalMark reports whether runes[i] is the comma or point of a decimal
// number: a digit on either side.
func decimalMark(runes []rune, i int) bool {
	return (runes[i] == ',' || runes[i] == '.') && i > 0 && i+1 < len(runes) &&
		unicode.IsDigit(runes[i-1]) && unicode.IsDigit(runes[i+1])
}

// punctuationWords is the normal form of a message with no letter, digit or
// emoji: each mark becomes a word and a run of the same mark counts once, so
// "???" and "?" share their features while "?!" differs from "!!!".
func punctuationWords(text string) string {
	var b strings.Builder
	b.WriteByte(' ')
	var prev rune
	for _, r := range text {
		if r == prev || unicode.IsSpace(r) || isEmojiModifier(r) || !unicode.IsGraphic(r) {
			prev = r
			continue
		}
		b.WriteRune(r)
		b.WriteByte(' ')
		prev = r
	}
	return b.String()
}

// isEmojiModifier reports whether r only changes how the preceding emoji is
// drawn: variation selectors, skin tones and the zero-width joiner.
func isEmojiModifier(r rune) bool {
	return (r >= 0xFE00 && r <= 0xFE0F) || (r >= 0x1F3FB && r <= 0x1F3FF) || r == 0x200D
}

// features appends the hashed feature ids of a normalized text to dst:
// character n-grams of length 3-5 (1-5 for CJK) (which carry the signal for scripts
// written without spaces and survive typos), word unigrams and word bigrams.
func features(normalized string, dst []uint32) []uint32 {
	runes := []rune(normalized)
	h := fnv.New32a()
	var buf [64]byte
	for n := 1; n <= 5; n++ {
		for i := 0; i+n <= len(runes); i++ {
			gram := runes[i : i+n]
			// Short n-grams only carry meaning in scripts where one or two
			// characters form a word (Han, kana, Hangul); for alphabetic
			// scripts they are noise that drowns the longer grams.
			if n < 3 && !isLogographic(gram) {
				continue
			}
			h.Reset()
			b := append(buf[:0], byte('c'), byte('0'+n))
			for _, r := range gram {
				b = appendRune(b, r)
			}
			h.Write(b)
			dst = append(dst, h.Sum32()&(numBuckets-1))
		}
	}
	words := strings.Fields(normalized)
	prev := "^"
	for _, w := range words {
		h.Reset()
		h.Write([]byte{'w'})
		h.Write([]byte(w))
		dst = append(dst, h.Sum32()&(numBuckets-1))
		h.Reset()
		h.Write([]byte{'b'})
		h.Write([]byte(prev))
		h.Write([]byte{' '})
		h.Write([]byte(w))
		dst = append(dst, h.Sum32()&(numBuckets-1))
		prev = w
	}
	if stripped := arabicStems(words); stripped != "" {
		// The concept lexicon matches at the start of a word; Arabic glues
		// "and", "the", "with" to it (والفاتورة, بالبطاقة).
		dst = concepts.appendConcepts(normalized+stripped, dst)
	} else {
		dst = concepts.appendConcepts(normalized, dst)
	}
	dst = append(dst, biasFeature)
	return dst
}

func appendRune(b []byte, r rune) []byte {
	return append(b, string(r)...)
}

// isLogographic reports whether gram contains a Han, kana or Hangul rune.
func isLogographic(gram []rune) bool {
	for _, r := range gram {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
			return true
		}
	}
	return false
}

// arabicFold unifies Arabic letters that shoppers write interchangeably:
// the hamza forms of alef, alef maqsura and ya, ta marbuta and ha.
var arabicFold = map[rune]rune{'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه'}

// arabicProclitics are prefixes glued to Arabic words, longest first.
var arabicProclitics = []string{"وبال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ف"}

// arabicStems returns " stem stem … " for the Arabic words of a normalised
// message that start with a proclitic, with it removed (at least three
// letters left), or "" when there is none.
func arabicStems(words []string) string {
	var b strings.Builder
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.Is(unicode.Arabic, r) {
			continue
		}
		for _, p := range arabicProclitics {
			if rest, ok := strings.CutPrefix(w, p); ok && utf8.RuneCountInString(rest) >= 3 {
				b.WriteString(rest)
				b.WriteByte(' ')
				break
			}
		}
	}
	if b.Len() == 0 {
		return ""
	}
	return " " + b.String()
}

package lang

import (
	"strings"
	"unicode"
)

// maskNames blanks the shop's product, brand and vendor names out of text
// before detection: "Gib mir die Aurora Parka" is German whatever language
// the product name is in. Matching is case-insensitive on whole words.
func maskNames(text string, names []string) string {
	text = maskList(text, brandNames)
	if len(names) == 0 {
		return text
	}
	return maskList(text, names)
}

// brandNames are global brands shoppers write in every language (payment
// wallets, carriers, platforms, devices); like catalog names they say
// nothing about the sentence's language ("aceptan Google Pay" is Spanish).
var brandNames = []string{"google pay", "apple pay", "samsung pay", "paypal", "klarna", "afterpay", "amazon",
	"iphone", "ipad", "macbook", "airpods", "android", "samsung", "instagram", "whatsapp", "facebook", "tiktok",
	"youtube", "netflix", "spotify", "black friday", "cyber monday", "dhl", "fedex", "gls", "dpd"}

func maskList(text string, names []string) string {
	lower := strings.ToLower(text)
	if len(lower) != len(text) {
		// Lower-casing changed byte offsets (a few rare letters): offsets
		// into lower would not fit text, so leave it unmasked.
		return text
	}
	out := []byte(text)
	for _, n := range names {
		n = strings.ToLower(strings.TrimSpace(n))
		if len([]rune(n)) < 3 {
			continue // "M", "XL", "Go": too short to be a name worth masking
		}
		for from := 0; ; {
			i := strings.Index(lower[from:], n)
			if i < 0 {
				break
			}
			i += from
			j := i + len(n)
			if boundary(lower, i, j) {
				// Every byte of the name becomes a space, which keeps the
				// text valid UTF-8 and the offsets of later matches.
				for k := i; k < j; k++ {
					out[k] = ' '
				}
			}
			from = j
		}
	}
	return string(out)
}

// boundary reports whether text[i:j] is not glued to letters on either side.
func boundary(text string, i, j int) bool {
	if i > 0 {
		r := lastRune(text[:i])
		if unicode.IsLetter(r) && unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	if j < len(text) {
		r := []rune(text[j:])[0]
		if unicode.IsLetter(r) && unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

func lastRune(s string) rune {
	r := []rune(s)
	return r[len(r)-1]
}

// maskTitleRuns blanks runs of two or more capitalised words after the first
// word of a Latin-script message ("Gib 4 Sterne an The Broken Window"): such
// runs are titles and names, usually English, that say nothing about the
// sentence's language. German capitalises nouns, so a run must be followed
// or preceded by enough other words for the rest to decide: the masked text
// is used only when at least two words remain.
func maskTitleRuns(text string) string {
	fields := fieldsFunc(text)
	if len(fields) < 4 {
		return text
	}
	keep := make([]bool, len(fields))
	for i := range keep {
		keep[i] = true
	}
	for i := 1; i < len(fields); {
		j := i
		for j < len(fields) && capitalised(fields[j]) {
			j++
		}
		if j-i >= 2 {
			for k := i; k < j; k++ {
				keep[k] = false
			}
		}
		if j == i {
			j++
		}
		i = j
	}
	var b strings.Builder
	words := 0
	for i, f := range fields {
		if !keep[i] {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(f)
		for _, r := range f {
			if unicode.IsLetter(r) {
				words++
				break
			}
		}
	}
	if words < 2 {
		return text
	}
	return b.String()
}

func capitalised(word string) bool {
	for _, r := range word {
		return unicode.IsUpper(r) && unicode.Is(unicode.Latin, r)
	}
	return false
}

// NameForms expands catalog titles and vendors into the forms shoppers
// write them in, for Priors.Names: the whole name, every run of two
// consecutive words of it ("Aurora 2.5L Rain Shell" → "aurora 2.5l",
// "2.5l rain", "rain shell") and its first word when that is a model name of
// five letters or more ("aurora"): a shopper writes "la Aurora" or "the rain
// shell", rarely the full title. Lower-cased and deduplicated; compute once
// per catalog, not per message.
func NameForms(names []string) []string {
	seen := map[string]bool{}
	var out []string
	add := func(s string) {
		s = strings.ToLower(strings.TrimSpace(s))
		if len([]rune(s)) < 3 || seen[s] {
			return
		}
		seen[s] = true
		out = append(out, s)
	}
	for _, n := range names {
		add(n)
		words := strings.Fields(n)
		for i := 0; i+2 <= len(words) && len(words) > 2; i++ {
			add(words[i] + " " + words[i+1])
		}
		if len(words) > 1 && len([]rune(words[0])) >= 5 && isLetters(words[0]) {
			add(words[0])
		}
	}
	return out
}

func isLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

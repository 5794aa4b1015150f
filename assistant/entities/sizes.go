package entities

import (
	"regexp"
	"strconv"
	"strings"
)

// sizeWords introduce a size in each language ("talla M", "Größe 42").
const sizeWords = `size|sz|talla|talle|taille|pointure|größe|grösse|gr\.|taglia|numero|número|tamanho|tam\.|maat|beden|numara|rozmiar|rozm\.|ukuran|مقاس|размер|サイズ|尺码|尺碼|码|號|号|사이즈`

var (
	// letterSizeRe matches XS..XXXL spelled out, in any case, not glued to
	// other Latin letters or digits (CJK neighbours are fine: "帽T有XL嗎").
	// The character after the size is checked by the caller, not
	// consumed here: "M和L" has one character between two sizes.
	letterSizeRe = regexp.MustCompile(`(?i)(?:^|[^a-z\d])((?:x{0,3}|[2-5]x)[sl]|m)`)
	sizeBeforeRe = regexp.MustCompile(`(?:^|[^\p{L}])(?:` + sizeWords + `)\s*[:.]?\s*(xxs|xs|s|m|l|xl|xxl|xxxl|[2-5]xl|\d{1,2}(?:[.,]5)?)(?:$|[^\p{L}\d])`)
	// The number must not be the tail of a longer one: "260호" is a Korean
	// shoe length in millimetres, not size 60.
	sizeAfterRe = regexp.MustCompile(`(?:^|[^\d.,])(\d{1,2}(?:[.,]5)?)\s*(?:` + sizeWords + `|호|cm)`)
)

// sizeNameRe is a letter size said as a word after "in" or a size word
// ("any left in a small?", "in medium", "size extra large"), ending the
// clause: "in a small tent" is no size.
var sizeNameRe = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:in|size)\s+(?:an?\s+)?(extra[- ]small|extra[- ]large|x-small|x-large|small|medium|large)\s*(?:$|[?.!,;]|please\b|one\b)`)

// sizeNames are the canonical sizes of sizeNameRe's words.
var sizeNames = map[string]string{"extra small": "XS", "extra-small": "XS", "x-small": "XS", "small": "S", "medium": "M",
	"large": "L", "extra large": "XL", "extra-large": "XL", "x-large": "XL"}

// SizeNamesIn are the letter sizes text says as words ("in a small": S).
func SizeNamesIn(text string) []string {
	var out []string
	for _, m := range sizeNameRe.FindAllStringSubmatch(text, -1) {
		if v := sizeNames[strings.ToLower(m[1])]; v != "" {
			out = append(out, v)
		}
	}
	return out
}

// takeSizes reads clothing sizes (canonical XS..XXXL) and shoe sizes
// ("EU 42"). A lone "S", "M" or "L" only counts when written in capitals or
// after a size word, since "m"/"s" are common abbreviations.
func (s *scan) takeSizes() []string {
	var out []string
	add := func(v string) {
		for _, have := range out {
			if have == v {
				return
			}
		}
		out = append(out, v)
	}
	for _, re := range []*regexp.Regexp{sizeBeforeRe, sizeAfterRe} {
		str := s.text()
		for _, m := range re.FindAllStringSubmatchIndex(str, -1) {
			if re == sizeBeforeRe && m[2] > 0 && isLatinAlnum(str[m[2]-1]) {
				// "tamanhos", "tallas": a plural ending glued to the
				// size word, not size S.
				continue
			}
			if v := canonicalSize(str[m[2]:m[3]]); v != "" {
				add(v)
				s.blankBytes(str, m[2], m[3])
			}
		}
	}
	for _, v := range SizeNamesIn(s.text()) {
		add(v)
	}
	// Capitalised letter sizes without a size word: "a blue sweater in M".
	orig := []rune(s.original)
	str := s.text()
	for _, m := range letterSizeRe.FindAllStringSubmatchIndex(str, -1) {
		if m[3] < len(str) && isLatinAlnum(str[m[3]]) {
			continue // "Merino", "XL2"
		}
		a, b := s.runeSpan(str, m[2], m[3])
		word := string(orig[a:b])
		if len(word) == 1 && word != strings.ToUpper(word) {
			continue
		}
		if v := canonicalSize(word); v != "" {
			add(v)
			s.blank(a, b)
		}
	}
	return out
}

// canonicalSize maps "xl", "2xl", "42" or "42,5" to "XL", "XXL", "EU 42",
// "EU 42.5"; other numbers are returned as they are (kids' or US sizes).
func canonicalSize(v string) string {
	v = strings.ToUpper(strings.ReplaceAll(v, ",", "."))
	if len(v) >= 2 && v[0] >= '2' && v[0] <= '5' && v[1] == 'X' {
		n := int(v[0] - '0')
		return strings.Repeat("X", n) + v[2:]
	}
	switch v {
	case "XXS", "XS", "S", "M", "L", "XL", "XXL", "XXXL":
		return v
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil {
		return ""
	}
	if f >= 30 && f <= 50 {
		return "EU " + v
	}
	return v
}

// isLatinAlnum reports whether the byte is an ASCII letter or digit.
func isLatinAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

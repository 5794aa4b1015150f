package facteval

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// normalize puts a reply or a fact into the form both are compared in, so
// that spelling conventions of a language never decide a grade:
//   - case folded, every run of whitespace (including no-break and thin
//     spaces) one space;
//   - full-width and Arabic-Indic digits as ASCII digits;
//   - dashes, minus signs and wave dashes (– — ‒ − ~ 〜 ～) as "-", with the
//     spaces around a dash between two numbers removed ("4 – 7" = "4-7");
//   - thousands separators dropped ("20,000", "20.000" and "20 000" with a
//     no-break or narrow space = "20000")
//     and a decimal comma as a point ("14,95" = "14.95");
//   - typographic quotes and apostrophes as ASCII.
//
// Currency symbols are left in place; facts name amounts without them, so
// "€14.95", "14,95 €" and "14.95ユーロ" all contain the fact "14.95".
func normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r >= '０' && r <= '９':
			r = '0' + (r - '０')
		case r >= '٠' && r <= '٩':
			r = '0' + (r - '٠')
		case r >= '۰' && r <= '۹':
			r = '0' + (r - '۰')
		case r == '٫':
			r = '.'
		case r == '٬':
			r = ','
		case strings.ContainsRune("–—‒−―~〜～", r):
			r = '-'
		case strings.ContainsRune("’‘‛ʼ´`", r):
			r = '\''
		case strings.ContainsRune("“”„«»", r):
			r = '"'
		}
		if (r == '\u00a0' || r == '\u202f' || r == '\u2009') && !space && b.Len() > 0 && isASCIIDigit(lastRune(b.String())) {
			// A narrow or no-break space after a digit may group
			// thousands ("20 000"); numbers decides.
			b.WriteRune(thinSep)
			continue
		}
		if unicode.IsSpace(r) || r == '\u200b' {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	return numbers(b.String())
}

// numbers rewrites number spellings (see normalize) in an already folded
// string.
func numbers(s string) string {
	rs := []rune(s)
	digit := func(i int) bool { return i >= 0 && i < len(rs) && isASCIIDigit(rs[i]) }
	run := func(i, step int) int { // digits starting at i going by step
		n := 0
		for digit(i + n*step) {
			n++
		}
		return n
	}
	out := make([]rune, 0, len(rs))
	for i, r := range rs {
		if strings.ContainsRune(",.'"+string(thinSep), r) && digit(i-1) {
			before, after := run(i-1, -1), run(i+1, 1)
			if before <= 3 && after == 3 {
				continue // thousands separator: "20,000", "1.500", "20 000"
			}
			if r == ',' && (after == 1 || after == 2) {
				out = append(out, '.') // decimal comma: "14,95"
				continue
			}
		}
		// Spaces around a dash between numbers: "4 - 7", "4 -7", "4- 7".
		if r == ' ' && digit(i-1) && peek(rs, i+1) == '-' && (digit(i+2) || (peek(rs, i+2) == ' ' && digit(i+3))) {
			continue
		}
		if r == ' ' && peek(rs, i-1) == '-' && digit(i+1) && (digit(i-2) || (peek(rs, i-2) == ' ' && digit(i-3))) {
			continue
		}
		if r == thinSep {
			r = ' '
		}
		out = append(out, r)
	}
	return string(out)
}

// spaceGroups is a number grouped in thousands with ordinary spaces, as
// translations type them ("20 000 mm" in French, Polish and Russian).
var spaceGroups = regexp.MustCompile(`(^|[^\d.,])(\d{1,3}(?: \d{3})+)($|[^\d.,])`)

// spaceGrouped joins the groups of every such number. normalize cannot:
// an ordinary space also separates two numbers ("EU 38 189.00"), so
// matches reads a text this way only for a whole number of four digits or
// more, which two neighbouring numbers spell by accident only when the
// fact is that very pair.
func spaceGrouped(s string) string {
	var b strings.Builder
	last := 0
	for _, m := range spaceGroups.FindAllStringSubmatchIndex(s, -1) {
		b.WriteString(s[last:m[4]])
		b.WriteString(strings.ReplaceAll(s[m[4]:m[5]], " ", ""))
		last = m[5]
	}
	b.WriteString(s[last:])
	return b.String()
}

func allDigits(s string) bool {
	for _, r := range s {
		if !isASCIIDigit(r) {
			return false
		}
	}
	return s != ""
}

// thinSep stands for a no-break or narrow space after a digit until
// numbers has decided whether it groups thousands. Ordinary spaces never
// do: "EU 38 189.00" is two numbers.
const thinSep = '\u2009'

func lastRune(s string) rune {
	rs := []rune(s)
	if len(rs) == 0 {
		return 0
	}
	return rs[len(rs)-1]
}

func peek(rs []rune, i int) rune {
	if i < 0 || i >= len(rs) {
		return 0
	}
	return rs[i]
}

// contains reports whether the normalised text holds the normalised fact
// as a whole token: a number is not matched inside a longer number
// ("4.95" is not in "14.95", "30" is in "30日" and in "30.00" but not in
// "30.95"), a Latin word not inside a longer Latin word. Scripts written
// without spaces (CJK) and Arabic (clitics attach to words) are matched as
// substrings, and for CJK facts spaces are ignored on both sides.
func contains(text, fact string) bool { return find(text, fact, true) }

// containsPrefix is contains without the boundary after the fact.
func containsPrefix(text, fact string) bool { return find(text, fact, false) }

func find(text, fact string, wholeEnd bool) bool {
	if fact == "" {
		return false
	}
	if hasCJK(fact) {
		text = strings.ReplaceAll(text, " ", "")
		fact = strings.ReplaceAll(fact, " ", "")
	}
	fr := []rune(fact)
	first, last := fr[0], fr[len(fr)-1]
	for off := 0; ; {
		i := strings.Index(text[off:], fact)
		if i < 0 {
			return false
		}
		start := off + i
		end := start + len(fact)
		if boundaryBefore(text[:start], first) && (!wholeEnd || boundaryAfter(text[end:], last)) {
			return true
		}
		off = start + 1
		for off < len(text) && !utf8Start(text[off]) {
			off++
		}
	}
}

func utf8Start(b byte) bool { return b&0xC0 != 0x80 }

func isASCIIDigit(r rune) bool { return r >= '0' && r <= '9' }

func isLatinLetter(r rune) bool { return unicode.IsLetter(r) && unicode.Is(unicode.Latin, r) }

func boundaryBefore(before string, first rune) bool {
	p, size := utf8.DecodeLastRuneInString(before)
	if size == 0 {
		return true
	}
	switch {
	case isASCIIDigit(first):
		if isASCIIDigit(p) {
			return false
		}
		// "4.95" inside "14.95".
		if p == '.' || p == ',' {
			pp, _ := utf8.DecodeLastRuneInString(before[:len(before)-size])
			return !isASCIIDigit(pp)
		}
		return true
	case isLatinLetter(first):
		return !isLatinLetter(p) && !isASCIIDigit(p)
	}
	return true
}

func boundaryAfter(after string, last rune) bool {
	n, size := utf8.DecodeRuneInString(after)
	if size == 0 {
		return true
	}
	switch {
	case isASCIIDigit(last):
		if isASCIIDigit(n) {
			return false
		}
		if n == '.' || n == ',' {
			// "229" matches "229.00" but "30" does not match "30.95".
			rest := after[size:]
			if rest == "" || !isASCIIDigit(rune(rest[0])) {
				return true
			}
			return strings.TrimLeft(rest, "0") == "" || !isASCIIDigit(rune(strings.TrimLeft(rest, "0")[0]))
		}
		return true
	case isLatinLetter(last):
		return !isLatinLetter(n) && !isASCIIDigit(n)
	}
	return true
}

func hasCJK(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
			return true
		}
	}
	return false
}

package entities

import "unicode"

// token is a word of the working text with its rune span.
type token struct {
	word     string
	from, to int
}

// tokens splits the working text into runs of letters, digits and inner
// hyphens/apostrophes. Han, kana and Hangul runs are single tokens.
func (s *scan) tokens() []token {
	var out []token
	start := -1
	flush := func(end int) {
		if start >= 0 {
			out = append(out, token{word: string(s.rest[start:end]), from: start, to: end})
			start = -1
		}
	}
	for i, r := range s.rest {
		inner := (r == '-' || r == '\'' || r == '’') && start >= 0 && i+1 < len(s.rest) && unicode.IsLetter(s.rest[i+1])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || inner {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
	}
	flush(len(s.rest))
	return out
}

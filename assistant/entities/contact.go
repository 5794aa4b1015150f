package entities

import (
	"regexp"
	"strings"
)

var (
	emailRe = regexp.MustCompile(`[a-z0-9._%+\-]+@[a-z0-9.\-]+\.[a-z]{2,}`)
	// A phone number is 8-15 digits, optionally grouped by spaces, dots,
	// dashes or brackets, optionally starting with + or 00.
	phoneRe = regexp.MustCompile(`(?:\+|\b00)?\(?\d[\d\s().\-]{6,18}\d`)
)

func (s *scan) takeEmail() string {
	str := s.text()
	loc := emailRe.FindStringIndex(str)
	if loc == nil {
		return ""
	}
	email := str[loc[0]:loc[1]]
	a, b := s.runeSpan(str, loc[0], loc[1])
	s.blank(a, b)
	return email
}

func (s *scan) takePhone() string {
	str := s.text()
	for _, loc := range phoneRe.FindAllStringIndex(str, -1) {
		raw := str[loc[0]:loc[1]]
		var digits strings.Builder
		for _, r := range raw {
			if r >= '0' && r <= '9' {
				digits.WriteRune(r)
			}
		}
		d := digits.String()
		if len(d) < 8 || len(d) > 15 {
			continue
		}
		// A run of digits without any separator or prefix is more likely an
		// order or tracking number than a phone unless it is long.
		plus := strings.HasPrefix(raw, "+") || strings.HasPrefix(raw, "00")
		if !plus && !strings.ContainsAny(raw, " .-()") && len(d) < 10 {
			continue
		}
		a, b := s.runeSpan(str, loc[0], loc[1])
		s.blank(a, b)
		switch {
		case strings.HasPrefix(raw, "+"):
			return "+" + d
		case strings.HasPrefix(raw, "00"):
			return "+" + d[2:]
		default:
			return d
		}
	}
	return ""
}

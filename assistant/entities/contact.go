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

// phoneWordRe is a phone word just before a number ("tel:", "电话：").
var phoneWordRe = regexp.MustCompile(`(?:phone|tel|telefon|téléphone|telefone|teléfono|telefono|telefoon|numara|nomor hp|wa|whatsapp|هاتف|جوال|телефон|電話|电话|전화|휴대폰|携帯)[^\p{L}\d]{0,12}$`)

// phoneShaped reports whether an unseparated digit run looks like a phone
// number rather than an order id: a national number (0 then a non-zero digit,
// 10-11 digits) or a Chinese mobile (1[3-9] and 11 digits). Ids with several
// leading zeros ("00004587345") or of other lengths are not phones.
func phoneShaped(d string) bool {
	switch {
	case len(d) >= 10 && len(d) <= 11 && d[0] == '0' && d[1] != '0':
		return true
	case len(d) == 11 && d[0] == '1' && d[1] >= '3':
		return true
	}
	return false
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
		// order or tracking number than a phone, unless it has the shape of
		// a phone number or a phone word precedes it.
		plus := strings.HasPrefix(raw, "+") || (strings.HasPrefix(raw, "00") && !strings.HasPrefix(raw, "000"))
		if !plus && !strings.ContainsAny(raw, " .-()") && !phoneShaped(d) && !phoneWordRe.MatchString(str[:loc[0]]) {
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

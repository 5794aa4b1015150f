package lang

import (
	"strconv"
	"strings"
	"time"
)

// datePatterns are CLDR's numeric year-month-day patterns (the yMd skeleton,
// with a four-digit year) for each supported language; English uses the
// medium pattern so that "12/8" cannot be read as 12 August. x/text has no
// date formatting, so the patterns live here, next to the language list they
// must cover (lang_test checks every supported language has one).
var datePatterns = map[string]string{
	"en":      "MMM d, y",
	"es":      "d/M/y",
	"fr":      "dd/MM/y",
	"de":      "d.M.y",
	"it":      "d/M/y",
	"pt":      "dd/MM/y",
	"nl":      "d-M-y",
	"tr":      "dd.MM.y",
	"pl":      "d.MM.y",
	"id":      "d/M/y",
	"ar":      "d\u200f/M\u200f/y",
	"ru":      "dd.MM.y",
	"ja":      "y/M/d",
	"ko":      "y. M. d.",
	"zh-Hans": "y/M/d",
	"zh-Hant": "y/M/d",
}

var enMonths = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// FormatDate writes the calendar date of t (in t's own location) the way a
// reader of lang expects it; an unknown language gets English. Arabic uses
// Arabic-Indic digits, CLDR's default numbering system for "ar".
func FormatDate(lang string, t time.Time) string {
	p, ok := datePatterns[lang]
	if !ok {
		p = datePatterns[Default]
	}
	var b strings.Builder
	for i := 0; i < len(p); {
		c := p[i]
		j := i
		for j < len(p) && p[j] == c {
			j++
		}
		n := j - i
		switch c {
		case 'y':
			b.WriteString(strconv.Itoa(t.Year()))
		case 'M':
			switch {
			case n >= 3:
				b.WriteString(enMonths[t.Month()-1])
			case n == 2:
				b.WriteString(pad2(int(t.Month())))
			default:
				b.WriteString(strconv.Itoa(int(t.Month())))
			}
		case 'd':
			if n == 2 {
				b.WriteString(pad2(t.Day()))
			} else {
				b.WriteString(strconv.Itoa(t.Day()))
			}
		default:
			b.WriteString(p[i:j])
		}
		i = j
	}
	if lang == "ar" {
		return arabicDigits(b.String())
	}
	return b.String()
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

func arabicDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return '٠' + (r - '0')
		}
		return r
	}, s)
}

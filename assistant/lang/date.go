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

// timePatterns are CLDR's 24-hour hour-minute patterns (the Hm skeleton)
// where they differ from "HH:mm". The assistant tells times to shoppers of a
// shop on another continent, so the 24-hour clock avoids a morning/evening
// mix-up that an AM/PM marker in the wrong language would invite.
var timePatterns = map[string]string{
	"ja": "H:mm",
	"id": "HH.mm",
}

const defaultTimePattern = "HH:mm"

// dateTimeGlue joins a date and a time: CLDR's short dateTimeFormat
// ("{1}, {0}" and the like) with the placeholders taken out. Every supported
// language has an entry (lang_test checks).
var dateTimeGlue = map[string]string{
	"en":      ", ",
	"es":      ", ",
	"fr":      " ",
	"de":      ", ",
	"it":      ", ",
	"pt":      ", ",
	"nl":      ", ",
	"tr":      " ",
	"pl":      ", ",
	"id":      ", ",
	"ar":      "، ",
	"ru":      ", ",
	"ja":      " ",
	"ko":      " ",
	"zh-Hans": " ",
	"zh-Hant": " ",
}

// FormatDate writes the calendar date of t (in t's own location) the way a
// reader of lang expects it; an unknown language gets English. Arabic uses
// Arabic-Indic digits, CLDR's default numbering system for "ar".
func FormatDate(lang string, t time.Time) string {
	lang = known(lang, datePatterns)
	return digits(lang, format(datePatterns[lang], t))
}

// FormatDateTime writes the date and the 24-hour time of t (in t's own
// location) the way a reader of lang expects them, the date exactly as
// FormatDate writes it; an unknown language gets English.
func FormatDateTime(lang string, t time.Time) string {
	lang = known(lang, datePatterns)
	tp, ok := timePatterns[lang]
	if !ok {
		tp = defaultTimePattern
	}
	return digits(lang, format(datePatterns[lang], t)+dateTimeGlue[lang]+format(tp, t))
}

// known is lang when patterns has it, the default language otherwise.
func known(lang string, patterns map[string]string) string {
	if _, ok := patterns[lang]; ok {
		return lang
	}
	return Default
}

// format expands the CLDR pattern letters y, M, d, H and m (a run's length
// picks the width); any other byte is copied as it is.
func format(p string, t time.Time) string {
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
			if n >= 3 {
				b.WriteString(enMonths[t.Month()-1])
			} else {
				b.WriteString(number(int(t.Month()), n))
			}
		case 'd':
			b.WriteString(number(t.Day(), n))
		case 'H':
			b.WriteString(number(t.Hour(), n))
		case 'm':
			b.WriteString(number(t.Minute(), n))
		default:
			b.WriteString(p[i:j])
		}
		i = j
	}
	return b.String()
}

// number writes v with at least two digits when the pattern letter is doubled.
func number(v, width int) string {
	if width >= 2 {
		return pad2(v)
	}
	return strconv.Itoa(v)
}

// digits turns the Western digits of an Arabic text into Arabic-Indic ones.
func digits(lang, s string) string {
	if lang == "ar" {
		return arabicDigits(s)
	}
	return s
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

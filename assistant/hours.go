package assistant

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"shopassist/db"
)

// dayKeys are the settings' weekday keys, indexed by time.Weekday.
var dayKeys = [7]string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"}

// openSpan parses a "09:00-17:00" span into minutes since midnight.
func openSpan(span string) (from, to int, ok bool) {
	a, b, ok := strings.Cut(span, "-")
	if !ok {
		return 0, 0, false
	}
	from, ok1 := clock(a)
	to, ok2 := clock(b)
	return from, to, ok1 && ok2 && from < to
}

func clock(s string) (int, bool) {
	t, err := time.Parse("15:04", strings.TrimSpace(s))
	if err != nil {
		return 0, false
	}
	return t.Hour()*60 + t.Minute(), true
}

// hoursLocation is the store's business-hours time zone (UTC when unset or
// unknown).
func hoursLocation(bh db.BusinessHoursSettings) *time.Location {
	if loc, err := time.LoadLocation(bh.Timezone); err == nil && bh.Timezone != "" {
		return loc
	}
	return time.UTC
}

// teamAway reports whether now is outside the business hours and, if so,
// when the team is next in (zero when no day has hours at all).
func teamAway(bh db.BusinessHoursSettings, now time.Time) (bool, time.Time) {
	if !bh.Enabled {
		return false, time.Time{}
	}
	loc := hoursLocation(bh)
	now = now.In(loc)
	mins := now.Hour()*60 + now.Minute()
	if from, to, ok := openSpan(bh.Days[dayKeys[now.Weekday()]]); ok && mins >= from && mins < to {
		return false, time.Time{}
	}
	for d := 0; d <= 7; d++ {
		day := now.AddDate(0, 0, d)
		from, _, ok := openSpan(bh.Days[dayKeys[day.Weekday()]])
		if !ok || (d == 0 && mins >= from) {
			continue
		}
		return true, time.Date(day.Year(), day.Month(), day.Day(), from/60, from%60, 0, 0, loc)
	}
	return true, time.Time{}
}

// clockStyle is how one language writes a weekday and a time of day, from
// the Unicode CLDR (v46) gregorian calendar of that locale: abbreviated
// format-context weekday names (wide where the abbreviation is a single
// character) and the short time pattern. CLDR data: Unicode License v3.
type clockStyle struct {
	days [7]string // Sunday first
	// twelve: h:mm with the am/pm markers; otherwise 24-hour, padded when pad.
	twelve     bool
	pad        bool
	sep        string    // between hours and minutes
	ampm       [2]string // twelve-hour day periods
	ampmBefore bool      // marker before the time (ko, zh-Hant)
	digits     string    // native digits, when the locale's default numbering is not Latin
}

var clockStyles = map[string]clockStyle{
	"en":      {days: [7]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}, twelve: true, sep: ":", ampm: [2]string{"AM", "PM"}},
	"es":      {days: [7]string{"dom", "lun", "mar", "mié", "jue", "vie", "sáb"}, sep: ":"},
	"fr":      {days: [7]string{"dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."}, pad: true, sep: ":"},
	"de":      {days: [7]string{"So.", "Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa."}, pad: true, sep: ":"},
	"it":      {days: [7]string{"dom", "lun", "mar", "mer", "gio", "ven", "sab"}, pad: true, sep: ":"},
	"pt":      {days: [7]string{"dom.", "seg.", "ter.", "qua.", "qui.", "sex.", "sáb."}, pad: true, sep: ":"},
	"nl":      {days: [7]string{"zo", "ma", "di", "wo", "do", "vr", "za"}, pad: true, sep: ":"},
	"pl":      {days: [7]string{"niedz.", "pon.", "wt.", "śr.", "czw.", "pt.", "sob."}, pad: true, sep: ":"},
	"tr":      {days: [7]string{"Paz", "Pzt", "Sal", "Çar", "Per", "Cum", "Cmt"}, pad: true, sep: ":"},
	"ru":      {days: [7]string{"вс", "пн", "вт", "ср", "чт", "пт", "сб"}, pad: true, sep: ":"},
	"ar":      {days: [7]string{"الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"}, twelve: true, sep: ":", ampm: [2]string{"ص", "م"}, digits: "٠١٢٣٤٥٦٧٨٩"},
	"ja":      {days: [7]string{"日曜日", "月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日"}, sep: ":"},
	"ko":      {days: [7]string{"일요일", "월요일", "화요일", "수요일", "목요일", "금요일", "토요일"}, twelve: true, sep: ":", ampm: [2]string{"오전", "오후"}, ampmBefore: true},
	"zh-Hans": {days: [7]string{"周日", "周一", "周二", "周三", "周四", "周五", "周六"}, pad: true, sep: ":"},
	"zh-Hant": {days: [7]string{"週日", "週一", "週二", "週三", "週四", "週五", "週六"}, twelve: true, sep: ":", ampm: [2]string{"上午", "下午"}, ampmBefore: true},
	"id":      {days: [7]string{"Min", "Sen", "Sel", "Rab", "Kam", "Jum", "Sab"}, pad: true, sep: "."},
}

// formatWeekdayTime writes t as "Mon 9:00 AM", "Mo. 09:00", "月曜日 9:00"…
// in lang (English for an unknown language).
func formatWeekdayTime(lang string, t time.Time) string {
	st, ok := clockStyles[lang]
	if !ok {
		st = clockStyles["en"]
	}
	h, m := t.Hour(), t.Minute()
	var clk string
	two := func(n int) string { return fmt.Sprintf("%02d", n) }
	switch {
	case st.twelve:
		hh := h % 12
		if hh == 0 {
			hh = 12
		}
		marker := st.ampm[0]
		if h >= 12 {
			marker = st.ampm[1]
		}
		clk = strconv.Itoa(hh) + st.sep + two(m)
		if st.ampmBefore {
			clk = marker + " " + clk
			if lang == "zh-Hant" {
				clk = marker + strconv.Itoa(hh) + st.sep + two(m)
			}
		} else {
			clk += " " + marker
		}
	case st.pad:
		clk = two(h) + st.sep + two(m)
	default:
		clk = strconv.Itoa(h) + st.sep + two(m)
	}
	if st.digits != "" {
		native := []rune(st.digits)
		clk = strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return native[r-'0']
			}
			return r
		}, clk)
	}
	return st.days[t.Weekday()] + " " + clk
}

package assistant

import (
	"testing"
	"time"

	"shopassist/db"
)

// weekdays is a Monday-to-Friday 09:00-17:00 week.
func weekdays() map[string]string {
	return map[string]string{"mon": "09:00-17:00", "tue": "09:00-17:00", "wed": "09:00-17:00",
		"thu": "09:00-17:00", "fri": "09:00-17:00"}
}

// TestTeamAway pins when a handoff says "the team is away, back at …":
// the edges of the opening span, weekends, a week with one open day,
// daylight-saving changes and settings a merchant may get wrong.
func TestTeamAway(t *testing.T) {
	ams, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		t.Fatal(err)
	}
	at := func(y int, mo time.Month, d, h, mi int) time.Time { return time.Date(y, mo, d, h, mi, 0, 0, ams) }
	// 2026-11-25 is a Wednesday.
	tests := []struct {
		name     string
		bh       db.BusinessHoursSettings
		now      time.Time
		wantAway bool
		wantBack time.Time // zero: none
	}{
		{"disabled is never away", db.BusinessHoursSettings{Timezone: "Europe/Amsterdam", Days: weekdays()},
			at(2026, 11, 28, 3, 0), false, time.Time{}},
		{"opening minute is open", db.BusinessHoursSettings{Enabled: true, Timezone: "Europe/Amsterdam", Days: weekdays()},
			at(2026, 11, 25, 9, 0), false, time.Time{}},
		{"last open minute", db.BusinessHoursSettings{Enabled: true, Timezone: "Europe/Amsterdam", Days: weekdays()},
			at(2026, 11, 25, 16, 59), false, time.Time{}},
		{"closing minute is away until tomorrow", db.BusinessHoursSettings{Enabled: true, Timezone: "Europe/Amsterdam", Days: weekdays()},
			at(2026, 11, 25, 17, 0), true, at(2026, 11, 26, 9, 0)},
		{"early morning is back the same day", db.BusinessHoursSettings{Enabled: true, Timezone: "Europe/Amsterdam", Days: weekdays()},
			at(2026, 11, 25, 6, 30), true, at(2026, 11, 25, 9, 0)},
		{"friday evening is back monday", db.BusinessHoursSettings{Enabled: true, Timezone: "Europe/Amsterdam", Days: weekdays()},
			at(2026, 11, 27, 18, 0), true, at(2026, 11, 30, 9, 0)},
		{"sunday noon is back monday", db.BusinessHoursSettings{Enabled: true, Timezone: "Europe/Amsterdam", Days: weekdays()},
			at(2026, 11, 29, 12, 0), true, at(2026, 11, 30, 9, 0)},
		{"now in another zone is read in the store's", db.BusinessHoursSettings{Enabled: true, Timezone: "Europe/Amsterdam", Days: weekdays()},
			time.Date(2026, 11, 25, 22, 30, 0, 0, time.FixedZone("NYC", -5*3600)), true, at(2026, 11, 26, 9, 0)},
		{"only wednesday open, after hours: next wednesday", db.BusinessHoursSettings{Enabled: true, Timezone: "Europe/Amsterdam",
			Days: map[string]string{"wed": "10:00-12:30"}}, at(2026, 11, 25, 13, 0), true, at(2026, 12, 2, 10, 0)},
		{"minutes of the span kept", db.BusinessHoursSettings{Enabled: true, Timezone: "Europe/Amsterdam",
			Days: map[string]string{"thu": " 08:45 - 12:30 "}}, at(2026, 11, 25, 20, 0), true, at(2026, 11, 26, 8, 45)},
		{"across the autumn clock change", db.BusinessHoursSettings{Enabled: true, Timezone: "Europe/Amsterdam", Days: weekdays()},
			at(2026, 10, 24, 12, 0), true, at(2026, 10, 26, 9, 0)},
		{"no open day at all: away, no time", db.BusinessHoursSettings{Enabled: true, Timezone: "Europe/Amsterdam"},
			at(2026, 11, 25, 12, 0), true, time.Time{}},
		{"malformed and reversed spans are closed days", db.BusinessHoursSettings{Enabled: true, Timezone: "Europe/Amsterdam",
			Days: map[string]string{"wed": "9-17", "thu": "17:00-09:00", "fri": "10:00-16:00"}},
			at(2026, 11, 25, 12, 0), true, at(2026, 11, 27, 10, 0)},
		{"unknown zone is UTC", db.BusinessHoursSettings{Enabled: true, Timezone: "Mars/Olympus", Days: weekdays()},
			time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC), true, time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)},
		{"empty zone is UTC", db.BusinessHoursSettings{Enabled: true, Days: weekdays()},
			time.Date(2026, 11, 25, 9, 30, 0, 0, time.UTC), false, time.Time{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			away, back := teamAway(tt.bh, tt.now)
			if away != tt.wantAway {
				t.Errorf("away = %v, want %v", away, tt.wantAway)
			}
			if !back.Equal(tt.wantBack) {
				t.Errorf("back = %v, want %v", back, tt.wantBack)
			}
			if !back.IsZero() && back.Location().String() != hoursLocation(tt.bh).String() {
				t.Errorf("back in %s, want the store's zone %s", back.Location(), hoursLocation(tt.bh))
			}
		})
	}
}

// TestFormatWeekdayTime pins each language's way of writing "Thursday
// 9:00": 12/24-hour clock, noon and midnight, marker placement, padding,
// separators and native digits.
func TestFormatWeekdayTime(t *testing.T) {
	thu := func(h, m int) time.Time { return time.Date(2026, 11, 26, h, m, 0, 0, time.UTC) }
	tests := []struct {
		lang string
		at   time.Time
		want string
	}{
		{"en", thu(9, 5), "Thu 9:05 AM"},
		{"en", thu(0, 0), "Thu 12:00 AM"},
		{"en", thu(12, 0), "Thu 12:00 PM"},
		{"en", thu(23, 59), "Thu 11:59 PM"},
		{"es", thu(9, 0), "jue 9:00"},
		{"fr", thu(9, 0), "jeu. 09:00"},
		{"de", thu(17, 30), "Do. 17:30"},
		{"pl", thu(8, 0), "czw. 08:00"},
		{"ja", thu(9, 0), "木曜日 9:00"},
		{"ko", thu(9, 0), "목요일 오전 9:00"},
		{"ko", thu(13, 0), "목요일 오후 1:00"},
		{"zh-Hans", thu(9, 0), "周四 09:00"},
		{"zh-Hant", thu(15, 20), "週四 下午3:20"},
		{"zh-Hant", thu(0, 10), "週四 上午12:10"},
		{"id", thu(9, 0), "Kam 09.00"},
		{"ar", thu(21, 45), "الخميس ٩:٤٥ م"},
		{"xx", thu(9, 0), "Thu 9:00 AM"},
	}
	for _, tt := range tests {
		if got := formatWeekdayTime(tt.lang, tt.at); got != tt.want {
			t.Errorf("formatWeekdayTime(%s, %s) = %q, want %q", tt.lang, tt.at.Format("15:04"), got, tt.want)
		}
	}
}

// TestReplyTimeWords: the expected reply time is said the way people say
// it, never "within 0 minutes" and never "within 0 hours".
func TestReplyTimeWords(t *testing.T) {
	tests := []struct {
		d   time.Duration
		key string
		n   int
	}{
		{0, "reply_within_minutes", 5},
		{90 * time.Second, "reply_within_minutes", 5},
		{12 * time.Minute, "reply_within_minutes", 10},
		{13 * time.Minute, "reply_within_minutes", 15},
		{54 * time.Minute, "reply_within_minutes", 55},
		{55 * time.Minute, "reply_within_hours", 1},
		{89 * time.Minute, "reply_within_hours", 1},
		{90 * time.Minute, "reply_within_hours", 2},
		{26 * time.Hour, "reply_within_hours", 26},
	}
	for _, tt := range tests {
		key, n := replyTimeWords(tt.d)
		if key != tt.key || n != tt.n {
			t.Errorf("replyTimeWords(%v) = %s %d, want %s %d", tt.d, key, n, tt.key, tt.n)
		}
	}
}

// TestOneLine: the handoff summary keeps each message on one line and
// cuts long ones at 200 characters, never inside a multi-byte character.
func TestOneLine(t *testing.T) {
	long := ""
	for range 250 {
		long += "é"
	}
	tests := []struct{ in, want string }{
		{"  where\nis   my\torder ", "where is my order"},
		{long, long[:400] + "…"},
	}
	for _, tt := range tests {
		if got := oneLine(tt.in); got != tt.want {
			t.Errorf("oneLine(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

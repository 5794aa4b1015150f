package lang

import (
	"strings"
	"testing"
	"time"
)

// TestFormatDateTime: the date is FormatDate's, joined to a 24-hour time by
// the language's CLDR glue, in all 16 languages; single-digit hours keep their
// padding except in Japanese, whose Hm pattern is "H:mm".
func TestFormatDateTime(t *testing.T) {
	at := time.Date(2026, 12, 8, 7, 5, 0, 0, time.UTC)
	tests := []struct{ lang, want string }{
		{"en", "Dec 8, 2026, 07:05"},
		{"de", "8.12.2026, 07:05"},
		{"fr", "08/12/2026 07:05"},
		{"es", "8/12/2026, 07:05"},
		{"it", "8/12/2026, 07:05"},
		{"nl", "8-12-2026, 07:05"},
		{"pt", "08/12/2026, 07:05"},
		{"pl", "8.12.2026, 07:05"},
		{"ja", "2026/12/8 7:05"},
		{"zh-Hans", "2026/12/8 07:05"},
		{"zh-Hant", "2026/12/8 07:05"},
		{"ko", "2026. 12. 8. 07:05"},
		{"ar", "٨\u200f/١٢\u200f/٢٠٢٦\u060c ٠٧:٠٥"},
		{"ru", "08.12.2026, 07:05"},
		{"tr", "08.12.2026 07:05"},
		{"id", "8/12/2026, 07.05"},
		{"xx", "Dec 8, 2026, 07:05"},
		{"", "Dec 8, 2026, 07:05"},
	}
	for _, tt := range tests {
		got := FormatDateTime(tt.lang, at)
		if got != tt.want {
			t.Errorf("FormatDateTime(%q) = %q, want %q", tt.lang, got, tt.want)
		}
		if !strings.HasPrefix(got, FormatDate(tt.lang, at)) {
			t.Errorf("FormatDateTime(%q) = %q does not start with FormatDate's %q", tt.lang, got, FormatDate(tt.lang, at))
		}
	}
	for _, l := range Supported {
		if _, ok := dateTimeGlue[l]; !ok {
			t.Errorf("no date-time glue for supported language %s", l)
		}
	}
}

// TestFormatDateTimeLocation: the time is told in t's own location, so the
// day can change with the zone.
func TestFormatDateTimeLocation(t *testing.T) {
	tokyo := time.FixedZone("JST", 9*3600)
	at := time.Date(2026, 12, 5, 23, 30, 0, 0, time.UTC)
	tests := []struct {
		loc  *time.Location
		lang string
		want string
	}{
		{time.UTC, "de", "5.12.2026, 23:30"},
		{tokyo, "de", "6.12.2026, 08:30"},
		{tokyo, "ja", "2026/12/6 8:30"},
		{tokyo, "id", "6/12/2026, 08.30"},
	}
	for _, tt := range tests {
		if got := FormatDateTime(tt.lang, at.In(tt.loc)); got != tt.want {
			t.Errorf("FormatDateTime(%s, %s) = %q, want %q", tt.lang, tt.loc, got, tt.want)
		}
	}
}

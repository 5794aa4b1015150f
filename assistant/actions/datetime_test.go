package actions

import (
	"testing"
	"time"

	"shopassist/assistant/lang"
)

// TestDateTime: the order's date and time are told in the shop's zone with
// lang's one set of layouts, in every supported language.
func TestDateTime(t *testing.T) {
	tokyo := time.FixedZone("JST", 9*3600)
	at := time.Date(2026, 12, 5, 23, 30, 0, 0, time.UTC) // 6 Dec 08:30 in Tokyo
	want := map[string]string{
		"en":      "Dec 6, 2026, 08:30",
		"de":      "6.12.2026, 08:30",
		"fr":      "06/12/2026 08:30",
		"es":      "6/12/2026, 08:30",
		"it":      "6/12/2026, 08:30",
		"nl":      "6-12-2026, 08:30",
		"pt":      "06/12/2026, 08:30",
		"pl":      "6.12.2026, 08:30",
		"ja":      "2026/12/6 8:30",
		"zh-Hans": "2026/12/6 08:30",
		"zh-Hant": "2026/12/6 08:30",
		"ko":      "2026. 12. 6. 08:30",
		"ar":      "٦\u200f/١٢\u200f/٢٠٢٦\u060c ٠٨:٣٠",
		"ru":      "06.12.2026, 08:30",
		"tr":      "06.12.2026 08:30",
		"id":      "6/12/2026, 08.30",
	}
	for _, l := range lang.Supported {
		w, ok := want[l]
		if !ok {
			t.Errorf("no expected date-time for supported language %s", l)
			continue
		}
		if got := DateTime(at, l, tokyo); got != w {
			t.Errorf("DateTime(%s, Tokyo) = %q, want %q", l, got, w)
		}
	}
	tests := []struct {
		lang string
		loc  *time.Location
		want string
	}{
		{"xx", nil, "Dec 5, 2026, 23:30"}, // unknown language: English, nil zone: UTC
		{"de", nil, "5.12.2026, 23:30"},
		{"de", time.UTC, "5.12.2026, 23:30"},
	}
	for _, tt := range tests {
		if got := DateTime(at, tt.lang, tt.loc); got != tt.want {
			t.Errorf("DateTime(%s, %v) = %q, want %q", tt.lang, tt.loc, got, tt.want)
		}
	}
}

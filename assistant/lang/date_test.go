package lang

import (
	"testing"
	"time"
)

func TestFormatDate(t *testing.T) {
	d := time.Date(2026, 12, 8, 10, 0, 0, 0, time.UTC)
	tests := []struct{ lang, want string }{
		{"en", "Dec 8, 2026"},
		{"es", "8/12/2026"},
		{"fr", "08/12/2026"},
		{"de", "8.12.2026"},
		{"it", "8/12/2026"},
		{"pt", "08/12/2026"},
		{"nl", "8-12-2026"},
		{"tr", "08.12.2026"},
		{"pl", "8.12.2026"},
		{"id", "8/12/2026"},
		{"ar", "٨\u200f/١٢\u200f/٢٠٢٦"},
		{"ru", "08.12.2026"},
		{"ja", "2026/12/8"},
		{"ko", "2026. 12. 8."},
		{"zh-Hans", "2026/12/8"},
		{"zh-Hant", "2026/12/8"},
		{"xx", "Dec 8, 2026"},
	}
	for _, tt := range tests {
		if got := FormatDate(tt.lang, d); got != tt.want {
			t.Errorf("FormatDate(%s) = %q, want %q", tt.lang, got, tt.want)
		}
	}
	for _, l := range Supported {
		if _, ok := datePatterns[l]; !ok {
			t.Errorf("no date pattern for supported language %s", l)
		}
	}
}

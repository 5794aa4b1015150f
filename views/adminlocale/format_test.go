package adminlocale

import (
	"context"
	"testing"
	"time"
)

// TestFormats: numbers, percentages and dates follow each admin language's
// CLDR conventions (no-break spaces where CLDR has them, grouping and decimal signs, percent spacing, date order,
// month names, 12- or 24-hour clock).
func TestFormats(t *testing.T) {
	at := time.Date(2026, 3, 5, 14, 7, 0, 0, time.UTC)
	tests := []struct {
		lang                               string
		num, pct, dateTime, date, dayMonth string
	}{
		{"en", "12,345", "45%", "Mar 5, 2026, 2:07 pm", "Mar 5, 2026", "Mar 5"},
		{"de", "12.345", "45\u00a0%", "05.03.2026, 14:07", "05.03.2026", "5. März"},
		{"es", "12.345", "45\u00a0%", "5 mar. 2026, 14:07", "5 mar. 2026", "5 mar."},
		{"fr", "12\u00a0345", "45\u00a0%", "5 mars 2026 14:07", "5 mars 2026", "5 mars"},
		{"ja", "12,345", "45%", "2026/03/05 14:07", "2026/03/05", "3月5日"},
		{"zh-CN", "12,345", "45%", "2026年3月5日 下午2:07", "2026年3月5日", "3月5日"},
	}
	for _, tt := range tests {
		ctx := WithLang(context.Background(), tt.lang)
		got := []string{Int(ctx, 12345), Percent(ctx, 0.453), DateTime(ctx, at), Date(ctx, at), DayMonth(ctx, at)}
		want := []string{tt.num, tt.pct, tt.dateTime, tt.date, tt.dayMonth}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("%s: %q, want %q", tt.lang, got[i], want[i])
			}
		}
	}
}

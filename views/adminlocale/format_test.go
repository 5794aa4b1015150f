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
		eur, jpy                           string
	}{
		{"en", "12,345", "45%", "Mar 5, 2026, 2:07 pm", "Mar 5, 2026", "Mar 5", "€1,443.70", "¥1,200"},
		{"de", "12.345", "45\u00a0%", "05.03.2026, 14:07", "05.03.2026", "5. März", "1.443,70\u00a0€", "1.200\u00a0¥"},
		{"es", "12.345", "45\u00a0%", "5 mar. 2026, 14:07", "5 mar. 2026", "5 mar.", "1.443,70\u00a0€", "1.200\u00a0JPY"},
		{"fr", "12\u00a0345", "45\u00a0%", "5 mars 2026 14:07", "5 mars 2026", "5 mars", "1\u00a0443,70\u00a0€", "1\u00a0200\u00a0JPY"},
		{"ja", "12,345", "45%", "2026/03/05 14:07", "2026/03/05", "3月5日", "€1,443.70", "￥1,200"},
		{"zh-CN", "12,345", "45%", "2026年3月5日 下午2:07", "2026年3月5日", "3月5日", "€1,443.70", "JP¥1,200"},
	}
	for _, tt := range tests {
		ctx := WithLang(context.Background(), tt.lang)
		got := []string{Int(ctx, 12345), Percent(ctx, 0.453), DateTime(ctx, at), Date(ctx, at), DayMonth(ctx, at),
			Money(ctx, 1443.7, "EUR"), Money(ctx, 1200, "JPY")}
		want := []string{tt.num, tt.pct, tt.dateTime, tt.date, tt.dayMonth, tt.eur, tt.jpy}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("%s: %q, want %q", tt.lang, got[i], want[i])
			}
		}
	}
}

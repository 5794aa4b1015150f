package catalog

import (
	"testing"
	"time"
)

func TestDailyAtSchedule(t *testing.T) {
	tests := []struct {
		name string
		now  time.Time
		want time.Time
	}{
		{"before the hour", time.Date(2026, 11, 23, 2, 59, 0, 0, time.UTC), time.Date(2026, 11, 23, 3, 0, 0, 0, time.UTC)},
		{"exactly at the hour", time.Date(2026, 11, 23, 3, 0, 0, 0, time.UTC), time.Date(2026, 11, 24, 3, 0, 0, 0, time.UTC)},
		{"after the hour", time.Date(2026, 11, 23, 15, 0, 0, 0, time.UTC), time.Date(2026, 11, 24, 3, 0, 0, 0, time.UTC)},
		{"other time zone", time.Date(2026, 12, 31, 20, 0, 0, 0, time.FixedZone("X", -5*3600)), time.Date(2027, 1, 1, 3, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := dailyAt(3).Next(tt.now); !got.Equal(tt.want) {
				t.Fatalf("Next(%v) = %v, want %v", tt.now, got, tt.want)
			}
		})
	}
}

func TestGlobalIDs(t *testing.T) {
	tests := []struct {
		gid, typ string
		id       int64
		ok       bool
	}{
		{"gid://shopify/Product/8000000070", "Product", 8000000070, true},
		{"gid://shopify/ProductVariant/42", "ProductVariant", 42, true},
		{"gid://shopify/MediaImage/7?foo", "MediaImage", 0, false},
		{"not-a-gid", "", 0, false},
		{"gid://shopify/Product/-1", "Product", 0, false},
	}
	for _, tt := range tests {
		id, err := gidID(tt.gid)
		if (err == nil) != tt.ok || id != tt.id || gidType(tt.gid) != tt.typ {
			t.Errorf("%q: id %d err %v type %q, want %d ok=%v %q", tt.gid, id, err, gidType(tt.gid), tt.id, tt.ok, tt.typ)
		}
	}
}

func TestTranslationSelectionsSkipUnsafeLocales(t *testing.T) {
	got := translationSelections([]string{"es", "pt-BR", `x") { key } evil: shop { name`})
	want := "\n      t_es: translations(locale: \"es\") { key value }\n      t_pt_BR: translations(locale: \"pt-BR\") { key value }"
	if got != want {
		t.Fatalf("selections = %q, want %q", got, want)
	}
}

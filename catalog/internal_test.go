package catalog

import (
	"testing"
	"time"

	"shopassist/jobs"
)

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

// The nightly sync runs daily at the configured hour (3 when unset or out
// of range), the document refresh every DocsRefreshEvery.
func TestSchedules(t *testing.T) {
	from := time.Date(2026, 11, 23, 4, 30, 0, 0, time.UTC)
	tests := []struct {
		hour        int
		nightlyNext time.Time
	}{
		{0, time.Date(2026, 11, 24, 3, 0, 0, 0, time.UTC)},
		{5, time.Date(2026, 11, 23, 5, 0, 0, 0, time.UTC)},
		{24, time.Date(2026, 11, 24, 3, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		s := NewService(nil, nil, nil, nil, Options{NightlyHour: tt.hour})
		byKind := map[string]jobs.Every{}
		for _, e := range s.Schedules() {
			if _, dup := byKind[e.Args.Kind()]; dup {
				t.Fatalf("hour %d: %s scheduled twice", tt.hour, e.Args.Kind())
			}
			byKind[e.Args.Kind()] = e
		}
		nightly, docs := byKind[NightlyArgs{}.Kind()], byKind[DocsRefreshAllArgs{}.Kind()]
		if nightly.At == nil || nightly.Interval != 24*time.Hour {
			t.Fatalf("hour %d: nightly = %+v, want a daily schedule", tt.hour, nightly)
		}
		if got := nightly.At.Next(from); !got.Equal(tt.nightlyNext) {
			t.Errorf("hour %d: nightly after %v at %v, want %v", tt.hour, from, got, tt.nightlyNext)
		}
		if docs.At != nil || docs.Interval != DocsRefreshEvery {
			t.Errorf("hour %d: document refresh = %+v, want every %s", tt.hour, docs, DocsRefreshEvery)
		}
	}
}

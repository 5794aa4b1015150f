package knowledge

import (
	"context"
	"strings"
	"testing"
)

// TestSearchOddInput: whatever a shopper types — query syntax characters,
// only punctuation or emoji, invalid UTF-8, control characters, a pasted
// essay — search, document search and passage answers return without
// error, and a real word wrapped in such noise is still found.
func TestSearchOddInput(t *testing.T) {
	m, _ := catalogManager(t)
	ctx := context.Background()
	tests := []struct {
		name, q string
		first   string // expected top product ("" = none expected)
	}{
		{"query syntax", `title:leather +tote -bag "bag`, "leather-tote-bag"},
		{"wildcards and fuzzy marks", "sunglass* ~2 ^3", "polarized-sunglasses"},
		{"brackets and slashes", "[[sneakers]] /(({", "canvas-sneakers"},
		{"punctuation around a word", "¿¿¿sneakers???!!!", "canvas-sneakers"},
		{"only punctuation", "?!?!... ---", ""},
		{"only emoji", "👗👠💍", ""},
		{"empty", "", ""},
		{"spaces", "   \t  ", ""},
		{"invalid utf-8", "leather \xff\xfe tote", "leather-tote-bag"},
		{"control characters", "leather\x00\x07 tote", "leather-tote-bag"},
		{"a pasted essay", strings.Repeat("the quick brown fox jumps over the lazy dog ", 400) + "sunglasses", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits, err := m.Search(ctx, testShop, tt.q, "en", Filters{}, 5)
			if err != nil {
				t.Fatalf("Search: %v", err)
			}
			if tt.first != "" && (len(hits) == 0 || hits[0].Handle != tt.first) {
				t.Errorf("Search(%q) = %v, want %s first", tt.q, handles(hits), tt.first)
			}
			if _, err := m.SearchDocs(ctx, testShop, tt.q, "en", 3); err != nil {
				t.Errorf("SearchDocs: %v", err)
			}
			if _, err := m.AnswerPassages(ctx, testShop, PassageQuery{Text: tt.q, Lang: "en", Limit: 3}); err != nil {
				t.Errorf("AnswerPassages: %v", err)
			}
		})
	}
}

// TestSearchUnknownLanguage: an unknown language falls back to the
// language-neutral analysis and still finds products named in English.
func TestSearchUnknownLanguage(t *testing.T) {
	m, _ := catalogManager(t)
	for _, l := range []string{"", "xx", "sw", "en-GB", "EN"} {
		hits, err := m.Search(context.Background(), testShop, "leather tote bag", l, Filters{}, 3)
		if err != nil {
			t.Fatalf("lang %q: %v", l, err)
		}
		if len(hits) == 0 || hits[0].Handle != "leather-tote-bag" {
			t.Errorf("lang %q: %v, want leather-tote-bag first", l, handles(hits))
		}
	}
}

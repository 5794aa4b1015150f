package geo

import (
	"slices"
	"strings"
	"testing"

	"shopassist/demo"
	"shopassist/internal/devsets"
)

// TestCJKIndexFindsWhatAScanFinds proves Find's first-rune index looks for
// exactly the CJK names a search of the whole list finds in a text, on the
// demo store's documents in every language and on every readable
// development question; and that no CJK name starts or ends with a space
// or holds two in a row, which is what lets Find skip the names absent
// from the text: a consumed name becomes a run of at least three spaces,
// which only such a name could match into.
func TestCJKIndexFindsWhatAScanFinds(t *testing.T) {
	m := New()
	for _, n := range m.cjk {
		if n.text != strings.TrimSpace(n.text) || strings.Contains(n.text, "  ") {
			t.Errorf("CJK name %q: a space at an end or two in a row", n.text)
		}
	}
	texts := []string{"", "日本", "アメリカ合衆国とアメリカ", "寄到日本和韩国", "한국 배송"}
	for _, p := range demo.Policies() {
		for _, tx := range p.Translations {
			texts = append(texts, tx.Body)
		}
	}
	for _, p := range demo.Pages() {
		for _, tx := range p.Translations {
			texts = append(texts, tx.Body)
		}
	}
	qs, err := devsets.Questions("../../assistant/testdata")
	if err != nil {
		t.Fatal(err)
	}
	texts = append(texts, qs...)
	cjkTexts := 0
	for _, s := range texts {
		if !cjkScript(s) {
			continue
		}
		cjkTexts++
		var scan []int
		for i, n := range m.cjk {
			if strings.Contains(s, n.text) {
				scan = append(scan, i)
			}
		}
		if got := m.cjkIn(s); !slices.Equal(got, scan) {
			t.Errorf("%q: index finds %v, scan %v", s, got, scan)
		}
	}
	if cjkTexts < 300 {
		t.Fatalf("only %d CJK texts to compare on", cjkTexts)
	}
}

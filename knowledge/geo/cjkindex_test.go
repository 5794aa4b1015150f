package geo

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"shopassist/demo"
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
	files, err := filepath.Glob("../../assistant/testdata/*/*.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if strings.Contains(f, "blind3") {
			continue // held out: never read
		}
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		for sc.Scan() {
			var item struct{ Question string }
			if json.Unmarshal(sc.Bytes(), &item) == nil {
				texts = append(texts, item.Question)
			}
		}
		fh.Close()
	}
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
		if got := m.cjkIn(s); !equalInts(got, scan) {
			t.Errorf("%q: index finds %v, scan %v", s, got, scan)
		}
	}
	if cjkTexts < 300 {
		t.Fatalf("only %d CJK texts to compare on", cjkTexts)
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

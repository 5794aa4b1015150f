package assistant

import (
	"slices"
	"strings"
	"testing"

	"shopassist/internal/devsets"
	"shopassist/internal/racemode"
)

// TestConceptIndexFindsWhatAScanFinds: the index of concept words names
// exactly the concepts a scan of every word names, on every development
// question of every language (and on the words themselves, so each word
// is proven reachable through its index key).
func TestConceptIndexFindsWhatAScanFinds(t *testing.T) {
	if racemode.On {
		t.Skip("a comparison of two lookups, one goroutine: skipped under -race; .ci/run runs it without -race")
	}
	texts, err := devsets.Questions("testdata")
	if err != nil {
		t.Fatal(err)
	}
	if len(texts) < 1000 {
		t.Fatalf("only %d questions read from the development sets", len(texts))
	}
	for _, c := range faqConcepts {
		for _, words := range c.words {
			for _, w := range words {
				texts = append(texts, "x "+w+" y", w)
			}
		}
	}
	for _, text := range texts {
		low := strings.ToLower(text)
		got := conceptWords.named(low)
		for i, c := range faqConcepts {
			want := false
			for _, words := range c.words {
				if slices.ContainsFunc(words, func(w string) bool { return containsConceptWord(low, w) }) {
					want = true
					break
				}
			}
			if got[i] != want {
				t.Errorf("%q: concept %q named = %v, a scan says %v", text, c.name, got[i], want)
			}
		}
	}
}

// BenchmarkConceptsIn: the FAQ concepts of a message, as routing asks for
// them several times a turn.
func BenchmarkConceptsIn(b *testing.B) {
	msgs := []string{"Do you ship to Canada and how long does it take?", "Kann ich mit Klarna bezahlen?",
		"我的包裹一周都没有动了", "Hoeveel kost verzending naar België als ik 120 euro besteed?",
		"هل يمكنني إرجاع الحذاء بعد أسبوعين؟"}
	b.ReportAllocs()
	for b.Loop() {
		for _, m := range msgs {
			conceptsIn(m)
		}
	}
}

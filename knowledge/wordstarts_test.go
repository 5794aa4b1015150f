package knowledge

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"shopassist/demo"
	"shopassist/internal/devsets"
	"shopassist/internal/racemode"
)

// TestWordStartsFindWhatAScanFinds proves the one-pass index finds, for
// every word list topicsOf reads, exactly what containsWordStart finds word
// by word: on the demo store's policies, pages and FAQ answers in every
// language, on every readable development question, and on edge cases.
func TestWordStartsFindWhatAScanFinds(t *testing.T) {
	if racemode.On {
		t.Skip("a comparison of two lookups, one goroutine: skipped under -race; .ci/run runs it without -race")
	}
	texts := []string{"", "a", "é", "accu ", "xaccu", "\xff\xfeaduana", "tax\xe3\x81", " tax", "ö-zoll", "ЗОЛЛ", "zoll", "1zoll"}
	add := func(s string) {
		for _, p := range SplitPassages(s) {
			texts = append(texts, strings.ToLower(p))
		}
	}
	for _, p := range demo.Policies() {
		add(p.Body)
		for _, tx := range p.Translations {
			add(tx.Body)
		}
	}
	for _, p := range demo.Pages() {
		add(p.Body)
		for _, tx := range p.Translations {
			add(tx.Body)
		}
	}
	for _, f := range demo.FAQs() {
		for _, a := range f.Answers {
			add(a)
		}
	}
	texts = append(texts, devQuestions(t)...)
	if len(texts) < 2000 {
		t.Fatalf("only %d texts to compare on", len(texts))
	}
	lists := map[string][]string{"pay": payAsks, "due": dueWords, "handover": handoverWords}
	for tag, words := range topicWords {
		lists[fmt.Sprintf("topic %d", tag)] = words
	}
	for name, words := range lists {
		x := newWordStarts(map[topicSet][]string{topicSize: words})
		for _, s := range texts {
			scan := slices.ContainsFunc(words, func(w string) bool { return containsWordStart(s, w) })
			if got := x.has(s); got != scan {
				t.Errorf("%s on %q: index %v, scan %v", name, s, got, scan)
			}
		}
	}
	// All topics but cost in one index, as topicsOf reads them.
	for _, s := range texts {
		var scan topicSet
		for tag, words := range topicWords {
			if tag != topicCost && slices.ContainsFunc(words, func(w string) bool { return containsWordStart(s, w) }) {
				scan |= tag
			}
		}
		if got := topicIndex().find(s); got != scan {
			t.Errorf("topics of %q: index %b, scan %b", s, got, scan)
		}
	}
}

// devQuestions reads the shoppers' questions of the readable development
// sets, lower-cased (never the held-out golden set or blind3).
func devQuestions(t testing.TB) []string {
	t.Helper()
	qs, err := devsets.Questions("../assistant/testdata")
	if err != nil {
		t.Fatal(err)
	}
	for i, q := range qs {
		qs[i] = strings.ToLower(q)
	}
	return qs
}

// BenchmarkTopicWords: the topics of every demo document passage and
// development question, through the index topicsOf reads (index) and
// through one containsWordStart search per word, as topicsOf did before
// (scan).
func BenchmarkTopicWords(b *testing.B) {
	var texts []string
	for _, p := range demo.Policies() {
		for _, tx := range p.Translations {
			for _, s := range SplitPassages(tx.Body) {
				texts = append(texts, strings.ToLower(s))
			}
		}
	}
	texts = append(texts, devQuestions(b)...)
	lists := maps.Clone(topicWords)
	delete(lists, topicCost)
	b.Run("index", func(b *testing.B) {
		x := topicIndex()
		for b.Loop() {
			for _, s := range texts {
				x.find(s)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(texts)), "ns/text")
	})
	b.Run("scan", func(b *testing.B) {
		for b.Loop() {
			for _, s := range texts {
				var ts topicSet
				for tag, words := range lists {
					if slices.ContainsFunc(words, func(w string) bool { return containsWordStart(s, w) }) {
						ts |= tag
					}
				}
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(texts)), "ns/text")
	})
}

package intent

import (
	"bytes"
	"fmt"
	"os"
	"testing"

	"shopassist/internal/racemode"
)

// TestLearningCurve prints accuracy on the evaluation sets against the
// share of the training corpus used (every k-th example, so each share
// keeps the mix of languages and intents). go test ./assistant/intent -run
// LearningCurve -v; figures in README.md.
func TestLearningCurve(t *testing.T) {
	if testing.Short() {
		t.Skip("trains several models")
	}
	if racemode.On {
		t.Skip(racemode.SkipReason)
	}
	all, err := TrainingExamples()
	if err != nil {
		t.Fatal(err)
	}
	// clinc_test.jsonl is added so the out-of-scope side of the curve shows too.
	sets := map[string][]Example{}
	paths := []string{}
	for _, set := range evalSets {
		paths = append(paths, set.path)
	}
	paths = append(paths, "testdata/clinc_test.jsonl")
	for _, p := range paths {
		sets[p] = loadSet(t, p)
	}
	// The independent hand-written sets, combined and scored in aggregate
	// only (their texts and misses stay unread): what the curve is for.
	const independent = "independent 16 languages"
	for _, l := range []string{"ar", "de", "en", "es", "fr", "id", "it", "ja", "ko", "nl", "pl", "pt", "ru", "tr", "zh-Hans", "zh-Hant"} {
		p := "testdata/independent/" + l + ".jsonl"
		if _, err := os.Stat(p); err == nil {
			sets[independent] = append(sets[independent], loadSet(t, p)...)
		}
	}
	if len(sets[independent]) > 0 {
		paths = append(paths, independent)
	}
	// The public sets' test splits (CLINC150 val/test, Banking77 and HINT3
	// test), also in aggregate only.
	const public = "independent public"
	for _, name := range []string{"clinc_en", "banking77_en", "hint3_en"} {
		p := "testdata/independent/" + name + ".jsonl"
		if _, err := os.Stat(p); err == nil {
			sets[public] = append(sets[public], loadSet(t, p)...)
		}
	}
	if len(sets[public]) > 0 {
		paths = append(paths, public)
	}
	score := func(label string, sub []Example) {
		c, err := Train(sub, DefaultTrainOptions())
		if err != nil {
			t.Fatal(err)
		}
		line := ""
		for _, p := range paths {
			evaluate := Evaluate
			if p == legacySet {
				evaluate = EvaluateLegacy
			}
			line += fmt.Sprintf("  %s %.1f%%", p, 100*evaluate(c, sets[p]).Overall.Accuracy())
		}
		t.Logf("%s %5d examples:%s", label, len(sub), line)
	}
	for _, frac := range []float64{0.125, 0.25, 0.5, 0.75, 1} {
		var sub []Example
		for i, ex := range all {
			if float64(i%8) < frac*8 {
				sub = append(sub, ex)
			}
		}
		score("all corpora", sub)
	}
	// Second curve: the own corpora in full plus a growing share of the
	// public train splits, to show what wording written by others adds.
	pub, err := ReadExamples(bytes.NewReader(publicCorpus))
	if err != nil {
		t.Fatal(err)
	}
	hint3, err := ReadExamples(bytes.NewReader(hint3Corpus))
	if err != nil {
		t.Fatal(err)
	}
	pub = append(pub, hint3...)
	own := all[:len(all)-len(pub)]
	for _, frac := range []float64{0, 0.25, 0.5, 1} {
		sub := append([]Example(nil), own...)
		for i, ex := range pub {
			if float64(i%4) < frac*4 {
				sub = append(sub, ex)
			}
		}
		score(fmt.Sprintf("public %3.0f%%", 100*frac), sub)
	}
}

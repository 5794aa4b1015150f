package intent

import (
	"fmt"
	"testing"
)

// TestLearningCurve prints accuracy on the evaluation sets against the
// share of the training corpus used (every k-th example, so each share
// keeps the mix of languages and intents). go test ./assistant/intent -run
// LearningCurve -v; figures in README.md.
func TestLearningCurve(t *testing.T) {
	if testing.Short() {
		t.Skip("trains several models")
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
	for _, frac := range []float64{0.125, 0.25, 0.5, 0.75, 1} {
		var sub []Example
		for i, ex := range all {
			if float64(i%8) < frac*8 {
				sub = append(sub, ex)
			}
		}
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
		t.Logf("%5d examples:%s", len(sub), line)
	}
}

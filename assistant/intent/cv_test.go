package intent

import (
	"sort"
	"testing"

	"shopassist/internal/racemode"
)

// TestCrossValidation reports 5-fold cross-validated accuracy on the training
// corpus, the figure model choices are made on. It trains five models, so it
// is skipped with -short.
func TestCrossValidation(t *testing.T) {
	if testing.Short() {
		t.Skip("trains five models")
	}
	if racemode.On {
		t.Skip(racemode.SkipReason)
	}
	exs, err := TrainingExamples()
	if err != nil {
		t.Fatal(err)
	}
	res, err := CrossValidate(exs, 5, DefaultTrainOptions())
	if err != nil {
		t.Fatal(err)
	}
	langs := make([]string, 0, len(res.PerLang))
	for l := range res.PerLang {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	for _, l := range langs {
		s := res.PerLang[l]
		t.Logf("cv %-8s %4d/%4d  %.1f%%", l, s.Correct, s.Total, 100*s.Accuracy())
	}
	t.Logf("cv overall %d/%d  %.1f%%", res.Overall.Correct, res.Overall.Total, 100*res.Overall.Accuracy())
	if res.Overall.Accuracy() < minCVAccuracy {
		t.Errorf("cross-validated accuracy %.1f%% < %.0f%%", 100*res.Overall.Accuracy(), 100*minCVAccuracy)
	}
}

package intent

import (
	"os"
	"sort"
	"testing"
)

func loadHeldOut(t testing.TB) []Example {
	t.Helper()
	f, err := os.Open("testdata/heldout.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	exs, err := ReadExamples(f)
	if err != nil {
		t.Fatal(err)
	}
	return exs
}

// Regression floors on the held-out set. The target is 95% overall
// and 90% per language; the model measures ≈86% overall on this untouched
// test set (see assistant/nlu/README.md), so these floors guard against
// regressions rather than certify the target. Raise them as the corpus
// grows; never lower them.
const (
	minOverallAccuracy = 0.84
	minLangAccuracy    = 0.75
	minCVAccuracy      = 0.80
)

// TestHeldOutAccuracy is the quality bar of the model: the held-out file is
// written separately from the training corpus (no shared sentences) and is
// never used for training.
func TestHeldOutAccuracy(t *testing.T) {
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	held := loadHeldOut(t)
	res := Evaluate(c, held)
	langs := make([]string, 0, len(res.PerLang))
	for l := range res.PerLang {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	for _, l := range langs {
		s := res.PerLang[l]
		t.Logf("%-8s %3d/%3d  %.1f%%", l, s.Correct, s.Total, 100*s.Accuracy())
		if s.Accuracy() < minLangAccuracy {
			t.Errorf("%s accuracy %.1f%% < %.0f%%", l, 100*s.Accuracy(), 100*minLangAccuracy)
		}
	}
	t.Logf("overall  %d/%d  %.1f%%", res.Overall.Correct, res.Overall.Total, 100*res.Overall.Accuracy())
	for _, m := range res.Errors {
		t.Logf("miss [%s] %q: want %s got %s (%.2f)", m.Lang, m.Text, m.Want, m.Got, m.Confidence)
	}
	if res.Overall.Accuracy() < minOverallAccuracy {
		t.Errorf("overall accuracy %.1f%% < %.0f%%", 100*res.Overall.Accuracy(), 100*minOverallAccuracy)
	}
}

func TestNoHeldOutLeak(t *testing.T) {
	train, err := TrainingExamples()
	if err != nil {
		t.Fatal(err)
	}
	seen := make(map[string]bool, len(train))
	for _, ex := range train {
		seen[Normalize(ex.Text)] = true
	}
	for _, ex := range loadHeldOut(t) {
		if seen[Normalize(ex.Text)] {
			t.Errorf("held-out sentence %q also in training set", ex.Text)
		}
	}
}

func TestDeterministicTraining(t *testing.T) {
	if testing.Short() {
		t.Skip("trains twice")
	}
	a, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	b, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for i := range a.weights {
		if a.weights[i] != b.weights[i] {
			t.Fatalf("weights differ at %d: %v vs %v", i, a.weights[i], b.weights[i])
		}
	}
}

func TestPredictionShape(t *testing.T) {
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, want string
	}{
		{"where is my order #1001", OrderStatus},
		{"¿dónde está mi pedido?", OrderStatus},
		{"我想退货", ReturnRequest},
		{"I want to talk to a human", HumanHandoff},
	}
	for _, tt := range tests {
		p := c.Predict(tt.text)
		if p.Intent != tt.want {
			t.Errorf("Predict(%q) = %s, want %s", tt.text, p.Intent, tt.want)
		}
		var sum float64
		for _, s := range p.Scores {
			sum += s
		}
		if len(p.Scores) != len(Intents) || sum < 0.999 || sum > 1.001 {
			t.Errorf("Predict(%q) scores %v do not form a distribution", tt.text, p.Scores)
		}
		if p.Confidence != p.Scores[p.Intent] {
			t.Errorf("confidence %v != score of %s", p.Confidence, p.Intent)
		}
	}
}

func BenchmarkPredict(b *testing.B) {
	c, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	msgs := []string{"where is my order #1001?", "quiero devolver estos zapatos", "我的订单什么时候到", "Kann ich mit PayPal zahlen?"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		c.Predict(msgs[i%len(msgs)])
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

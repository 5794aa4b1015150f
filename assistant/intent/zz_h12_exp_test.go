package intent

import (
	"os"
	"strconv"
	"testing"
)

func TestH12Exp(t *testing.T) {
	exs, err := TrainingExamples()
	if err != nil {
		t.Fatal(err)
	}
	opt := DefaultTrainOptions()

	if v := os.Getenv("H12_EPOCHS"); v != "" {
		opt.Epochs, _ = strconv.Atoi(v)
	}
	if v := os.Getenv("H12_NB"); v != "" {
		opt.NBWeight, _ = strconv.ParseFloat(v, 64)
	}
	if os.Getenv("H12_AUG") != "" {
		opt.Augment = true
	}
	res, err := CrossValidate(exs, 5, opt)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("cv overall %d/%d  %.2f%% (ar %.1f pl %.1f)", res.Overall.Correct, res.Overall.Total, 100*res.Overall.Accuracy(), 100*res.PerLang["ar"].Accuracy(), 100*res.PerLang["pl"].Accuracy())
}

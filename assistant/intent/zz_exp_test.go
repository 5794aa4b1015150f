package intent

import (
	"os"
	"strconv"
	"strings"
	"testing"
)

func TestExperiment(t *testing.T) {
	spec := os.Getenv("EXP")
	if spec == "" {
		t.Skip()
	}
	opt := DefaultTrainOptions()
	for _, kv := range strings.Split(spec, ",") {
		k, v, _ := strings.Cut(kv, "=")
		n, _ := strconv.Atoi(v)
		f, _ := strconv.ParseFloat(v, 64)
		switch k {
		case "epochs":
			opt.Epochs = n
		case "lr":
			opt.LearningRate = f
		case "aug":
			opt.Augment = n == 1
		case "nb":
			opt.NBWeight = f
		case "nba":
			opt.NBSmoothing = f
		}
	}
	exs, _ := TrainingExamples()
	res, err := CrossValidate(exs, 5, opt)
	if err != nil {
		t.Fatal(err)
	}
	worst := 1.0
	for _, s := range res.PerLang {
		worst = min(worst, s.Accuracy())
	}
	t.Logf("EXP %s: cv %.2f%% worst lang %.1f%%", spec, 100*res.Overall.Accuracy(), 100*worst)
}

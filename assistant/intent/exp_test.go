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
		case "bits":
			hashBits = n
			numBuckets = 1 << n
		case "minN":
			minLatinN = n
		case "maxN":
			maxN = n
		case "bigrams":
			useBigrams = n == 1
		case "words":
			useWords = n == 1
		case "epochs":
			opt.Epochs = n
		case "lr":
			opt.LearningRate = f
		case "aug":
			opt.Augment = n == 1
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

func TestExperimentErrors(t *testing.T) {
	if os.Getenv("EXPERR") == "" {
		t.Skip()
	}
	exs, _ := TrainingExamples()
	res, _ := CrossValidate(exs, 5, DefaultTrainOptions())
	conf := map[string]int{}
	for _, m := range res.Errors {
		conf[m.Want+" -> "+m.Got]++
		if os.Getenv("EXPERR") == "2" {
			t.Logf("miss [%s] %q: want %s got %s (%.2f)", m.Lang, m.Text, m.Want, m.Got, m.Confidence)
		}
	}
	for k, v := range conf {
		if v >= 8 {
			t.Logf("CONF %4d %s", v, k)
		}
	}
}

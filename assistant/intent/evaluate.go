package intent

import "fmt"

// Tally counts correct answers out of a total.
type Tally struct {
	Correct, Total int
}

// Accuracy returns Correct/Total, or 0 for an empty tally.
func (t Tally) Accuracy() float64 {
	if t.Total == 0 {
		return 0
	}
	return float64(t.Correct) / float64(t.Total)
}

// Miss records one misclassified example.
type Miss struct {
	Lang, Text, Want, Got string
	Confidence            float64
}

// EvalResult is the accuracy of a classifier on a labelled set.
type EvalResult struct {
	Overall Tally
	PerLang map[string]Tally
	Errors  []Miss
}

// Evaluate runs the classifier over examples and tallies accuracy per language.
func Evaluate(c *Classifier, examples []Example) EvalResult {
	return evaluate(c, examples, func(s string) string { return s })
}

// EvaluateLegacy scores a set labelled with the pre-#12 taxonomy: each
// prediction is mapped through LegacyLabel before comparison.
func EvaluateLegacy(c *Classifier, examples []Example) EvalResult {
	return evaluate(c, examples, LegacyLabel)
}

func evaluate(c *Classifier, examples []Example, label func(string) string) EvalResult {
	res := EvalResult{PerLang: make(map[string]Tally)}
	for _, ex := range examples {
		p := c.Predict(ex.Text)
		p.Intent = label(p.Intent)
		t := res.PerLang[ex.Lang]
		t.Total++
		res.Overall.Total++
		if p.Intent == ex.Intent {
			t.Correct++
			res.Overall.Correct++
		} else {
			res.Errors = append(res.Errors, Miss{ex.Lang, ex.Text, ex.Intent, p.Intent, p.Confidence})
		}
		res.PerLang[ex.Lang] = t
	}
	return res
}

// CrossValidate estimates accuracy by k-fold cross-validation over examples:
// example i is held out in fold i%k, so folds interleave the corpus's
// language and intent blocks evenly. Model choices are made on this figure,
// never on the held-out set.
func CrossValidate(examples []Example, k int, opt TrainOptions) (EvalResult, error) {
	total := EvalResult{PerLang: make(map[string]Tally)}
	for fold := 0; fold < k; fold++ {
		var train, test []Example
		for i, ex := range examples {
			if i%k == fold {
				test = append(test, ex)
			} else {
				train = append(train, ex)
			}
		}
		c, err := Train(train, opt)
		if err != nil {
			return EvalResult{}, fmt.Errorf("fold %d: %w", fold, err)
		}
		res := Evaluate(c, test)
		total.Overall.Correct += res.Overall.Correct
		total.Overall.Total += res.Overall.Total
		for l, t := range res.PerLang {
			acc := total.PerLang[l]
			acc.Correct += t.Correct
			acc.Total += t.Total
			total.PerLang[l] = acc
		}
		total.Errors = append(total.Errors, res.Errors...)
	}
	return total, nil
}

// OutOfFold returns, for every example, the prediction of a model trained on
// the other k-1 folds (same interleaved folds as CrossValidate); used to
// calibrate the thresholds of Decide without touching an evaluation set.
func OutOfFold(examples []Example, k int, opt TrainOptions) ([]Prediction, error) {
	out := make([]Prediction, len(examples))
	for fold := 0; fold < k; fold++ {
		var train []Example
		for i, ex := range examples {
			if i%k != fold {
				train = append(train, ex)
			}
		}
		c, err := Train(train, opt)
		if err != nil {
			return nil, fmt.Errorf("fold %d: %w", fold, err)
		}
		for i := fold; i < len(examples); i += k {
			out[i] = c.Predict(examples[i].Text)
		}
	}
	return out, nil
}

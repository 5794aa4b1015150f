package intent

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
	res := EvalResult{PerLang: make(map[string]Tally)}
	for _, ex := range examples {
		p := c.Predict(ex.Text)
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

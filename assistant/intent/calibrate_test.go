package intent

import (
	"testing"
)

// TestCalibration prints, for a grid of Decide thresholds, the share of
// out-of-scope messages handled and of in-scope messages needlessly held
// back, on 5-fold out-of-fold predictions of the training corpora. The
// constants AnswerConfidence and ClarifyMass were read off this grid (no
// evaluation set involved). go test ./assistant/intent -run Calibration -v
func TestCalibration(t *testing.T) {
	if testing.Short() {
		t.Skip("trains five models")
	}
	exs, err := TrainingExamples()
	if err != nil {
		t.Fatal(err)
	}
	preds, err := OutOfFold(exs, 5, DefaultTrainOptions())
	if err != nil {
		t.Fatal(err)
	}
	for _, answer := range []float64{0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6} {
		var oos, oosN, rej, inN, wrongAnswered, answered int
		for i, ex := range exs {
			p := preds[i]
			v := Answer
			if p.Confidence < answer {
				v = Unsure
			}
			if ex.Intent == OutOfScope {
				oosN++
				if Handled(p, v) {
					oos++
				}
				continue
			}
			inN++
			if v != Answer || p.Intent == OutOfScope {
				rej++
			} else {
				answered++
				if p.Intent != ex.Intent {
					wrongAnswered++
				}
			}
		}
		t.Logf("answer ≥ %.2f: out-of-scope handled %.1f%%, in-scope held back %.1f%%, wrong among answered in-scope %.1f%%",
			answer, 100*float64(oos)/float64(oosN), 100*float64(rej)/float64(inN), 100*float64(wrongAnswered)/float64(answered))
	}
	if v, _ := Decide(Prediction{Intent: OrderStatus, Confidence: AnswerConfidence, Scores: map[string]float64{OrderStatus: AnswerConfidence}}); v != Answer {
		t.Errorf("a prediction at AnswerConfidence must be answered")
	}
}

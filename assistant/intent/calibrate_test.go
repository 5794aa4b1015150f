package intent

import (
	"bytes"
	"testing"

	"shopassist/internal/racemode"
)

// TestCalibration prints, for a grid of Decide thresholds, the share of
// out-of-scope messages handled and of in-scope messages needlessly held
// back, on 5-fold out-of-fold predictions of the training corpora. The
// constants AnswerConfidence, ClarifyMass and OutOfScopeDoubt were read off
// these grids (no evaluation set involved).
// go test ./assistant/intent -run Calibration -v
func TestCalibration(t *testing.T) {
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
	// The out-of-scope doubt: clarify instead of the out-of-scope reply
	// when the two likeliest askable intents hold at least this much. The
	// public train splits (CLINC150, Banking77, HINT3: wording of real
	// users, after the project's own corpus in exs) are reported apart.
	public := len(exs) - publicRows()
	var wantOK bool
	for _, doubt := range []float64{1.01, 0.3, 0.2, 0.15, 0.1, 0.05} {
		var all, pub, oos scoreDecide
		for i, ex := range exs {
			v, alts := decide(preds[i], doubt, doubt)
			all.add(ex.Intent, preds[i], v, alts)
			if i >= public {
				pub.add(ex.Intent, preds[i], v, alts)
			}
			if ex.Intent == OutOfScope {
				oos.add(ex.Intent, preds[i], v, alts)
			}
		}
		t.Logf("out-of-scope doubt %.2f: in-scope needlessly rejected %.1f%% (public train splits %.1f%%), out-of-scope handled %.1f%%, out-of-scope clarified %.1f%%",
			doubt, all.needless(), pub.needless(), oos.handledPct(), oos.clarifiedPct())
	}
	// Then a lower doubt for messages naming a shop concept
	// (Prediction.ShopWords), with OutOfScopeDoubt for the others.
	for _, sd := range []float64{OutOfScopeDoubt, 0.05, 0.03, 0.02, 0.01, 0} {
		var all, pub, oos scoreDecide
		for i, ex := range exs {
			v, alts := decide(preds[i], OutOfScopeDoubt, sd)
			all.add(ex.Intent, preds[i], v, alts)
			if i >= public {
				pub.add(ex.Intent, preds[i], v, alts)
			}
			if ex.Intent == OutOfScope {
				oos.add(ex.Intent, preds[i], v, alts)
			}
		}
		t.Logf("shop-concept doubt %.2f: in-scope needlessly rejected %.1f%% (public train splits %.1f%%), out-of-scope handled %.1f%%, out-of-scope clarified %.1f%%",
			sd, all.needless(), pub.needless(), oos.handledPct(), oos.clarifiedPct())
	}
	// Then the greeting/closing reread of out-of-scope readings, with the
	// chosen OutOfScopeDoubt.
	for _, g := range []float64{1.01, 0.4, 0.3, 0.25, 0.2, 0.15} {
		var all, pub, oos scoreDecide
		for i, ex := range exs {
			p := reread(preds[i], g)
			v, alts := Decide(p)
			all.add(ex.Intent, p, v, alts)
			if i >= public {
				pub.add(ex.Intent, p, v, alts)
			}
			if ex.Intent == OutOfScope {
				oos.add(ex.Intent, p, v, alts)
			}
		}
		t.Logf("greeting/closing reread ≥ %.2f: in-scope needlessly rejected %.1f%% (public train splits %.1f%%), out-of-scope handled %.1f%%",
			g, all.needless(), pub.needless(), oos.handledPct())
		if g == SocialDoubt {
			wantOK = pub.needless() <= 5 && oos.handledPct() >= 80
		}
	}
	if !wantOK {
		t.Errorf("OutOfScopeDoubt %.2f with SocialDoubt no longer keeps out-of-fold needless rejections ≤ 5 %% on the public train splits with out-of-scope handled ≥ 80 %%", OutOfScopeDoubt)
	}
	if v, _ := Decide(Prediction{Intent: OrderStatus, Confidence: AnswerConfidence, Scores: map[string]float64{OrderStatus: AnswerConfidence}}); v != Answer {
		t.Errorf("a prediction at AnswerConfidence must be answered")
	}
}

// publicRows counts the lines of the public train splits at the end of
// TrainingExamples.
func publicRows() int {
	n := 0
	for _, c := range [][]byte{clincCorpus, publicCorpus, hint3Corpus} {
		exs, _ := ReadExamples(bytes.NewReader(c))
		n += len(exs)
	}
	return n
}

// scoreDecide tallies Decide's verdicts the way nlueval scores them.
type scoreDecide struct{ in, needlessN, oosN, handled, clarified int }

func (s *scoreDecide) add(want string, p Prediction, v Verdict, alts []string) {
	if want == OutOfScope {
		s.oosN++
		if Handled(p, v) {
			s.handled++
		}
		if v == Clarify {
			s.clarified++
		}
		return
	}
	s.in++
	if NeedlesslyRejected(want, p, v, alts) {
		s.needlessN++
	}
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

func (s scoreDecide) needless() float64     { return pct(s.needlessN, s.in) }
func (s scoreDecide) handledPct() float64   { return pct(s.handled, s.oosN) }
func (s scoreDecide) clarifiedPct() float64 { return pct(s.clarified, s.oosN) }

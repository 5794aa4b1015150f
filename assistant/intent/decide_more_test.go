package intent

import (
	"math"
	"slices"
	"strings"
	"testing"
)

// predict builds a Prediction from scores the way Predict does: the
// likeliest intent and its probability.
func predict(scores map[string]float64, shopWords bool) Prediction {
	p := Prediction{Scores: scores, ShopWords: shopWords}
	for _, in := range p.Ranked() {
		p.Intent, p.Confidence = in, scores[in]
		break
	}
	return p
}

// Each threshold acts at its value, not only beyond it: a change from >= to
// > (or a retuned constant) shows here.
func TestDecideThresholdBoundaries(t *testing.T) {
	tests := []struct {
		name   string
		scores map[string]float64
		shop   bool
		want   Verdict
		alts   []string
	}{
		{"answers at AnswerConfidence", map[string]float64{Invoice: AnswerConfidence, Account: 0.3, FAQ: 0.3}, false, Answer, nil},
		{"clarifies just below it when two share ClarifyMass", map[string]float64{Invoice: 0.39, Account: 0.17, FAQ: 0.15, Discount: 0.14}, false, Clarify, []string{Invoice, Account}},
		{"unsure when the two hold just under ClarifyMass", map[string]float64{Invoice: 0.39, Account: 0.15, FAQ: 0.14, Discount: 0.13}, false, Unsure, nil},
		// A greeting or complaint is never offered as a choice.
		{"no clarifying question offering a greeting", map[string]float64{OrderStatus: 0.35, Greeting: 0.3, FAQ: 0.1}, false, Unsure, nil},
		{"no clarifying question offering a complaint", map[string]float64{Complaint: 0.38, ReturnRequest: 0.3, FAQ: 0.1}, false, Unsure, nil},
		// Out of scope: the two likeliest askable intents decide, skipping
		// greetings and the like.
		{"out of scope, askable doubt at OutOfScopeDoubt", map[string]float64{OutOfScope: 0.8, Greeting: 0.1, OrderStatus: OutOfScopeDoubt / 2, ShippingInfo: OutOfScopeDoubt / 2}, false, Clarify, []string{OrderStatus, ShippingInfo}},
		{"out of scope, askable doubt below OutOfScopeDoubt", map[string]float64{OutOfScope: 0.85, Greeting: 0.06, OrderStatus: 0.05, ShippingInfo: 0.04}, false, Answer, nil},
		{"out of scope, one askable intent only", map[string]float64{OutOfScope: 0.7, OrderStatus: 0.3}, false, Answer, nil},
		{"shop words lower the doubt to ShopDoubt", map[string]float64{OutOfScope: 0.98, Stock: ShopDoubt / 2, ProductQuestion: ShopDoubt / 2}, true, Clarify, []string{ProductQuestion, Stock}},
		{"below ShopDoubt stays out of scope", map[string]float64{OutOfScope: 0.995, Stock: 0.003, ProductQuestion: 0.002}, true, Answer, nil},
		// Unsure out of scope below AnswerConfidence without doubt.
		{"unsure out of scope", map[string]float64{OutOfScope: 0.39, Greeting: 0.31, Thanks: 0.3}, false, Unsure, nil},
	}
	for _, tt := range tests {
		v, alts := Decide(predict(tt.scores, tt.shop))
		if v != tt.want || !slices.Equal(alts, tt.alts) {
			t.Errorf("%s: Decide = %v %v, want %v %v", tt.name, v, alts, tt.want, tt.alts)
		}
	}
}

// Reread turns an off-topic reading whose runner-up is a greeting or a
// closing of at least SocialDoubt into that greeting or closing, which
// Decide then answers as such; every other prediction passes unchanged.
func TestReread(t *testing.T) {
	tests := []struct {
		name       string
		scores     map[string]float64
		intent     string
		confidence float64
	}{
		{"closing runner-up", map[string]float64{OutOfScope: 0.6, Thanks: 0.3, FAQ: 0.1}, Thanks, 0.9},
		{"greeting runner-up at SocialDoubt", map[string]float64{OutOfScope: 0.7, Greeting: SocialDoubt, FAQ: 0.05}, Greeting, 0.7 + SocialDoubt},
		{"greeting runner-up below SocialDoubt", map[string]float64{OutOfScope: 0.76, Greeting: 0.24}, OutOfScope, 0.76},
		{"runner-up is a topic", map[string]float64{OutOfScope: 0.6, OrderStatus: 0.3, Greeting: 0.1}, OutOfScope, 0.6},
		{"greeting third", map[string]float64{OutOfScope: 0.4, Feedback: 0.3, Greeting: 0.3}, OutOfScope, 0.4},
		{"not out of scope", map[string]float64{OrderStatus: 0.6, Greeting: 0.4}, OrderStatus, 0.6},
		{"a single class", map[string]float64{OutOfScope: 1}, OutOfScope, 1},
	}
	for _, tt := range tests {
		p := predict(tt.scores, false)
		got := Reread(p)
		if got.Intent != tt.intent || math.Abs(got.Confidence-tt.confidence) > 1e-9 {
			t.Errorf("%s: Reread = %s %.2f, want %s %.2f", tt.name, got.Intent, got.Confidence, tt.intent, tt.confidence)
		}
		v, alts := Decide(got)
		// A reread greeting or closing is answered as one, however the
		// probabilities would otherwise be judged.
		if got.Intent != p.Intent && (v != Answer || alts != nil) {
			t.Errorf("%s: reread %s decided %v %v, want answered", tt.name, got.Intent, v, alts)
		}
	}
}

func TestOutOfScopeConfident(t *testing.T) {
	tests := []struct {
		name string
		p    Prediction
		want bool
	}{
		{"at AnswerConfidence", Prediction{Intent: OutOfScope, Confidence: AnswerConfidence}, true},
		{"just below", Prediction{Intent: OutOfScope, Confidence: AnswerConfidence - 0.001}, false},
		{"certain", Prediction{Intent: OutOfScope, Confidence: 1}, true},
		{"another intent", Prediction{Intent: OrderStatus, Confidence: 0.99}, false},
	}
	for _, tt := range tests {
		if got := OutOfScopeConfident(tt.p); got != tt.want {
			t.Errorf("%s: OutOfScopeConfident = %v, want %v", tt.name, got, tt.want)
		}
	}
	// Clarified out-of-scope readings are still confident ones: the
	// question offers topics, but the message is no evidence of one.
	p := predict(map[string]float64{OutOfScope: 0.7, OrderStatus: 0.2, ShippingInfo: 0.1}, false)
	if v, _ := Decide(p); v != Clarify || !OutOfScopeConfident(p) {
		t.Errorf("clarified out-of-scope reading: verdict %v, confident %v", v, OutOfScopeConfident(p))
	}
}

func TestHandled(t *testing.T) {
	tests := []struct {
		name string
		p    Prediction
		v    Verdict
		want bool
	}{
		{"topic answered", Prediction{Intent: OrderStatus}, Answer, false},
		{"out of scope answered", Prediction{Intent: OutOfScope}, Answer, true},
		{"handed to a person", Prediction{Intent: HumanHandoff}, Answer, true},
		{"clarified", Prediction{Intent: OrderStatus}, Clarify, true},
		{"unsure", Prediction{Intent: OrderStatus}, Unsure, true},
	}
	for _, tt := range tests {
		if got := Handled(tt.p, tt.v); got != tt.want {
			t.Errorf("%s: Handled = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// Verdicts are logged and shown in the evaluation tools by name.
func TestVerdictNames(t *testing.T) {
	seen := map[string]bool{}
	for _, v := range []Verdict{Answer, Clarify, Unsure} {
		name := v.String()
		if name == "" || strings.ToLower(name) != name || seen[name] {
			t.Errorf("verdict %d has name %q (empty, not lower case, or taken)", v, name)
		}
		seen[name] = true
	}
}

// Ranked orders by probability and breaks ties by name, so a clarifying
// question offers the same pair on every run.
func TestRankedIsDeterministic(t *testing.T) {
	p := Prediction{Scores: map[string]float64{ShippingInfo: 0.3, OrderStatus: 0.3, Invoice: 0.3, FAQ: 0.1}}
	want := []string{Invoice, OrderStatus, ShippingInfo, FAQ}
	for range 20 {
		if got := p.Ranked(); !slices.Equal(got, want) {
			t.Fatalf("Ranked = %v, want %v", got, want)
		}
	}
	if v, alts := Decide(predict(p.Scores, false)); v != Clarify || !slices.Equal(alts, want[:2]) {
		t.Fatalf("tie: Decide = %v %v, want clarify %v", v, alts, want[:2])
	}
}

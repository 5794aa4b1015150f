package intent

import (
	"slices"
	"testing"
)

func TestDecide(t *testing.T) {
	tests := []struct {
		name   string
		scores map[string]float64
		want   Verdict
		alts   []string
	}{
		{"confident", map[string]float64{OrderStatus: 0.8, ShippingInfo: 0.1}, Answer, nil},
		{"two close topics", map[string]float64{RefundStatus: 0.33, ReturnRequest: 0.3, OutOfScope: 0.1}, Clarify, []string{RefundStatus, ReturnRequest}},
		{"out of scope runner-up", map[string]float64{ProductRecommendation: 0.35, OutOfScope: 0.3}, Unsure, nil},
		{"spread thin", map[string]float64{Invoice: 0.2, Account: 0.15, FAQ: 0.1}, Unsure, nil},
		// "What is the status?": off-topic for a general assistant, but two
		// shop topics keep some probability.
		{"out of scope with shop doubt", map[string]float64{OutOfScope: 0.7, OrderStatus: 0.12, Greeting: 0.1, ShippingInfo: 0.05}, Clarify, []string{OrderStatus, ShippingInfo}},
		{"confidently out of scope", map[string]float64{OutOfScope: 0.93, OrderStatus: 0.04, Greeting: 0.02, ShippingInfo: 0.01}, Answer, nil},
		{"unsure out of scope, no shop doubt", map[string]float64{OutOfScope: 0.35, Greeting: 0.33, Thanks: 0.3, Invoice: 0.01, Account: 0.01}, Unsure, nil},
	}
	for _, tt := range tests {
		p := Prediction{Scores: tt.scores}
		for in, s := range tt.scores {
			if s > p.Confidence {
				p.Intent, p.Confidence = in, s
			}
		}
		v, alts := Decide(p)
		if v != tt.want || !slices.Equal(alts, tt.alts) {
			t.Errorf("%s: Decide = %v %v, want %v %v", tt.name, v, alts, tt.want, tt.alts)
		}
	}
}

func TestNeedlesslyRejected(t *testing.T) {
	oos := Prediction{Intent: OutOfScope, Confidence: 0.7}
	order := Prediction{Intent: OrderStatus, Confidence: 0.3}
	tests := []struct {
		name string
		p    Prediction
		v    Verdict
		alts []string
		want bool
	}{
		{"answered in scope", order, Answer, nil, false},
		{"answered as out of scope", oos, Answer, nil, true},
		{"clarified, right topic offered", oos, Clarify, []string{OrderStatus, ShippingInfo}, false},
		{"clarified, right topic missing", order, Clarify, []string{Invoice, Account}, true},
		{"not understood", order, Unsure, nil, true},
	}
	for _, tt := range tests {
		if got := NeedlesslyRejected(OrderStatus, tt.p, tt.v, tt.alts); got != tt.want {
			t.Errorf("%s: NeedlesslyRejected = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestLegacyLabelCoversEveryIntent(t *testing.T) {
	for _, in := range Intents {
		if !slices.Contains(LegacyIntents, LegacyLabel(in)) {
			t.Errorf("%s maps to %q, not a legacy label", in, LegacyLabel(in))
		}
	}
}

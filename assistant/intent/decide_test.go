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

func TestLegacyLabelCoversEveryIntent(t *testing.T) {
	for _, in := range Intents {
		if !slices.Contains(LegacyIntents, LegacyLabel(in)) {
			t.Errorf("%s maps to %q, not a legacy label", in, LegacyLabel(in))
		}
	}
}

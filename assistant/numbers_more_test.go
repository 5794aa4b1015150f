package assistant_test

import (
	"strings"
	"testing"
)

// TestNumbersAsShoppersWriteThem: a budget with a thousands separator and
// an order number in Arabic-Indic digits reach the shopper's answer as the
// numbers they are.
func TestNumbersAsShoppersWriteThem(t *testing.T) {
	tests := []struct {
		msg       string
		want      []string
		never     []string
		wantCards bool
	}{
		{"Show me jackets under €1,000", []string{"under €1000"}, []string{"Nothing in your budget"}, true},
		{"Zeig mir Jacken unter 1.000 €", []string{"unter €1000"}, []string{"€1.00"}, true},
		{"أين طلبي رقم ١٠٣٤؟", []string{"#1034"}, nil, false},
	}
	env := answerEnv(t)
	for _, tt := range tests {
		t.Run(tt.msg, func(t *testing.T) {
			r := chatIn(t, env).say(tt.msg)
			for _, w := range tt.want {
				if !strings.Contains(r.Text, w) {
					t.Errorf("reply lacks %q: %q", w, r.Text)
				}
			}
			for _, n := range tt.never {
				if strings.Contains(r.Text, n) {
					t.Errorf("reply has %q: %q", n, r.Text)
				}
			}
			if tt.wantCards && len(r.Cards) == 0 {
				t.Errorf("no product cards: %q", r.Text)
			}
		})
	}
}

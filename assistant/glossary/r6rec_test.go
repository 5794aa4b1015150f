package glossary

import (
	"slices"
	"testing"
)

// TestTermsRound6: the kind wanted, not the kind it is used with; kinds
// described by what they do; the broad bag only outside narrower kinds.
func TestTermsRound6(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"a pillow for my sleeping bag", []string{"pillow"}},
		{"une lampe pour la tente", []string{"lantern"}},
		{"テント用のランタン", []string{"lantern"}},
		{"çadırın içinde kullanacağım bir lamba", []string{"lantern"}},
		{"какой коврик в палатку взять?", []string{"sleeping pad"}},
		{"what fits in the tent?", []string{"tent"}}, // the only kind named
		{"algo para colgar entre dos árboles", []string{"hammock"}},
		{"calzini per non far entrare neve e fango", []string{"socks"}}, // named beats described
		{"iets tegen sneeuw en modder", []string{"gaiters"}},
		{"een klein tasje", []string{"bag"}},
		{"any sleeping bags?", []string{"sleeping bag"}},
		{"Je cherche un sac à dos", []string{"backpack"}},
		{"Szukam bielizny termoaktywnej", []string{"base layer", "boxer briefs"}}, // specific first
	}
	for _, tt := range tests {
		if got := Terms(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("Terms(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

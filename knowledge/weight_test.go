package knowledge

import "testing"

// TestAsksWeight: a weight asked outright or by comparing two products
// ("which is lighter?") asks the weight; "light" as a kind does not.
func TestAsksWeight(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"how much does the Solstice weigh?", true},
		{"which is lighter, the Solstice or the Basecamp tent?", true},
		{"Welches Zelt ist leichter, Solstice oder Basecamp?", true},
		{"Quelle tente est plus légère ?", true},
		{"¿Cuál es más ligera, la Solstice o la Basecamp?", true},
		{"Qual è più leggera, la Solstice o la Basecamp?", true},
		{"Welke is lichter, de Solstice of de Basecamp?", true},
		{"Qual é mais leve, a Solstice ou a Basecamp?", true},
		{"Który namiot jest lżejszy?", true},
		{"Hangisi daha hafif, Solstice mi Basecamp mi?", true},
		{"Mana yang lebih ringan, Solstice atau Basecamp?", true},
		{"أيهما أخف، Solstice أم Basecamp؟", true},
		{"Какая палатка легче: Solstice или Basecamp?", true},
		{"SolsticeとBasecamp、軽いのはどっち？", true},
		{"Solstice和Basecamp哪个更轻？", true},
		{"Solstice랑 Basecamp 중에 뭐가 더 가벼워요?", true},
		{"I want a light jacket for spring", false},
		{"is the Solstice waterproof?", false},
	}
	for _, tt := range tests {
		if got := AsksWeight(tt.q); got != tt.want {
			t.Errorf("AsksWeight(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

package geo

import "testing"

// TestTownsMarked: a town under 100,000 inhabitants counts only where a
// preposition or a Turkish case suffix marks it as a place; a region's
// demonym stands for its country as a country's does.
func TestTownsMarked(t *testing.T) {
	m := New()
	tests := []struct {
		text string
		want []string
	}{
		{"Spedite anche a Bellinzona?", []string{"CH"}},
		{"Ich wohne in Basel und arbeite in Lörrach", []string{"CH", "DE"}},
		{"Lieferung nach Weil am Rhein bitte", []string{"DE"}},
		{"Paketi Annemasse'a gönderir misiniz?", []string{"FR"}},
		{"Bellinzona is a nice name for a tent", nil},
		// A region's demonym names its country.
		{"Je suis québécoise, je paie la douane ?", []string{"CA"}},
		{"Soy mexicano y vivo allí", []string{"MX"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got []string
			for _, ms := range m.Locate(tt.text) {
				got = append(got, ms.Code)
			}
			if len(got) != len(tt.want) || len(got) > 0 && got[0] != tt.want[0] || len(got) > 1 && got[1] != tt.want[1] {
				t.Errorf("Locate(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

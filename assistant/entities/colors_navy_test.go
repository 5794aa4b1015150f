package entities

import "testing"

// TestNavyIsOneColour: "azul marino", "bleu marine" are navy alone, not
// blue as well (a blue product is no navy one).
func TestNavyIsOneColour(t *testing.T) {
	for _, text := range []string{"un forro polar azul marino", "une polaire bleu marine", "una felpa blu marino", "um casaco azul marinho"} {
		if got := Extract(text, "").Colors; len(got) != 1 || got[0] != "navy" {
			t.Errorf("Extract(%q).Colors = %v, want [navy]", text, got)
		}
	}
}

package geo

import "testing"

// TestF9PolShortAccented: a short country name whose accents fold away
// ("Omã", "Irã") is read only as written: folded it is another
// language's word (German "Oma", Spanish "ira"), and a relative's home
// named next to it is the place.
func TestF9PolShortAccented(t *testing.T) {
	m := New()
	tests := []struct {
		text, want string
	}{
		{"Meine Oma wohnt in Linz, was kostet der Versand?", ""},
		{"Quanto custa o frete para Omã?", "OM"},
		{"Vocês enviam para o Irã?", "IR"},
		{"Mi ira es grande, ¿enviáis a Portugal?", "PT"},
	}
	for _, tt := range tests {
		got := ""
		for _, ms := range m.Find(tt.text) {
			if ms.Kind == Country {
				got = ms.Code
				break
			}
		}
		if got != tt.want {
			t.Errorf("Find(%q) country = %q, want %q", tt.text, got, tt.want)
		}
	}
}

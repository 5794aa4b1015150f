package assistant

import "testing"

// TestEUShoeRE: a shoe size is written with its system before or after it,
// and for men or women; a plain count of things is none.
func TestEUShoeRE(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"I'm an EU 43", true},
		{"usually a UK 7.5", true},
		{"I take US men's 9", true},
		{"US womens 8 in trainers", true},
		{"je chausse du 6 UK", true},
		{"42 eu", true},
		{"I need 2 pairs", false},
		{"shipping to the US", false},
	} {
		if got := euShoeRE.MatchString(c.text); got != c.want {
			t.Errorf("euShoeRE(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

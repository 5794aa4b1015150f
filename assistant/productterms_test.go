package assistant

import (
	"slices"
	"testing"
)

func TestOriginalFacts(t *testing.T) {
	tests := []struct {
		passages []string
		lang     string
		want     []string
	}{
		{[]string{"A squeeze filter that removes 99.9999% of bacteria and protozoa. Filters up to 1,500 litres."}, "fr",
			[]string{"99.9999 %", "1,500 L"}},
		{[]string{"Made from 100% recycled polyester"}, "de", []string{"recyceltes Polyester", "100 %"}},
		{[]string{"Up to 60 hours on the lowest setting"}, "es", []string{"60 h"}},
		{[]string{"A 900 ml pot and a 400 ml mug-lid in titanium."}, "de", []string{"Titan", "900 ml", "400 ml"}},
		{[]string{"A 900 ml pot."}, "en", nil}, // the original's language: quoted, not listed
		// A unit shared by a list of numbers; map scales.
		{[]string{"Two stuff sacks (4, 9 and 20 litres)."}, "nl", []string{"4 L", "9 L", "20 L"}},
		{[]string{"Scales for 1:10,000 and 1:200,000 maps."}, "it", []string{"1:10,000", "1:200,000"}},
		// A fabric's denier is written the same in every language.
		{[]string{"Tough 420D nylon base"}, "tr", []string{"naylon", "420D"}},
		// Two dimensions stay together.
		{[]string{"Opens to 120 × 80 cm"}, "nl", []string{"120 × 80 cm"}},
	}
	for _, tc := range tests {
		if got := originalFacts(tc.passages, tc.lang); !slices.Equal(got, tc.want) {
			t.Errorf("originalFacts(%q, %s) = %q, want %q", tc.passages, tc.lang, got, tc.want)
		}
	}
}

// TestOriginPlaces: the countries an original passage names, in the reply
// language; a jersey is a fabric.
func TestOriginPlaces(t *testing.T) {
	tests := []struct {
		passages []string
		lang     string
		want     []string
	}{
		{[]string{"Knitted by hand in Norway from local wool"}, "fr", []string{"Norvège"}},
		{[]string{"Sewn in Portugal from organic cotton jersey"}, "nl", []string{"Portugal"}},
		{[]string{"A soft cotton jersey"}, "de", nil},
	}
	for _, tc := range tests {
		if got := originPlaces(tc.passages, tc.lang); !slices.Equal(got, tc.want) {
			t.Errorf("originPlaces(%q, %s) = %q, want %q", tc.passages, tc.lang, got, tc.want)
		}
	}
}

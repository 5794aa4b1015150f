package assistant

import (
	"strings"
	"testing"

	"shopassist/assistant/lang"
	"shopassist/assistant/replies"
)

func ruleTurn(t *testing.T, language string) *turn {
	t.Helper()
	cat, err := replies.New()
	if err != nil {
		t.Fatal(err)
	}
	return &turn{e: &Engine{catalog: cat}, reply: &Reply{Language: language}}
}

// TestRestrictionLine: an untranslated restriction passage is stated in
// every supported language, naming each restricted item; a list with an
// item the glossary does not know is quoted instead (nothing is dropped).
func TestRestrictionLine(t *testing.T) {
	const policy = "Restrictions: gas canisters, lithium batteries sold separately and knives cannot be shipped by air and are available for EU ground delivery only."
	for _, l := range lang.Supported {
		tr := ruleTurn(t, l)
		got := tr.restrictionLine(policy)
		if got == "" {
			t.Errorf("%s: no restriction line", l)
			continue
		}
		for _, g := range restrictedGoods {
			switch g.en {
			case "gas canisters", "lithium batteries sold separately", "knives":
				if !strings.Contains(strings.ToLower(got), strings.ToLower(g.names[l])) {
					t.Errorf("%s: %q lacks %q", l, got, g.names[l])
				}
			}
		}
		if l != "en" && strings.Contains(got, "knives") {
			t.Errorf("%s: English item in %q", l, got)
		}
	}
	tr := ruleTurn(t, "it")
	for _, text := range []string{
		"Restrictions: gas canisters, fireworks and knives cannot be shipped by air and are available for EU ground delivery only.",
		"Gas canisters are sold in store only.",
	} {
		if got := tr.restrictionLine(text); got != "" {
			t.Errorf("%q: stated as %q, want it quoted", text, got)
		}
	}
}

// TestNoFreeThreshold: only a delivery rule with a price and no "free"
// threshold answers "is shipping free there?" with no.
func TestNoFreeThreshold(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Canada, Switzerland and Norway: delivery in 3–8 business days, €16.95.", true},
		{"Rest of the world: delivery in 7–15 business days, €24.95.", true},
		{"United States: delivery in 4–7 business days with UPS or DHL Express, €14.95, free over €150.", false},
		{"Customs and duties: orders to EU countries never pay customs.", false},
		{"Canada, Suisse et Norvège : livraison en 3 à 8 jours ouvrés, 16,95 €.", false}, // not the primary language's wording: no claim
	} {
		if got := noFreeThreshold(c.text); got != c.want {
			t.Errorf("noFreeThreshold(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

package lang

import "testing"

// TestCodeSwitched: a message in the storefront's language around English
// loanwords is that language; an English sentence stays English, whatever
// the storefront, even when one of its words is another language's
// function word ("size" in Turkish).
func TestCodeSwitched(t *testing.T) {
	d, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ locale, text, want string }{
		{"id", "Apakah ada free shipping?", "id"},
		{"id", "refund-nya kapan ya kak?", "id"},
		{"es", "¿Hay tracking number para mi pedido?", "es"},
		{"tr", "what size should I order for a 100 cm chest?", "en"},
		{"es", "Do you ship to Madrid?", "en"},
		{"pl", "do you have the backpack in black?", "en"},
		{"id", "Can I pay with PayPal?", "en"},
	} {
		if got := d.Detect(c.text, Priors{StorefrontLocale: c.locale}).Lang; got != c.want {
			t.Errorf("Detect(%q) on a %s storefront = %s, want %s", c.text, c.locale, got, c.want)
		}
	}
}

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

// TestEuroIsNoPlace: an amount in euro names no place, in any language,
// while Europe by its name still does.
func TestEuroIsNoPlace(t *testing.T) {
	m := New()
	for _, s := range []string{"ship to London for 100 euro", "Доставка в Лондон, 100 евро", "wysyłka do Londynu za 100 euro", "kirim 100 euro ke Jakarta"} {
		for _, f := range m.Find(s) {
			if f.Code == "150" {
				t.Errorf("%q: read Europe in the amount", s)
			}
		}
	}
	if fs := m.Find("shipping within Europe"); len(fs) == 0 || fs[0].Code != "150" {
		t.Errorf("Europe by name: %+v", fs)
	}
}

// TestExonyms: large cities by the names shoppers write in their language
// that GeoNames' 2012 dump lacks (exonyms.tsv) are their countries'; a name
// that is also a common word stays a word (French "seul" is no Seoul).
func TestExonyms(t *testing.T) {
	m := New()
	for _, c := range []struct{ text, want string }{
		{"Minha irmã mora em Madri", "ES"},
		{"Quanto custa o envio para Amsterdã?", "NL"},
		{"ニューヨークに住む友人に送りたい", "US"},
		{"ジュネーブまで何日かかりますか", "CH"},
		{"Envio para Cingapura?", "SG"},
	} {
		got := m.Locate(c.text)
		if len(got) == 0 || got[0].Code != c.want {
			t.Errorf("%q: %+v, want %s", c.text, got, c.want)
		}
	}
	for _, s := range []string{"Je suis seul à la maison, livrez-vous le samedi ?"} {
		if got := m.Locate(s); len(got) != 0 {
			t.Errorf("%q: read a place %+v", s, got)
		}
	}
}

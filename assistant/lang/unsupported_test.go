package lang

import (
	"slices"
	"strings"
	"testing"
)

func TestNamesAndUnsupported(t *testing.T) {
	d, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text        string
		priors      Priors
		lang, unsup string
	}{
		// Latin names inside non-Latin text do not decide.
		{"请播放 Hotel California 这首歌", Priors{}, "zh-Hans", ""},
		{"заказ Nike Air Max ещё не пришёл", Priors{}, "ru", ""},
		{"The North Face のジャケットありますか", Priors{}, "ja", ""},
		// Title runs and catalog names are masked in Latin text.
		{"Ich möchte die Jacke The North Face Summit Series zurückgeben", Priors{}, "de", ""},
		{"Hai la giacca Storm Rider Pro in nero", Priors{Names: []string{"Storm Rider Pro"}}, "it", ""},
		{"天気", Priors{}, "ja", ""},
		// Unsupported languages are named; the reply language comes from the priors.
		{"Hvor er min ordre? Jeg har ventet i to uger, og jeg savner den", Priors{StorefrontLocale: "en"}, "en", "da|nb"},
		{"Đơn hàng của tôi ở đâu vậy?", Priors{StorefrontLocale: "de"}, "de", "vi"},
		{"Agizo langu liko wapi? Nimesubiri wiki mbili sasa", Priors{StorefrontLocale: "en"}, "en", "sw"},
		{"คำสั่งซื้อของฉันอยู่ที่ไหน", Priors{StorefrontLocale: "en"}, "en", "th"},
		{"Де моє замовлення? Чекаю вже тиждень", Priors{StorefrontLocale: "en"}, "en", "uk"},
		{"Kde je moje objednávka? Čekám už dva týdny, řekněte mi to", Priors{}, "en", "cs"},
		{"Var är min beställning? Jag har väntat i två veckor", Priors{StorefrontLocale: "fr"}, "fr", "sv"},
		// Supported languages stay supported.
		{"Waar is mijn bestelling? Ik wacht al twee weken", Priors{}, "nl", ""},
		{"Pesanan saya belum sampai, sudah dua minggu", Priors{}, "id", ""},
		{"Siparişim nerede, iki haftadır bekliyorum", Priors{}, "tr", ""},
	}
	for _, tt := range tests {
		r := d.Detect(tt.text, tt.priors)
		// Danish and Norwegian Bokmål share most short words; either note
		// is understood.
		if r.Lang != tt.lang || !slices.Contains(strings.Split(tt.unsup, "|"), r.Unsupported) {
			t.Errorf("Detect(%q) = %s (unsupported %q), want %s (%q)", tt.text, r.Lang, r.Unsupported, tt.lang, tt.unsup)
		}
	}
}

func TestRecognisesFortyLanguages(t *testing.T) {
	if n := len(Recognised()); n < 40 {
		t.Errorf("recognises %d languages, want ≥ 40", n)
	}
	for _, c := range Recognised() {
		if _, ok := Normalize(c); !ok && UnsupportedNote(c) == "" {
			t.Errorf("%s: unsupported language without a note", c)
		}
	}
}

func TestBrandsMasked(t *testing.T) {
	d, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string]string{
		"aceptan Google Pay":               "es",
		"akzeptiert ihr PayPal und Klarna": "de",
		"我想用Apple Pay付款":                   "zh-Hans",
	} {
		if got := d.Detect(text, Priors{}).Lang; got != want {
			t.Errorf("Detect(%q) = %s, want %s", text, got, want)
		}
	}
}

func TestNameForms(t *testing.T) {
	got := NameForms([]string{"Aurora 2.5L Rain Shell", "Northwind", "Hut Down Booties", "Aurora 2.5L Rain Shell"})
	want := []string{"aurora 2.5l rain shell", "aurora 2.5l", "2.5l rain", "rain shell", "aurora", "northwind",
		"hut down booties", "hut down", "down booties"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("NameForms = %q, want %q", got, want)
	}
	d := newDetector(t)
	// Only the short form of the title is written; the rest is Spanish.
	if r := d.Detect("quiero devolver la Aurora Rain Shell", Priors{Names: got}); r.Lang != "es" {
		t.Errorf("masked name forms: got %+v, want es", r)
	}
}

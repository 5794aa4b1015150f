package knowledge

import (
	"context"
	"testing"
	"time"
)

// ProductType maps a word the shopper wrote, in any of the shop's
// languages and inflected, to the catalog's type in the original language;
// words naming no type give "", and the first word that names one wins.
func TestProductTypeAcrossLanguages(t *testing.T) {
	clock := &fakeClock{now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	src := newFakeSource(coreProducts(t), nil)
	m := newTestManager(t, src, Options{Now: clock.Now, CheckInterval: time.Second})
	ctx := context.Background()
	tests := []struct {
		lang  string
		words []string
		want  string
	}{
		{"en", []string{"backpack"}, "Backpack"},
		{"en", []string{"backpacks"}, "Backpack"},
		{"de", []string{"Rucksack"}, "Backpack"},
		{"es", []string{"mochilas"}, "Backpack"},
		{"ja", []string{"リュック"}, "Backpack"},
		{"zh-Hans", []string{"双肩包"}, "Backpack"},
		{"de", []string{"Kleid"}, "Dress"},
		{"fr", []string{"robes"}, "Dress"},
		{"ar", []string{"فستان"}, "Dress"},
		{"ja", []string{"ワンピース"}, "Dress"},
		{"es", []string{"vaqueros"}, "Jeans"},
		{"fr", []string{"chaussettes"}, "Socks"},
		{"de", []string{"Sonnenbrille"}, "Sunglasses"},
		{"de", []string{"Stiefel"}, "Boots"},
		// The shopper's language first, then the original: an English
		// word in a Spanish message still names the type.
		{"es", []string{"socks"}, "Socks"},
		// Adjectives before the product word do not name a type.
		{"en", []string{"cheap", "warm", "jeans"}, "Jeans"},
		{"en", []string{"telescope"}, ""},
		{"en", nil, ""},
	}
	for _, tt := range tests {
		got, err := m.ProductType(ctx, testShop, tt.words, tt.lang)
		if err != nil {
			t.Fatal(err)
		}
		if got != tt.want {
			t.Errorf("[%s] ProductType(%q) = %q, want %q", tt.lang, tt.words, got, tt.want)
		}
	}

	// The type list follows the catalog: a new type is found once its
	// product is indexed, and gone again when the product is deleted.
	if got, _ := m.ProductType(ctx, testShop, []string{"bata"}, "es"); got != "" {
		t.Fatalf("bata before the robe exists = %q", got)
	}
	src.upsert(kimono(5000, "Silk Kimono", 10))
	clock.Advance(2 * time.Second)
	if got, _ := m.ProductType(ctx, testShop, []string{"bata"}, "es"); got != "Robe" {
		t.Fatalf("bata after the robe was added = %q, want Robe", got)
	}
	// "robe" is also French for a dress: the type with more products wins.
	if got, _ := m.ProductType(ctx, testShop, []string{"robe"}, "en"); got != "Dress" {
		t.Fatalf("robe = %q, want Dress (4 products) over Robe (1)", got)
	}
	src.remove(5000)
	clock.Advance(2 * time.Second)
	if got, _ := m.ProductType(ctx, testShop, []string{"bata"}, "es"); got != "" {
		t.Fatalf("bata after the robe was deleted = %q", got)
	}
}

// SearchAs matches the text in the shopper's language and shows titles in
// another (the reply language), falling back to the original where the
// product has no translation in it.
func TestSearchAsDisplaysInAnotherLanguage(t *testing.T) {
	m := newTestManager(t, newFakeSource(coreProducts(t), nil), Options{})
	ctx := context.Background()
	tests := []struct {
		q, lang, display, title, titleLang string
	}{
		{"mochila", "es", "es", "Mochila de lona", "es"},
		{"mochila", "es", "de", "Rucksack aus Canvas", "de"},
		{"mochila", "es", "en", "Canvas Backpack", "en"},
		// The shop has no Korean: the original title.
		{"mochila", "es", "ko", "Canvas Backpack", "en"},
		{"Rucksack", "de", "es", "Mochila de lona", "es"},
	}
	for _, tt := range tests {
		hits, err := m.SearchAs(ctx, testShop, tt.q, tt.lang, tt.display, Filters{}, 3)
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) == 0 || hits[0].Handle != "canvas-backpack" {
			t.Errorf("%q in %s: hits %v, want the canvas backpack first", tt.q, tt.lang, handles(hits))
			continue
		}
		if hits[0].Title != tt.title || hits[0].Lang != tt.titleLang {
			t.Errorf("%q in %s shown in %s: %q (%s), want %q (%s)", tt.q, tt.lang, tt.display, hits[0].Title, hits[0].Lang, tt.title, tt.titleLang)
		}
	}
}

// DocPassages returns a whole document passage by passage in the shopper's
// language, each paired with the original; a translation whose passages do
// not line up with the original, or one in the other Chinese script, is
// not served: the original is.
func TestDocPassages(t *testing.T) {
	docs := []Document{
		{ID: "policy:shipping", Kind: "policy", Locale: "en", Title: "Shipping policy", URL: "/policies/shipping-policy",
			Body: "Delivery times\nEurope: 3–5 business days.\n- Free over €100.\nRest of the world: 7–12 business days."},
		{ID: "policy:shipping", Kind: "policy", Locale: "de", Title: "Versandrichtlinie", URL: "/policies/shipping-policy",
			Body: "Lieferzeiten\nEuropa: 3–5 Werktage.\n- Kostenlos ab 100 €.\nRest der Welt: 7–12 Werktage."},
		// Misaligned: the translator merged two paragraphs.
		{ID: "policy:shipping", Kind: "policy", Locale: "fr", Title: "Politique d'expédition", URL: "/policies/shipping-policy",
			Body: "Délais\nEurope : 3 à 5 jours ouvrés, gratuit dès 100 €. Reste du monde : 7 à 12 jours ouvrés."},
		{ID: "policy:shipping", Kind: "policy", Locale: "zh-CN", Title: "运输政策", URL: "/policies/shipping-policy",
			Body: "送达时间\n欧洲：3–5个工作日。\n- 满100欧元免运费。\n其他地区：7–12个工作日。"},
	}
	m := newTestManager(t, newFakeSource(nil, docs), Options{})
	ctx := context.Background()
	original := []string{"Delivery times\nEurope: 3–5 business days.", "- Free over €100.", "Rest of the world: 7–12 business days."}
	tests := []struct {
		lang, locale string
		translated   bool
		first        string
	}{
		// The original is in the language asked: "translated" means "in the
		// requested language", which the original is.
		{"en", "en", true, "Delivery times\nEurope: 3–5 business days."},
		{"de", "de", true, "Lieferzeiten\nEuropa: 3–5 Werktage."},
		{"de-AT", "de", true, "Lieferzeiten\nEuropa: 3–5 Werktage."},
		{"fr", "en", false, "Delivery times\nEurope: 3–5 business days."},
		{"zh-Hans", "zh-CN", true, "送达时间\n欧洲：3–5个工作日。"},
		{"zh-TW", "en", false, "Delivery times\nEurope: 3–5 business days."},
		{"ko", "en", false, "Delivery times\nEurope: 3–5 business days."},
	}
	for _, tt := range tests {
		got, err := m.DocPassages(ctx, testShop, "policy:shipping", tt.lang)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(original) {
			t.Errorf("[%s] %d passages, want %d: %+v", tt.lang, len(got), len(original), got)
			continue
		}
		for i, p := range got {
			if p.Index != i || p.Original != original[i] || p.Locale != tt.locale || p.Translated != tt.translated ||
				p.DocID != "policy:shipping" || p.Kind != "policy" || p.URL != "/policies/shipping-policy" {
				t.Errorf("[%s] passage %d = %+v", tt.lang, i, p)
			}
		}
		if got[0].Text != tt.first {
			t.Errorf("[%s] first passage %q, want %q", tt.lang, got[0].Text, tt.first)
		}
	}
	if got, err := m.DocPassages(ctx, testShop, "policy:missing", "en"); err != nil || len(got) != 0 {
		t.Errorf("unknown document: %+v, %v; want nothing", got, err)
	}
}

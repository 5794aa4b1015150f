package knowledge

import (
	"context"
	"strings"
	"testing"

	"shopassist/demo"
)

// demoDocuments are the demo store's policies, pages and FAQ as the source
// hands them to the index.
func demoDocuments() []Document {
	var docs []Document
	for _, p := range demo.Policies() {
		id := "policy:" + p.Type
		docs = append(docs, Document{ID: id, Kind: "policy", Title: p.Title, Body: p.Body, URL: p.URL, Locale: "en"})
		for loc, tr := range p.Translations {
			docs = append(docs, Document{ID: id, Kind: "policy", Title: tr.Title, Body: tr.Body, URL: p.URL, Locale: loc})
		}
	}
	for _, p := range demo.Pages() {
		id := "page:" + p.Handle
		docs = append(docs, Document{ID: id, Kind: "page", Title: p.Title, Body: p.Body, URL: p.URL, Locale: "en"})
		for loc, tr := range p.Translations {
			docs = append(docs, Document{ID: id, Kind: "page", Title: tr.Title, Body: tr.Body, URL: p.URL, Locale: loc})
		}
	}
	for _, f := range demo.FAQs() {
		for loc, a := range f.Answers {
			qs := f.Questions[loc]
			title := ""
			if len(qs) > 0 {
				title = qs[0]
			}
			docs = append(docs, Document{ID: "faq:" + f.ID, Kind: "faq", Title: title, Body: a, URL: f.SourceURL, Locale: loc, Questions: qs})
		}
	}
	return docs
}

func TestAnswerPassagesDutiesFilter(t *testing.T) {
	m := newTestManager(t, newFakeSource(nil, demoDocuments()), Options{})
	text := "How much is shipping to Canada and will I pay customs?"
	for _, c := range []struct {
		filter      DutiesFilter
		has, hasNot string
		duties      bool
	}{
		{DutiesOnly, "DAP", "€16.95", true},
		{DeliveryOnly, "€16.95", "DAP", false},
	} {
		got, err := m.AnswerPassages(context.Background(), testShop, PassageQuery{Text: text, Lang: "en", Country: "CA",
			Prefer: []string{"policy:shipping"}, Kinds: []string{"policy", "page"}, Duties: c.filter})
		if err != nil || len(got) == 0 {
			t.Fatalf("filter %d: %v %v", c.filter, got, err)
		}
		a := got[0]
		if !strings.Contains(a.Text, c.has) || strings.Contains(a.Text, c.hasNot) || a.Duties != c.duties || a.Rule == RuleNone {
			t.Errorf("filter %d: got %+v, want %q without %q, duties %v", c.filter, a, c.has, c.hasNot, c.duties)
		}
	}
}

func TestAnswerPassages(t *testing.T) {
	m := newTestManager(t, newFakeSource(nil, demoDocuments()), Options{})
	tests := []struct {
		text, lang, country string
		prefer              []string
		has, hasNot         []string
		rule                Rule
		translated          bool
	}{
		{text: "Will I have to pay import duties in the US?", lang: "en", country: "US", prefer: []string{"policy:shipping"},
			has: []string{"DDP"}, hasNot: []string{"DAP"}, rule: RuleCountry, translated: true},
		{text: "How long does shipping to the US take?", lang: "en", country: "US", prefer: []string{"policy:shipping"},
			has: []string{"4–7 business days", "€14.95", "€150"}, rule: RuleCountry, translated: true},
		{text: "shipping to Canada", lang: "en", country: "CA", prefer: []string{"policy:shipping"},
			has: []string{"3–8 business days", "€16.95"}, rule: RuleCountry, translated: true},
		{text: "Shipping cost to Germany?", lang: "en", country: "DE", prefer: []string{"policy:shipping"},
			has: []string{"€4.95", "€75"}, rule: RuleCountry, translated: true},
		{text: "How much is shipping to Japan?", lang: "en", country: "JP", prefer: []string{"policy:shipping"},
			has: []string{"€19.95", "5–10"}, rule: RuleCountry, translated: true},
		{text: "shipping to Spain", lang: "en", country: "ES", prefer: []string{"policy:shipping"},
			has: []string{"€6.95", "2–5"}, rule: RuleRegion, translated: true},
		{text: "shipping to Brazil", lang: "en", country: "BR", prefer: []string{"policy:shipping"},
			has: []string{"7–15", "€24.95"}, rule: RuleRest, translated: true},
		{text: "Do I pay duties in Brazil?", lang: "en", country: "BR", prefer: []string{"policy:shipping"},
			has: []string{"DAP"}, hasNot: []string{"DDP"}, rule: RuleRest, translated: true},
		{text: "¿Cuánto cuesta el envío a México?", lang: "es", country: "MX", prefer: []string{"policy:shipping"},
			has: []string{"24,95 €"}, hasNot: []string{"reserva"}, rule: RuleRest, translated: true},
		{text: "Was kostet der Versand nach Österreich?", lang: "de", country: "AT", prefer: []string{"policy:shipping"},
			has: []string{"6,95 €"}, rule: RuleRegion, translated: true},
		{text: "Quanto custa o envio para o Brasil?", lang: "pt", country: "BR", prefer: []string{"policy:shipping"},
			has: []string{"€ 24,95"}, rule: RuleRest, translated: true},
		{text: "Quanto costa la spedizione in Brasile?", lang: "it", country: "BR", prefer: []string{"policy:shipping"},
			has: []string{"24,95 €"}, rule: RuleRest, translated: true},
		// A language the shop does not publish (Swedish) gets the original.
		{text: "Vad kostar frakten till Brasilien?", lang: "sv", country: "BR", prefer: []string{"policy:shipping"},
			has: []string{"€24.95"}, rule: RuleRest, translated: false},
		// zh-TW and zh-CN translations are kept apart: each script gets its own.
		{text: "寄到日本運費多少？", lang: "zh-Hant", country: "JP", prefer: []string{"policy:shipping"},
			has: []string{"€19.95", "個工作天"}, rule: RuleCountry, translated: true},
		{text: "寄到日本运费多少？", lang: "zh-Hans", country: "JP", prefer: []string{"policy:shipping"},
			has: []string{"19.95 欧元", "个工作日"}, rule: RuleCountry, translated: true},
		// So are Polish and Indonesian, which bleve has no stemmer for.
		{text: "Ile kosztuje wysyłka do Austrii?", lang: "pl", country: "AT", prefer: []string{"policy:shipping"},
			has: []string{"6,95 €"}, rule: RuleRegion, translated: true},
		{text: "Berapa ongkos kirim ke Austria?", lang: "id", country: "AT", prefer: []string{"policy:shipping"},
			has: []string{"€6,95"}, rule: RuleRegion, translated: true},
		{text: "How much does a return from the UK cost?", lang: "en", country: "GB", prefer: []string{"policy:refund"},
			has: []string{"€5.95"}, rule: RuleCountry, translated: true},
		// Kuwait is in Asia and in the Middle East: the smaller region's
		// rule governs it.
		{text: "How much is shipping to Kuwait?", lang: "en", country: "KW", prefer: []string{"policy:shipping"},
			has: []string{"5–9", "€19.95"}, hasNot: []string{"5–10"}, rule: RuleRegion, translated: true},
		{text: "Türkiye'ye kargo ne kadar?", lang: "tr", country: "TR", prefer: []string{"policy:shipping"},
			has: []string{"5–9"}, rule: RuleRegion, translated: true},
		// A region the shopper names instead of a country.
		{text: "Shipping cost to the Middle East?", lang: "en", country: "ME-REGION", prefer: []string{"policy:shipping"},
			has: []string{"5–9", "€19.95"}, rule: RuleRegion, translated: true},
		{text: "Do you ship to the EU for free?", lang: "en", country: "EU", prefer: []string{"policy:shipping"},
			has: []string{"€6.95", "€75"}, rule: RuleRegion, translated: true},
		// A named country brings the rules per destination even when the
		// question shares no word with them.
		{text: "How long to Egypt?", lang: "en", country: "EG", has: []string{"5–9"}, rule: RuleRegion, translated: true},
		// "u. a." and "m.in." do not end the German and Polish sentence
		// that names Israel and Norway.
		{text: "Versand nach Israel?", lang: "de", country: "IL", prefer: []string{"policy:shipping"},
			has: []string{"Naher Osten (u. a.", "5–9"}, rule: RuleCountry, translated: true},
		{text: "Czy zapłacę cło w Norwegii?", lang: "pl", country: "NO", prefer: []string{"policy:shipping"},
			has: []string{"DAP"}, hasNot: []string{"DDP", "walucie"}, rule: RuleCountry, translated: true},
		// The return window and refund timing by their labels, in
		// languages whose wording the question does not share.
		{text: "Hoeveel dagen heb ik om te retourneren?", lang: "nl", prefer: []string{"policy:refund"},
			has: []string{"30 dagen"}, translated: true},
		{text: "Kaç gün içinde iade edebilirim?", lang: "tr", prefer: []string{"policy:refund"},
			has: []string{"30 gün"}, translated: true},
		{text: "J'ai combien de temps pour retourner un article ?", lang: "fr", prefer: []string{"policy:refund"},
			has: []string{"30 jours"}, translated: true},
		{text: "Hoe snel krijg ik mijn geld terug na een retour?", lang: "nl", prefer: []string{"policy:refund"},
			has: []string{"5–10 werkdagen"}, translated: true},
		{text: "Wann bekomme ich mein Geld zurück?", lang: "de", prefer: []string{"policy:refund"},
			has: []string{"5–10 Werktagen"}, translated: true},
		{text: "Can I cancel my order?", lang: "en", has: []string{"You can cancel free of charge", "30 days"}, translated: true},
		// "All other countries (including … the Gulf states …)": the
		// examples in parentheses keep it the rest-of-world rule.
		{text: "Vou pagar taxas alfandegárias?", lang: "pt", country: "BR", has: []string{"DAP"}, hasNot: []string{"DDP"},
			rule: RuleRest, translated: true},
		// The warehouse paragraph names the Netherlands in passing: it is
		// not the Dutch delivery rule.
		{text: "Hollanda'ya gönderim kaç euro?", lang: "tr", country: "NL", prefer: []string{"policy:shipping"},
			has: []string{"4,95"}, hasNot: []string{"Utrecht"}, rule: RuleCountry, translated: true},
		// A place counts for the passages about what was asked: knives to
		// Canada are a restriction, not Canada's delivery rule.
		{text: "Can you send knives to Canada?", lang: "en", country: "CA", prefer: []string{"policy:shipping"},
			has: []string{"knives", "EU ground delivery"}, translated: true},
		{text: "b2b wholesale email", lang: "en", has: []string{"hello@northwind-outfitters.example"}, translated: true},
	}
	for _, tt := range tests {
		got, err := m.AnswerPassages(context.Background(), testShop, PassageQuery{Text: tt.text, Lang: tt.lang,
			Country: tt.country, Prefer: tt.prefer})
		if err != nil || len(got) == 0 {
			t.Errorf("%q: %v %v", tt.text, got, err)
			continue
		}
		a := got[0]
		for _, h := range tt.has {
			if !strings.Contains(a.Text, h) {
				t.Errorf("%q: answer %q (%s #%d) lacks %q", tt.text, a.Text, a.DocID, a.Index, h)
			}
		}
		for _, h := range tt.hasNot {
			if strings.Contains(a.Text, h) {
				t.Errorf("%q: answer %q has %q", tt.text, a.Text, h)
			}
		}
		if a.Rule != tt.rule || a.Translated != tt.translated {
			t.Errorf("%q: rule %d translated %v, want %d %v", tt.text, a.Rule, a.Translated, tt.rule, tt.translated)
		}
	}
}

// BenchmarkAnswerPassages is one passage answer over the demo store's
// documents (policies, pages and FAQ in 7 languages) for a country.
func BenchmarkAnswerPassages(b *testing.B) {
	m := newTestManager(b, newFakeSource(nil, demoDocuments()), Options{})
	ctx := context.Background()
	qs := []PassageQuery{
		{Text: "Will I have to pay import duties in the US?", Lang: "en", Country: "US", Prefer: []string{"policy:shipping"}},
		{Text: "¿Cuánto cuesta el envío a México?", Lang: "es", Country: "MX", Prefer: []string{"policy:shipping"}},
		{Text: "Quanto custa o envio para o Brasil?", Lang: "pt", Country: "BR"},
		{Text: "返品の送料はいくらですか", Lang: "ja", Country: "JP", Prefer: []string{"policy:refund"}},
	}
	if _, err := m.AnswerPassages(ctx, testShop, qs[0]); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := m.AnswerPassages(ctx, testShop, qs[i%len(qs)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// TestServiceAnswerAsksNoCountry: an entry stating rules per place (the
// payment methods name where Klarna is offered) answers a question about a
// service whole, with no country asked; a delivery, duties or return-cost
// question without one still depends on it.
func TestServiceAnswerAsksNoCountry(t *testing.T) {
	m := newTestManager(t, newFakeSource(nil, demoDocuments()), Options{})
	for _, c := range []struct {
		text, lang string
		specific   bool
	}{
		{"Can I pay with PayPal?", "en", false},
		{"Kann ich mit PayPal bezahlen?", "de", false},
		{"Welke betaalmethoden accepteren jullie?", "nl", false},
		{"Hangi ödeme yöntemlerini kabul ediyorsunuz?", "tr", false},
		{"Quais formas de pagamento vocês aceitam?", "pt-BR", false},
		{"Will I have to pay customs or import duties?", "en", true},
		{"Moet ik douanekosten of invoerrechten betalen?", "nl", true},
	} {
		got, err := m.AnswerPassages(context.Background(), testShop, PassageQuery{Text: c.text, Lang: c.lang, Kinds: []string{"faq"}, Limit: 1})
		if err != nil || len(got) == 0 {
			t.Fatalf("%q: %v %v", c.text, got, err)
		}
		if got[0].CountrySpecific != c.specific {
			t.Errorf("%q: %q country specific %v, want %v", c.text, got[0].Title, got[0].CountrySpecific, c.specific)
		}
	}
}

func TestPaymentIsCondition(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"How much is shipping to Austria if I pay with PayPal?", true},
		{"Was kostet der Versand nach Österreich, wenn ich mit Klarna zahle?", true},
		{"Can I pay the shipping with Klarna?", false},
		{"Can I pay with Klarna in Austria?", false},
		{"Do I pay customs in Norway if I pay with PayPal?", false},
	} {
		if got := PaymentIsCondition(c.text); got != c.want {
			t.Errorf("PaymentIsCondition(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

package knowledge

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestSearchDocs(t *testing.T) {
	m, _ := catalogManager(t)
	tests := []struct {
		name, query, lang  string
		wantID, wantLocale string
		snippetHas         string
	}{
		{"english policy", "how many days do I have to return an item", "en", "refund-policy", "en", "30 days"},
		{"spanish policy", "devolución de un artículo", "es", "refund-policy", "es", "devolución"},
		{"faq question weighted", "where is my package", "en", "faq-track-order", "en", "tracking link"},
		{"spanish faq variant with typo", "dónde está mi paqete", "es", "faq-track-order", "es", "seguimiento"},
		{"english fallback for untranslated faq", "gift wrapping", "es", "faq-gift-wrap", "en", "gift wrapping"},
		{"japanese policy", "返品", "ja", "refund-policy", "ja", "30日"},
		{"german shipping", "versand kostenlos", "de-AT", "shipping-policy", "de", "50 Euro"},
		{"arabic faq", "الدفع باي بال", "ar", "faq-payment", "ar", "باي بال"},
		{"snippet picks the matching sentence", "express delivery cost", "en", "shipping-policy", "en", "Express delivery arrives"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits, err := m.SearchDocs(context.Background(), testShop, tt.query, tt.lang, 3)
			if err != nil {
				t.Fatal(err)
			}
			if len(hits) == 0 {
				t.Fatal("no hits")
			}
			h := hits[0]
			if h.DocID != tt.wantID || h.Locale != tt.wantLocale {
				t.Fatalf("top = %s/%s, want %s/%s (all %+v)", h.DocID, h.Locale, tt.wantID, tt.wantLocale, hits)
			}
			if !strings.Contains(h.Snippet, tt.snippetHas) {
				t.Errorf("snippet %q lacks %q", h.Snippet, tt.snippetHas)
			}
			seen := map[string]bool{}
			for _, x := range hits {
				if seen[x.DocID] {
					t.Errorf("document %s returned twice", x.DocID)
				}
				seen[x.DocID] = true
			}
		})
	}
}

func TestSearchDocsUpdates(t *testing.T) {
	clock := &fakeClock{now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	src := newFakeSource(coreProducts(t), fixtureDocuments(t))
	m := newTestManager(t, src, Options{Now: clock.Now})
	hits, err := m.SearchDocs(context.Background(), testShop, "loyalty points", "en", 3)
	if err != nil || len(hits) != 0 {
		t.Fatalf("unexpected hits %v %v", hits, err)
	}
	src.setDocs(append(fixtureDocuments(t), Document{ID: "faq-loyalty", Kind: "faq", Locale: "en", Title: "Do you have a loyalty program?",
		Body: "Yes, you earn one loyalty point per euro spent.", Questions: []string{"How do loyalty points work?"}}))
	clock.Advance(2 * time.Second)
	hits, err = m.SearchDocs(context.Background(), testShop, "loyalty points", "en", 3)
	if err != nil || len(hits) == 0 || hits[0].DocID != "faq-loyalty" {
		t.Fatalf("new FAQ not found: %v %v", hits, err)
	}
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"One. Two! Three?", 3},
		{"返品できます。送料は無料です。", 2},
		{"هل تقبلون البطاقات؟ نعم.", 2},
		{"no punctuation", 1},
		{"", 0},
		{"Japan: €19.95, free over €200. Express is extra.", 2},
		{"Email b2b@example.com for quotes. We answer fast.", 2},
		{"Northwind Outfitters B.V. is registered. Fine.", 2},
		{"Ship to the U.S. and the UK. Done.", 2},
		{"Items, e.g. socks, are final. Really.", 2},
		{"Yes! We ship worldwide.", 2},
		{"¿Envíos a EE. UU.? Sí.", 2},
		{"Naher Osten (u. a. Vereinigte Arabische Emirate und Israel): 5–9 Werktage. Zoll fällt an.", 2},
		{"Kleine Teile, z. B. Socken, sind reduziert. Gut.", 2},
		{"Wszystkie pozostałe kraje (m.in. Szwajcaria, Norwegia): DAP. Cło płacisz Ty.", 2},
	}
	for _, tt := range tests {
		if got := SplitSentences(tt.in); len(got) != tt.want {
			t.Errorf("SplitSentences(%q) = %q, want %d parts", tt.in, got, tt.want)
		}
	}
}

func TestSplitPassages(t *testing.T) {
	body := "Shipping\nWe ship worldwide.\n\n- Item one\n- Item two\nUnited States: 4–7 business days, €14.95.\nContact: b2b@example.com."
	want := []string{"Shipping\nWe ship worldwide.", "- Item one", "- Item two", "United States: 4–7 business days, €14.95.", "Contact: b2b@example.com."}
	if got := SplitPassages(body); !slices.Equal(got, want) {
		t.Errorf("SplitPassages = %q, want %q", got, want)
	}
}

func TestLangKey(t *testing.T) {
	tests := map[string]string{"": "en", "es-MX": "es", "zh_TW": zhHant, "zh-Hant-HK": zhHant, "zh-CN": "zh", "zh-Hans": "zh", "pl-PL": "pl", "id": "id", "in": "id", "PT-br": "pt", "ja": "ja", "vi": fallbackLang, "nb-NO": "nb"}
	for in, want := range tests {
		if got := langKey(in); got != want {
			t.Errorf("langKey(%q) = %q, want %q", in, got, want)
		}
	}
}

// A Traditional Chinese shopper is not served the Simplified text as a
// translation when the shop has no zh-TW one: the answer is the original
// (which the assistant marks or machine-translates), though the search
// still finds the document through its Simplified fields.
func TestTraditionalWithoutTranslation(t *testing.T) {
	docs := []Document{
		{ID: "policy:refund", Kind: "policy", Locale: "en", Title: "Refund policy", Body: "You can return items within 30 days of delivery."},
		{ID: "policy:refund", Kind: "policy", Locale: "zh-CN", Title: "退款政策", Body: "您可以在收货后 30 天内退货。"},
	}
	m := newTestManager(t, newFakeSource(nil, docs), Options{})
	got, err := m.AnswerPassages(context.Background(), testShop, PassageQuery{Text: "可以退貨嗎？30 天", Lang: "zh-TW"})
	if err != nil || len(got) == 0 {
		t.Fatalf("no answer: %v %v", got, err)
	}
	if got[0].Locale != "en" || got[0].Translated {
		t.Errorf("answer %+v, want the English original", got[0])
	}
	hits, err := m.SearchDocs(context.Background(), testShop, "退款政策", "zh-Hant", 3)
	if err != nil || len(hits) == 0 || hits[0].DocID != "policy:refund" {
		t.Errorf("search hits %+v %v, want the refund policy", hits, err)
	}
}

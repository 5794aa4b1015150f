package knowledge

import (
	"context"
	"slices"
	"strings"
	"testing"
)

func ptr(f float64) *float64 { return &f }

func catalogManager(t *testing.T) (*Manager, *fakeSource) {
	t.Helper()
	src := newFakeSource(testCatalog(t), fixtureDocuments(t))
	return newTestManager(t, src, Options{}), src
}

func TestSearchScenarios(t *testing.T) {
	m, _ := catalogManager(t)
	tests := []struct {
		name     string
		query    string
		lang     string
		filters  Filters
		first    string   // expected top handle ("" = no expectation)
		contains []string // must be in the results
		excludes []string // must not be in the results
		empty    bool     // no results expected
	}{
		{name: "english exact", query: "leather tote bag", lang: "en", first: "leather-tote-bag"},
		{name: "typo one edit", query: "sunglases", lang: "en", first: "polarized-sunglasses"},
		{name: "typo two edits long word", query: "cashmire sweter", lang: "en", first: "cashmere-crew-sweater"},
		{name: "typo in spanish", query: "camizeta", lang: "es", contains: []string{"classic-white-cotton-tshirt", "mountain-graphic-tshirt"}},
		{name: "english plural finds singular", query: "necklaces", lang: "en", first: "gold-pendant-necklace"},
		{name: "english singular finds plural", query: "sneaker", lang: "en", first: "canvas-sneakers"},
		{name: "spanish plural", query: "vestidos", lang: "es-MX", contains: []string{"red-linen-summer-dress", "floral-midi-dress"}},
		{name: "french plural", query: "robes", lang: "fr", contains: []string{"red-linen-summer-dress", "floral-midi-dress"}},
		{name: "japanese", query: "腕時計", lang: "ja", first: "minimalist-analog-watch"},
		{name: "japanese katakana", query: "スニーカー", lang: "ja", first: "canvas-sneakers"},
		{name: "chinese", query: "连衣裙", lang: "zh-CN", contains: []string{"red-linen-summer-dress", "floral-midi-dress", "black-satin-evening-gown"}},
		{name: "chinese earrings", query: "耳环", lang: "zh-TW", first: "silver-hoop-earrings"},
		{name: "arabic", query: "ساعة", lang: "ar", first: "minimalist-analog-watch"},
		{name: "arabic two words", query: "نظارة شمسية", lang: "ar", first: "polarized-sunglasses"},
		{name: "spanish falls back to english brand words", query: "sneakers", lang: "es", first: "canvas-sneakers"},
		{name: "spanish cognate on untranslated product", query: "auriculares bluetooth", lang: "es", first: "bluetooth-wireless-earbuds"},
		{name: "vendor", query: "aloe", lang: "en", contains: []string{"argan-oil-shampoo", "hydrating-face-cream", "matte-lipstick"}},
		{name: "sku", query: "slI-2", lang: "en", first: "slim-fit-blue-jeans"},
		{name: "draft and archived never shown", query: "red dress sneakers prototype archived", lang: "en",
			excludes: []string{"prototype-red-dress", "archived-red-sneakers"}},
		{name: "nonsense", query: "xqzvkw", lang: "en", empty: true},
		{name: "color filter on variants", query: "dress", lang: "en",
			filters: Filters{Options: map[string][]string{"color": {"red"}}},
			first:   "red-linen-summer-dress", excludes: []string{"floral-midi-dress"}},
		{name: "price ceiling", query: "dress", lang: "en", filters: Filters{MaxPrice: ptr(50)},
			first: "floral-midi-dress", excludes: []string{"red-linen-summer-dress", "black-satin-evening-gown"}},
		{name: "price floor", query: "jacket", lang: "en", filters: Filters{MinPrice: ptr(200)},
			first: "leather-biker-jacket", excludes: []string{"classic-denim-jacket", "waterproof-rain-jacket"}},
		{name: "product type in shopper language", query: "cuero", lang: "es", filters: Filters{ProductType: "chaqueta"},
			first: "leather-biker-jacket", excludes: []string{"leather-tote-bag", "leather-wallet"}},
		{name: "product type plural", query: "leather", lang: "en", filters: Filters{ProductType: "Jackets"},
			first: "leather-biker-jacket", excludes: []string{"leather-tote-bag"}},
		{name: "in stock only", query: "dress", lang: "en", filters: Filters{InStockOnly: true},
			contains: []string{"red-linen-summer-dress"}, excludes: []string{"black-satin-evening-gown"}},
		{name: "exclude ids", query: "boots", lang: "en", filters: Filters{ExcludeIDs: []int64{15}},
			excludes: []string{"waterproof-hiking-boots"}, contains: []string{"leather-chelsea-boots"}},
		{name: "option value from title when product has no such option", query: "straw hat", lang: "en",
			filters: Filters{Options: map[string][]string{"color": {"straw"}}}, first: "straw-sun-hat"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits, err := m.Search(context.Background(), testShop, tt.query, tt.lang, tt.filters, 10)
			if err != nil {
				t.Fatal(err)
			}
			got := handles(hits)
			if tt.empty {
				if len(got) != 0 {
					t.Fatalf("want no results, got %v", got)
				}
				return
			}
			if tt.first != "" && (len(got) == 0 || got[0] != tt.first) {
				t.Errorf("first = %v, want %s", got, tt.first)
			}
			for _, h := range tt.contains {
				if !slices.Contains(got, h) {
					t.Errorf("results %v lack %s", got, h)
				}
			}
			for _, h := range tt.excludes {
				if slices.Contains(got, h) {
					t.Errorf("results %v contain %s", got, h)
				}
			}
		})
	}
}

func TestSearchVariantLevelFilters(t *testing.T) {
	m, _ := catalogManager(t)
	ctx := context.Background()
	tests := []struct {
		name        string
		query       string
		f           Filters
		handle      string
		wantVariant string // variant title expected for handle; "" = handle must be absent
		available   bool
	}{
		{"red variant returned", "linen dress", Filters{Options: map[string][]string{"color": {"red"}, "size": {"m"}}},
			"red-linen-summer-dress", "Red / M", true},
		{"blue variant is sold out but still listed", "linen dress", Filters{Options: map[string][]string{"color": {"blue"}}},
			"red-linen-summer-dress", "Blue / S", false},
		{"blue variant filtered when in stock only", "linen dress", Filters{Options: map[string][]string{"color": {"blue"}}, InStockOnly: true},
			"red-linen-summer-dress", "", false},
		{"price applies to the same variant as options", "cashmere", Filters{Options: map[string][]string{"size": {"l"}}, MaxPrice: ptr(160)},
			"cashmere-crew-sweater", "", false},
		{"cheaper size matches", "cashmere", Filters{Options: map[string][]string{"size": {"l"}}, MaxPrice: ptr(170)},
			"cashmere-crew-sweater", "Beige / L", true},
		{"red under 50 needs one variant both red and under 50", "dress", Filters{Options: map[string][]string{"color": {"red"}}, MaxPrice: ptr(50)},
			"red-linen-summer-dress", "", false},
		{"available variant preferred", "relaxed black jeans", Filters{},
			"relaxed-black-jeans", "28", true},
		{"several values are alternatives", "lipstick", Filters{Options: map[string][]string{"color": {"nude", "pink"}}},
			"matte-lipstick", "Pink", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits, err := m.Search(ctx, testShop, tt.query, "en", tt.f, 10)
			if err != nil {
				t.Fatal(err)
			}
			var found *Hit
			for i := range hits {
				if hits[i].Handle == tt.handle {
					found = &hits[i]
				}
			}
			if tt.wantVariant == "" {
				if found != nil {
					t.Fatalf("%s should be filtered out, got variant %q", tt.handle, found.VariantTitle)
				}
				return
			}
			if found == nil {
				t.Fatalf("%s missing from %v", tt.handle, handles(hits))
			}
			if found.VariantTitle != tt.wantVariant || found.Available != tt.available || found.VariantID == 0 {
				t.Errorf("variant = %q (id %d, available %v), want %q available %v",
					found.VariantTitle, found.VariantID, found.Available, tt.wantVariant, tt.available)
			}
		})
	}
}

func TestSearchHitLanguage(t *testing.T) {
	m, _ := catalogManager(t)
	ctx := context.Background()
	tests := []struct {
		name, query, lang, handle, title, hitLang, variantTitle string
	}{
		{"translated title", "vestido rojo", "es", "red-linen-summer-dress", "Vestido de verano de lino rojo", "es", "Rojo / S"},
		{"untranslated falls back to original", "sneakers", "es", "canvas-sneakers", "Canvas Sneakers", "en", "White / 38"},
		{"regional locale", "robe", "fr-CA", "red-linen-summer-dress", "Robe d'été en lin rouge", "fr", "Rouge / S"},
		{"arabic title", "فستان", "ar", "red-linen-summer-dress", "فستان صيفي من الكتان الأحمر", "ar", "أحمر / S"},
		{"unknown language uses original", "dress", "vi", "red-linen-summer-dress", "Red Linen Summer Dress", "en", "Red / S"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits, err := m.Search(ctx, testShop, tt.query, tt.lang, Filters{}, 10)
			if err != nil {
				t.Fatal(err)
			}
			for _, h := range hits {
				if h.Handle != tt.handle {
					continue
				}
				if h.Title != tt.title || h.Lang != tt.hitLang || h.VariantTitle != tt.variantTitle {
					t.Errorf("hit = %q lang %q variant %q, want %q lang %q variant %q", h.Title, h.Lang, h.VariantTitle, tt.title, tt.hitLang, tt.variantTitle)
				}
				if h.Currency != "EUR" || h.URL != "/products/"+tt.handle || !strings.HasSuffix(h.ImageURL, tt.handle+".jpg") {
					t.Errorf("hit fields = %+v", h)
				}
				return
			}
			t.Fatalf("%s missing from %v", tt.handle, handles(hits))
		})
	}
}

// twin returns two products identical in text so ranking differences come
// only from popularity and availability.
func twin(id int64, handle string, pop float64, available bool) Product {
	return Product{
		ID: id, Handle: handle, Title: "Alpaca Throw", Description: "Soft alpaca throw.", ProductType: "Throw",
		Status: "active", Popularity: pop, URL: "/products/" + handle,
		Options:  []Option{{Name: "Color", Values: []string{"Ivory"}}},
		Variants: []Variant{{ID: id * 10, Title: "Ivory", Price: 80, Options: map[string]string{"Color": "Ivory"}, Available: available}},
	}
}

func TestRankingPopularityAndAvailability(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name     string
		products []Product
		f        Filters
		want     []string
	}{
		{"more popular first", []Product{twin(1, "quiet", 2, true), twin(2, "bestseller", 500, true)}, Filters{}, []string{"bestseller", "quiet"}},
		{"log scale keeps a modest lead", []Product{twin(1, "a", 0, true), twin(2, "b", 1, true), twin(3, "c", 10000, true)}, Filters{}, []string{"c", "b", "a"}},
		{"out of stock demoted below less popular", []Product{twin(1, "popular-oos", 1000, false), twin(2, "niche", 3, true)}, Filters{}, []string{"niche", "popular-oos"}},
		{"out of stock filtered", []Product{twin(1, "popular-oos", 1000, false), twin(2, "niche", 3, true)}, Filters{InStockOnly: true}, []string{"niche"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newTestManager(t, newFakeSource(tt.products, nil), Options{})
			hits, err := m.Search(ctx, testShop, "alpaca throws", "en", tt.f, 10)
			if err != nil {
				t.Fatal(err)
			}
			if got := handles(hits); !slices.Equal(got, tt.want) {
				t.Errorf("order = %v, want %v", got, tt.want)
			}
			for i := 1; i < len(hits); i++ {
				if hits[i].Score > hits[i-1].Score {
					t.Errorf("scores not descending: %v", hits)
				}
			}
		})
	}
}

func TestRecommend(t *testing.T) {
	m, _ := catalogManager(t)
	ctx := context.Background()
	t.Run("empty query lists popular in-stock products", func(t *testing.T) {
		hits, err := m.Recommend(ctx, testShop, RecommendRequest{Lang: "es", Limit: 3})
		if err != nil {
			t.Fatal(err)
		}
		// Classic tee (900) is the most popular active product; the draft and
		// archived products (5000) never appear; running shoes (700) have an
		// available blue variant.
		if got := handles(hits); !slices.Equal(got, []string{"classic-white-cotton-tshirt", "lightweight-running-shoes", "bluetooth-wireless-earbuds"}) {
			t.Errorf("got %v", got)
		}
		if hits[0].Title != "Camiseta clásica de algodón" || hits[1].VariantTitle != "Azul / 38" {
			t.Errorf("hits not localized: %+v", hits[:2])
		}
	})
	t.Run("empty query with filters", func(t *testing.T) {
		hits, err := m.Recommend(ctx, testShop, RecommendRequest{Lang: "en", Limit: 5,
			Filters: Filters{Options: map[string][]string{"color": {"red"}}, MaxPrice: ptr(40), ProductType: "hats"}})
		if err != nil {
			t.Fatal(err)
		}
		if got := handles(hits); !slices.Equal(got, []string{"wool-beanie"}) || hits[0].VariantTitle != "Red" {
			t.Errorf("got %v", hits)
		}
	})
	t.Run("sold-out products are never recommended", func(t *testing.T) {
		hits, err := m.Recommend(ctx, testShop, RecommendRequest{Query: "evening gown dress", Lang: "en"})
		if err != nil {
			t.Fatal(err)
		}
		got := handles(hits)
		if slices.Contains(got, "black-satin-evening-gown") || !slices.Contains(got, "red-linen-summer-dress") {
			t.Errorf("got %v", got)
		}
	})
	t.Run("similar to seeds", func(t *testing.T) {
		hits, err := m.Recommend(ctx, testShop, RecommendRequest{Lang: "fr", Limit: 4, SeedProductIDs: []int64{6}})
		if err != nil {
			t.Fatal(err)
		}
		got := handles(hits)
		if len(got) != 4 || got[0] != "relaxed-black-jeans" || slices.Contains(got, "slim-fit-blue-jeans") {
			t.Errorf("got %v", got)
		}
		if hits[0].Title != "Jean noir décontracté" {
			t.Errorf("title = %q", hits[0].Title)
		}
	})
}

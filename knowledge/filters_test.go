package knowledge

import (
	"context"
	"fmt"
	"slices"
	"testing"
)

// priced is a throw with one variant per (colour, price, availability).
func priced(id int64, pop float64, variants ...Variant) Product {
	p := Product{ID: id, Handle: fmt.Sprintf("throw-%d", id), Title: "Alpaca Throw", Description: "Soft alpaca throw.",
		ProductType: "Throw", Status: "active", Popularity: pop, URL: fmt.Sprintf("/products/throw-%d", id)}
	var colors []string
	for i := range variants {
		variants[i].ID = id*10 + int64(i)
		colors = append(colors, variants[i].Options["Color"])
	}
	p.Options = []Option{{Name: "Color", Values: colors}}
	p.Variants = variants
	return p
}

func variant(color string, price float64, available bool) Variant {
	return Variant{Title: color, Price: price, Options: map[string]string{"Color": color}, Available: available}
}

// Price bounds are inclusive and apply per variant: a hit carries a variant
// that satisfies every filter, never one that does not.
func TestSearchPriceAndOptionFilters(t *testing.T) {
	ctx := context.Background()
	products := []Product{
		priced(1, 10, variant("Forest", 20, true), variant("Ivory", 45, true)),
		priced(2, 20, variant("Navy", 30, true), variant("Charcoal", 60, false)),
		priced(3, 30, variant("Glacier Blue", 19.99, true)),
		priced(4, 40, variant("Red", 100, true)),
	}
	m := newTestManager(t, newFakeSource(products, nil), Options{})
	tests := []struct {
		name string
		f    Filters
		want map[string]string // handle → colour of the variant carried
	}{
		{"min and max inclusive", Filters{MinPrice: ptr(20), MaxPrice: ptr(30)},
			map[string]string{"throw-1": "Forest", "throw-2": "Navy"}},
		{"a cent under the bound", Filters{MaxPrice: ptr(19.99)}, map[string]string{"throw-3": "Glacier Blue"}},
		{"floor only", Filters{MinPrice: ptr(45)}, map[string]string{"throw-1": "Ivory", "throw-2": "Charcoal", "throw-4": "Red"}},
		{"floor, in stock", Filters{MinPrice: ptr(45), InStockOnly: true}, map[string]string{"throw-1": "Ivory", "throw-4": "Red"}},
		// Shades: shops name colours, shoppers ask for the basic one.
		{"green finds forest", Filters{Options: map[string][]string{"color": {"green"}}}, map[string]string{"throw-1": "Forest"}},
		{"blue finds navy and glacier blue", Filters{Options: map[string][]string{"color": {"blue"}}},
			map[string]string{"throw-2": "Navy", "throw-3": "Glacier Blue"}},
		{"grey finds charcoal", Filters{Options: map[string][]string{"color": {"grey"}}}, map[string]string{"throw-2": "Charcoal"}},
		{"colour and price together", Filters{Options: map[string][]string{"color": {"blue"}}, MaxPrice: ptr(25)},
			map[string]string{"throw-3": "Glacier Blue"}},
		{"no variant satisfies both", Filters{Options: map[string][]string{"color": {"red"}}, MaxPrice: ptr(50)}, map[string]string{}},
		{"excluded ids", Filters{ExcludeIDs: []int64{1, 2, 3}}, map[string]string{"throw-4": "Red"}},
	}
	for _, tt := range tests {
		hits, err := m.Search(ctx, testShop, "alpaca throw", "en", tt.f, 10)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		for _, h := range hits {
			got[h.Handle] = h.VariantTitle
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%s: hits %v, want %v", tt.name, got, tt.want)
		}
		for _, h := range hits {
			if (tt.f.MinPrice != nil && h.Price < *tt.f.MinPrice) || (tt.f.MaxPrice != nil && h.Price > *tt.f.MaxPrice) {
				t.Errorf("%s: %s carries a variant at %.2f outside the bounds", tt.name, h.Handle, h.Price)
			}
			if tt.f.InStockOnly && !h.Available {
				t.Errorf("%s: %s carries a sold-out variant", tt.name, h.Handle)
			}
		}
	}
}

func TestColorMatches(t *testing.T) {
	tests := []struct {
		value, color string
		want         bool
	}{
		{"Green", "green", true},
		{"FOREST", "green", true},
		{"Forest", "blue", false},
		{"Navy", "blue", true},
		{"Navy", "navy", true},
		{"Glacier Blue", "blue", true},
		{"Matte Black", "black", true},
		{"Teal", "blue", true},
		{"Teal", "green", true},
		{"Charcoal", "grey", true},
		{"Gray", "grey", true},
		{"Khaki", "beige", true},
		{"Red", "blue", false},
		{"Redwood", "red", false},
		{"", "red", false},
	}
	for _, tt := range tests {
		if got := ColorMatches(tt.value, tt.color); got != tt.want {
			t.Errorf("ColorMatches(%q, %q) = %v, want %v", tt.value, tt.color, got, tt.want)
		}
	}
}

// The limit defaults when unset and is capped; an empty query lists the
// shop's products by popularity, as many as asked.
func TestSearchLimits(t *testing.T) {
	ctx := context.Background()
	m := newTestManager(t, newFakeSource(generatedProducts(150, 1000, false), nil), Options{})
	tests := []struct{ limit, want int }{
		{0, defaultLimit},
		{-3, defaultLimit},
		{5, 5},
		{maxLimit, maxLimit},
		{maxLimit * 10, maxLimit},
	}
	for _, tt := range tests {
		hits, err := m.Search(ctx, testShop, "", "en", Filters{}, tt.limit)
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) != tt.want {
			t.Errorf("limit %d: %d hits, want %d", tt.limit, len(hits), tt.want)
		}
		pops := make([]float64, len(hits))
		for i, h := range hits {
			pops[i] = generatedPopularity(h.ProductID)
		}
		if !slices.IsSortedFunc(pops, func(a, b float64) int {
			switch {
			case a > b:
				return -1
			case a < b:
				return 1
			}
			return 0
		}) {
			t.Errorf("limit %d: popularity not descending: %v", tt.limit, pops)
		}
	}
}

// generatedPopularity is generatedProducts' popularity of product id
// (first id 1000).
func generatedPopularity(id int64) float64 { return float64((int(id-1000) * 7919) % 97) }

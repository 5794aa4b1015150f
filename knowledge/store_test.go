package knowledge

import (
	"errors"
	"reflect"
	"testing"
	"time"
)

func TestProductRecordRoundTrip(t *testing.T) {
	core := coreProducts(t)
	tests := []struct {
		name string
		p    Product
	}{
		{"zero", Product{}},
		{"core with translations", core[0]},
		{"core sold out", core[len(core)-1]},
		{"empty but not nil", Product{ID: -7, Tags: []string{}, Options: []Option{{Name: "Size", Values: []string{}}},
			Variants: []Variant{{Options: map[string]string{}}}, Translations: map[string]Translation{"fr": {OptionValues: map[string]string{}}},
			Collections: []string{}}},
		{"unicode and numbers", Product{ID: 1 << 60, Title: "ワンピース «été» 👗", Description: "α\x00β", Popularity: 12.5,
			UpdatedAt: time.Date(2026, 3, 4, 5, 6, 7, 8, time.UTC),
			Variants: []Variant{{ID: 9, Price: 19.99, CompareAtPrice: 25, Available: true, Inventory: -3, Grams: 780,
				Options: map[string]string{"Color": "Rojo", "Talla": "M"}}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := decodeProduct(encodeProduct(nil, &tt.p))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(*got, tt.p) {
				t.Errorf("round trip changed the product:\n got %#v\nwant %#v", *got, tt.p)
			}
		})
	}
}

// TestCorruptRecordIsAnError: a damaged or short record is an error,
// never a panic or a silently wrong product.
func TestCorruptRecordIsAnError(t *testing.T) {
	p := coreProducts(t)[0]
	rec := encodeProduct(nil, &p)
	for n := range len(rec) {
		if _, err := decodeProduct(rec[:n]); !errors.Is(err, errCorruptRecord) {
			t.Fatalf("record cut at %d of %d: err = %v", n, len(rec), err)
		}
	}
	if _, err := decodeProduct(append(rec, 0)); !errors.Is(err, errCorruptRecord) {
		t.Errorf("trailing byte: err = %v", err)
	}
}

func TestProductStore(t *testing.T) {
	st, err := newProductStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	products := coreProducts(t)[:5]
	var locs []storeLoc
	w := st.writer()
	for i := range products[:3] {
		loc, err := w.put(&products[i])
		if err != nil {
			t.Fatal(err)
		}
		locs = append(locs, loc)
	}
	if err := w.flush(); err != nil {
		t.Fatal(err)
	}
	for i := range products[3:] {
		loc, err := st.put(&products[3+i])
		if err != nil {
			t.Fatal(err)
		}
		locs = append(locs, loc)
	}
	for i := len(locs) - 1; i >= 0; i-- {
		got, err := st.get(locs[i])
		if err != nil {
			t.Fatal(err)
		}
		if got.ID != products[i].ID || got.Title != products[i].Title || len(got.Variants) != len(products[i].Variants) {
			t.Errorf("record %d = %d %q, want %d %q", i, got.ID, got.Title, products[i].ID, products[i].Title)
		}
	}
	name := st.f.Name()
	if err := st.close(); err != nil {
		t.Fatal(err)
	}
	if _, err := st.get(locs[0]); err == nil {
		t.Error("read from a closed store succeeded")
	}
	if _, err := st.f.Stat(); err == nil {
		t.Errorf("store file %s still open", name)
	}
}

package knowledge

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// coreProduct is the hand-written fixture format of testdata/core_products.json:
// variants are the cartesian product of the options.
type coreProduct struct {
	ID      int64                `json:"id"`
	Handle  string               `json:"handle"`
	Title   string               `json:"title"`
	Type    string               `json:"type"`
	Vendor  string               `json:"vendor"`
	Desc    string               `json:"desc"`
	Tags    []string             `json:"tags"`
	Options [][]json.RawMessage  `json:"options"`
	Price   float64              `json:"price"`
	Compare float64              `json:"compare"`
	Delta   map[string]float64   `json:"delta"`   // option value → price added
	OOS     []string             `json:"oos"`     // option values whose variants are sold out
	SoldOut bool                 `json:"soldout"` // every variant sold out
	Pop     float64              `json:"pop"`
	Status  string               `json:"status"`
	TR      map[string][3]string `json:"tr"` // locale → title, description, type
}

var fixtureLocales = []string{"en", "es", "fr", "de", "ja", "zh", "ar"}

func loadJSON(t testing.TB, name string, v any) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("parse %s: %v", name, err)
	}
}

// coreProducts loads the ~40 realistic products with their translations.
func coreProducts(t testing.TB) []Product {
	t.Helper()
	var raw []coreProduct
	loadJSON(t, "core_products.json", &raw)
	var optionValues map[string]map[string]string
	loadJSON(t, "option_values.json", &optionValues)
	out := make([]Product, 0, len(raw))
	for _, c := range raw {
		p := Product{
			ID: c.ID, Handle: c.Handle, Title: c.Title, Description: c.Desc, Vendor: c.Vendor,
			ProductType: c.Type, Tags: c.Tags, Status: c.Status, Popularity: c.Pop,
			URL: "/products/" + c.Handle, ImageURL: "https://cdn.example.com/" + c.Handle + ".jpg",
			UpdatedAt: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC),
		}
		if p.Status == "" {
			p.Status = "active"
		}
		for _, o := range c.Options {
			var name string
			var vals []string
			if err := json.Unmarshal(o[0], &name); err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(o[1], &vals); err != nil {
				t.Fatal(err)
			}
			p.Options = append(p.Options, Option{Name: name, Values: vals})
		}
		p.Variants = cartesianVariants(p, c)
		p.Translations = map[string]Translation{}
		for loc, tr := range c.TR {
			ov := map[string]string{}
			for _, o := range p.Options {
				for _, v := range o.Values {
					if t, ok := optionValues[loc][v]; ok {
						ov[v] = t
					}
				}
			}
			p.Translations[loc] = Translation{Title: tr[0], Description: tr[1], ProductType: tr[2], OptionValues: ov}
		}
		out = append(out, p)
	}
	return out
}

func cartesianVariants(p Product, c coreProduct) []Variant {
	combos := []map[string]string{{}}
	for _, o := range p.Options {
		var next []map[string]string
		for _, base := range combos {
			for _, v := range o.Values {
				m := map[string]string{o.Name: v}
				for k, x := range base {
					m[k] = x
				}
				next = append(next, m)
			}
		}
		combos = next
	}
	var vs []Variant
	for i, combo := range combos {
		v := Variant{
			ID: p.ID*100 + int64(i+1), SKU: fmt.Sprintf("%s-%d", strings.ToUpper(p.Handle[:3]), i+1),
			Price: c.Price, CompareAtPrice: c.Compare, Options: combo, Available: !c.SoldOut, Inventory: 5,
		}
		var title []string
		for _, o := range p.Options {
			title = append(title, combo[o.Name])
			v.Price += c.Delta[combo[o.Name]]
			for _, oos := range c.OOS {
				if combo[o.Name] == oos {
					v.Available = false
				}
			}
		}
		if len(title) == 0 {
			title = []string{"Default Title"}
		}
		v.Title = strings.Join(title, " / ")
		if !v.Available {
			v.Inventory = 0
		}
		vs = append(vs, v)
	}
	return vs
}

// Vocabulary of the generated catalog. The "home" set shares no product
// nouns with the core catalog so relevance judgments over the core stay
// complete; the "apparel" set (benchmarks) overlaps it on purpose.
var (
	homeNouns = []string{"Mug", "Notebook", "Candle", "Poster", "Cushion", "Blanket", "Vase", "Lamp", "Planter", "Coaster Set",
		"Pen", "Desk Organizer", "Cutting Board", "Tea Towel", "Water Bottle", "Picture Frame", "Wall Clock", "Doormat", "Serving Tray", "Storage Basket"}
	homeNounsES = []string{"Taza", "Cuaderno", "Vela", "Póster", "Cojín", "Manta", "Jarrón", "Lámpara", "Maceta", "Posavasos",
		"Bolígrafo", "Organizador de escritorio", "Tabla de cortar", "Paño de cocina", "Botella de agua", "Marco de fotos", "Reloj de pared", "Felpudo", "Bandeja", "Cesta"}
	apparelNouns = []string{"Dress", "T-Shirt", "Jeans", "Jacket", "Sneakers", "Boots", "Sweater", "Hoodie", "Scarf", "Backpack",
		"Skirt", "Blouse", "Coat", "Shorts", "Sandals", "Cap", "Belt", "Gloves", "Pajamas", "Vest"}
	apparelNounsES = []string{"Vestido", "Camiseta", "Vaqueros", "Chaqueta", "Zapatillas", "Botas", "Jersey", "Sudadera", "Bufanda", "Mochila",
		"Falda", "Blusa", "Abrigo", "Pantalones cortos", "Sandalias", "Gorra", "Cinturón", "Guantes", "Pijama", "Chaleco"}
	genAdjectives   = []string{"Ceramic", "Bamboo", "Recycled", "Handmade", "Nordic", "Vintage", "Minimal", "Rustic", "Marbled", "Speckled", "Woven", "Glazed"}
	genAdjectivesES = []string{"cerámico", "de bambú", "reciclado", "artesanal", "nórdico", "vintage", "minimalista", "rústico", "marmolado", "moteado", "tejido", "esmaltado"}
	homeColors      = []string{"Terracotta", "Sage", "Charcoal", "Ivory", "Ochre"}
	apparelColors   = []string{"Red", "Blue", "Black", "White", "Green", "Gray"}
	genVendors      = []string{"Casa Verde", "Fjord Home", "Atelier Nine", "Mori Studio", "Kiln & Co"}
)

// generatedProducts builds n deterministic products starting at id.
func generatedProducts(n int, firstID int64, apparel bool) []Product {
	nouns, nounsES, colors := homeNouns, homeNounsES, homeColors
	if apparel {
		nouns, nounsES, colors = apparelNouns, apparelNounsES, apparelColors
	}
	out := make([]Product, 0, n)
	for i := 0; i < n; i++ {
		id := firstID + int64(i)
		ni, ai := i%len(nouns), (i/len(nouns))%len(genAdjectives)
		title := fmt.Sprintf("%s %s No. %d", genAdjectives[ai], nouns[ni], i)
		p := Product{
			ID: id, Handle: fmt.Sprintf("gen-%d", id), Title: title, Status: "active",
			Description: fmt.Sprintf("A %s %s made by %s. Item number %d of our everyday collection.",
				strings.ToLower(genAdjectives[ai]), strings.ToLower(nouns[ni]), genVendors[i%len(genVendors)], i),
			Vendor: genVendors[i%len(genVendors)], ProductType: nouns[ni], Tags: []string{"everyday", strings.ToLower(genAdjectives[ai])},
			URL: fmt.Sprintf("/products/gen-%d", id), Popularity: float64((i * 7919) % 97),
			Options: []Option{{Name: "Color", Values: []string{colors[i%len(colors)], colors[(i+1)%len(colors)]}}},
		}
		for j, c := range p.Options[0].Values {
			p.Variants = append(p.Variants, Variant{
				ID: id*10 + int64(j), Title: c, SKU: fmt.Sprintf("GEN-%d-%d", id, j),
				Price: float64(10 + (i*13+j*5)%140), Options: map[string]string{"Color": c},
				Available: (i+j)%11 != 0, Inventory: (i + j) % 20,
			})
		}
		if i%3 == 0 {
			p.Translations = map[string]Translation{"es": {
				Title:       fmt.Sprintf("%s %s n.º %d", nounsES[ni], genAdjectivesES[ai], i),
				Description: fmt.Sprintf("%s %s de nuestra colección diaria.", nounsES[ni], genAdjectivesES[ai]),
				ProductType: nounsES[ni],
			}}
		}
		out = append(out, p)
	}
	return out
}

func fixtureDocuments(t testing.TB) []Document {
	t.Helper()
	var docs []Document
	loadJSON(t, "documents.json", &docs)
	return docs
}

// fakeSource is an in-memory Source with a change log, standing in for the
// database. Every mutation bumps the catalog version.
type fakeSource struct {
	mu        sync.Mutex
	currency  string
	locales   []string
	version   int64
	products  map[int64]Product
	changedAt map[int64]int64
	deletedAt map[int64]int64
	docs      []Document
	docsAt    int64
	delay     time.Duration
	fail      error

	loads, changes, checks atomic.Int64
}

func newFakeSource(products []Product, docs []Document) *fakeSource {
	s := &fakeSource{
		currency: "EUR", locales: fixtureLocales, version: 1,
		products: map[int64]Product{}, changedAt: map[int64]int64{}, deletedAt: map[int64]int64{},
		docs: docs, docsAt: 1,
	}
	for _, p := range products {
		s.products[p.ID] = p
		s.changedAt[p.ID] = 1
	}
	return s
}

func (s *fakeSource) CatalogVersion(ctx context.Context, shop string) (int64, error) {
	s.checks.Add(1)
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.fail != nil {
		return 0, s.fail
	}
	return s.version, nil
}

func (s *fakeSource) LoadCorpus(ctx context.Context, shop string) (*Corpus, int64, error) {
	s.loads.Add(1)
	if s.delay > 0 {
		time.Sleep(s.delay)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.fail != nil {
		return nil, 0, s.fail
	}
	c := &Corpus{Shop: shop, Currency: s.currency, Locales: s.locales, Documents: append([]Document(nil), s.docs...)}
	ids := make([]int64, 0, len(s.products))
	for id := range s.products {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	for _, id := range ids {
		c.Products = append(c.Products, s.products[id])
	}
	return c, s.version, nil
}

func (s *fakeSource) ChangedSince(ctx context.Context, shop string, version int64) ([]Product, []int64, []Document, int64, error) {
	s.changes.Add(1)
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.fail != nil {
		return nil, nil, nil, 0, s.fail
	}
	var changed []Product
	for id, v := range s.changedAt {
		if v > version {
			changed = append(changed, s.products[id])
		}
	}
	var deleted []int64
	for id, v := range s.deletedAt {
		if v > version {
			deleted = append(deleted, id)
		}
	}
	var docs []Document
	if s.docsAt > version {
		docs = append([]Document{}, s.docs...)
	}
	return changed, deleted, docs, s.version, nil
}

func (s *fakeSource) upsert(ps ...Product) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.version++
	for _, p := range ps {
		s.products[p.ID] = p
		s.changedAt[p.ID] = s.version
		delete(s.deletedAt, p.ID)
	}
}

func (s *fakeSource) remove(ids ...int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.version++
	for _, id := range ids {
		delete(s.products, id)
		delete(s.changedAt, id)
		s.deletedAt[id] = s.version
	}
}

func (s *fakeSource) setDocs(docs []Document) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.version++
	s.docs, s.docsAt = docs, s.version
}

func (s *fakeSource) product(id int64) Product {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.products[id]
}

// fakeClock lets tests move past the version-check interval instantly.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

const testShop = "demo.myshopify.com"

// testCatalog is the core catalog plus 300 generated home products.
func testCatalog(t testing.TB) []Product {
	return append(coreProducts(t), generatedProducts(300, 1000, false)...)
}

func newTestManager(t testing.TB, src Source, opts Options) *Manager {
	t.Helper()
	m := NewManager(src, opts)
	t.Cleanup(func() { _ = m.Close() })
	return m
}

func handles(hits []Hit) []string {
	out := make([]string, len(hits))
	for i, h := range hits {
		out[i] = h.Handle
	}
	return out
}

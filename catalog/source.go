package catalog

import (
	"context"
	"fmt"
	"strconv"
	"sync"
	"time"

	"shopassist/db"
	"shopassist/knowledge"
)

// popularityWindow is how far back order counts feed the ranking boost.
const popularityWindow = 90 * 24 * time.Hour

// corpusPage is how many products LoadCorpus reads per query.
const corpusPage = 1000

// IndexSource is the knowledge index's view of the database
// (knowledge.Source). Product and variant ids it hands out are Shopify ids,
// so search hits link to real products and add-to-cart works.
type IndexSource struct {
	store *db.Store
	now   func() time.Time

	// docFP remembers, per shop, the documents fingerprint at the version
	// last answered, so ChangedSince resends documents only when they
	// changed. Unknown → resend: correctness never depends on it.
	mu    sync.Mutex
	docFP map[string]docMark
}

type docMark struct {
	version int64
	fp      string
}

var (
	_ knowledge.Source      = (*IndexSource)(nil)
	_ knowledge.CorpusPager = (*IndexSource)(nil)
)

// NewIndexSource returns a Source over store; now may be nil (time.Now).
func NewIndexSource(store *db.Store, now func() time.Time) *IndexSource {
	if now == nil {
		now = time.Now
	}
	return &IndexSource{store: store, now: now, docFP: map[string]docMark{}}
}

// CatalogVersion reads shops.catalog_version.
func (s *IndexSource) CatalogVersion(ctx context.Context, shop string) (int64, error) {
	_, v, err := s.store.ShopCatalogVersion(ctx, shop)
	return v, err
}

// LoadCorpus reads every live product (with variants and translations),
// the documents and the shop's currency and locales. The version is read
// first, so anything written meanwhile is picked up by the next
// ChangedSince (applying a product twice is harmless).
func (s *IndexSource) LoadCorpus(ctx context.Context, shop string) (*knowledge.Corpus, int64, error) {
	var products []knowledge.Product
	c, version, err := s.LoadCorpusPages(ctx, shop, func(_ *knowledge.Corpus, page []knowledge.Product) error {
		products = append(products, page...)
		return nil
	})
	if err != nil {
		return nil, 0, err
	}
	c.Products = products
	return c, version, nil
}

// LoadCorpusPages is LoadCorpus handing the products over corpusPage at a
// time (knowledge.CorpusPager), so the index build never holds the whole
// catalog.
func (s *IndexSource) LoadCorpusPages(ctx context.Context, shop string, page func(*knowledge.Corpus, []knowledge.Product) error) (*knowledge.Corpus, int64, error) {
	row, err := s.store.GetShop(ctx, shop)
	if err != nil {
		return nil, 0, err
	}
	version := row.CatalogVersion
	pop, err := s.store.ProductPopularity(ctx, row.ID, s.now().Add(-popularityWindow))
	if err != nil {
		return nil, 0, err
	}
	c := &knowledge.Corpus{Shop: shop, Currency: row.Currency, Locales: shopLocales(row)}
	var after int64
	for {
		rows, err := s.store.ScanProducts(ctx, row.ID, after, corpusPage)
		if err != nil {
			return nil, 0, err
		}
		if len(rows) > 0 {
			products := make([]knowledge.Product, len(rows))
			for i := range rows {
				products[i] = toKnowledgeProduct(&rows[i], pop)
			}
			if err := page(c, products); err != nil {
				return nil, 0, err
			}
		}
		if len(rows) < corpusPage {
			break
		}
		after = rows[len(rows)-1].ID
	}
	if c.Documents, err = s.documents(ctx, shop, row.ID, version); err != nil {
		return nil, 0, err
	}
	return c, version, nil
}

// ChangedSince returns products stamped after version (tombstones become
// deletedIDs), and the full document set when documents changed.
func (s *IndexSource) ChangedSince(ctx context.Context, shop string, version int64) ([]knowledge.Product, []int64, []knowledge.Document, int64, error) {
	shopID, now, err := s.store.ShopCatalogVersion(ctx, shop)
	if err != nil {
		return nil, nil, nil, 0, err
	}
	rows, err := s.store.ProductsChangedSince(ctx, shopID, version)
	if err != nil {
		return nil, nil, nil, 0, err
	}
	var (
		changed []knowledge.Product
		deleted []int64
	)
	if len(rows) > 0 {
		pop, err := s.store.ProductPopularity(ctx, shopID, s.now().Add(-popularityWindow))
		if err != nil {
			return nil, nil, nil, 0, err
		}
		for i := range rows {
			if rows[i].DeletedAt != nil {
				deleted = append(deleted, rows[i].ShopifyID)
				continue
			}
			changed = append(changed, toKnowledgeProduct(&rows[i], pop))
		}
	}
	fp, err := s.store.DocumentsFingerprint(ctx, shopID)
	if err != nil {
		return nil, nil, nil, 0, err
	}
	s.mu.Lock()
	mark, known := s.docFP[shop]
	s.mu.Unlock()
	var docs []knowledge.Document
	if !known || mark.version != version || mark.fp != fp {
		if docs, err = s.documents(ctx, shop, shopID, now); err != nil {
			return nil, nil, nil, 0, err
		}
		if docs == nil {
			docs = []knowledge.Document{} // non-nil: "the set is now empty"
		}
	} else {
		s.remember(shop, now, fp)
	}
	return changed, deleted, docs, now, nil
}

// documents loads the shop's documents and remembers their fingerprint at
// version.
func (s *IndexSource) documents(ctx context.Context, shop string, shopID, version int64) ([]knowledge.Document, error) {
	fp, err := s.store.DocumentsFingerprint(ctx, shopID)
	if err != nil {
		return nil, err
	}
	rows, err := s.store.ListDocuments(ctx, shopID, "")
	if err != nil {
		return nil, err
	}
	out := make([]knowledge.Document, 0, len(rows))
	for _, d := range rows {
		out = append(out, knowledge.Document{ID: d.Kind + ":" + d.ExternalID, Kind: d.Kind, Title: d.Title,
			Body: d.Body, URL: d.URL, Locale: d.Locale, Questions: d.Questions.V})
	}
	s.remember(shop, version, fp)
	return out, nil
}

func (s *IndexSource) remember(shop string, version int64, fp string) {
	s.mu.Lock()
	s.docFP[shop] = docMark{version: version, fp: fp}
	s.mu.Unlock()
}

// shopLocales lists the primary locale first, then the others.
func shopLocales(row *db.Shop) []string {
	primary := row.PrimaryLocale
	if primary == "" {
		primary = "en"
	}
	out := []string{primary}
	for _, l := range row.Locales.V {
		if l != primary {
			out = append(out, l)
		}
	}
	return out
}

// toKnowledgeProduct converts a stored product; pop is units ordered by
// Shopify product id.
func toKnowledgeProduct(p *db.Product, pop map[int64]float64) knowledge.Product {
	k := knowledge.Product{
		ID:          p.ShopifyID,
		Handle:      p.Handle,
		Title:       p.Title,
		Description: p.Description,
		Vendor:      p.Vendor,
		ProductType: p.ProductType,
		URL:         p.OnlineStoreURL,
		Status:      p.Status,
		Tags:        p.Tags.V,
		Collections: p.Collections.V,
		Popularity:  pop[p.ShopifyID],
		UpdatedAt:   p.UpdatedAt,
	}
	if k.URL == "" && p.Handle != "" {
		k.URL = "/products/" + p.Handle
	}
	if len(p.Images.V) > 0 {
		k.ImageURL = p.Images.V[0].Src
	}
	names := make([]string, 0, len(p.Options.V))
	for _, o := range p.Options.V {
		k.Options = append(k.Options, knowledge.Option{Name: o.Name, Values: o.Values})
		names = append(names, o.Name)
	}
	for _, v := range p.Variants {
		kv := knowledge.Variant{ID: v.ShopifyID, Title: v.Title, SKU: v.SKU, Price: money(v.Price),
			CompareAtPrice: money(v.CompareAtPrice), Available: v.Available, Inventory: v.InventoryQuantity,
			Grams: v.Grams, Options: map[string]string{}}
		for i, val := range []string{v.Option1, v.Option2, v.Option3} {
			if val == "" {
				continue
			}
			name := fmt.Sprintf("Option%d", i+1)
			if i < len(names) {
				name = names[i]
			}
			kv.Options[name] = val
		}
		k.Variants = append(k.Variants, kv)
	}
	if len(p.Translations) > 0 {
		k.Translations = make(map[string]knowledge.Translation, len(p.Translations))
		for _, t := range p.Translations {
			k.Translations[t.Locale] = knowledge.Translation{Title: t.Title, Description: t.Description,
				ProductType: t.ProductType, OptionValues: t.OptionValues.V}
		}
	}
	return k
}

// money parses a decimal price; an empty or malformed one is 0.
func money(s string) float64 {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0
	}
	return f
}

package knowledge

import (
	"context"
	"time"
)

// Product is one catalog product as the database holds it. Text fields are in
// the shop's primary language; Translations carry the other locales.
type Product struct {
	ID          int64
	Handle      string
	Title       string
	Description string // plain text, HTML already stripped
	Vendor      string
	ProductType string
	URL         string
	ImageURL    string
	Status      string // only "active" products are searchable
	Tags        []string
	Options     []Option
	Variants    []Variant
	// Translations maps a locale ("es", "pt-BR") to the product's text in it.
	Translations map[string]Translation
	Collections  []string
	// Popularity is a demand signal such as units ordered in the last 90
	// days; it is log-scaled before it boosts ranking.
	Popularity float64
	UpdatedAt  time.Time
}

// Option is a product option such as Color with its possible values.
type Option struct {
	Name   string
	Values []string
}

// Variant is one purchasable variant of a product.
type Variant struct {
	ID             int64
	Title          string
	SKU            string
	Price          float64
	CompareAtPrice float64
	Options        map[string]string // option name → value, e.g. "Color": "Red"
	Available      bool
	Inventory      int
	// Grams is the shipping weight (0: unknown).
	Grams int
}

// Translation is a product's text in one locale.
type Translation struct {
	Title       string
	Description string
	ProductType string
	// OptionValues maps an option value in the primary language to its
	// translation, e.g. "Red" → "Rojo".
	OptionValues map[string]string
}

// Document is a policy, page or FAQ entry in one locale.
type Document struct {
	ID        string
	Kind      string // "policy", "page" or "faq"
	Title     string
	Body      string
	URL       string
	Locale    string
	Questions []string // alternative phrasings of an FAQ question
}

// Corpus is everything the index needs about one shop.
type Corpus struct {
	Shop     string
	Currency string
	// Locales lists the shop's locales, the primary (original) one first.
	Locales   []string
	Products  []Product
	Documents []Document
}

// Source is the index's view of the database. Versions are opaque,
// monotonically increasing numbers that move whenever a product or document
// of the shop changes.
type Source interface {
	// CatalogVersion is the cheap check made before searches.
	CatalogVersion(ctx context.Context, shop string) (int64, error)
	// LoadCorpus returns the whole shop and the version it reflects.
	LoadCorpus(ctx context.Context, shop string) (*Corpus, int64, error)
	// ChangedSince returns products changed after version (in any status;
	// non-active ones leave the index), IDs of deleted products, the full
	// document set when any document changed (nil otherwise) and the
	// version the answer reflects.
	ChangedSince(ctx context.Context, shop string, version int64) (changed []Product, deletedIDs []int64, docs []Document, newVersion int64, err error)
}

// CorpusPager is implemented by a Source that can hand a shop's products
// over in pages. A full build then never holds the whole catalog: each
// product becomes a compact entry as it arrives, and a large catalog's
// full products go straight to the index's on-disk store. Without it the
// Manager uses LoadCorpus.
type CorpusPager interface {
	// LoadCorpusPages is LoadCorpus with the products passed to page in
	// successive batches instead of in the returned Corpus (whose Products
	// is empty). header carries Shop, Currency and Locales; page may keep
	// the batch it is given, and an error from it stops the load and is
	// returned.
	LoadCorpusPages(ctx context.Context, shop string, page func(header *Corpus, products []Product) error) (*Corpus, int64, error)
}

// Filters restrict a product search. Option names and values are the
// canonical lowercase values of the shop's primary language (the NLU maps
// "rojo" to "red").
type Filters struct {
	MinPrice    *float64
	MaxPrice    *float64
	Options     map[string][]string // e.g. "color": {"red"}, "size": {"m"}
	ProductType string
	// Words, when set, keeps products whose title or tags carry all of
	// them ("waterproof", "boots"): attributes, or a category the catalog
	// has no product type for.
	Words       []string
	InStockOnly bool
	ExcludeIDs  []int64
}

// Hit is one product result with the variant that best matches the filters.
type Hit struct {
	ProductID      int64
	Handle         string
	Title          string // in the requested language when translated
	URL            string
	ImageURL       string
	Price          float64
	CompareAtPrice float64
	Currency       string
	VariantID      int64 // for add-to-cart
	VariantTitle   string
	Available      bool
	Score          float64
	Lang           string // language of Title and of the text preferred for matching
}

// RecommendRequest asks for products to suggest to a shopper.
type RecommendRequest struct {
	Query          string
	Lang           string
	Filters        Filters
	Limit          int
	SeedProductIDs []int64 // e.g. bought before, for "similar" suggestions
	// DisplayLang, when set, is the language titles are shown in (the
	// original language where the product has no text in it): a query
	// matched in a related language ("mochila" es for a Portuguese
	// shopper) must not show that language's titles.
	DisplayLang string
}

// DocHit is one policy, page or FAQ result.
type DocHit struct {
	DocID   string
	Kind    string
	Title   string
	Snippet string
	URL     string
	Locale  string
	Score   float64
}

package catalog

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"shopassist/db"
	"shopassist/shopdata"
)

// The JSON shapes below mirror the Admin GraphQL fields the sync selects.

type pageInfo struct {
	HasNextPage bool   `json:"hasNextPage"`
	EndCursor   string `json:"endCursor"`
}

type gqlOption struct {
	Name         string `json:"name"`
	OptionValues []struct {
		Name string `json:"name"`
	} `json:"optionValues"`
}

type gqlVariant struct {
	ID                string  `json:"id"`
	Title             string  `json:"title"`
	SKU               string  `json:"sku"`
	Price             string  `json:"price"`
	CompareAtPrice    *string `json:"compareAtPrice"`
	InventoryQuantity *int    `json:"inventoryQuantity"`
	AvailableForSale  bool    `json:"availableForSale"`
	Position          int     `json:"position"`
	SelectedOptions   []struct {
		Name  string `json:"name"`
		Value string `json:"value"`
	} `json:"selectedOptions"`
}

type gqlMedia struct {
	ID      string `json:"id"`
	Alt     string `json:"alt"`
	Preview *struct {
		Image *struct {
			URL string `json:"url"`
		} `json:"image"`
	} `json:"preview"`
}

type gqlCollection struct {
	ID     string `json:"id"`
	Handle string `json:"handle"`
	Title  string `json:"title"`
}

// gqlProduct is a product node. In bulk results the connections are absent
// and their nodes arrive as separate lines, collected into the slices.
type gqlProduct struct {
	ID              string      `json:"id"`
	Title           string      `json:"title"`
	Handle          string      `json:"handle"`
	DescriptionHTML string      `json:"descriptionHtml"`
	Vendor          string      `json:"vendor"`
	ProductType     string      `json:"productType"`
	Tags            []string    `json:"tags"`
	Status          string      `json:"status"`
	OnlineStoreURL  *string     `json:"onlineStoreUrl"`
	UpdatedAt       *time.Time  `json:"updatedAt"`
	Options         []gqlOption `json:"options"`
	Variants        struct {
		Nodes    []gqlVariant `json:"nodes"`
		PageInfo pageInfo     `json:"pageInfo"`
	} `json:"variants"`
	Media struct {
		Nodes []gqlMedia `json:"nodes"`
	} `json:"media"`
	Collections struct {
		Nodes []gqlCollection `json:"nodes"`
	} `json:"collections"`
}

type gqlTranslation struct {
	Key   string `json:"key"`
	Value string `json:"value"`
}

// gidID returns the numeric id at the end of a Shopify global id
// ("gid://shopify/Product/123" → 123).
func gidID(gid string) (int64, error) {
	i := strings.LastIndexByte(gid, '/')
	n, err := strconv.ParseInt(gid[i+1:], 10, 64)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("bad global id %q", gid)
	}
	return n, nil
}

// gidType returns the resource type of a global id ("ProductVariant").
func gidType(gid string) string {
	rest, ok := strings.CutPrefix(gid, "gid://shopify/")
	if !ok {
		return ""
	}
	t, _, _ := strings.Cut(rest, "/")
	return t
}

// toProduct converts a product node (with its variants, media and
// collections) into the database model. Translations are left nil so the
// stored ones are kept; the translations phase maintains them.
func toProduct(shopID int64, g *gqlProduct) (db.Product, error) {
	id, err := gidID(g.ID)
	if err != nil {
		return db.Product{}, err
	}
	p := db.Product{
		ShopID:           shopID,
		ShopifyID:        id,
		Handle:           g.Handle,
		Title:            g.Title,
		Description:      shopdata.HTMLToText(g.DescriptionHTML),
		BodyHTML:         g.DescriptionHTML,
		Vendor:           g.Vendor,
		ProductType:      g.ProductType,
		Tags:             db.NewJSON(nonNil(g.Tags)),
		Status:           strings.ToLower(g.Status),
		ShopifyUpdatedAt: utc(g.UpdatedAt),
	}
	if g.OnlineStoreURL != nil {
		p.OnlineStoreURL = *g.OnlineStoreURL
	}
	opts := make([]db.ProductOption, 0, len(g.Options))
	for _, o := range g.Options {
		vals := make([]string, 0, len(o.OptionValues))
		for _, v := range o.OptionValues {
			vals = append(vals, v.Name)
		}
		opts = append(opts, db.ProductOption{Name: o.Name, Values: vals})
	}
	p.Options = db.NewJSON(opts)
	imgs := make([]db.ProductImage, 0, len(g.Media.Nodes))
	for _, m := range g.Media.Nodes {
		if m.Preview != nil && m.Preview.Image != nil && m.Preview.Image.URL != "" {
			imgs = append(imgs, db.ProductImage{Src: m.Preview.Image.URL, Alt: m.Alt})
		}
	}
	p.Images = db.NewJSON(imgs)
	cols := make([]string, 0, len(g.Collections.Nodes))
	for _, c := range g.Collections.Nodes {
		cols = append(cols, c.Handle)
	}
	p.Collections = db.NewJSON(cols)
	for i, gv := range g.Variants.Nodes {
		v, err := toVariant(shopID, opts, gv)
		if err != nil {
			return db.Product{}, fmt.Errorf("product %d: %w", id, err)
		}
		if v.Position == 0 {
			v.Position = i + 1
		}
		p.Variants = append(p.Variants, v)
	}
	return p, nil
}

func toVariant(shopID int64, opts []db.ProductOption, g gqlVariant) (db.Variant, error) {
	id, err := gidID(g.ID)
	if err != nil {
		return db.Variant{}, err
	}
	v := db.Variant{ShopID: shopID, ShopifyID: id, Title: g.Title, SKU: g.SKU, Price: g.Price,
		Available: g.AvailableForSale, Position: g.Position}
	if v.Price == "" {
		v.Price = "0"
	}
	if g.CompareAtPrice != nil {
		v.CompareAtPrice = *g.CompareAtPrice
	}
	if g.InventoryQuantity != nil {
		v.InventoryQuantity = *g.InventoryQuantity
	}
	// Option1..3 follow the product's option order, as in the REST payloads
	// the webhooks store.
	slots := []*string{&v.Option1, &v.Option2, &v.Option3}
	for _, so := range g.SelectedOptions {
		for i, o := range opts {
			if i < len(slots) && o.Name == so.Name {
				*slots[i] = so.Value
			}
		}
	}
	return v, nil
}

// productHash fingerprints everything the sync writes for a product, so an
// unchanged product is not rewritten (inventory changes do not move
// Shopify's updatedAt, so that alone would miss them).
func productHash(p *db.Product) string {
	h := sha256.New()
	enc := json.NewEncoder(h)
	_ = enc.Encode([]any{p.Handle, p.Title, p.BodyHTML, p.Vendor, p.ProductType, p.Tags.V, p.Status, p.Options.V,
		p.Images.V, p.Collections.V, p.OnlineStoreURL, p.ShopifyUpdatedAt})
	for _, v := range p.Variants {
		_ = enc.Encode([]any{v.ShopifyID, v.Title, v.SKU, v.Price, v.CompareAtPrice, v.Option1, v.Option2, v.Option3,
			v.InventoryQuantity, v.Available, v.Position})
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// toTranslation maps a product's translation keys onto the model.
func toTranslation(locale string, ts []gqlTranslation) db.ProductTranslation {
	t := db.ProductTranslation{Locale: locale}
	for _, kv := range ts {
		switch kv.Key {
		case "title":
			t.Title = kv.Value
		case "body_html":
			t.Description = shopdata.HTMLToText(kv.Value)
		case "product_type":
			t.ProductType = kv.Value
		}
	}
	return t
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func utc(t *time.Time) *time.Time {
	if t == nil {
		return nil
	}
	u := t.UTC()
	return &u
}

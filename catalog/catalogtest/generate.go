// Package catalogtest generates a deterministic multilingual store catalog
// and serves it from the fake Admin API (shopifytest) the way Shopify does:
// cursor-paged products, a bulk operation with JSONL results linked by
// __parentId, shop locales, translatable resources, shop policies and pages.
// Tests mutate it (delete, update, translate) and compare what the sync
// stored against it.
package catalogtest

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
)

// Primary is the generated shop's primary locale.
const Primary = "en"

// Published are the generated shop's published non-primary locales; "it"
// exists too but is unpublished, so the sync must ignore its translations.
var Published = []string{"de", "es", "fr"}

// Unpublished is a locale with translations that is not visible to buyers.
const Unpublished = "it"

// BaseTime is the updatedAt of the first product; later ones follow by the
// minute.
var BaseTime = time.Date(2026, 10, 1, 8, 0, 0, 0, time.UTC)

// Option is a product option with its values.
type Option struct {
	Name   string
	Values []string
}

// SelectedOption is one option value of a variant.
type SelectedOption struct{ Name, Value string }

// Variant is a generated variant, in API terms.
type Variant struct {
	ID                int64
	Title, SKU        string
	Price             string
	CompareAtPrice    string // "" means null
	InventoryQuantity int
	Available         bool
	Position          int
	Selected          []SelectedOption
}

// Image is a product image (a MediaImage in the API).
type Image struct {
	ID       int64
	URL, Alt string
}

// Collection is a collection the product belongs to.
type Collection struct {
	ID            int64
	Handle, Title string
}

// Translation is a product's text in one locale, as translatableResources
// returns it (body as HTML).
type Translation struct {
	Title, BodyHTML, ProductType string
}

// Product is a generated product, in API terms.
type Product struct {
	ID              int64
	Title, Handle   string
	DescriptionHTML string
	Vendor          string
	ProductType     string
	Tags            []string
	Status          string // ACTIVE, DRAFT, ARCHIVED
	OnlineStoreURL  string // "" means null (not published to the online store)
	UpdatedAt       time.Time
	Options         []Option
	Variants        []Variant
	Images          []Image
	Collections     []Collection
	// Translations by locale, including the unpublished one.
	Translations map[string]Translation
}

// Policy is a shop policy; Translations hold translated bodies by locale.
type Policy struct {
	ID                     int64
	Type, Title, Body, URL string
	Translations           map[string]string
}

// Page is an online-store page; Translations hold title and body by locale.
type Page struct {
	ID                  int64
	Handle, Title, Body string
	Published           bool
	UpdatedAt           time.Time
	Translations        map[string]Translation
}

// Catalog is a generated store. Products are generated on demand from their
// index, so a catalog of 100,000 products costs memory only for what tests
// change. It is safe for concurrent use.
type Catalog struct {
	n int

	mu        sync.Mutex
	deleted   map[int64]bool
	overrides map[int64]*Product
	extra     []*Product // added by tests, after the generated ones
	ids       []int64    // cached IDs(), nil after a change
	policies  []Policy
	pages     []Page
	// Collection edits: renamed or created collections by id, deleted ids.
	colSet  map[int64]Collection
	colGone map[int64]bool
}

// New generates a catalog of n products (several hundred for tests).
func New(n int) *Catalog {
	c := &Catalog{n: n, deleted: map[int64]bool{}, overrides: map[int64]*Product{},
		colSet: map[int64]Collection{}, colGone: map[int64]bool{}}
	c.policies = genPolicies()
	c.pages = genPages()
	return c
}

// firstID spaces ids like Shopify's and keeps them far from variant ids.
const firstID = 8_000_000_000

// ProductID is the id of the i-th generated product.
func ProductID(i int) int64 { return firstID + int64(i)*10 }

func indexOf(id int64) (int, bool) {
	if id < firstID || (id-firstID)%10 != 0 {
		return 0, false
	}
	return int((id - firstID) / 10), true
}

// Len is the number of live products.
func (c *Catalog) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n + len(c.extra) - len(c.deleted)
}

// IDs lists the live products' ids in ascending order (the sync's sortKey).
// The slice is shared: callers must not modify it.
func (c *Catalog) IDs() []int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.ids != nil {
		return c.ids
	}
	ids := make([]int64, 0, c.n+len(c.extra))
	for i := range c.n {
		if id := ProductID(i); !c.deleted[id] {
			ids = append(ids, id)
		}
	}
	for _, p := range c.extra {
		if !c.deleted[p.ID] {
			ids = append(ids, p.ID)
		}
	}
	sort.Slice(ids, func(a, b int) bool { return ids[a] < ids[b] })
	c.ids = ids
	return ids
}

// Product returns the product with id (nil when unknown or deleted). The
// result is a copy the caller may keep.
func (c *Catalog) Product(id int64) *Product {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.productLocked(id)
}

func (c *Catalog) productLocked(id int64) *Product {
	p := c.rawProductLocked(id)
	if p != nil {
		p.Collections = c.currentCollections(p.Collections)
	}
	return p
}

func (c *Catalog) rawProductLocked(id int64) *Product {
	if c.deleted[id] {
		return nil
	}
	if p, ok := c.overrides[id]; ok {
		cp := *p
		return &cp
	}
	for _, p := range c.extra {
		if p.ID == id {
			cp := *p
			return &cp
		}
	}
	i, ok := indexOf(id)
	if !ok || i >= c.n {
		return nil
	}
	return generate(i)
}

// currentCollections applies renamed and deleted collections to a
// product's list (a new slice).
func (c *Catalog) currentCollections(cols []Collection) []Collection {
	out := make([]Collection, 0, len(cols))
	for _, col := range cols {
		if c.colGone[col.ID] {
			continue
		}
		if cur, ok := c.colSet[col.ID]; ok {
			col = cur
		}
		out = append(out, col)
	}
	return out
}

// Collections lists the shop's collections (generated ones first, then
// those tests created) in id order.
func (c *Catalog) Collections() []Collection {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []Collection
	for _, col := range collections {
		if _, ok := c.colSet[col.ID]; !ok && !c.colGone[col.ID] {
			out = append(out, col)
		}
	}
	for _, col := range c.colSet {
		if !c.colGone[col.ID] {
			out = append(out, col)
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].ID < out[b].ID })
	return out
}

// SetCollection creates a collection or renames one (same id): every
// product in it shows the new handle and title.
func (c *Catalog) SetCollection(col Collection) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.colSet[col.ID] = col
	delete(c.colGone, col.ID)
}

// DeleteCollection deletes a collection, as in Shopify: its products leave
// it.
func (c *Catalog) DeleteCollection(id int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.colGone[id] = true
}

// Members lists the ids of the live products in the collection.
func (c *Catalog) Members(collectionID int64) []int64 {
	var out []int64
	for _, id := range c.IDs() {
		p := c.Product(id)
		if p != nil && slices.ContainsFunc(p.Collections, func(col Collection) bool { return col.ID == collectionID }) {
			out = append(out, id)
		}
	}
	return out
}

// Delete removes a product, as if deleted in Shopify.
func (c *Catalog) Delete(id int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.deleted[id] = true
	c.ids = nil
}

// Update changes a product; fn gets a copy to edit.
func (c *Catalog) Update(id int64, fn func(p *Product)) {
	c.mu.Lock()
	defer c.mu.Unlock()
	p := c.productLocked(id)
	if p == nil {
		return
	}
	fn(p)
	c.overrides[id] = p
}

// Add appends a product created in Shopify (its id must be above the
// generated ones).
func (c *Catalog) Add(p Product) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.extra = append(c.extra, &p)
	c.ids = nil
}

// Policies returns the shop policies.
func (c *Catalog) Policies() []Policy {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]Policy(nil), c.policies...)
}

// UpdatePolicy changes the policy of a type (e.g. "SHIPPING_POLICY") in place.
func (c *Catalog) UpdatePolicy(typ string, fn func(p *Policy)) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for i := range c.policies {
		if c.policies[i].Type == typ {
			fn(&c.policies[i])
		}
	}
}

// Pages returns all pages, published or not.
func (c *Catalog) Pages() []Page {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]Page(nil), c.pages...)
}

// DeletePage removes a page.
func (c *Catalog) DeletePage(id int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for i, p := range c.pages {
		if p.ID == id {
			c.pages = append(c.pages[:i], c.pages[i+1:]...)
			return
		}
	}
}

// Word tables: one entry per locale in the order en, es, fr, de, it.
var langs = []string{"en", "es", "fr", "de", "it"}

type word [5]string

var (
	colors = []word{
		{"Red", "Rojo", "Rouge", "Rot", "Rosso"},
		{"Blue", "Azul", "Bleu", "Blau", "Blu"},
		{"Green", "Verde", "Vert", "Grün", "Verde"},
		{"Black", "Negro", "Noir", "Schwarz", "Nero"},
		{"White", "Blanco", "Blanc", "Weiß", "Bianco"},
		{"Yellow", "Amarillo", "Jaune", "Gelb", "Giallo"},
	}
	materials = []word{
		{"Linen", "de lino", "en lin", "Leinen", "di lino"},
		{"Wool", "de lana", "en laine", "Woll", "di lana"},
		{"Cotton", "de algodón", "en coton", "Baumwoll", "di cotone"},
		{"Leather", "de cuero", "en cuir", "Leder", "di pelle"},
		{"Silk", "de seda", "en soie", "Seiden", "di seta"},
	}
	kinds = []struct {
		noun  word
		ptype word
	}{
		{word{"Shirt", "Camisa", "Chemise", "Hemd", "Camicia"}, word{"Shirts", "Camisas", "Chemises", "Hemden", "Camicie"}},
		{word{"Jacket", "Chaqueta", "Veste", "Jacke", "Giacca"}, word{"Jackets", "Chaquetas", "Vestes", "Jacken", "Giacche"}},
		{word{"Scarf", "Bufanda", "Écharpe", "Schal", "Sciarpa"}, word{"Scarves", "Bufandas", "Écharpes", "Schals", "Sciarpe"}},
		{word{"Backpack", "Mochila", "Sac à dos", "Rucksack", "Zaino"}, word{"Bags", "Bolsos", "Sacs", "Taschen", "Borse"}},
		{word{"Sneakers", "Zapatillas", "Baskets", "Turnschuhe", "Scarpe da ginnastica"}, word{"Shoes", "Zapatos", "Chaussures", "Schuhe", "Scarpe"}},
		{word{"Hat", "Sombrero", "Chapeau", "Hut", "Cappello"}, word{"Hats", "Sombreros", "Chapeaux", "Hüte", "Cappelli"}},
		{word{"Dress", "Vestido", "Robe", "Kleid", "Vestito"}, word{"Dresses", "Vestidos", "Robes", "Kleider", "Vestiti"}},
	}
	sizes       = []string{"XS", "S", "M", "L", "XL", "XXL"}
	vendors     = []string{"Northwind", "Alpine Co", "Costa Verde", "Maison Lune", "Kiyomi"}
	collections = []Collection{
		{ID: 501, Handle: "summer", Title: "Summer"},
		{ID: 502, Handle: "sale", Title: "Sale"},
		{ID: 503, Handle: "new-arrivals", Title: "New arrivals"},
		{ID: 504, Handle: "bestsellers", Title: "Bestsellers"},
	}
	descriptions = word{
		"<p>A <strong>%s</strong> %s made to last.</p><ul><li>Easy care</li><li>Ships in 2 days</li></ul>",
		"<p>Una %s <strong>%s</strong> hecha para durar.</p><ul><li>Fácil cuidado</li></ul>",
		"<p>Une %s <strong>%s</strong> faite pour durer.</p><ul><li>Entretien facile</li></ul>",
		"<p>Ein %s <strong>%s</strong>, gemacht für die Ewigkeit.</p>",
		"<p>Un %s <strong>%s</strong> fatto per durare.</p>",
	}
)

// title composes a product title in language l (index into langs).
func title(l int, color word, mat word, noun word) string {
	switch langs[l] {
	case "en":
		return color[0] + " " + mat[0] + " " + noun[0]
	case "de":
		return color[3] + " " + mat[3] + "-" + noun[3]
	default: // noun, material, color: "Camisa de lino Rojo"
		return noun[l] + " " + mat[l] + " " + strings.ToLower(color[l])
	}
}

// translated reports whether product i has a translation in locale l: a
// multilingual subset, with gaps, so fallbacks are exercised.
func translated(i, l int) bool {
	switch langs[l] {
	case "es":
		return i%3 != 2
	case "fr":
		return i%4 == 0
	case "de":
		return i%5 == 0
	case "it":
		return i%2 == 0
	}
	return false
}

// generate builds product i; the same i always gives the same product.
func generate(i int) *Product {
	color := colors[i%len(colors)]
	mat := materials[(i/len(colors))%len(materials)]
	kind := kinds[(i/7)%len(kinds)]
	id := ProductID(i)
	p := &Product{
		ID:          id,
		Title:       title(0, color, mat, kind.noun) + fmt.Sprintf(" %03d", i%1000),
		Vendor:      vendors[i%len(vendors)],
		ProductType: kind.ptype[0],
		Tags:        []string{strings.ToLower(color[0]), strings.ToLower(mat[0])},
		Status:      "ACTIVE",
		UpdatedAt:   BaseTime.Add(time.Duration(i) * time.Minute),
	}
	p.Handle = strings.ToLower(strings.ReplaceAll(p.Title, " ", "-"))
	p.DescriptionHTML = fmt.Sprintf(descriptions[0], strings.ToLower(color[0])+" "+strings.ToLower(mat[0]), strings.ToLower(kind.noun[0]))
	switch {
	case i%17 == 5:
		p.Status = "DRAFT"
	case i%23 == 7:
		p.Status = "ARCHIVED"
	default:
		p.OnlineStoreURL = "https://demo-store.example/products/" + p.Handle
	}
	if i%6 == 0 {
		p.Tags = append(p.Tags, "gift")
	}
	// Options and variants: product 7 (and every 101st) has 30 variants, more
	// than one page of the paged query holds.
	nColors, nSizes := 1+i%2, 1+i%3
	if i%101 == 7 {
		nColors, nSizes = 5, 6
	}
	var colorVals, sizeVals []string
	for c := range nColors {
		colorVals = append(colorVals, colors[(i+c)%len(colors)][0])
	}
	sizeVals = append(sizeVals, sizes[:nSizes]...)
	p.Options = []Option{{Name: "Color", Values: colorVals}, {Name: "Size", Values: sizeVals}}
	pos := 0
	for _, cv := range colorVals {
		for _, sv := range sizeVals {
			pos++
			inv := (i*7+pos*3)%13 - 2
			price := 15 + (i*37)%180 + pos
			v := Variant{
				ID:                id*1000 + int64(pos),
				Title:             cv + " / " + sv,
				SKU:               fmt.Sprintf("SKU-%d-%d", i, pos),
				Price:             fmt.Sprintf("%d.%02d", price, (i*13)%100),
				InventoryQuantity: inv,
				Available:         inv > 0,
				Position:          pos,
				Selected:          []SelectedOption{{"Color", cv}, {"Size", sv}},
			}
			if i%4 == 1 {
				v.CompareAtPrice = fmt.Sprintf("%d.00", price+20)
			}
			p.Variants = append(p.Variants, v)
		}
	}
	for m := range 1 + i%2 {
		p.Images = append(p.Images, Image{ID: id*100 + int64(m),
			URL: fmt.Sprintf("https://cdn.example/products/%d-%d.jpg", id, m), Alt: p.Title})
	}
	for k, col := range collections {
		if (i+k)%(k+2) == 0 {
			p.Collections = append(p.Collections, col)
		}
	}
	p.Translations = genTranslations(i)
	return p
}

// genTranslations builds product i's translations without the rest of the
// product (the translations resolver needs only them).
func genTranslations(i int) map[string]Translation {
	color := colors[i%len(colors)]
	mat := materials[(i/len(colors))%len(materials)]
	kind := kinds[(i/7)%len(kinds)]
	out := map[string]Translation{}
	for l := 1; l < len(langs); l++ {
		if !translated(i, l) {
			continue
		}
		t := Translation{Title: title(l, color, mat, kind.noun) + fmt.Sprintf(" %03d", i%1000)}
		// Some translations carry only a title.
		if i%7 != 3 {
			t.BodyHTML = fmt.Sprintf(descriptions[l], strings.ToLower(color[l]), strings.ToLower(kind.noun[l]))
			t.ProductType = kind.ptype[l]
		}
		out[langs[l]] = t
	}
	return out
}

// Translations returns a live product's translations by locale (nil when
// unknown or deleted).
func (c *Catalog) Translations(id int64) map[string]Translation {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.deleted[id] {
		return nil
	}
	if i, ok := indexOf(id); ok && i < c.n && c.overrides[id] == nil {
		return genTranslations(i)
	}
	if p := c.productLocked(id); p != nil {
		return p.Translations
	}
	return nil
}

func genPolicies() []Policy {
	return []Policy{
		{ID: 91, Type: "REFUND_POLICY", Title: "Refund policy", URL: "https://demo-store.example/policies/refund-policy",
			Body: "<p>You have <b>30 days</b> after receiving your item to request a return.</p>",
			Translations: map[string]string{
				"es": "<p>Tienes <b>30 días</b> desde que recibes tu artículo para solicitar una devolución.</p>",
				"fr": "<p>Vous avez <b>30 jours</b> après réception pour demander un retour.</p>",
				"it": "<p>Hai 30 giorni per richiedere un reso.</p>",
			}},
		{ID: 92, Type: "SHIPPING_POLICY", Title: "Shipping policy", URL: "https://demo-store.example/policies/shipping-policy",
			Body:         "<p>Orders ship within 2 business days. Free shipping over 50 EUR.</p>",
			Translations: map[string]string{"es": "<p>Los pedidos se envían en 2 días hábiles. Envío gratis desde 50 EUR.</p>"}},
		{ID: 93, Type: "PRIVACY_POLICY", Title: "Privacy policy", URL: "https://demo-store.example/policies/privacy-policy",
			Body: "<p>We only use your data to fulfil your orders.</p>"},
		{ID: 94, Type: "TERMS_OF_SERVICE", Title: "Terms of service", URL: "https://demo-store.example/policies/terms-of-service",
			Body: "<p>By using this store you agree to these terms.</p>"},
		// A policy the merchant never wrote: empty body, not a document.
		{ID: 95, Type: "CONTACT_INFORMATION", Title: "Contact information", URL: "https://demo-store.example/policies/contact-information"},
	}
}

func genPages() []Page {
	return []Page{
		{ID: 71, Handle: "about-us", Title: "About us", Published: true, UpdatedAt: BaseTime,
			Body: "<h2>Our story</h2><p>Family-run since 1999.</p>",
			Translations: map[string]Translation{
				"es": {Title: "Sobre nosotros", BodyHTML: "<h2>Nuestra historia</h2><p>Empresa familiar desde 1999.</p>"},
				"de": {Title: "Über uns"},
			}},
		{ID: 72, Handle: "faq", Title: "FAQ", Published: true, UpdatedAt: BaseTime,
			Body: "<p><b>Do you ship abroad?</b> Yes, to the EU and the UK.</p>"},
		{ID: 73, Handle: "size-guide", Title: "Size guide", Published: true, UpdatedAt: BaseTime,
			Body: "<table><tr><td>S</td><td>36-38</td></tr><tr><td>M</td><td>40-42</td></tr></table>"},
		{ID: 74, Handle: "draft-page", Title: "Draft page", Published: false, UpdatedAt: BaseTime,
			Body: "<p>Not ready.</p>"},
	}
}

package demo

import (
	"fmt"
	"strings"
	"time"

	goshopify "github.com/bold-commerce/go-shopify/v4"
	"github.com/shopspring/decimal"
)

// brand is the default vendor; a few partner brands appear in the tables.
const brand = "Northwind Outfitters"

// Identifier ranges. Products carry an explicit sequence number in the tables
// so that inserting a product never renumbers the others (orders, caches and
// translations all key on these ids).
const (
	productIDBase   uint64 = 8000000000
	variantIDBase   uint64 = 44000000000000
	imageIDBase     uint64 = 36000000000000
	optionIDBase    uint64 = 10500000000000
	inventoryIDBase uint64 = 47000000000000
)

// tagFinalSale marks items that cannot be returned; the refund policy and the
// assistant's return eligibility both key on it.
const tagFinalSale = "final-sale"

// productSpec is one row of the catalog tables.
type productSpec struct {
	n         uint64 // sequence number: product id = productIDBase + n
	handle    string
	title     string
	ptype     string
	vendor    string // empty means the house brand
	sku       string // SKU prefix; option codes are appended per variant
	price     string
	compareAt string            // original price for items on sale
	priceBy   map[string]string // option value → price, for sizes that cost more
	grams     int
	options   []optionSpec
	tags      []string
	body      string
	status    goshopify.ProductStatus // empty means active
	soldOut   []string                // variant titles with no stock
	backorder bool                    // sells when out of stock (inventory_policy continue)
	digital   bool                    // no shipping, no inventory tracking (gift cards)
}

type optionSpec struct {
	name   string
	values []string
}

func opt(name string, values ...string) optionSpec { return optionSpec{name: name, values: values} }

// Common option sets.
var (
	sizesXSXL  = opt("Size", "XS", "S", "M", "L", "XL")
	sizesSXL   = opt("Size", "S", "M", "L", "XL")
	sizesXSXXL = opt("Size", "XS", "S", "M", "L", "XL", "XXL")
)

// catalogSpecs lists every product of the store in catalog order.
func catalogSpecs() []productSpec {
	var all []productSpec
	all = append(all, apparelSpecs()...)
	all = append(all, footwearAndBagSpecs()...)
	all = append(all, gearSpecs()...)
	return all
}

// Products returns the demo catalog as Admin API product resources.
func Products() []goshopify.Product {
	specs := catalogSpecs()
	out := make([]goshopify.Product, 0, len(specs))
	for _, s := range specs {
		out = append(out, s.product())
	}
	return out
}

func productID(n uint64) uint64 { return productIDBase + n }

func (s productSpec) product() goshopify.Product {
	id := productID(s.n)
	created := catalogEpoch.Add(time.Duration(s.n) * 24 * time.Hour)
	updated := created.Add(120*24*time.Hour + time.Duration(s.n)*time.Hour)
	status := s.status
	if status == "" {
		status = goshopify.ProductStatusActive
	}
	vendor := s.vendor
	if vendor == "" {
		vendor = brand
	}
	options := s.options
	if len(options) == 0 {
		// Shopify gives option-less products one "Title" option.
		options = []optionSpec{opt("Title", "Default Title")}
	}

	p := goshopify.Product{
		Id:                id,
		Title:             s.title,
		BodyHTML:          s.body,
		Vendor:            vendor,
		ProductType:       s.ptype,
		Handle:            s.handle,
		CreatedAt:         ptrTime(created),
		UpdatedAt:         ptrTime(updated),
		PublishedScope:    "global",
		Tags:              strings.Join(s.tags, ", "),
		Status:            status,
		AdminGraphqlApiId: fmt.Sprintf("gid://shopify/Product/%d", id),
	}
	if status == goshopify.ProductStatusActive {
		p.PublishedAt = ptrTime(created.Add(2 * time.Hour))
	}
	for i, o := range options {
		p.Options = append(p.Options, goshopify.ProductOption{
			Id:        optionIDBase + s.n*10 + uint64(i),
			ProductId: id,
			Name:      o.name,
			Position:  i + 1,
			Values:    append([]string(nil), o.values...),
		})
	}

	img := goshopify.Image{
		Id:                imageIDBase + s.n,
		ProductId:         id,
		Position:          1,
		CreatedAt:         ptrTime(created),
		UpdatedAt:         ptrTime(created),
		Width:             imageWidth,
		Height:            imageHeight,
		Src:               ImageSrc(s.handle),
		Alt:               s.title,
		AdminGraphqlApiId: fmt.Sprintf("gid://shopify/ProductImage/%d", imageIDBase+s.n),
	}

	soldOut := map[string]bool{}
	for _, t := range s.soldOut {
		soldOut[t] = true
	}
	for i, combo := range combinations(options) {
		v := s.variant(i, combo, soldOut, created, updated)
		img.VariantIds = append(img.VariantIds, v.Id)
		p.Variants = append(p.Variants, v)
	}
	p.Image = img
	p.Images = []goshopify.Image{img}
	return p
}

func (s productSpec) variant(i int, combo []string, soldOut map[string]bool, created, updated time.Time) goshopify.Variant {
	id := variantIDBase + s.n*100 + uint64(i)
	title := strings.Join(combo, " / ")
	price := s.price
	for _, val := range combo {
		if p, ok := s.priceBy[val]; ok {
			price = p
		}
	}
	v := goshopify.Variant{
		Id:                  id,
		ProductId:           productID(s.n),
		Title:               title,
		Sku:                 variantSKU(s.sku, combo),
		Position:            i + 1,
		Grams:               s.grams,
		InventoryPolicy:     goshopify.VariantInventoryPolicyDeny,
		Price:               money(price),
		FulfillmentService:  "manual",
		InventoryManagement: "shopify",
		InventoryItemId:     inventoryIDBase + s.n*100 + uint64(i),
		CreatedAt:           ptrTime(created),
		UpdatedAt:           ptrTime(updated),
		Taxable:             true,
		Weight:              dec(decimal.New(int64(s.grams), -3)),
		WeightUnit:          "kg",
		RequireShipping:     !s.digital,
		AdminGraphqlApiId:   fmt.Sprintf("gid://shopify/ProductVariant/%d", id),
		// Stock follows a fixed pattern so that sizes differ in availability.
		InventoryQuantity: 2 + int((s.n*7+uint64(i)*13)%38),
	}
	v.OldInventoryQuantity = v.InventoryQuantity
	if s.compareAt != "" {
		v.CompareAtPrice = money(s.compareAt)
	}
	v.Option1 = combo[0]
	if len(combo) > 1 {
		v.Option2 = combo[1]
	}
	if len(combo) > 2 {
		v.Option3 = combo[2]
	}
	if soldOut[title] {
		v.InventoryQuantity, v.OldInventoryQuantity = 0, 0
	}
	if s.backorder {
		v.InventoryQuantity, v.OldInventoryQuantity = 0, 0
		v.InventoryPolicy = goshopify.VariantInventoryPolicyContinue
	}
	if s.digital {
		v.InventoryManagement = ""
		v.InventoryQuantity, v.OldInventoryQuantity = 0, 0
		v.InventoryPolicy = goshopify.VariantInventoryPolicyContinue
		v.Weight = dec(decimal.Zero)
		v.Grams = 0
		v.Taxable = false
	}
	return v
}

// combinations expands options into every variant's values, first option
// varying slowest, which is the order Shopify lists variants in.
func combinations(options []optionSpec) [][]string {
	out := [][]string{{}}
	for _, o := range options {
		var next [][]string
		for _, prefix := range out {
			for _, v := range o.values {
				combo := append(append([]string(nil), prefix...), v)
				next = append(next, combo)
			}
		}
		out = next
	}
	return out
}

// variantSKU appends a compact code per option value to the product prefix.
func variantSKU(prefix string, combo []string) string {
	parts := []string{prefix}
	for _, v := range combo {
		if v == "Default Title" {
			continue
		}
		var b strings.Builder
		for _, r := range strings.ToUpper(v) {
			if (r >= 'A' && r <= 'Z') || (r >= '0' && r <= '9') {
				b.WriteRune(r)
			}
		}
		parts = append(parts, b.String())
	}
	return strings.Join(parts, "-")
}

// hasTag reports whether a comma-separated Shopify tag list contains tag.
func hasTag(tags, tag string) bool {
	for _, t := range strings.Split(tags, ",") {
		if strings.EqualFold(strings.TrimSpace(t), tag) {
			return true
		}
	}
	return false
}

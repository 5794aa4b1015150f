package demo

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"io"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // the timezone check must not depend on the host's zoneinfo

	goshopify "github.com/bold-commerce/go-shopify/v4"
	"github.com/shopspring/decimal"
)

// refNow is a fixed reference time; date-sensitive tests also run against
// other instants.
var refNow = time.Date(2026, time.November, 23, 12, 0, 0, 0, time.UTC)

var (
	translatedEU    = []string{"es", "fr", "de"}
	translatedOther = []string{"ja", "zh-CN", "ar"}
	allLocales      = append([]string{"en", "es", "fr", "de", "ja", "zh-CN", "ar"}, moreLocales()...)
)

func TestStoreInfo(t *testing.T) {
	s := StoreInfo()
	if s.Domain != ShopDomain || s.Currency != "EUR" || s.PrimaryLocale != "en" || s.Name == "" || s.Email == "" {
		t.Fatalf("unexpected store info %+v", s)
	}
	if _, err := time.LoadLocation(s.Timezone); err != nil {
		t.Errorf("timezone %q: %v", s.Timezone, err)
	}
	if !slices.Equal(s.Locales, allLocales) {
		t.Errorf("locales = %v, want %v", s.Locales, allLocales)
	}
}

func TestProducts(t *testing.T) {
	products := Products()
	if len(products) < 60 {
		t.Fatalf("got %d products, want at least 60", len(products))
	}
	ids, handles, variantIDs, skus := map[uint64]bool{}, map[string]bool{}, map[uint64]bool{}, map[string]bool{}
	statuses := map[goshopify.ProductStatus]int{}
	var outOfStock, onSale, finalSale int
	for _, p := range products {
		if ids[p.Id] || handles[p.Handle] {
			t.Errorf("duplicate product id %d or handle %q", p.Id, p.Handle)
		}
		ids[p.Id], handles[p.Handle] = true, true
		statuses[p.Status]++
		if p.Title == "" || p.BodyHTML == "" || p.Vendor == "" || p.ProductType == "" || p.Tags == "" {
			t.Errorf("%s: missing title, body, vendor, type or tags", p.Handle)
		}
		if !regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`).MatchString(p.Handle) {
			t.Errorf("%s: handle is not a Shopify handle", p.Handle)
		}
		checkHTML(t, p.Handle, p.BodyHTML)
		if (p.Status == goshopify.ProductStatusActive) != (p.PublishedAt != nil) {
			t.Errorf("%s: status %s but published_at %v", p.Handle, p.Status, p.PublishedAt)
		}
		if p.CreatedAt == nil || p.UpdatedAt == nil || p.UpdatedAt.Before(*p.CreatedAt) {
			t.Errorf("%s: bad created/updated times", p.Handle)
		}
		if len(p.Images) != 1 || p.Images[0].Src != "/demo/img/"+p.Handle+".svg" || p.Images[0].Alt == "" || p.Image.Src != p.Images[0].Src {
			t.Errorf("%s: bad images %+v", p.Handle, p.Images)
		}
		if hasTag(p.Tags, FinalSaleTag) {
			finalSale++
		}
		if len(p.Options) == 0 || len(p.Variants) == 0 {
			t.Fatalf("%s: no options or variants", p.Handle)
		}
		want := 1
		for _, o := range p.Options {
			want *= len(o.Values)
		}
		if len(p.Variants) != want {
			t.Errorf("%s: %d variants, want %d", p.Handle, len(p.Variants), want)
		}
		for _, v := range p.Variants {
			if variantIDs[v.Id] || skus[v.Sku] || v.Sku == "" {
				t.Errorf("%s: duplicate or empty variant id %d / sku %q", p.Handle, v.Id, v.Sku)
			}
			variantIDs[v.Id], skus[v.Sku] = true, true
			if v.ProductId != p.Id || v.Price == nil || !v.Price.IsPositive() || v.Weight == nil {
				t.Errorf("%s/%s: bad product id, price or weight", p.Handle, v.Title)
			}
			if v.CompareAtPrice != nil {
				onSale++
				if !v.CompareAtPrice.GreaterThan(*v.Price) {
					t.Errorf("%s/%s: compare_at_price %s not above price %s", p.Handle, v.Title, v.CompareAtPrice, v.Price)
				}
			}
			opts := []string{v.Option1, v.Option2, v.Option3}
			for i, o := range p.Options {
				if !slices.Contains(o.Values, opts[i]) {
					t.Errorf("%s/%s: option%d %q not among %v", p.Handle, v.Title, i+1, opts[i], o.Values)
				}
			}
			if strings.Join(slices.DeleteFunc(opts, func(s string) bool { return s == "" }), " / ") != v.Title {
				t.Errorf("%s: variant title %q does not match its options", p.Handle, v.Title)
			}
			if v.RequireShipping && v.InventoryQuantity == 0 && v.InventoryPolicy == goshopify.VariantInventoryPolicyDeny {
				outOfStock++
			}
			if !slices.Contains(p.Images[0].VariantIds, v.Id) {
				t.Errorf("%s/%s: variant missing from image variant_ids", p.Handle, v.Title)
			}
		}
	}
	if statuses[goshopify.ProductStatusDraft] == 0 || statuses[goshopify.ProductStatusArchived] == 0 {
		t.Errorf("want draft and archived products, got %v", statuses)
	}
	for name, n := range map[string]int{"out-of-stock variants": outOfStock, "sale variants": onSale, "final-sale products": finalSale} {
		if n < 3 {
			t.Errorf("%s: %d, want at least 3", name, n)
		}
	}
}

// checkHTML verifies that a body_html fragment is well-formed markup.
func checkHTML(t *testing.T, where, fragment string) {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader("<div>" + fragment + "</div>"))
	for {
		_, err := d.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Errorf("%s: body_html is not well-formed: %v", where, err)
			return
		}
	}
}

func TestProductsDeterministic(t *testing.T) {
	a, _ := json.Marshal(Products())
	b, _ := json.Marshal(Products())
	if !bytes.Equal(a, b) {
		t.Fatal("Products() differs between calls")
	}
}

func TestProductImageSVG(t *testing.T) {
	for _, p := range Products() {
		svg, ok := ProductImageSVG(p.Handle)
		if !ok {
			t.Errorf("%s: no image", p.Handle)
			continue
		}
		var doc struct {
			XMLName xml.Name
			Texts   []string `xml:"text"`
		}
		if err := xml.Unmarshal(svg, &doc); err != nil {
			t.Errorf("%s: invalid SVG: %v", p.Handle, err)
			continue
		}
		if doc.XMLName.Local != "svg" || doc.XMLName.Space != "http://www.w3.org/2000/svg" {
			t.Errorf("%s: root element %v", p.Handle, doc.XMLName)
		}
		if got := strings.Join(doc.Texts, " "); got != p.Title {
			t.Errorf("%s: image text %q, want the title %q", p.Handle, got, p.Title)
		}
		if len(svg) > 4096 {
			t.Errorf("%s: image is %d bytes, want a small illustration", p.Handle, len(svg))
		}
	}
	if _, ok := ProductImageSVG("no-such-product"); ok {
		t.Error("unknown handle should report false")
	}
}

// neutralValue matches option values shown as they are in every language.
var neutralValue = regexp.MustCompile(`^[\p{Lu}\p{N}/()–€.\s]*(ml|cm)?$`)

func TestTranslations(t *testing.T) {
	products := map[uint64]goshopify.Product{}
	for _, p := range Products() {
		products[p.Id] = p
	}
	tr := Translations()
	count := map[string]int{}
	for id, byLocale := range tr {
		p, ok := products[id]
		if !ok {
			t.Errorf("translation for unknown product %d", id)
			continue
		}
		for locale, pt := range byLocale {
			count[locale]++
			where := p.Handle + "/" + locale
			if pt.Title == "" || pt.BodyHTML == "" || pt.ProductType == "" {
				t.Errorf("%s: empty field in %+v", where, pt)
			}
			// Product types may coincide with English loanwords ("Shorts",
			// "Fleece"); titles and descriptions may not.
			if pt.Title == p.Title || pt.BodyHTML == p.BodyHTML {
				t.Errorf("%s: not translated", where)
			}
			checkHTML(t, where, pt.BodyHTML)
			if strings.Count(pt.BodyHTML, "<li>") != strings.Count(p.BodyHTML, "<li>") {
				t.Errorf("%s: bullet list differs from the English body", where)
			}
			for _, o := range p.Options {
				if o.Name != "Title" && pt.OptionNames[o.Name] == "" {
					t.Errorf("%s: option name %q untranslated", where, o.Name)
				}
				for _, v := range o.Values {
					if _, ok := pt.OptionValues[v]; !ok && !neutralValue.MatchString(v) {
						t.Errorf("%s: option value %q untranslated", where, v)
					}
				}
			}
		}
	}
	for _, l := range translatedEU {
		if count[l] < 25 {
			t.Errorf("%s: %d translated products, want at least 25", l, count[l])
		}
	}
	for _, l := range translatedOther {
		if count[l] < 12 {
			t.Errorf("%s: %d translated products, want at least 12", l, count[l])
		}
	}
	// Every translation table row must name a real product.
	for locale, lc := range localeCatalogs() {
		for handle := range lc.products {
			if _, ok := ProductImageSVG(handle); !ok {
				t.Errorf("%s: translation for unknown handle %q", locale, handle)
			}
		}
	}
}

func paragraphs(s string) int { return len(strings.Split(strings.TrimSpace(s), "\n\n")) }

func TestPolicies(t *testing.T) {
	byType := map[string]Policy{}
	for _, p := range Policies() {
		byType[p.Type] = p
		if p.Title == "" || paragraphs(p.Body) < 3 || !strings.HasPrefix(p.URL, "https://"+ShopDomain+"/policies/") {
			t.Errorf("%s: incomplete policy", p.Type)
		}
		for locale, tx := range p.Translations {
			if tx.Title == "" || tx.Title == p.Title || tx.Body == p.Body {
				t.Errorf("%s/%s: not translated", p.Type, locale)
			}
			if paragraphs(tx.Body) != paragraphs(p.Body) {
				t.Errorf("%s/%s: %d paragraphs, English has %d", p.Type, locale, paragraphs(tx.Body), paragraphs(p.Body))
			}
		}
	}
	for _, typ := range []string{"refund", "shipping", "privacy", "terms", "contact"} {
		if _, ok := byType[typ]; !ok {
			t.Errorf("missing %s policy", typ)
		}
	}
	for _, typ := range []string{"refund", "shipping"} {
		for _, l := range allLocales[1:] {
			if _, ok := byType[typ].Translations[l]; !ok {
				t.Errorf("%s policy lacks %s", typ, l)
			}
		}
	}
	// The facts the assistant relies on are stated in the text.
	facts := map[string][]string{
		"refund":   {"30 days of delivery", "Final sale", "5–10 business days", "return shipping"},
		"shipping": {"DDP", "DAP", "tracking", "Japan Post", "Aramex"},
	}
	for typ, phrases := range facts {
		for _, ph := range phrases {
			if !strings.Contains(byType[typ].Body, ph) {
				t.Errorf("%s policy does not mention %q", typ, ph)
			}
		}
	}
}

func TestPages(t *testing.T) {
	seen := map[string]bool{}
	for _, p := range Pages() {
		seen[p.Handle] = true
		if p.Title == "" || p.Body == "" || p.URL != "https://"+ShopDomain+"/pages/"+p.Handle {
			t.Errorf("%s: incomplete page %+v", p.Handle, p)
		}
		for locale, tx := range p.Translations {
			if tx.Title == "" || tx.Body == "" || tx.Body == p.Body || paragraphs(tx.Body) != paragraphs(p.Body) {
				t.Errorf("%s/%s: bad translation", p.Handle, locale)
			}
		}
	}
	for _, h := range []string{"about-us", "size-guide", "care-instructions", "customs-and-duties", "contact"} {
		if !seen[h] {
			t.Errorf("missing page %s", h)
		}
	}
}

func TestFAQs(t *testing.T) {
	faqs := FAQs()
	if len(faqs) < 15 {
		t.Fatalf("%d FAQ entries, want at least 15", len(faqs))
	}
	ids := map[string]bool{}
	complete := 0
	for _, f := range faqs {
		if ids[f.ID] {
			t.Errorf("duplicate FAQ id %s", f.ID)
		}
		ids[f.ID] = true
		if !strings.HasPrefix(f.SourceURL, "https://"+ShopDomain+"/") {
			t.Errorf("%s: source URL %q", f.ID, f.SourceURL)
		}
		if len(f.Questions["en"]) == 0 || f.Answers["en"] == "" {
			t.Errorf("%s: no English question or answer", f.ID)
		}
		for locale, a := range f.Answers {
			if a == "" || len(f.Questions[locale]) == 0 {
				t.Errorf("%s/%s: answer without questions", f.ID, locale)
			}
			if locale != "en" && a == f.Answers["en"] {
				t.Errorf("%s/%s: answer not translated", f.ID, locale)
			}
		}
		all := true
		for _, l := range allLocales {
			all = all && f.Answers[l] != ""
		}
		if all {
			complete++
		}
	}
	if complete*2 < len(faqs) {
		t.Errorf("%d of %d FAQ entries answered in all locales, want at least half", complete, len(faqs))
	}
	for _, id := range []string{"gift-cards", "payment-methods", "change-address", "discount-codes", "warranty", "sizes", "sustainability"} {
		if !ids[id] {
			t.Errorf("missing FAQ %s", id)
		}
	}
}

var (
	e164         = regexp.MustCompile(`^\+[1-9][0-9]{7,14}$`)
	exampleEmail = regexp.MustCompile(`^[a-z0-9.]+@(example\.(com|org|net)|[a-z]+\.example)$`)
)

func TestCustomers(t *testing.T) {
	customers := Customers()
	if len(customers) < 24 {
		t.Fatalf("%d customers, want about 25", len(customers))
	}
	ids, emails, countriesSeen := map[uint64]bool{}, map[string]bool{}, map[string]bool{}
	for _, c := range customers {
		if ids[c.Id] || c.Email != "" && emails[c.Email] {
			t.Errorf("duplicate customer %d / %s", c.Id, c.Email)
		}
		ids[c.Id], emails[c.Email] = true, true
		if c.Email == "" && c.Phone == "" {
			t.Errorf("%d: neither email nor phone", c.Id)
		}
		if c.Email != "" && !exampleEmail.MatchString(c.Email) {
			t.Errorf("%d: email %q is not at a reserved example domain", c.Id, c.Email)
		}
		if c.Phone != "" && !e164.MatchString(c.Phone) {
			t.Errorf("%d: phone %q is not E.164", c.Id, c.Phone)
		}
		if c.DefaultAddress == nil || c.DefaultAddress.CountryCode == "" || countries[c.DefaultAddress.CountryCode].name == "" {
			t.Errorf("%d: missing or unknown default address", c.Id)
			continue
		}
		countriesSeen[c.DefaultAddress.CountryCode] = true
	}
	if len(countriesSeen) < 15 {
		t.Errorf("customers from %d countries, want at least 15", len(countriesSeen))
	}
}

func TestCustomerOrderStatsMatchOrders(t *testing.T) {
	counts := map[uint64]int{}
	for _, o := range Orders(refNow) {
		counts[o.Customer.Id]++
	}
	for _, c := range Customers() {
		if c.OrdersCount != counts[c.Id] {
			t.Errorf("customer %d: orders_count %d, orders %d", c.Id, c.OrdersCount, counts[c.Id])
		}
	}
}

// orderState classifies an order into the lifecycle states the demo covers.
func orderState(o goshopify.Order) string {
	switch {
	case o.CancelledAt != nil:
		return "cancelled"
	case o.FinancialStatus == goshopify.OrderFinancialStatusRefunded:
		return "refunded"
	case o.FinancialStatus == goshopify.OrderFinancialStatusPartiallyRefunded:
		return "partially_refunded"
	case o.FulfillmentStatus == "":
		return "unfulfilled"
	case o.FulfillmentStatus == goshopify.OrderFulfillmentStatusPartial:
		return "partial"
	}
	for _, f := range o.Fulfillments {
		if f.TrackingCompany != "" && f.ShipmentStatus != "delivered" {
			return "in_transit"
		}
	}
	return "delivered"
}

func TestOrderStatesCovered(t *testing.T) {
	orders := Orders(refNow)
	if len(orders) < 36 {
		t.Fatalf("%d orders, want at least 36", len(orders))
	}
	states := map[string]int{}
	shipment := map[string]int{}
	carriers := map[string]bool{}
	for _, o := range orders {
		states[orderState(o)]++
		for _, f := range o.Fulfillments {
			shipment[f.ShipmentStatus]++
			carriers[f.TrackingCompany] = true
		}
	}
	for _, s := range []string{"unfulfilled", "partial", "in_transit", "delivered", "cancelled", "refunded", "partially_refunded"} {
		if states[s] < 3 {
			t.Errorf("state %s: %d orders, want at least 3 (all: %v)", s, states[s], states)
		}
	}
	for _, s := range []string{"in_transit", "out_for_delivery", "confirmed", "label_printed", "attempted_delivery", "delivered"} {
		if shipment[s] == 0 {
			t.Errorf("no fulfillment with shipment_status %s", s)
		}
	}
	for _, c := range []string{"DHL Express", "UPS", "La Poste - Colissimo", "Japan Post", "SF Express", "Aramex"} {
		if !carriers[c] {
			t.Errorf("no shipment with carrier %s", c)
		}
	}
	var voided, cancelRefunded int
	for _, o := range orders {
		if o.CancelledAt == nil {
			continue
		}
		if o.CancelReason == "" {
			t.Errorf("%s: cancelled without reason", o.Name)
		}
		switch o.FinancialStatus {
		case goshopify.OrderFinancialStatusVoided:
			voided++
		case goshopify.OrderFinancialStatusRefunded:
			cancelRefunded++
		}
	}
	if voided == 0 || cancelRefunded == 0 {
		t.Errorf("cancelled orders: %d voided, %d refunded; want both", voided, cancelRefunded)
	}
}

func TestOrderNumbering(t *testing.T) {
	orders := Orders(refNow)
	ids := map[uint64]bool{}
	for i, o := range orders {
		n := 1001 + i
		if o.OrderNumber != n || o.Number != n-1000 || o.Name != "#"+itoa(n) {
			t.Errorf("order %d: number %d/%d name %s", i, o.OrderNumber, o.Number, o.Name)
		}
		if ids[o.Id] {
			t.Errorf("%s: duplicate id", o.Name)
		}
		ids[o.Id] = true
		if i > 0 && !o.CreatedAt.After(*orders[i-1].CreatedAt) {
			t.Errorf("%s placed before %s", o.Name, orders[i-1].Name)
		}
	}
}

func itoa(n int) string { return decimal.NewFromInt(int64(n)).String() }

func TestOrderLinesMatchCatalog(t *testing.T) {
	variants := map[uint64]goshopify.Variant{}
	for _, p := range Products() {
		for _, v := range p.Variants {
			variants[v.Id] = v
		}
	}
	lineIDs := map[uint64]bool{}
	for _, o := range Orders(refNow) {
		for _, li := range o.LineItems {
			v, ok := variants[li.VariantId]
			if !ok || v.ProductId != li.ProductId {
				t.Errorf("%s: line %q references no catalog variant (%d/%d)", o.Name, li.Title, li.ProductId, li.VariantId)
				continue
			}
			if !li.Price.Equal(*v.Price) || li.SKU != v.Sku || li.Quantity <= 0 {
				t.Errorf("%s: line %s price %s sku %s, catalog %s %s", o.Name, li.Name, li.Price, li.SKU, v.Price, v.Sku)
			}
			if (v.Title == "Default Title") != (li.VariantTitle == "") || li.VariantTitle != "" && li.VariantTitle != v.Title {
				t.Errorf("%s: variant title %q, catalog %q", o.Name, li.VariantTitle, v.Title)
			}
			if lineIDs[li.Id] {
				t.Errorf("%s: duplicate line item id %d", o.Name, li.Id)
			}
			lineIDs[li.Id] = true
		}
	}
}

func sum(ds ...decimal.Decimal) decimal.Decimal {
	s := decimal.Zero
	for _, d := range ds {
		s = s.Add(d)
	}
	return s
}

func TestOrderTotalsAddUp(t *testing.T) {
	for _, o := range Orders(refNow) {
		for _, money := range []struct {
			name     string
			pick     func(*goshopify.AmountSet) decimal.Decimal
			currency string
		}{
			{"shop", func(s *goshopify.AmountSet) decimal.Decimal { return *s.ShopMoney.Amount }, "EUR"},
			{"presentment", func(s *goshopify.AmountSet) decimal.Decimal { return *s.PresentmentMoney.Amount }, o.PresentmentCurrency},
		} {
			lines, discounts, shipping := decimal.Zero, decimal.Zero, decimal.Zero
			for _, li := range o.LineItems {
				lines = lines.Add(money.pick(li.PriceSet).Mul(decimal.NewFromInt(int64(li.Quantity))))
				for _, da := range li.DiscountAllocations {
					discounts = discounts.Add(money.pick(da.AmountSet))
				}
				if li.PriceSet.PresentmentMoney.CurrencyCode != o.PresentmentCurrency {
					t.Errorf("%s: line currency %s, order presentment %s", o.Name, li.PriceSet.PresentmentMoney.CurrencyCode, o.PresentmentCurrency)
				}
			}
			for _, sl := range o.ShippingLines {
				shipping = shipping.Add(money.pick(sl.PriceSet))
			}
			checks := []struct {
				what      string
				got, want decimal.Decimal
			}{
				{"total_line_items_price", money.pick(o.TotalLineItemsPriceSet), lines},
				{"total_discounts", money.pick(o.TotalDiscountsSet), discounts},
				{"total_shipping", money.pick(o.TotalShippingPriceSet), shipping},
				{"total_price", money.pick(o.TotalPriceSet), lines.Sub(discounts).Add(shipping)},
			}
			for _, c := range checks {
				if !c.got.Equal(c.want) {
					t.Errorf("%s %s %s = %s, want %s", o.Name, money.name, c.what, c.got, c.want)
				}
			}
		}
		if !o.TotalPrice.Equal(*o.TotalPriceSet.ShopMoney.Amount) || !o.SubtotalPrice.Equal(o.TotalLineItemsPrice.Sub(*o.TotalDiscounts)) {
			t.Errorf("%s: scalar totals disagree with amount sets", o.Name)
		}
		if o.Currency != "EUR" || o.PresentmentCurrency == "" {
			t.Errorf("%s: currency %s presentment %q", o.Name, o.Currency, o.PresentmentCurrency)
		}
		if len(o.DiscountCodes) > 0 && !o.DiscountCodes[0].Amount.Equal(*o.TotalDiscounts) {
			t.Errorf("%s: discount code amount %s, total discounts %s", o.Name, o.DiscountCodes[0].Amount, o.TotalDiscounts)
		}
		if o.TotalTax.IsNegative() || o.TotalTax.GreaterThan(*o.TotalPrice) {
			t.Errorf("%s: implausible tax %s", o.Name, o.TotalTax)
		}
	}
}

func TestOrderFulfillments(t *testing.T) {
	allowed := []string{"label_printed", "confirmed", "in_transit", "out_for_delivery", "attempted_delivery", "delivered"}
	for _, o := range Orders(refNow) {
		lines := map[uint64]goshopify.LineItem{}
		for _, li := range o.LineItems {
			lines[li.Id] = li
		}
		fulfilled := map[uint64]bool{}
		for _, f := range o.Fulfillments {
			if f.OrderId != o.Id || f.Status != "success" || len(f.LineItems) == 0 {
				t.Errorf("%s: bad fulfillment %d", o.Name, f.Id)
			}
			if f.CreatedAt.Before(*o.CreatedAt) || f.UpdatedAt.Before(*f.CreatedAt) || f.UpdatedAt.After(refNow) {
				t.Errorf("%s: fulfillment %d times out of order", o.Name, f.Id)
			}
			for _, fl := range f.LineItems {
				if _, ok := lines[fl.Id]; !ok || fulfilled[fl.Id] {
					t.Errorf("%s: fulfillment line %d unknown or shipped twice", o.Name, fl.Id)
				}
				fulfilled[fl.Id] = true
			}
			if f.TrackingCompany == "" {
				for _, fl := range f.LineItems {
					if fl.RequiresShipping {
						t.Errorf("%s: physical item fulfilled without tracking", o.Name)
					}
				}
				continue
			}
			if !slices.Contains(allowed, f.ShipmentStatus) {
				t.Errorf("%s: shipment_status %q", o.Name, f.ShipmentStatus)
			}
			if len(f.TrackingNumbers) != 1 || f.TrackingNumbers[0] != f.TrackingNumber || len(f.TrackingUrls) != 1 ||
				!strings.HasPrefix(f.TrackingUrl, "https://") || !strings.Contains(f.TrackingUrl, f.TrackingNumber) {
				t.Errorf("%s: tracking %q %q", o.Name, f.TrackingNumber, f.TrackingUrl)
			}
		}
		for _, li := range o.LineItems {
			if li.CurrentQuantity < 0 || li.CurrentQuantity > li.Quantity || o.CancelledAt != nil && li.CurrentQuantity != 0 {
				t.Errorf("%s: line %d current_quantity %d of %d", o.Name, li.Id, li.CurrentQuantity, li.Quantity)
			}
			if fulfilled[li.Id] != (li.FulfillmentStatus == goshopify.OrderFulfillmentStatusFulfilled) {
				t.Errorf("%s: line %d fulfillment_status %q disagrees with fulfillments", o.Name, li.Id, li.FulfillmentStatus)
			}
		}
	}
}

func TestOrderRefunds(t *testing.T) {
	for _, o := range Orders(refNow) {
		lines := map[uint64]goshopify.LineItem{}
		for _, li := range o.LineItems {
			lines[li.Id] = li
		}
		refunded := decimal.Zero
		returned := map[uint64]int{}
		for _, r := range o.Refunds {
			var parts []decimal.Decimal
			for _, rl := range r.RefundLineItems {
				li, ok := lines[rl.LineItemId]
				returned[rl.LineItemId] += rl.Quantity
				if !ok || returned[rl.LineItemId] > li.Quantity || rl.LineItem == nil || rl.LineItem.Id != li.Id {
					t.Errorf("%s: refund line %d does not match an order line", o.Name, rl.Id)
				}
				parts = append(parts, *rl.Subtotal)
			}
			for _, adj := range r.OrderAdjustments {
				parts = append(parts, adj.Amount.Neg())
			}
			if len(r.Transactions) != 1 || r.Transactions[0].Kind != "refund" || !r.Transactions[0].Amount.Equal(sum(parts...)) {
				t.Errorf("%s: refund %d transaction does not equal refunded lines and shipping", o.Name, r.Id)
				continue
			}
			if r.CreatedAt.Before(*o.CreatedAt) || r.CreatedAt.After(refNow) {
				t.Errorf("%s: refund %d at %v", o.Name, r.Id, r.CreatedAt)
			}
			refunded = refunded.Add(*r.Transactions[0].Amount)
		}
		if o.CancelledAt == nil {
			for _, li := range o.LineItems {
				if li.CurrentQuantity != li.Quantity-returned[li.Id] {
					t.Errorf("%s: line %d current_quantity %d, ordered %d, refunded %d", o.Name, li.Id, li.CurrentQuantity, li.Quantity, returned[li.Id])
				}
			}
		}
		switch o.FinancialStatus {
		case goshopify.OrderFinancialStatusRefunded:
			if !refunded.Equal(*o.TotalPrice) {
				t.Errorf("%s: refunded %s of %s but status refunded", o.Name, refunded, o.TotalPrice)
			}
		case goshopify.OrderFinancialStatusPartiallyRefunded:
			if !refunded.IsPositive() || !refunded.LessThan(*o.TotalPrice) {
				t.Errorf("%s: refunded %s of %s but status partially_refunded", o.Name, refunded, o.TotalPrice)
			}
		case goshopify.OrderFinancialStatusPaid:
			if len(o.Refunds) > 0 {
				t.Errorf("%s: paid with refunds", o.Name)
			}
		}
		if o.FinancialStatus != goshopify.OrderFinancialStatusVoided && !o.CurrentTotalPrice.Equal(o.TotalPrice.Sub(refunded)) {
			t.Errorf("%s: current_total_price %s, want %s", o.Name, o.CurrentTotalPrice, o.TotalPrice.Sub(refunded))
		}
	}
}

func TestOrderContactsAndMarkets(t *testing.T) {
	orders := Orders(refNow)
	countriesSeen := map[string]bool{}
	var phoneOnly, foreignCurrency int
	for _, o := range orders {
		if o.Email == "" && o.Phone == "" {
			t.Errorf("%s: no contact", o.Name)
		}
		if o.Email == "" {
			phoneOnly++
		}
		if o.Phone != "" && !e164.MatchString(o.Phone) {
			t.Errorf("%s: phone %q", o.Name, o.Phone)
		}
		if o.Customer == nil || o.ShippingAddress == nil || o.ShippingAddress.CountryCode == "" || o.CustomerLocale == "" {
			t.Errorf("%s: missing customer, address or locale", o.Name)
			continue
		}
		if !slices.Contains(allLocales, o.CustomerLocale) {
			t.Errorf("%s: customer_locale %q is not a published locale", o.Name, o.CustomerLocale)
		}
		countriesSeen[o.ShippingAddress.CountryCode] = true
		if o.PresentmentCurrency != "EUR" {
			foreignCurrency++
		}
	}
	if phoneOnly < 3 || foreignCurrency < 5 || len(countriesSeen) < 15 {
		t.Errorf("phone-only %d, foreign currency %d, countries %d", phoneOnly, foreignCurrency, len(countriesSeen))
	}
}

// deliveredAt is when the order's last parcel was delivered, if all were.
func deliveredAt(o goshopify.Order) (time.Time, bool) {
	var last time.Time
	for _, f := range o.Fulfillments {
		if f.TrackingCompany == "" {
			continue
		}
		if f.ShipmentStatus != "delivered" {
			return time.Time{}, false
		}
		if f.UpdatedAt.After(last) {
			last = *f.UpdatedAt
		}
	}
	return last, !last.IsZero() && o.FulfillmentStatus == goshopify.OrderFulfillmentStatusFulfilled
}

func TestReturnWindowsHoldForAnyNow(t *testing.T) {
	finalSale := map[uint64]bool{}
	for _, p := range Products() {
		if hasTag(p.Tags, FinalSaleTag) {
			finalSale[p.Id] = true
		}
	}
	nows := []time.Time{
		refNow,
		time.Date(2027, time.February, 28, 23, 59, 59, 0, time.UTC),
		time.Date(2031, time.July, 1, 3, 4, 5, 0, time.FixedZone("JST", 9*3600)),
		time.Now(),
	}
	for _, now := range nows {
		t.Run(now.Format(time.RFC3339), func(t *testing.T) {
			var inside, outside, insideFinalSale, recent int
			for _, o := range Orders(now) {
				if o.CreatedAt.After(now) || o.UpdatedAt.After(now) {
					t.Errorf("%s: timestamps after now", o.Name)
				}
				if orderState(o) == "unfulfilled" && now.Sub(*o.CreatedAt) < 2*day {
					recent++
				}
				at, ok := deliveredAt(o)
				if !ok || o.CancelledAt != nil || len(o.Refunds) > 0 {
					continue
				}
				age := now.Sub(at)
				if age >= 5*day && age < 5*day+time.Second {
					// Delivered exactly five days ago: the returnable example.
					inside++
					for _, li := range o.LineItems {
						if finalSale[li.ProductId] {
							insideFinalSale++
						}
					}
				}
				if age > ReturnWindowDays*day {
					outside++
				}
			}
			if inside < 3 || outside < 3 || insideFinalSale == 0 || recent < 3 {
				t.Errorf("delivered 5 days ago %d (final sale %d), outside window %d, just placed %d", inside, insideFinalSale, outside, recent)
			}
		})
	}
}

func TestOrdersDeterministic(t *testing.T) {
	a, _ := json.Marshal(Orders(refNow))
	b, _ := json.Marshal(Orders(refNow))
	if !bytes.Equal(a, b) {
		t.Fatal("Orders differs between calls with the same now")
	}
}

// TestOrdersJSONRoundTrip decodes orders the way webhook payloads arrive and
// checks nothing is lost.
func TestOrdersJSONRoundTrip(t *testing.T) {
	for _, o := range Orders(refNow) {
		first, err := json.Marshal(o)
		if err != nil {
			t.Fatalf("%s: marshal: %v", o.Name, err)
		}
		var back goshopify.Order
		if err := json.Unmarshal(first, &back); err != nil {
			t.Fatalf("%s: unmarshal: %v", o.Name, err)
		}
		second, err := json.Marshal(back)
		if err != nil {
			t.Fatalf("%s: re-marshal: %v", o.Name, err)
		}
		if !bytes.Equal(first, second) {
			t.Errorf("%s: JSON round trip changed the payload", o.Name)
		}
		if !back.CreatedAt.Equal(*o.CreatedAt) || !back.TotalPrice.Equal(*o.TotalPrice) ||
			len(back.Fulfillments) != len(o.Fulfillments) || len(back.Refunds) != len(o.Refunds) ||
			back.Customer.Id != o.Customer.Id || back.ShippingAddress.CountryCode != o.ShippingAddress.CountryCode {
			t.Errorf("%s: fields lost in round trip", o.Name)
		}
		for i, f := range o.Fulfillments {
			if back.Fulfillments[i].TrackingNumber != f.TrackingNumber || back.Fulfillments[i].ShipmentStatus != f.ShipmentStatus {
				t.Errorf("%s: fulfillment %d lost tracking", o.Name, i)
			}
		}
	}
}

func TestProductsJSONRoundTrip(t *testing.T) {
	first, err := json.Marshal(Products())
	if err != nil {
		t.Fatal(err)
	}
	var back []goshopify.Product
	if err := json.Unmarshal(first, &back); err != nil {
		t.Fatal(err)
	}
	second, _ := json.Marshal(back)
	if !bytes.Equal(first, second) {
		t.Error("product JSON round trip changed the payload")
	}
}

func BenchmarkOrders(b *testing.B) {
	for b.Loop() {
		Orders(refNow)
	}
}

func BenchmarkProductImageSVG(b *testing.B) {
	for b.Loop() {
		ProductImageSVG("ultralight-bivy-bag")
	}
}

package demo

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"time"

	goshopify "github.com/bold-commerce/go-shopify/v4"
	"github.com/shopspring/decimal"
)

// Identifier ranges of order-related resources.
const (
	orderIDBase        uint64 = 5800000000000
	lineItemIDBase     uint64 = 14200000000000
	fulfillmentIDBase  uint64 = 5200000000000
	refundIDBase       uint64 = 9100000000000
	refundLineIDBase   uint64 = 4100000000000
	transactionIDBase  uint64 = 6700000000000
	shippingLineIDBase uint64 = 4300000000000
	warehouseLocation  uint64 = 71234567890
)

const day = 24 * time.Hour

// contactMode is what the shopper gave at checkout.
type contactMode int

const (
	contactBoth  contactMode = iota // email and phone, as far as the customer has them
	contactEmail                    // email only
	contactPhone                    // phone only (SMS updates)
)

// orderSpec is one row of the order table. Times are days before now.
type orderSpec struct {
	number      int
	customer    uint64
	contact     contactMode
	lines       []lineSpec
	express     bool
	presentment bool   // charged in the market's currency rather than EUR
	discount    string // a code from discountCodes
	gateway     string // empty: shopify_payments
	placed      float64
	note        string
	shipments   []shipmentSpec
	refunds     []refundSpec
	cancel      *cancelSpec
}

type lineSpec struct {
	handle  string
	variant string // variant title, "Default Title" for option-less products
	qty     int
}

// shipmentSpec is one fulfillment. Lines not in any shipment stay unfulfilled.
type shipmentSpec struct {
	lines   []int   // indices into orderSpec.lines; the whole quantity ships
	carrier string  // empty: the destination's usual carrier
	status  string  // Shopify shipment_status
	shipped float64 // days before now
	event   float64 // days before now of the latest carrier event (delivery, for delivered)
	digital bool    // gift cards: fulfilled by email, no carrier
}

type refundSpec struct {
	ago      float64
	lines    []refundLine
	shipping bool // also refund the shipping charge
	restock  bool
	note     string
}

type refundLine struct{ line, qty int }

type cancelSpec struct {
	ago    float64
	reason goshopify.OrderCancelReason
	refund bool // the payment had been captured and is refunded; otherwise the authorization is voided
}

// discountCodes are the store's percentage discount codes.
var discountCodes = map[string]string{"WELCOME10": "0.10", "TRAIL15": "0.15"}

// Orders returns the demo orders with every timestamp relative to now, so a
// parcel "delivered 5 days ago" is returnable whenever the demo runs.
func Orders(now time.Time) []goshopify.Order {
	b := newOrderBuilder(now)
	specs := orderSpecs()
	out := make([]goshopify.Order, 0, len(specs))
	for _, s := range specs {
		out = append(out, b.order(s))
	}
	return out
}

// orderBuilder resolves table references once per Orders call.
type orderBuilder struct {
	now       time.Time
	products  map[string]goshopify.Product
	customers map[uint64]customerSpec
}

func newOrderBuilder(now time.Time) orderBuilder {
	b := orderBuilder{
		now:       now.UTC().Truncate(time.Second),
		products:  map[string]goshopify.Product{},
		customers: map[uint64]customerSpec{},
	}
	for _, p := range Products() {
		b.products[p.Handle] = p
	}
	for _, c := range customerSpecs() {
		b.customers[c.n] = c
	}
	return b
}

// ago converts days before now to a timestamp with second precision.
func (b orderBuilder) ago(days float64) time.Time {
	return b.now.Add(-time.Duration(days * float64(day))).Truncate(time.Second)
}

// pricing converts shop amounts into the presentment currency, rounding each
// amount the way checkout displays it so presentment totals add up.
type pricing struct {
	currency string
	rate     decimal.Decimal
	places   int32
}

func (p pricing) set(shop decimal.Decimal) *goshopify.AmountSet {
	return &goshopify.AmountSet{
		ShopMoney:        goshopify.AmountSetEntry{Amount: dec(shop), CurrencyCode: "EUR"},
		PresentmentMoney: goshopify.AmountSetEntry{Amount: dec(p.convert(shop)), CurrencyCode: p.currency},
	}
}

func (p pricing) convert(shop decimal.Decimal) decimal.Decimal {
	return shop.Mul(p.rate).Round(p.places)
}

// sumSet adds amount sets entry by entry, so totals equal the sum of the
// displayed parts in both currencies.
func sumSet(currency string, sets ...*goshopify.AmountSet) *goshopify.AmountSet {
	shop, pres := decimal.Zero, decimal.Zero
	for _, s := range sets {
		shop = shop.Add(*s.ShopMoney.Amount)
		pres = pres.Add(*s.PresentmentMoney.Amount)
	}
	return &goshopify.AmountSet{
		ShopMoney:        goshopify.AmountSetEntry{Amount: dec(shop), CurrencyCode: "EUR"},
		PresentmentMoney: goshopify.AmountSetEntry{Amount: dec(pres), CurrencyCode: currency},
	}
}

func negSet(s *goshopify.AmountSet) *goshopify.AmountSet {
	return &goshopify.AmountSet{
		ShopMoney:        goshopify.AmountSetEntry{Amount: dec(s.ShopMoney.Amount.Neg()), CurrencyCode: s.ShopMoney.CurrencyCode},
		PresentmentMoney: goshopify.AmountSetEntry{Amount: dec(s.PresentmentMoney.Amount.Neg()), CurrencyCode: s.PresentmentMoney.CurrencyCode},
	}
}

func (b orderBuilder) order(s orderSpec) goshopify.Order {
	cust := b.customers[s.customer]
	country := countries[cust.country]
	pr := pricing{currency: "EUR", rate: decimal.NewFromInt(1), places: 2}
	if s.presentment && country.currency != "EUR" {
		pr = pricing{currency: country.currency, rate: decimal.RequireFromString(country.fxRate), places: country.decimals}
	}
	id := orderID(s.number)
	created := b.ago(s.placed)

	o := goshopify.Order{
		Id:                    id,
		Name:                  fmt.Sprintf("#%d", s.number),
		OrderNumber:           s.number,
		Number:                s.number - 1000,
		CreatedAt:             ptrTime(created),
		ProcessedAt:           ptrTime(created),
		Currency:              "EUR",
		PresentmentCurrency:   pr.currency,
		TaxesIncluded:         true,
		TotalTipReceived:      "0.00",
		Token:                 orderToken(s.number),
		CartToken:             orderToken(s.number + 50000)[:24],
		CheckoutToken:         orderToken(s.number + 90000)[:32],
		Note:                  s.note,
		CustomerLocale:        cust.locale,
		SourceName:            "web",
		Confirmed:             true,
		ProcessingMethod:      "direct",
		LandingSite:           "/",
		BuyerAcceptsMarketing: cust.marketing,
		InventoryBehaviour:    "decrement_obeying_policy",
	}
	o.OrderStatusUrl = fmt.Sprintf("%s/70411511968/orders/%s/authenticate?key=%s", storeURL, o.Token, orderToken(s.number + 70000)[:32])

	// Contact details as given at checkout.
	switch s.contact {
	case contactEmail:
		o.Email = cust.email
	case contactPhone:
		o.Phone = cust.phone
	default:
		o.Email, o.Phone = cust.email, cust.phone
	}
	if o.Email == "" && o.Phone == "" {
		o.Phone = cust.phone
	}
	o.ContactEmail = o.Email
	o.Customer = b.embeddedCustomer(cust)
	o.ShippingAddress = cust.orderAddress()
	o.BillingAddress = cust.orderAddress()

	gateway := s.gateway
	if gateway == "" {
		gateway = "shopify_payments"
	}
	o.Gateway = gateway
	o.PaymentGatewayNames = []string{gateway}
	if gateway != "shopify_payments" {
		o.ProcessingMethod = "offsite"
	}

	// Line items and discounts.
	pct := decimal.Zero
	if s.discount != "" {
		pct = decimal.RequireFromString(discountCodes[s.discount])
	}
	var lineSets, discountSets []*goshopify.AmountSet
	totalDiscount := decimal.Zero
	requiresShipping := false
	for i, ls := range s.lines {
		li := b.lineItem(s.number, i, ls, pr)
		if !pct.IsZero() {
			amount := li.Price.Mul(decimal.NewFromInt(int64(ls.qty))).Mul(pct).Round(2)
			set := pr.set(amount)
			li.TotalDiscount = dec(amount)
			li.DiscountAllocations = []goshopify.DiscountAllocations{{Amount: dec(amount), AmountSet: set, DiscountApplicationIndex: 0}}
			discountSets = append(discountSets, set)
			totalDiscount = totalDiscount.Add(amount)
		}
		requiresShipping = requiresShipping || li.RequiresShipping
		o.TotalWeight += li.Grams * ls.qty
		lineSets = append(lineSets, lineTotalSet(li, pr))
		o.LineItems = append(o.LineItems, li)
	}
	lineTotal := sumSet(pr.currency, lineSets...)
	discountTotal := sumSet(pr.currency, discountSets...)
	subtotal := sumSet(pr.currency, lineTotal, negSet(discountTotal))
	if s.discount != "" {
		o.DiscountCodes = []goshopify.DiscountCode{{Code: s.discount, Amount: dec(totalDiscount), Type: "percentage"}}
		o.DiscountApplications = []goshopify.DiscountApplication{{
			Type: "discount_code", Code: s.discount, Value: dec(pct.Mul(decimal.NewFromInt(100))),
			ValueType: "percentage", AllocationMethod: "across", TargetSelection: "all", TargetType: "line_item",
		}}
	}

	// Shipping: the zone's rate, free over the zone's threshold.
	shipSet := pr.set(decimal.Zero)
	if requiresShipping {
		rates := zoneRates[country.zone]
		r := rates[0]
		if s.express && rates[1].code != "" {
			r = rates[1]
		}
		price := decimal.RequireFromString(r.price)
		if r.freeOver != "" && !s.express && subtotal.ShopMoney.Amount.GreaterThanOrEqual(decimal.RequireFromString(r.freeOver)) {
			price = decimal.Zero
		}
		shipSet = pr.set(price)
		o.ShippingLines = []goshopify.ShippingLines{{
			Id: shippingLineIDBase + uint64(s.number), Title: r.title, Code: r.code, Source: "shopify",
			Price: dec(price), PriceSet: shipSet, DiscountedPrice: dec(price), DiscountedPriceSet: shipSet,
		}}
	}
	total := sumSet(pr.currency, subtotal, shipSet)

	o.TotalLineItemsPrice = lineTotal.ShopMoney.Amount
	o.TotalLineItemsPriceSet = lineTotal
	o.TotalDiscounts = discountTotal.ShopMoney.Amount
	o.TotalDiscountsSet = discountTotal
	o.SubtotalPrice = subtotal.ShopMoney.Amount
	o.TotalShippingPriceSet = shipSet
	o.TotalPrice = total.ShopMoney.Amount
	o.TotalPriceSet = total
	b.applyTax(&o, country, pr, total)

	// Payment.
	sale := goshopify.Transaction{
		Id: transactionIDBase + uint64(s.number)*10, OrderId: id, Amount: total.ShopMoney.Amount,
		Kind: "sale", Gateway: gateway, Status: "success", CreatedAt: ptrTime(created),
		Currency: "EUR", SourceName: "web", Authorization: orderToken(s.number + 30000)[:18],
	}
	if s.cancel != nil && !s.cancel.refund {
		sale.Kind = "authorization"
	}
	o.Transactions = []goshopify.Transaction{sale}
	o.FinancialStatus = goshopify.OrderFinancialStatusPaid
	updated := created

	// Fulfillments.
	shipped := map[int]bool{}
	for k, sh := range s.shipments {
		f := b.fulfillment(s, k, sh, o, cust)
		for _, li := range sh.lines {
			shipped[li] = true
		}
		if f.UpdatedAt.After(updated) {
			updated = *f.UpdatedAt
		}
		o.Fulfillments = append(o.Fulfillments, f)
	}
	for i := range o.LineItems {
		if shipped[i] {
			o.LineItems[i].FulfillmentStatus = goshopify.OrderFulfillmentStatusFulfilled
			o.LineItems[i].FulfillableQuantity = 0
		}
	}
	switch {
	case len(shipped) == len(s.lines):
		o.FulfillmentStatus = goshopify.OrderFulfillmentStatusFulfilled
	case len(shipped) > 0:
		o.FulfillmentStatus = goshopify.OrderFulfillmentStatusPartial
	}

	// Refunds and cancellation.
	refunded := decimal.Zero
	refundedSets := []*goshopify.AmountSet{}
	for k, rs := range s.refunds {
		r, set := b.refund(s, k, rs, o, pr, sale.Id, gateway)
		refunded = refunded.Add(*set.ShopMoney.Amount)
		refundedSets = append(refundedSets, set)
		for _, rl := range rs.lines {
			o.LineItems[rl.line].CurrentQuantity -= rl.qty
		}
		if r.CreatedAt.After(updated) {
			updated = *r.CreatedAt
		}
		o.Refunds = append(o.Refunds, r)
	}
	if c := s.cancel; c != nil {
		at := b.ago(c.ago)
		o.CancelledAt = ptrTime(at)
		o.ClosedAt = ptrTime(at)
		o.CancelReason = c.reason
		if at.After(updated) {
			updated = at
		}
		for i := range o.LineItems {
			o.LineItems[i].FulfillableQuantity = 0
			o.LineItems[i].CurrentQuantity = 0
		}
		if c.refund {
			all := refundSpec{ago: c.ago, shipping: true, restock: true, note: "Order cancelled: " + string(c.reason)}
			for i, ls := range s.lines {
				all.lines = append(all.lines, refundLine{i, ls.qty})
			}
			r, set := b.refund(s, len(s.refunds), all, o, pr, sale.Id, gateway)
			refunded = refunded.Add(*set.ShopMoney.Amount)
			refundedSets = append(refundedSets, set)
			o.Refunds = append(o.Refunds, r)
			o.FinancialStatus = goshopify.OrderFinancialStatusRefunded
		} else {
			o.FinancialStatus = goshopify.OrderFinancialStatusVoided
			o.Transactions = append(o.Transactions, goshopify.Transaction{
				Id: sale.Id + 9, OrderId: id, Amount: sale.Amount, Kind: "void", Gateway: gateway,
				Status: "success", CreatedAt: ptrTime(at), Currency: "EUR", SourceName: "web",
			})
			refunded = *total.ShopMoney.Amount
			refundedSets = append(refundedSets, total)
		}
	} else if len(s.refunds) > 0 {
		o.FinancialStatus = goshopify.OrderFinancialStatusPartiallyRefunded
		if refunded.Equal(*total.ShopMoney.Amount) {
			o.FinancialStatus = goshopify.OrderFinancialStatusRefunded
			o.ClosedAt = ptrTime(updated)
		}
	}

	// Current figures net of refunds and cancellations.
	current := sumSet(pr.currency, append([]*goshopify.AmountSet{total}, negSets(refundedSets)...)...)
	o.CurrentTotalPrice = current.ShopMoney.Amount
	currentSubtotal := subtotal.ShopMoney.Amount.Sub(refunded)
	if currentSubtotal.IsNegative() {
		currentSubtotal = decimal.Zero
	}
	o.CurrentSubtotalPrice = dec(currentSubtotal)
	o.CurrentTotalDiscounts = o.TotalDiscounts
	o.CurrentTotalDiscountsSet = o.TotalDiscountsSet
	o.UpdatedAt = ptrTime(updated)
	return o
}

func negSets(sets []*goshopify.AmountSet) []*goshopify.AmountSet {
	out := make([]*goshopify.AmountSet, len(sets))
	for i, s := range sets {
		out[i] = negSet(s)
	}
	return out
}

// applyTax records the VAT included in the prices: destination VAT inside the
// EU (one-stop shop) and UK VAT for DDP deliveries to Great Britain. Exports
// elsewhere are zero-rated.
func (b orderBuilder) applyTax(o *goshopify.Order, country countryInfo, pr pricing, total *goshopify.AmountSet) {
	tax := decimal.Zero
	if country.vat != "" {
		r := decimal.RequireFromString(country.vat)
		tax = total.ShopMoney.Amount.Mul(r).Div(r.Add(decimal.NewFromInt(1))).Round(2)
		set := pr.set(tax)
		o.TaxLines = []goshopify.TaxLine{{Title: country.vatTitle, Price: dec(tax), PriceSet: set, Rate: dec(r)}}
	}
	set := pr.set(tax)
	o.TotalTax, o.TotalTaxSet = dec(tax), set
	o.CurrentTotalTax, o.CurrentTotalTaxSet = dec(tax), set
}

func (b orderBuilder) embeddedCustomer(c customerSpec) *goshopify.Customer {
	created := customerEpoch.Add(time.Duration(c.n) * 11 * 24 * time.Hour)
	addr := c.customerAddress()
	return &goshopify.Customer{
		Id: customerID(c.n), Email: c.email, FirstName: c.first, LastName: c.last, Phone: c.phone,
		State: "enabled", VerifiedEmail: c.email != "", Currency: "EUR", AcceptsMarketing: c.marketing,
		CreatedAt: ptrTime(created), UpdatedAt: ptrTime(created.Add(36 * time.Hour)), Tags: joinTags(c.tags),
		DefaultAddress:    &addr,
		AdminGraphqlApiId: fmt.Sprintf("gid://shopify/Customer/%d", customerID(c.n)),
	}
}

// lineItem resolves a table line to the catalog variant. An unknown handle or
// variant yields a line without product and variant ids, which the tests
// reject, rather than a panic at run time.
func (b orderBuilder) lineItem(number, i int, ls lineSpec, pr pricing) goshopify.LineItem {
	li := goshopify.LineItem{
		Id:                  lineItemID(number, i),
		Quantity:            ls.qty,
		CurrentQuantity:     ls.qty,
		FulfillableQuantity: ls.qty,
		FulfillmentService:  "manual",
		TotalDiscount:       dec(decimal.Zero),
		Title:               ls.handle,
	}
	p, ok := b.products[ls.handle]
	if !ok {
		return li
	}
	for _, v := range p.Variants {
		if v.Title != ls.variant {
			continue
		}
		li.ProductId, li.VariantId = p.Id, v.Id
		li.Title, li.Vendor, li.SKU = p.Title, p.Vendor, v.Sku
		li.Name = p.Title
		if v.Title != "Default Title" {
			li.VariantTitle = v.Title
			li.Name = p.Title + " - " + v.Title
		}
		li.Price, li.PriceSet = dec(*v.Price), pr.set(*v.Price)
		li.Grams = v.Grams
		li.Taxable = v.Taxable
		li.RequiresShipping = v.RequireShipping
		li.GiftCard = hasTag(p.Tags, "gift-card")
		li.VariantInventoryManagement = v.InventoryManagement
		li.ProductExists = true
		break
	}
	return li
}

func lineTotalSet(li goshopify.LineItem, pr pricing) *goshopify.AmountSet {
	if li.Price == nil {
		return pr.set(decimal.Zero)
	}
	qty := decimal.NewFromInt(int64(li.Quantity))
	return &goshopify.AmountSet{
		ShopMoney:        goshopify.AmountSetEntry{Amount: dec(li.Price.Mul(qty)), CurrencyCode: "EUR"},
		PresentmentMoney: goshopify.AmountSetEntry{Amount: dec(pr.convert(*li.Price).Mul(qty)), CurrencyCode: pr.currency},
	}
}

func (b orderBuilder) fulfillment(s orderSpec, k int, sh shipmentSpec, o goshopify.Order, cust customerSpec) goshopify.Fulfillment {
	shippedAt := b.ago(sh.shipped)
	f := goshopify.Fulfillment{
		Id:             fulfillmentIDBase + uint64(s.number)*10 + uint64(k),
		OrderId:        o.Id,
		LocationId:     warehouseLocation,
		Status:         "success",
		CreatedAt:      ptrTime(shippedAt),
		UpdatedAt:      ptrTime(shippedAt),
		Service:        "manual",
		NotifyCustomer: true,
	}
	for _, i := range sh.lines {
		li := o.LineItems[i]
		li.FulfillmentStatus = goshopify.OrderFulfillmentStatusFulfilled
		li.FulfillableQuantity = 0
		f.LineItems = append(f.LineItems, li)
	}
	if sh.digital {
		return f
	}
	carrier := sh.carrier
	if carrier == "" {
		carrier = countries[cust.country].carrier
	}
	number := trackingNumber(carrier, uint64(s.number)*10+uint64(k))
	url := trackingURL(carrier, number, cust.zip)
	f.TrackingCompany = carrier
	f.TrackingNumber, f.TrackingNumbers = number, []string{number}
	f.TrackingUrl, f.TrackingUrls = url, []string{url}
	f.ShipmentStatus = sh.status
	f.UpdatedAt = ptrTime(b.ago(sh.event))
	return f
}

// refund builds a refund of the given lines (and optionally the shipping
// charge) and returns it with the refunded amount.
func (b orderBuilder) refund(s orderSpec, k int, rs refundSpec, o goshopify.Order, pr pricing, saleID uint64, gateway string) (goshopify.Refund, *goshopify.AmountSet) {
	at := b.ago(rs.ago)
	id := refundIDBase + uint64(s.number)*10 + uint64(k)
	r := goshopify.Refund{Id: id, OrderId: o.Id, CreatedAt: ptrTime(at), Note: rs.note, Restock: rs.restock}
	country := countries[b.customers[s.customer].country]
	var sets []*goshopify.AmountSet
	for j, rl := range rs.lines {
		li := o.LineItems[rl.line]
		qty := decimal.NewFromInt(int64(rl.qty))
		gross := li.Price.Mul(qty)
		// The line's discount is refunded pro rata to the quantity returned.
		disc := li.TotalDiscount.Mul(qty).Div(decimal.NewFromInt(int64(li.Quantity))).Round(2)
		sub := gross.Sub(disc)
		set := pr.set(sub)
		tax := decimal.Zero
		if country.vat != "" {
			vr := decimal.RequireFromString(country.vat)
			tax = sub.Mul(vr).Div(vr.Add(decimal.NewFromInt(1))).Round(2)
		}
		lineCopy := li
		r.RefundLineItems = append(r.RefundLineItems, goshopify.RefundLineItem{
			Id: refundLineIDBase + uint64(s.number)*100 + uint64(k)*10 + uint64(j), Quantity: rl.qty,
			LineItemId: li.Id, LineItem: &lineCopy, Subtotal: dec(sub), SubTotalSet: set,
			TotalTax: dec(tax), TotalTaxSet: pr.set(tax),
		})
		sets = append(sets, set)
	}
	if rs.shipping && len(o.ShippingLines) > 0 && !o.ShippingLines[0].Price.IsZero() {
		ship := o.ShippingLines[0].PriceSet
		r.OrderAdjustments = append(r.OrderAdjustments, goshopify.OrderAdjustment{
			Id: id + 5, OrderId: o.Id, RefundId: id, Kind: goshopify.OrderAdjustmentTypeShippingRefund,
			Reason: "Shipping refund", Amount: dec(ship.ShopMoney.Amount.Neg()), AmountSet: negSet(ship),
			TaxAmount: dec(decimal.Zero), TaxAmountSet: pr.set(decimal.Zero),
		})
		sets = append(sets, ship)
	}
	total := sumSet(pr.currency, sets...)
	parent := int64(saleID)
	r.Transactions = []goshopify.Transaction{{
		Id: transactionIDBase + uint64(s.number)*10 + 1 + uint64(k), OrderId: o.Id, Amount: total.ShopMoney.Amount,
		Kind: "refund", Gateway: gateway, Status: "success", CreatedAt: ptrTime(at), Currency: "EUR",
		ParentId: &parent, SourceName: "web", Message: "Refund processed",
	}}
	return r, total
}

func orderID(number int) uint64 { return orderIDBase + uint64(number) }

func lineItemID(number, i int) uint64 { return lineItemIDBase + uint64(number)*10 + uint64(i) }

// orderToken derives a stable hex token from the order number.
func orderToken(seed int) string {
	h := sha256.Sum256([]byte("northwind-demo-order-" + strconv.Itoa(seed)))
	return hex.EncodeToString(h[:16])
}

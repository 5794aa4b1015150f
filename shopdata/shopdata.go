// Package shopdata converts Shopify's REST-format payloads (what webhooks
// deliver, parsed with go-shopify's structs) into the app's db models. The
// webhook processors, the demo seeder and tests share it so every path
// stores data the same way.
package shopdata

import (
	"fmt"
	"strings"
	"time"

	goshopify "github.com/bold-commerce/go-shopify/v4"
	"github.com/shopspring/decimal"

	"shopassist/db"
)

// Order maps an order payload, with its line items, fulfillments and refunds.
func Order(shopID int64, o *goshopify.Order) *db.Order {
	out := &db.Order{
		ShopID:              shopID,
		ShopifyID:           int64(o.Id),
		Name:                o.Name,
		OrderNumber:         int64(o.OrderNumber),
		Email:               firstNonEmpty(o.Email, o.ContactEmail),
		Phone:               o.Phone,
		CustomerLocale:      o.CustomerLocale,
		FinancialStatus:     string(o.FinancialStatus),
		FulfillmentStatus:   string(o.FulfillmentStatus),
		CancelReason:        string(o.CancelReason),
		CancelledAt:         utc(o.CancelledAt),
		ClosedAt:            utc(o.ClosedAt),
		ProcessedAt:         utc(o.ProcessedAt),
		Currency:            o.Currency,
		PresentmentCurrency: o.PresentmentCurrency,
		TotalPrice:          dec(firstDec(o.CurrentTotalPrice, o.TotalPrice)),
		SubtotalPrice:       dec(firstDec(o.CurrentSubtotalPrice, o.SubtotalPrice)),
		OrderStatusURL:      o.OrderStatusUrl,
		Tags:                o.Tags,
		ShopifyCreatedAt:    utc(o.CreatedAt),
		ShopifyUpdatedAt:    utc(firstTime(o.UpdatedAt, o.CreatedAt)),
	}
	if out.OrderNumber == 0 && o.Number != 0 {
		// order_number is number + 1000 in Shopify's numbering.
		out.OrderNumber = int64(o.Number) + 1000
	}
	if c := o.Customer; c != nil {
		out.CustomerID = int64(c.Id)
		out.CustomerName = strings.TrimSpace(c.FirstName + " " + c.LastName)
		if out.Email == "" {
			out.Email = c.Email
		}
		if out.Phone == "" {
			out.Phone = c.Phone
		}
	}
	if a := o.ShippingAddress; a != nil {
		out.ShippingCountry = a.CountryCode
		out.ShippingPhone = a.Phone
		if out.Phone == "" {
			out.Phone = a.Phone
		}
		if out.CustomerName == "" {
			out.CustomerName = strings.TrimSpace(a.FirstName + " " + a.LastName)
		}
	}
	if a := o.BillingAddress; a != nil {
		out.BillingCountry = a.CountryCode
		out.BillingPhone = a.Phone
	}
	for _, li := range o.LineItems {
		out.LineItems = append(out.LineItems, LineItem(shopID, li))
	}
	for i := range o.Fulfillments {
		out.Fulfillments = append(out.Fulfillments, *Fulfillment(shopID, &o.Fulfillments[i]))
	}
	for i := range o.Refunds {
		out.Refunds = append(out.Refunds, *Refund(shopID, &o.Refunds[i], o.Currency))
	}
	return out
}

// LineItem maps one order line.
func LineItem(shopID int64, li goshopify.LineItem) db.OrderLineItem {
	return db.OrderLineItem{
		ShopID:              shopID,
		ShopifyID:           int64(li.Id),
		ProductID:           int64(li.ProductId),
		VariantID:           int64(li.VariantId),
		Title:               li.Title,
		VariantTitle:        li.VariantTitle,
		SKU:                 li.SKU,
		Quantity:            li.Quantity,
		Price:               dec(li.Price),
		FulfillableQuantity: li.FulfillableQuantity,
		FulfillmentStatus:   string(li.FulfillmentStatus),
	}
}

// Fulfillment maps a fulfillment payload (also the body of fulfillments/*).
func Fulfillment(shopID int64, f *goshopify.Fulfillment) *db.Fulfillment {
	numbers := f.TrackingNumbers
	if len(numbers) == 0 && f.TrackingNumber != "" {
		numbers = []string{f.TrackingNumber}
	}
	urls := f.TrackingUrls
	if len(urls) == 0 && f.TrackingUrl != "" {
		urls = []string{f.TrackingUrl}
	}
	out := &db.Fulfillment{
		ShopID:           shopID,
		ShopifyID:        int64(f.Id),
		Status:           f.Status,
		ShipmentStatus:   f.ShipmentStatus,
		TrackingCompany:  f.TrackingCompany,
		TrackingNumbers:  db.NewJSON(nonNil(numbers)),
		TrackingURLs:     db.NewJSON(nonNil(urls)),
		ShopifyCreatedAt: utc(f.CreatedAt),
		ShopifyUpdatedAt: utc(firstTime(f.UpdatedAt, f.CreatedAt)),
	}
	if f.ShipmentStatus == "delivered" {
		out.DeliveredAt = out.ShopifyUpdatedAt
	}
	lines := []db.FulfillmentLine{}
	for _, li := range f.LineItems {
		lines = append(lines, db.FulfillmentLine{LineItemID: int64(li.Id), Title: li.Title, Quantity: li.Quantity})
	}
	out.LineItems = db.NewJSON(lines)
	return out
}

// FulfillmentEvent converts a fulfillment event (whose times go-shopify
// leaves as strings). A missing or malformed happened_at, or a malformed
// estimate, is an error: without the event time the event cannot be
// ordered against the others.
func FulfillmentEvent(e *goshopify.FulfillmentEvent) (db.FulfillmentEvent, error) {
	happened, err := time.Parse(time.RFC3339, e.HappenedAt)
	if err != nil {
		return db.FulfillmentEvent{}, fmt.Errorf("fulfillment event happened_at %q: %w", e.HappenedAt, err)
	}
	fe := db.FulfillmentEvent{Status: strings.ToLower(strings.TrimSpace(e.Status)), HappenedAt: happened}
	if e.EstimatedDeliveryAt != "" {
		eta, err := time.Parse(time.RFC3339, e.EstimatedDeliveryAt)
		if err != nil {
			return db.FulfillmentEvent{}, fmt.Errorf("fulfillment event estimated_delivery_at %q: %w", e.EstimatedDeliveryAt, err)
		}
		fe.EstimatedDeliveryAt = &eta
	}
	return fe, nil
}

// Refund maps a refund payload; the amount is the sum of its successful
// refund transactions.
func Refund(shopID int64, r *goshopify.Refund, currency string) *db.Refund {
	total := decimal.Zero
	for _, t := range r.Transactions {
		if t.Amount == nil || (t.Kind != "" && t.Kind != "refund") || (t.Status != "" && t.Status != "success") {
			continue
		}
		total = total.Add(*t.Amount)
		if t.Currency != "" {
			currency = t.Currency
		}
	}
	lines := []db.RefundLine{}
	for _, rl := range r.RefundLineItems {
		lineID := int64(rl.LineItemId)
		if lineID == 0 && rl.LineItem != nil {
			lineID = int64(rl.LineItem.Id)
		}
		lines = append(lines, db.RefundLine{LineItemID: lineID, Quantity: rl.Quantity, Subtotal: dec(rl.Subtotal)})
	}
	return &db.Refund{
		ShopID:           shopID,
		ShopifyID:        int64(r.Id),
		Note:             r.Note,
		Amount:           total.StringFixed(2),
		Currency:         currency,
		LineItems:        db.NewJSON(lines),
		ShopifyCreatedAt: utc(r.CreatedAt),
	}
}

// Product maps a product payload with its variants. Translations are not
// part of product payloads; catalog sync adds them.
func Product(shopID int64, p *goshopify.Product) db.Product {
	tags := []string{}
	for _, t := range strings.Split(p.Tags, ",") {
		if t = strings.TrimSpace(t); t != "" {
			tags = append(tags, t)
		}
	}
	opts := []db.ProductOption{}
	for _, o := range p.Options {
		opts = append(opts, db.ProductOption{Name: o.Name, Values: nonNil(o.Values)})
	}
	imgs := []db.ProductImage{}
	for _, im := range p.Images {
		imgs = append(imgs, db.ProductImage{Src: im.Src, Alt: im.Alt})
	}
	if len(imgs) == 0 && p.Image.Src != "" {
		imgs = append(imgs, db.ProductImage{Src: p.Image.Src, Alt: p.Image.Alt})
	}
	status := string(p.Status)
	if status == "" {
		status = "active"
	}
	out := db.Product{
		ShopID:           shopID,
		ShopifyID:        int64(p.Id),
		Handle:           p.Handle,
		Title:            p.Title,
		Description:      HTMLToText(p.BodyHTML),
		BodyHTML:         p.BodyHTML,
		Vendor:           p.Vendor,
		ProductType:      p.ProductType,
		Tags:             db.NewJSON(tags),
		Status:           status,
		Options:          db.NewJSON(opts),
		Images:           db.NewJSON(imgs),
		ShopifyUpdatedAt: utc(firstTime(p.UpdatedAt, p.CreatedAt)),
	}
	for _, v := range p.Variants {
		out.Variants = append(out.Variants, Variant(shopID, v))
	}
	return out
}

// Variant maps one variant. A variant is available when it is in stock,
// not inventory-tracked, or allowed to oversell.
func Variant(shopID int64, v goshopify.Variant) db.Variant {
	available := v.InventoryQuantity > 0 || v.InventoryManagement == "" || v.InventoryPolicy == "continue"
	return db.Variant{
		ShopID:            shopID,
		ShopifyID:         int64(v.Id),
		Title:             v.Title,
		SKU:               v.Sku,
		Price:             dec(v.Price),
		CompareAtPrice:    decOpt(v.CompareAtPrice),
		Option1:           v.Option1,
		Option2:           v.Option2,
		Option3:           v.Option3,
		InventoryQuantity: v.InventoryQuantity,
		Available:         available,
		Position:          v.Position,
		InventoryItemID:   int64(v.InventoryItemId),
		Grams:             v.Grams,
	}
}

func dec(d *decimal.Decimal) string {
	if d == nil {
		return "0.00"
	}
	return d.StringFixed(2)
}

func decOpt(d *decimal.Decimal) string {
	if d == nil || d.IsZero() {
		return ""
	}
	return d.StringFixed(2)
}

func firstDec(ds ...*decimal.Decimal) *decimal.Decimal {
	for _, d := range ds {
		if d != nil {
			return d
		}
	}
	return nil
}

func firstTime(ts ...*time.Time) *time.Time {
	for _, t := range ts {
		if t != nil && !t.IsZero() {
			return t
		}
	}
	return nil
}

func utc(t *time.Time) *time.Time {
	if t == nil || t.IsZero() {
		return nil
	}
	u := t.UTC()
	return &u
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// ChatAttribute is the cart attribute (and line item property) the widget
// sets to the conversation id. The leading underscore is Shopify's
// convention for attributes and properties hidden from the shopper at
// checkout.
const ChatAttribute = "_shopassist_conversation"

// ChatAttribution reads which conversation an order came from: the cart
// attribute the widget set (the order's note_attributes), else a line item
// property of a product added to the cart from the chat. linesTotal is the
// value (price × quantity) of the lines added from the chat, as a decimal
// string in the order currency.
func ChatAttribution(o *goshopify.Order) (conversationID, linesTotal string) {
	for _, a := range o.NoteAttributes {
		if a.Name == ChatAttribute {
			conversationID = attributeValue(a.Value)
		}
	}
	sum := decimal.Zero
	for _, li := range o.LineItems {
		for _, p := range li.Properties {
			id := attributeValue(p.Value)
			if p.Name != ChatAttribute || id == "" {
				continue
			}
			if conversationID == "" {
				conversationID = id
			}
			if li.Price != nil {
				sum = sum.Add(li.Price.Mul(decimal.NewFromInt(int64(li.Quantity))))
			}
		}
	}
	return conversationID, sum.StringFixed(2)
}

// attributeValue keeps a conversation id only when it looks like one (ids
// are short tokens): attributes are shopper-controlled input.
func attributeValue(v any) string {
	s, _ := v.(string)
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return ""
	}
	for _, r := range s {
		if !(r == '-' || r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return ""
		}
	}
	return s
}

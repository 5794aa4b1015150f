package db

import (
	"context"
	"encoding/json"
	"fmt"
	"time"
)

// CustomerRef identifies a customer the way Shopify's compliance webhooks do:
// Shopify customer id, email and phone, any of which may be empty.
type CustomerRef struct {
	ID    int64  `json:"id"`
	Email string `json:"email"`
	Phone string `json:"phone"`
}

func (c CustomerRef) normalized() CustomerRef {
	return CustomerRef{ID: c.ID, Email: NormalizeEmail(c.Email), Phone: NormalizePhone(c.Phone)}
}

// matchSQL builds "(col1 = ? OR col2 = ? ...)" over the identifiers that are
// set. Empty identifiers are never matched: an empty email would otherwise
// match every guest order. ok is false when nothing identifies the customer.
func (c CustomerRef) matchSQL(idCol, emailCol, phoneCol string, orderIDs []int64) (string, []any, bool) {
	var (
		conds []string
		args  []any
	)
	if c.ID != 0 {
		conds, args = append(conds, idCol+" = ?"), append(args, c.ID)
	}
	if c.Email != "" {
		conds, args = append(conds, emailCol+" = ?"), append(args, c.Email)
	}
	if c.Phone != "" {
		conds, args = append(conds, phoneCol+" = ?"), append(args, c.Phone)
	}
	if len(orderIDs) > 0 {
		conds, args = append(conds, "shopify_id IN ?"), append(args, orderIDs)
	}
	if len(conds) == 0 {
		return "", nil, false
	}
	sql := "("
	for i, c := range conds {
		if i > 0 {
			sql += " OR "
		}
		sql += c
	}
	return sql + ")", args, true
}

// CustomerExport is one customers/data_request answer: everything the app
// held about the customer when the request arrived.
type CustomerExport struct {
	ID                int64
	ShopID            int64
	DataRequestID     int64
	CustomerID        int64
	Email             string
	Phone             string
	OrderCount        int
	ConversationCount int
	MessageCount      int
	// Data is the export document (CustomerExportData as JSON).
	Data      []byte
	CreatedAt time.Time
}

// TableName pins the table (gorm would pluralise to the same, but the
// compliance tables are looked up directly in tests).
func (CustomerExport) TableName() string { return "customer_data_exports" }

// CustomerExportData is the document handed to the merchant.
type CustomerExportData struct {
	GeneratedAt     time.Time            `json:"generated_at"`
	Shop            string               `json:"shop"`
	DataRequestID   int64                `json:"data_request_id"`
	Customer        CustomerRef          `json:"customer"`
	OrdersRequested []int64              `json:"orders_requested"`
	Orders          []ExportOrder        `json:"orders"`
	Conversations   []ExportConversation `json:"conversations"`
}

// ExportOrder is an order as it appears in an export.
type ExportOrder struct {
	ShopifyID         int64              `json:"shopify_id"`
	Name              string             `json:"name"`
	Email             string             `json:"email"`
	Phone             string             `json:"phone"`
	CustomerID        int64              `json:"customer_id"`
	CustomerName      string             `json:"customer_name"`
	FinancialStatus   string             `json:"financial_status"`
	FulfillmentStatus string             `json:"fulfillment_status"`
	TotalPrice        string             `json:"total_price"`
	Currency          string             `json:"currency"`
	ShippingCountry   string             `json:"shipping_country"`
	CreatedAt         *time.Time         `json:"created_at"`
	LineItems         []ExportLineItem   `json:"line_items"`
	Fulfillments      []ExportShipment   `json:"fulfillments"`
	Refunds           []ExportRefund     `json:"refunds"`
	Returns           []ExportReturnInfo `json:"returns"`
}

// ExportLineItem is an order line in an export.
type ExportLineItem struct {
	Title        string `json:"title"`
	VariantTitle string `json:"variant_title"`
	SKU          string `json:"sku"`
	Quantity     int    `json:"quantity"`
	Price        string `json:"price"`
}

// ExportShipment is a fulfillment in an export.
type ExportShipment struct {
	Status          string   `json:"status"`
	ShipmentStatus  string   `json:"shipment_status"`
	TrackingCompany string   `json:"tracking_company"`
	TrackingNumbers []string `json:"tracking_numbers"`
}

// ExportRefund is a refund in an export.
type ExportRefund struct {
	Amount   string `json:"amount"`
	Currency string `json:"currency"`
	Note     string `json:"note"`
}

// ExportReturnInfo is a return in an export.
type ExportReturnInfo struct {
	Name   string `json:"name"`
	Status string `json:"status"`
	Reason string `json:"reason"`
}

// ExportConversation is a conversation with its messages in an export.
type ExportConversation struct {
	ID        string          `json:"id"`
	Language  string          `json:"language"`
	Status    string          `json:"status"`
	CreatedAt time.Time       `json:"created_at"`
	Messages  []ExportMessage `json:"messages"`
}

// ExportMessage is one chat message in an export.
type ExportMessage struct {
	Role      string    `json:"role"`
	Text      string    `json:"text"`
	CreatedAt time.Time `json:"created_at"`
}

// CreateCustomerExport gathers the customer's orders (matched by customer id,
// email, phone or the requested order ids), conversations and messages, and
// stores the export for the merchant.
func (s *Store) CreateCustomerExport(ctx context.Context, shopID int64, dataRequestID int64, who CustomerRef,
	orderIDs []int64, now time.Time) (*CustomerExport, error) {
	shop, err := s.GetShopByID(ctx, shopID)
	if err != nil {
		return nil, err
	}
	who = who.normalized()
	doc := CustomerExportData{GeneratedAt: now.UTC(), Shop: shop.Domain, DataRequestID: dataRequestID, Customer: who,
		OrdersRequested: orderIDs, Orders: []ExportOrder{}, Conversations: []ExportConversation{}}
	if doc.OrdersRequested == nil {
		doc.OrdersRequested = []int64{}
	}
	g := s.db(ctx)
	if where, args, ok := who.matchSQL("customer_id", "email", "phone", orderIDs); ok {
		var orders []Order
		if err := g.Preload("LineItems").Preload("Fulfillments").Preload("Refunds").Preload("Returns").
			Where("shop_id = ?", shopID).Where(where, args...).Order("id").Find(&orders).Error; err != nil {
			return nil, fmt.Errorf("export orders of customer in shop %d: %w", shopID, err)
		}
		for _, o := range orders {
			doc.Orders = append(doc.Orders, exportOrder(o))
		}
	}
	messages := 0
	if where, args, ok := who.matchSQL("customer_id", "customer_email", "customer_phone", nil); ok {
		var convs []Conversation
		if err := g.Where("shop_id = ?", shopID).Where(where, args...).Order("created_at, id").Find(&convs).Error; err != nil {
			return nil, fmt.Errorf("export conversations of customer in shop %d: %w", shopID, err)
		}
		for _, c := range convs {
			var msgs []Message
			if err := g.Where("conversation_id = ?", c.ID).Order("id").Find(&msgs).Error; err != nil {
				return nil, fmt.Errorf("export messages of conversation %s: %w", c.ID, err)
			}
			ec := ExportConversation{ID: c.ID, Language: c.Language, Status: c.Status, CreatedAt: c.CreatedAt,
				Messages: []ExportMessage{}}
			for _, m := range msgs {
				ec.Messages = append(ec.Messages, ExportMessage{Role: m.Role, Text: m.Text, CreatedAt: m.CreatedAt})
			}
			messages += len(msgs)
			doc.Conversations = append(doc.Conversations, ec)
		}
	}
	data, err := json.Marshal(doc)
	if err != nil {
		return nil, fmt.Errorf("encode customer export: %w", err)
	}
	exp := &CustomerExport{ShopID: shopID, DataRequestID: dataRequestID, CustomerID: who.ID, Email: who.Email,
		Phone: who.Phone, OrderCount: len(doc.Orders), ConversationCount: len(doc.Conversations), MessageCount: messages,
		Data: data, CreatedAt: now.UTC()}
	if err := g.Create(exp).Error; err != nil {
		return nil, fmt.Errorf("save customer export in shop %d: %w", shopID, err)
	}
	return exp, nil
}

func exportOrder(o Order) ExportOrder {
	out := ExportOrder{ShopifyID: o.ShopifyID, Name: o.Name, Email: o.Email, Phone: o.Phone, CustomerID: o.CustomerID,
		CustomerName: o.CustomerName, FinancialStatus: o.FinancialStatus, FulfillmentStatus: o.FulfillmentStatus,
		TotalPrice: o.TotalPrice, Currency: o.Currency, ShippingCountry: o.ShippingCountry, CreatedAt: o.ShopifyCreatedAt,
		LineItems: []ExportLineItem{}, Fulfillments: []ExportShipment{}, Refunds: []ExportRefund{}, Returns: []ExportReturnInfo{}}
	for _, li := range o.LineItems {
		out.LineItems = append(out.LineItems, ExportLineItem{Title: li.Title, VariantTitle: li.VariantTitle, SKU: li.SKU,
			Quantity: li.Quantity, Price: li.Price})
	}
	for _, f := range o.Fulfillments {
		out.Fulfillments = append(out.Fulfillments, ExportShipment{Status: f.Status, ShipmentStatus: f.ShipmentStatus,
			TrackingCompany: f.TrackingCompany, TrackingNumbers: f.TrackingNumbers.V})
	}
	for _, r := range o.Refunds {
		out.Refunds = append(out.Refunds, ExportRefund{Amount: r.Amount, Currency: r.Currency, Note: r.Note})
	}
	for _, r := range o.Returns {
		out.Returns = append(out.Returns, ExportReturnInfo{Name: r.Name, Status: r.Status, Reason: r.Reason})
	}
	return out
}

// ListCustomerExports lists a shop's exports, newest first, without their
// documents.
func (s *Store) ListCustomerExports(ctx context.Context, shopID int64, limit int) ([]CustomerExport, error) {
	if limit <= 0 || limit > 500 {
		limit = 50
	}
	var out []CustomerExport
	if err := s.db(ctx).Omit("data").Where("shop_id = ?", shopID).Order("created_at DESC, id DESC").Limit(limit).
		Find(&out).Error; err != nil {
		return nil, fmt.Errorf("list customer exports of shop %d: %w", shopID, err)
	}
	return out, nil
}

// GetCustomerExport loads one export of the shop with its document.
func (s *Store) GetCustomerExport(ctx context.Context, shopID, id int64) (*CustomerExport, error) {
	var e CustomerExport
	if err := s.db(ctx).Where("shop_id = ? AND id = ?", shopID, id).Take(&e).Error; err != nil {
		return nil, fmt.Errorf("get customer export %d of shop %d: %w", id, shopID, notFound(err))
	}
	return &e, nil
}

// DeleteCustomerExports removes every export of the shop; shop/redact calls
// it before DeleteShopData, which does not know this table.
func (s *Store) DeleteCustomerExports(ctx context.Context, shopID int64) error {
	if err := s.db(ctx).Where("shop_id = ?", shopID).Delete(&CustomerExport{}).Error; err != nil {
		return fmt.Errorf("delete customer exports of shop %d: %w", shopID, err)
	}
	return nil
}

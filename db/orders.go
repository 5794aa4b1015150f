package db

import (
	"context"
	"fmt"
	"strings"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// UpsertResult says what an upsert did.
type UpsertResult int

// Upsert outcomes.
const (
	Inserted UpsertResult = iota + 1
	Updated
	// Stale means the incoming data was older than what is stored and was
	// ignored: webhooks arrive unordered and at least once.
	Stale
)

// lockRow ensures a row exists for (shop_id, shopify_id) and locks it for
// the rest of the transaction, in one statement: the no-op DO UPDATE takes
// the row lock and makes RETURNING yield the existing row as well as a new
// placeholder (SQLite serialises writers anyway). A placeholder carries no
// Shopify updated_at, which is how callers tell a row that only now gets
// real data.
func lockRow[T any](g *gorm.DB, placeholder *T) (*T, error) {
	err := g.Clauses(clause.OnConflict{
		Columns:   []clause.Column{{Name: "shop_id"}, {Name: "shopify_id"}},
		DoUpdates: clause.Assignments(map[string]any{"shop_id": gorm.Expr("excluded.shop_id")}),
	}, clause.Returning{}).Create(placeholder).Error
	if err != nil {
		return nil, err
	}
	return placeholder, nil
}

func newer(stored, incoming *time.Time) bool {
	return stored != nil && incoming != nil && stored.After(*incoming)
}

// UpsertOrder stores an order snapshot with its line items, fulfillments and
// refunds. An older snapshot (by Shopify's updated_at) never overwrites a
// newer one.
func (s *Store) UpsertOrder(ctx context.Context, o *Order) (UpsertResult, error) {
	var result UpsertResult
	err := s.db(ctx).Transaction(func(g *gorm.DB) error {
		now := time.Now().UTC()
		existing, err := lockRow(g, &Order{ShopID: o.ShopID, ShopifyID: o.ShopifyID, CreatedAt: now, UpdatedAt: now})
		if err != nil {
			return err
		}
		if result = mergeOrder(existing, o, now); result == Stale {
			return nil
		}
		if err := g.Omit(clause.Associations).Save(o).Error; err != nil {
			return err
		}
		if err := replaceLineItems(g, o); err != nil {
			return err
		}
		for i := range o.Fulfillments {
			f := &o.Fulfillments[i]
			f.ShopID, f.OrderID = o.ShopID, o.ID
			if _, err := upsertFulfillment(g, f); err != nil {
				return err
			}
		}
		for i := range o.Refunds {
			r := &o.Refunds[i]
			r.ShopID, r.OrderID = o.ShopID, o.ID
			if err := insertRefund(g, r); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("upsert order %d of shop %d: %w", o.ShopifyID, o.ShopID, err)
	}
	return result, nil
}

// mergeOrder prepares the incoming snapshot o to replace the stored row
// existing (locked): Stale when existing is newer, otherwise o takes the
// row's identity and its contact fields are normalised for matching.
func mergeOrder(existing, o *Order, now time.Time) UpsertResult {
	if newer(existing.ShopifyUpdatedAt, o.ShopifyUpdatedAt) {
		return Stale
	}
	result := Updated
	if existing.ShopifyUpdatedAt == nil {
		result = Inserted
	}
	o.ID, o.CreatedAt, o.UpdatedAt = existing.ID, existing.CreatedAt, now
	o.Email = NormalizeEmail(o.Email)
	o.Phone = NormalizePhone(o.Phone)
	o.ShippingPhone = NormalizePhone(o.ShippingPhone)
	o.BillingPhone = NormalizePhone(o.BillingPhone)
	return result
}

func replaceLineItems(g *gorm.DB, o *Order) error {
	if len(o.LineItems) == 0 {
		return nil
	}
	if err := g.Where("order_id = ?", o.ID).Delete(&OrderLineItem{}).Error; err != nil {
		return err
	}
	for i := range o.LineItems {
		o.LineItems[i].ID = 0
		o.LineItems[i].ShopID, o.LineItems[i].OrderID = o.ShopID, o.ID
	}
	return g.Create(&o.LineItems).Error
}

// orderRowID returns the local id of an order, creating an empty placeholder
// when a fulfillment or refund arrives before its order (webhooks are
// unordered); the order webhook fills it in later.
func orderRowID(g *gorm.DB, shopID, orderShopifyID int64) (int64, error) {
	now := time.Now().UTC()
	row, err := lockRow(g, &Order{ShopID: shopID, ShopifyID: orderShopifyID, CreatedAt: now, UpdatedAt: now})
	if err != nil {
		return 0, err
	}
	return row.ID, nil
}

// UpsertFulfillment stores one fulfillment (fulfillments/create|update) for
// the order with the given Shopify id.
func (s *Store) UpsertFulfillment(ctx context.Context, orderShopifyID int64, f *Fulfillment) (UpsertResult, error) {
	var result UpsertResult
	err := s.db(ctx).Transaction(func(g *gorm.DB) error {
		orderID, err := orderRowID(g, f.ShopID, orderShopifyID)
		if err != nil {
			return err
		}
		f.OrderID = orderID
		result, err = upsertFulfillment(g, f)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("upsert fulfillment %d of order %d: %w", f.ShopifyID, orderShopifyID, err)
	}
	return result, nil
}

func upsertFulfillment(g *gorm.DB, f *Fulfillment) (UpsertResult, error) {
	now := time.Now().UTC()
	existing, err := lockRow(g, &Fulfillment{ShopID: f.ShopID, OrderID: f.OrderID, ShopifyID: f.ShopifyID,
		CreatedAt: now, UpdatedAt: now})
	if err != nil {
		return 0, err
	}
	result := mergeFulfillment(existing, f, now)
	if result == Stale {
		return Stale, nil
	}
	if err := g.Save(f).Error; err != nil {
		return 0, err
	}
	return result, nil
}

// mergeFulfillment prepares the incoming snapshot f to replace the stored
// row existing (locked): Stale when existing is newer, otherwise f takes the
// row's identity and the fields its payload lacks. UpsertOrders folds many
// snapshots of one fulfillment through it in order.
func mergeFulfillment(existing, f *Fulfillment, now time.Time) UpsertResult {
	if newer(existing.ShopifyUpdatedAt, f.ShopifyUpdatedAt) {
		return Stale
	}
	result := Updated
	if existing.ShopifyUpdatedAt == nil {
		result = Inserted
	}
	f.ID, f.CreatedAt, f.UpdatedAt = existing.ID, existing.CreatedAt, now
	if f.DeliveredAt == nil && existing.DeliveredAt != nil && f.ShipmentStatus == "delivered" {
		f.DeliveredAt = existing.DeliveredAt
	}
	// Fulfillment payloads carry no estimate and no event time: keep what
	// fulfillment events recorded.
	if f.EstimatedDeliveryAt == nil {
		f.EstimatedDeliveryAt = existing.EstimatedDeliveryAt
	}
	if f.LastEventAt == nil {
		f.LastEventAt = existing.LastEventAt
	}
	return result
}

// FulfillmentEvent is what a fulfillment_events/create webhook tells about a
// shipment: the carrier status at HappenedAt and, sometimes, an estimated
// delivery time.
type FulfillmentEvent struct {
	Status              string
	HappenedAt          time.Time
	EstimatedDeliveryAt *time.Time
}

// ApplyFulfillmentEvent records a carrier event on the fulfillment with the
// given Shopify ids (creating placeholders when the event arrives before its
// order or fulfillment). Events arrive unordered: one that happened before
// the last applied one is Stale and changes nothing. An event without an
// estimate keeps the previous estimate.
func (s *Store) ApplyFulfillmentEvent(ctx context.Context, shopID, orderShopifyID, fulfillmentShopifyID int64, ev FulfillmentEvent) (UpsertResult, error) {
	result := Updated
	err := s.db(ctx).Transaction(func(g *gorm.DB) error {
		orderID, err := orderRowID(g, shopID, orderShopifyID)
		if err != nil {
			return err
		}
		now := time.Now().UTC()
		f, err := lockRow(g, &Fulfillment{ShopID: shopID, OrderID: orderID, ShopifyID: fulfillmentShopifyID,
			CreatedAt: now, UpdatedAt: now})
		if err != nil {
			return err
		}
		at := ev.HappenedAt.UTC()
		if f.LastEventAt != nil && f.LastEventAt.After(at) {
			result = Stale
			return nil
		}
		updates := map[string]any{"last_event_at": at, "updated_at": now}
		if ev.Status != "" {
			updates["shipment_status"] = ev.Status
		}
		if ev.EstimatedDeliveryAt != nil {
			updates["estimated_delivery_at"] = ev.EstimatedDeliveryAt.UTC()
		}
		if ev.Status == "delivered" && f.DeliveredAt == nil {
			updates["delivered_at"] = at
		}
		return g.Model(&Fulfillment{}).Where("id = ?", f.ID).Updates(updates).Error
	})
	if err != nil {
		return 0, fmt.Errorf("apply event to fulfillment %d of order %d: %w", fulfillmentShopifyID, orderShopifyID, err)
	}
	return result, nil
}

// InsertRefund stores a refund once (refunds/create is at-least-once).
func (s *Store) InsertRefund(ctx context.Context, orderShopifyID int64, r *Refund) error {
	err := s.db(ctx).Transaction(func(g *gorm.DB) error {
		orderID, err := orderRowID(g, r.ShopID, orderShopifyID)
		if err != nil {
			return err
		}
		r.OrderID = orderID
		return insertRefund(g, r)
	})
	if err != nil {
		return fmt.Errorf("insert refund %d of order %d: %w", r.ShopifyID, orderShopifyID, err)
	}
	return nil
}

func insertRefund(g *gorm.DB, r *Refund) error {
	if r.CreatedAt.IsZero() {
		r.CreatedAt = time.Now().UTC()
	}
	r.ID = 0
	return g.Clauses(clause.OnConflict{Columns: []clause.Column{{Name: "shop_id"}, {Name: "shopify_id"}}, DoNothing: true}).
		Create(r).Error
}

// GetOrderByNumber finds an order by its number (1001 for "#1001") with
// everything the assistant shows about it.
func (s *Store) GetOrderByNumber(ctx context.Context, shopID, number int64) (*Order, error) {
	var o Order
	err := s.db(ctx).Preload("LineItems").Preload("Fulfillments", func(g *gorm.DB) *gorm.DB { return g.Order("id") }).
		Preload("Refunds").Preload("Returns").
		Where("shop_id = ? AND order_number = ?", shopID, number).Take(&o).Error
	if err != nil {
		return nil, fmt.Errorf("get order #%d of shop %d: %w", number, shopID, notFound(err))
	}
	return &o, nil
}

// GetOrder loads an order by local id with its children.
func (s *Store) GetOrder(ctx context.Context, shopID, id int64) (*Order, error) {
	var o Order
	err := s.db(ctx).Preload("LineItems").Preload("Fulfillments", func(g *gorm.DB) *gorm.DB { return g.Order("id") }).
		Preload("Refunds").Preload("Returns").
		Where("shop_id = ? AND id = ?", shopID, id).Take(&o).Error
	if err != nil {
		return nil, fmt.Errorf("get order %d of shop %d: %w", id, shopID, notFound(err))
	}
	return &o, nil
}

// ListCustomerOrders returns a customer's orders, newest first, matched by
// Shopify customer id and/or normalized email.
func (s *Store) ListCustomerOrders(ctx context.Context, shopID, customerID int64, email string, limit int) ([]Order, error) {
	if customerID == 0 && email == "" {
		return nil, nil
	}
	q := s.db(ctx).Preload("LineItems").Preload("Fulfillments").Where("shop_id = ?", shopID)
	switch {
	case customerID != 0 && email != "":
		q = q.Where("(customer_id = ? OR email = ?)", customerID, NormalizeEmail(email))
	case customerID != 0:
		q = q.Where("customer_id = ?", customerID)
	default:
		q = q.Where("email = ?", NormalizeEmail(email))
	}
	if limit <= 0 {
		limit = 20
	}
	var out []Order
	if err := q.Order("shopify_created_at DESC, id DESC").Limit(limit).Find(&out).Error; err != nil {
		return nil, fmt.Errorf("list orders of customer in shop %d: %w", shopID, err)
	}
	return out, nil
}

// CountOrders counts a shop's orders (placeholders excluded).
func (s *Store) CountOrders(ctx context.Context, shopID int64) (int64, error) {
	var n int64
	if err := s.db(ctx).Model(&Order{}).Where("shop_id = ? AND shopify_updated_at IS NOT NULL", shopID).Count(&n).Error; err != nil {
		return 0, fmt.Errorf("count orders of shop %d: %w", shopID, err)
	}
	return n, nil
}

// ProductPopularity sums units ordered per Shopify product id since a time.
func (s *Store) ProductPopularity(ctx context.Context, shopID int64, since time.Time) (map[int64]float64, error) {
	type row struct {
		ProductID int64
		Units     float64
	}
	var rows []row
	err := s.db(ctx).Raw(`SELECT li.product_id AS product_id, SUM(li.quantity) AS units
		FROM order_line_items li JOIN orders o ON o.id = li.order_id
		WHERE li.shop_id = ? AND li.product_id <> 0 AND (o.shopify_created_at IS NULL OR o.shopify_created_at >= ?)
		GROUP BY li.product_id`, shopID, since.UTC()).Scan(&rows).Error
	if err != nil {
		return nil, fmt.Errorf("product popularity of shop %d: %w", shopID, err)
	}
	out := make(map[int64]float64, len(rows))
	for _, r := range rows {
		out[r.ProductID] = r.Units
	}
	return out, nil
}

// SaveReturn records a return request.
func (s *Store) SaveReturn(ctx context.Context, r *Return) error {
	now := time.Now().UTC()
	if r.CreatedAt.IsZero() {
		r.CreatedAt = now
	}
	r.UpdatedAt = now
	if err := s.db(ctx).Save(r).Error; err != nil {
		return fmt.Errorf("save return for order %d: %w", r.OrderID, err)
	}
	return nil
}

// NormalizeEmail lowercases and trims an email for matching.
func NormalizeEmail(e string) string { return strings.ToLower(strings.TrimSpace(e)) }

// NormalizePhone keeps a leading + and digits, so "+1 (555) 010-2000" and
// "+15550102000" compare equal.
func NormalizePhone(p string) string {
	p = strings.TrimSpace(p)
	var b strings.Builder
	for i, r := range p {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r >= '０' && r <= '９':
			b.WriteRune('0' + (r - '０'))
		case r == '+' && i == 0:
			b.WriteRune(r)
		}
	}
	out := b.String()
	if strings.HasPrefix(out, "00") {
		out = "+" + out[2:]
	}
	return out
}

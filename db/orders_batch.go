package db

import (
	"context"
	"fmt"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// UpsertOrders stores several order snapshots with the outcome of calling
// UpsertOrder on each in turn (the same order may appear more than once:
// an older snapshot never overwrites a newer one, equal or undated ones
// replace in input order), but in a fixed number of statements whatever the
// count: lock (or create) all order rows, write the winning snapshots, their
// line items, fulfillments and refunds. It returns each snapshot's outcome,
// by input position. Orders must belong to shops the caller resolved.
func (s *Store) UpsertOrders(ctx context.Context, orders []*Order) ([]UpsertResult, error) {
	results := make([]UpsertResult, len(orders))
	if len(orders) == 0 {
		return results, nil
	}
	err := s.db(ctx).Transaction(func(g *gorm.DB) error {
		now := time.Now().UTC()
		state, err := lockOrders(g, orders, now)
		if err != nil {
			return err
		}
		// Fold the snapshots in input order, as sequential upserts would.
		var (
			winners   []*Order                  // last applied snapshot per order, first-seen order
			lines     = map[shopifyKey]*Order{} // last applied snapshot that carried line items
			applied   []*Order
			isWinner  = map[shopifyKey]bool{}
			winnerIdx = map[shopifyKey]int{}
		)
		for i, o := range orders {
			k := shopifyKey{o.ShopID, o.ShopifyID}
			if results[i] = mergeOrder(state[k], o, now); results[i] == Stale {
				continue
			}
			state[k] = o
			applied = append(applied, o)
			if len(o.LineItems) > 0 {
				lines[k] = o
			}
			if !isWinner[k] {
				isWinner[k] = true
				winnerIdx[k] = len(winners)
				winners = append(winners, o)
			} else {
				winners[winnerIdx[k]] = o
			}
		}
		if len(winners) == 0 {
			return nil
		}
		if err := saveOrders(g, winners); err != nil {
			return err
		}
		if err := replaceOrdersLineItems(g, lines); err != nil {
			return err
		}
		if err := upsertOrdersFulfillments(g, applied, now); err != nil {
			return err
		}
		return insertOrdersRefunds(g, applied)
	})
	if err != nil {
		return nil, fmt.Errorf("upsert %d orders: %w", len(orders), err)
	}
	return results, nil
}

// lockOrders locks (creating placeholders for) the distinct orders named.
func lockOrders(g *gorm.DB, orders []*Order, now time.Time) (map[shopifyKey]*Order, error) {
	seen := map[shopifyKey]bool{}
	var placeholders []Order
	for _, o := range orders {
		k := shopifyKey{o.ShopID, o.ShopifyID}
		if !seen[k] {
			seen[k] = true
			placeholders = append(placeholders, Order{ShopID: o.ShopID, ShopifyID: o.ShopifyID, CreatedAt: now, UpdatedAt: now})
		}
	}
	return lockRows(g, placeholders, func(o *Order) shopifyKey { return shopifyKey{o.ShopID, o.ShopifyID} })
}

// saveOrders overwrites the locked rows with the winning snapshots in one
// statement (every row exists, so the insert always takes the update path).
func saveOrders(g *gorm.DB, winners []*Order) error {
	rows := make([]Order, len(winners))
	for i, o := range winners {
		rows[i] = *o
		rows[i].LineItems, rows[i].Fulfillments, rows[i].Refunds, rows[i].Returns = nil, nil, nil, nil
	}
	return g.Omit(clause.Associations).Clauses(clause.OnConflict{Columns: []clause.Column{{Name: "id"}}, UpdateAll: true}).
		Create(&rows).Error
}

// replaceOrdersLineItems gives each order the line items of its last applied
// snapshot that had any (as replaceLineItems does per snapshot).
func replaceOrdersLineItems(g *gorm.DB, lines map[shopifyKey]*Order) error {
	if len(lines) == 0 {
		return nil
	}
	ids := make([]int64, 0, len(lines))
	var items []OrderLineItem
	for _, o := range lines {
		ids = append(ids, o.ID)
		for i := range o.LineItems {
			li := &o.LineItems[i]
			li.ID, li.ShopID, li.OrderID = 0, o.ShopID, o.ID
			items = append(items, *li)
		}
	}
	if err := g.Where("order_id IN ?", ids).Delete(&OrderLineItem{}).Error; err != nil {
		return err
	}
	return g.CreateInBatches(&items, 500).Error
}

// upsertOrdersFulfillments applies the fulfillments of the applied
// snapshots in order, each through the same merge as upsertFulfillment, and
// writes the final state of each in one statement.
func upsertOrdersFulfillments(g *gorm.DB, applied []*Order, now time.Time) error {
	seen := map[shopifyKey]bool{}
	var placeholders []Fulfillment
	for _, o := range applied {
		for i := range o.Fulfillments {
			f := &o.Fulfillments[i]
			f.ShopID, f.OrderID = o.ShopID, o.ID
			k := shopifyKey{f.ShopID, f.ShopifyID}
			if !seen[k] {
				seen[k] = true
				placeholders = append(placeholders, Fulfillment{ShopID: f.ShopID, OrderID: f.OrderID, ShopifyID: f.ShopifyID,
					CreatedAt: now, UpdatedAt: now})
			}
		}
	}
	if len(placeholders) == 0 {
		return nil
	}
	state, err := lockRows(g, placeholders, func(f *Fulfillment) shopifyKey { return shopifyKey{f.ShopID, f.ShopifyID} })
	if err != nil {
		return err
	}
	var order []shopifyKey
	final := map[shopifyKey]*Fulfillment{}
	for _, o := range applied {
		for i := range o.Fulfillments {
			f := &o.Fulfillments[i]
			k := shopifyKey{f.ShopID, f.ShopifyID}
			if mergeFulfillment(state[k], f, now) == Stale {
				continue
			}
			state[k] = f
			if final[k] == nil {
				order = append(order, k)
			}
			final[k] = f
		}
	}
	if len(final) == 0 {
		return nil
	}
	rows := make([]Fulfillment, 0, len(final))
	for _, k := range order {
		rows = append(rows, *final[k])
	}
	return g.Clauses(clause.OnConflict{Columns: []clause.Column{{Name: "id"}}, UpdateAll: true}).Create(&rows).Error
}

// insertOrdersRefunds stores the refunds of the applied snapshots once each
// (the first copy wins, as with insertRefund).
func insertOrdersRefunds(g *gorm.DB, applied []*Order) error {
	seen := map[shopifyKey]bool{}
	var rows []Refund
	for _, o := range applied {
		for i := range o.Refunds {
			r := o.Refunds[i]
			r.ID, r.ShopID, r.OrderID = 0, o.ShopID, o.ID
			if r.CreatedAt.IsZero() {
				r.CreatedAt = time.Now().UTC()
			}
			k := shopifyKey{r.ShopID, r.ShopifyID}
			if seen[k] {
				continue
			}
			seen[k] = true
			rows = append(rows, r)
		}
	}
	if len(rows) == 0 {
		return nil
	}
	return g.Clauses(clause.OnConflict{Columns: []clause.Column{{Name: "shop_id"}, {Name: "shopify_id"}}, DoNothing: true}).
		Create(&rows).Error
}

package db

import (
	"context"
	"fmt"
	"time"

	"gorm.io/gorm"
)

// UpsertReturnByGID stores the state of a Shopify return (returns/*
// webhooks) under the order with the given Shopify id, keyed by the return's
// GraphQL id. The order row is locked first (a placeholder is created when
// the return arrives before its order), which serialises concurrent
// deliveries for the same order on PostgreSQL.
func (s *Store) UpsertReturnByGID(ctx context.Context, shopID, orderShopifyID int64, r *Return) (UpsertResult, error) {
	var result UpsertResult
	err := s.db(ctx).Transaction(func(g *gorm.DB) error {
		orderID, err := orderRowID(g, shopID, orderShopifyID)
		if err != nil {
			return err
		}
		now := time.Now().UTC()
		var existing Return
		err = g.Where("shop_id = ? AND shopify_gid = ?", shopID, r.ShopifyGID).Take(&existing).Error
		switch {
		case err == nil:
			r.ID, r.CreatedAt, r.ConversationID = existing.ID, existing.CreatedAt, existing.ConversationID
			if len(r.LineItems.V) == 0 {
				r.LineItems = existing.LineItems
			}
			if r.Name == "" {
				r.Name = existing.Name
			}
			result = Updated
		case notFound(err) == ErrNotFound:
			r.ID, r.CreatedAt = 0, now
			result = Inserted
		default:
			return err
		}
		r.ShopID, r.OrderID, r.UpdatedAt = shopID, orderID, now
		if r.LineItems.V == nil {
			r.LineItems = NewJSON([]ReturnLine{})
		}
		return g.Save(r).Error
	})
	if err != nil {
		return 0, fmt.Errorf("upsert return %s of order %d: %w", r.ShopifyGID, orderShopifyID, err)
	}
	return result, nil
}

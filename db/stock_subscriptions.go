package db

import (
	"context"
	"fmt"
	"time"

	"gorm.io/gorm/clause"
)

// StockSubscription is a shopper's request to be emailed when a sold-out
// variant is available again.
type StockSubscription struct {
	ID             int64
	ShopID         int64
	VariantID      int64 // Shopify variant id
	Email          string
	Language       string
	ConversationID string
	CreatedAt      time.Time
	// DueAt is set when stock came back; NotifiedAt when the email went.
	DueAt      *time.Time
	NotifiedAt *time.Time
}

// SubscribeBackInStock records a subscription once per (variant, email);
// asking again while one is waiting changes nothing.
func (s *Store) SubscribeBackInStock(ctx context.Context, sub *StockSubscription) error {
	sub.Email = NormalizeEmail(sub.Email)
	if sub.CreatedAt.IsZero() {
		sub.CreatedAt = time.Now().UTC()
	}
	err := s.db(ctx).Clauses(clause.OnConflict{
		Columns:   []clause.Column{{Name: "shop_id"}, {Name: "variant_id"}, {Name: "email"}},
		DoUpdates: clause.Assignments(map[string]any{"notified_at": nil, "due_at": nil, "language": sub.Language}),
	}).Create(sub).Error
	if err != nil {
		return fmt.Errorf("subscribe to variant %d in shop %d: %w", sub.VariantID, sub.ShopID, err)
	}
	return nil
}

// MarkRestocked makes the waiting subscriptions of the variants whose
// inventory item is itemID due (inventory_levels/update with stock > 0);
// it returns how many.
func (s *Store) MarkRestocked(ctx context.Context, shopID, itemID int64, at time.Time) (int64, error) {
	res := s.db(ctx).Model(&StockSubscription{}).
		Where("shop_id = ? AND notified_at IS NULL AND due_at IS NULL AND variant_id IN (?)", shopID,
			s.db(ctx).Model(&Variant{}).Select("shopify_id").Where("shop_id = ? AND inventory_item_id = ?", shopID, itemID)).
		Update("due_at", at.UTC())
	if res.Error != nil {
		return 0, fmt.Errorf("restock inventory item %d of shop %d: %w", itemID, shopID, res.Error)
	}
	return res.RowsAffected, nil
}

// DueStockSubscriptions lists subscriptions whose variant came back and
// whose email has not gone yet.
func (s *Store) DueStockSubscriptions(ctx context.Context, limit int) ([]StockSubscription, error) {
	var out []StockSubscription
	if err := s.db(ctx).Where("due_at IS NOT NULL AND notified_at IS NULL").Order("id").Limit(limit).Find(&out).Error; err != nil {
		return nil, fmt.Errorf("due stock subscriptions: %w", err)
	}
	return out, nil
}

// ClaimStockNotice marks a subscription notified before its email is
// sent, so one worker sends it; false when another did.
func (s *Store) ClaimStockNotice(ctx context.Context, id int64, at time.Time) (bool, error) {
	res := s.db(ctx).Model(&StockSubscription{}).Where("id = ? AND notified_at IS NULL", id).Update("notified_at", at.UTC())
	if res.Error != nil {
		return false, fmt.Errorf("claim stock notice %d: %w", id, res.Error)
	}
	return res.RowsAffected == 1, nil
}

// ReleaseStockNotice gives a claim back after a failed send.
func (s *Store) ReleaseStockNotice(ctx context.Context, id int64) error {
	if err := s.db(ctx).Model(&StockSubscription{}).Where("id = ?", id).Update("notified_at", nil).Error; err != nil {
		return fmt.Errorf("release stock notice %d: %w", id, err)
	}
	return nil
}

// VariantWithProduct is a variant and its product's handle and title.
type VariantWithProduct struct {
	Variant
	ProductTitle  string
	ProductHandle string
}

// GetVariantByShopifyID loads a variant with its product's title and handle.
func (s *Store) GetVariantByShopifyID(ctx context.Context, shopID, variantID int64) (*VariantWithProduct, error) {
	var v VariantWithProduct
	err := s.db(ctx).Table("variants AS v").Select("v.*, p.title AS product_title, p.handle AS product_handle").
		Joins("JOIN products p ON p.id = v.product_id").Where("v.shop_id = ? AND v.shopify_id = ?", shopID, variantID).Take(&v).Error
	if err != nil {
		return nil, fmt.Errorf("get variant %d of shop %d: %w", variantID, shopID, notFound(err))
	}
	return &v, nil
}

package db

import (
	"context"
	"fmt"
	"time"

	"gorm.io/gorm/clause"
)

// Order action kinds.
const (
	ActionCancel   = "cancel"
	ActionAddress  = "address_change"
	ActionReturn   = "return"
	ActionExchange = "exchange"
)

// Order action outcomes.
const (
	// ActionDone: Shopify accepted the change and a read-back confirmed it.
	ActionDone = "done"
	// ActionRefused: a guard (setting, window, fulfillment, payment) said no.
	ActionRefused = "refused"
	// ActionRejected: Shopify answered with userErrors.
	ActionRejected = "rejected"
	// ActionUnconfirmed: Shopify accepted the call but the read-back did
	// not show the change; the conversation was handed to a person.
	ActionUnconfirmed = "unconfirmed"
	// ActionFailed: the call did not get through (network, 5xx, token).
	ActionFailed = "failed"
	// ActionHandedOff: damaged or wrong items, sent to a person as asked.
	ActionHandedOff = "handed_off"
	// ActionStarted: claimed, Shopify being called; a row left in this
	// state means the process stopped mid-call (check the order).
	ActionStarted = "started"
)

// OrderAction is one audit entry of a guarded order action.
type OrderAction struct {
	ID             int64
	ShopID         int64
	OrderID        int64
	OrderName      string
	ConversationID string
	Kind           string
	Status         string
	// Reason is the guard or error code (e.g. "window", "fulfilled",
	// "INVALID"), empty when done.
	Reason string
	// Detail is what the action changed or would have changed (address,
	// lines, amounts); personal, erased by customers/redact.
	Detail     JSON[map[string]any]
	ShopifyRef string
	// ClaimKey is set on claimed actions (ClaimOrderAction), nil otherwise.
	ClaimKey  *string
	CreatedAt time.Time
}

// RecordOrderAction appends an audit entry.
func (s *Store) RecordOrderAction(ctx context.Context, a *OrderAction) error {
	if a.CreatedAt.IsZero() {
		a.CreatedAt = time.Now().UTC()
	}
	if a.Detail.V == nil {
		a.Detail = NewJSON(map[string]any{})
	}
	if err := s.db(ctx).Create(a).Error; err != nil {
		return fmt.Errorf("record %s action on order %d: %w", a.Kind, a.OrderID, err)
	}
	return nil
}

// ClaimOrderAction inserts a as started under its ClaimKey; false means
// the key was claimed already (the same confirmation arrived twice) and
// nothing was written.
func (s *Store) ClaimOrderAction(ctx context.Context, a *OrderAction) (bool, error) {
	if a.ClaimKey == nil || *a.ClaimKey == "" {
		return false, fmt.Errorf("claim %s action on order %d: no claim key", a.Kind, a.OrderID)
	}
	if a.CreatedAt.IsZero() {
		a.CreatedAt = time.Now().UTC()
	}
	if a.Detail.V == nil {
		a.Detail = NewJSON(map[string]any{})
	}
	a.Status = ActionStarted
	r := s.db(ctx).Clauses(clause.OnConflict{DoNothing: true}).Create(a)
	if r.Error != nil {
		return false, fmt.Errorf("claim %s action on order %d: %w", a.Kind, a.OrderID, r.Error)
	}
	return r.RowsAffected == 1, nil
}

// FinishOrderAction records the outcome of a claimed action.
func (s *Store) FinishOrderAction(ctx context.Context, a *OrderAction) error {
	err := s.db(ctx).Model(&OrderAction{}).Where("shop_id = ? AND id = ?", a.ShopID, a.ID).Updates(map[string]any{
		"status": a.Status, "reason": a.Reason, "detail": a.Detail, "shopify_ref": a.ShopifyRef}).Error
	if err != nil {
		return fmt.Errorf("finish %s action %d: %w", a.Kind, a.ID, err)
	}
	return nil
}

// ListOrderActions returns a shop's latest audit entries, newest first.
func (s *Store) ListOrderActions(ctx context.Context, shopID int64, limit int) ([]OrderAction, error) {
	if limit <= 0 || limit > 500 {
		limit = 100
	}
	var out []OrderAction
	if err := s.db(ctx).Where("shop_id = ?", shopID).Order("id DESC").Limit(limit).Find(&out).Error; err != nil {
		return nil, fmt.Errorf("list order actions of shop %d: %w", shopID, err)
	}
	return out, nil
}

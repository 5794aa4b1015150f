package db

import (
	"context"
	"fmt"
	"time"
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
	CreatedAt  time.Time
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

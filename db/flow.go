package db

import (
	"context"
	"fmt"
	"time"

	"gorm.io/gorm/clause"
)

// FlowActionRun records an applied Shopify Flow action run.
type FlowActionRun struct {
	ShopID         int64  `gorm:"primaryKey"`
	RunID          string `gorm:"primaryKey"`
	Handle         string
	ConversationID string
	CreatedAt      time.Time
}

// ClaimFlowActionRun records a run and reports whether this call claimed
// it (false: the run was applied before, Flow is retrying).
func (s *Store) ClaimFlowActionRun(ctx context.Context, r *FlowActionRun) (bool, error) {
	r.CreatedAt = time.Now().UTC()
	res := s.db(ctx).Clauses(clause.OnConflict{DoNothing: true}).Create(r)
	if res.Error != nil {
		return false, fmt.Errorf("claim flow action run %s of shop %d: %w", r.RunID, r.ShopID, res.Error)
	}
	return res.RowsAffected == 1, nil
}

// ReleaseFlowActionRun forgets a claimed run whose action failed, so
// Flow's retry applies it.
func (s *Store) ReleaseFlowActionRun(ctx context.Context, shopID int64, runID string) error {
	if err := s.db(ctx).Where("shop_id = ? AND run_id = ?", shopID, runID).Delete(&FlowActionRun{}).Error; err != nil {
		return fmt.Errorf("release flow action run %s of shop %d: %w", runID, shopID, err)
	}
	return nil
}

// LatestCustomerConversation is the customer's most recent conversation in
// the shop, ErrNotFound when they have none.
func (s *Store) LatestCustomerConversation(ctx context.Context, shopID, customerID int64) (*Conversation, error) {
	var c Conversation
	err := s.db(ctx).Where("shop_id = ? AND customer_id = ?", shopID, customerID).
		Order("last_message_at DESC").Take(&c).Error
	if err != nil {
		return nil, notFound(err)
	}
	return &c, nil
}

package db

import (
	"context"
	"database/sql"

	"fmt"
	"sync"
	"time"
)

// AgentReplyHook is called after an agent reply is committed.
type AgentReplyHook func(ctx context.Context, shopID int64, conversationID string, m *Message)

type replyHooks struct {
	mu    sync.RWMutex
	hooks []AgentReplyHook
}

func (h *replyHooks) fire(ctx context.Context, shopID int64, conversationID string, m *Message) {
	if h == nil {
		return
	}
	h.mu.RLock()
	defer h.mu.RUnlock()
	for _, f := range h.hooks {
		f(ctx, shopID, conversationID, m)
	}
}

// OnAgentReply registers fn to run after every committed agent reply
// stored by this process (wake-ups for waiting widgets, shopper emails).
// Replies stored by other processes are not seen here: listeners also poll.
func (s *Store) OnAgentReply(fn AgentReplyHook) {
	s.replies.mu.Lock()
	defer s.replies.mu.Unlock()
	s.replies.hooks = append(s.replies.hooks, fn)
}

// HasAgentReplyAfter reports whether the conversation has an agent reply
// newer than message id after: the long poll's cheap check.
func (s *Store) HasAgentReplyAfter(ctx context.Context, conversationID string, after int64) (bool, error) {
	var ids []int64
	err := s.db(ctx).Model(&Message{}).Where("conversation_id = ? AND id > ? AND role = ?", conversationID, after, RoleAgent).
		Limit(1).Pluck("id", &ids).Error
	if err != nil {
		return false, fmt.Errorf("check agent replies of conversation %s: %w", conversationID, err)
	}
	return len(ids) > 0, nil
}

// MarkShopperRead records that the widget asked at at and was handed every
// message up to id readID (never moving backwards).
func (s *Store) MarkShopperRead(ctx context.Context, conversationID string, readID int64, at time.Time) error {
	err := s.db(ctx).Exec("UPDATE conversations SET shopper_seen_at = ?, "+
		"shopper_read_id = CASE WHEN shopper_read_id < ? THEN ? ELSE shopper_read_id END WHERE id = ?",
		at.UTC(), readID, readID, conversationID).Error
	if err != nil {
		return fmt.Errorf("mark conversation %s read: %w", conversationID, err)
	}
	return nil
}

// ShopperReadState is what the widget last saw of a conversation.
type ShopperReadState struct {
	ReadID    int64
	SeenAt    time.Time // zero when the widget never asked
	EmailedID int64
}

// ShopperRead returns the conversation's read state, scoped to the shop.
func (s *Store) ShopperRead(ctx context.Context, shopID int64, conversationID string) (ShopperReadState, error) {
	var row struct {
		ShopperReadID    int64
		ShopperSeenAt    sql.NullTime
		ShopperEmailedID int64
	}
	res := s.db(ctx).Table("conversations").Select("shopper_read_id, shopper_seen_at, shopper_emailed_id").
		Where("shop_id = ? AND id = ?", shopID, conversationID).Limit(1).Scan(&row)
	if res.Error != nil {
		return ShopperReadState{}, fmt.Errorf("read state of conversation %s: %w", conversationID, res.Error)
	}
	if res.RowsAffected == 0 {
		return ShopperReadState{}, fmt.Errorf("read state of conversation %s: %w", conversationID, ErrNotFound)
	}
	st := ShopperReadState{ReadID: row.ShopperReadID, EmailedID: row.ShopperEmailedID}
	if row.ShopperSeenAt.Valid {
		st.SeenAt = row.ShopperSeenAt.Time
	}
	return st, nil
}

// MarkShopperEmailed records that agent replies up to id were emailed; it
// reports false when another worker already claimed them.
func (s *Store) MarkShopperEmailed(ctx context.Context, shopID int64, conversationID string, id int64) (bool, error) {
	res := s.db(ctx).Exec("UPDATE conversations SET shopper_emailed_id = ? WHERE shop_id = ? AND id = ? AND shopper_emailed_id < ?",
		id, shopID, conversationID, id)
	if res.Error != nil {
		return false, fmt.Errorf("mark conversation %s emailed: %w", conversationID, res.Error)
	}
	return res.RowsAffected > 0, nil
}

// MarkShopperEmailedBack undoes MarkShopperEmailed(id) after a failed send,
// restoring prev unless a later claim moved past id.
func (s *Store) MarkShopperEmailedBack(ctx context.Context, shopID int64, conversationID string, id, prev int64) (bool, error) {
	res := s.db(ctx).Exec("UPDATE conversations SET shopper_emailed_id = ? WHERE shop_id = ? AND id = ? AND shopper_emailed_id = ?",
		prev, shopID, conversationID, id)
	if res.Error != nil {
		return false, fmt.Errorf("release email claim of conversation %s: %w", conversationID, res.Error)
	}
	return res.RowsAffected > 0, nil
}

// MerchantNotified returns the newest message id the merchant was emailed
// about in a conversation.
func (s *Store) MerchantNotified(ctx context.Context, shopID int64, conversationID string) (int64, error) {
	var ids []int64
	err := s.db(ctx).Table("conversations").Where("shop_id = ? AND id = ?", shopID, conversationID).
		Pluck("merchant_notified_id", &ids).Error
	if err != nil {
		return 0, fmt.Errorf("merchant notification state of conversation %s: %w", conversationID, err)
	}
	if len(ids) == 0 {
		return 0, fmt.Errorf("merchant notification state of conversation %s: %w", conversationID, ErrNotFound)
	}
	return ids[0], nil
}

// MarkMerchantNotified records that the merchant was emailed about the
// conversation up to message id (never moving backwards).
func (s *Store) MarkMerchantNotified(ctx context.Context, shopID int64, conversationID string, id int64) error {
	err := s.db(ctx).Exec("UPDATE conversations SET merchant_notified_id = ? WHERE shop_id = ? AND id = ? AND merchant_notified_id < ?",
		id, shopID, conversationID, id).Error
	if err != nil {
		return fmt.Errorf("mark conversation %s notified: %w", conversationID, err)
	}
	return nil
}

package db

import (
	"context"
	"fmt"
	"time"

	"gorm.io/gorm"
)

// RateMessage stores a shopper's rating (and optional comment) of a bot
// message of the conversation and mirrors the rating on the conversation.
// A message of another conversation, or not written by the bot, is
// ErrNotFound.
func (s *Store) RateMessage(ctx context.Context, conversationID string, messageID int64, rating int, comment string) error {
	err := s.db(ctx).Transaction(func(g *gorm.DB) error {
		res := g.Model(&Message{}).Where("id = ? AND conversation_id = ? AND role = ?", messageID, conversationID, RoleBot).
			Updates(map[string]any{"rating": rating, "feedback_comment": comment})
		if res.Error != nil {
			return res.Error
		}
		if res.RowsAffected == 0 {
			return ErrNotFound
		}
		return g.Model(&Conversation{}).Where("id = ?", conversationID).
			Updates(map[string]any{"rating": rating, "updated_at": time.Now().UTC()}).Error
	})
	if err != nil {
		return fmt.Errorf("rate message %d of conversation %s: %w", messageID, conversationID, err)
	}
	return nil
}

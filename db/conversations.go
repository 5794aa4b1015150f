package db

import (
	"context"
	"fmt"
	"time"

	"gorm.io/gorm"
)

// CreateConversation inserts a new conversation.
func (s *Store) CreateConversation(ctx context.Context, c *Conversation) error {
	now := time.Now().UTC()
	c.CreatedAt, c.UpdatedAt, c.LastMessageAt = now, now, now
	if c.Status == "" {
		c.Status = ConversationOpen
	}
	if c.State.V == nil {
		c.State = NewJSON(map[string]any{})
	}
	if err := s.db(ctx).Create(c).Error; err != nil {
		return fmt.Errorf("create conversation in shop %d: %w", c.ShopID, err)
	}
	return nil
}

// GetConversation loads a conversation of a shop. The shop scope matters: a
// conversation id from another shop is reported as not found.
func (s *Store) GetConversation(ctx context.Context, shopID int64, id string) (*Conversation, error) {
	var c Conversation
	if err := s.db(ctx).Where("shop_id = ? AND id = ?", shopID, id).Take(&c).Error; err != nil {
		return nil, fmt.Errorf("get conversation %s of shop %d: %w", id, shopID, notFound(err))
	}
	return &c, nil
}

// SaveConversation writes back a conversation's mutable fields.
func (s *Store) SaveConversation(ctx context.Context, c *Conversation) error {
	c.UpdatedAt = time.Now().UTC()
	if err := s.db(ctx).Save(c).Error; err != nil {
		return fmt.Errorf("save conversation %s: %w", c.ID, err)
	}
	return nil
}

// AppendMessages adds messages to a conversation and bumps its counters.
func (s *Store) AppendMessages(ctx context.Context, conversationID string, msgs ...*Message) error {
	if len(msgs) == 0 {
		return nil
	}
	err := s.db(ctx).Transaction(func(g *gorm.DB) error {
		now := time.Now().UTC()
		for _, m := range msgs {
			m.ConversationID = conversationID
			if m.CreatedAt.IsZero() {
				m.CreatedAt = now
			}
			if err := g.Create(m).Error; err != nil {
				return err
			}
		}
		return g.Exec("UPDATE conversations SET message_count = message_count + ?, last_message_at = ?, updated_at = ? WHERE id = ?",
			len(msgs), now, now, conversationID).Error
	})
	if err != nil {
		return fmt.Errorf("append messages to conversation %s: %w", conversationID, err)
	}
	return nil
}

// ListMessages returns a conversation's messages in order, after afterID.
func (s *Store) ListMessages(ctx context.Context, conversationID string, afterID int64, limit int) ([]Message, error) {
	if limit <= 0 {
		limit = 200
	}
	var out []Message
	if err := s.db(ctx).Where("conversation_id = ? AND id > ?", conversationID, afterID).Order("id").Limit(limit).
		Find(&out).Error; err != nil {
		return nil, fmt.Errorf("list messages of conversation %s: %w", conversationID, err)
	}
	return out, nil
}

// ConversationFilter narrows ListConversations.
type ConversationFilter struct {
	Language string
	Intent   string
	Status   string
	Handoff  *bool
	Rating   int
	Since    time.Time
	Limit    int
	Offset   int
}

// ListConversations lists a shop's conversations, most recent first.
func (s *Store) ListConversations(ctx context.Context, shopID int64, f ConversationFilter) ([]Conversation, error) {
	q := s.db(ctx).Where("shop_id = ?", shopID)
	if f.Language != "" {
		q = q.Where("language = ?", f.Language)
	}
	if f.Intent != "" {
		q = q.Where("last_intent = ?", f.Intent)
	}
	if f.Status != "" {
		q = q.Where("status = ?", f.Status)
	}
	if f.Handoff != nil {
		q = q.Where("handoff = ?", *f.Handoff)
	}
	if f.Rating != 0 {
		q = q.Where("rating = ?", f.Rating)
	}
	if !f.Since.IsZero() {
		q = q.Where("last_message_at >= ?", f.Since.UTC())
	}
	if f.Limit <= 0 {
		f.Limit = 50
	}
	var out []Conversation
	if err := q.Order("last_message_at DESC, id").Limit(f.Limit).Offset(f.Offset).Find(&out).Error; err != nil {
		return nil, fmt.Errorf("list conversations of shop %d: %w", shopID, err)
	}
	return out, nil
}

// DeleteConversationsBefore removes conversations (and their messages) whose
// last message is older than cutoff; it enforces the retention setting.
func (s *Store) DeleteConversationsBefore(ctx context.Context, shopID int64, cutoff time.Time) (int64, error) {
	var n int64
	err := s.db(ctx).Transaction(func(g *gorm.DB) error {
		sub := g.Model(&Conversation{}).Select("id").Where("shop_id = ? AND last_message_at < ?", shopID, cutoff.UTC())
		if err := g.Where("conversation_id IN (?)", sub).Delete(&Message{}).Error; err != nil {
			return err
		}
		res := g.Where("shop_id = ? AND last_message_at < ?", shopID, cutoff.UTC()).Delete(&Conversation{})
		n = res.RowsAffected
		return res.Error
	})
	if err != nil {
		return 0, fmt.Errorf("delete old conversations of shop %d: %w", shopID, err)
	}
	return n, nil
}

package db

import (
	"context"
	"fmt"
	"strings"
	"time"

	"gorm.io/gorm"
)

// Rating filters of the admin conversation list.
const (
	RatedUp   = "up"
	RatedDown = "down"
	RatedNone = "none"
)

// AdminConversationFilter narrows the merchant's conversation list. Every
// field is optional; the shop scope is a separate, mandatory argument.
type AdminConversationFilter struct {
	Language   string
	Intent     string
	Handoff    *bool
	Unresolved bool
	// Rating is RatedUp, RatedDown or RatedNone: a conversation counts as
	// rated when the conversation or any of its messages carries the rating.
	Rating string
	// AssignedTo, when set, keeps conversations assigned to that staff
	// member ("" for unassigned ones).
	AssignedTo *string
	// Channel keeps one channel's conversations ("web", "whatsapp", ...).
	Channel string
	Limit   int
	Offset  int
}

// AdminConversations lists a shop's conversations for the admin, most
// recent first.
func (s *Store) AdminConversations(ctx context.Context, shopID int64, f AdminConversationFilter) ([]Conversation, error) {
	q := s.db(ctx).Where("shop_id = ?", shopID)
	if f.Channel != "" {
		q = q.Where("channel = ?", f.Channel)
	}
	if f.Language != "" {
		q = q.Where("language = ?", f.Language)
	}
	if f.Intent != "" {
		q = q.Where("last_intent = ?", f.Intent)
	}
	if f.Handoff != nil {
		q = q.Where("handoff = ?", *f.Handoff)
	}
	if f.Unresolved {
		q = q.Where("status <> ?", ConversationResolved)
	}
	if f.AssignedTo != nil {
		q = q.Where("assigned_to = ?", *f.AssignedTo)
	}
	const rated = "EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = conversations.id AND m.rating %s 0)"
	switch f.Rating {
	case RatedUp:
		q = q.Where("(rating > 0 OR " + fmt.Sprintf(rated, ">") + ")")
	case RatedDown:
		q = q.Where("(rating < 0 OR " + fmt.Sprintf(rated, "<") + ")")
	case RatedNone:
		q = q.Where("rating = 0 AND NOT " + fmt.Sprintf(rated, "<>"))
	}
	if f.Limit <= 0 || f.Limit > 500 {
		f.Limit = 50
	}
	var out []Conversation
	if err := q.Order("last_message_at DESC, id").Limit(f.Limit).Offset(f.Offset).Find(&out).Error; err != nil {
		return nil, fmt.Errorf("list admin conversations of shop %d: %w", shopID, err)
	}
	return out, nil
}

// ConversationLanguages lists the languages a shop's conversations used, for
// the list's filter menu.
func (s *Store) ConversationLanguages(ctx context.Context, shopID int64) ([]string, error) {
	var out []string
	if err := s.db(ctx).Model(&Conversation{}).Where("shop_id = ? AND language <> ''", shopID).
		Distinct("language").Order("language").Pluck("language", &out).Error; err != nil {
		return nil, fmt.Errorf("list conversation languages of shop %d: %w", shopID, err)
	}
	return out, nil
}

// ConversationMessages returns a conversation's messages, scoped to the
// shop: a conversation id of another shop yields ErrNotFound, not messages.
func (s *Store) ConversationMessages(ctx context.Context, shopID int64, conversationID string) ([]Message, error) {
	if _, err := s.GetConversation(ctx, shopID, conversationID); err != nil {
		return nil, err
	}
	var out []Message
	if err := s.db(ctx).Where("shop_id = ? AND conversation_id = ?", shopID, conversationID).Order("id").Limit(1000).
		Find(&out).Error; err != nil {
		return nil, fmt.Errorf("list messages of conversation %s: %w", conversationID, err)
	}
	return out, nil
}

// AddAgentReply stores the merchant's reply as an agent message (the widget
// polls for it) after checking the conversation belongs to the shop.
func (s *Store) AddAgentReply(ctx context.Context, shopID int64, conversationID, text, language string, at time.Time) (*Message, error) {
	text = strings.TrimSpace(text)
	if text == "" {
		return nil, fmt.Errorf("agent reply to %s: empty text", conversationID)
	}
	m := &Message{ShopID: shopID, ConversationID: conversationID, Role: RoleAgent, Text: text, Language: language,
		Cards: NewJSON([]Card{}), Sources: NewJSON([]Source{}), CreatedAt: at.UTC()}
	err := s.db(ctx).Transaction(func(g *gorm.DB) error {
		var c Conversation
		if err := g.Where("shop_id = ? AND id = ?", shopID, conversationID).Take(&c).Error; err != nil {
			return notFound(err)
		}
		if err := g.Create(m).Error; err != nil {
			return err
		}
		return g.Exec("UPDATE conversations SET message_count = message_count + 1, last_message_at = ?, updated_at = ? "+
			"WHERE shop_id = ? AND id = ?", m.CreatedAt, m.CreatedAt, shopID, conversationID).Error
	})
	if err != nil {
		return nil, fmt.Errorf("agent reply to conversation %s of shop %d: %w", conversationID, shopID, err)
	}
	s.replies.fire(ctx, shopID, conversationID, m)
	return m, nil
}

// ResolveConversation marks a shop's conversation resolved; an id of another
// shop reports ErrNotFound and changes nothing.
func (s *Store) ResolveConversation(ctx context.Context, shopID int64, conversationID string) error {
	res := s.db(ctx).Model(&Conversation{}).Where("shop_id = ? AND id = ?", shopID, conversationID).
		Updates(map[string]any{"status": ConversationResolved, "updated_at": time.Now().UTC(),
			// A turn answered meanwhile re-reads instead of reopening it.
			"version": gorm.Expr("version + 1")})
	if res.Error != nil {
		return fmt.Errorf("resolve conversation %s of shop %d: %w", conversationID, shopID, res.Error)
	}
	if res.RowsAffected == 0 {
		return fmt.Errorf("resolve conversation %s of shop %d: %w", conversationID, shopID, ErrNotFound)
	}
	return nil
}

// MessageTranslation is a message's text in another language, e.g. the
// shopper's Spanish question in the merchant's English.
type MessageTranslation struct {
	ID        int64
	ShopID    int64
	MessageID int64
	Language  string
	Text      string
	// Source is TranslationMachine, TranslationOriginal or "" (imported).
	Source    string
	CreatedAt time.Time
}

// Sources of a stored translation.
const (
	TranslationMachine  = "machine"
	TranslationOriginal = "original"
)

// SaveMessageTranslation stores (or replaces) a message's translation after
// checking the message belongs to the shop.
func (s *Store) SaveMessageTranslation(ctx context.Context, shopID, messageID int64, language, text string) error {
	return s.SaveMessageTranslationFrom(ctx, shopID, messageID, language, text, "")
}

// SaveMessageTranslationFrom is SaveMessageTranslation recording where the
// text came from (see MessageTranslation.Source).
func (s *Store) SaveMessageTranslationFrom(ctx context.Context, shopID, messageID int64, language, text, source string) error {
	err := s.db(ctx).Transaction(func(g *gorm.DB) error {
		var n int64
		if err := g.Model(&Message{}).Where("shop_id = ? AND id = ?", shopID, messageID).Count(&n).Error; err != nil {
			return err
		}
		if n == 0 {
			return ErrNotFound
		}
		if err := g.Where("message_id = ? AND language = ?", messageID, language).Delete(&MessageTranslation{}).Error; err != nil {
			return err
		}
		return g.Create(&MessageTranslation{ShopID: shopID, MessageID: messageID, Language: language, Text: text,
			Source: source, CreatedAt: time.Now().UTC()}).Error
	})
	if err != nil {
		return fmt.Errorf("save %s translation of message %d in shop %d: %w", language, messageID, shopID, err)
	}
	return nil
}

// MessageTranslations maps message ids of a conversation to their text in
// language, for the messages that have such a translation.
func (s *Store) MessageTranslations(ctx context.Context, shopID int64, conversationID, language string) (map[int64]string, error) {
	rows, err := s.ConversationTranslations(ctx, shopID, conversationID, language)
	if err != nil {
		return nil, err
	}
	out := make(map[int64]string, len(rows))
	for id, r := range rows {
		out[id] = r.Text
	}
	return out, nil
}

// ConversationTranslations maps message ids of a conversation to their
// stored translation into language, with its source.
func (s *Store) ConversationTranslations(ctx context.Context, shopID int64, conversationID, language string) (map[int64]MessageTranslation, error) {
	var rows []MessageTranslation
	err := s.db(ctx).Where("shop_id = ? AND language = ? AND message_id IN (?)", shopID, language,
		s.db(ctx).Model(&Message{}).Select("id").Where("shop_id = ? AND conversation_id = ?", shopID, conversationID)).
		Find(&rows).Error
	if err != nil {
		return nil, fmt.Errorf("load %s translations of conversation %s: %w", language, conversationID, err)
	}
	out := make(map[int64]MessageTranslation, len(rows))
	for _, r := range rows {
		out[r.MessageID] = r
	}
	return out, nil
}

// ImportConversation inserts a conversation with its messages exactly as
// given, timestamps included (demo data and tools; the live path is
// CreateConversation + AppendMessages). Message ids are filled in.
func (s *Store) ImportConversation(ctx context.Context, c *Conversation, msgs []*Message) error {
	c.MessageCount = len(msgs)
	err := s.db(ctx).Transaction(func(g *gorm.DB) error {
		if err := g.Create(c).Error; err != nil {
			return err
		}
		for _, m := range msgs {
			m.ConversationID, m.ShopID = c.ID, c.ShopID
			if m.Cards.V == nil {
				m.Cards = NewJSON([]Card{})
			}
			if m.Sources.V == nil {
				m.Sources = NewJSON([]Source{})
			}
			if err := g.Create(m).Error; err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("import conversation %s of shop %d: %w", c.ID, c.ShopID, err)
	}
	return nil
}

// CountConversations counts a shop's conversations (e.g. to seed demo data
// only once).
func (s *Store) CountConversations(ctx context.Context, shopID int64) (int64, error) {
	var n int64
	if err := s.db(ctx).Model(&Conversation{}).Where("shop_id = ?", shopID).Count(&n).Error; err != nil {
		return 0, fmt.Errorf("count conversations of shop %d: %w", shopID, err)
	}
	return n, nil
}

// FirstShopperMessages maps each of a shop's conversation ids to its first
// shopper message (the list's preview line), in one query.
func (s *Store) FirstShopperMessages(ctx context.Context, shopID int64, ids []string) (map[string]string, error) {
	out := map[string]string{}
	if len(ids) == 0 {
		return out, nil
	}
	var rows []Message
	first := s.db(ctx).Model(&Message{}).Select("MIN(id)").
		Where("shop_id = ? AND role = ? AND conversation_id IN ?", shopID, RoleShopper, ids).Group("conversation_id")
	if err := s.db(ctx).Select("conversation_id, text").Where("shop_id = ? AND id IN (?)", shopID, first).
		Find(&rows).Error; err != nil {
		return nil, fmt.Errorf("first messages of %d conversations of shop %d: %w", len(ids), shopID, err)
	}
	for _, m := range rows {
		out[m.ConversationID] = m.Text
	}
	return out, nil
}

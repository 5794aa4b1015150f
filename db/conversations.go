package db

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"gorm.io/gorm"
)

// CreateConversation inserts a new conversation.
func (s *Store) CreateConversation(ctx context.Context, c *Conversation) error {
	if c.ID == "" {
		// Channel and Flow conversations have no widget token: the id is
		// random like the engine's, and TokenHash stays empty (no token
		// hashes to it, so the widget can never open them).
		var b [16]byte
		if _, err := rand.Read(b[:]); err != nil {
			return fmt.Errorf("random conversation id: %w", err)
		}
		c.ID = hex.EncodeToString(b[:])
	}
	now := time.Now().UTC()
	c.CreatedAt, c.UpdatedAt, c.LastMessageAt = now, now, now
	if c.Status == "" {
		c.Status = ConversationOpen
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

// RateConversation records the shopper's rating of a whole chat and the
// optional comment that came with it (the end-of-chat survey), touching
// nothing else (a turn being answered at the same time keeps its state).
func (s *Store) RateConversation(ctx context.Context, shopID int64, id string, rating int, comment string) error {
	res := s.db(ctx).Model(&Conversation{}).Where("shop_id = ? AND id = ?", shopID, id).
		Updates(map[string]any{"rating": rating, "feedback_comment": comment, "updated_at": time.Now().UTC(),
			"version": gorm.Expr("version + 1")})
	if res.Error != nil {
		return fmt.Errorf("rate conversation %s: %w", id, res.Error)
	}
	if res.RowsAffected == 0 {
		return fmt.Errorf("rate conversation %s: %w", id, ErrNotFound)
	}
	return nil
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

// DeleteConversationsBefore removes conversations whose last message is
// older than cutoff with everything they said (messages, translations,
// notes, the email and channel copies); it enforces the retention setting.
// The shopper records stay: the same contact may be on a newer conversation.
func (s *Store) DeleteConversationsBefore(ctx context.Context, shopID int64, cutoff time.Time) (int64, error) {
	var res RedactResult
	err := s.db(ctx).Transaction(func(g *gorm.DB) error {
		var ids []string
		if err := g.Model(&Conversation{}).Where("shop_id = ? AND last_message_at < ?", shopID, cutoff.UTC()).
			Pluck("id", &ids).Error; err != nil {
			return err
		}
		for _, chunk := range splitEvery(ids, inChunk) {
			if err := deleteConversationContent(g, shopID, chunk, &res); err != nil {
				return err
			}
			r := g.Where("shop_id = ? AND id IN ?", shopID, chunk).Delete(&Conversation{})
			if r.Error != nil {
				return r.Error
			}
			res.Conversations += r.RowsAffected
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("delete old conversations of shop %d: %w", shopID, err)
	}
	return res.Conversations, nil
}

// conversationUpsert inserts a conversation or writes back its mutable
// fields, adding the appended messages to message_count (so concurrent
// turns never lose a count). The WHERE keeps a write from crossing shops
// and from landing on a version the turn did not read.
const conversationUpsert = `INSERT INTO conversations (id, shop_id, token_hash, customer_id, customer_email,
 customer_phone, language, status, handoff, handoff_reason, handoff_summary, last_intent, rating, failed_answers,
 message_count, state, created_at, updated_at, last_message_at, version, topic, last_outcome, reopened, country)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET customer_id = excluded.customer_id, customer_email = excluded.customer_email,
 customer_phone = excluded.customer_phone, language = excluded.language, status = excluded.status,
 handoff = excluded.handoff, handoff_reason = excluded.handoff_reason, handoff_summary = excluded.handoff_summary,
 last_intent = excluded.last_intent, rating = excluded.rating, failed_answers = excluded.failed_answers,
 message_count = conversations.message_count + ?, state = excluded.state, updated_at = excluded.updated_at,
 last_message_at = excluded.last_message_at, version = conversations.version + 1, topic = excluded.topic,
 last_outcome = excluded.last_outcome, reopened = conversations.reopened OR excluded.reopened, country = excluded.country
WHERE conversations.shop_id = excluded.shop_id AND conversations.version = ?`

// SaveTurn stores one exchange: it inserts the conversation (or writes back
// its mutable fields, like SaveConversation) and appends msgs (like
// AppendMessages), atomically, filling in the message ids. It is the
// assistant's per-reply write, so it costs one round trip on PostgreSQL (a
// single statement, no explicit transaction) instead of a transaction of
// separate statements. A conversation id that exists in another shop is an
// error and writes nothing, and so is a conversation whose version is no
// longer c.Version (ErrConflict: another turn was stored since c was read).
func (s *Store) SaveTurn(ctx context.Context, c *Conversation, msgs ...*Message) error {
	now := time.Now().UTC()
	if c.CreatedAt.IsZero() {
		c.CreatedAt = now
	}
	c.UpdatedAt, c.LastMessageAt = now, now
	if c.Status == "" {
		c.Status = ConversationOpen
	}
	for _, m := range msgs {
		m.ConversationID, m.ShopID = c.ID, c.ShopID
		if m.CreatedAt.IsZero() {
			m.CreatedAt = now
		}
	}
	// A new row starts at len(msgs); an existing one adds len(msgs).
	args := []any{c.ID, c.ShopID, c.TokenHash, c.CustomerID, c.CustomerEmail, c.CustomerPhone, c.Language, c.Status,
		c.Handoff, c.HandoffReason, c.HandoffSummary, c.LastIntent, c.Rating, c.FailedAnswers, c.MessageCount + len(msgs),
		c.State, c.CreatedAt, c.UpdatedAt, c.LastMessageAt, c.Version + 1, c.Topic, c.LastOutcome, c.Reopened, c.Country,
		len(msgs), c.Version}
	var err error
	if s.dialect == Postgres && len(msgs) > 0 {
		err = s.saveTurnPostgres(ctx, args, msgs)
	} else {
		err = s.InTx(ctx, func(tx *Store) error {
			g := tx.db(ctx).Session(&gorm.Session{SkipDefaultTransaction: true})
			res := g.Exec(conversationUpsert, args...)
			if res.Error != nil {
				return res.Error
			}
			if res.RowsAffected == 0 {
				return errNotWritten
			}
			for _, m := range msgs {
				if err := g.Create(m).Error; err != nil {
					return err
				}
			}
			return nil
		})
	}
	if errors.Is(err, errNotWritten) {
		err = s.whyNotWritten(ctx, c)
	}
	if err != nil {
		return fmt.Errorf("save turn of conversation %s: %w", c.ID, err)
	}
	c.MessageCount += len(msgs)
	c.Version++
	return nil
}

// errNotWritten is the upsert's guard refusing the write.
var errNotWritten = errors.New("conversation row not written")

// whyNotWritten tells a conversation of another shop (ErrNotFound) from one
// another turn wrote since it was read (ErrConflict). Only runs on the
// rare refused write.
func (s *Store) whyNotWritten(ctx context.Context, c *Conversation) error {
	var cur Conversation
	err := s.db(ctx).Select("shop_id", "version").Where("id = ?", c.ID).Take(&cur).Error
	if err != nil {
		return fmt.Errorf("recheck conversation: %w", notFound(err))
	}
	if cur.ShopID != c.ShopID {
		return ErrNotFound
	}
	return ErrConflict
}

// saveTurnPostgres is SaveTurn as one statement: the upsert in a CTE feeds
// the message insert, so both commit together. Rows are inserted in order
// (ORDER BY before the id default is drawn), so ids follow the turn order.
func (s *Store) saveTurnPostgres(ctx context.Context, convArgs []any, msgs []*Message) error {
	var b strings.Builder
	b.WriteString("WITH conv AS (")
	b.WriteString(conversationUpsert)
	b.WriteString(" RETURNING id, shop_id)\nINSERT INTO messages (conversation_id, shop_id, role, text, language, intent," +
		" intent_confidence, cards, sources, rating, created_at, outcome)\nSELECT conv.id, conv.shop_id, v.role, v.text," +
		" v.language, v.intent, v.conf, v.cards, v.sources, v.rating, v.created_at, v.outcome FROM conv CROSS JOIN (VALUES ")
	args := convArgs
	for i, m := range msgs {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString("(CAST(? AS INTEGER), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT)," +
			" CAST(? AS DOUBLE PRECISION), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS INTEGER), CAST(? AS TIMESTAMPTZ)," +
			" CAST(? AS TEXT))")
		args = append(args, i, m.Role, m.Text, m.Language, m.Intent, m.IntentConfidence, m.Cards, m.Sources, m.Rating,
			m.CreatedAt, m.Outcome)
	}
	b.WriteString(") AS v(ord, role, text, language, intent, conf, cards, sources, rating, created_at, outcome) ORDER BY v.ord RETURNING id")
	// Straight to the connection (or the enclosing transaction): gorm's Raw
	// re-parses this long statement on every call, a fifth of its cost.
	rows, err := s.db(ctx).Statement.ConnPool.QueryContext(ctx, dollarParams(b.String()), args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return err
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if len(ids) != len(msgs) {
		// The upsert's guard refused: another shop's id or a stale version.
		return errNotWritten
	}
	// RETURNING lists rows in insertion order for a single INSERT ... SELECT;
	// sorting makes the mapping independent of that.
	slices.Sort(ids)
	for i, m := range msgs {
		m.ID = ids[i]
	}
	return nil
}

// dollarParams numbers ? placeholders as PostgreSQL's $1, $2, ... (the
// statements here have no ? inside literals).
func dollarParams(q string) string {
	var b strings.Builder
	b.Grow(len(q) + 64)
	n := 0
	for i := 0; i < len(q); i++ {
		if q[i] != '?' {
			b.WriteByte(q[i])
			continue
		}
		n++
		b.WriteByte('$')
		b.WriteString(strconv.Itoa(n))
	}
	return b.String()
}

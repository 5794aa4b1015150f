package assistant

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"

	"shopassist/db"
)

// newSecret returns 128 random bits, hex encoded.
func newSecret() (string, error) {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("random conversation secret: %w", err)
	}
	return hex.EncodeToString(b[:]), nil
}

func hashToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

// openConversation loads the request's conversation after checking its
// token and customer binding, or prepares a new one. The returned token is
// non-empty only for a new conversation, which persist inserts together
// with its first messages (one commit per reply).
func (e *Engine) openConversation(ctx context.Context, r Request) (*db.Conversation, string, error) {
	if r.ChannelConversationID != "" {
		conv, err := e.store.GetConversation(ctx, r.Shop.ID, r.ChannelConversationID)
		if errors.Is(err, db.ErrNotFound) {
			return nil, "", ErrConversationNotFound
		}
		if err != nil {
			return nil, "", fmt.Errorf("load channel conversation: %w", err)
		}
		return conv, "", nil
	}
	if r.ConversationID != "" {
		conv, err := e.authorize(ctx, r.Shop, r.ConversationID, r.ConversationToken, r.CustomerID)
		if err != nil {
			return nil, "", err
		}
		if conv.CustomerID == 0 && r.CustomerID != 0 {
			// The shopper logged in mid-conversation; the token proved
			// possession, so the chat now belongs to that customer.
			conv.CustomerID = r.CustomerID
		}
		return conv, "", nil
	}
	id, err := newSecret()
	if err != nil {
		return nil, "", err
	}
	token, err := newSecret()
	if err != nil {
		return nil, "", err
	}
	conv := &db.Conversation{ID: id, ShopID: r.Shop.ID, TokenHash: hashToken(token), CustomerID: r.CustomerID,
		Status: db.ConversationOpen}
	return conv, token, nil
}

// authorize loads a conversation only for the holder of its token (and, for
// a conversation bound to a customer, only for that customer).
func (e *Engine) authorize(ctx context.Context, shop *db.Shop, id, token string, customerID int64) (*db.Conversation, error) {
	if shop == nil || !plausibleKey(id) || !plausibleKey(token) {
		return nil, ErrConversationNotFound
	}
	conv, err := e.store.GetConversation(ctx, shop.ID, id)
	if errors.Is(err, db.ErrNotFound) {
		return nil, ErrConversationNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("load conversation: %w", err)
	}
	if subtle.ConstantTimeCompare([]byte(hashToken(token)), []byte(conv.TokenHash)) != 1 {
		return nil, ErrConversationNotFound
	}
	if conv.CustomerID != 0 && customerID != 0 && conv.CustomerID != customerID {
		return nil, ErrConversationNotFound
	}
	return conv, nil
}

// plausibleKey reports whether s can be a conversation id or token: short
// printable ASCII. Anything else (NUL bytes, which PostgreSQL cannot even
// compare, control characters, huge strings) names no conversation.
func plausibleKey(s string) bool {
	if s == "" || len(s) > 128 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 0x21 || s[i] > 0x7e {
			return false
		}
	}
	return true
}

// History returns a conversation's transcript for the holder of its token;
// a conversation bound to a logged-in customer is refused to another
// logged-in customer, exactly as a chat turn is (customerID 0 = anonymous).
func (e *Engine) History(ctx context.Context, shop *db.Shop, customerID int64, conversationID, token string) (*History, error) {
	conv, err := e.authorize(ctx, shop, conversationID, token, customerID)
	if err != nil {
		return nil, err
	}
	// A shopper coming back sees the delivery news of their orders first.
	if err := e.deliverNotices(ctx, shop, conv, customerID); err != nil {
		return nil, err
	}
	msgs, err := e.store.ListMessages(ctx, conv.ID, 0, 500)
	if err != nil {
		return nil, err
	}
	h := &History{ConversationID: conv.ID, Language: conv.Language, Status: conv.Status, Handoff: conv.Handoff,
		Messages: make([]HistoryMessage, 0, len(msgs))}
	for _, m := range msgs {
		h.Messages = append(h.Messages, HistoryMessage{ID: strconv.FormatInt(m.ID, 10), Role: m.Role, Text: m.Text,
			Language: m.Language, Intent: m.Intent, Cards: nonNil(m.Cards.V),
			Sources: nonNil(m.Sources.V), CreatedAt: m.CreatedAt})
	}
	if n := len(msgs); n > 0 {
		// The widget shows these now: agent replies among them need no email.
		if err := e.store.MarkShopperRead(ctx, conv.ID, msgs[n-1].ID, e.opts.Now()); err != nil {
			return nil, fmt.Errorf("conversation history: %w", err)
		}
	}
	return h, nil
}

// Feedback records the shopper's rating of one bot message: 1 (helpful) or
// -1 (not helpful), with an optional comment. The customer binding applies
// as in History.
func (e *Engine) Feedback(ctx context.Context, shop *db.Shop, customerID int64, conversationID, token, messageID string, rating int, comment string) error {
	if rating != 1 && rating != -1 {
		return fmt.Errorf("feedback rating %d: must be 1 or -1", rating)
	}
	conv, err := e.authorize(ctx, shop, conversationID, token, customerID)
	if err != nil {
		return err
	}
	comment = clean(comment)
	if messageID == "" {
		// A rating of the whole chat (the widget's end-of-chat survey).
		return e.store.RateConversation(ctx, conv.ShopID, conv.ID, rating, comment)
	}
	id, err := strconv.ParseInt(messageID, 10, 64)
	if err != nil {
		return ErrConversationNotFound
	}
	if err := e.store.RateMessage(ctx, conv.ID, id, rating, comment); err != nil {
		if errors.Is(err, db.ErrNotFound) {
			return ErrConversationNotFound
		}
		return err
	}
	return nil
}

// nonNil keeps an empty list an empty JSON array in the widget API.
func nonNil[T any](vs []T) []T {
	if vs == nil {
		return []T{}
	}
	return vs
}

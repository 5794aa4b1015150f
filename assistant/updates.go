package assistant

import (
	"context"
	"fmt"
	"strconv"

	"shopassist/db"
)

// Updates returns a conversation's messages newer than message id after,
// for the holder of its token, and records that the shopper's widget has
// shown everything up to after (a reply seen in the widget is not
// emailed). Only what the widget acknowledges counts as read: a long poll
// whose shopper already left may still be answered (a proxy that keeps the
// request open), and a reply handed to nobody must still be emailed. The
// widget polls again at once with the newest id it displayed, which
// acknowledges it. The customer binding applies as in History.
func (e *Engine) Updates(ctx context.Context, shop *db.Shop, customerID int64, conversationID, token string, after int64) (*History, error) {
	conv, err := e.authorize(ctx, shop, conversationID, token, customerID)
	if err != nil {
		return nil, err
	}
	if err := e.deliverNotices(ctx, shop, conv, customerID); err != nil {
		return nil, err
	}
	msgs, err := e.store.ListMessages(ctx, conv.ID, after, 200)
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
	if err := e.store.MarkShopperRead(ctx, conv.ID, after, e.opts.Now()); err != nil {
		return nil, fmt.Errorf("conversation updates: %w", err)
	}
	return h, nil
}

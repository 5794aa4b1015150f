package channels

import (
	"context"
	"errors"
	"fmt"

	"shopassist/db"
)

// CareNotices sends the delivery-care notice of an order on the messaging
// channel where its shopper last talked to the shop (WhatsApp, Messenger,
// Instagram), next to the email: many cross-border shoppers read WhatsApp
// before their inbox. It implements deliverycare.ChannelNotice.
type CareNotices struct {
	Router *Router
	Store  *db.Store
	// Template is the approved template a notice uses outside the
	// channel's customer-service window (meta.DeliveryCareTemplate); its
	// parameters are the order name and the notice text.
	Template func(acct *db.ChannelAccount, conv *db.Conversation, params ...string) *Template
}

// messaging are the channels a notice can go out on; email has its own
// notice mail and the widget shows it at the next visit.
var messaging = []string{string(WhatsApp), string(Messenger), string(Instagram)}

// SendNotice sends text on the shopper's latest messaging conversation and
// reports whether it went out. No such conversation, or a channel that
// refuses outside its window (no template configured, or Messenger and
// Instagram, which allow no notices there), is not an error: the notice
// then goes by email only.
func (c CareNotices) SendNotice(ctx context.Context, shop *db.Shop, o *db.Order, text string) (bool, error) {
	conv, err := c.Store.LatestMessagingConversation(ctx, shop.ID, o, messaging)
	if err != nil || conv == nil {
		return false, err
	}
	var tmpl func(*db.ChannelAccount) *Template
	if c.Template != nil {
		tmpl = func(a *db.ChannelAccount) *Template { return c.Template(a, conv, o.Name, text) }
	}
	if _, err := c.Router.Notify(ctx, conv, text, tmpl); err != nil {
		if errors.Is(err, ErrOutsideWindow) {
			return false, nil
		}
		return false, fmt.Errorf("delivery notice on %s: %w", conv.Channel, err)
	}
	return true, nil
}

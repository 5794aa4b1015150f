package assistant

import (
	"context"
	"fmt"

	"shopassist/assistant/lang"
	"shopassist/db"
	"shopassist/deliverycare"
)

// deliverNotices shows the shopper the delivery-care notices of their
// orders that the widget has not shown yet, as bot messages of this
// conversation: only orders the shopper proved are theirs (the logged-in
// customer's, or those carrying the contact this conversation verified),
// each notice once across all their conversations and tabs.
func (e *Engine) deliverNotices(ctx context.Context, shop *db.Shop, conv *db.Conversation, customerID int64) error {
	if customerID == 0 {
		customerID = conv.CustomerID
	}
	var orders []db.Order
	seen := map[int64]bool{}
	add := func(cust int64, email string) error {
		if cust == 0 && email == "" {
			return nil
		}
		os, err := e.store.ListCustomerOrders(ctx, shop.ID, cust, email, 20)
		if err != nil {
			return err
		}
		for _, o := range os {
			if !seen[o.ID] {
				seen[o.ID] = true
				orders = append(orders, o)
			}
		}
		return nil
	}
	if err := add(customerID, ""); err != nil {
		return fmt.Errorf("delivery notices: %w", err)
	}
	if err := add(0, conv.CustomerEmail); err != nil {
		return fmt.Errorf("delivery notices: %w", err)
	}
	if len(orders) == 0 {
		return nil
	}
	ids := make([]int64, 0, len(orders))
	byID := make(map[int64]*db.Order, len(orders))
	for i := range orders {
		ids = append(ids, orders[i].ID)
		byID[orders[i].ID] = &orders[i]
	}
	risks, err := e.store.UnseenOrderRisks(ctx, shop.ID, ids)
	if err != nil {
		return fmt.Errorf("delivery notices: %w", err)
	}
	for _, r := range risks {
		o := byID[r.OrderID]
		l, ok := lang.Normalize(conv.Language)
		if !ok {
			if l, ok = lang.Normalize(o.CustomerLocale); !ok {
				l = lang.Default
			}
		}
		text := deliverycare.WidgetText(deliverycare.InputFor(shop, o, r, l, e.opts.Now()))
		m := &db.Message{ConversationID: conv.ID, Role: db.RoleBot, Text: text, Language: l, Intent: "delivery_notice"}
		if _, err := e.store.DeliverRiskToConversation(ctx, shop.ID, r.ID, m, e.opts.Now()); err != nil {
			return err
		}
	}
	return nil
}

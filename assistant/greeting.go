package assistant

import (
	"fmt"
	"strings"
)

// greet welcomes the shopper, by name when logged in, and recognises
// returning customers from their order history.
func (t *turn) greet() error {
	if t.req.CustomerID != 0 {
		orders, err := t.e.store.ListCustomerOrders(t.ctx, t.shop.ID, t.req.CustomerID, "", 2)
		if err != nil {
			return fmt.Errorf("greet: %w", err)
		}
		if len(orders) > 0 {
			name := firstName(orders[0].CustomerName)
			switch {
			case name == "":
			case len(orders) > 1:
				t.say(t.t("greeting_returning", map[string]any{"Name": name}))
				return nil
			default:
				t.say(t.t("greeting_named", map[string]any{"Name": name}))
				return nil
			}
		}
	}
	if g := t.settings.Widget.Greeting[t.reply.Language]; g != "" {
		t.say(g)
		return nil
	}
	t.say(t.t("greeting_generic", map[string]any{"Shop": t.shop.Name}))
	return nil
}

// firstName is the given name of "First Last" as shopdata builds it.
func firstName(full string) string {
	f := strings.Fields(full)
	if len(f) == 0 {
		return ""
	}
	return f[0]
}

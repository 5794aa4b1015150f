package app

import (
	"fmt"
	"net/http"
	"sort"
	"strings"

	"github.com/labstack/echo/v4"

	"shopassist/db"
	"shopassist/views"
)

// actionKinds and actionOutcomes name audit values for the merchant.
var (
	actionKinds = map[string]string{db.ActionCancel: "Cancel order", db.ActionAddress: "Change shipping address",
		db.ActionReturn: "Return", db.ActionExchange: "Exchange"}
	actionOutcomes = map[string][2]string{
		db.ActionDone:        {"Done, confirmed in Shopify", "success"},
		db.ActionRefused:     {"Not allowed", "neutral"},
		db.ActionRejected:    {"Refused by Shopify, handed to you", "warning"},
		db.ActionUnconfirmed: {"Sent, not confirmed: check it", "critical"},
		db.ActionFailed:      {"Shopify not reachable", "critical"},
		db.ActionHandedOff:   {"Handed to you", "warning"},
		db.ActionStarted:     {"Started, outcome unknown: check the order", "critical"},
	}
	refusalReasons = map[string]string{"disabled": "switched off", "window": "window passed", "fulfilled": "already shipped",
		"payment": "payment not settled", "cancelled": "already cancelled", "read_back": "the read-back did not show the change",
		"other_country": "new address in another country", "DEFECTIVE": "damaged or faulty", "WRONG_ITEM": "wrong item received"}
)

// orderActions lists the audit entries of guarded order actions (GET
// /app/actions).
func (p *adminPages) orderActions(c echo.Context) error {
	shop := ShopFrom(c)
	rows, err := p.store.ListOrderActions(c.Request().Context(), shop.ID, 200)
	if err != nil {
		return err
	}
	loc := shopLocation(shop)
	var d views.OrderActionsData
	for _, a := range rows {
		out := actionOutcomes[a.Status]
		if out[0] == "" {
			out = [2]string{a.Status, "neutral"}
		}
		why := refusalReasons[a.Reason]
		if why == "" {
			why = a.Reason
		}
		r := views.ActionRow{When: when(a.CreatedAt, loc), Order: a.OrderName, Kind: actionKinds[a.Kind],
			Status: out[0], StatusClass: out[1], Why: why, Detail: actionDetail(a.Detail.V)}
		if a.ConversationID != "" {
			r.ConversationHref = "/app/conversations/" + a.ConversationID
		}
		d.Rows = append(d.Rows, r)
	}
	return render(c, http.StatusOK, views.OrderActions(p.page(c, tr(c.Request().Context(), "nav.actions"), "actions"), d))
}

// actionDetail summarises what an action changed on one line.
func actionDetail(m map[string]any) string {
	if addr, ok := m["address"].(map[string]any); ok {
		var parts []string
		for _, k := range []string{"address1", "address2", "zip", "city", "provinceCode", "countryCode"} {
			if s, _ := addr[k].(string); s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, ", ")
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		if v := fmt.Sprint(m[k]); v != "" {
			parts = append(parts, k+": "+v)
		}
	}
	return strings.Join(parts, " · ")
}

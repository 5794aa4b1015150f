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

// actionKinds, actionOutcomes and refusalReasons name audit values for the
// merchant: catalog keys (the texts are in views/adminlocale) and, for
// outcomes, the badge tone.
var (
	actionKinds = map[string]string{db.ActionCancel: "actions.kind.cancel", db.ActionAddress: "actions.kind.address",
		db.ActionReturn: "actions.kind.return", db.ActionExchange: "actions.kind.exchange"}
	actionOutcomes = map[string][2]string{
		db.ActionDone:        {"actions.status.done", "success"},
		db.ActionRefused:     {"actions.status.refused", "neutral"},
		db.ActionRejected:    {"actions.status.rejected", "warning"},
		db.ActionUnconfirmed: {"actions.status.unconfirmed", "critical"},
		db.ActionFailed:      {"actions.status.failed", "critical"},
		db.ActionHandedOff:   {"actions.status.handed_off", "warning"},
		db.ActionStarted:     {"actions.status.started", "critical"},
	}
	refusalReasons = map[string]string{"disabled": "actions.why.disabled", "window": "actions.why.window",
		"fulfilled": "actions.why.fulfilled", "payment": "actions.why.payment", "cancelled": "actions.why.cancelled",
		"read_back": "actions.why.read_back", "other_country": "actions.why.other_country",
		"DEFECTIVE": "actions.why.defective", "WRONG_ITEM": "actions.why.wrong_item"}
)

// orderActions lists the audit entries of guarded order actions (GET
// /app/actions).
func (p *adminPages) orderActions(c echo.Context) error {
	shop := ShopFrom(c)
	ctx := c.Request().Context()
	rows, err := p.store.ListOrderActions(ctx, shop.ID, 200)
	if err != nil {
		return err
	}
	loc := shopLocation(shop)
	var d views.OrderActionsData
	for _, a := range rows {
		out := actionOutcomes[a.Status]
		if out[0] == "" {
			out = [2]string{a.Status, "neutral"}
		} else {
			out[0] = tr(ctx, out[0])
		}
		why := a.Reason
		if key := refusalReasons[a.Reason]; key != "" {
			why = tr(ctx, key)
		}
		kind := a.Kind
		if key := actionKinds[a.Kind]; key != "" {
			kind = tr(ctx, key)
		}
		r := views.ActionRow{When: when(ctx, a.CreatedAt, loc), Order: a.OrderName, Kind: kind,
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

package assistant

import (
	"context"
	"math"
	"slices"
	"strings"

	"shopassist/db"
)

// finalSaleTag marks products that cannot be returned.
const finalSaleTag = "final-sale"

// ReturnRequester starts a return request in Shopify (Admin API
// returnRequest) and returns the created return's GID and name.
type ReturnRequester interface {
	RequestReturn(ctx context.Context, shop *db.Shop, o *db.Order, lines []db.ReturnLine) (gid, name string, err error)
}

// returnOrder checks a verified order's return eligibility and, when the
// merchant allows it, starts the return.
func (t *turn) returnOrder(o *db.Order) {
	data := map[string]any{"Order": o.Name}
	if o.CancelledAt != nil {
		t.say(t.t("order_status_cancelled", data))
		return
	}
	delivered, ok := deliveredAt(o)
	if !ok {
		t.say(t.t("returns_not_delivered", data))
		return
	}
	window := t.settings.Returns.WindowDays
	if window <= 0 {
		window = 30
	}
	deadline := delivered.AddDate(0, 0, window)
	data["Deadline"] = formatDate(deadline)
	if t.now().After(deadline) {
		t.say(t.t("returns_window_passed", data))
		return
	}
	lines, finalSale := t.returnableLines(o)
	for _, title := range finalSale {
		t.say(t.t("returns_final_sale", map[string]any{"Item": title}))
	}
	if len(lines) == 0 {
		return
	}
	t.say(t.t("returns_eligible", data))
	days := int(math.Ceil(deadline.Sub(t.now()).Hours() / 24))
	t.say(t.t("returns_days_left", map[string]any{"Count": days}))
	if !t.settings.Returns.AllowReturnRequests {
		t.say(t.t("returns_disabled", map[string]any{"Contact": t.shop.Email}))
		t.flagForMerchant("return_request")
		return
	}
	for _, r := range o.Returns {
		if r.Status == "requested" || r.Status == "open" {
			t.say(t.t("returns_started", data))
			return
		}
	}
	if t.dry {
		return
	}
	if err := t.startReturn(o, lines); err != nil {
		t.logErr("start return", err)
		t.say(t.t("returns_disabled", map[string]any{"Contact": t.shop.Email}))
		t.flagForMerchant("return_request")
		return
	}
	t.say(t.t("returns_started", data))
}

// returnableLines lists the order lines that can still go back (not fully
// refunded, not final sale) and the titles of final-sale lines.
func (t *turn) returnableLines(o *db.Order) ([]db.ReturnLine, []string) {
	refunded := map[int64]int{}
	for _, r := range o.Refunds {
		for _, l := range r.LineItems.V {
			refunded[l.LineItemID] += l.Quantity
		}
	}
	var lines []db.ReturnLine
	var finalSale []string
	tags := t.productTags(o)
	for _, li := range o.LineItems {
		qty := li.Quantity - refunded[li.ShopifyID]
		if qty <= 0 {
			continue
		}
		if slices.ContainsFunc(tags[li.ProductID], func(tag string) bool { return strings.EqualFold(tag, finalSaleTag) }) {
			finalSale = append(finalSale, li.Title)
			continue
		}
		lines = append(lines, db.ReturnLine{LineItemID: li.ShopifyID, Quantity: qty})
	}
	return lines, finalSale
}

// productTags loads the tags of the order's products in one query; on an
// error no line counts as final sale (the merchant still reviews returns).
func (t *turn) productTags(o *db.Order) map[int64][]string {
	var ids []int64
	for _, li := range o.LineItems {
		if li.ProductID != 0 {
			ids = append(ids, li.ProductID)
		}
	}
	tags, err := t.e.store.ProductTags(t.ctx, t.shop.ID, ids)
	if err != nil {
		t.logErr("load product tags for return", err)
	}
	return tags
}

// startReturn requests the return in Shopify when a requester is configured
// and the shop is installed, then records it.
func (t *turn) startReturn(o *db.Order, lines []db.ReturnLine) error {
	r := &db.Return{ShopID: t.shop.ID, OrderID: o.ID, Status: "requested", Reason: "assistant",
		LineItems: db.NewJSON(lines), ConversationID: t.conv.ID}
	if t.e.opts.Returns != nil && t.shop.Installed() {
		gid, name, err := t.e.opts.Returns.RequestReturn(t.ctx, t.shop, o, lines)
		if err != nil {
			return err
		}
		r.ShopifyGID, r.Name = gid, name
	}
	return t.e.store.SaveReturn(t.ctx, r)
}

// returnPolicy summarises the store's refund policy, or checks a verified
// order's eligibility when one is under discussion.
func (t *turn) returnPolicy() {
	if t.state.Current != 0 && t.u.Ents.OrderNumber == "" && t.conv.LastIntent != "" {
		if o, err := t.e.store.GetOrderByNumber(t.ctx, t.shop.ID, t.state.Current); err == nil {
			t.docAnswer("returns_policy_intro", "policy:refund")
			t.returnEligibilityOnly(o)
			return
		}
	}
	t.docAnswer("returns_policy_intro", "policy:refund")
}

// returnEligibilityOnly states eligibility without starting a return.
func (t *turn) returnEligibilityOnly(o *db.Order) {
	allow := t.settings.Returns.AllowReturnRequests
	t.settings.Returns.AllowReturnRequests = true
	dry := t.dry
	t.dry = true
	t.returnOrder(o)
	t.dry, t.settings.Returns.AllowReturnRequests = dry, allow
}

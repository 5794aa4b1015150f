package assistant

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"shopassist/assistant/actions"
	"shopassist/assistant/dialogue"
	"shopassist/assistant/intent"
	"shopassist/db"
	"shopassist/knowledge"
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
func (t *turn) returnOrder(o *db.Order) error {
	data := map[string]any{"Order": o.Name}
	if o.CancelledAt != nil {
		t.say(t.t("order_status_cancelled", data))
		return nil
	}
	delivered, ok := deliveredAt(o)
	if !ok {
		t.say(t.t("returns_not_delivered", data))
		return nil
	}
	window := t.settings.Returns.WindowDays
	if window <= 0 {
		window = 30
	}
	deadline := delivered.AddDate(0, 0, window)
	data["Deadline"] = formatDate(deadline)
	if t.now().After(deadline) {
		t.say(t.t("returns_window_passed", data))
		return nil
	}
	lines, finalSale, err := t.returnableLines(o)
	if err != nil {
		return err
	}
	for _, title := range finalSale {
		t.say(t.t("returns_final_sale", map[string]any{"Item": title}))
	}
	if len(lines) == 0 {
		return nil
	}
	if t.actionsOn() && !t.dry && actions.NeedsPerson(actions.ReasonFrom(t.text)) {
		// Damaged or wrong items are not "good news": a person takes them.
		picks, err := t.returnLines(o)
		if err != nil {
			return err
		}
		return t.returnAction(o, picks)
	}
	t.say(t.t("returns_eligible", data))
	days := int(math.Ceil(deadline.Sub(t.now()).Hours() / 24))
	t.say(t.t("returns_days_left", map[string]any{"Count": days}))
	if !t.settings.Returns.AllowReturnRequests {
		t.say(t.t("returns_disabled", map[string]any{"Contact": t.shop.Email}))
		return t.flagForMerchant("return_request")
	}
	if t.actionsOn() && !t.dry {
		// Guided return: the shopper picks lines, reason, then confirms;
		// lines already in a requested return are not offered again.
		picks, err := t.returnLines(o)
		if err != nil {
			return err
		}
		if len(picks) == 0 {
			t.say(t.returnsStarted(o, data))
			return nil
		}
		return t.returnAction(o, picks)
	}
	for _, r := range o.Returns {
		if r.Status == "requested" || r.Status == "open" {
			t.say(t.returnsStarted(o, data))
			return nil
		}
	}
	if t.dry {
		return nil
	}
	requested, err := t.startReturn(o, lines)
	if err != nil && !requested {
		// Shopify refused or could not be reached: the merchant takes it
		// from here, which is an answer, not a failure of the turn.
		t.logErr("start return", err)
		t.say(t.t("returns_disabled", map[string]any{"Contact": t.shop.Email}))
		return t.flagForMerchant("return_request")
	}
	if err != nil {
		return err
	}
	t.say(t.returnsStarted(o, data))
	return nil
}

// returnsStarted confirms a requested return, promising an email only
// when the order has an email address.
func (t *turn) returnsStarted(o *db.Order, data map[string]any) string {
	if strings.TrimSpace(o.Email) == "" {
		return t.a("returns_started_chat", data)
	}
	return t.t("returns_started", data)
}

// returnableLines lists the order lines that can still go back (not fully
// refunded, not final sale) and the titles of final-sale lines.
func (t *turn) returnableLines(o *db.Order) ([]db.ReturnLine, []string, error) {
	refunded := map[int64]int{}
	for _, r := range o.Refunds {
		for _, l := range r.LineItems.V {
			refunded[l.LineItemID] += l.Quantity
		}
	}
	var lines []db.ReturnLine
	var finalSale []string
	tags, err := t.productTags(o)
	if err != nil {
		return nil, nil, err
	}
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
	return lines, finalSale, nil
}

// productTags loads the tags of the order's products in one query.
func (t *turn) productTags(o *db.Order) (map[int64][]string, error) {
	var ids []int64
	for _, li := range o.LineItems {
		if li.ProductID != 0 {
			ids = append(ids, li.ProductID)
		}
	}
	tags, err := t.e.store.ProductTags(t.ctx, t.shop.ID, ids)
	if err != nil {
		return nil, fmt.Errorf("product tags for a return: %w", err)
	}
	return tags, nil
}

// startReturn requests the return in Shopify when a requester is configured
// and the shop is installed, then records it. requested reports whether the
// request reached Shopify (or needed not), so a failure to record it is told
// apart from Shopify refusing it.
func (t *turn) startReturn(o *db.Order, lines []db.ReturnLine) (requested bool, err error) {
	r := &db.Return{ShopID: t.shop.ID, OrderID: o.ID, Status: "requested", Reason: "assistant",
		LineItems: db.NewJSON(lines), ConversationID: t.conv.ID}
	if t.e.opts.Returns != nil && t.shop.Installed() {
		gid, name, err := t.e.opts.Returns.RequestReturn(t.ctx, t.shop, o, lines)
		if err != nil {
			return false, err
		}
		r.ShopifyGID, r.Name = gid, name
	}
	if err := t.e.store.SaveReturn(t.ctx, r); err != nil {
		return true, fmt.Errorf("record return of order %d: %w", o.ID, err)
	}
	return true, nil
}

// returnPolicy summarises the store's refund policy, or checks a verified
// order's eligibility when one is under discussion.
func (t *turn) returnPolicy() error {
	if t.state.Current != 0 && t.u.Ents.OrderNumber == "" && t.conv.LastIntent != "" {
		o, err := t.e.store.GetOrderByNumber(t.ctx, t.shop.ID, t.state.Current)
		switch {
		case err == nil:
			t.docAnswer("returns_policy_intro", "policy:refund")
			return t.returnEligibilityOnly(o)
		case !errors.Is(err, db.ErrNotFound):
			return fmt.Errorf("order under discussion: %w", err)
		}
	}
	t.docAnswer("returns_policy_intro", "policy:refund")
	return nil
}

// returnEligibilityOnly states eligibility without starting a return.
func (t *turn) returnEligibilityOnly(o *db.Order) error {
	allow := t.settings.Returns.AllowReturnRequests
	t.settings.Returns.AllowReturnRequests = true
	dry := t.dry
	t.dry = true
	err := t.returnOrder(o)
	t.dry, t.settings.Returns.AllowReturnRequests = dry, allow
	return err
}

// returnInTimeIntents are the readings a return asked with a time
// reference overrides: "it arrived 3 weeks ago, too late to send it back?"
// reads as an order's status, a refund or a product question, yet asks
// whether the return window is still open.
var returnInTimeIntents = map[string]bool{intent.OrderStatus: true, intent.ReturnRequest: true, intent.RefundStatus: true,
	intent.ReturnPolicy: true, intent.Unclear: true, intent.OutOfScope: true, intent.FAQ: true, intent.ShippingInfo: true,
	intent.ProductQuestion: true, intent.Stock: true, intent.ProductRecommendation: true, intent.Feedback: true}

// asksReturnInTime reports whether the message asks to return something
// and says when it came or asks whether it is still possible ("je les ai
// reçues il y a 12 jours, je peux encore les renvoyer ?", "收到貨第25天了，
// 還可以退嗎？"): the shopper needs the return window and where they stand
// in it before the order number. A refund (also one still awaited: "sent
// it back 10 days ago, still no money"), the return's cost or an exchange
// keep their own answers.
func (t *turn) asksReturnInTime(in string) bool {
	if !returnInTimeIntents[in] || t.state.Awaiting != "" || t.u.Ents.OrderNumber != "" || t.u.contact() != "" ||
		!knowledge.AsksReturn(t.text) || knowledge.AsksRefund(t.text) || knowledge.AsksReturnCost(t.text) || actions.WantsExchange(t.text) ||
		t.refundOverdue() {
		return false
	}
	if namesConcept(t.text, "price match") {
		// "Bought it a week ago, now it's cheaper: do you give back what
		// I overpaid?" gives back money on a price drop, no item.
		return false
	}
	_, told := elapsedDays(t.text)
	return told || asksStillPossible(t.text) || asksUntilWhen(t.text)
}

// asksUntilWhen reports whether the message asks how long one has, or
// until when ("fino a quando posso rimandarlo?").
func asksUntilWhen(text string) bool {
	low := strings.ToLower(text)
	return slices.ContainsFunc(windowWords, func(w string) bool { return strings.Contains(low, w) })
}

// returnInTime answers a return asked with a time reference: with the
// shopper's order known (signed in, on its page, under discussion), its
// own delivery date decides; otherwise the policy's return window, whether
// the time the shopper told is within it, and the offer to start the
// return once the order number is given.
func (t *turn) returnInTime(in string) error {
	t.reply.Intent = intent.ReturnRequest
	known := t.req.CustomerID != 0 || t.req.PageOrder != 0 || t.state.Current != 0 || t.state.Candidate != 0
	switch {
	case in == intent.ReturnPolicy && t.state.Current != 0:
		// A question about the rule: the order under discussion's
		// eligibility, no return started.
		t.reply.Intent = in
		return t.returnPolicy()
	case in != intent.ReturnPolicy && known:
		return t.orderTask(intent.ReturnRequest)
	}
	if p, window, ok := t.windowPassage(); ok {
		t.reply.Sources = append(t.reply.Sources, Source{Kind: p.Kind, Title: p.Title, URL: p.URL})
		if days, told := elapsedDays(t.text); told {
			switch {
			case days < window:
				t.notes = append(t.notes, t.t("returns_window_within", map[string]any{"Window": window}))
			case days > window:
				t.notes = append(t.notes, t.t("returns_window_over", map[string]any{"Window": window}))
			}
		}
		t.quote(p)
	} else {
		t.docAnswer("returns_policy_intro", "policy:refund")
	}
	t.state.Await(intent.ReturnRequest, dialogue.AwaitOrderNumber)
	t.say(t.t("returns_window_ask_number", nil))
	return nil
}

// windowQuery looks the return window up in the policies: the shopper's
// story ("it arrived 3 weeks ago, too late?") shares more words with the
// return-cost passage than with the window's.
const windowQuery = "return window: how many days from delivery to start a return"

// windowPassage is the refund policy's passage that states the return
// window, and its number of days, read from the primary-language original
// (the words around the number differ in every translation).
func (t *turn) windowPassage() (knowledge.PassageAnswer, int, bool) {
	hits, err := t.e.index.AnswerPassages(t.ctx, t.shop.Domain, knowledge.PassageQuery{Text: windowQuery, Lang: t.reply.Language,
		Prefer: []string{"policy:refund"}, Kinds: []string{"policy"}, Limit: 3})
	if err != nil {
		t.logErr("return window passage", err)
		return knowledge.PassageAnswer{}, 0, false
	}
	for _, h := range hits {
		if m := windowRE.FindStringSubmatch(h.Original); m != nil {
			if days, err := strconv.Atoi(m[1]); err == nil {
				return h, days, true
			}
		}
	}
	return knowledge.PassageAnswer{}, 0, false
}

// shippedWords say an order has already left the warehouse ("already
// shipped", "schon unterwegs", "уже отправили"): too late to cancel it.
var shippedWords = []string{
	"already shipped", "already been shipped", "already sent", "already on its way", "already dispatched",
	"schon unterwegs", "bereits unterwegs", "schon verschickt", "bereits verschickt", "schon versandt", "bereits versandt",
	"déjà partie", "déjà parti", "déjà expédi", "déjà envoy", "ya me enviaron", "ya enviaron", "ya fue enviado", "ya se envió", "ya salió", "ya está en camino",
	"già partit", "già spedit", "già inviat", "já foi enviad", "já enviaram", "já saiu", "já foi despachad", "já está a caminho",
	"al verzonden", "al onderweg", "al verstuurd", "już wysłan", "już w drodze", "уже отправ", "уже в пути",
	"kargoya verildi", "kargoya verilmiş", "zaten gönderildi", "yola çıktı", "تم شحن", "شحنتم", "في الطريق",
	"発送済み", "もう発送", "既に発送", "すでに発送", "이미 발송", "이미 배송", "벌써 발송", "발송됐", "발송되었",
	"已经发货", "已发货", "已经寄出", "已經發貨", "已發貨", "已經寄出", "sudah dikirim", "udah dikirim", "sudah jalan",
}

// shippedChangedMind reports whether the shopper, with no order named,
// says their order has shipped and they no longer want it: the policy
// answers (cancelling ends at shipping; a return within the window), not
// an order look-up or a cancellation the order's state no longer allows.
func (t *turn) shippedChangedMind() bool {
	if t.state.Awaiting != "" || t.u.Ents.OrderNumber != "" || t.u.contact() != "" {
		return false
	}
	low := strings.ToLower(t.text)
	return actions.ReasonFrom(t.text) == actions.ReasonUnwanted &&
		slices.ContainsFunc(shippedWords, func(w string) bool { return strings.Contains(low, w) })
}

// changedMindPolicy answers shippedChangedMind: the merchant's FAQ entry on
// cancelling (free until shipped, then a return within the window), or
// else the return policy. Its passages are looked up without the words
// saying the order shipped: they name the delivery, and would rank its
// paragraphs (and the country they depend on) over the return window.
func (t *turn) changedMindPolicy() {
	if t.faqOfConcept(cancelOrder) {
		return
	}
	text := t.text
	low := strings.ToLower(text)
	for _, w := range shippedWords {
		if i := strings.Index(low, w); i >= 0 && len(low) == len(text) {
			text = text[:i] + " " + text[i+len(w):]
			low = low[:i] + " " + low[i+len(w):]
		}
	}
	saved := t.text
	t.text = text
	t.docAnswer("returns_policy_intro", "policy:refund")
	t.text = saved
}

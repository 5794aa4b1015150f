package assistant

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"shopassist/assistant/dialogue"
	"shopassist/assistant/identity"
	"shopassist/assistant/intent"
	"shopassist/assistant/lang"
	"shopassist/db"
	"shopassist/deliverycare"
)

// orderTask runs an order task (status, return, cancellation): find which
// order is meant, prove the shopper owns it, then answer. A database error
// is returned, never read as "not verified": five hiccups must not lock a
// real shopper out.
func (t *turn) orderTask(task string) error {
	st := &t.state
	if c := t.u.contact(); c != "" {
		st.Contact = c
	}
	num := parseOrderNumber(t.u.Ents.OrderNumber)
	if num == 0 {
		switch {
		case st.Candidate != 0:
			num = st.Candidate
		case st.Current != 0:
			num = st.Current
		case t.req.PageOrder != 0:
			// Asked on the order's own page: "where is it?" means this one.
			num = t.req.PageOrder
		}
	}
	if num == 0 && t.req.CustomerID != 0 {
		o, err := t.latestCustomerOrder()
		if err != nil {
			return err
		}
		if o != nil {
			st.MarkVerified(o.OrderNumber)
			return t.answerOrder(task, o, customerOrderParts)
		}
	}
	if num == 0 {
		switch {
		case st.Awaiting != "":
		case task == intent.CancelOrder:
			// "Can I cancel my order?" asks the rule too: until when
			// an order can be cancelled, and at what cost, is the
			// shop's policy, said before the order is looked up. The
			// merchant's FAQ entry on cancelling, when one matches, also
			// says what to do once the order has shipped.
			if !t.taskFAQ() {
				t.answerFromDocs("", "", minOtherScore)
			}
		case task != intent.ChangeOrder:
			// "I typed the wrong street number, can you fix it?" read
			// as an order question: how long an address can still
			// change is the policy's, whatever the order.
			t.addressPolicy()
		}
		st.Await(task, dialogue.AwaitOrderNumber)
		t.say(t.t("order_ask_number", nil))
		return nil
	}
	if st.IsVerified(num) {
		o, err := t.e.store.GetOrderByNumberParts(t.ctx, t.shop.ID, num, db.OrderParts{})
		switch {
		case err == nil:
			st.MarkVerified(num)
			return t.answerOrder(task, o, db.OrderParts{})
		case !errors.Is(err, db.ErrNotFound):
			return fmt.Errorf("load verified order: %w", err)
		}
	}
	locked, err := t.locked()
	if err != nil {
		return err
	}
	if locked {
		st.Drop()
		t.say(t.t("order_too_many_attempts", nil))
		return nil
	}
	st.Candidate = num
	o, owned, err := t.ownedOrder(num)
	if err != nil {
		return err
	}
	if owned {
		st.MarkVerified(num)
		return t.answerOrder(task, o, db.OrderParts{})
	}
	if st.Contact == "" {
		st.Await(task, dialogue.AwaitContact)
		t.say(t.t("order_ask_verification", map[string]any{"Order": "#" + strconv.FormatInt(num, 10)}))
		return nil
	}
	// Checking a typed contact is a guess: count it before evaluating it,
	// atomically, so a burst of guesses cannot outrun the limit. A number
	// and a contact that do not match get the same words whether the order
	// does not exist or belongs to someone else.
	contact := st.Contact
	st.Contact = ""
	claim, err := t.claimAttempt()
	if err != nil {
		return err
	}
	if !claim.Allowed {
		st.Drop()
		t.say(t.t("order_too_many_attempts", nil))
		return nil
	}
	if canonical, ok := identity.Match(o, contact); ok {
		if err := t.releaseAttempt(claim); err != nil {
			return err
		}
		t.verified(o, canonical)
		return t.answerOrder(task, o, db.OrderParts{})
	}
	return t.verificationFailed(task, claim)
}

// ownedOrder loads order num (its row only: answerOrder loads the children
// once the shopper is verified) and reports whether the shopper already
// proved identity for it: logged in as its customer, or earlier verified
// with the same email/phone in this conversation. The order is nil when it
// does not exist (a placeholder created by an early fulfillment webhook
// counts as missing).
func (t *turn) ownedOrder(num int64) (*db.Order, bool, error) {
	o, err := t.e.store.GetOrderByNumberParts(t.ctx, t.shop.ID, num, db.OrderParts{})
	if errors.Is(err, db.ErrNotFound) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("load order to verify: %w", err)
	}
	if o.ShopifyUpdatedAt == nil {
		return nil, false, nil
	}
	if t.req.CustomerID != 0 && o.CustomerID == t.req.CustomerID {
		return o, true, nil
	}
	// Only contacts that verified earlier are on the conversation, and
	// each opens only the orders that carry that same contact.
	for _, c := range []string{t.conv.CustomerEmail, t.conv.CustomerPhone} {
		if c == "" {
			continue
		}
		if _, ok := identity.Match(o, c); ok {
			return o, true, nil
		}
	}
	return o, false, nil
}

// verified records a contact that proved ownership of o, in its canonical
// form (lower-case email or E.164 phone): the only way a contact gets onto
// the conversation.
func (t *turn) verified(o *db.Order, contact string) {
	if strings.Contains(contact, "@") {
		t.conv.CustomerEmail = contact
	} else {
		t.conv.CustomerPhone = contact
	}
	t.provenContact = contact
	t.state.MarkVerified(o.OrderNumber)
}

// verificationFailed answers a wrong guess. The database count was taken
// by the claim; the conversation keeps its own count too.
func (t *turn) verificationFailed(task string, claim db.VerificationClaim) error {
	st := &t.state
	st.Failures++
	now := t.now()
	if st.Failures >= t.e.opts.MaxVerifyFailures {
		until := now.Add(t.e.opts.VerifyLock).UTC()
		st.LockedUntil = &until
	}
	if st.Locked(now) || !claim.LockedUntil.IsZero() {
		st.Drop()
		t.say(t.t("order_too_many_attempts", nil))
		return nil
	}
	st.Await(task, dialogue.AwaitContact)
	t.say(t.t("order_verification_failed", nil))
	return nil
}

func (t *turn) limit() db.VerificationLimit {
	return db.VerificationLimit{Max: t.e.opts.MaxVerifyFailures, Window: t.e.opts.VerifyLock, Lock: t.e.opts.VerifyLock}
}

// claimAttempt counts one guess against the shopper's subjects before it
// is evaluated (admin previews count nothing).
func (t *turn) claimAttempt() (db.VerificationClaim, error) {
	if t.dry {
		return db.VerificationClaim{Allowed: true}, nil
	}
	// Deferred: the reply's synchronous commit makes the count durable
	// before the shopper can read what the guess revealed (db.Deferred).
	return t.e.store.Deferred().ClaimVerificationAttempt(t.ctx, t.shop.ID, t.subjects(), t.now(), t.limit())
}

// releaseAttempt takes back a guess that proved right; other guesses'
// failures stay counted.
func (t *turn) releaseAttempt(claim db.VerificationClaim) error {
	if t.dry {
		return nil
	}
	return t.e.store.Deferred().ReleaseVerificationAttempt(t.ctx, t.shop.ID, claim, t.now(), t.limit())
}

// subjects are the cross-conversation keys the attempt limit applies to.
func (t *turn) subjects() []string {
	var out []string
	if t.req.CustomerID != 0 {
		out = append(out, "customer:"+strconv.FormatInt(t.req.CustomerID, 10))
	}
	if t.req.ClientIP != "" {
		out = append(out, "ip:"+t.req.ClientIP)
	}
	return out
}

// locked reports whether order look-ups are locked for this shopper, so a
// locked shopper is told at once rather than after typing a contact. It
// only reads: the binding check is the claim before each guess.
func (t *turn) locked() (bool, error) {
	now := t.now()
	if t.state.Locked(now) {
		return true, nil
	}
	subjects := t.subjects()
	if len(subjects) == 0 || t.dry {
		return false, nil
	}
	rows, err := t.e.store.VerificationAttempts(t.ctx, t.shop.ID, subjects)
	if err != nil {
		return false, err
	}
	for _, a := range rows {
		if a.LockedUntil != nil && a.LockedUntil.After(now) {
			return true, nil
		}
	}
	return false, nil
}

// customerOrderParts are the children ListCustomerOrders loads.
var customerOrderParts = db.OrderParts{LineItems: true, Fulfillments: true}

// latestCustomerOrder is the logged-in customer's latest order, nil when
// they have none.
func (t *turn) latestCustomerOrder() (*db.Order, error) {
	orders, err := t.e.store.ListCustomerOrders(t.ctx, t.shop.ID, t.req.CustomerID, "", 1)
	if err != nil {
		return nil, fmt.Errorf("latest customer order: %w", err)
	}
	if len(orders) == 0 {
		return nil, nil
	}
	return &orders[0], nil
}

// orderParts are the children of an order each task reads.
func orderParts(task string) db.OrderParts {
	switch task {
	case intent.ReturnRequest:
		return db.AllOrderParts()
	case intent.CancelOrder, intent.ChangeOrder:
		// The guards look at lines and shipments.
		return db.OrderParts{LineItems: true, Fulfillments: true}
	}
	return db.OrderParts{LineItems: true, Fulfillments: true}
}

// answerOrder answers a task about a verified order; have lists the
// children already loaded, the rest the task needs is loaded here.
func (t *turn) answerOrder(task string, o *db.Order, have db.OrderParts) error {
	if err := t.e.store.LoadOrderParts(t.ctx, o, orderParts(task).Without(have)); err != nil {
		return fmt.Errorf("load order details: %w", err)
	}
	t.reply.Intent = task
	switch task {
	case intent.ReturnRequest:
		return t.returnOrder(o)
	case intent.CancelOrder:
		return t.cancelOrder(o)
	case intent.ChangeOrder:
		return t.addressAction(o)
	}
	t.orderStatus(o)
	return nil
}

func parseOrderNumber(s string) int64 {
	n, err := strconv.ParseInt(strings.TrimLeft(s, "#"), 10, 64)
	if err != nil || n <= 0 {
		return 0
	}
	return n
}

// Order states the assistant talks about.
const (
	stateUnfulfilled       = "unfulfilled"
	statePartiallyShipped  = "partially_shipped"
	stateInTransit         = "in_transit"
	stateOutForDelivery    = "out_for_delivery"
	stateDelivered         = "delivered"
	stateCancelled         = "cancelled"
	stateRefunded          = "refunded"
	statePartiallyRefunded = "partially_refunded"
)

// orderState summarises an order in one of the states above.
func orderState(o *db.Order) string {
	switch {
	case o.CancelledAt != nil:
		return stateCancelled
	case o.FinancialStatus == "refunded":
		return stateRefunded
	}
	if len(o.Fulfillments) == 0 {
		return stateUnfulfilled
	}
	shipped := 0
	for _, f := range o.Fulfillments {
		for _, l := range f.LineItems.V {
			shipped += l.Quantity
		}
	}
	ordered := 0
	for _, l := range o.LineItems {
		ordered += l.Quantity
	}
	if o.FulfillmentStatus == "partial" || (ordered > 0 && shipped > 0 && shipped < ordered) {
		return statePartiallyShipped
	}
	delivered, out := true, false
	for _, f := range o.Fulfillments {
		if f.ShipmentStatus != "delivered" {
			delivered = false
		}
		if f.ShipmentStatus == "out_for_delivery" {
			out = true
		}
	}
	switch {
	case delivered && o.FinancialStatus == "partially_refunded":
		return statePartiallyRefunded
	case delivered:
		return stateDelivered
	case out:
		return stateOutForDelivery
	}
	return stateInTransit
}

func deliveredAt(o *db.Order) (time.Time, bool) {
	var last time.Time
	for _, f := range o.Fulfillments {
		if f.ShipmentStatus != "delivered" && f.DeliveredAt == nil {
			return time.Time{}, false
		}
		d := f.ShopifyUpdatedAt
		if f.DeliveredAt != nil {
			d = f.DeliveredAt
		}
		if d != nil && d.After(last) {
			last = *d
		}
	}
	return last, len(o.Fulfillments) > 0 && !last.IsZero()
}

func formatDate(t time.Time) string { return t.UTC().Format("2006-01-02") }

// shipmentKey maps a fulfillment's carrier status to a shipment message.
func shipmentKey(f db.Fulfillment) string {
	switch f.ShipmentStatus {
	case "delivered":
		return "shipment_delivered"
	case "out_for_delivery":
		return "shipment_out_for_delivery"
	case "attempted_delivery":
		return "shipment_attempted_delivery"
	case "ready_for_pickup", "ready_for_recipient_pickup":
		return "shipment_ready_for_pickup"
	case "label_printed", "label_purchased", "confirmed":
		return "shipment_label_created"
	case "failure":
		return "shipment_failure"
	case "delayed":
		return "shipment_delayed"
	case "buyer_action_required", "returning_to_sender", "exception":
		return "shipment_exception"
	}
	return "shipment_in_transit"
}

// Order states of a shipment at risk (deliverycare.Condition): the answer
// says what the carrier says, never "on its way" for a delayed parcel.
const (
	stateDelayed   = "delayed"
	stateLate      = "late"
	stateAttention = "attention"
)

// shipmentView is what the answer says about one fulfillment now.
type shipmentView struct {
	f db.Fulfillment
	// condition is deliverycare.Condition: a carrier risk, late, or "".
	condition string
	// estimate is the estimate's day in the shop's time zone, nil when
	// none or delivered.
	estimate *time.Time
}

func (t *turn) shipmentViews(o *db.Order) []shipmentView {
	loc := deliverycare.Location(t.shop.Timezone)
	now := t.now()
	out := make([]shipmentView, 0, len(o.Fulfillments))
	for _, f := range o.Fulfillments {
		v := shipmentView{f: f, condition: deliverycare.Condition(deliverycare.Shipment{Status: f.ShipmentStatus,
			Delivered: f.DeliveredAt != nil, Estimate: f.EstimatedDeliveryAt}, now, loc)}
		if f.EstimatedDeliveryAt != nil && f.ShipmentStatus != "delivered" && f.DeliveredAt == nil {
			d := deliverycare.DayOf(*f.EstimatedDeliveryAt, loc)
			v.estimate = &d
		}
		out = append(out, v)
	}
	return out
}

// riskState is the order-level state the shipments' conditions impose on
// an order in transit: delayed wins over late (the carrier's word is
// newer than the estimate), any other carrier problem needs attention.
func riskState(views []shipmentView) string {
	state := ""
	for _, v := range views {
		switch v.condition {
		case "":
		case deliverycare.KindDelayed:
			return stateDelayed
		case deliverycare.KindLate:
			state = stateLate
		default:
			if state == "" {
				state = stateAttention
			}
		}
	}
	return state
}

// date writes a calendar day for the shopper's language.
func (t *turn) date(d time.Time) string { return lang.FormatDate(t.reply.Language, d) }

// orderStatus answers with the order's state, its shipments and an order
// card. Text and card come from the same values: the card's status text
// is the headline and each shipment's status is the line the text shows.
func (t *turn) orderStatus(o *db.Order) {
	state := orderState(o)
	views := t.shipmentViews(o)
	data := map[string]any{"Order": o.Name}
	if d, ok := deliveredAt(o); ok {
		data["Date"] = t.date(d)
	}
	headline := t.t("order_status_"+state, data)
	if state == stateDelivered && data["Date"] == nil {
		headline = t.t("order_status_in_transit", data)
	}
	if state == stateInTransit || state == stateOutForDelivery || state == statePartiallyShipped {
		if rs := riskState(views); rs != "" {
			state = rs
			if rs == stateLate {
				for _, v := range views {
					if v.condition == deliverycare.KindLate {
						data["Date"] = t.date(*v.estimate)
						break
					}
				}
			}
			headline = t.t("order_status_"+rs, data)
		}
	}
	if state == stateOutForDelivery && !t.estimateToday(views) {
		// "Out for delivery today" only when the estimate says today.
		headline = t.t("order_status_out_for_delivery_plain", data)
	}
	card := Card{Type: "order", OrderName: o.Name, Status: state, StatusText: headline, URL: o.OrderStatusURL}
	lines := []string{headline}
	var facts []string
	facts = append(facts, o.Name)
	multi := len(o.Fulfillments) > 1 || state == statePartiallyShipped
	if multi && len(o.Fulfillments) > 0 {
		lines = append(lines, t.t("order_shipments_intro", map[string]any{"Count": len(o.Fulfillments)}))
	}
	for i, v := range views {
		f := v.f
		sh := Shipment{Carrier: f.TrackingCompany, StatusText: t.t(shipmentKey(f), nil)}
		if v.condition == deliverycare.KindLate {
			sh.StatusText = t.t("shipment_late", map[string]any{"Date": t.date(*v.estimate)})
		}
		if len(f.TrackingNumbers.V) > 0 {
			sh.TrackingNumber = f.TrackingNumbers.V[0]
		}
		if len(f.TrackingURLs.V) > 0 {
			sh.TrackingURL = f.TrackingURLs.V[0]
		}
		// A passed estimate is not an estimate any more: the card shows
		// none and the status says late since when.
		if v.estimate != nil && v.condition != deliverycare.KindLate {
			sh.EstimatedDelivery = v.estimate.Format(time.DateOnly)
		}
		card.Shipments = append(card.Shipments, sh)
		// A single shipment with news the headline does not carry gets
		// its status line too, so the text says what the card says.
		if multi || (v.condition != "" && v.condition != deliverycare.KindLate && v.condition != deliverycare.KindDelayed) {
			lines = append(lines, t.t("order_shipment_line", map[string]any{"Index": i + 1,
				"Items": shipmentItems(f), "Status": sh.StatusText}))
		}
		if sh.TrackingNumber != "" {
			lines = append(lines, t.t("order_tracking", map[string]any{"Carrier": sh.Carrier, "Number": sh.TrackingNumber}))
			facts = append(facts, sh.TrackingNumber)
		}
		if sh.TrackingURL != "" {
			lines = append(lines, t.t("order_tracking_link", nil)+": "+sh.TrackingURL)
			facts = append(facts, sh.TrackingURL)
		}
		if sh.EstimatedDelivery != "" {
			d := t.date(*v.estimate)
			lines = append(lines, t.t("order_estimated_delivery", map[string]any{"Date": d}))
			facts = append(facts, d)
		}
	}
	if multi {
		if pending := unshippedItems(o); pending != "" {
			lines = append(lines, t.t("order_shipment_line", map[string]any{"Index": len(o.Fulfillments) + 1,
				"Items": pending, "Status": t.t("shipment_not_shipped", nil)}))
		}
	}
	t.say(t.rephrase(strings.Join(lines, "\n"), facts))
	t.reply.Cards = append(t.reply.Cards, card)
}

// estimateToday reports whether a shipment out for delivery is estimated
// for today (shop time zone); no estimate is not "today".
func (t *turn) estimateToday(views []shipmentView) bool {
	loc := deliverycare.Location(t.shop.Timezone)
	for _, v := range views {
		if v.f.ShipmentStatus == "out_for_delivery" && deliverycare.EstimateToday(v.f.EstimatedDeliveryAt, t.now(), loc) {
			return true
		}
	}
	return false
}

func shipmentItems(f db.Fulfillment) string {
	var parts []string
	for _, l := range f.LineItems.V {
		p := l.Title
		if l.Quantity > 1 {
			p += " ×" + strconv.Itoa(l.Quantity)
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, ", ")
}

// unshippedItems lists order lines no fulfillment carries yet.
func unshippedItems(o *db.Order) string {
	shipped := map[int64]int{}
	for _, f := range o.Fulfillments {
		for _, l := range f.LineItems.V {
			shipped[l.LineItemID] += l.Quantity
		}
	}
	var parts []string
	for _, l := range o.LineItems {
		if rest := l.Quantity - shipped[l.ShopifyID]; rest > 0 {
			p := l.Title
			if rest > 1 {
				p += " ×" + strconv.Itoa(rest)
			}
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, ", ")
}

func (t *turn) cancelOrder(o *db.Order) error {
	if o.CancelledAt != nil {
		t.say(t.t("order_status_cancelled", map[string]any{"Order": o.Name}))
		return nil
	}
	if t.settings.Actions.CancelEnabled && t.actionsOn() {
		return t.cancelAction(o)
	}
	if strings.TrimSpace(o.Email) == "" {
		// No email on the order: promise no email, the answer comes here.
		t.say(t.a("cancel_forwarded_chat", map[string]any{"Order": o.Name}))
	} else {
		t.say(t.t("cancel_forwarded", map[string]any{"Order": o.Name}))
	}
	return t.flagForMerchant("cancel_request")
}

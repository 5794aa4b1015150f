package assistant

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"shopassist/assistant/actions"
	"shopassist/assistant/dialogue"
	"shopassist/assistant/intent"
	"shopassist/db"
)

// OrderActions applies guarded order actions in Shopify and reads the order
// back (actionapi.Client). A returned actions.UserErrors (wrapped) means
// Shopify refused and changed nothing.
type OrderActions interface {
	OrderState(ctx context.Context, shop *db.Shop, o *db.Order) (*actions.RemoteOrder, error)
	CancelOrder(ctx context.Context, shop *db.Shop, o *db.Order, notify bool) (jobID string, err error)
	UpdateShippingAddress(ctx context.Context, shop *db.Shop, o *db.Order, a actions.Address) error
	RequestReturn(ctx context.Context, shop *db.Shop, o *db.Order, items []actions.Item, reason, note string) (gid, name string, err error)
}

// Pending action steps.
const (
	stepAddress = "address"
	stepItems   = "items"
	stepReason  = "reason"
	stepConfirm = "confirm"
)

// maxStepTries unusable answers to one step end the action with the
// offer of a person.
const maxStepTries = 3

// actionDetail is what a pending action carries between turns.
type actionDetail struct {
	Address *actions.Address `json:"address,omitempty"`
	Items   []actions.Item   `json:"items,omitempty"`
	Reason  string           `json:"reason,omitempty"`
	Note    string           `json:"note,omitempty"`
	Size    string           `json:"size,omitempty"`
}

func (t *turn) detail() actionDetail {
	var d actionDetail
	if p := t.state.Pending; p != nil && len(p.Detail) > 0 {
		// Old or damaged state starts the action over rather than failing.
		_ = json.Unmarshal(p.Detail, &d)
	}
	return d
}

func (t *turn) setPending(kind string, order int64, step string, d actionDetail) {
	buf, _ := json.Marshal(d) // plain structs: cannot fail
	tries := 0
	if p := t.state.Pending; p != nil && p.Kind == kind && p.Step == step {
		tries = p.Tries
	}
	t.state.Pending = &dialogue.Pending{Kind: kind, Order: order, Step: step, Detail: buf, Tries: tries}
}

// aboutAddress reports whether a change request (or the address change
// in progress) is about the shipping address.
func (t *turn) aboutAddress() bool {
	return actions.MentionsAddress(t.text) || t.state.Task == intent.ChangeOrder
}

// actionsOn reports whether the engine can write to Shopify for this shop.
func (t *turn) actionsOn() bool { return t.e.opts.Actions != nil && t.shop.Installed() }

// a renders an action text in the reply language.
func (t *turn) a(key string, data map[string]any) string {
	return t.e.texts.T(t.reply.Language, key, data)
}

func kindIntent(kind string) string {
	switch kind {
	case db.ActionCancel:
		return intent.CancelOrder
	case db.ActionAddress:
		return intent.ChangeOrder
	}
	return intent.ReturnRequest
}

// continueAction answers a message while an action is pending. It reports
// false when the message is about something else: the action is dropped
// and the message routed as usual.
func (t *turn) continueAction() (bool, error) {
	p := t.state.Pending
	if !t.state.IsVerified(p.Order) || !t.actionsOn() {
		t.state.Pending = nil
		return false, nil
	}
	o, err := t.e.store.GetOrderByNumberParts(t.ctx, t.shop.ID, p.Order, db.AllOrderParts())
	if errors.Is(err, db.ErrNotFound) {
		t.state.Pending = nil
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("load order of pending action: %w", err)
	}
	t.reply.Intent = kindIntent(p.Kind)
	d := t.detail()
	switch p.Step {
	case stepConfirm:
		switch {
		case actions.Declines(t.text, t.a("keep", nil)):
			t.state.Pending = nil
			t.say(t.a("declined", map[string]any{"Order": o.Name}))
			return true, nil
		case actions.Confirms(t.text, t.a(confirmKey(p.Kind), nil)):
			t.state.Pending = nil
			return true, t.execute(p.Kind, o, d, p.Nonce)
		}
	case stepAddress:
		if t.newTopic() {
			break
		}
		// An address is names and numbers, no evidence of a language:
		// answer in the conversation's.
		if t.conv.Language != "" && t.u.Unsupported == "" {
			t.reply.Language = t.conv.Language
		}
		return true, t.takeAddress(o, d)
	case stepItems:
		if !t.pickedChoice(p.Step) && t.newTopic() {
			break
		}
		return true, t.takeItems(p.Kind, o, d)
	case stepReason:
		if !t.pickedChoice(p.Step) && t.newTopic() {
			break
		}
		return true, t.takeReason(p.Kind, o, d)
	}
	t.state.Pending = nil
	return false, nil
}

// newTopic reports whether a message during an action's detail steps is
// clearly about something else (a confident other intent, no digits).
func (t *turn) newTopic() bool {
	u := t.u
	if u.Verdict != intent.Answer || u.Confidence < switchConfidence || strings.ContainsAny(t.text, "0123456789") {
		return false
	}
	switch u.Intent {
	case intent.OrderStatus, intent.CancelOrder, intent.ReturnRequest, intent.ChangeOrder, intent.OutOfScope,
		intent.ReturnPolicy, intent.Unclear:
		return false
	}
	return true
}

// pickedChoice reports whether the message is one of the fixed quick
// replies of a return's item or reason step ("All items", "Too large"):
// the shopper's tap answers the step, however the classifier reads those
// words on their own.
func (t *turn) pickedChoice(step string) bool {
	var keys []string
	switch step {
	case stepItems:
		keys = []string{"return_all"}
	case stepReason:
		for _, r := range returnReasons() {
			keys = append(keys, "reason_"+r)
		}
	}
	text := strings.TrimSpace(t.text)
	return slices.ContainsFunc(keys, func(k string) bool { return strings.EqualFold(text, t.a(k, nil)) })
}

// returnReasons are the reasons a shopper can pick at the reason step.
func returnReasons() []string {
	return append(append([]string{}, actions.Reasons...), actions.ReasonDefective, actions.ReasonWrongItem)
}

func confirmKey(kind string) string {
	switch kind {
	case db.ActionCancel:
		return "cancel_confirm"
	case db.ActionAddress:
		return "address_confirm"
	case db.ActionExchange:
		return "exchange_confirm"
	}
	return "return_confirm"
}

// audit records an action's outcome. Before any write to Shopify a
// failure fails the turn; after one it is logged, because the shopper must
// still be told the truth about a change that did happen.
func (t *turn) audit(kind, status, reason string, o *db.Order, detail map[string]any, ref string, written bool) error {
	if t.dry {
		return nil
	}
	var err error
	if c := t.claimed; c != nil && c.OrderID == o.ID {
		// The confirmed action's claimed row gets its outcome.
		c.Kind, c.Status, c.Reason, c.Detail, c.ShopifyRef = kind, status, reason, db.NewJSON(detail), ref
		err = t.e.store.FinishOrderAction(t.ctx, c)
	} else {
		err = t.e.store.RecordOrderAction(t.ctx, &db.OrderAction{ShopID: t.shop.ID, OrderID: o.ID, OrderName: o.Name,
			ConversationID: t.conv.ID, Kind: kind, Status: status, Reason: reason, Detail: db.NewJSON(detail), ShopifyRef: ref,
			CreatedAt: t.now().UTC()})
	}
	if err != nil && written {
		t.logErr("audit order action", err)
		return nil
	}
	return err
}

// refuse explains why an action is not allowed and offers a person.
func (t *turn) refuse(kind string, o *db.Order, why actions.Refusal, windowMinutes int) error {
	data := map[string]any{"Order": o.Name, "Window": actions.Window(windowMinutes)}
	if p := placed(o); p != nil {
		data["Placed"] = actions.DateTime(*p, t.reply.Language, t.shopperZone())
	}
	prefix := "cancel_refused_"
	if kind == db.ActionAddress {
		prefix = "address_refused_"
	}
	if why == actions.AlreadyCancelled {
		t.say(t.t("order_status_cancelled", data))
	} else {
		t.say(t.a(prefix+string(why), data))
	}
	if err := t.audit(kind, db.ActionRefused, string(why), o, map[string]any{}, "", false); err != nil {
		return err
	}
	if why != actions.AlreadyCancelled && !t.conv.Handoff && t.settings.Handoff.OnRequest {
		t.say(t.a("refused_offer", nil))
		t.reply.QuickReplies = []string{t.t("quick_human", nil)}
	}
	return nil
}

func placed(o *db.Order) *time.Time {
	if o.ShopifyCreatedAt != nil {
		return o.ShopifyCreatedAt
	}
	return o.ProcessedAt
}

// shopperZone is the shopper's time zone when the widget sent one.
func (t *turn) shopperZone() *time.Location {
	if t.req.TimeZone != "" {
		if loc, err := time.LoadLocation(t.req.TimeZone); err == nil {
			return loc
		}
	}
	return time.UTC
}

// preview shows what will change and asks for the explicit confirmation.
func (t *turn) preview(kind string, o *db.Order, d actionDetail) {
	t.say(t.previewText(kind, o, d))
	t.setPending(kind, o.OrderNumber, stepConfirm, d)
	t.state.Pending.Nonce = nonce()
	t.reply.QuickReplies = []string{t.a(confirmKey(kind), nil), t.a("keep", nil)}
}

// nonce names one preview (its confirmation is claimed once).
func nonce() string {
	b := make([]byte, 8)
	_, _ = rand.Read(b) // crypto/rand.Read never fails (Go 1.24+)
	return hex.EncodeToString(b)
}

func (t *turn) previewText(kind string, o *db.Order, d actionDetail) string {
	switch kind {
	case db.ActionCancel:
		return t.a("cancel_preview", map[string]any{"Order": o.Name, "Items": orderItems(o),
			"Amount": actions.Money(o.TotalPrice, o.Currency, t.reply.Language)})
	case db.ActionAddress:
		return t.a("address_preview", map[string]any{"Order": o.Name, "Address": t.e.texts.Format(*d.Address, t.reply.Language)})
	}
	data := map[string]any{"Order": o.Name, "Items": itemList(d.Items), "Reason": t.a("reason_"+d.Reason, nil),
		"Cost": t.returnCost(o), "Size": d.Size}
	if kind == db.ActionExchange {
		return t.a("exchange_preview", data)
	}
	return t.a("return_preview", data)
}

// returnCost is the return shipping cost from the merchant's return
// policy settings.
func (t *turn) returnCost(o *db.Order) string {
	fee := strings.TrimSpace(t.settings.Actions.ReturnShippingFee)
	if v, err := strconv.ParseFloat(fee, 64); err != nil || v <= 0 {
		return t.a("return_cost_free", nil)
	}
	return t.a("return_cost_fee", map[string]any{"Amount": actions.Money(fee, o.Currency, t.reply.Language)})
}

func orderItems(o *db.Order) string {
	var parts []string
	for _, l := range o.LineItems {
		parts = append(parts, lineLabel(l.Title, l.VariantTitle, l.Quantity))
	}
	return strings.Join(parts, ", ")
}

func lineLabel(title, variant string, n int) string {
	s := actions.Line{Title: title, Variant: variant}.Label()
	if n > 1 {
		s += " ×" + strconv.Itoa(n)
	}
	return s
}

func itemList(items []actions.Item) string {
	var parts []string
	for _, it := range items {
		parts = append(parts, lineLabel(it.Title, it.Variant, it.Count))
	}
	return strings.Join(parts, ", ")
}

// cancelAction starts a cancellation the merchant allows, or says why not.
func (t *turn) cancelAction(o *db.Order) error {
	s := t.settings.Actions
	if why := actions.CheckCancel(o, s, t.now()); why != actions.Allowed {
		return t.refuse(db.ActionCancel, o, why, s.CancelWindowMinutes)
	}
	t.preview(db.ActionCancel, o, actionDetail{})
	return nil
}

// addressAction starts an address change: straight to the preview when
// the message already carries a usable address, else it asks for one.
func (t *turn) addressAction(o *db.Order) error {
	s := t.settings.Actions
	if why := actions.CheckAddressChange(o, s, t.now()); why != actions.Allowed {
		return t.refuse(db.ActionAddress, o, why, s.AddressWindowMinutes)
	}
	if strings.Count(t.text, ",") >= 2 {
		a, problems := actions.ParseAddress(t.text, o.ShippingCountry, t.e.texts.Geo())
		if len(problems) == 0 {
			return t.takeAddress(o, actionDetail{Address: &a})
		}
	}
	t.setPending(db.ActionAddress, o.OrderNumber, stepAddress, actionDetail{})
	t.say(t.a("address_ask", map[string]any{"Order": o.Name}))
	return nil
}

// takeAddress validates the address in the message (or d's) and previews
// it in full, or lists what is wrong.
func (t *turn) takeAddress(o *db.Order, d actionDetail) error {
	a := d.Address
	var problems []actions.Problem
	if a == nil {
		parsed, ps := actions.ParseAddress(t.text, o.ShippingCountry, t.e.texts.Geo())
		a, problems = &parsed, ps
	}
	if o.ShippingCountry != "" && a.CountryCode != "" && !strings.EqualFold(a.CountryCode, o.ShippingCountry) {
		problems = append(problems, actions.OtherCountry)
	}
	if len(problems) > 0 {
		return t.addressProblems(o, *a, problems)
	}
	if a.Phone != "" {
		a.Phone = actions.NormalizePhone(a.Phone, a.CountryCode)
	}
	// The recipient stays who it was: the name comes from the address
	// Shopify has now, so the preview shows the full address that will be
	// written.
	if cur, err := t.e.opts.Actions.OrderState(t.ctx, t.shop, o); err == nil && cur.ShippingAddress != nil {
		a.FirstName, a.LastName, a.Company = cur.ShippingAddress.FirstName, cur.ShippingAddress.LastName, cur.ShippingAddress.Company
		if a.Phone == "" {
			a.Phone = cur.ShippingAddress.Phone
		}
	} else if err != nil {
		t.logErr("read order before address change", err)
	}
	t.preview(db.ActionAddress, o, actionDetail{Address: a})
	return nil
}

func (t *turn) addressProblems(o *db.Order, a actions.Address, problems []actions.Problem) error {
	country := t.e.texts.Country(a.CountryCode, t.reply.Language)
	example := "CA, ON"
	switch a.CountryCode {
	case "US":
		example = "NY, CA, TX"
	case "AU":
		example = "NSW, VIC"
	case "CA":
		example = "ON, QC, BC"
	}
	lines := []string{t.a("address_problems", nil)}
	for _, p := range problems {
		lines = append(lines, "• "+t.a("address_problem_"+string(p), map[string]any{"Zip": a.Zip, "Country": country,
			"Phone": a.Phone, "Example": example, "From": t.e.texts.Country(o.ShippingCountry, t.reply.Language)}))
	}
	t.say(strings.Join(lines, "\n"))
	if slicesContains(problems, actions.OtherCountry) {
		t.state.Pending = nil
		return t.handOver(db.ActionAddress, o, "other_country", "change_order")
	}
	return t.retryStep(db.ActionAddress, o, stepAddress, actionDetail{}, "address_try_again")
}

func slicesContains(ps []actions.Problem, p actions.Problem) bool {
	for _, x := range ps {
		if x == p {
			return true
		}
	}
	return false
}

// retryStep asks again, or after maxStepTries gives up and offers a person.
func (t *turn) retryStep(kind string, o *db.Order, step string, d actionDetail, askKey string) error {
	t.setPending(kind, o.OrderNumber, step, d)
	t.state.Pending.Tries++
	if t.state.Pending.Tries >= maxStepTries {
		t.state.Pending = nil
		t.failed = true
		if !t.conv.Handoff {
			t.reply.QuickReplies = []string{t.t("quick_human", nil)}
		}
		return nil
	}
	t.say(t.a(askKey, map[string]any{"Order": o.Name}))
	return nil
}

// handOver passes an action to the team (audit + handoff flag).
func (t *turn) handOver(kind string, o *db.Order, reason, handoff string) error {
	if err := t.audit(kind, db.ActionHandedOff, reason, o, map[string]any{}, "", false); err != nil {
		return err
	}
	if t.dry {
		return nil
	}
	return t.flagForMerchant(handoff)
}

// returnAction runs the guided return or exchange of a verified, eligible
// order: the lines the message names (or a choice of them), the reason
// (or a choice), then the preview. Damaged or wrong items go to a person.
func (t *turn) returnAction(o *db.Order, lines []actions.Line) error {
	kind := db.ActionReturn
	d := actionDetail{Reason: actions.ReasonFrom(t.text)}
	if actions.WantsExchange(t.text) {
		kind = db.ActionExchange
		d.Size = actions.SizeWanted(t.u.Ents.Sizes)
		if d.Reason == "" && d.Size != "" {
			d.Reason = actions.ReasonOther
		}
	}
	d.Items = actions.PickLines(t.text, lines)
	if len(d.Items) == 0 {
		if missing := actions.NamedMissing(t.u.Ents.ProductWords, lines, t.catalogWords()); missing != "" {
			t.say(t.a("return_no_such_item", map[string]any{"Order": o.Name, "Item": missing, "Items": lineList(lines)}))
		} else if len(lines) == 1 {
			d.Items = []actions.Item{{Line: lines[0], Count: lines[0].Quantity}}
		}
	}
	if actions.NeedsPerson(d.Reason) {
		return t.personForItems(kind, o, d, lines)
	}
	return t.nextReturnStep(kind, o, d, lines)
}

func lineList(lines []actions.Line) string {
	var parts []string
	for _, l := range lines {
		parts = append(parts, lineLabel(l.Title, l.Variant, l.Quantity))
	}
	return strings.Join(parts, ", ")
}

// nextReturnStep asks for what the return still lacks, or previews it.
func (t *turn) nextReturnStep(kind string, o *db.Order, d actionDetail, lines []actions.Line) error {
	switch {
	case len(d.Items) == 0:
		t.setPending(kind, o.OrderNumber, stepItems, d)
		t.say(t.a("return_pick", map[string]any{"Order": o.Name}))
		t.reply.QuickReplies = nil
		for _, l := range lines {
			t.reply.QuickReplies = append(t.reply.QuickReplies, l.Label())
		}
		if len(lines) > 1 {
			t.reply.QuickReplies = append(t.reply.QuickReplies, t.a("return_all", nil))
		}
		return nil
	case d.Reason == "":
		t.setPending(kind, o.OrderNumber, stepReason, d)
		t.say(t.a("return_ask_reason", map[string]any{"Items": itemList(d.Items)}))
		t.reply.QuickReplies = nil
		for _, r := range actions.Reasons {
			t.reply.QuickReplies = append(t.reply.QuickReplies, t.a("reason_"+r, nil))
		}
		t.reply.QuickReplies = append(t.reply.QuickReplies, t.a("reason_"+actions.ReasonDefective, nil))
		return nil
	}
	t.preview(kind, o, d)
	return nil
}

// returnLines are the order's lines that can still go back, with titles.
func (t *turn) returnLines(o *db.Order) ([]actions.Line, error) {
	eligible, _, err := t.returnableLines(o)
	if err != nil {
		return nil, err
	}
	inReturn := map[int64]int{}
	for _, r := range o.Returns {
		if r.Status == "requested" || r.Status == "open" {
			for _, l := range r.LineItems.V {
				inReturn[l.LineItemID] += l.Quantity
			}
		}
	}
	var out []actions.Line
	for _, rl := range eligible {
		q := rl.Quantity - inReturn[rl.LineItemID]
		if q <= 0 {
			continue
		}
		for _, li := range o.LineItems {
			if li.ShopifyID == rl.LineItemID {
				out = append(out, actions.Line{LineItemID: li.ShopifyID, Title: li.Title, Variant: li.VariantTitle,
					Quantity: q, Price: li.Price})
			}
		}
	}
	return out, nil
}

func (t *turn) takeItems(kind string, o *db.Order, d actionDetail) error {
	lines, err := t.returnLines(o)
	if err != nil {
		return err
	}
	if strings.EqualFold(strings.TrimSpace(t.text), t.a("return_all", nil)) {
		d.Items = nil
		for _, l := range lines {
			d.Items = append(d.Items, actions.Item{Line: l, Count: l.Quantity})
		}
	} else {
		d.Items = actions.PickLines(t.text, lines)
	}
	if r := actions.ReasonFrom(t.text); r != "" && d.Reason == "" {
		d.Reason = r
	}
	if len(d.Items) == 0 {
		if missing := actions.NamedMissing(t.u.Ents.ProductWords, lines, t.catalogWords()); missing != "" {
			t.say(t.a("return_no_such_item", map[string]any{"Order": o.Name, "Item": missing, "Items": lineList(lines)}))
		}
		if err := t.retryStep(kind, o, stepItems, d, "return_pick"); err != nil || t.state.Pending == nil {
			return err
		}
		for _, l := range lines {
			t.reply.QuickReplies = append(t.reply.QuickReplies, l.Label())
		}
		return nil
	}
	if actions.NeedsPerson(d.Reason) {
		return t.personForItems(kind, o, d, lines)
	}
	return t.nextReturnStep(kind, o, d, lines)
}

func (t *turn) takeReason(kind string, o *db.Order, d actionDetail) error {
	text := strings.TrimSpace(t.text)
	d.Reason = ""
	for _, r := range returnReasons() {
		if strings.EqualFold(text, t.a("reason_"+r, nil)) {
			d.Reason = r
		}
	}
	if d.Reason == "" {
		// Free text is the shopper's note; the reason is read from it.
		d.Reason = actions.ReasonFrom(text)
		if d.Reason == "" {
			d.Reason = actions.ReasonOther
		}
		d.Note = text
	}
	if kind == db.ActionExchange && d.Size == "" {
		d.Size = actions.SizeWanted(t.u.Ents.Sizes)
	}
	if actions.NeedsPerson(d.Reason) {
		lines, err := t.returnLines(o)
		if err != nil {
			return err
		}
		return t.personForItems(kind, o, d, lines)
	}
	if kind == db.ActionExchange && d.Size == "" {
		kind = db.ActionReturn
	}
	t.preview(kind, o, d)
	return nil
}

// personForItems hands damaged or wrong items to the team with the
// details (order, items, the shopper's words in the summary).
func (t *turn) personForItems(kind string, o *db.Order, d actionDetail, lines []actions.Line) error {
	t.state.Pending = nil
	items := itemList(d.Items)
	if items == "" {
		items = lineList(lines)
	}
	t.say(t.a("return_person", map[string]any{"Items": items, "Reason": t.a("reason_"+d.Reason, nil)}))
	detail := map[string]any{"items": items, "reason": d.Reason}
	if err := t.audit(kind, db.ActionHandedOff, d.Reason, o, detail, "", false); err != nil {
		return err
	}
	if t.dry {
		return nil
	}
	return t.flagForMerchant("return_" + strings.ToLower(d.Reason))
}

// catalogWords are the lower-case words of the shop's product titles.
func (t *turn) catalogWords() map[string]bool {
	out := map[string]bool{}
	for _, n := range t.e.names.get(t.ctx, t.e.store, t.shop.ID, t.now(), func(msg string, err error) { t.logErr(msg, err) }) {
		for _, w := range strings.Fields(n) {
			out[w] = true
			out[strings.TrimSuffix(w, "s")] = true
		}
	}
	return out
}

// execute applies a confirmed action: re-check, Admin API call,
// read-after-write, audit, truthful reply.
func (t *turn) execute(kind string, o *db.Order, d actionDetail, nonce string) error {
	if t.dry {
		return nil
	}
	// Claim this preview's confirmation before calling Shopify: the same
	// confirmation sent twice (double tap, two replicas) writes once.
	if nonce == "" {
		nonce = strconv.FormatInt(t.now().UnixNano(), 36)
	}
	key := t.conv.ID + ":" + nonce
	claim := &db.OrderAction{ShopID: t.shop.ID, OrderID: o.ID, OrderName: o.Name, ConversationID: t.conv.ID, Kind: kind,
		ClaimKey: &key, CreatedAt: t.now().UTC()}
	ok, err := t.e.store.ClaimOrderAction(t.ctx, claim)
	if err != nil {
		return err
	}
	if !ok {
		t.say(t.a("in_progress", map[string]any{"Order": o.Name}))
		return nil
	}
	t.claimed = claim
	switch kind {
	case db.ActionCancel:
		return t.executeCancel(o)
	case db.ActionAddress:
		return t.executeAddress(o, d)
	}
	return t.executeReturn(kind, o, d)
}

// settle tells the outcome of a Shopify write that did not plainly
// succeed: refused (userErrors), not reachable, or not visible on read-back.
func (t *turn) settle(kind string, o *db.Order, err error, detail map[string]any) error {
	var ue actions.UserErrors
	switch {
	case errors.As(err, &ue):
		t.logErr("order action rejected", err)
		t.say(t.a("rejected", map[string]any{"Order": o.Name}))
		code := ""
		if len(ue) > 0 {
			code = ue[0].Code
		}
		if aerr := t.audit(kind, db.ActionRejected, code, o, detail, "", false); aerr != nil {
			return aerr
		}
		return t.flagForMerchant(kindHandoff(kind))
	case err != nil:
		t.logErr("order action failed", err)
		t.say(t.a("failed", map[string]any{"Order": o.Name}))
		if !t.conv.Handoff {
			t.reply.QuickReplies = []string{t.t("quick_human", nil)}
		}
		return t.audit(kind, db.ActionFailed, "", o, detail, "", false)
	}
	t.say(t.a("unconfirmed", map[string]any{"Order": o.Name}))
	if aerr := t.audit(kind, db.ActionUnconfirmed, "read_back", o, detail, "", true); aerr != nil {
		return aerr
	}
	return t.flagForMerchant(kindHandoff(kind))
}

func kindHandoff(kind string) string {
	switch kind {
	case db.ActionCancel:
		return "cancel_request"
	case db.ActionAddress:
		return "change_order"
	}
	return "return_request"
}

// readBack polls Shopify until done reports the change, at most
// ActionPolls reads ActionPollEvery apart (orderCancel runs in a job).
func (t *turn) readBack(o *db.Order, done func(*actions.RemoteOrder) bool) (bool, error) {
	var last error
	for i := 0; i < t.e.opts.ActionPolls; i++ {
		if i > 0 {
			select {
			case <-t.ctx.Done():
				return false, t.ctx.Err()
			case <-time.After(t.e.opts.ActionPollEvery):
			}
		}
		r, err := t.e.opts.Actions.OrderState(t.ctx, t.shop, o)
		if err != nil {
			last = err
			continue
		}
		if done(r) {
			return true, nil
		}
	}
	if last != nil {
		t.logErr("read back order action", last)
	}
	return false, nil
}

func (t *turn) emailNote(o *db.Order) string {
	if strings.TrimSpace(o.Email) == "" {
		return t.a("no_email_note", nil)
	}
	return t.a("email_note", nil)
}

func (t *turn) executeCancel(o *db.Order) error {
	s := t.settings.Actions
	if why := actions.CheckCancel(o, s, t.now()); why != actions.Allowed {
		return t.refuse(db.ActionCancel, o, why, s.CancelWindowMinutes)
	}
	amount := actions.Money(o.TotalPrice, o.Currency, t.reply.Language)
	detail := map[string]any{"amount": o.TotalPrice, "currency": o.Currency, "items": orderItems(o), "restock": true,
		"refund": "original_payment_methods"}
	cancelled := func(r *actions.RemoteOrder) bool { return r.CancelledAt != nil }
	// A re-answered turn (concurrent message) finds the order cancelled
	// already: say so instead of cancelling twice.
	if r, err := t.e.opts.Actions.OrderState(t.ctx, t.shop, o); err == nil && cancelled(r) {
		t.say(t.a("cancel_done", map[string]any{"Order": o.Name, "Amount": amount}), t.emailNote(o))
		return nil
	}
	job, err := t.e.opts.Actions.CancelOrder(t.ctx, t.shop, o, o.Email != "")
	if err != nil {
		return t.settle(db.ActionCancel, o, err, detail)
	}
	ok, err := t.readBack(o, cancelled)
	if err != nil {
		return fmt.Errorf("read back cancellation of %s: %w", o.Name, err)
	}
	if !ok {
		return t.settle(db.ActionCancel, o, nil, detail)
	}
	t.say(t.a("cancel_done", map[string]any{"Order": o.Name, "Amount": amount}), t.emailNote(o))
	return t.audit(db.ActionCancel, db.ActionDone, "", o, detail, job, true)
}

func sameAddress(a, b *actions.Address) bool {
	norm := func(s string) string { return strings.ToUpper(strings.Join(strings.Fields(s), " ")) }
	return a != nil && b != nil && norm(a.Address1) == norm(b.Address1) && norm(a.Address2) == norm(b.Address2) &&
		norm(a.City) == norm(b.City) && norm(a.Zip) == norm(b.Zip) && norm(a.CountryCode) == norm(b.CountryCode) &&
		norm(a.ProvinceCode) == norm(b.ProvinceCode)
}

func (t *turn) executeAddress(o *db.Order, d actionDetail) error {
	s := t.settings.Actions
	if why := actions.CheckAddressChange(o, s, t.now()); why != actions.Allowed {
		return t.refuse(db.ActionAddress, o, why, s.AddressWindowMinutes)
	}
	if d.Address == nil {
		t.state.Pending = nil
		return t.addressAction(o)
	}
	a := *d.Address
	detail := map[string]any{"address": a}
	if err := t.e.opts.Actions.UpdateShippingAddress(t.ctx, t.shop, o, a); err != nil {
		return t.settle(db.ActionAddress, o, err, detail)
	}
	ok, err := t.readBack(o, func(r *actions.RemoteOrder) bool { return sameAddress(r.ShippingAddress, &a) })
	if err != nil {
		return fmt.Errorf("read back address of %s: %w", o.Name, err)
	}
	if !ok {
		return t.settle(db.ActionAddress, o, nil, detail)
	}
	t.say(t.a("address_done", map[string]any{"Order": o.Name, "Address": t.e.texts.Format(a, t.reply.Language)}), t.emailNote(o))
	return t.audit(db.ActionAddress, db.ActionDone, "", o, detail, "", true)
}

func (t *turn) executeReturn(kind string, o *db.Order, d actionDetail) error {
	if len(d.Items) == 0 {
		return t.returnOrder(o)
	}
	lines := make([]db.ReturnLine, len(d.Items))
	for i, it := range d.Items {
		lines[i] = db.ReturnLine{LineItemID: it.LineItemID, Quantity: it.Count}
	}
	note := d.Note
	if kind == db.ActionExchange {
		note = strings.TrimSpace("Exchange wanted: size " + d.Size + ". " + note)
	}
	detail := map[string]any{"items": itemList(d.Items), "reason": d.Reason, "size": d.Size}
	gid, name, err := t.e.opts.Actions.RequestReturn(t.ctx, t.shop, o, d.Items, d.Reason, note)
	if err != nil {
		return t.settle(kind, o, err, detail)
	}
	ok, err := t.readBack(o, func(r *actions.RemoteOrder) bool {
		for _, rr := range r.Returns {
			if rr.ID == gid {
				return true
			}
		}
		return false
	})
	if err != nil {
		return fmt.Errorf("read back return of %s: %w", o.Name, err)
	}
	if !ok {
		return t.settle(kind, o, nil, detail)
	}
	r := &db.Return{ShopID: t.shop.ID, OrderID: o.ID, Status: "requested", Reason: strings.ToLower(d.Reason),
		LineItems: db.NewJSON(lines), ConversationID: t.conv.ID, ShopifyGID: gid, Name: name}
	if err := t.e.store.SaveReturn(t.ctx, r); err != nil {
		t.logErr("record requested return", err)
	}
	data := map[string]any{"Order": o.Name, "Name": name, "Items": itemList(d.Items), "Size": d.Size}
	key := "return_done"
	if kind == db.ActionExchange {
		key = "exchange_done"
	}
	t.say(t.a(key, data), t.emailNote(o))
	return t.audit(kind, db.ActionDone, "", o, detail, gid, true)
}

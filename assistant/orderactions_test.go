package assistant_test

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"shopassist/assistant"
	"shopassist/assistant/actionapi"
	"shopassist/assistant/eval"
	"shopassist/assistant/lang"
	"shopassist/db"
	"shopassist/shopify/shopifytest"
)

type fixedToken string

func (f fixedToken) AccessToken(context.Context, string) (string, error) { return string(f), nil }

// actionEnv is the demo store with the guarded actions wired to the fake
// Admin API, whose order book mirrors the demo orders.
type actionEnv struct {
	*eval.Env
	t      *testing.T
	admin  *shopifytest.Admin
	orders *shopifytest.Orders
	shop   db.Shop
	conv   string
	token  string
}

// onSettings switch every action on with a 12-hour window and a € 4.95
// return fee.
var onSettings = db.ActionSettings{CancelEnabled: true, CancelWindowMinutes: 720, AddressEnabled: true,
	AddressWindowMinutes: 720, ReturnShippingFee: "4.95"}

func newActionEnv(t *testing.T, settings db.ActionSettings) *actionEnv {
	t.Helper()
	admin := shopifytest.New(shopifytest.Options{APIKey: "key", APISecret: "secret"})
	t.Cleanup(admin.Close)
	orders := shopifytest.NewOrders(nil)
	for op, field := range map[string]string{"AssistantOrderCancel": "orderCancel", "AssistantOrderUpdate": "orderUpdate",
		"AssistantReturnRequest": "returnRequest", "AssistantOrderState": "order", "AssistantFulfillmentLines": "order"} {
		orders.Serve(admin, op, field)
	}
	client := actionapi.New(admin.Client(), fixedToken(admin.IssueToken("demo.myshopify.com")))
	env := newEnv(t, assistant.Options{Actions: client, ActionPollEvery: time.Millisecond})
	shop := *env.Shop
	st := shop.Settings.V
	st.Actions = settings
	st.Returns.AllowReturnRequests = true
	shop.Settings = db.NewJSON(st)
	shop.AccessTokenEnc = []byte("sealed") // installed: Shopify mode
	ae := &actionEnv{Env: env, t: t, admin: admin, orders: orders, shop: shop}
	ae.mirror()
	return ae
}

// placedDate is the day order n was placed, as an English reply states it.
func (e *actionEnv) placedDate(n int64) string {
	e.t.Helper()
	o, err := e.Store.GetOrderByNumber(context.Background(), e.Shop.ID, n)
	if err != nil {
		e.t.Fatal(err)
	}
	at := o.ShopifyCreatedAt
	if at == nil {
		at = o.ProcessedAt
	}
	if at == nil {
		e.t.Fatalf("order %d has no placing time", n)
	}
	return lang.FormatDate("en", at.UTC())
}

// mirror loads every demo order into the fake order book, as Shopify has
// them.
func (e *actionEnv) mirror() {
	e.t.Helper()
	for n := int64(1001); n <= 1040; n++ {
		o, err := e.Store.GetOrderByNumberParts(context.Background(), e.Shop.ID, n, db.AllOrderParts())
		if err != nil {
			e.t.Fatal(err)
		}
		f := shopifytest.FakeOrder{ID: "gid://shopify/Order/" + strconv.FormatInt(o.ShopifyID, 10), Name: o.Name,
			DisplayFinancialStatus: strings.ToUpper(o.FinancialStatus), DisplayFulfillmentStatus: "UNFULFILLED",
			CancelledAt: o.CancelledAt, ShippingAddress: map[string]any{"firstName": "Demo", "lastName": "Shopper",
				"address1": "1 Old Street", "city": "Oldtown", "zip": "1000", "countryCode": o.ShippingCountry}}
		for i, fl := range o.Fulfillments {
			f.DisplayFulfillmentStatus = "FULFILLED"
			for j, l := range fl.LineItems.V {
				f.FulfillmentLines = append(f.FulfillmentLines, shopifytest.FakeFulfillmentLine{
					ID:         "gid://shopify/FulfillmentLineItem/" + strconv.Itoa(int(n)*100+i*10+j),
					LineItemID: "gid://shopify/LineItem/" + strconv.FormatInt(l.LineItemID, 10), Quantity: l.Quantity})
			}
		}
		e.orders.Add(f)
	}
}

func (e *actionEnv) fake(n int64) shopifytest.FakeOrder {
	e.t.Helper()
	o, err := e.Store.GetOrderByNumber(context.Background(), e.Shop.ID, n)
	if err != nil {
		e.t.Fatal(err)
	}
	f, ok := e.orders.Get("gid://shopify/Order/" + strconv.FormatInt(o.ShopifyID, 10))
	if !ok {
		e.t.Fatalf("order %d not in the fake", n)
	}
	return f
}

func (e *actionEnv) setFake(n int64, mod func(*shopifytest.FakeOrder)) {
	f := e.fake(n)
	mod(&f)
	e.orders.Add(f)
}

// say sends one message in the env's current conversation.
func (e *actionEnv) say(msg string) *assistant.Reply {
	e.t.Helper()
	r, err := e.Engine.Reply(context.Background(), assistant.Request{Shop: &e.shop, ConversationID: e.conv,
		ConversationToken: e.token, Message: msg, ClientIP: "198.51.100.7"})
	if err != nil {
		e.t.Fatalf("%q: %v", msg, err)
	}
	if e.conv == "" {
		e.conv, e.token = r.ConversationID, r.ConversationToken
	}
	return r
}

// updateOrder changes a demo order as a newer orders/updated webhook would.
func (e *actionEnv) updateOrder(n int64, mod func(*db.Order)) {
	e.t.Helper()
	o, err := e.Store.GetOrderByNumberParts(context.Background(), e.Shop.ID, n, db.AllOrderParts())
	if err != nil {
		e.t.Fatal(err)
	}
	mod(o)
	later := o.ShopifyUpdatedAt.Add(time.Minute)
	o.ShopifyUpdatedAt = &later
	if _, err := e.Store.UpsertOrder(context.Background(), o); err != nil {
		e.t.Fatal(err)
	}
}

// audits returns the shop's audit entries, newest first.
func (e *actionEnv) audits() []db.OrderAction {
	e.t.Helper()
	rows, err := e.Store.ListOrderActions(context.Background(), e.Shop.ID, 50)
	if err != nil {
		e.t.Fatal(err)
	}
	return rows
}

func (e *actionEnv) lastAudit() db.OrderAction {
	e.t.Helper()
	rows := e.audits()
	if len(rows) == 0 {
		e.t.Fatal("no audit entry")
	}
	return rows[0]
}

func has(r *assistant.Reply, parts ...string) bool {
	for _, p := range parts {
		if !strings.Contains(r.Text, p) {
			return false
		}
	}
	return true
}

func TestCancelAction(t *testing.T) {
	const ask1040 = "Please cancel my order #1040, my phone is +86 138 1234 5678"
	t.Run("allowed, polled until cancelled, no email promised", func(t *testing.T) {
		e := newActionEnv(t, onSettings)
		r := e.say(ask1040)
		if !has(r, "#1040", "Summit Merino Hoodie", "€ 168.95", "original payment method", "cannot be undone") ||
			!slices.Equal(r.QuickReplies, []string{"Yes, cancel the order", "No, keep it as it is"}) {
			t.Fatalf("preview = %q %v", r.Text, r.QuickReplies)
		}
		if e.fake(1040).CancelledAt != nil || len(e.audits()) != 0 {
			t.Fatal("cancelled or audited before the confirmation")
		}
		r = e.say("Yes, cancel the order")
		f := e.fake(1040)
		if !has(r, "#1040 is cancelled", "€ 168.95", "no email address") || strings.Contains(r.Text, "goes to the email") {
			t.Fatalf("done = %q", r.Text)
		}
		if f.CancelledAt == nil || !f.Refunded || !f.Restocked || f.CancelReason != "CUSTOMER" {
			t.Fatalf("fake order = %+v", f)
		}
		if a := e.lastAudit(); a.Kind != db.ActionCancel || a.Status != db.ActionDone || a.OrderName != "#1040" ||
			!strings.HasPrefix(a.ShopifyRef, "gid://shopify/Job/") || a.ConversationID != r.ConversationID {
			t.Fatalf("audit = %+v", a)
		}
	})
	t.Run("declined", func(t *testing.T) {
		e := newActionEnv(t, onSettings)
		e.say(ask1040)
		r := e.say("No, keep it as it is")
		if !has(r, "nothing was changed") || e.fake(1040).CancelledAt != nil {
			t.Fatalf("reply %q", r.Text)
		}
	})
	refusals := []struct {
		name, msg string
		settings  db.ActionSettings
		want      []string
		placedOf  int64 // the reply also states this order's placing date
		reason    string
	}{
		{"window passed", "cancel order 1037, email anna.kowalska@example.com", onSettings,
			[]string{"within 12 h", "#1037"}, 1037, "window"},
		{"already shipped", "cancel order 1030 camille.martin@example.net", onSettings,
			[]string{"#1030 has already been shipped"}, 0, "fulfilled"},
	}
	for _, tt := range refusals {
		t.Run("refused: "+tt.name, func(t *testing.T) {
			e := newActionEnv(t, tt.settings)
			want := tt.want
			if tt.placedOf != 0 {
				// Demo orders are placed relative to now: the date is the
				// stored one (UTC, no shopper time zone), not a literal.
				want = append(want, e.placedDate(tt.placedOf))
			}
			r := e.say(tt.msg)
			if !has(r, want...) || r.Handoff {
				t.Fatalf("reply = %q", r.Text)
			}
			if a := e.lastAudit(); a.Status != db.ActionRefused || a.Reason != tt.reason {
				t.Fatalf("audit = %+v", a)
			}
			if !slices.Equal(r.QuickReplies, []string{"Talk to a human"}) {
				t.Fatalf("quick replies = %v", r.QuickReplies)
			}
		})
	}
	t.Run("refused: payment pending", func(t *testing.T) {
		e := newActionEnv(t, onSettings)
		e.updateOrder(1039, func(o *db.Order) { o.FinancialStatus = "pending" })
		r := e.say("cancel order 1039 noah.mueller@mail.example")
		if !has(r, "payment of order #1039 is not settled") || e.lastAudit().Reason != "payment" {
			t.Fatalf("reply = %q", r.Text)
		}
	})
	t.Run("switched off: forwarded, no email promised without an email", func(t *testing.T) {
		e := newActionEnv(t, db.ActionSettings{})
		r := e.say(ask1040)
		if !r.Handoff || !has(r, "answer you here in the chat") || strings.Contains(r.Text, "by email") {
			t.Fatalf("reply = %q", r.Text)
		}
	})
	t.Run("Admin API userError", func(t *testing.T) {
		e := newActionEnv(t, onSettings)
		e.say(ask1040)
		// Shopify knows better than our copy: the order shipped meanwhile.
		e.setFake(1040, func(f *shopifytest.FakeOrder) { f.DisplayFulfillmentStatus = "FULFILLED" })
		r := e.say("Yes, cancel the order")
		if !has(r, "did not accept this change") || !r.Handoff || e.fake(1040).CancelledAt != nil {
			t.Fatalf("reply = %q handoff %v", r.Text, r.Handoff)
		}
		if a := e.lastAudit(); a.Status != db.ActionRejected || a.Reason != "INVALID" {
			t.Fatalf("audit = %+v", a)
		}
	})
	t.Run("read-after-write mismatch", func(t *testing.T) {
		e := newActionEnv(t, onSettings)
		e.say(ask1040)
		e.orders.SetNoEffect(true)
		r := e.say("yes")
		if !has(r, "can't see yet that it took effect") || strings.Contains(r.Text, "is cancelled") || !r.Handoff {
			t.Fatalf("reply = %q", r.Text)
		}
		if a := e.lastAudit(); a.Status != db.ActionUnconfirmed {
			t.Fatalf("audit = %+v", a)
		}
	})
}

func TestAddressAction(t *testing.T) {
	const ask = "I need to change the shipping address of order 1039, email noah.mueller@mail.example"
	const zurich = "Bahnhofstrasse 10, Apt 4, 8001 Zürich, Switzerland, +41 44 668 18 00"
	t.Run("allowed: asked, validated, previewed in full, applied", func(t *testing.T) {
		e := newActionEnv(t, onSettings)
		r := e.say(ask)
		if !has(r, "new shipping address for order #1039") {
			t.Fatalf("ask = %q (intent %s)", r.Text, r.Intent)
		}
		r = e.say("Bahnhofstrasse, Zürich")
		if !has(r, "street and house number are missing", "postal code is missing", "send the full address again") {
			t.Fatalf("problems = %q", r.Text)
		}
		r = e.say(zurich)
		if !has(r, "Demo Shopper\nBahnhofstrasse 10\nApt 4\n8001 Zürich\nSwitzerland\n+41446681800", "costs nothing") ||
			!slices.Equal(r.QuickReplies, []string{"Yes, change the address", "No, keep it as it is"}) {
			t.Fatalf("preview = %q %v", r.Text, r.QuickReplies)
		}
		if e.fake(1039).ShippingAddress["address1"] != "1 Old Street" {
			t.Fatal("address changed before the confirmation")
		}
		r = e.say("Yes, change the address")
		got := e.fake(1039).ShippingAddress
		if !has(r, "order #1039 now ships to", "8001 Zürich", "goes to the email address") || got["address1"] != "Bahnhofstrasse 10" ||
			got["zip"] != "8001" || got["countryCode"] != "CH" || got["firstName"] != "Demo" {
			t.Fatalf("done = %q, fake address %v", r.Text, got)
		}
		if a := e.lastAudit(); a.Kind != db.ActionAddress || a.Status != db.ActionDone {
			t.Fatalf("audit = %+v", a)
		}
	})
	t.Run("another country goes to a person", func(t *testing.T) {
		e := newActionEnv(t, onSettings)
		e.say(ask)
		r := e.say("Hauptstraße 5, 10115 Berlin, Germany")
		if !has(r, "ships to Switzerland", "Germany") || !r.Handoff || e.fake(1039).ShippingAddress["city"] != "Oldtown" {
			t.Fatalf("reply = %q", r.Text)
		}
	})
	t.Run("refused: shipped", func(t *testing.T) {
		e := newActionEnv(t, onSettings)
		r := e.say("change the delivery address of order 1030 camille.martin@example.net")
		if !has(r, "its address can no longer be changed") || e.lastAudit().Reason != "fulfilled" {
			t.Fatalf("reply = %q", r.Text)
		}
	})
	t.Run("refused: window", func(t *testing.T) {
		e := newActionEnv(t, db.ActionSettings{AddressEnabled: true, AddressWindowMinutes: 60})
		r := e.say(ask)
		if !has(r, "within 1 h of the order being placed") || e.lastAudit().Reason != "window" {
			t.Fatalf("reply = %q", r.Text)
		}
	})
	t.Run("switched off: handed to the team", func(t *testing.T) {
		e := newActionEnv(t, db.ActionSettings{CancelEnabled: true})
		r := e.say(ask)
		if !r.Handoff || len(e.audits()) != 0 {
			t.Fatalf("reply = %q", r.Text)
		}
	})
	t.Run("Admin API userError", func(t *testing.T) {
		e := newActionEnv(t, onSettings)
		e.say(ask)
		e.say(zurich)
		e.setFake(1039, func(f *shopifytest.FakeOrder) { f.DisplayFulfillmentStatus = "FULFILLED" })
		r := e.say("Yes, change the address")
		if !has(r, "did not accept this change") || !r.Handoff || e.fake(1039).ShippingAddress["city"] != "Oldtown" {
			t.Fatalf("reply = %q", r.Text)
		}
		if a := e.lastAudit(); a.Status != db.ActionRejected {
			t.Fatalf("audit = %+v", a)
		}
	})
	t.Run("read-after-write mismatch", func(t *testing.T) {
		e := newActionEnv(t, onSettings)
		e.say(ask)
		e.say(zurich)
		e.orders.SetNoEffect(true)
		r := e.say("Yes, change the address")
		if !has(r, "can't see yet that it took effect") || strings.Contains(r.Text, "now ships to") {
			t.Fatalf("reply = %q", r.Text)
		}
		if a := e.lastAudit(); a.Status != db.ActionUnconfirmed {
			t.Fatalf("audit = %+v", a)
		}
	})
}

func TestReturnAction(t *testing.T) {
	const ask = "I want to return the dress from order 1019, email sofia.garcia@example.org"
	socks := "Merino Hiking Socks (Midweight / M (39–42))"
	t.Run("partial return: no such item, pick, reason, cost, exactly that line", func(t *testing.T) {
		e := newActionEnv(t, onSettings)
		r := e.say(ask)
		if !has(r, "#1019 has no “dress”", "Aurora 2.5L Rain Shell") || !slices.Contains(r.QuickReplies, socks) {
			t.Fatalf("reply = %q %v", r.Text, r.QuickReplies)
		}
		r = e.say(socks)
		if !has(r, "Why are you sending Merino Hiking Socks") || !slices.Contains(r.QuickReplies, "Too small") {
			t.Fatalf("reason ask = %q %v", r.Text, r.QuickReplies)
		}
		r = e.say("Too small")
		if !has(r, "items: "+socks+" ×2", "reason: Too small", "return shipping: € 4.95, deducted from your refund") {
			t.Fatalf("preview = %q", r.Text)
		}
		r = e.say("Yes, send the return request")
		f := e.fake(1019)
		if !has(r, "return request #1019-R1", socks) || len(f.Returns) != 1 || len(f.Returns[0].Lines) != 1 {
			t.Fatalf("done = %q, returns %+v", r.Text, f.Returns)
		}
		l := f.Returns[0].Lines[0]
		if l["fulfillmentLineItemId"] != "gid://shopify/FulfillmentLineItem/101901" || l["quantity"] != float64(2) ||
			l["returnReason"] != "SIZE_TOO_SMALL" {
			t.Fatalf("returned line = %v", l)
		}
		o, err := e.Store.GetOrderByNumber(context.Background(), e.Shop.ID, 1019)
		if err != nil || len(o.Returns) != 1 || o.Returns[0].Name != "#1019-R1" {
			t.Fatalf("local returns = %+v, %v", o.Returns, err)
		}
		if a := e.lastAudit(); a.Kind != db.ActionReturn || a.Status != db.ActionDone {
			t.Fatalf("audit = %+v", a)
		}
	})
	t.Run("exchange with size and note", func(t *testing.T) {
		e := newActionEnv(t, onSettings)
		r := e.say("I'd like to exchange the rain shell from order 1019 for size M, email sofia.garcia@example.org")
		if !has(r, "exchange for order #1019", "size M", "Aurora 2.5L Rain Shell") {
			t.Fatalf("preview = %q", r.Text)
		}
		r = e.say("Yes, send the exchange request")
		f := e.fake(1019)
		if !has(r, "exchange request #1019-R1", "size M") || len(f.Returns) != 1 ||
			!strings.Contains(f.Returns[0].Lines[0]["customerNote"].(string), "size M") {
			t.Fatalf("done = %q, returns %+v", r.Text, f.Returns)
		}
	})
	t.Run("damaged goes to a person with the details", func(t *testing.T) {
		e := newActionEnv(t, onSettings)
		r := e.say("I want to return the socks from order 1019, they arrived damaged. Email sofia.garcia@example.org")
		if !r.Handoff || !has(r, "Merino Hiking Socks", "Damaged or faulty") || strings.Contains(r.Text, "Good news") ||
			len(e.fake(1019).Returns) != 0 {
			t.Fatalf("reply = %q", r.Text)
		}
		if a := e.lastAudit(); a.Status != db.ActionHandedOff || a.Reason != "DEFECTIVE" {
			t.Fatalf("audit = %+v", a)
		}
	})
	t.Run("Admin API userError", func(t *testing.T) {
		e := newActionEnv(t, onSettings)
		e.say("return the socks from order 1019 because they are too small, email sofia.garcia@example.org")
		// The socks were already returned in Shopify (another channel).
		e.setFake(1019, func(f *shopifytest.FakeOrder) {
			f.Returns = []shopifytest.FakeReturn{{ID: "gid://shopify/Return/1", Name: "#1019-R1", Status: "REQUESTED",
				Lines: []map[string]any{{"fulfillmentLineItemId": "gid://shopify/FulfillmentLineItem/101901", "quantity": float64(2)}}}}
		})
		r := e.say("yes")
		if !has(r, "did not accept this change") || !r.Handoff {
			t.Fatalf("reply = %q", r.Text)
		}
		if a := e.lastAudit(); a.Status != db.ActionRejected || a.Reason != "INVALID" {
			t.Fatalf("audit = %+v", a)
		}
	})
	t.Run("read-after-write mismatch", func(t *testing.T) {
		e := newActionEnv(t, onSettings)
		e.say("return the socks from order 1019 because they are too small, email sofia.garcia@example.org")
		e.orders.SetNoEffect(true)
		r := e.say("yes")
		if !has(r, "can't see yet that it took effect") || strings.Contains(r.Text, "has been sent") {
			t.Fatalf("reply = %q", r.Text)
		}
	})
}

// TestScriptedActionConversations plays assistant/testdata/actions: cancel,
// address change, partial return and exchange in six languages, each
// language on a fresh store and fake Admin API; every turn must pass.
func TestScriptedActionConversations(t *testing.T) {
	convs, err := eval.Load(eval.OpenDir("testdata/actions"))
	if err != nil {
		t.Fatal(err)
	}
	byLang := map[string][]eval.Conversation{}
	for _, c := range convs {
		byLang[c.Language] = append(byLang[c.Language], c)
	}
	if len(byLang) < 6 {
		t.Fatalf("%d languages, want at least 6", len(byLang))
	}
	for l, cs := range byLang {
		t.Run(l, func(t *testing.T) {
			e := newActionEnv(t, onSettings)
			e.Env.Shop = &e.shop
			rep, err := e.Run(context.Background(), cs)
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range rep.Failures {
				t.Errorf("%s #%d %q: %s\n    reply: %q", f.Conversation, f.Turn, f.Say, strings.Join(f.Problems, "; "), f.Reply)
			}
		})
	}
}

// TestDoubleConfirmationCancelsOnce sends the same confirmation twice at
// the same instant (a double tap, two replicas): the claim on the preview
// lets exactly one orderCancel reach Shopify, in every trial.
func TestDoubleConfirmationCancelsOnce(t *testing.T) {
	e := newActionEnv(t, onSettings)
	ctx := context.Background()
	for i := 0; i < 10; i++ {
		e.mirror()
		before := cancelCalls(e.admin)
		first, err := e.Engine.Reply(ctx, assistant.Request{Shop: &e.shop, ClientIP: "198.51.100.9",
			Message: "Please cancel my order #1040, my phone is +86 138 1234 5678"})
		if err != nil {
			t.Fatal(err)
		}
		req := assistant.Request{Shop: &e.shop, ConversationID: first.ConversationID, ConversationToken: first.ConversationToken,
			Message: "Yes, cancel the order", ClientIP: "198.51.100.9"}
		var wg sync.WaitGroup
		start := make(chan struct{})
		errs := make([]error, 2)
		for j := range errs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				_, errs[j] = e.Engine.Reply(ctx, req)
			}()
		}
		close(start)
		wg.Wait()
		for _, err := range errs {
			if err != nil {
				t.Fatal(err)
			}
		}
		if n := cancelCalls(e.admin) - before; n != 1 {
			t.Fatalf("trial %d: %d orderCancel calls, want 1", i, n)
		}
		if e.fake(1040).CancelledAt == nil {
			t.Fatalf("trial %d: not cancelled", i)
		}
	}
}

func cancelCalls(a *shopifytest.Admin) int {
	n := 0
	for _, r := range a.Requests() {
		if r.Operation == "AssistantOrderCancel" {
			n++
		}
	}
	return n
}

// TestReturnWithoutEmailPromisesNoEmail: order 1021 carries only a phone,
// so the started return (Shopify mode without guided actions) must not
// promise an email.
func TestReturnWithoutEmailPromisesNoEmail(t *testing.T) {
	env := newEnv(t, assistant.Options{Returns: &recordingReturns{}})
	shop := *env.Shop
	st := shop.Settings.V
	st.Returns.AllowReturnRequests = true
	shop.Settings = db.NewJSON(st)
	shop.AccessTokenEnc = []byte("sealed")
	r, err := env.Engine.Reply(context.Background(), assistant.Request{Shop: &shop,
		Message: "I want to return order 1021, my phone is +86 138 1234 5678"})
	if err != nil {
		t.Fatal(err)
	}
	if !has(r, "#1021", "no email address", "here in the chat") || strings.Contains(r.Text, "email you") {
		t.Fatalf("reply = %q", r.Text)
	}
}

package assistant_test

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"shopassist/assistant"
	"shopassist/assistant/actionapi"
	"shopassist/assistant/eval"
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
	ae := &actionEnv{Env: env, t: t, orders: orders, shop: shop}
	ae.mirror()
	return ae
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

func (e *actionEnv) newConversation() { e.conv, e.token = "", "" }

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
		reason    string
	}{
		{"window passed", "cancel order 1037, email anna.kowalska@example.com", onSettings,
			[]string{"within 12 h", "#1037", "4 Dec 2026"}, "window"},
		{"already shipped", "cancel order 1030 camille.martin@example.net", onSettings,
			[]string{"#1030 has already been shipped"}, "fulfilled"},
	}
	for _, tt := range refusals {
		t.Run("refused: "+tt.name, func(t *testing.T) {
			e := newActionEnv(t, tt.settings)
			r := e.say(tt.msg)
			if !has(r, tt.want...) || r.Handoff {
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

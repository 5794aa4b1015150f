package eval

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"shopassist/assistant"
	"shopassist/assistant/lang"
	"shopassist/db"
	"shopassist/deliverycare"
)

// carrierEvent applies a fulfillment_events/create as the webhook
// processor does, to the first shipment of a demo order.
func carrierEvent(t *testing.T, env *Env, number int64, ev db.FulfillmentEvent) {
	t.Helper()
	ctx := context.Background()
	o, err := env.Store.GetOrderByNumber(ctx, env.Shop.ID, number)
	if err != nil || len(o.Fulfillments) == 0 {
		t.Fatalf("order #%d: %v", number, err)
	}
	if _, err := env.Store.ApplyFulfillmentEvent(ctx, env.Shop.ID, o.ShopifyID, o.Fulfillments[0].ShopifyID, ev); err != nil {
		t.Fatal(err)
	}
}

// TestDeliveryCareConversations runs the scripted delayed and late
// conversations (testdata/care) in eight languages: a delayed parcel is
// called delayed with its new estimate, a passed estimate is called late
// with the date it was expected, never "on its way".
func TestDeliveryCareConversations(t *testing.T) {
	convs, err := Load(os.DirFS("../testdata/care"))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	env, err := NewEnv(ctx, t.TempDir(), assistant.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer env.Close()
	loc := deliverycare.Location(env.Shop.Timezone)
	eta := env.Now.Add(3 * 24 * time.Hour)
	expected := env.Now.Add(-3 * 24 * time.Hour)
	carrierEvent(t, env, 1034, db.FulfillmentEvent{Status: "delayed", HappenedAt: env.Now.Add(-time.Minute), EstimatedDeliveryAt: &eta})
	carrierEvent(t, env, 1027, db.FulfillmentEvent{Status: "in_transit", HappenedAt: env.Now.Add(-time.Minute), EstimatedDeliveryAt: &expected})

	langs := map[string]bool{}
	for i := range convs {
		c := &convs[i]
		langs[c.Language] = true
		r := strings.NewReplacer("{eta}", lang.FormatDate(c.Language, deliverycare.DayOf(eta, loc)),
			"{expected}", lang.FormatDate(c.Language, deliverycare.DayOf(expected, loc)))
		for j := range c.Turns {
			for k, s := range c.Turns[j].Expect.Contains {
				c.Turns[j].Expect.Contains[k] = r.Replace(s)
			}
		}
	}
	if len(langs) < 6 {
		t.Fatalf("care conversations cover %d languages, want at least 6", len(langs))
	}
	rep, err := env.Run(ctx, convs)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range rep.Failures {
		t.Errorf("%s #%d %q: %v\nreply: %s", f.Conversation, f.Turn, f.Say, f.Problems, f.Reply)
	}
	if o := rep.Overall; o.Task.Rate() < 1 || o.Intent.Rate() < 1 {
		t.Errorf("every care conversation must pass: task %.3f, intent %.3f", o.Task.Rate(), o.Intent.Rate())
	}
}

// TestOrderStatusTextAndCardAgree: the card carries the text's headline
// and state; a passed estimate is not shown as an estimate; "today" only
// when the estimate is today.
func TestOrderStatusTextAndCardAgree(t *testing.T) {
	ctx := context.Background()
	env, err := NewEnv(ctx, t.TempDir(), assistant.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer env.Close()
	eta := env.Now.Add(3 * 24 * time.Hour)
	expected := env.Now.Add(-4 * 24 * time.Hour)
	later := env.Now.Add(5 * 24 * time.Hour)
	carrierEvent(t, env, 1034, db.FulfillmentEvent{Status: "delayed", HappenedAt: env.Now.Add(-time.Minute), EstimatedDeliveryAt: &eta})
	carrierEvent(t, env, 1027, db.FulfillmentEvent{Status: "in_transit", HappenedAt: env.Now.Add(-time.Minute), EstimatedDeliveryAt: &expected})
	carrierEvent(t, env, 1030, db.FulfillmentEvent{Status: "out_for_delivery", HappenedAt: env.Now.Add(-time.Minute), EstimatedDeliveryAt: &later})

	ask := func(msg string) assistant.Reply {
		t.Helper()
		r, err := env.Engine.Reply(ctx, assistant.Request{Shop: env.Shop, Message: msg})
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Cards) != 1 || r.Cards[0].Type != "order" {
			t.Fatalf("%q: cards %+v", msg, r.Cards)
		}
		c := r.Cards[0]
		if first, _, _ := strings.Cut(r.Text, "\n"); first != c.StatusText {
			t.Errorf("%q: text headline %q, card %q", msg, first, c.StatusText)
		}
		return *r
	}
	r := ask("Where is my order #1034? oliver.bennett@post.example")
	if c := r.Cards[0]; c.Status != "delayed" || c.Shipments[0].EstimatedDelivery == "" || !strings.Contains(r.Text, "delayed") {
		t.Errorf("delayed: card %+v, text %q", c, r.Text)
	}
	r = ask("Where is my order #1027? omar.alfarsi@example.com")
	if c := r.Cards[0]; c.Status != "late" || c.Shipments[0].EstimatedDelivery != "" || !strings.Contains(c.Shipments[0].StatusText, "late") ||
		strings.Contains(r.Text, "Estimated delivery") {
		t.Errorf("late: card %+v, text %q", c, r.Text)
	}
	r = ask("Where is my order #1030? camille.martin@example.net")
	if strings.Contains(strings.ToLower(r.Text), "today") {
		t.Errorf("out for delivery with an estimate in five days says today: %q", r.Text)
	}
	carrierEvent(t, env, 1030, db.FulfillmentEvent{Status: "out_for_delivery", HappenedAt: env.Now, EstimatedDeliveryAt: &env.Now})
	if r = ask("Where is my order #1030? camille.martin@example.net"); !strings.Contains(r.Text, "today") {
		t.Errorf("out for delivery estimated today should say today: %q", r.Text)
	}
}

// TestDeliveryNoticeInTheChat: a shopper who verified an order in a
// conversation, or is logged in as its customer, finds the order's
// delivery notice in the chat when they come back, in the conversation's
// language, once.
func TestDeliveryNoticeInTheChat(t *testing.T) {
	ctx := context.Background()
	env, err := NewEnv(ctx, t.TempDir(), assistant.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer env.Close()
	r, err := env.Engine.Reply(ctx, assistant.Request{Shop: env.Shop, Message: "Wo ist meine Bestellung #1034? oliver.bennett@post.example"})
	if err != nil || len(r.Cards) != 1 {
		t.Fatalf("verify: %+v %v", r, err)
	}
	o, err := env.Store.GetOrderByNumber(ctx, env.Shop.ID, 1034)
	if err != nil {
		t.Fatal(err)
	}
	eta := env.Now.Add(2 * 24 * time.Hour)
	carrierEvent(t, env, 1034, db.FulfillmentEvent{Status: "delayed", HappenedAt: env.Now, EstimatedDeliveryAt: &eta})
	if _, err := env.Store.RecordShipmentRisk(ctx, &db.ShipmentRisk{ShopID: env.Shop.ID, OrderID: o.ID,
		FulfillmentID: o.Fulfillments[0].ID, Kind: deliverycare.KindDelayed, EventKey: "k1"}); err != nil {
		t.Fatal(err)
	}
	notices := func(h *assistant.History) []assistant.HistoryMessage {
		var out []assistant.HistoryMessage
		for _, m := range h.Messages {
			if m.Intent == "delivery_notice" {
				out = append(out, m)
			}
		}
		return out
	}
	h, err := env.Engine.History(ctx, env.Shop, 0, r.ConversationID, r.ConversationToken)
	if err != nil {
		t.Fatal(err)
	}
	got := notices(h)
	if len(got) != 1 || !strings.Contains(got[0].Text, "verzögert") || !strings.Contains(got[0].Text, lang.FormatDate("de",
		deliverycare.DayOf(eta, deliverycare.Location(env.Shop.Timezone)))) || !strings.Contains(got[0].Text, "dhl.com") {
		t.Fatalf("notice in the chat: %+v", got)
	}
	// Shown once: coming back again adds nothing, in this conversation or another.
	h, err = env.Engine.History(ctx, env.Shop, 0, r.ConversationID, r.ConversationToken)
	if err != nil || len(notices(h)) != 1 {
		t.Fatalf("second visit: %d notices, %v", len(notices(h)), err)
	}
	// A stranger's conversation sees nothing of it.
	s, err := env.Engine.Reply(ctx, assistant.Request{Shop: env.Shop, Message: "Hello"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := env.Store.RecordShipmentRisk(ctx, &db.ShipmentRisk{ShopID: env.Shop.ID, OrderID: o.ID,
		FulfillmentID: o.Fulfillments[0].ID, Kind: deliverycare.KindLate, EventKey: "k2"}); err != nil {
		t.Fatal(err)
	}
	h, err = env.Engine.Updates(ctx, env.Shop, 0, s.ConversationID, s.ConversationToken, 0)
	if err != nil || len(notices(h)) != 0 {
		t.Fatalf("stranger got %d notices (%v)", len(notices(h)), err)
	}
	// The logged-in customer gets the new one through the live updates.
	c, err := env.Engine.Reply(ctx, assistant.Request{Shop: env.Shop, Message: "Hi", CustomerID: o.CustomerID})
	if err != nil {
		t.Fatal(err)
	}
	h, err = env.Engine.Updates(ctx, env.Shop, o.CustomerID, c.ConversationID, c.ConversationToken, 0)
	if err != nil || len(notices(h)) != 1 {
		t.Fatalf("logged-in customer: %d notices (%v)", len(notices(h)), err)
	}
}

// TestBackInStockRequest: "tell me when the Forest XL is back" with an
// email records one subscription (email, variant, language); without an
// email the reply says how to ask.
func TestBackInStockRequest(t *testing.T) {
	ctx := context.Background()
	env, err := NewEnv(ctx, t.TempDir(), assistant.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer env.Close()
	tests := []struct {
		lang, msg, email, want string
	}{
		{"en", "Is the Aurora rain shell in Forest XL in stock? Tell me when it's back: shopper@example.com", "shopper@example.com", "shopper@example.com"},
		{"de", "Ist die Aurora Regenjacke in Forest XL auf Lager? Sag Bescheid, wenn sie wieder da ist: kunde@example.de", "kunde@example.de", "kunde@example.de"},
		{"en", "Is the Aurora rain shell in Forest XL in stock?", "", "your email address"},
	}
	for _, tt := range tests {
		r, err := env.Engine.Reply(ctx, assistant.Request{Shop: env.Shop, Message: tt.msg})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(r.Text, tt.want) {
			t.Errorf("%q: reply %q lacks %q", tt.msg, r.Text, tt.want)
		}
		if tt.email == "" {
			continue
		}
		var n int
		var l string
		if err := env.Store.SQLDB().QueryRow(`SELECT COUNT(*), MAX(language) FROM stock_subscriptions WHERE email = $1`, tt.email).Scan(&n, &l); err != nil {
			t.Fatal(err)
		}
		if n != 1 || l != tt.lang {
			t.Errorf("%s: %d subscriptions in %q, want 1 in %s", tt.email, n, l, tt.lang)
		}
	}
}

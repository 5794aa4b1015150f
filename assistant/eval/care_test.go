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

package webhooks_test

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"shopassist/db"
	"shopassist/db/dbtest"
)

// bob's identifiers as they appear in the fixtures (orders_updated.json,
// customers_redact.json) and in what the test seeds.
var bobIdentifiers = []string{
	bobEmail,          // email
	"555-625-1199",    // phone as Shopify sends it
	"5556251199",      // phone, digits only
	"625 1199",        // phone as a shopper types it
	"Bob Norman",      // name
	"Norman",          // last name alone
	"Chestnut Street", // street
	"40202",           // postcode
	"207119551",       // Shopify customer id
}

// TestCustomerRedactLeavesNoTrace seeds bob's data in every table that can
// hold it — orders, fulfillments with a tracking URL carrying his postcode,
// a refund note, a data-request export, a failed and a pending webhook event
// with his full order, guest conversations where he typed his email or
// phone (with a handoff summary, dialogue state and a translation), a
// conversation bound to his customer id, and verification-attempt rows —
// then runs customers/redact and searches every text, JSON and binary
// column of every table in the catalog for each identifier: 0 hits. jon's
// data, seeded alongside, stays.
func TestCustomerRedactLeavesNoTrace(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		ctx := context.Background()
		e := newTestEnv(t, store, envOptions{workers: true})
		shop := seedCustomers(t, e)

		// A fulfillment whose carrier URL carries the postcode, and a refund
		// note naming him.
		withPostcode := strings.Replace(string(fixture(t, "fulfillments_create.json")),
			"https://shipping.xyz/track.php?num=123456789", "https://tools.usps.example/track?num=9400&zip=40202", -1)
		withPostcode = strings.Replace(withPostcode, `"id": 1022782888`, `"id": 1022782889`, 1)
		e.waitStatus(t, e.deliver(t, "fulfillments/create", []byte(withPostcode)), db.EventProcessed)
		refund := strings.Replace(string(fixture(t, "refunds_create.json")), "it broke during shipping",
			"Bob Norman called, box arrived crushed", 1)
		e.waitStatus(t, e.deliver(t, "refunds/create", []byte(refund)), db.EventProcessed)
		e.waitStatus(t, e.deliver(t, "customers/data_request", fixture(t, "customers_data_request.json")), db.EventProcessed)

		// Stored webhook events still holding his full order: one failed
		// for good, one received whose job has not run yet. And jon's
		// failed event, which must stay as it is.
		order := fixture(t, "orders_updated.json")
		failed := storeEvent(t, store, "wh-bob-failed", "orders/updated", order)
		if err := store.RecordWebhookFailure(ctx, failed, "decode orders/updated: Bob Norman, Chestnut Street 92", true); err != nil {
			t.Fatal(err)
		}
		storeEvent(t, store, "wh-bob-pending", "orders/updated", order)
		jonFailed := storeEvent(t, store, "wh-jon-failed", "orders/create", fixture(t, "orders_create.json"))
		if err := store.RecordWebhookFailure(ctx, jonFailed, "decode orders/create", true); err != nil {
			t.Fatal(err)
		}

		// Guest conversations where he typed his contact, with the handoff
		// summary and dialogue state that quote it.
		guests := []struct {
			id, summary string
			state       db.ConversationState
			texts       []string
		}{
			{"conv-guest-email", "Bob Norman (bob.norman@hostmail.com) wants to change the address to Chestnut Street 92, 40202",
				db.ConversationState{Contact: "BOB.NORMAN@hostmail.com", Current: 1001},
				[]string{"where is order #1001? I'm Bob Norman, BOB.Norman@Hostmail.com", "Thanks, let me check."}},
			{"conv-guest-phone", "", db.ConversationState{},
				[]string{"my phone is +1 (555) 625 1199, I live at Chestnut Street 92, 40202", "An agent will reply soon."}},
		}
		for _, g := range guests {
			conv := &db.Conversation{ID: g.id, ShopID: shop.ID, TokenHash: "hash-" + g.id, Language: "en",
				Handoff: g.summary != "", HandoffSummary: g.summary, State: db.NewJSON(g.state)}
			if err := store.CreateConversation(ctx, conv); err != nil {
				t.Fatal(err)
			}
			for i, text := range g.texts {
				role := db.RoleShopper
				if i%2 == 1 {
					role = db.RoleBot
				}
				if err := store.AppendMessages(ctx, g.id, &db.Message{ShopID: shop.ID, Role: role, Text: text}); err != nil {
					t.Fatal(err)
				}
			}
		}
		// Analytics rows of that chat: his end-of-chat comment, a demand
		// signal and the order it led to (issue 16's tables).
		if err := store.RateConversation(ctx, shop.ID, "conv-guest-email", 1,
			"Bob Norman here, call me on +1 (555) 625 1199"); err != nil {
			t.Fatal(err)
		}
		if err := store.AddDemandSignals(ctx, []db.DemandSignal{{ShopID: shop.ID, ConversationID: "conv-guest-email",
			Kind: db.SignalAsked, ProductID: 632910392, Language: "en"}}); err != nil {
			t.Fatal(err)
		}
		if ok, err := store.LinkChatOrder(ctx, db.ChatOrder{ShopID: shop.ID, OrderShopifyID: 450789469,
			ConversationID: "conv-guest-email", OrderName: "#1001", Currency: "USD", TotalPrice: "598.94",
			OrderedAt: time.Now()}); err != nil || !ok {
			t.Fatalf("link chat order: %v %v", ok, err)
		}
		// Channel conversations (issue 17): his email address on the email
		// channel and his WhatsApp wa_id (country code + digits), with the
		// channel rows of their messages.
		for _, ch := range []struct{ id, channel, address, thread string }{
			{"conv-mail", "email", "Bob.Norman@hostmail.com", "<root-1@hostmail.com>"},
			{"conv-wa", "whatsapp", "15556251199", ""},
		} {
			conv := &db.Conversation{ID: ch.id, ShopID: shop.ID, TokenHash: "hash-" + ch.id, Language: "en",
				Channel: ch.channel, ChannelAddress: ch.address, ChannelThread: ch.thread, State: db.NewJSON(db.ConversationState{})}
			if err := store.CreateConversation(ctx, conv); err != nil {
				t.Fatal(err)
			}
			if err := store.AppendMessages(ctx, ch.id, &db.Message{ShopID: shop.ID, Role: db.RoleShopper, Text: "hello"}); err != nil {
				t.Fatal(err)
			}
			in := &db.ChannelMessage{ShopID: shop.ID, Channel: ch.channel, ConversationID: ch.id,
				ProviderMessageID: "prov-" + ch.id}
			if ok, err := store.ClaimInbound(ctx, in, time.Minute); err != nil || !ok {
				t.Fatalf("claim: %v %v", ok, err)
			}
		}
		// The email channel's mails (issue 17): his mail with its quoted
		// history and attachment names, the reply, and an out-of-office
		// reply of his that belongs to no conversation.
		for _, em := range []db.EmailMessage{
			{MessageID: "root-1@hostmail.com", ConversationID: "conv-mail", Direction: db.EmailIn, Address: "bob.norman@hostmail.com",
				Subject: "Order #1001 for Bob Norman", Refs: "", FullText: "Hello\n\nOn Mon Bob Norman <bob.norman@hostmail.com> wrote:\n> Chestnut Street 92",
				Attachments: db.NewJSON([]map[string]any{{"name": "bob-norman-receipt.pdf", "size": 100}})},
			{MessageID: "reply-1@shop.example", ConversationID: "conv-mail", Direction: db.EmailOut, Address: "bob.norman@hostmail.com",
				Subject: "Re: Order #1001 for Bob Norman", Refs: "root-1@hostmail.com", FullText: "Hi Bob Norman"},
			{MessageID: "oof-1@hostmail.com", Direction: db.EmailIn, Address: "bob.norman@hostmail.com",
				Subject: "Out of office", FullText: "Bob Norman is away", Automatic: "auto-submitted: auto-replied"},
		} {
			em.ShopID = shop.ID
			if _, err := store.SaveEmailMessage(ctx, &em); err != nil {
				t.Fatal(err)
			}
		}
		// A Meta delivery not processed yet, from his WhatsApp number.
		if _, _, err := store.InsertMetaEvent(ctx, "hash-bob", []byte(`{"object":"whatsapp_business_account",`+
			`"entry":[{"changes":[{"value":{"messages":[{"from":"15556251199","text":{"body":"hi"}}]}}]}]}`), time.Now()); err != nil {
			t.Fatal(err)
		}
		msgs, err := store.ListMessages(ctx, "conv-guest-email", 0, 10)
		if err != nil || len(msgs) == 0 {
			t.Fatalf("messages: %v %v", msgs, err)
		}
		if err := store.SaveMessageTranslation(ctx, shop.ID, msgs[0].ID, "de",
			"Wo ist Bestellung #1001? Ich bin Bob Norman"); err != nil {
			t.Fatal(err)
		}
		// His shopper record: the contacts he gave in the chat.
		if _, err := store.RecordShopperContact(ctx, shop.ID, "BOB.NORMAN@hostmail.com", "+15556251199", false, true); err != nil {
			t.Fatal(err)
		}
		// Verification attempts keyed on his customer id and (as a later
		// scheme might key them) on his contact.
		now := time.Now().UTC()
		for _, subject := range []string{"customer:207119551", "contact:bob.norman@hostmail.com", "ip:203.0.113.9"} {
			if _, err := store.SQLDB().Exec(`INSERT INTO assistant_verification_attempts
				(shop_id, subject, failures, window_start, updated_at) VALUES ($1, $2, 1, $3, $4)`,
				shop.ID, subject, now, now); err != nil {
				t.Fatal(err)
			}
		}

		// A back-in-stock subscription made with his email (issue 15).
		if err := store.SubscribeBackInStock(ctx, &db.StockSubscription{ShopID: shop.ID, VariantID: 808950810,
			Email: "Bob.Norman@hostmail.com", Language: "en", ConversationID: "conv-guest-email"}); err != nil {
			t.Fatal(err)
		}

		// Before: every identifier is somewhere (the check can see them).
		for _, id := range bobIdentifiers {
			if hits := dbtest.Grep(t, store, id); len(hits) == 0 {
				t.Fatalf("seed: %q found nowhere, the search would prove nothing", id)
			}
		}

		e.waitStatus(t, e.deliver(t, "customers/redact", fixture(t, "customers_redact.json")), db.EventProcessed)

		for _, id := range bobIdentifiers {
			if hits := dbtest.Grep(t, store, id); len(hits) != 0 {
				t.Errorf("after customers/redact %q is still in %v", id, hits)
			}
		}
		// The erased events can be neither processed nor replayed.
		for _, wh := range []string{"wh-bob-failed", "wh-bob-pending"} {
			ev, err := store.GetWebhookEvent(ctx, shopDomain, e.eventID(t, wh))
			if err != nil {
				t.Fatal(err)
			}
			if ev.Status != db.EventSkipped || string(ev.Payload) != "{}" {
				t.Errorf("%s after redaction: status %s payload %.40s", wh, ev.Status, ev.Payload)
			}
			if _, err := store.ReopenWebhookEvent(ctx, shopDomain, ev.ID); err == nil {
				t.Errorf("%s can be replayed after redaction", wh)
			}
		}
		// Others' data stays: jon's conversation, order and failed event,
		// the IP-keyed attempt, the commercial facts of bob's order.
		checks := []struct {
			query string
			want  int
		}{
			{"SELECT COUNT(*) FROM conversations WHERE id = 'conv-jon'", 1},
			{"SELECT COUNT(*) FROM orders WHERE shopify_id = 123456 AND email = 'jon@doe.ca'", 1},
			{"SELECT COUNT(*) FROM webhook_events WHERE webhook_id = 'wh-jon-failed' AND status = 'failed'", 1},
			{"SELECT COUNT(*) FROM assistant_verification_attempts WHERE subject = 'ip:203.0.113.9'", 1},
			{"SELECT COUNT(*) FROM orders WHERE shopify_id = 450789469 AND total_price <> '' AND order_status_url = ''", 1},
			{"SELECT COUNT(*) FROM refunds", 1},
			{"SELECT COUNT(*) FROM fulfillments", 3},
			{"SELECT COUNT(*) FROM conversations WHERE channel <> 'web'", 0},
			{"SELECT COUNT(*) FROM channel_messages", 0},
			{"SELECT COUNT(*) FROM email_messages", 0},
			{"SELECT COUNT(*) FROM meta_events", 0},
		}
		for _, c := range checks {
			if got := count(t, store, c.query); got != c.want {
				t.Errorf("%s = %d, want %d", c.query, got, c.want)
			}
		}
		var jonPayload []byte
		queryRow(t, store, "SELECT payload FROM webhook_events WHERE webhook_id = 'wh-jon-failed'", nil, &jonPayload)
		if !bytes.Contains(jonPayload, []byte("jon@doe.ca")) {
			t.Error("another customer's failed event lost its payload")
		}
	})
}

// storeEvent stores a webhook event directly (no job), as intake would have
// before its processing failed or ran.
func storeEvent(t *testing.T, store *db.Store, webhookID, topic string, payload []byte) int64 {
	t.Helper()
	if !json.Valid(payload) {
		t.Fatal("invalid payload")
	}
	ev := &db.WebhookEvent{Shop: shopDomain, WebhookID: webhookID, Topic: topic, Payload: payload,
		ReceivedAt: time.Now().UTC()}
	if err := store.InsertWebhookEvent(context.Background(), ev); err != nil {
		t.Fatal(err)
	}
	return ev.ID
}

package assistant_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"shopassist/assistant"
	"shopassist/db"
)

// bypassContacts unlocked other shoppers' orders when phones were compared
// as string suffixes (issue #11): all zeros, zero padding before the last
// digits, short suffixes, patterned numbers.
var bypassContacts = []string{
	"phone +00000000", "phone +000 0000 2000", "phone 00000000", "tel 0000000000", "phone +0000000000000",
	"phone +000 0000 0142", "phone +0 0000 900123", "phone 0000 0012 345678", "my number is 12345678",
	"phone +1 111 111 1111", "phone 1212121212", "phone +44 0000 000000", "phone 0102000",
}

// TestBypassContactsUnlockNothing plays every bypass input against every
// demo order, each in a fresh conversation: no order card, no order facts,
// and the failed contact is not kept on the conversation.
func TestBypassContactsUnlockNothing(t *testing.T) {
	env := newEnv(t, assistant.Options{})
	ctx := context.Background()
	orders := demoOrders(t, env.Store, env.Shop.ID)
	for _, contact := range bypassContacts {
		unlocked := 0
		for _, o := range orders {
			r, err := env.Engine.Reply(ctx, assistant.Request{Shop: env.Shop,
				Message: fmt.Sprintf("where is my order %s? %s", o.Name, contact)})
			if err != nil {
				t.Fatal(err)
			}
			if len(r.Cards) > 0 || (o.OrderStatusURL != "" && strings.Contains(r.Text, o.OrderStatusURL)) {
				unlocked++
			}
			conv, err := env.Store.GetConversation(ctx, env.Shop.ID, r.ConversationID)
			if err != nil {
				t.Fatal(err)
			}
			if conv.CustomerPhone != "" || conv.CustomerEmail != "" || conv.State.V.Contact != "" {
				t.Fatalf("%q on %s: unverified contact kept on the conversation: phone %q email %q state %v",
					contact, o.Name, conv.CustomerPhone, conv.CustomerEmail, conv.State.V)
			}
		}
		if unlocked > 0 {
			t.Errorf("%q unlocked %d of %d orders", contact, unlocked, len(orders))
		}
	}
}

// TestVerifiedContactOpensOnlyItsOrders: a contact verified for one order
// opens later orders only when they carry that same contact.
func TestVerifiedContactOpensOnlyItsOrders(t *testing.T) {
	env := newEnv(t, assistant.Options{})
	ctx := context.Background()
	r, err := env.Engine.Reply(ctx, assistant.Request{Shop: env.Shop, Message: "where is my order #1034? OLIVER.Bennett@Post.EXAMPLE"})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Cards) != 1 || r.Cards[0].OrderName != "#1034" {
		t.Fatalf("upper-case email of the order did not verify: %q %+v", r.Text, r.Cards)
	}
	conv, err := env.Store.GetConversation(ctx, env.Shop.ID, r.ConversationID)
	if err != nil || conv.CustomerEmail != "oliver.bennett@post.example" {
		t.Fatalf("verified email stored as %q (%v)", conv.CustomerEmail, err)
	}
	if sh, err := env.Store.ShopperByContact(ctx, env.Shop.ID, "oliver.bennett@post.example", ""); err != nil || !sh.EmailVerified {
		t.Fatalf("shopper record %+v (%v), want the email marked verified by the order", sh, err)
	}
	for _, o := range demoOrders(t, env.Store, env.Shop.ID) {
		if o.OrderNumber == 1034 {
			continue
		}
		next, err := env.Engine.Reply(ctx, assistant.Request{Shop: env.Shop, ConversationID: r.ConversationID,
			ConversationToken: r.ConversationToken, Message: "and order " + o.Name + "?"})
		if err != nil {
			t.Fatal(err)
		}
		opened := len(next.Cards) > 0
		if own := o.Email == "oliver.bennett@post.example"; opened != own {
			t.Errorf("%s (email %q): opened = %v", o.Name, o.Email, opened)
		}
	}
}

// TestPhoneInOwnFormats verifies with the order's phone typed the ways
// shoppers type it.
func TestPhoneInOwnFormats(t *testing.T) {
	env := newEnv(t, assistant.Options{})
	ctx := context.Background()
	o, err := env.Store.GetOrderByNumber(ctx, env.Shop.ID, 1034)
	if err != nil || o.Phone == "" && o.ShippingPhone == "" {
		t.Fatalf("order #1034 has no phone: %+v %v", o, err)
	}
	for _, typed := range []string{"+44 7700 900123", "07700 900123", "0044 7700 900 123"} {
		r, err := env.Engine.Reply(ctx, assistant.Request{Shop: env.Shop, Message: "where is my order #1034? phone " + typed})
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Cards) != 1 {
			t.Errorf("%q did not verify #1034: %q", typed, r.Text)
		}
	}
}

// demoOrders loads every seeded demo order (numbers from 1001 up).
func demoOrders(t *testing.T, store *db.Store, shopID int64) []*db.Order {
	t.Helper()
	var out []*db.Order
	for n := int64(1001); n < 1200; n++ {
		o, err := store.GetOrderByNumber(context.Background(), shopID, n)
		if errors.Is(err, db.ErrNotFound) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, o)
	}
	if len(out) < 30 {
		t.Fatalf("only %d demo orders", len(out))
	}
	return out
}

package db_test

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"shopassist/db"
	"shopassist/db/dbtest"
)

func TestReopenConversation(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, _ := s.EnsureShop(ctx, "a.myshopify.com")
		other, _ := s.EnsureShop(ctx, "b.myshopify.com")
		t0 := time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)
		importConv(t, s, shop.ID, "handed", "en", true, t0)
		importConv(t, s, shop.ID, "plain", "en", false, t0)
		for _, id := range []string{"handed", "plain"} {
			if err := s.ResolveConversation(ctx, shop.ID, id); err != nil {
				t.Fatal(err)
			}
		}
		tests := []struct {
			name   string
			shopID int64
			id     string
			want   string
			err    error
		}{
			{"a handed-off conversation waits for the team again", shop.ID, "handed", db.ConversationHandoff, nil},
			{"any other is open", shop.ID, "plain", db.ConversationOpen, nil},
			{"another shop cannot reopen it", other.ID, "plain", "", db.ErrNotFound},
			{"unknown id", shop.ID, "nope", "", db.ErrNotFound},
		}
		for _, tt := range tests {
			err := s.ReopenConversation(ctx, tt.shopID, tt.id)
			if !errors.Is(err, tt.err) {
				t.Fatalf("%s: %v, want %v", tt.name, err, tt.err)
			}
			if err != nil {
				continue
			}
			c, _ := s.GetConversation(ctx, shop.ID, tt.id)
			if c.Status != tt.want {
				t.Errorf("%s: status %q, want %q", tt.name, c.Status, tt.want)
			}
		}
		// Reopened and handed off: it counts as waiting in the inbox badge.
		counts, err := s.InboxCounts(ctx, shop.ID, "")
		if err != nil || counts.Waiting != 1 || counts.Handoffs != 1 {
			t.Fatalf("counts after reopen = %+v, %v", counts, err)
		}
	})
}

func TestConversationNotes(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, _ := s.EnsureShop(ctx, "a.myshopify.com")
		other, _ := s.EnsureShop(ctx, "b.myshopify.com")
		t0 := time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)
		importConv(t, s, shop.ID, "c1", "en", true, t0)
		before, _ := s.InboxCounts(ctx, shop.ID, "")

		tests := []struct {
			name    string
			shopID  int64
			id      string
			text    string
			wantErr error
		}{
			{"note", shop.ID, "c1", "  called the carrier  ", nil},
			{"second note", shop.ID, "c1", "refund promised", nil},
			{"blank text is refused", shop.ID, "c1", " \n\t", errAny},
			{"another shop's conversation", other.ID, "c1", "sneaky", db.ErrNotFound},
			{"unknown conversation", shop.ID, "nope", "lost", db.ErrNotFound},
		}
		at := t0.Add(time.Hour)
		for _, tt := range tests {
			n, err := s.AddConversationNote(ctx, tt.shopID, tt.id, "staff-1", tt.text, at)
			switch {
			case tt.wantErr == nil && err != nil:
				t.Fatalf("%s: %v", tt.name, err)
			case tt.wantErr == errAny && err == nil:
				t.Fatalf("%s: no error", tt.name)
			case tt.wantErr != nil && tt.wantErr != errAny && !errors.Is(err, tt.wantErr):
				t.Fatalf("%s: %v, want %v", tt.name, err, tt.wantErr)
			}
			if err == nil && (n.ID == 0 || n.AuthorID != "staff-1" || !n.CreatedAt.Equal(at)) {
				t.Errorf("%s: note %+v", tt.name, n)
			}
			at = at.Add(time.Minute)
		}
		notes, err := s.ConversationNotes(ctx, shop.ID, "c1")
		if err != nil || len(notes) != 2 || notes[0].Text != "called the carrier" || notes[1].Text != "refund promised" {
			t.Fatalf("notes = %+v, %v; want two, trimmed, oldest first", notes, err)
		}
		if notes, _ := s.ConversationNotes(ctx, other.ID, "c1"); len(notes) != 0 {
			t.Fatalf("other shop reads notes: %+v", notes)
		}
		// A note is a change polling admins must see.
		after, _ := s.InboxCounts(ctx, shop.ID, "")
		if after.Stamp == before.Stamp {
			t.Errorf("inbox stamp did not move after a note: %q", after.Stamp)
		}
		// Notes are the merchant's: never part of the shopper's chat.
		msgs, _ := s.ConversationMessages(ctx, shop.ID, "c1")
		if len(msgs) != 0 {
			t.Errorf("note leaked into messages: %+v", msgs)
		}
	})
}

// errAny marks a test case expecting some error, whichever.
var errAny = errors.New("any error")

func TestStaffNames(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, _ := s.EnsureShop(ctx, "a.myshopify.com")
		other, _ := s.EnsureShop(ctx, "b.myshopify.com")
		steps := []struct {
			shopID     int64
			user, name string
		}{
			{shop.ID, "u1", " Ana "},
			{shop.ID, "u2", "Bo"},
			{shop.ID, "u1", "Ana María"}, // renamed: one row per user
			{other.ID, "u1", "Someone else"},
		}
		for _, st := range steps {
			if err := s.SetStaffName(ctx, st.shopID, st.user, st.name); err != nil {
				t.Fatal(err)
			}
		}
		got, err := s.StaffNames(ctx, shop.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 2 || got["u1"] != "Ana María" || got["u2"] != "Bo" {
			t.Fatalf("staff names = %v", got)
		}
		if got, _ := s.StaffNames(ctx, other.ID); len(got) != 1 || got["u1"] != "Someone else" {
			t.Fatalf("other shop's names = %v", got)
		}
	})
}

func TestSavedReplies(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, _ := s.EnsureShop(ctx, "a.myshopify.com")
		other, _ := s.EnsureShop(ctx, "b.myshopify.com")
		mk := func(shopID int64, title, starter string) *db.SavedReply {
			return &db.SavedReply{ShopID: shopID, Title: title, StarterKey: starter,
				Texts: db.NewJSON(map[string]string{"en": title + " text", "de": title + " Text"})}
		}
		own := mk(shop.ID, "Own", "")
		if err := s.SaveSavedReply(ctx, own); err != nil || own.ID == 0 {
			t.Fatalf("create: %v id=%d", err, own.ID)
		}
		edited := mk(shop.ID, "Shipping times", "shipping_times")
		if err := s.SaveSavedReply(ctx, edited); err != nil {
			t.Fatal(err)
		}
		// Two tabs editing the same starter: the second create conflicts.
		if err := s.SaveSavedReply(ctx, mk(shop.ID, "Shipping times (tab 2)", "shipping_times")); !errors.Is(err, db.ErrConflict) {
			t.Fatalf("second edit of a starter: %v, want ErrConflict", err)
		}
		// Another shop may edit the same starter.
		if err := s.SaveSavedReply(ctx, mk(other.ID, "Shipping times", "shipping_times")); err != nil {
			t.Fatalf("other shop's starter edit: %v", err)
		}

		own.Title = "Own (v2)"
		own.Texts = db.NewJSON(map[string]string{"en": "v2"})
		if err := s.SaveSavedReply(ctx, own); err != nil {
			t.Fatal(err)
		}
		got, err := s.SavedReply(ctx, shop.ID, own.ID)
		if err != nil || got.Title != "Own (v2)" || len(got.Texts.V) != 1 || got.Texts.V["en"] != "v2" {
			t.Fatalf("updated reply = %+v, %v", got, err)
		}

		hijack := *own
		hijack.ShopID = other.ID
		hijack.Title = "hijacked"
		tests := []struct {
			name string
			err  error
		}{
			{"update through another shop", s.SaveSavedReply(ctx, &hijack)},
			{"read through another shop", func() error { _, err := s.SavedReply(ctx, other.ID, own.ID); return err }()},
			{"delete through another shop", s.DeleteSavedReply(ctx, other.ID, own.ID)},
		}
		for _, tt := range tests {
			if !errors.Is(tt.err, db.ErrNotFound) {
				t.Errorf("%s: %v, want ErrNotFound", tt.name, tt.err)
			}
		}
		if got, _ := s.SavedReply(ctx, shop.ID, own.ID); got.Title != "Own (v2)" {
			t.Fatalf("another shop changed the reply: %+v", got)
		}

		list, err := s.SavedReplies(ctx, shop.ID)
		if err != nil || len(list) != 2 || list[0].ID != own.ID || list[1].StarterKey != "shipping_times" {
			t.Fatalf("list = %+v, %v", list, err)
		}
		// Deleting the edit restores the shipped starter: a new edit may
		// then be created again.
		if err := s.DeleteSavedReply(ctx, shop.ID, edited.ID); err != nil {
			t.Fatal(err)
		}
		if err := s.DeleteSavedReply(ctx, shop.ID, edited.ID); !errors.Is(err, db.ErrNotFound) {
			t.Fatalf("second delete: %v, want ErrNotFound", err)
		}
		if err := s.SaveSavedReply(ctx, mk(shop.ID, "Shipping times again", "shipping_times")); err != nil {
			t.Fatalf("re-edit after delete: %v", err)
		}
	})
}

func TestMainIntents(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, _ := s.EnsureShop(ctx, "a.myshopify.com")
		other, _ := s.EnsureShop(ctx, "b.myshopify.com")
		t0 := time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)
		sh := func(intent string) *db.Message { return &db.Message{Role: db.RoleShopper, Text: "q", Intent: intent} }
		bot := func(intent string) *db.Message { return &db.Message{Role: db.RoleBot, Text: "a", Intent: intent} }
		importConv(t, s, shop.ID, "most", "en", false, t0, sh("greeting"), sh("returns"), sh("order_status"), sh("order_status"), sh("thanks"))
		importConv(t, s, shop.ID, "tie", "en", false, t0, sh("shipping"), sh("returns"), sh("returns"), sh("shipping"))
		importConv(t, s, shop.ID, "smalltalk", "en", false, t0, sh("greeting"), sh("thanks"), sh("goodbye"), sh(""))
		importConv(t, s, shop.ID, "bots", "en", false, t0, sh("returns"), bot("order_status"), bot("order_status"))
		importConv(t, s, other.ID, "x", "en", false, t0, sh("returns"))

		got, err := s.MainIntents(ctx, shop.ID, []string{"most", "tie", "smalltalk", "bots", "x"})
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]string{
			"most": "order_status", // most shopper messages, small talk ignored
			"tie":  "shipping",     // a tie goes to the earliest
			"bots": "returns",      // only the shopper's messages count
		}
		if len(got) != len(want) {
			t.Fatalf("main intents = %v, want %v (no topic for small talk or another shop)", got, want)
		}
		for id, w := range want {
			if got[id] != w {
				t.Errorf("%s: %q, want %q", id, got[id], w)
			}
		}
		if got, err := s.MainIntents(ctx, shop.ID, nil); err != nil || len(got) != 0 {
			t.Fatalf("no ids = %v, %v", got, err)
		}

		first, err := s.FirstShopperMessages(ctx, shop.ID, []string{"most", "bots", "x"})
		if err != nil || len(first) != 2 || first["most"] != "q" || first["bots"] != "q" {
			t.Fatalf("first shopper messages = %v, %v", first, err)
		}
	})
}

func TestShopperConversationsExport(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, _ := s.EnsureShop(ctx, "a.myshopify.com")
		other, _ := s.EnsureShop(ctx, "b.myshopify.com")
		t0 := time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)
		mk := func(shopID int64, id string, customer int64, email, phone string, created time.Time, texts ...string) {
			var msgs []*db.Message
			for i, txt := range texts {
				msgs = append(msgs, &db.Message{Role: db.RoleShopper, Text: txt, CreatedAt: created.Add(time.Duration(i) * time.Second)})
			}
			c := &db.Conversation{ID: id, ShopID: shopID, Language: "en", Status: db.ConversationOpen, CustomerID: customer,
				CustomerEmail: email, CustomerPhone: phone, CreatedAt: created, UpdatedAt: created, LastMessageAt: created}
			if err := s.ImportConversation(ctx, c, msgs); err != nil {
				t.Fatal(err)
			}
		}
		mk(shop.ID, "by-email", 0, "Ana@Example.com", "", t0.Add(time.Hour), "where is my order")
		mk(shop.ID, "by-phone", 0, "", "+4915112345678", t0.Add(2*time.Hour), "call me")
		mk(shop.ID, "by-id", 42, "", "", t0, "hello", "size?")
		mk(shop.ID, "current", 42, "ana@example.com", "+4915112345678", t0.Add(3*time.Hour), "again")
		mk(shop.ID, "stranger", 7, "bo@example.com", "", t0, "not hers")
		mk(shop.ID, "guest", 0, "", "", t0, "anonymous")
		mk(other.ID, "other-shop", 42, "ana@example.com", "", t0, "other shop")

		c, _ := s.GetConversation(ctx, shop.ID, "current")
		ids, err := s.ShopperConversationIDs(ctx, shop.ID, c)
		if err != nil {
			t.Fatal(err)
		}
		// c first, then the others oldest first; email matched case-blind.
		if want := []string{"current", "by-id", "by-email", "by-phone"}; !slices.Equal(ids, want) {
			t.Fatalf("shopper conversations = %v, want %v", ids, want)
		}
		guest, _ := s.GetConversation(ctx, shop.ID, "guest")
		if ids, err := s.ShopperConversationIDs(ctx, shop.ID, guest); err != nil || !slices.Equal(ids, []string{"guest"}) {
			t.Fatalf("guest without contact = %v, %v; want only itself", ids, err)
		}

		// A note is the merchant's and stays out of the shopper's copy.
		if _, err := s.AddConversationNote(ctx, shop.ID, "by-id", "staff", "difficult customer", t0); err != nil {
			t.Fatal(err)
		}
		now := t0.Add(24 * time.Hour)
		exp, err := s.ExportShopperConversations(ctx, shop.ID, db.ShopperOf(c), append(ids, "other-shop"), now)
		if err != nil {
			t.Fatal(err)
		}
		if exp.Shop != "a.myshopify.com" || !exp.GeneratedAt.Equal(now) || exp.Customer.Email != "ana@example.com" ||
			exp.Customer.Phone != "+4915112345678" || exp.Customer.ID != 42 {
			t.Fatalf("export header = %+v", exp)
		}
		var got []string
		for _, ec := range exp.Conversations {
			got = append(got, ec.ID)
			for _, m := range ec.Messages {
				if m.Text == "difficult customer" || m.Text == "other shop" {
					t.Errorf("export holds %q", m.Text)
				}
			}
		}
		if want := []string{"by-id", "by-email", "by-phone", "current"}; !slices.Equal(got, want) {
			t.Fatalf("exported = %v, want %v (oldest first, another shop's id ignored)", got, want)
		}
		if m := exp.Conversations[0].Messages; len(m) != 2 || m[0].Text != "hello" || m[1].Text != "size?" || m[0].Role != db.RoleShopper {
			t.Fatalf("messages of by-id = %+v", m)
		}
		if _, err := s.ExportShopperConversations(ctx, 99999, db.CustomerRef{}, ids, now); !errors.Is(err, db.ErrNotFound) {
			t.Fatalf("export of unknown shop: %v, want ErrNotFound", err)
		}
	})
}

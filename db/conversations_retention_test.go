package db_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"shopassist/db"
	"shopassist/db/dbtest"
)

// retainedConv stores a conversation whose last message is at last, with a
// shopper message carrying secret, its translation, a staff note, the email
// it came in by and the channel row of the reply, as an email conversation
// does.
func retainedConv(t *testing.T, s *db.Store, shopID int64, id, secret string, last time.Time) {
	t.Helper()
	ctx := context.Background()
	m := &db.Message{Role: db.RoleShopper, Text: "Lieferadresse: " + secret, Language: "de", CreatedAt: last}
	c := &db.Conversation{ID: id, ShopID: shopID, Language: "de", Status: db.ConversationOpen, Channel: "email",
		ChannelAddress: id + "@example.com", CustomerEmail: id + "@example.com", CreatedAt: last, UpdatedAt: last, LastMessageAt: last}
	if err := s.ImportConversation(ctx, c, []*db.Message{m}); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveMessageTranslation(ctx, shopID, m.ID, "en", "Delivery address: "+secret); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddConversationNote(ctx, shopID, id, "staff-1", "called about "+secret, last); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveEmailMessage(ctx, &db.EmailMessage{ShopID: shopID, MessageID: "<" + id + "@mail>", ConversationID: id,
		Direction: db.EmailIn, Address: id + "@example.com", Subject: "Bestellung", FullText: "Lieferadresse: " + secret,
		CreatedAt: last}); err != nil {
		t.Fatal(err)
	}
	if err := s.RecordOutbound(ctx, &db.ChannelMessage{ShopID: shopID, Channel: "email", ConversationID: id, MessageID: m.ID,
		ProviderMessageID: "<reply-" + id + "@mail>", Status: db.ChannelSent}); err != nil {
		t.Fatal(err)
	}
}

// TestRetentionErasesWholeConversations: the retention setting promises
// that a conversation older than it is gone; its text must not survive in
// a side table (the email copy, a translation, a note).
func TestRetentionErasesWholeConversations(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, _ := s.EnsureShop(ctx, "a.myshopify.com")
		other, _ := s.EnsureShop(ctx, "b.myshopify.com")
		cutoff := time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)
		retainedConv(t, s, shop.ID, "c-old", "Lindenweg-17", cutoff.Add(-time.Hour))
		retainedConv(t, s, shop.ID, "c-edge", "Birkenallee-3", cutoff) // exactly at the cutoff: kept
		retainedConv(t, s, shop.ID, "c-new", "Ahornplatz-9", cutoff.Add(time.Hour))
		retainedConv(t, s, other.ID, "x-old", "Eichenring-5", cutoff.Add(-time.Hour))

		n, err := s.DeleteConversationsBefore(ctx, shop.ID, cutoff)
		if err != nil || n != 1 {
			t.Fatalf("deleted %d, %v; want 1", n, err)
		}
		if hits := dbtest.Grep(t, s, "Lindenweg-17"); len(hits) != 0 {
			t.Errorf("expired conversation's text survives in %v", hits)
		}
		if hits := dbtest.Grep(t, s, "c-old@example.com"); len(hits) != 0 {
			t.Errorf("expired conversation's address survives in %v", hits)
		}
		if _, err := s.GetConversation(ctx, shop.ID, "c-old"); !errors.Is(err, db.ErrNotFound) {
			t.Errorf("old conversation: %v, want ErrNotFound", err)
		}
		for _, tt := range []struct {
			shopID      int64
			id, secret  string
			wantTables  int
			description string
		}{
			{shop.ID, "c-edge", "Birkenallee-3", 4, "last message at the cutoff"},
			{shop.ID, "c-new", "Ahornplatz-9", 4, "recent"},
			{other.ID, "x-old", "Eichenring-5", 4, "another shop's retention is its own"},
		} {
			if _, err := s.GetConversation(ctx, tt.shopID, tt.id); err != nil {
				t.Errorf("%s: %v", tt.description, err)
			}
			// messages, message_translations, conversation_notes, email_messages
			if hits := dbtest.Grep(t, s, tt.secret); len(hits) != tt.wantTables {
				t.Errorf("%s: text found in %v, want %d tables", tt.description, hits, tt.wantTables)
			}
		}
		if n, err := s.DeleteConversationsBefore(ctx, shop.ID, cutoff); err != nil || n != 0 {
			t.Fatalf("second run deleted %d, %v; want 0", n, err)
		}
	})
}

func TestListConversationsFiltersAndPages(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, _ := s.EnsureShop(ctx, "a.myshopify.com")
		other, _ := s.EnsureShop(ctx, "b.myshopify.com")
		t0 := time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)
		mk := func(shopID int64, id, lang, intent, status string, handoff bool, rating int, last time.Time) {
			c := &db.Conversation{ID: id, ShopID: shopID, Language: lang, LastIntent: intent, Status: status, Handoff: handoff,
				Rating: rating, CreatedAt: last, UpdatedAt: last, LastMessageAt: last}
			if err := s.ImportConversation(ctx, c, nil); err != nil {
				t.Fatal(err)
			}
		}
		mk(shop.ID, "c1", "de", "order_status", db.ConversationOpen, false, 0, t0)
		mk(shop.ID, "c2", "ja", "returns", db.ConversationHandoff, true, 1, t0.Add(time.Hour))
		mk(shop.ID, "c3", "de", "returns", db.ConversationResolved, true, 5, t0.Add(2*time.Hour))
		mk(shop.ID, "c4", "ar", "shipping", db.ConversationOpen, false, 5, t0.Add(3*time.Hour))
		mk(other.ID, "x1", "de", "returns", db.ConversationOpen, false, 5, t0.Add(4*time.Hour))
		yes, no := true, false
		tests := []struct {
			name string
			f    db.ConversationFilter
			want []string
		}{
			{"all, most recent first", db.ConversationFilter{}, []string{"c4", "c3", "c2", "c1"}},
			{"language", db.ConversationFilter{Language: "de"}, []string{"c3", "c1"}},
			{"intent", db.ConversationFilter{Intent: "returns"}, []string{"c3", "c2"}},
			{"status", db.ConversationFilter{Status: db.ConversationOpen}, []string{"c4", "c1"}},
			{"handed off", db.ConversationFilter{Handoff: &yes}, []string{"c3", "c2"}},
			{"not handed off", db.ConversationFilter{Handoff: &no}, []string{"c4", "c1"}},
			{"rating", db.ConversationFilter{Rating: 5}, []string{"c4", "c3"}},
			{"since is inclusive", db.ConversationFilter{Since: t0.Add(2 * time.Hour)}, []string{"c4", "c3"}},
			{"combined", db.ConversationFilter{Language: "de", Handoff: &yes}, []string{"c3"}},
			{"first page", db.ConversationFilter{Limit: 2}, []string{"c4", "c3"}},
			{"second page", db.ConversationFilter{Limit: 2, Offset: 2}, []string{"c2", "c1"}},
			{"past the end", db.ConversationFilter{Limit: 2, Offset: 4}, nil},
		}
		for _, tt := range tests {
			got, err := s.ListConversations(ctx, shop.ID, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, c := range got {
				ids = append(ids, c.ID)
			}
			if len(ids) != len(tt.want) {
				t.Errorf("%s: %v, want %v", tt.name, ids, tt.want)
				continue
			}
			for i := range ids {
				if ids[i] != tt.want[i] {
					t.Errorf("%s: %v, want %v", tt.name, ids, tt.want)
					break
				}
			}
		}
		if n, err := s.CountConversations(ctx, shop.ID); err != nil || n != 4 {
			t.Errorf("count = %d, %v; want 4", n, err)
		}
		langs, err := s.ConversationLanguages(ctx, shop.ID)
		if err != nil || len(langs) != 3 {
			t.Errorf("languages = %v, %v; want ar, de, ja", langs, err)
		}
	})
}

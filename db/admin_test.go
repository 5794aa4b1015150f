package db_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"shopassist/db"
	"shopassist/db/dbtest"
)

// importConv stores a conversation started at start with messages one
// second apart after it.
func importConv(t *testing.T, s *db.Store, shopID int64, id, lang string, handoff bool, start time.Time, msgs ...*db.Message) {
	t.Helper()
	status := db.ConversationOpen
	if handoff {
		status = db.ConversationHandoff
	}
	for i, m := range msgs {
		if m.CreatedAt.IsZero() {
			m.CreatedAt = start.Add(time.Duration(i) * time.Second)
		}
	}
	c := &db.Conversation{ID: id, ShopID: shopID, TokenHash: "h-" + id, Language: lang, Status: status, Handoff: handoff,
		CreatedAt: start, UpdatedAt: start, LastMessageAt: start.Add(time.Minute)}
	if len(msgs) > 0 {
		c.LastIntent = msgs[0].Intent
	}
	if err := s.ImportConversation(context.Background(), c, msgs); err != nil {
		t.Fatal(err)
	}
}

func TestAdminConversationFiltersAndScope(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		a, _ := s.EnsureShop(ctx, "a.myshopify.com")
		b, _ := s.EnsureShop(ctx, "b.myshopify.com")
		now := time.Now().UTC().Truncate(time.Second)
		importConv(t, s, a.ID, "a-es", "es", true, now.Add(-time.Hour),
			&db.Message{Role: db.RoleShopper, Text: "¿Dónde está mi pedido?", Intent: "order_status", IntentConfidence: 0.9},
			&db.Message{Role: db.RoleBot, Text: "…", Rating: -1})
		importConv(t, s, a.ID, "a-en", "en", false, now.Add(-2*time.Hour),
			&db.Message{Role: db.RoleShopper, Text: "hi", Intent: "greeting", IntentConfidence: 0.95},
			&db.Message{Role: db.RoleBot, Text: "Hello!", Rating: 1})
		importConv(t, s, b.ID, "b-es", "es", true, now, &db.Message{Role: db.RoleShopper, Text: "hola", Intent: "greeting"})

		yes := true
		tests := []struct {
			name string
			f    db.AdminConversationFilter
			want []string
		}{
			{"all of shop a", db.AdminConversationFilter{}, []string{"a-es", "a-en"}},
			{"language", db.AdminConversationFilter{Language: "es"}, []string{"a-es"}},
			{"intent", db.AdminConversationFilter{Intent: "greeting"}, []string{"a-en"}},
			{"handed off", db.AdminConversationFilter{Handoff: &yes}, []string{"a-es"}},
			{"rated down", db.AdminConversationFilter{Rating: db.RatedDown}, []string{"a-es"}},
			{"rated up", db.AdminConversationFilter{Rating: db.RatedUp}, []string{"a-en"}},
			{"unrated", db.AdminConversationFilter{Rating: db.RatedNone}, nil},
			{"unresolved", db.AdminConversationFilter{Unresolved: true}, []string{"a-es", "a-en"}},
		}
		for _, tt := range tests {
			got, err := s.AdminConversations(ctx, a.ID, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, c := range got {
				ids = append(ids, c.ID)
			}
			if len(ids) != len(tt.want) || (len(ids) > 0 && ids[0] != tt.want[0]) {
				t.Errorf("%s: got %v, want %v", tt.name, ids, tt.want)
			}
		}

		// Shop a cannot touch shop b's conversation by id.
		if _, err := s.ConversationMessages(ctx, a.ID, "b-es"); !errors.Is(err, db.ErrNotFound) {
			t.Errorf("messages of other shop: %v", err)
		}
		if _, err := s.AddAgentReply(ctx, a.ID, "b-es", "hi", "es", now); !errors.Is(err, db.ErrNotFound) {
			t.Errorf("reply into other shop: %v", err)
		}
		if err := s.ResolveConversation(ctx, a.ID, "b-es"); !errors.Is(err, db.ErrNotFound) {
			t.Errorf("resolve other shop: %v", err)
		}
		if _, err := s.AddAgentReply(ctx, a.ID, "a-es", "  Le escribimos enseguida.  ", "es", now); err != nil {
			t.Fatal(err)
		}
		if err := s.ResolveConversation(ctx, a.ID, "a-es"); err != nil {
			t.Fatal(err)
		}
		msgs, err := s.ConversationMessages(ctx, a.ID, "a-es")
		if err != nil || len(msgs) != 3 || msgs[2].Role != db.RoleAgent || msgs[2].Text != "Le escribimos enseguida." {
			t.Fatalf("agent reply not stored: %v %+v", err, msgs)
		}
		got, _ := s.AdminConversations(ctx, a.ID, db.AdminConversationFilter{Unresolved: true})
		if len(got) != 1 || got[0].ID != "a-en" {
			t.Errorf("resolved conversation still listed as unresolved: %+v", got)
		}

		if err := s.SaveMessageTranslation(ctx, b.ID, msgs[0].ID, "en", "Where is my order?"); !errors.Is(err, db.ErrNotFound) {
			t.Errorf("translation of other shop's message: %v", err)
		}
		if err := s.SaveMessageTranslation(ctx, a.ID, msgs[0].ID, "en", "Where is my order?"); err != nil {
			t.Fatal(err)
		}
		tr, err := s.MessageTranslations(ctx, a.ID, "a-es", "en")
		if err != nil || tr[msgs[0].ID] != "Where is my order?" {
			t.Fatalf("translations = %v, %v", tr, err)
		}
		if tr, _ := s.MessageTranslations(ctx, b.ID, "a-es", "en"); len(tr) != 0 {
			t.Errorf("shop b reads shop a's translations: %v", tr)
		}
	})
}

func TestSaveFAQReplacesLocales(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		a, _ := s.EnsureShop(ctx, "a.myshopify.com")
		b, _ := s.EnsureShop(ctx, "b.myshopify.com")
		v0, _ := s.CatalogVersion(ctx, a.ID)
		doc := func(loc, answer string, qs ...string) db.KnowledgeDocument {
			return db.KnowledgeDocument{Locale: loc, Title: qs[0], Body: answer, Questions: db.NewJSON(qs)}
		}
		if err := s.SaveFAQ(ctx, a.ID, "gift-wrap", []db.KnowledgeDocument{
			doc("en", "Yes, for 3 €.", "Do you gift wrap?", "Can I get gift wrapping?"),
			doc("fr", "Oui, pour 3 €.", "Faites-vous des paquets cadeaux ?"),
		}); err != nil {
			t.Fatal(err)
		}
		if err := s.SaveFAQ(ctx, a.ID, "gift-wrap", []db.KnowledgeDocument{doc("en", "Yes, for 4 €.", "Do you gift wrap?")}); err != nil {
			t.Fatal(err)
		}
		got, err := s.FAQ(ctx, a.ID, "gift-wrap")
		if err != nil || len(got) != 1 || got[0].Body != "Yes, for 4 €." || got[0].Source != "merchant" || got[0].Kind != db.DocFAQ {
			t.Fatalf("faq = %+v, %v", got, err)
		}
		if v1, _ := s.CatalogVersion(ctx, a.ID); v1 <= v0 {
			t.Errorf("catalog version did not move: %d -> %d", v0, v1)
		}
		if _, err := s.FAQ(ctx, b.ID, "gift-wrap"); !errors.Is(err, db.ErrNotFound) {
			t.Errorf("shop b reads shop a's faq: %v", err)
		}
	})
}

// CountHandoffs counts one shop's handed-off, unresolved conversations,
// assigned or not, in one query.
func TestCountHandoffs(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		a, _ := s.EnsureShop(ctx, "a.myshopify.com")
		b, _ := s.EnsureShop(ctx, "b.myshopify.com")
		now := time.Now().UTC().Truncate(time.Second)
		for _, c := range []struct {
			shop    int64
			id      string
			handoff bool
		}{
			{a.ID, "a-1", true}, {a.ID, "a-2", true}, {a.ID, "a-3", true}, {a.ID, "a-bot", false}, {b.ID, "b-1", true},
		} {
			importConv(t, s, c.shop, c.id, "en", c.handoff, now, &db.Message{Role: db.RoleShopper, Text: "hi"})
		}
		if err := s.ResolveConversation(ctx, a.ID, "a-3"); err != nil {
			t.Fatal(err)
		}
		if err := s.AssignConversation(ctx, a.ID, "a-2", "Ana"); err != nil {
			t.Fatal(err)
		}
		for _, tc := range []struct {
			name string
			shop int64
			want int64
		}{{"a: one waiting, one assigned", a.ID, 2}, {"b", b.ID, 1}, {"unknown shop", 0, 0}} {
			n, err := s.CountHandoffs(ctx, tc.shop)
			if err != nil || n != tc.want {
				t.Errorf("%s: CountHandoffs = %d, %v; want %d", tc.name, n, err, tc.want)
			}
		}
		counts, err := s.InboxCounts(ctx, a.ID, "")
		if err != nil || counts.Handoffs != 2 || counts.Waiting != 1 {
			t.Errorf("InboxCounts = %+v, %v; want 2 handoffs, 1 waiting", counts, err)
		}
	})
}

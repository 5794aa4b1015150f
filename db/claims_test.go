package db_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"shopassist/db"
	"shopassist/db/dbtest"
)

// The claims in this file are how several workers (and several replicas)
// agree that a shopper email, a back-in-stock notice or a Flow action goes
// out once. Each test checks the claim is won once and can be given back.

func TestShopperReadAndEmailClaims(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, _ := s.EnsureShop(ctx, "a.myshopify.com")
		other, _ := s.EnsureShop(ctx, "b.myshopify.com")
		t0 := time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)
		importConv(t, s, shop.ID, "c1", "en", true, t0, &db.Message{Role: db.RoleShopper, Text: "hi"})

		st, err := s.ShopperRead(ctx, shop.ID, "c1")
		if err != nil || st.ReadID != 0 || !st.SeenAt.IsZero() || st.EmailedID != 0 {
			t.Fatalf("fresh read state = %+v, %v", st, err)
		}
		if _, err := s.ShopperRead(ctx, other.ID, "c1"); !errors.Is(err, db.ErrNotFound) {
			t.Fatalf("other shop's read state: %v, want ErrNotFound", err)
		}
		// The read mark never moves backwards (an old poll answering late),
		// but the seen time always follows the latest poll.
		for _, step := range []struct {
			read   int64
			at     time.Time
			wantID int64
		}{
			{5, t0.Add(time.Minute), 5},
			{3, t0.Add(2 * time.Minute), 5},
			{9, t0.Add(3 * time.Minute), 9},
		} {
			if err := s.MarkShopperRead(ctx, "c1", step.read, step.at); err != nil {
				t.Fatal(err)
			}
			st, _ := s.ShopperRead(ctx, shop.ID, "c1")
			if st.ReadID != step.wantID || !st.SeenAt.Equal(step.at) {
				t.Fatalf("after read %d: %+v, want id %d seen %v", step.read, st, step.wantID, step.at)
			}
		}

		claims := []struct {
			name string
			op   func() (bool, error)
			want bool
			id   int64
		}{
			{"claim replies up to 10", func() (bool, error) { return s.MarkShopperEmailed(ctx, shop.ID, "c1", 10) }, true, 10},
			{"a second worker for the same replies loses", func() (bool, error) { return s.MarkShopperEmailed(ctx, shop.ID, "c1", 10) }, false, 10},
			{"an older claim loses", func() (bool, error) { return s.MarkShopperEmailed(ctx, shop.ID, "c1", 7) }, false, 10},
			{"another shop cannot claim", func() (bool, error) { return s.MarkShopperEmailed(ctx, other.ID, "c1", 20) }, false, 10},
			{"the send failed: give the claim back", func() (bool, error) { return s.MarkShopperEmailedBack(ctx, shop.ID, "c1", 10, 0) }, true, 0},
			{"claim again after the release", func() (bool, error) { return s.MarkShopperEmailed(ctx, shop.ID, "c1", 12) }, true, 12},
			{"a stale release (claim moved past) changes nothing", func() (bool, error) { return s.MarkShopperEmailedBack(ctx, shop.ID, "c1", 10, 0) }, false, 12},
		}
		for _, c := range claims {
			got, err := c.op()
			if err != nil || got != c.want {
				t.Fatalf("%s: %v, %v; want %v", c.name, got, err, c.want)
			}
			if st, _ := s.ShopperRead(ctx, shop.ID, "c1"); st.EmailedID != c.id {
				t.Fatalf("%s: emailed id %d, want %d", c.name, st.EmailedID, c.id)
			}
		}
	})
}

func TestMerchantNotifiedNeverMovesBack(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, _ := s.EnsureShop(ctx, "a.myshopify.com")
		other, _ := s.EnsureShop(ctx, "b.myshopify.com")
		importConv(t, s, shop.ID, "c1", "en", true, time.Now().UTC())
		for _, step := range []struct {
			shopID int64
			mark   int64
			want   int64
		}{
			{shop.ID, 4, 4},
			{shop.ID, 2, 4},
			{other.ID, 50, 4},
			{shop.ID, 8, 8},
		} {
			if err := s.MarkMerchantNotified(ctx, step.shopID, "c1", step.mark); err != nil {
				t.Fatal(err)
			}
			if got, err := s.MerchantNotified(ctx, shop.ID, "c1"); err != nil || got != step.want {
				t.Fatalf("after mark %d by shop %d: %d, %v; want %d", step.mark, step.shopID, got, err, step.want)
			}
		}
		if _, err := s.MerchantNotified(ctx, other.ID, "c1"); !errors.Is(err, db.ErrNotFound) {
			t.Fatalf("other shop: %v, want ErrNotFound", err)
		}
	})
}

func TestAgentReplyHooksAndLongPollCheck(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, _ := s.EnsureShop(ctx, "a.myshopify.com")
		t0 := time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)
		importConv(t, s, shop.ID, "c1", "en", true, t0,
			&db.Message{Role: db.RoleShopper, Text: "help"}, &db.Message{Role: db.RoleBot, Text: "handing over"})
		msgs, _ := s.ConversationMessages(ctx, shop.ID, "c1")
		last := msgs[len(msgs)-1].ID

		var mu sync.Mutex
		var fired []string
		for _, name := range []string{"wake", "email"} {
			s.OnAgentReply(func(_ context.Context, shopID int64, conv string, m *db.Message) {
				mu.Lock()
				defer mu.Unlock()
				if shopID == shop.ID && conv == "c1" && m.Role == db.RoleAgent {
					fired = append(fired, name+":"+m.Text)
				}
			})
		}
		if ok, err := s.HasAgentReplyAfter(ctx, "c1", 0); err != nil || ok {
			t.Fatalf("before any agent reply = %v, %v (bot messages do not count)", ok, err)
		}
		m, err := s.AddAgentReply(ctx, shop.ID, "c1", "I'm on it", "en", t0.Add(time.Minute))
		if err != nil {
			t.Fatal(err)
		}
		mu.Lock()
		if len(fired) != 2 || fired[0] != "wake:I'm on it" || fired[1] != "email:I'm on it" {
			t.Errorf("hooks fired %v, want both in registration order", fired)
		}
		mu.Unlock()
		for _, tt := range []struct {
			after int64
			want  bool
		}{{0, true}, {last, true}, {m.ID, false}} {
			if ok, err := s.HasAgentReplyAfter(ctx, "c1", tt.after); err != nil || ok != tt.want {
				t.Errorf("agent reply after %d = %v, %v; want %v", tt.after, ok, err, tt.want)
			}
		}
	})
}

func TestBackInStockSubscriptions(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, _ := s.EnsureShop(ctx, "a.myshopify.com")
		other, _ := s.EnsureShop(ctx, "b.myshopify.com")
		prod := func(shopID int64) {
			p := db.Product{ShopifyID: 10, Title: "Wool Hat", Handle: "wool-hat", ShopifyUpdatedAt: ptime(time.Now().UTC()),
				Variants: []db.Variant{
					{ShopifyID: 100, Title: "Red", InventoryItemID: 9100},
					{ShopifyID: 101, Title: "Blue", InventoryItemID: 9101},
				}}
			if _, _, err := s.UpsertProducts(ctx, shopID, []db.Product{p}); err != nil {
				t.Fatal(err)
			}
		}
		prod(shop.ID)
		prod(other.ID)
		sub := func(shopID, variant int64, email, lang string) *db.StockSubscription {
			x := &db.StockSubscription{ShopID: shopID, VariantID: variant, Email: email, Language: lang}
			if err := s.SubscribeBackInStock(ctx, x); err != nil {
				t.Fatal(err)
			}
			return x
		}
		ana := sub(shop.ID, 100, " Ana@Example.com ", "es")
		sub(shop.ID, 100, "ana@example.com", "de") // asked again: one row, latest language
		sub(shop.ID, 101, "bo@example.com", "en")  // another variant: not restocked below
		sub(other.ID, 100, "cy@example.com", "fr")

		if due, _ := s.DueStockSubscriptions(ctx, 10); len(due) != 0 {
			t.Fatalf("due before any restock: %+v", due)
		}
		at := time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)
		n, err := s.MarkRestocked(ctx, shop.ID, 9100, at)
		if err != nil || n != 1 {
			t.Fatalf("restock red = %d, %v; want 1 (ana once, not bo, not the other shop)", n, err)
		}
		if n, _ := s.MarkRestocked(ctx, shop.ID, 9100, at.Add(time.Hour)); n != 0 {
			t.Fatalf("second restock event re-marked %d subscriptions", n)
		}
		due, err := s.DueStockSubscriptions(ctx, 10)
		if err != nil || len(due) != 1 || due[0].Email != "ana@example.com" || due[0].Language != "de" || !due[0].DueAt.Equal(at) {
			t.Fatalf("due = %+v, %v", due, err)
		}
		if due[0].ID != ana.ID {
			t.Fatalf("resubscribing made a second row: %d vs %d", due[0].ID, ana.ID)
		}

		if ok, _ := s.ClaimStockNotice(ctx, ana.ID, at); !ok {
			t.Fatal("first claim lost")
		}
		if ok, _ := s.ClaimStockNotice(ctx, ana.ID, at); ok {
			t.Fatal("second claim won: the email would go twice")
		}
		if due, _ := s.DueStockSubscriptions(ctx, 10); len(due) != 0 {
			t.Fatalf("claimed notice still due: %+v", due)
		}
		if err := s.ReleaseStockNotice(ctx, ana.ID); err != nil {
			t.Fatal(err)
		}
		if due, _ := s.DueStockSubscriptions(ctx, 10); len(due) != 1 {
			t.Fatalf("released notice not due again: %+v", due)
		}
		// Subscribing again after a notice went re-arms it (sold out again).
		if ok, _ := s.ClaimStockNotice(ctx, ana.ID, at); !ok {
			t.Fatal("claim after release lost")
		}
		sub(shop.ID, 100, "ana@example.com", "de")
		if n, _ := s.MarkRestocked(ctx, shop.ID, 9100, at.Add(48*time.Hour)); n != 1 {
			t.Fatalf("re-armed subscription not marked due: %d", n)
		}

		v, err := s.GetVariantByShopifyID(ctx, shop.ID, 101)
		if err != nil || v.Title != "Blue" || v.ProductTitle != "Wool Hat" || v.ProductHandle != "wool-hat" || v.ShopID != shop.ID {
			t.Fatalf("variant 101 = %+v, %v", v, err)
		}
		if _, err := s.GetVariantByShopifyID(ctx, shop.ID, 999); !errors.Is(err, db.ErrNotFound) {
			t.Fatalf("unknown variant: %v, want ErrNotFound", err)
		}
	})
}

func TestFlowActionRunClaimedOnce(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, _ := s.EnsureShop(ctx, "a.myshopify.com")
		other, _ := s.EnsureShop(ctx, "b.myshopify.com")
		steps := []struct {
			name   string
			op     func() (bool, error)
			wantOK bool
		}{
			{"first delivery", func() (bool, error) {
				return s.ClaimFlowActionRun(ctx, &db.FlowActionRun{ShopID: shop.ID, RunID: "r1", Handle: "send-message"})
			}, true},
			{"Flow retries the run", func() (bool, error) {
				return s.ClaimFlowActionRun(ctx, &db.FlowActionRun{ShopID: shop.ID, RunID: "r1", Handle: "send-message"})
			}, false},
			{"same run id in another shop", func() (bool, error) {
				return s.ClaimFlowActionRun(ctx, &db.FlowActionRun{ShopID: other.ID, RunID: "r1", Handle: "send-message"})
			}, true},
			{"the action failed: release it", func() (bool, error) { return true, s.ReleaseFlowActionRun(ctx, shop.ID, "r1") }, true},
			{"Flow's retry applies it", func() (bool, error) {
				return s.ClaimFlowActionRun(ctx, &db.FlowActionRun{ShopID: shop.ID, RunID: "r1", Handle: "send-message"})
			}, true},
		}
		for _, st := range steps {
			ok, err := st.op()
			if err != nil || ok != st.wantOK {
				t.Fatalf("%s: %v, %v; want %v", st.name, ok, err, st.wantOK)
			}
		}
	})
}

func TestLatestCustomerConversation(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, _ := s.EnsureShop(ctx, "a.myshopify.com")
		other, _ := s.EnsureShop(ctx, "b.myshopify.com")
		t0 := time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)
		mk := func(shopID int64, id string, customer int64, last time.Time) {
			c := &db.Conversation{ID: id, ShopID: shopID, Status: db.ConversationOpen, CustomerID: customer,
				CreatedAt: t0, UpdatedAt: t0, LastMessageAt: last}
			if err := s.ImportConversation(ctx, c, nil); err != nil {
				t.Fatal(err)
			}
		}
		mk(shop.ID, "older", 5, t0)
		mk(shop.ID, "latest", 5, t0.Add(time.Hour))
		mk(shop.ID, "someone-else", 6, t0.Add(2*time.Hour))
		mk(other.ID, "other-shop", 5, t0.Add(3*time.Hour))
		c, err := s.LatestCustomerConversation(ctx, shop.ID, 5)
		if err != nil || c.ID != "latest" {
			t.Fatalf("latest = %+v, %v", c, err)
		}
		if _, err := s.LatestCustomerConversation(ctx, shop.ID, 7); !errors.Is(err, db.ErrNotFound) {
			t.Fatalf("customer without conversations: %v, want ErrNotFound", err)
		}
	})
}

func TestPeriodicRuns(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		if _, ok, err := s.LastPeriodicRun(ctx, "retention"); err != nil || ok {
			t.Fatalf("never run = %v, %v", ok, err)
		}
		t1 := time.Date(2026, 9, 1, 3, 0, 0, 0, time.FixedZone("CEST", 2*3600))
		t2 := t1.Add(24 * time.Hour)
		for _, at := range []time.Time{t1, t2} {
			if err := s.RecordPeriodicRun(ctx, "retention", at); err != nil {
				t.Fatal(err)
			}
		}
		if err := s.RecordPeriodicRun(ctx, "purge", t1); err != nil {
			t.Fatal(err)
		}
		at, ok, err := s.LastPeriodicRun(ctx, "retention")
		if err != nil || !ok || !at.Equal(t2) {
			t.Fatalf("last retention = %v %v %v; want %v", at, ok, err, t2)
		}
		if at, _, _ := s.LastPeriodicRun(ctx, "purge"); !at.Equal(t1) {
			t.Fatalf("last purge = %v; want %v (jobs are kept apart)", at, t1)
		}
	})
}

package demoseed_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"shopassist/db"
	"shopassist/db/dbtest"
	"shopassist/demo"
	"shopassist/demoseed"
)

// wantCounts is what the demo package defines, counted the way Seed stores it.
type wantCounts struct{ products, translations, documents, orders int }

func demoCounts(now time.Time) wantCounts {
	var w wantCounts
	w.products = len(demo.Products())
	for _, byLocale := range demo.Translations() {
		w.translations += len(byLocale)
	}
	for _, p := range demo.Policies() {
		w.documents += 1 + len(p.Translations)
	}
	for _, p := range demo.Pages() {
		w.documents += 1 + len(p.Translations)
	}
	for _, f := range demo.FAQs() {
		w.documents += len(f.Answers)
	}
	w.orders = len(demo.Orders(now))
	return w
}

func countWhere(t *testing.T, s *db.Store, table string, shopID int64, cond string) int {
	t.Helper()
	var n int
	q := fmt.Sprintf("SELECT COUNT(*) FROM %s WHERE shop_id = %d", table, shopID)
	if cond != "" {
		q += " AND " + cond
	}
	if err := s.SQLDB().QueryRowContext(context.Background(), q).Scan(&n); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return n
}

// TestSeedLoadsTheDemoStore: the shop, its catalogue with translations, its
// policies, pages and FAQ answers in every locale and its orders are stored
// exactly once; a second start keeps the merchant's catalogue edits and
// re-anchors the orders to the new now.
func TestSeedLoadsTheDemoStore(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		now := time.Date(2026, 12, 5, 12, 0, 0, 0, time.UTC)
		shop, err := demoseed.Seed(ctx, s, now)
		if err != nil {
			t.Fatal(err)
		}
		info := demo.StoreInfo()
		if shop.Domain != demo.ShopDomain || shop.Name != info.Name || shop.Currency != info.Currency {
			t.Errorf("shop = %s %q %s, want %s %q %s", shop.Domain, shop.Name, shop.Currency, demo.ShopDomain, info.Name, info.Currency)
		}
		w := demoCounts(now)
		if w.products == 0 || w.documents == 0 || w.orders == 0 {
			t.Fatalf("the demo store is empty: %+v", w)
		}
		check := func(when string) {
			t.Helper()
			for _, c := range []struct {
				table string
				want  int
			}{
				{"products", w.products},
				{"product_translations", w.translations},
				{"knowledge_documents", w.documents},
				{"orders", w.orders},
			} {
				if got := countWhere(t, s, c.table, shop.ID, ""); got != c.want {
					t.Errorf("%s: %s = %d, want %d", when, c.table, got, c.want)
				}
			}
		}
		check("first start")
		if got := countWhere(t, s, "products", shop.ID, "online_store_url LIKE '/demo/products/%'"); got != w.products {
			t.Errorf("%d of %d products link to the demo storefront", got, w.products)
		}

		// The merchant edits a product in the demo admin; the next start,
		// a week later, must keep the edit and move the orders along.
		if _, err := s.SQLDB().ExecContext(ctx, fmt.Sprintf("UPDATE products SET title = 'Edited by the merchant' WHERE shop_id = %d AND id = (SELECT MIN(id) FROM products WHERE shop_id = %d)", shop.ID, shop.ID)); err != nil {
			t.Fatal(err)
		}
		later := now.Add(7 * 24 * time.Hour)
		if _, err := demoseed.Seed(ctx, s, later); err != nil {
			t.Fatal(err)
		}
		check("second start")
		if got := countWhere(t, s, "products", shop.ID, "title = 'Edited by the merchant'"); got != 1 {
			t.Errorf("the merchant's edit did not survive a restart (%d rows)", got)
		}
		var newest time.Time
		if err := s.SQLDB().QueryRowContext(ctx, fmt.Sprintf(
			"SELECT shopify_created_at FROM orders WHERE shop_id = %d ORDER BY shopify_created_at DESC LIMIT 1", shop.ID)).Scan(&newest); err != nil {
			t.Fatal(err)
		}
		if !newest.After(now) || newest.After(later) {
			t.Errorf("newest order placed %s, want between the first start %s and the second %s", newest, now, later)
		}
	})
}

// TestSeedConversationsContent: the month of demo conversations has its
// shopper and bot messages, English translations of the foreign shoppers'
// messages, demand signals and the chat orders that link back to them.
func TestSeedConversationsContent(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		now := time.Date(2026, 12, 5, 12, 0, 0, 0, time.UTC)
		shop, err := demoseed.Seed(ctx, s, now)
		if err != nil {
			t.Fatal(err)
		}
		if err := demoseed.SeedConversations(ctx, s, now); err != nil {
			t.Fatal(err)
		}
		convs := countWhere(t, s, "conversations", shop.ID, "")
		tests := []struct {
			table, cond string
			check       func(n int) bool
			want        string
		}{
			{"conversations", "", func(n int) bool { return n == 54 }, "54"},
			{"conversations", "created_at > '2026-11-04' AND created_at <= '2026-12-05 12:00:00'", func(n int) bool { return n == convs }, "all within the last month"},
			{"conversations", "status = 'handoff'", func(n int) bool { return n > 0 && n < convs }, "some, not all"},
			{"conversations", "status = 'open'", func(n int) bool { return n > 0 && n <= 6 }, "1..6 (the newest)"},
			{"messages", "role = 'shopper'", func(n int) bool { return n == convs }, "one per conversation"},
			{"messages", "role = 'bot'", func(n int) bool { return n == convs }, "one per conversation"},
			{"messages", "role = 'agent'", func(n int) bool { return n > 0 }, "some"},
			{"message_translations", "", func(n int) bool { return n > 0 && n < convs }, "one per foreign conversation"},
			{"demand_signals", "", func(n int) bool { return n > 0 }, "some"},
			{"chat_orders", "", func(n int) bool { return n > 0 }, "some"},
			{"chat_orders", "conversation_id NOT IN (SELECT id FROM conversations)", func(n int) bool { return n == 0 }, "none orphaned"},
		}
		for _, tt := range tests {
			if got := countWhere(t, s, tt.table, shop.ID, tt.cond); !tt.check(got) {
				t.Errorf("%s where %q = %d, want %s", tt.table, tt.cond, got, tt.want)
			}
		}
	})
}

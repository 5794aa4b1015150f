package db_test

import (
	"context"
	"testing"
	"time"

	"shopassist/db"
	"shopassist/db/dbtest"
)

// BenchmarkAnalyticsScale measures the analytics page's data (the full
// report, with the previous period) for one shop holding 100,000
// conversations and 1,000,000 messages over 90 days, plus 200,000 demand
// signals and 5,000 chat-attributed orders, on PostgreSQL (issue 16:
// < 300 ms). Seeding is done in SQL and takes a minute.
//
//	TEST_DATABASE_URL=postgres://… go test -run '^$' -bench AnalyticsScale -benchtime 20x ./db/
func BenchmarkAnalyticsScale(b *testing.B) {
	s := dbtest.OpenPostgres(b)
	ctx := context.Background()
	shop, err := s.EnsureShop(ctx, "big.myshopify.com")
	if err != nil {
		b.Fatal(err)
	}
	now := time.Now().UTC()
	sqlDB := s.SQLDB()
	for _, q := range []string{
		`INSERT INTO conversations (id, shop_id, token_hash, customer_id, language, status, handoff, handoff_reason,
 last_intent, rating, message_count, state, created_at, updated_at, last_message_at, topic, last_outcome, reopened,
 country, feedback_comment)
SELECT 'c' || g, $1, 'h', CASE WHEN g % 5 = 0 THEN g % 20000 ELSE 0 END,
 (ARRAY['en','es','fr','de','it','pt','nl','ja'])[1 + g % 8], 'open', g % 9 = 0,
 CASE WHEN g % 9 = 0 THEN 'requested' ELSE '' END,
 (ARRAY['order_status','shipping_info','product_recommendation','faq','return_policy'])[1 + g % 5],
 CASE WHEN g % 7 = 0 THEN 1 WHEN g % 23 = 0 THEN -1 ELSE 0 END, 10, '{}',
 $2::timestamptz - (g % 129600) * interval '1 minute', $2::timestamptz - (g % 129600) * interval '1 minute',
 $2::timestamptz - (g % 129600) * interval '1 minute' + interval '20 second',
 (ARRAY['order_status','shipping_info','product_recommendation','faq','return_policy'])[1 + g % 5],
 (ARRAY['answered','answered','answered','fallback','no_match','clarify'])[1 + g % 6], g % 31 = 0,
 (ARRAY['US','DE','FR','ES','JP'])[1 + g % 5], CASE WHEN g % 50 = 0 THEN 'great help' ELSE '' END
FROM generate_series(1, 100000) g`,
		`INSERT INTO messages (conversation_id, shop_id, role, text, language, intent, intent_confidence, cards, sources,
 rating, created_at, outcome)
SELECT 'c' || c, $1, CASE WHEN k % 2 = 0 THEN 'shopper' ELSE 'bot' END, 'question number ' || (c % 300), 'en', 'faq', 0.8,
 '[]', '[]', CASE WHEN k = 1 AND c % 41 = 0 THEN -1 ELSE 0 END,
 $2::timestamptz - (c % 129600) * interval '1 minute' + k * interval '2 second',
 CASE WHEN c % 6 = 3 THEN 'fallback' ELSE 'answered' END
FROM generate_series(1, 100000) c CROSS JOIN generate_series(0, 9) k`,
		`INSERT INTO demand_signals (shop_id, conversation_id, kind, product_id, variant_id, label, language, created_at)
SELECT $1, 'c' || c, (ARRAY['asked','recommended','cart','no_match','out_of_stock'])[1 + (c + k) % 5],
 1000 + (c * 7 + k) % 500, CASE WHEN (c + k) % 5 = 4 THEN 50000 + c % 300 ELSE 0 END,
 CASE WHEN (c + k) % 5 = 3 THEN 'type=Backpacks max=' || (c % 20) * 10 ELSE '' END, 'en',
 $2::timestamptz - (c % 129600) * interval '1 minute'
FROM generate_series(1, 100000) c CROSS JOIN generate_series(0, 1) k`,
		`INSERT INTO chat_orders (shop_id, order_shopify_id, conversation_id, order_name, currency, total_price,
 chat_lines_total, ordered_at)
SELECT $1, g, 'c' || (g * 20), '#' || g, CASE WHEN g % 4 = 0 THEN 'USD' ELSE 'EUR' END, (20 + g % 180) || '.90',
 CASE WHEN g % 2 = 0 THEN (10 + g % 50) || '.00' ELSE '0' END,
 $2::timestamptz - ((g * 20) % 129600) * interval '1 minute' + interval '1 hour'
FROM generate_series(1, 5000) g`,
	} {
		if _, err := sqlDB.ExecContext(ctx, q, shop.ID, now); err != nil {
			b.Fatalf("seed: %v\n%s", err, q)
		}
	}
	if _, err := sqlDB.ExecContext(ctx, "ANALYZE"); err != nil {
		b.Fatal(err)
	}
	for _, days := range []int{30, 90} {
		b.Run(map[int]string{30: "30-days", 90: "90-days"}[days], func(b *testing.B) {
			q := db.ReportQuery{ShopID: shop.ID, Since: now.AddDate(0, 0, -days), Until: now.Add(time.Minute), Loc: time.UTC, Now: now}
			for i := 0; i < b.N; i++ {
				r, err := s.Analytics(ctx, q)
				if err != nil {
					b.Fatal(err)
				}
				if r.Conversations == 0 || r.AssistedOrders == 0 || len(r.Products) == 0 {
					b.Fatalf("report empty: %+v", r.Summary)
				}
			}
		})
	}
}

package db_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"shopassist/db"
	"shopassist/db/dbtest"
)

// BenchmarkAnalytics measures a 30-day report over 2,000 conversations
// (8,000 messages) of one shop, next to another shop's equal volume.
func BenchmarkAnalytics(b *testing.B) {
	s := dbtest.Open(b)
	ctx := context.Background()
	until := time.Now().UTC()
	var shopID int64
	for _, domain := range []string{"a.myshopify.com", "b.myshopify.com"} {
		shop, err := s.EnsureShop(ctx, domain)
		if err != nil {
			b.Fatal(err)
		}
		shopID = shop.ID
		for i := 0; i < 2000; i++ {
			start := until.Add(-time.Duration(i%(30*24)) * time.Hour)
			card := []db.Card{{Type: "product", Title: fmt.Sprintf("Product %d", i%40)}}
			c := &db.Conversation{ID: fmt.Sprintf("%s-%d", domain, i), ShopID: shop.ID, TokenHash: "h", Language: []string{"en", "es", "fr", "de"}[i%4],
				Status: db.ConversationOpen, Handoff: i%9 == 0, CreatedAt: start, UpdatedAt: start, LastMessageAt: start}
			msgs := []*db.Message{
				{Role: db.RoleShopper, Text: fmt.Sprintf("question %d", i%50), Intent: []string{"faq", "other", "order_status"}[i%3], IntentConfidence: 0.8, CreatedAt: start},
				{Role: db.RoleBot, Text: "answer", Cards: db.NewJSON(card), Rating: []int{0, 1, -1}[i%3], CreatedAt: start.Add(time.Second)},
				{Role: db.RoleShopper, Text: "thanks", Intent: "greeting", CreatedAt: start.Add(time.Minute)},
				{Role: db.RoleBot, Text: "bye", CreatedAt: start.Add(time.Minute + time.Second)},
			}
			if err := s.ImportConversation(ctx, c, msgs); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r, err := s.Analytics(ctx, db.ReportQuery{ShopID: shopID, Since: until.AddDate(0, 0, -30), Until: until.Add(time.Second), Loc: time.UTC})
		if err != nil || r.Conversations != 2000 {
			b.Fatalf("report: %v %d", err, r.Conversations)
		}
	}
}

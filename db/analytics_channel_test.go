package db_test

import (
	"context"
	"testing"
	"time"

	"shopassist/db"
	"shopassist/db/dbtest"
)

// TestAnalyticsChannels: the report breaks conversations down by channel,
// and a channel filter narrows every figure (summary, per day, unanswered
// questions, feedback) to that channel's conversations.
func TestAnalyticsChannels(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, err := s.EnsureShop(ctx, "chan.myshopify.com")
		if err != nil {
			t.Fatal(err)
		}
		now := time.Date(2026, 3, 20, 12, 0, 0, 0, time.UTC)
		seed := []struct {
			id, channel, outcome string
			rating               int
			comment              string
		}{
			{"w1", db.ChannelWeb, db.OutcomeAnswered, 1, "great"},
			{"w2", db.ChannelWeb, db.OutcomeFallback, 0, ""},
			{"wa1", "whatsapp", db.OutcomeAnswered, 0, ""},
			{"wa2", "whatsapp", db.OutcomeAnswered, -1, "slow"},
			{"wa3", "whatsapp", db.OutcomeFallback, 0, ""},
			{"e1", "email", db.OutcomeAnswered, 0, ""},
			{"ig1", "instagram", db.OutcomeFallback, 0, ""},
		}
		for i, c := range seed {
			start := now.Add(-time.Duration(i+1) * time.Hour)
			conv := &db.Conversation{ID: c.id, ShopID: shop.ID, TokenHash: "h-" + c.id, Language: "en", Status: db.ConversationOpen,
				Topic: "shipping_info", LastIntent: "shipping_info", LastOutcome: c.outcome, Rating: c.rating, FeedbackComment: c.comment,
				Channel: c.channel, ChannelAddress: "addr-" + c.id, CreatedAt: start, UpdatedAt: start, LastMessageAt: start.Add(time.Minute)}
			msgs := []*db.Message{{Role: db.RoleShopper, Text: "question from " + c.id, Intent: "shipping_info", Outcome: c.outcome, CreatedAt: start},
				{Role: db.RoleBot, Text: "…", Outcome: c.outcome, CreatedAt: start.Add(time.Second)}}
			if err := s.ImportConversation(ctx, conv, msgs); err != nil {
				t.Fatal(err)
			}
		}
		q := db.ReportQuery{ShopID: shop.ID, Since: now.AddDate(0, 0, -7), Until: now.Add(time.Hour), Now: now}
		all, err := s.Analytics(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		want := map[string][3]int{ // conversations, engaged, resolved
			"whatsapp": {3, 3, 1}, "web": {2, 2, 1}, "email": {1, 1, 1}, "instagram": {1, 1, 0},
		}
		if len(all.Channels) != len(want) || all.Channels[0].Key != "whatsapp" {
			t.Fatalf("channels %+v", all.Channels)
		}
		for _, g := range all.Channels {
			if w := want[g.Key]; [3]int{g.Conversations, g.Engaged, g.Resolved} != w {
				t.Errorf("%s: %d/%d/%d, want %v", g.Key, g.Conversations, g.Engaged, g.Resolved, w)
			}
		}
		if all.Conversations != 7 {
			t.Fatalf("all channels: %d conversations", all.Conversations)
		}
		tests := []struct {
			channel               string
			convs, resolved, gaps int
			feedback              []string
		}{
			{"whatsapp", 3, 1, 1, []string{"wa2"}},
			{"web", 2, 1, 1, []string{"w1"}},
			{"email", 1, 1, 0, nil},
			{"messenger", 0, 0, 0, nil},
		}
		for _, tt := range tests {
			t.Run(tt.channel, func(t *testing.T) {
				fq := q
				fq.Channel = tt.channel
				r, err := s.Analytics(ctx, fq)
				if err != nil {
					t.Fatal(err)
				}
				days := 0
				for _, d := range r.PerDay {
					days += d.N
				}
				if r.Conversations != tt.convs || r.Resolved != tt.resolved || days != tt.convs || len(r.Unanswered) != tt.gaps {
					t.Fatalf("%s: %d conversations, %d resolved, %d per day, %d unanswered; want %d, %d, %d, %d",
						tt.channel, r.Conversations, r.Resolved, days, len(r.Unanswered), tt.convs, tt.resolved, tt.convs, tt.gaps)
				}
				if len(r.Feedback) != len(tt.feedback) {
					t.Fatalf("feedback %+v, want %v", r.Feedback, tt.feedback)
				}
				for i, f := range r.Feedback {
					if f.ConversationID != tt.feedback[i] {
						t.Fatalf("feedback %+v, want %v", r.Feedback, tt.feedback)
					}
				}
				if tt.convs > 0 && (len(r.Channels) != 1 || r.Channels[0].Key != tt.channel) {
					t.Fatalf("filtered breakdown %+v", r.Channels)
				}
			})
		}
	})
}

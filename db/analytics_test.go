package db_test

import (
	"context"
	"reflect"
	"testing"
	"time"

	"shopassist/db"
	"shopassist/db/dbtest"
)

// seedConv is one conversation with a known ending.
type seedConv struct {
	id, lang, country, topic, outcome string
	customer                          int64
	handoff                           bool
	reason                            string
	reopened                          bool
	rating                            int
	comment                           string
	start                             time.Time
	msgs                              []*db.Message
}

func importSeed(t *testing.T, s *db.Store, shopID int64, c seedConv) {
	t.Helper()
	for i, m := range c.msgs {
		if m.CreatedAt.IsZero() {
			m.CreatedAt = c.start.Add(time.Duration(i) * time.Second)
		}
	}
	status := db.ConversationOpen
	if c.handoff {
		status = db.ConversationHandoff
	}
	conv := &db.Conversation{ID: c.id, ShopID: shopID, TokenHash: "h-" + c.id, Language: c.lang, Country: c.country,
		Status: status, Handoff: c.handoff, HandoffReason: c.reason, Topic: c.topic, LastIntent: c.topic,
		LastOutcome: c.outcome, Reopened: c.reopened, Rating: c.rating, FeedbackComment: c.comment, CustomerID: c.customer,
		CreatedAt: c.start, UpdatedAt: c.start, LastMessageAt: c.start.Add(time.Minute)}
	if err := s.ImportConversation(context.Background(), conv, c.msgs); err != nil {
		t.Fatal(err)
	}
}

// TestAnalyticsKnownOutcomes seeds conversations whose ending is known and
// checks every metric exactly: resolution (durable, pending, reopened in
// the same chat and by a new chat of the same customer), handoffs, ratings,
// attributed revenue per currency, demand signals and unanswered questions.
func TestAnalyticsKnownOutcomes(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		a, _ := s.EnsureShop(ctx, "a.myshopify.com")
		b, _ := s.EnsureShop(ctx, "b.myshopify.com")
		now := time.Date(2026, 3, 20, 12, 0, 0, 0, time.UTC)
		since := now.AddDate(0, 0, -14)
		ago := func(d time.Duration) time.Time { return now.Add(-d) }
		day := 24 * time.Hour
		q := func(text, in, outcome string) *db.Message {
			return &db.Message{Role: db.RoleShopper, Text: text, Intent: in, IntentConfidence: 0.9, Outcome: outcome}
		}
		bot := func(outcome string, rating int) *db.Message {
			return &db.Message{Role: db.RoleBot, Text: "…", Outcome: outcome, Rating: rating}
		}
		for _, c := range []seedConv{
			// Answered 10 days ago, never reopened: resolved and durable.
			{id: "r1", lang: "en", country: "US", topic: "order_status", outcome: db.OutcomeAnswered, start: ago(10 * day),
				msgs: []*db.Message{q("where is my order", "order_status", "answered"), bot("answered", 0),
					q("thanks", "thanks", "closing"), bot("closing", 0)}},
			// Answered yesterday: resolved, still inside the reopen window.
			{id: "r2", lang: "de", country: "DE", topic: "shipping_info", outcome: db.OutcomeAnswered, rating: 1,
				comment: "Sehr hilfreich", start: ago(day),
				msgs: []*db.Message{q("Versand nach Österreich?", "shipping_info", "answered"), bot("answered", 0)}},
			// Ended on an empty product search, a fallback, a clarification.
			{id: "f1", lang: "en", country: "US", topic: "product_recommendation", outcome: db.OutcomeNoMatch, start: ago(2 * day),
				msgs: []*db.Message{q("backpack under 100", "product_recommendation", "no_match"), bot("no_match", 0)}},
			{id: "f2", lang: "fr", country: "FR", topic: "faq", outcome: db.OutcomeFallback, start: ago(3 * day),
				msgs: []*db.Message{q("Do you sell gift cards?", "other", "fallback"), bot("fallback", 0),
					q("do you sell gift cards", "other", "fallback"), bot("fallback", 0),
					q("danke", "thanks", "fallback"), q("me: ana@example.com", "other", "fallback"),
					q("+49 151 2345 6789", "other", "fallback")}},
			{id: "cl", lang: "es", country: "ES", topic: "product_question", outcome: db.OutcomeClarify, start: ago(2 * day),
				msgs: []*db.Message{q("y eso?", "product_question", "clarify"), bot("clarify", 0)}},
			// Handed to a person.
			{id: "h1", lang: "en", country: "GB", topic: "human_handoff", outcome: db.OutcomeHandoff, handoff: true,
				reason: "requested", rating: -1, comment: "took too long", start: ago(4 * day),
				msgs: []*db.Message{q("a human please", "human_handoff", "handoff"), bot("handoff", 0)}},
			// Answered but the answer got a thumbs-down.
			{id: "neg", lang: "en", country: "US", topic: "faq", outcome: db.OutcomeAnswered, start: ago(9 * day),
				msgs: []*db.Message{q("warranty?", "faq", "answered"), bot("answered", -1)}},
			// Answered, then the same topic came back in the same chat.
			{id: "ro", lang: "en", country: "US", topic: "return_request", outcome: db.OutcomeAnswered, reopened: true,
				start: ago(8 * day), msgs: []*db.Message{q("return", "return_request", "answered"), bot("answered", 0)}},
			// Only said hello: not engaged.
			{id: "g", lang: "en", country: "US", start: ago(5 * day),
				msgs: []*db.Message{q("hi", "greeting", "greeting"), bot("greeting", 0)}},
			// Customer 42 asked twice about the same order within a week:
			// the first answer did not last.
			{id: "x1", lang: "en", country: "US", topic: "order_status", outcome: db.OutcomeAnswered, customer: 42,
				start: ago(3 * day), msgs: []*db.Message{q("order?", "order_status", "answered"), bot("answered", 0)}},
			{id: "x2", lang: "en", country: "US", topic: "order_status", outcome: db.OutcomeAnswered, customer: 42,
				start: ago(2 * day), msgs: []*db.Message{q("order again?", "order_status", "answered"), bot("answered", 0)}},
			// The previous period.
			{id: "old", lang: "en", topic: "faq", outcome: db.OutcomeAnswered, start: since.Add(-day),
				msgs: []*db.Message{q("faq", "faq", "answered"), bot("answered", 0)}},
		} {
			importSeed(t, s, a.ID, c)
		}
		importSeed(t, s, b.ID, seedConv{id: "b1", lang: "fr", topic: "faq", outcome: db.OutcomeAnswered, start: ago(day),
			msgs: []*db.Message{q("b", "faq", "answered"), bot("answered", 0)}})

		if n, err := s.MarkReopened(ctx, a.ID, 42, "x2", "order_status", ago(2*day)); err != nil || n != 1 {
			t.Fatalf("mark reopened: %d %v", n, err)
		}
		// Nothing more to flag: x1 is flagged already, x2 is the new chat.
		if n, err := s.MarkReopened(ctx, a.ID, 42, "x2", "order_status", ago(2*day)); err != nil || n != 0 {
			t.Fatalf("mark reopened again: %d %v", n, err)
		}

		for _, o := range []struct {
			o    db.ChatOrder
			want bool
		}{
			{db.ChatOrder{OrderShopifyID: 1001, ConversationID: "r2", Currency: "EUR", TotalPrice: "120.50", ChatLinesTotal: "80.00"}, true},
			// orders/updated for the same order: one order, newest figures.
			{db.ChatOrder{OrderShopifyID: 1001, ConversationID: "r2", Currency: "EUR", TotalPrice: "120.50", ChatLinesTotal: "80.00"}, true},
			{db.ChatOrder{OrderShopifyID: 1002, ConversationID: "r2", Currency: "EUR", TotalPrice: "10.25", ChatLinesTotal: "0"}, true},
			{db.ChatOrder{OrderShopifyID: 1003, ConversationID: "x2", Currency: "USD", TotalPrice: "99.99", ChatLinesTotal: "0"}, true},
			{db.ChatOrder{OrderShopifyID: 1004, ConversationID: "nope", Currency: "USD", TotalPrice: "5.00"}, false},
			{db.ChatOrder{OrderShopifyID: 1005, ConversationID: "b1", Currency: "USD", TotalPrice: "5.00"}, false},
		} {
			o.o.ShopID, o.o.OrderName, o.o.OrderedAt = a.ID, "#1", ago(day)
			got, err := s.LinkChatOrder(ctx, o.o)
			if err != nil || got != o.want {
				t.Fatalf("link %+v: %v %v", o.o, got, err)
			}
		}

		if _, _, err := s.UpsertProducts(ctx, a.ID, []db.Product{{ShopifyID: 501, Title: "Aurora Rain Shell", Handle: "aurora", Status: "active",
			Variants: []db.Variant{{ShopifyID: 9001, Title: "XXL"}}}}); err != nil {
			t.Fatal(err)
		}
		sig := func(conv, kind string, product, variant int64, label, lang string) db.DemandSignal {
			return db.DemandSignal{ShopID: a.ID, ConversationID: conv, Kind: kind, ProductID: product, VariantID: variant,
				Label: label, Language: lang, CreatedAt: ago(day)}
		}
		if err := s.AddDemandSignals(ctx, []db.DemandSignal{
			sig("r1", db.SignalAsked, 501, 0, "", "en"), sig("r2", db.SignalAsked, 501, 0, "", "de"),
			sig("r1", db.SignalRecommended, 501, 0, "", "en"), sig("f1", db.SignalRecommended, 501, 0, "", "en"),
			sig("cl", db.SignalRecommended, 501, 0, "", "es"), sig("r2", db.SignalAddedToCart, 501, 7001, "", "de"),
			sig("f1", db.SignalNoMatch, 0, 0, "type=Backpacks max=100", "en"),
			sig("cl", db.SignalNoMatch, 0, 0, "type=Backpacks max=100", "es"), sig("f1", db.SignalNoMatch, 0, 0, "size=xxl", "en"),
			sig("r1", db.SignalOutOfStock, 501, 9001, "", "en"), sig("cl", db.SignalOutOfStock, 501, 9001, "", "es"),
		}); err != nil {
			t.Fatal(err)
		}

		r, err := s.Analytics(ctx, db.ReportQuery{ShopID: a.ID, Since: since, Until: now, Loc: time.UTC, Now: now})
		if err != nil {
			t.Fatal(err)
		}
		want := db.Summary{Conversations: 11, Engaged: 10, Resolved: 3, Durable: 1, Pending: 2, Reopened: 2,
			AssistedByHuman: 1, RatedUp: 1, RatedDown: 1, AssistedOrders: 3, Converted: 2,
			Revenue: []db.Money{{Currency: "EUR", Amount: "130.75", Orders: 2}, {Currency: "USD", Amount: "99.99", Orders: 1}}}
		if !reflect.DeepEqual(r.Summary, want) {
			t.Errorf("summary\n got %+v\nwant %+v", r.Summary, want)
		}
		if r.Previous.Conversations != 1 || r.Previous.Resolved != 1 || r.Previous.Durable != 1 {
			t.Errorf("previous period: %+v", r.Previous)
		}
		wantOutcomes := []db.Count{{Label: "answered", N: 3}, {Label: "reopened", N: 2}, {Label: "clarify", N: 1},
			{Label: "fallback", N: 1}, {Label: "handoff", N: 1}, {Label: "no_match", N: 1}, {Label: "rated_down", N: 1}}
		if !reflect.DeepEqual(r.Outcomes, wantOutcomes) {
			t.Errorf("outcomes: %+v", r.Outcomes)
		}
		if !reflect.DeepEqual(r.HandoffReasons, []db.Count{{Label: "requested", N: 1}}) {
			t.Errorf("handoff reasons: %+v", r.HandoffReasons)
		}
		if en := r.Languages[0]; en != (db.Segment{Key: "en", Conversations: 8, Engaged: 7, Resolved: 2, Rated: 1}) {
			t.Errorf("english: %+v", en)
		}
		var os db.Segment
		for _, g := range r.TopicSegments {
			if g.Key == "order_status" {
				os = g
			}
		}
		if os != (db.Segment{Key: "order_status", Conversations: 3, Engaged: 3, Resolved: 2}) {
			t.Errorf("order status topic: %+v", os)
		}
		if m := r.Markets[0]; m != (db.Market{Country: "US", Language: "en", N: 6}) {
			t.Errorf("markets: %+v", r.Markets)
		}
		if !reflect.DeepEqual(r.Unanswered, []db.Count{{Label: "Do you sell gift cards?", N: 2}}) {
			t.Errorf("unanswered: %+v", r.Unanswered)
		}
		wantProducts := []db.ProductDemand{{ProductID: 501, Title: "Aurora Rain Shell", Asked: 2, Recommended: 3, AddedToCart: 1}}
		if !reflect.DeepEqual(r.Products, wantProducts) {
			t.Errorf("products: %+v", r.Products)
		}
		if !reflect.DeepEqual(r.NoMatch, []db.Count{{Label: "type=Backpacks max=100", N: 2}, {Label: "size=xxl", N: 1}}) {
			t.Errorf("no match: %+v", r.NoMatch)
		}
		if !reflect.DeepEqual(r.OutOfStock, []db.VariantDemand{{ProductID: 501, VariantID: 9001, Title: "Aurora Rain Shell — XXL", N: 2}}) {
			t.Errorf("out of stock: %+v", r.OutOfStock)
		}
		if !reflect.DeepEqual(r.ChatLinesRevenue, []db.Money{{Currency: "EUR", Amount: "80.00", Orders: 1}}) {
			t.Errorf("chat lines: %+v", r.ChatLinesRevenue)
		}
		if len(r.Feedback) != 2 || r.Feedback[0].ConversationID != "r2" || r.Feedback[0].Comment != "Sehr hilfreich" {
			t.Errorf("feedback: %+v", r.Feedback)
		}
		total := 0
		for _, d := range r.PerDay {
			total += d.N
		}
		if len(r.PerDay) != 15 || total != 11 {
			t.Errorf("per day: %d days, %d conversations", len(r.PerDay), total)
		}
		if r.MedianFirstReply != time.Second {
			t.Errorf("median first reply %v", r.MedianFirstReply)
		}
	})
}

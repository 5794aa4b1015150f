package db_test

import (
	"context"
	"reflect"
	"testing"
	"time"

	"shopassist/db"
	"shopassist/db/dbtest"
)

// TestAnalyticsSummaryMatchesReport: the admin home page's headline
// figures (AnalyticsSummary) and the analytics page's (Analytics) are
// computed by different calls; for the same shop and period they must
// agree, or a merchant sees two resolution rates for one week.
func TestAnalyticsSummaryMatchesReport(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, _ := s.EnsureShop(ctx, "sum.myshopify.com")
		other, _ := s.EnsureShop(ctx, "other.myshopify.com")
		now := time.Date(2026, 5, 10, 12, 0, 0, 0, time.UTC)
		since := now.AddDate(0, 0, -7)
		day := 24 * time.Hour
		q := func(text, in, outcome string) *db.Message {
			return &db.Message{Role: db.RoleShopper, Text: text, Intent: in, IntentConfidence: 0.9, Outcome: outcome}
		}
		bot := func(outcome string) *db.Message { return &db.Message{Role: db.RoleBot, Text: "…", Outcome: outcome} }
		for _, c := range []seedConv{
			{id: "s-ok", lang: "en", topic: "faq", outcome: db.OutcomeAnswered, rating: 1, start: now.Add(-5 * day),
				msgs: []*db.Message{q("warranty?", "faq", "answered"), bot("answered")}},
			{id: "s-new", lang: "de", topic: "shipping_info", outcome: db.OutcomeAnswered, start: now.Add(-day),
				msgs: []*db.Message{q("Versand?", "shipping_info", "answered"), bot("answered")}},
			{id: "s-miss", lang: "fr", topic: "faq", outcome: db.OutcomeFallback, rating: -1, start: now.Add(-2 * day),
				msgs: []*db.Message{q("cartes cadeaux ?", "other", "fallback"), bot("fallback")}},
			{id: "s-human", lang: "en", topic: "human_handoff", outcome: db.OutcomeHandoff, handoff: true, reason: "requested",
				start: now.Add(-3 * day), msgs: []*db.Message{q("a person please", "human_handoff", "handoff"), bot("handoff")}},
			{id: "s-hi", lang: "en", start: now.Add(-4 * day), msgs: []*db.Message{q("hi", "greeting", "greeting"), bot("greeting")}},
			// Before the period: counted in neither.
			{id: "s-old", lang: "en", topic: "faq", outcome: db.OutcomeAnswered, start: since.Add(-day),
				msgs: []*db.Message{q("old", "faq", "answered"), bot("answered")}},
		} {
			importSeed(t, s, shop.ID, c)
		}
		importSeed(t, s, other.ID, seedConv{id: "o-1", lang: "en", topic: "faq", outcome: db.OutcomeAnswered, start: now.Add(-day),
			msgs: []*db.Message{q("x", "faq", "answered"), bot("answered")}})
		for _, o := range []db.ChatOrder{
			{OrderShopifyID: 7001, ConversationID: "s-ok", Currency: "EUR", TotalPrice: "59.90"},
			{OrderShopifyID: 7002, ConversationID: "s-new", Currency: "GBP", TotalPrice: "20.00"},
		} {
			o.ShopID, o.OrderName, o.OrderedAt = shop.ID, "#1", now.Add(-day)
			if ok, err := s.LinkChatOrder(ctx, o); err != nil || !ok {
				t.Fatalf("link %+v: %v %v", o, ok, err)
			}
		}
		rq := db.ReportQuery{ShopID: shop.ID, Since: since, Until: now, Loc: time.UTC, Now: now}
		report, err := s.Analytics(ctx, rq)
		if err != nil {
			t.Fatal(err)
		}
		sum, err := s.AnalyticsSummary(ctx, rq)
		if err != nil {
			t.Fatal(err)
		}
		want := db.Summary{Conversations: 5, Engaged: 4, Resolved: 2, Durable: 0, Pending: 2, AssistedByHuman: 1,
			RatedUp: 1, RatedDown: 1, AssistedOrders: 2, Converted: 2,
			Revenue: []db.Money{{Currency: "EUR", Amount: "59.90", Orders: 1}, {Currency: "GBP", Amount: "20.00", Orders: 1}}}
		if !reflect.DeepEqual(sum, want) {
			t.Errorf("AnalyticsSummary\n got %+v\nwant %+v", sum, want)
		}
		if !reflect.DeepEqual(report.Summary, sum) {
			t.Errorf("Analytics and AnalyticsSummary disagree\nreport  %+v\nsummary %+v", report.Summary, sum)
		}
		if sum.ResolutionRate() != 0.5 || sum.ConversionRate() != 0.5 || sum.CSAT() != 0.5 {
			t.Errorf("rates: resolution %v conversion %v csat %v, want 0.5 each", sum.ResolutionRate(), sum.ConversionRate(), sum.CSAT())
		}
	})
}

// TestRatesOfEmptyPeriods: a shop without conversations or ratings shows
// 0 %, never NaN.
func TestRatesOfEmptyPeriods(t *testing.T) {
	var s db.Summary
	var g db.Segment
	for name, v := range map[string]float64{"resolution": s.ResolutionRate(), "conversion": s.ConversionRate(),
		"csat": s.CSAT(), "segment resolution": g.ResolutionRate(), "segment csat": g.CSAT(), "rate 0/0": db.Rate(0, 0)} {
		if v != 0 {
			t.Errorf("%s = %v, want 0", name, v)
		}
	}
	tests := []struct {
		part, whole int
		want        float64
	}{{1, 4, 0.25}, {3, 3, 1}, {0, 5, 0}}
	for _, tt := range tests {
		if got := db.Rate(tt.part, tt.whole); got != tt.want {
			t.Errorf("Rate(%d, %d) = %v, want %v", tt.part, tt.whole, got, tt.want)
		}
	}
	if g := (db.Segment{Engaged: 4, Resolved: 3, Rated: 2, RatedUp: 1}); g.ResolutionRate() != 0.75 || g.CSAT() != 0.5 {
		t.Errorf("segment rates %v %v", g.ResolutionRate(), g.CSAT())
	}
}

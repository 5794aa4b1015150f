package assistant_test

import (
	"context"
	"testing"
	"time"

	"shopassist/assistant"
	"shopassist/db"
)

// TestTurnOutcomesForAnalytics checks what the engine records for the
// analytics page: each turn's outcome on both messages, the conversation's
// topic (a closing keeps it), the reopen of an answered topic after a
// closing, and the demand signals of product turns.
func TestTurnOutcomesForAnalytics(t *testing.T) {
	env := newEnv(t, assistant.Options{})
	ctx := context.Background()
	type step struct {
		msg, wantOutcome, wantTopic string
		wantReopened                bool
	}
	tests := []struct {
		name        string
		customer    int64
		steps       []step
		wantSignals map[string]int
	}{
		{"answered then thanks then reopened", 0, []step{
			{"How long does shipping to Germany take?", db.OutcomeAnswered, "shipping_info", false},
			{"thanks!", db.OutcomeClosing, "shipping_info", false},
			{"How long does shipping to Germany take?", db.OutcomeAnswered, "shipping_info", true},
		}, nil},
		{"greeting keeps no topic", 0, []step{
			{"hello", db.OutcomeGreeting, "", false},
		}, nil},
		{"product search that finds nothing", 0, []step{
			{"I'm looking for a backpack under 1 euro", db.OutcomeNoMatch, "product_recommendation", false},
		}, map[string]int{db.SignalNoMatch: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var id, token string
			for _, s := range tt.steps {
				r, err := env.Engine.Reply(ctx, assistant.Request{Shop: env.Shop, ConversationID: id, ConversationToken: token,
					Message: s.msg, CustomerID: tt.customer, Country: "DE"})
				if err != nil {
					t.Fatal(err)
				}
				if id == "" {
					id, token = r.ConversationID, r.ConversationToken
				}
				conv, err := env.Store.GetConversation(ctx, env.Shop.ID, id)
				if err != nil {
					t.Fatal(err)
				}
				msgs, err := env.Store.ListMessages(ctx, id, 0, 100)
				if err != nil {
					t.Fatal(err)
				}
				last := msgs[len(msgs)-2:]
				if last[0].Outcome != s.wantOutcome || last[1].Outcome != s.wantOutcome {
					t.Errorf("%q: outcomes %q/%q, want %q (intent %s: %q)", s.msg, last[0].Outcome, last[1].Outcome,
						s.wantOutcome, r.Intent, r.Text)
				}
				if conv.Topic != s.wantTopic || conv.Reopened != s.wantReopened || conv.Country != "DE" {
					t.Errorf("%q: topic %q reopened %v country %q, want %q %v DE", s.msg, conv.Topic, conv.Reopened,
						conv.Country, s.wantTopic, s.wantReopened)
				}
			}
			r, err := env.Store.Analytics(ctx, db.ReportQuery{ShopID: env.Shop.ID, Since: time.Now().Add(-time.Hour),
				Until: time.Now().Add(time.Hour)})
			if err != nil {
				t.Fatal(err)
			}
			if want := tt.wantSignals[db.SignalNoMatch]; want > 0 && len(r.NoMatch) == 0 {
				t.Errorf("no-match signal missing: %+v", r.NoMatch)
			}
		})
	}

	// A logged-in customer asking the same thing in a new chat within the
	// week: the first chat's answer did not last.
	var first string
	for i := 0; i < 2; i++ {
		r, err := env.Engine.Reply(ctx, assistant.Request{Shop: env.Shop, Message: "How long does shipping to Germany take?",
			CustomerID: 77})
		if err != nil {
			t.Fatal(err)
		}
		if first == "" {
			first = r.ConversationID
		}
	}
	conv, err := env.Store.GetConversation(ctx, env.Shop.ID, first)
	if err != nil || !conv.Reopened {
		t.Errorf("first chat of the customer not reopened: %+v %v", conv, err)
	}
}

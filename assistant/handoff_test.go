package assistant_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"shopassist/assistant"
	"shopassist/db"
)

func TestHandoff(t *testing.T) {
	// Wednesday 2026-11-25 at 22:00 in Amsterdam: outside 09:00-17:00.
	night := time.Date(2026, 11, 25, 21, 0, 0, 0, time.UTC)
	tests := []struct {
		name        string
		messages    []string
		now         time.Time
		hoursOn     bool
		wantHandoff bool
		wantOffline bool
		wantReason  string
	}{
		{"asked for a human", []string{"can I speak to a human agent please"}, time.Time{}, false, true, false, "requested"},
		{"frustrated shopper", []string{"This is a SCAM!!! I want my money back NOW, worst shop ever"}, time.Time{}, false, true, false, "frustration"},
		{"two answers that did not help", []string{"blorp zzkq", "qwv xxj plonk"}, time.Time{}, false, true, false, "repeated_failure"},
		{"one miss is not enough", []string{"blorp zzkq"}, time.Time{}, false, false, false, ""},
		{"outside business hours", []string{"I need a person"}, night, true, true, true, "requested"},
		// Issue #12: an explicit ask for a person wins over an order number,
		// and closings never escalate, even after failed answers.
		{"person wins over order number", []string{"注文1031が届きません。担当者と話したいです"}, time.Time{}, false, true, false, "requested"},
		{"thanks and bye after a miss", []string{"blorp zzkq", "thanks", "bye"}, time.Time{}, false, false, false, ""},
	}
	base := newEnv(t, assistant.Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := assistant.Options{}
			if !tt.now.IsZero() {
				opts.Now = func() time.Time { return tt.now }
			}
			env := withOptions(t, base, opts)
			ctx := context.Background()
			shop := *env.Shop
			st := shop.Settings.V
			st.BusinessHours.Enabled = tt.hoursOn
			st.BusinessHours.Timezone = "Europe/Amsterdam"
			shop.Settings = db.NewJSON(st)
			var r *assistant.Reply
			var id, token string
			for _, m := range tt.messages {
				var err error
				r, err = env.Engine.Reply(ctx, assistant.Request{Shop: &shop, ConversationID: id, ConversationToken: token, Message: m})
				if err != nil {
					t.Fatal(err)
				}
				if id == "" {
					id, token = r.ConversationID, r.ConversationToken
				}
			}
			if r.Handoff != tt.wantHandoff || r.Offline != tt.wantOffline {
				t.Fatalf("handoff=%v offline=%v, want %v %v; reply %q", r.Handoff, r.Offline, tt.wantHandoff, tt.wantOffline, r.Text)
			}
			conv, err := env.Store.GetConversation(ctx, shop.ID, id)
			if err != nil {
				t.Fatal(err)
			}
			if conv.HandoffReason != tt.wantReason {
				t.Fatalf("reason %q, want %q", conv.HandoffReason, tt.wantReason)
			}
			if tt.wantHandoff && (conv.Status != db.ConversationHandoff || !strings.Contains(conv.HandoffSummary, "Last messages:")) {
				t.Fatalf("conversation not flagged with a summary: %+v", conv)
			}
			if tt.wantOffline && (!strings.Contains(r.Text, "back Thu 9:00 AM (Europe/Amsterdam time)") || strings.Contains(r.Text, "connecting")) {
				t.Fatalf("want only the away notice with the next opening: %q", r.Text)
			}
		})
	}
}

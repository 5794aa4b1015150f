package assistant_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"shopassist/assistant"
	"shopassist/db"
)

// TestHandoffExpectedReplyTime: on a handoff the shopper is told how soon
// the team usually replies, in their language: the merchant's setting, or
// the median of past first agent replies once there are enough; nothing
// without data, and nothing while the team is away (the away notice says
// when it is back).
func TestHandoffExpectedReplyTime(t *testing.T) {
	// Wednesday 2026-11-25 at 22:00 in Amsterdam: outside 09:00-17:00.
	night := time.Date(2026, 11, 25, 21, 0, 0, 0, time.UTC)
	day := time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		name     string
		message  string
		hours    int             // merchant setting
		past     []time.Duration // first agent reply delays of earlier handoffs
		now      time.Time
		hoursOn  bool
		want     string
		wantNone bool
	}{
		{"setting, German", "Ich möchte mit einem Menschen sprechen", 3, nil, day, false, "innerhalb von etwa 3 Stunden", false},
		{"setting, Arabic", "أريد التحدث مع شخص حقيقي", 2, nil, day, false, "خلال ساعتين", false},
		{"measured median, Spanish", "quiero hablar con una persona",
			0, []time.Duration{12 * time.Minute, 19 * time.Minute, 4 * time.Hour}, day, false, "en unos 20 minutos", false},
		{"measured hours, English", "I want to talk to a real person",
			0, []time.Duration{2 * time.Hour, 150 * time.Minute, 3 * time.Hour}, day, false, "within about 3 hours", false},
		{"too few replies to tell", "I want to talk to a real person", 0, []time.Duration{time.Hour, time.Hour}, day, false, "", true},
		{"away: no promise", "I need a person", 1, nil, night, true, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := newEnv(t, assistant.Options{Now: func() time.Time { return tt.now }})
			ctx := context.Background()
			shop := *env.Shop
			st := shop.Settings.V
			st.Handoff.ExpectedReplyHours = tt.hours
			st.BusinessHours.Enabled = tt.hoursOn
			st.BusinessHours.Timezone = "Europe/Amsterdam"
			shop.Settings = db.NewJSON(st)
			for i, d := range tt.past {
				at := tt.now.Add(-time.Duration(i+1) * 24 * time.Hour)
				c := &db.Conversation{ID: fmt.Sprintf("past-%d", i), ShopID: shop.ID, TokenHash: "h", Language: "en",
					Status: db.ConversationResolved, Handoff: true, CreatedAt: at, UpdatedAt: at, LastMessageAt: at.Add(d)}
				if err := env.Store.ImportConversation(ctx, c, []*db.Message{
					{Role: db.RoleShopper, Text: "help", CreatedAt: at},
					{Role: db.RoleBot, Text: "Connecting you.", CreatedAt: at.Add(time.Second)},
					{Role: db.RoleAgent, Text: "Hi!", CreatedAt: at.Add(d)},
					{Role: db.RoleAgent, Text: "Anything else?", CreatedAt: at.Add(d + 10*time.Hour)},
				}); err != nil {
					t.Fatal(err)
				}
			}
			r, err := env.Engine.Reply(ctx, assistant.Request{Shop: &shop, Message: tt.message})
			if err != nil {
				t.Fatal(err)
			}
			if !r.Handoff {
				t.Fatalf("no handoff: %q", r.Text)
			}
			if tt.wantNone {
				for _, marker := range []string{"usually replies", "within about"} {
					if strings.Contains(r.Text, marker) {
						t.Fatalf("reply promises a reply time: %q", r.Text)
					}
				}
				return
			}
			if !strings.Contains(r.Text, tt.want) {
				t.Fatalf("reply %q does not contain %q", r.Text, tt.want)
			}
		})
	}
}

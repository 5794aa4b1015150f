package assistant_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"shopassist/assistant"
	"shopassist/db"
)

// TestAwayNoticeVariants pins what a shopper reads on a handoff while the
// team is away: the merchant's own offline message in the shopper's
// language when there is one (the default notice otherwise, never the
// message of another language), the plain notice when no day has hours,
// and for a frustrated shopper both the apology and the notice.
func TestAwayNoticeVariants(t *testing.T) {
	// Wednesday 2026-11-25 at 22:00 in Amsterdam.
	night := time.Date(2026, 11, 25, 21, 0, 0, 0, time.UTC)
	weekdays := map[string]string{"mon": "09:00-17:00", "tue": "09:00-17:00", "wed": "09:00-17:00", "thu": "09:00-17:00", "fri": "09:00-17:00"}
	tests := []struct {
		name    string
		msg     string
		days    map[string]string
		offline map[string]string
		want    []string
		never   []string
	}{
		{"merchant's message in the shopper's language", "can I speak to a human agent please", weekdays,
			map[string]string{"en": "We are closed for inventory until Monday.", "de": "Wir machen Inventur."},
			[]string{"We are closed for inventory until Monday."}, []string{"back Thu", "Inventur"}},
		{"no message in this language: the default notice", "Ich möchte mit einem Mitarbeiter sprechen", weekdays,
			map[string]string{"en": "We are closed for inventory until Monday."},
			[]string{"Do. 09:00"}, []string{"inventory"}},
		{"no opening hours at all", "can I speak to a human agent please", nil, nil,
			[]string{"Our team is away right now. Your message is waiting"}, []string{"time)", "back Thu"}},
		{"frustrated shopper: apology and notice", "This is a SCAM!!! I want my money back NOW, worst shop ever", weekdays, nil,
			[]string{"sorry for the trouble", "back Thu 9:00 AM"}, nil},
	}
	base := newEnv(t, assistant.Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := withOptions(t, base, assistant.Options{Now: func() time.Time { return night }})
			shop := *env.Shop
			st := shop.Settings.V
			st.BusinessHours = db.BusinessHoursSettings{Enabled: true, Timezone: "Europe/Amsterdam", Days: tt.days, OfflineMessage: tt.offline}
			shop.Settings = db.NewJSON(st)
			r, err := env.Engine.Reply(context.Background(), assistant.Request{Shop: &shop, Message: tt.msg})
			if err != nil {
				t.Fatal(err)
			}
			if !r.Handoff || !r.Offline {
				t.Fatalf("handoff %v offline %v: %q", r.Handoff, r.Offline, r.Text)
			}
			for _, w := range tt.want {
				if !strings.Contains(r.Text, w) {
					t.Errorf("reply lacks %q:\n%s", w, r.Text)
				}
			}
			for _, n := range tt.never {
				if strings.Contains(r.Text, n) {
					t.Errorf("reply has %q:\n%s", n, r.Text)
				}
			}
		})
	}
}

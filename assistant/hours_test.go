package assistant_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"shopassist/assistant"
	"shopassist/db"
)

// TestAwayNoticeLocalized: outside business hours a handoff says when the
// team is back, with weekday and time written the shopper's way (CLDR) in
// the shopper's time zone, and never also "connecting you"; within hours it
// connects and says nothing about being away.
func TestAwayNoticeLocalized(t *testing.T) {
	// Wednesday 2026-11-25 22:00 in Amsterdam; the team is back Thursday 09:00.
	night := time.Date(2026, 11, 25, 21, 0, 0, 0, time.UTC)
	noon := time.Date(2026, 11, 25, 11, 0, 0, 0, time.UTC)
	tests := []struct {
		name, msg, zone string
		now             time.Time
		want            []string
		never           []string
	}{
		{"German shopper in Berlin", "Ich möchte mit einem Mitarbeiter sprechen", "Europe/Berlin", night,
			[]string{"ab Do. 09:00 (Ihre Zeit)"}, []string{"thu", "Thu", "09:00-17:00", "verbinde"}},
		{"German shopper in New York", "Ich möchte mit einem Mitarbeiter sprechen", "America/New_York", night,
			[]string{"ab Do. 03:00 (Ihre Zeit)"}, []string{"local time"}},
		{"English shopper, zone unknown", "can I speak to a human agent please", "", night,
			[]string{"back Thu 9:00 AM (Europe/Amsterdam time)"}, []string{"connecting"}},
		{"Japanese shopper in Tokyo", "担当者と話したいです", "Asia/Tokyo", night,
			[]string{"木曜日 17:00"}, nil},
		{"Korean shopper in Seoul", "상담원과 이야기하고 싶어요", "Asia/Seoul", night,
			[]string{"목요일 오후 5:00"}, nil},
		{"Arabic shopper in Riyadh", "أريد التحدث مع موظف", "Asia/Riyadh", night,
			[]string{"الخميس ١١:٠٠ ص"}, nil},
		{"within hours", "can I speak to a human agent please", "Europe/Berlin", noon,
			[]string{"connecting you"}, []string{"away"}},
	}
	base := newEnv(t, assistant.Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := withOptions(t, base, assistant.Options{Now: func() time.Time { return tt.now }})
			shop := *env.Shop
			st := shop.Settings.V
			st.BusinessHours.Enabled = true
			st.BusinessHours.Timezone = "Europe/Amsterdam"
			st.BusinessHours.Days = map[string]string{"mon": "09:00-17:00", "tue": "09:00-17:00", "wed": "09:00-17:00",
				"thu": "09:00-17:00", "fri": "09:00-17:00"}
			shop.Settings = db.NewJSON(st)
			r, err := env.Engine.Reply(context.Background(), assistant.Request{Shop: &shop, Message: tt.msg, TimeZone: tt.zone})
			if err != nil {
				t.Fatal(err)
			}
			if !r.Handoff {
				t.Fatalf("no handoff: %q", r.Text)
			}
			for _, w := range tt.want {
				if !strings.Contains(r.Text, w) {
					t.Errorf("reply lacks %q:\n%s", w, r.Text)
				}
			}
			for _, n := range tt.never {
				if strings.Contains(r.Text, n) {
					t.Errorf("reply contains %q:\n%s", n, r.Text)
				}
			}
		})
	}
}

package assistant_test

import (
	"context"
	"strings"
	"testing"

	"shopassist/assistant"
	"shopassist/assistant/intent"
)

// TestNewIntentRouting checks the skills issue #12 added: each new intent
// gets its own answer, closings offer a rating, unsupported languages get
// the store's language with a note, and unclear messages never get a topic.
func TestNewIntentRouting(t *testing.T) {
	env := newEnv(t, assistant.Options{})
	ctx := context.Background()
	tests := []struct {
		msg, locale string
		intent      string
		check       func(r *assistant.Reply) string
	}{
		{"thank you so much, bye!", "", intent.Thanks, func(r *assistant.Reply) string {
			if !r.AskRating || r.Handoff {
				return "a closing must offer a rating and not hand off"
			}
			return ""
		}},
		{"I love your products, keep up the good work", "", intent.Feedback, func(r *assistant.Reply) string {
			if !r.AskRating {
				return "feedback must offer a rating"
			}
			return ""
		}},
		{"your service is terrible, I am very disappointed", "", "", func(r *assistant.Reply) string {
			if r.Intent != intent.Complaint && !r.Handoff {
				return "a complaint is apologised for or handed over"
			}
			return ""
		}},
		{"what's the weather in Rome tomorrow", "", intent.OutOfScope, func(r *assistant.Reply) string {
			if len(r.Cards) > 0 || !strings.Contains(r.Text, "only help") {
				return "out of scope must say what the assistant can do, with no product cards"
			}
			return ""
		}},
		{"Đơn hàng của tôi ở đâu vậy? Tôi đã chờ hai tuần", "en", "", func(r *assistant.Reply) string {
			if r.ShopperLanguage != "vi" || r.Language != "en" || !strings.Contains(r.Text, "tiếng Việt") {
				return "Vietnamese must be answered in the store's language with a Vietnamese note"
			}
			return ""
		}},
	}
	for _, tt := range tests {
		r, err := env.Engine.Reply(ctx, assistant.Request{Shop: env.Shop, Message: tt.msg, Locale: tt.locale})
		if err != nil {
			t.Fatal(err)
		}
		if tt.intent != "" && r.Intent != tt.intent {
			t.Errorf("%q: intent %s, want %s (reply %q)", tt.msg, r.Intent, tt.intent, r.Text)
		}
		if msg := tt.check(r); msg != "" {
			t.Errorf("%q: %s; reply %+v", tt.msg, msg, r)
		}
	}
}

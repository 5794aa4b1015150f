package assistant_test

import (
	"context"
	"encoding/json"
	"os"
	"testing"

	"shopassist/assistant"
)

// TestThanksAndByeNeverHandOff: closing words in every supported language,
// even repeated (two "failed" turns would otherwise trigger the
// repeated-failure handoff), never hand the chat to a human.
func TestThanksAndByeNeverHandOff(t *testing.T) {
	tests := closings(t)
	env := newEnv(t, assistant.Options{})
	ctx := context.Background()
	for _, tt := range tests {
		t.Run(tt.Lang, func(t *testing.T) {
			var id, token string
			for _, m := range []string{tt.Thanks, tt.Bye, tt.Thanks, tt.Bye} {
				r, err := env.Engine.Reply(ctx, assistant.Request{Shop: env.Shop, ConversationID: id, ConversationToken: token, Message: m})
				if err != nil {
					t.Fatal(err)
				}
				if id == "" {
					id, token = r.ConversationID, r.ConversationToken
				}
				if r.Handoff {
					t.Fatalf("%q handed off (intent %s): %q", m, r.Intent, r.Text)
				}
			}
		})
	}
}

// closing is a thank-you and a goodbye in one language
// (testdata/closings.json, shared with the app's browser test).
type closing struct{ Lang, Thanks, Bye string }

func closings(t *testing.T) []closing {
	t.Helper()
	b, err := os.ReadFile("testdata/closings.json")
	if err != nil {
		t.Fatal(err)
	}
	var out []closing
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

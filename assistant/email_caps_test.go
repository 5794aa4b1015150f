package assistant_test

import (
	"context"
	"testing"

	"shopassist/assistant"
)

// TestEmailInCapitalsVerifies: an order's email typed in capitals (phones
// and some keyboards do) proves the order like any other case, and is not
// read as shouting.
func TestEmailInCapitalsVerifies(t *testing.T) {
	env := newEnv(t, assistant.Options{})
	ctx := context.Background()
	for _, email := range []string{"OLIVER.BENNETT@POST.EXAMPLE", "Oliver.Bennett@Post.Example", "oliver.bennett@post.example"} {
		t.Run(email, func(t *testing.T) {
			r, err := env.Engine.Reply(ctx, assistant.Request{Shop: env.Shop, Message: "Where is my order #1034?"})
			if err != nil {
				t.Fatal(err)
			}
			r, err = env.Engine.Reply(ctx, assistant.Request{Shop: env.Shop, ConversationID: r.ConversationID,
				ConversationToken: r.ConversationToken, Message: email})
			if err != nil {
				t.Fatal(err)
			}
			if r.Handoff || len(r.Cards) == 0 || r.Cards[0].OrderName != "#1034" {
				t.Fatalf("handoff %v cards %+v: %q", r.Handoff, r.Cards, r.Text)
			}
		})
	}
}

package assistant_test

import (
	"context"
	"errors"
	"testing"

	"shopassist/assistant"
)

// TestFeedback pins the widget's ratings: a whole-chat rating and comment
// land on the conversation (CSAT), a rating of a bot answer on that
// message; a rating other than ±1, a wrong token or a message of another
// conversation is refused and stores nothing.
func TestFeedback(t *testing.T) {
	env := newEnv(t, assistant.Options{})
	ctx := context.Background()
	mine, err := env.Engine.Reply(ctx, assistant.Request{Shop: env.Shop, Message: "What is your return policy?"})
	if err != nil {
		t.Fatal(err)
	}
	theirs, err := env.Engine.Reply(ctx, assistant.Request{Shop: env.Shop, Message: "Do you ship to Canada?"})
	if err != nil {
		t.Fatal(err)
	}
	id, token := mine.ConversationID, mine.ConversationToken
	refused := []struct {
		name, id, token, message string
		rating                   int
	}{
		{"rating 0", id, token, "", 0},
		{"rating 5", id, token, mine.MessageID, 5},
		{"wrong token", id, theirs.ConversationToken, "", 1},
		{"another conversation's message", id, token, theirs.MessageID, 1},
		{"message id not a number", id, token, "abc", 1},
	}
	for _, tt := range refused {
		if err := env.Engine.Feedback(ctx, env.Shop, 0, tt.id, tt.token, tt.message, tt.rating, "x"); err == nil {
			t.Errorf("%s: accepted", tt.name)
		} else if tt.rating == 1 && !errors.Is(err, assistant.ErrConversationNotFound) {
			t.Errorf("%s: err = %v, want ErrConversationNotFound", tt.name, err)
		}
	}
	conv, err := env.Store.GetConversation(ctx, env.Shop.ID, id)
	if err != nil {
		t.Fatal(err)
	}
	if conv.Rating != 0 || conv.FeedbackComment != "" {
		t.Fatalf("refused feedback stored: rating %d comment %q", conv.Rating, conv.FeedbackComment)
	}

	if err := env.Engine.Feedback(ctx, env.Shop, 0, id, token, mine.MessageID, -1, "did not answer"); err != nil {
		t.Fatal(err)
	}
	if err := env.Engine.Feedback(ctx, env.Shop, 0, id, token, "", 1, "  thanks,\x00 quick help  "); err != nil {
		t.Fatal(err)
	}
	conv, err = env.Store.GetConversation(ctx, env.Shop.ID, id)
	if err != nil {
		t.Fatal(err)
	}
	if conv.Rating != 1 || conv.FeedbackComment != "thanks, quick help" {
		t.Errorf("conversation rating %d comment %q", conv.Rating, conv.FeedbackComment)
	}
	msgs, err := env.Store.ListMessages(ctx, id, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	rated := 0
	for _, m := range msgs {
		if m.Rating != 0 {
			rated++
			if m.Rating != -1 || m.Role != "bot" {
				t.Errorf("message %d (%s) rated %d", m.ID, m.Role, m.Rating)
			}
		}
	}
	if rated != 1 {
		t.Errorf("%d messages rated, want 1", rated)
	}
}

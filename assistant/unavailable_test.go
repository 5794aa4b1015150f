package assistant_test

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"

	"shopassist/assistant"
	"shopassist/assistant/eval"
)

// TestFailedTurnStoresNothing: a database error while verifying is an
// error, not "not verified": no failure is counted, no message or state is
// stored, the shopper is told to retry, and the retry succeeds.
func TestFailedTurnStoresNothing(t *testing.T) {
	env := newEnv(t, assistant.Options{})
	ctx := context.Background()
	req := assistant.Request{Shop: env.Shop, ClientIP: "198.51.100.4", Message: "where is my order #1034?"}
	first, err := env.Engine.Reply(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	req.ConversationID, req.ConversationToken = first.ConversationID, first.ConversationToken
	before, err := env.Store.GetConversation(ctx, env.Shop.ID, first.ConversationID)
	if err != nil {
		t.Fatal(err)
	}

	// Orders become unreadable: every look-up fails as in an outage.
	exec(t, env, "ALTER TABLE orders RENAME TO orders_away")
	req.Message = "oliver.bennett@post.example"
	for i := 0; i < 6; i++ { // more than the attempt limit
		_, err = env.Engine.Reply(ctx, req)
		var unavailable *assistant.UnavailableError
		if !errors.As(err, &unavailable) {
			t.Fatalf("reply during the failure: err = %v, want UnavailableError", err)
		}
		if unavailable.Language != "en" || !strings.Contains(unavailable.Message, "temporarily unavailable") {
			t.Fatalf("unavailable reply = %+v", unavailable)
		}
	}
	exec(t, env, "ALTER TABLE orders_away RENAME TO orders")

	after, err := env.Store.GetConversation(ctx, env.Shop.ID, first.ConversationID)
	if err != nil {
		t.Fatal(err)
	}
	if after.UpdatedAt != before.UpdatedAt || after.CustomerEmail != "" || !reflect.DeepEqual(after.State.V, before.State.V) {
		t.Fatalf("failed turns changed the conversation: before %+v after %+v", before, after)
	}
	msgs, err := env.Store.ListMessages(ctx, first.ConversationID, 0, 100)
	if err != nil || len(msgs) != 2 {
		t.Fatalf("messages after failed turns: %d (%v), want the first 2", len(msgs), err)
	}
	attempts, err := env.Store.VerificationAttempts(ctx, env.Shop.ID, []string{"ip:198.51.100.4"})
	if err != nil || len(attempts) != 0 && attempts["ip:198.51.100.4"].Failures != 0 {
		t.Fatalf("database errors counted as failed verifications: %+v (%v)", attempts, err)
	}
	r, err := env.Engine.Reply(ctx, req)
	if err != nil || len(r.Cards) != 1 || r.Cards[0].OrderName != "#1034" {
		t.Fatalf("retry after the outage: %+v, %v", r, err)
	}
}

// TestOutageReplyInShoppersLanguage: with the database closed the engine
// still says, in the shopper's language, that it cannot answer now.
func TestOutageReplyInShoppersLanguage(t *testing.T) {
	env := newEnv(t, assistant.Options{})
	if err := env.Store.Close(); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ msg, locale, lang string }{
		{"¿Dónde está mi pedido 1034? Gracias", "es", "es"},
		{"Wo ist meine Bestellung 1034?", "de", "de"},
		{"注文1034はどこですか", "ja", "ja"},
	}
	for _, tt := range tests {
		_, err := env.Engine.Reply(context.Background(), assistant.Request{Shop: env.Shop, Message: tt.msg, Locale: tt.locale})
		var unavailable *assistant.UnavailableError
		if !errors.As(err, &unavailable) || unavailable.Language != tt.lang || unavailable.Message == "" ||
			strings.Contains(unavailable.Message, "temporarily_unavailable") {
			t.Fatalf("%q: err = %v (%+v)", tt.msg, err, unavailable)
		}
	}
}

func exec(t *testing.T, env *eval.Env, q string) {
	t.Helper()
	if _, err := env.Store.SQLDB().Exec(q); err != nil {
		t.Fatal(err)
	}
}

package assistant_test

import (
	"context"
	"slices"
	"sync"
	"testing"

	"shopassist/assistant"
)

// TestConcurrentTurnsKeepVerifiedOrder answers two messages of one
// conversation at the same instant on two engines (two replicas on one
// PostgreSQL when TEST_DATABASE_URL is set): one verifies an order, the
// other is small talk. In every one of 100 trials the verification
// survives — no turn writes back the state it read before the other's.
func TestConcurrentTurnsKeepVerifiedOrder(t *testing.T) {
	engines, store, shop := replicas(t)
	other := engines[len(engines)-1]
	ctx := context.Background()
	const trials = 100
	lost := 0
	for i := 0; i < trials; i++ {
		first, err := engines[0].Reply(ctx, assistant.Request{Shop: shop, Message: "hello"})
		if err != nil {
			t.Fatal(err)
		}
		req := assistant.Request{Shop: shop, ConversationID: first.ConversationID, ConversationToken: first.ConversationToken}
		verify, chat := req, req
		verify.Message = "where is my order #1034? oliver.bennett@post.example"
		chat.Message = "thanks, and do you ship to Canada?"
		var wg sync.WaitGroup
		start := make(chan struct{})
		errs := make([]error, 2)
		for j, job := range []struct {
			e *assistant.Engine
			r assistant.Request
		}{{engines[0], verify}, {other, chat}} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				_, errs[j] = job.e.Reply(ctx, job.r)
			}()
		}
		close(start)
		wg.Wait()
		for _, err := range errs {
			if err != nil {
				t.Fatal(err)
			}
		}
		conv, err := store.GetConversation(ctx, shop.ID, first.ConversationID)
		if err != nil {
			t.Fatal(err)
		}
		if conv.CustomerEmail != "oliver.bennett@post.example" || !slices.Contains(conv.State.V.Verified, 1034) {
			lost++
			continue
		}
		if conv.MessageCount != 6 {
			t.Fatalf("trial %d: %d messages stored, want 6", i, conv.MessageCount)
		}
	}
	if lost > 0 {
		t.Fatalf("verified order lost in %d of %d trials", lost, trials)
	}
}

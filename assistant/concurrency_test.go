package assistant_test

import (
	"context"
	"sync"
	"testing"

	"shopassist/assistant"
)

// TestConcurrentReplies runs conversations in parallel; with -race it
// checks the engine shares no mutable state between calls.
func TestConcurrentReplies(t *testing.T) {
	env := newEnv(t, assistant.Options{})
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			var id, token string
			for i := 0; i < 3; i++ {
				r, err := env.Engine.Reply(ctx, assistant.Request{Shop: env.Shop, ConversationID: id, ConversationToken: token,
					Message: benchMessages[(g+i)%len(benchMessages)]})
				if err != nil {
					errs <- err
					return
				}
				if id == "" {
					id, token = r.ConversationID, r.ConversationToken
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
}

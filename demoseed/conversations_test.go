package demoseed_test

import (
	"context"
	"testing"
	"time"

	"shopassist/db/dbtest"
	"shopassist/demo"
	"shopassist/demoseed"
)

// SeedConversations fills an empty demo shop once and leaves it alone on
// the next start, so the merchant's changes in the demo admin survive.
func TestSeedConversationsOnce(t *testing.T) {
	ctx := context.Background()
	store := dbtest.Open(t)
	now := time.Now()
	if _, err := demoseed.Seed(ctx, store, now); err != nil {
		t.Fatal(err)
	}
	shop, err := store.GetShop(ctx, demo.ShopDomain)
	if err != nil {
		t.Fatal(err)
	}
	counts := make([]int, 2)
	for i := range counts {
		if err := demoseed.SeedConversations(ctx, store, now); err != nil {
			t.Fatalf("run %d: %v", i+1, err)
		}
		n, err := store.CountConversations(ctx, shop.ID)
		if err != nil {
			t.Fatal(err)
		}
		counts[i] = int(n)
	}
	if counts[0] < 50 || counts[1] != counts[0] {
		t.Errorf("conversations after two runs = %v, want the same month of conversations (>= 50) twice", counts)
	}
}

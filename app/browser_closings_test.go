package app_test

import (
	"context"
	"encoding/json"
	"os"
	"sync/atomic"
	"testing"
	"time"

	"shopassist/app"
	"shopassist/db"
	"shopassist/internal/browsertest"
)

// TestBrowserClosingsNeverHandOff types "thanks" and "bye" in each of the
// 16 languages into the real widget, one conversation: a closing ends
// politely and never hands the chat to a person (two unanswered turns in a
// row would otherwise be a repeated-failure handoff).
func TestBrowserClosingsNeverHandOff(t *testing.T) {
	browsertest.Require(t)
	b, err := os.ReadFile("../assistant/testdata/closings.json")
	if err != nil {
		t.Fatal(err)
	}
	var closings []struct{ Lang, Thanks, Bye string }
	if err := json.Unmarshal(b, &closings); err != nil {
		t.Fatal(err)
	}
	if len(closings) != 16 {
		t.Fatalf("%d languages in closings.json, want 16", len(closings))
	}
	// A person types: a second passes on the app's clock before each
	// message, so the per-shopper rate limit (one a second after a burst
	// of 20) lets all 64 through without the test sleeping for them.
	var skew atomic.Int64
	clock := func() time.Time { return time.Now().Add(time.Duration(skew.Load())) }
	base, store := demoServerWith(t, app.Options{Now: clock})
	p := newDemoPage(t, base)
	p.open("/demo")
	for _, c := range closings {
		for _, m := range []string{c.Thanks, c.Bye} {
			skew.Add(int64(time.Second))
			reply := p.send(m)
			if reply == "" {
				t.Errorf("%s %q: empty reply", c.Lang, m)
			}
		}
	}
	ctx := context.Background()
	shop, err := store.GetShop(ctx, app.DemoShop)
	if err != nil {
		t.Fatal(err)
	}
	convs, err := store.ListConversations(ctx, shop.ID, db.ConversationFilter{Limit: 1})
	if err != nil || len(convs) != 1 {
		t.Fatalf("latest conversation: %v %v", convs, err)
	}
	c := convs[0]
	if c.MessageCount != 2*2*len(closings) {
		t.Fatalf("latest conversation has %d messages, want this test's %d", c.MessageCount, 4*len(closings))
	}
	if c.Handoff || c.Status == db.ConversationHandoff {
		t.Errorf("closings handed the chat off: status %s, reason %q", c.Status, c.HandoffReason)
	}
}

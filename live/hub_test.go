package live

import (
	"testing"
	"time"
)

func TestHubWakesOnlyItsConversation(t *testing.T) {
	h := NewHub()
	a, stopA := h.Subscribe("a")
	b, stopB := h.Subscribe("b")
	defer stopB()
	h.Notify("a")
	h.Notify("a") // a second signal before the waiter runs must not block
	select {
	case <-a:
	case <-time.After(time.Second):
		t.Fatal("waiter of a not woken")
	}
	select {
	case <-b:
		t.Fatal("waiter of b woken by a")
	default:
	}
	stopA()
	if n := h.Waiters("a"); n != 0 {
		t.Fatalf("%d waiters left on a after unsubscribe", n)
	}
	h.Notify("a") // no waiters: a no-op
}

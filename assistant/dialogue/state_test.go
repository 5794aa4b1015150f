package dialogue

import (
	"testing"
	"time"

	"shopassist/db"
)

func TestStateRoundTrip(t *testing.T) {
	until := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	s := State{Task: "order_status", Awaiting: AwaitContact, Candidate: 1002, Verified: []int64{1001}, Current: 1001,
		Failures: 2, LockedUntil: &until, Shown: []int64{7}}
	v, err := db.NewJSON(db.ConversationState(s)).Value()
	if err != nil {
		t.Fatal(err)
	}
	var stored db.JSON[db.ConversationState]
	if err := stored.Scan(v); err != nil {
		t.Fatal(err)
	}
	got := State(stored.V)
	if got.Task != s.Task || got.Awaiting != s.Awaiting || got.Candidate != 1002 || !got.IsVerified(1001) ||
		got.Current != 1001 || got.Failures != 2 || !got.LockedUntil.Equal(until) || len(got.Shown) != 1 {
		t.Fatalf("round trip = %+v, want %+v", got, s)
	}
}

func TestTransitions(t *testing.T) {
	var s State
	s.Await("return_request", AwaitOrderNumber)
	s.Candidate = 1005
	s.MarkVerified(1005)
	if s.Awaiting != "" || s.Task != "" || s.Current != 1005 || !s.IsVerified(1005) || s.Candidate != 0 {
		t.Fatalf("after verification: %+v", s)
	}
	s.Await("order_status", AwaitContact)
	s.Drop()
	if s.Awaiting != "" || s.Current != 1005 {
		t.Fatalf("drop must keep verified orders: %+v", s)
	}
	now := time.Now()
	later := now.Add(time.Minute)
	s.LockedUntil = &later
	if !s.Locked(now) || s.Locked(later.Add(time.Second)) {
		t.Fatal("lock window wrong")
	}
	for i := int64(0); i < 40; i++ {
		s.RememberShown(i)
	}
	if len(s.Shown) != 30 || s.Shown[0] != 10 {
		t.Fatalf("shown = %v", s.Shown)
	}
}

// Package dialogue holds the per-conversation dialogue state of the
// assistant: which task is in progress, which slot the bot asked for, which
// orders the shopper has proven to own, and the verification attempt count.
// The state lives in the conversation row (JSON), never in process memory,
// so any app server can continue any conversation.
package dialogue

import (
	"slices"
	"time"

	"shopassist/db"
)

// Slots the bot can be waiting for.
const (
	AwaitOrderNumber = "order_number"
	AwaitContact     = "contact"
	// AwaitHandoffContact: after a handoff, an email or phone the team can
	// answer on (not a proof of order ownership).
	AwaitHandoffContact = "handoff_contact"
)

// State is one conversation's dialogue state: the typed row column
// db.ConversationState with the dialogue's transitions as methods. Convert
// with State(conv.State.V) and db.ConversationState(s); no copy, no decode.
type State db.ConversationState

// Pending is an order action in progress on a verified order (cancel,
// address change, return, exchange): see db.PendingAction.
type Pending = db.PendingAction

// IsVerified reports whether the shopper proved to own order number n.
func (s *State) IsVerified(n int64) bool { return slices.Contains(s.Verified, n) }

// MarkVerified records a proven order and makes it the current one.
func (s *State) MarkVerified(n int64) {
	if !s.IsVerified(n) {
		s.Verified = append(s.Verified, n)
	}
	s.Current = n
	s.Candidate = 0
	s.Awaiting = ""
	s.Task = ""
}

// Await records that the bot asked for slot to continue task.
func (s *State) Await(task, slot string) {
	s.Task, s.Awaiting = task, slot
}

// Drop abandons the task in progress (topic switch).
func (s *State) Drop() {
	s.Task, s.Awaiting, s.Candidate = "", "", 0
}

// Locked reports whether verifications are locked at now.
func (s *State) Locked(now time.Time) bool {
	return s.LockedUntil != nil && s.LockedUntil.After(now)
}

// RememberShown adds recommended products, keeping the most recent 30.
func (s *State) RememberShown(ids ...int64) {
	for _, id := range ids {
		if !slices.Contains(s.Shown, id) {
			s.Shown = append(s.Shown, id)
		}
	}
	if len(s.Shown) > 30 {
		s.Shown = s.Shown[len(s.Shown)-30:]
	}
}

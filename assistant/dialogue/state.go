// Package dialogue holds the per-conversation dialogue state of the
// assistant: which task is in progress, which slot the bot asked for, which
// orders the shopper has proven to own, and the verification attempt count.
// The state lives in the conversation row (JSON), never in process memory,
// so any app server can continue any conversation.
package dialogue

import (
	"encoding/json"
	"slices"
	"time"
)

// Slots the bot can be waiting for.
const (
	AwaitOrderNumber = "order_number"
	AwaitContact     = "contact"
	// AwaitHandoffContact: after a handoff, an email or phone the team can
	// answer on (not a proof of order ownership).
	AwaitHandoffContact = "handoff_contact"
)

// State is one conversation's dialogue state.
type State struct {
	// Task is the order task in progress (order_status, return_request,
	// cancel_order) while a slot is awaited.
	Task string `json:"task,omitempty"`
	// Awaiting is the slot the last bot message asked for.
	Awaiting string `json:"awaiting,omitempty"`
	// Candidate is the order number given but not yet verified.
	Candidate int64 `json:"candidate,omitempty"`
	// Contact is an email or phone the shopper gave before the order number.
	Contact string `json:"contact,omitempty"`
	// Verified lists order numbers the shopper proved to own.
	Verified []int64 `json:"verified,omitempty"`
	// Current is the verified order follow-ups refer to.
	Current int64 `json:"current,omitempty"`
	// Failures counts failed verifications in this conversation.
	Failures int `json:"failures,omitempty"`
	// LockedUntil stops verifications after too many failures.
	LockedUntil *time.Time `json:"locked_until,omitempty"`
	// ContactAsks counts how often the bot asked again for a handoff
	// contact it could not read.
	ContactAsks int `json:"contact_asks,omitempty"`
	// Shown lists products already recommended, so "more" shows new ones.
	Shown []int64 `json:"shown,omitempty"`
	// Pending is the order action (cancel, address change, return,
	// exchange) the bot is collecting details for or has previewed and
	// awaits an explicit confirmation of.
	Pending *Pending `json:"pending,omitempty"`
}

// Pending is an order action in progress on a verified order.
type Pending struct {
	Kind  string `json:"kind"`
	Order int64  `json:"order"`
	// Step is what the bot asked for last: "address", "items", "reason"
	// or "confirm".
	Step string `json:"step"`
	// Detail is the action's content so far (address, lines, reason),
	// encoded by the engine.
	Detail json.RawMessage `json:"detail,omitempty"`
	// Tries counts unusable answers to the current step.
	Tries int `json:"tries,omitempty"`
	// Nonce identifies one preview: its confirmation is claimed once.
	Nonce string `json:"nonce,omitempty"`
}

// FromMap decodes the state stored in a conversation row. Unknown or
// malformed content yields an empty state: a conversation must never become
// unanswerable because of old state.
func FromMap(m map[string]any) State {
	var s State
	if len(m) == 0 {
		return s
	}
	buf, err := json.Marshal(m)
	if err != nil {
		return State{}
	}
	if err := json.Unmarshal(buf, &s); err != nil {
		return State{}
	}
	return s
}

// Map encodes the state for the conversation row.
func (s State) Map() map[string]any {
	buf, err := json.Marshal(s)
	if err != nil {
		return map[string]any{}
	}
	out := map[string]any{}
	if err := json.Unmarshal(buf, &out); err != nil {
		return map[string]any{}
	}
	return out
}

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

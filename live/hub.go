// Package live wakes a shopper's waiting widget request (the app proxy's
// long poll) when an agent reply for its conversation is stored in this
// process. Replies stored by other replicas are found by the waiter's own
// short database poll, so the hub is an optimisation, never the only path.
package live

import "sync"

// Hub fans out "conversation changed" signals to waiters. The zero value
// is not usable; use NewHub. Safe for concurrent use.
type Hub struct {
	mu      sync.Mutex
	waiters map[string]map[chan struct{}]struct{}
}

// NewHub returns an empty hub.
func NewHub() *Hub { return &Hub{waiters: map[string]map[chan struct{}]struct{}{}} }

// Subscribe returns a channel that receives a value when conversationID
// changes, and the function that unsubscribes (call it exactly once).
func (h *Hub) Subscribe(conversationID string) (<-chan struct{}, func()) {
	ch := make(chan struct{}, 1)
	h.mu.Lock()
	set := h.waiters[conversationID]
	if set == nil {
		set = map[chan struct{}]struct{}{}
		h.waiters[conversationID] = set
	}
	set[ch] = struct{}{}
	h.mu.Unlock()
	return ch, func() {
		h.mu.Lock()
		delete(set, ch)
		if len(set) == 0 && h.waiters[conversationID] != nil && len(h.waiters[conversationID]) == 0 {
			delete(h.waiters, conversationID)
		}
		h.mu.Unlock()
	}
}

// Notify wakes every waiter of conversationID without blocking.
func (h *Hub) Notify(conversationID string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for ch := range h.waiters[conversationID] {
		select {
		case ch <- struct{}{}:
		default: // already signalled
		}
	}
}

// Waiters returns how many requests wait on conversationID (tests, metrics).
func (h *Hub) Waiters(conversationID string) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.waiters[conversationID])
}

package webhooks

import (
	"context"
	"errors"
	"sync"
	"time"

	"shopassist/db"
)

// shopState is what the intake needs to know about a shop.
type shopState int

const (
	shopUnknown shopState = iota
	shopInstalled
	shopUninstalled
)

type cachedShop struct {
	state   shopState
	expires time.Time
}

// shopCache spares the intake a shop lookup per webhook: at a few thousand
// webhooks a second for a handful of shops, that query would double the
// database round trips. Entries live for a couple of seconds; unknown shops
// are not cached so a fresh install is accepted at once. The database stays
// the source of truth (the processor re-reads the shop in its transaction).
type shopCache struct {
	store *db.Store
	ttl   time.Duration
	now   func() time.Time

	mu      sync.Mutex
	entries map[string]cachedShop
}

func newShopCache(store *db.Store, ttl time.Duration, now func() time.Time) *shopCache {
	return &shopCache{store: store, ttl: ttl, now: now, entries: map[string]cachedShop{}}
}

func (c *shopCache) state(ctx context.Context, domain string) (shopState, error) {
	now := c.now()
	c.mu.Lock()
	e, ok := c.entries[domain]
	c.mu.Unlock()
	if ok && now.Before(e.expires) {
		return e.state, nil
	}
	shop, err := c.store.GetShop(ctx, domain)
	if errors.Is(err, db.ErrNotFound) {
		c.forget(domain)
		return shopUnknown, nil
	}
	if err != nil {
		return shopUnknown, err
	}
	st := shopUninstalled
	if shop.Installed() {
		st = shopInstalled
	}
	c.mu.Lock()
	if len(c.entries) > 10000 {
		// Bounded memory: a full reset is cheap and rare.
		c.entries = map[string]cachedShop{}
	}
	c.entries[domain] = cachedShop{state: st, expires: now.Add(c.ttl)}
	c.mu.Unlock()
	return st, nil
}

func (c *shopCache) forget(domain string) {
	c.mu.Lock()
	delete(c.entries, domain)
	c.mu.Unlock()
}

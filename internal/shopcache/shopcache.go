// Package shopcache keeps shop rows for a moment. Every storefront message
// and every webhook needs its shop (settings, install state), and at a few
// thousand requests a second for a handful of shops re-reading the row
// doubled the database round trips and cost ~10 % of a reply's CPU. The
// database stays the source of truth: a settings change or an uninstall
// shows up within the TTL, and writers that must see the row read it in
// their transaction.
package shopcache

import (
	"context"
	"fmt"
	"time"

	"github.com/maypok86/otter/v2"

	"shopassist/db"
)

// maxShops bounds memory; a process serves far fewer shops at a time (they
// are routed to it, docs/architecture.md).
const maxShops = 10_000

// Cache is a TTL cache of shop rows by domain. It hands out deep copies
// (db.Shop.Clone), so a caller may change its shop freely. Unknown shops
// are not cached: a fresh install is seen at once.
type Cache struct {
	store  *db.Store
	cache  *otter.Cache[string, *db.Shop]
	loader otter.Loader[string, *db.Shop]
}

// New returns a cache over store whose entries live ttl by the clock now
// (nil: time.Now).
func New(store *db.Store, ttl time.Duration, now func() time.Time) (*Cache, error) {
	if now == nil {
		now = time.Now
	}
	c, err := otter.New(&otter.Options[string, *db.Shop]{
		MaximumSize:      maxShops,
		ExpiryCalculator: otter.ExpiryWriting[string, *db.Shop](ttl),
		Clock:            clock(now),
	})
	if err != nil {
		return nil, fmt.Errorf("shop cache: %w", err)
	}
	sc := &Cache{store: store, cache: c}
	sc.loader = otter.LoaderFunc[string, *db.Shop](func(ctx context.Context, domain string) (*db.Shop, error) {
		// Concurrent requests for a shop share this read: one client going
		// away must not fail the others waiting for it.
		ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		defer cancel()
		return store.GetShop(ctx, domain)
	})
	return sc, nil
}

// Get returns the shop's row (db.ErrNotFound for an unknown shop), from
// the cache while it is fresh.
func (c *Cache) Get(ctx context.Context, domain string) (*db.Shop, error) {
	shop, err := c.cache.Get(ctx, domain, c.loader)
	if err != nil {
		return nil, err
	}
	return shop.Clone(), nil
}

// Forget drops the shop's entry, so the next Get reads the database.
func (c *Cache) Forget(domain string) {
	c.cache.Invalidate(domain)
}

// clock is the app's clock as otter's: entry times follow it (tests move
// it), and it has no ticks, so the cache runs no goroutine; expired entries
// are dropped when read or evicted by size.
type clock func() time.Time

func (c clock) NowNano() int64 { return c().UnixNano() }

func (clock) Tick(time.Duration) <-chan time.Time { return nil }

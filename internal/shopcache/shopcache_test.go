package shopcache_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"shopassist/db"
	"shopassist/db/dbtest"
	"shopassist/internal/shopcache"
)

// fakeClock is a clock the test moves.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *fakeClock) add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

func newCache(t *testing.T) (*shopcache.Cache, *db.Store, *fakeClock, *db.Shop) {
	t.Helper()
	ctx := context.Background()
	store := dbtest.Open(t)
	shop, err := store.EnsureShop(ctx, "cache.myshopify.com")
	if err != nil {
		t.Fatal(err)
	}
	if err := store.UpdateShopProfile(ctx, shop.Domain, db.ShopProfile{Name: "Cache", Currency: "EUR",
		PrimaryLocale: "en", Locales: []string{"en", "fr"}}); err != nil {
		t.Fatal(err)
	}
	st := db.DefaultSettings()
	st.Widget.Greeting = map[string]string{"en": "Hello"}
	if err := store.SaveSettings(ctx, shop.ID, st); err != nil {
		t.Fatal(err)
	}
	clk := &fakeClock{t: time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)}
	c, err := shopcache.New(store, 2*time.Second, clk.now)
	if err != nil {
		t.Fatal(err)
	}
	return c, store, clk, shop
}

// A caller that edits the nested parts of its shop (settings maps and
// slices, locales, token bytes) changes nothing the next caller reads.
func TestGetReturnsIndependentCopies(t *testing.T) {
	c, _, _, shop := newCache(t)
	ctx := context.Background()
	for _, tc := range []struct {
		name   string
		mutate func(*db.Shop)
		check  func(*db.Shop) bool
	}{
		{"greeting map", func(s *db.Shop) { s.Settings.V.Widget.Greeting["en"] = "Hacked" },
			func(s *db.Shop) bool { return s.Settings.V.Widget.Greeting["en"] == "Hello" }},
		{"languages slice", func(s *db.Shop) { s.Settings.V.Languages[0] = "xx" },
			func(s *db.Shop) bool { return s.Settings.V.Languages[0] != "xx" }},
		{"locales slice", func(s *db.Shop) { s.Locales.V[0] = "xx" },
			func(s *db.Shop) bool { return s.Locales.V[0] == "en" }},
		{"business days map", func(s *db.Shop) { clear(s.Settings.V.BusinessHours.Days) },
			func(s *db.Shop) bool { return len(s.Settings.V.BusinessHours.Days) > 0 }},
		{"top-level field", func(s *db.Shop) { s.Name = "Other" },
			func(s *db.Shop) bool { return s.Name == "Cache" }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			first, err := c.Get(ctx, shop.Domain)
			if err != nil {
				t.Fatal(err)
			}
			if !tc.check(first) {
				t.Fatalf("fresh shop fails the check: %+v", first.Settings.V)
			}
			tc.mutate(first)
			again, err := c.Get(ctx, shop.Domain)
			if err != nil {
				t.Fatal(err)
			}
			if !tc.check(again) {
				t.Errorf("a caller's change reached the cached shop: %+v %v", again.Settings.V, again.Locales.V)
			}
		})
	}
}

// Entries live for the TTL by the given clock; Forget drops one at once.
func TestTTLAndForget(t *testing.T) {
	c, store, clk, shop := newCache(t)
	ctx := context.Background()
	rename := func(name string) {
		t.Helper()
		if err := store.UpdateShopProfile(ctx, shop.Domain, db.ShopProfile{Name: name, Currency: "EUR",
			PrimaryLocale: "en", Locales: []string{"en"}}); err != nil {
			t.Fatal(err)
		}
	}
	name := func() string {
		t.Helper()
		s, err := c.Get(ctx, shop.Domain)
		if err != nil {
			t.Fatal(err)
		}
		return s.Name
	}
	steps := []struct {
		do   func()
		want string
	}{
		{func() {}, "Cache"},
		{func() { rename("Renamed"); clk.add(time.Second) }, "Cache"}, // still fresh
		{func() { clk.add(1500 * time.Millisecond) }, "Renamed"},      // expired
		{func() { rename("Again") }, "Renamed"},
		{func() { c.Forget(shop.Domain) }, "Again"},
	}
	for i, s := range steps {
		s.do()
		if got := name(); got != s.want {
			t.Errorf("step %d: name = %q, want %q", i, got, s.want)
		}
	}
}

// An unknown shop is db.ErrNotFound and is not remembered: once it
// installs, the next Get finds it.
func TestUnknownShopNotCached(t *testing.T) {
	c, store, _, _ := newCache(t)
	ctx := context.Background()
	const domain = "new.myshopify.com"
	if _, err := c.Get(ctx, domain); !errors.Is(err, db.ErrNotFound) {
		t.Fatalf("unknown shop: err = %v, want db.ErrNotFound", err)
	}
	if _, err := store.EnsureShop(ctx, domain); err != nil {
		t.Fatal(err)
	}
	if s, err := c.Get(ctx, domain); err != nil || s.Domain != domain {
		t.Fatalf("after install: %v, %v", s, err)
	}
}

// A request whose client went away still gets the cached shop.
func TestDoneContextServedFromCache(t *testing.T) {
	c, _, _, shop := newCache(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if s, err := c.Get(context.Background(), shop.Domain); err != nil || s.Name != "Cache" {
		t.Fatalf("get: %v %v", s, err)
	}
	// Cached now: even a done context is answered from the cache.
	if s, err := c.Get(ctx, shop.Domain); err != nil || s.Name != "Cache" {
		t.Fatalf("cached get with a done context: %v %v", s, err)
	}
}

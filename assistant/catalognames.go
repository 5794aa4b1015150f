package assistant

import (
	"context"
	"strings"
	"sync"
	"time"

	"shopassist/assistant/lang"
	"shopassist/db"
)

// catalogNames caches, per shop, the product titles and vendors the
// language detector masks before deciding ("Ich will die Storm Rider Pro
// zurückgeben" is German whatever the product is called). Read through on a
// miss or after namesTTL; a read error keeps the previous list.
type catalogNames struct {
	mu     sync.Mutex
	byShop map[int64]namesEntry
}

type namesEntry struct {
	names  []string
	loaded time.Time
}

const (
	namesTTL = 10 * time.Minute
	// maxNamedProducts bounds the work of one refresh; beyond it the
	// detector still has script, n-grams and title-run masking.
	maxNamedProducts = 5000
	namesPage        = 500
)

func newCatalogNames() *catalogNames { return &catalogNames{byShop: map[int64]namesEntry{}} }

// get returns the shop's catalog names, loading them when stale.
func (c *catalogNames) get(ctx context.Context, store *db.Store, shopID int64, now time.Time, logErr func(string, error)) []string {
	c.mu.Lock()
	e, ok := c.byShop[shopID]
	c.mu.Unlock()
	if ok && now.Sub(e.loaded) < namesTTL {
		return e.names
	}
	names, err := loadCatalogNames(ctx, store, shopID)
	if err != nil {
		logErr("load catalog names", err)
		return e.names
	}
	c.mu.Lock()
	c.byShop[shopID] = namesEntry{names: names, loaded: now}
	c.mu.Unlock()
	return names
}

func loadCatalogNames(ctx context.Context, store *db.Store, shopID int64) ([]string, error) {
	seen := map[string]bool{}
	var names []string
	add := func(s string) {
		// Lower-cased once here: the detector matches case-insensitively
		// and would otherwise lower every name on every message.
		k := strings.ToLower(strings.TrimSpace(s))
		if len([]rune(k)) < 3 || seen[k] {
			return
		}
		seen[k] = true
		names = append(names, k)
	}
	var after int64
	for n := 0; n < maxNamedProducts; {
		ps, err := store.ListProducts(ctx, shopID, after, namesPage)
		if err != nil {
			return nil, err
		}
		for _, p := range ps {
			add(p.Title)
			add(p.Vendor)
			after = p.ID
		}
		n += len(ps)
		if len(ps) < namesPage {
			break
		}
	}
	// Shoppers write "the Aurora" or "rain shell", rarely the whole title.
	return lang.NameForms(names), nil
}

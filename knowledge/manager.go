package knowledge

import (
	"container/list"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2/mapping"
)

// Options tunes a Manager. Zero values pick the defaults.
type Options struct {
	// CheckInterval is how long a catalog-version check is trusted before
	// the next search asks the Source again (default 1 s).
	CheckInterval time.Duration
	// MaxShops, when positive, also caps how many shops' indexes stay
	// cached (default 0: only MemoryBudget bounds the cache).
	MaxShops int
	// MemoryBudget is the estimated bytes all cached shop indexes may take
	// in this process (default DefaultMemoryBudget). Least recently used
	// shops are dropped until the estimate is under it; an index that a
	// search is reading or a build is filling is never dropped, and the
	// most recently used shop always stays, however large.
	MemoryBudget int64
	// Dir, when set, keeps every shop's index in a temporary directory under
	// it (deleted on eviction) instead of the heap. On disk, scorch merges
	// segments in the background and mmaps them, which keeps large catalogs
	// fast to search and off the Go heap; in memory, segments are merged by
	// periodic rebuilds (CompactAfter).
	Dir string
	// DiskThreshold is the product count above which a shop's index goes
	// on disk even when Dir is empty, in a per-process temporary directory
	// removed by Close (default 10,000; negative keeps every index in
	// memory). An in-memory build of 100k products peaked at ~2 GB RSS.
	DiskThreshold int
	// BuildTimeout bounds a full index build (default 5 min).
	BuildTimeout time.Duration
	// BatchSize is the number of products per bleve batch in full builds
	// (default 25,000); each batch becomes one segment, and in memory
	// segments are never merged. Search cost grows with the segment count
	// (term dictionaries, typo expansion and postings are per segment): on
	// 100k products, 4 segments instead of 20 made the slowest queries
	// about three times faster at no measurable build cost.
	BatchSize int
	// CompactAfter is the number of incremental batches after which the
	// product index is rebuilt in the background to merge the small
	// segments they created (default 64, negative disables). A rebuild is
	// also due once 2,000 products changed since the last one.
	CompactAfter int
	// PopularityWeight scales the log-popularity boost (default 0.3: the
	// most popular product gets ×1.3 over an unsold one).
	PopularityWeight float64
	// OutOfStockFactor multiplies the score of products whose best variant
	// is unavailable (default 0.5).
	OutOfStockFactor float64
	// Logger receives refresh failures and compaction errors (default slog.Default()).
	Logger *slog.Logger
	// Now is the clock (tests); default time.Now.
	Now func() time.Time
}

func (o Options) withDefaults() Options {
	if o.CheckInterval <= 0 {
		o.CheckInterval = time.Second
	}
	if o.MemoryBudget <= 0 {
		o.MemoryBudget = DefaultMemoryBudget
	}
	if o.DiskThreshold == 0 {
		o.DiskThreshold = 10_000
	}
	if o.BuildTimeout <= 0 {
		o.BuildTimeout = 5 * time.Minute
	}
	if o.BatchSize <= 0 {
		o.BatchSize = 25_000
	}
	if o.CompactAfter == 0 {
		o.CompactAfter = 64
	}
	if o.PopularityWeight == 0 {
		o.PopularityWeight = 0.3
	}
	if o.OutOfStockFactor == 0 {
		o.OutOfStockFactor = 0.5
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	return o
}

// Manager owns the per-shop index caches. It is safe for concurrent use.
type Manager struct {
	src  Source
	opts Options
	pm   *mapping.IndexMappingImpl
	dm   *mapping.IndexMappingImpl

	mu     sync.Mutex
	shops  map[string]*slot
	lru    *list.List // of *slot, most recently used first
	bg     sync.WaitGroup
	tmpDir string // per-process directory of large on-disk indexes, made on first use
}

// DefaultMemoryBudget suits a 2-core / 4 GB replica: a quarter of its
// memory for cached indexes leaves room for one large build (on disk,
// ≤ 500 MB peak for 100k products), the database pool and the requests.
const DefaultMemoryBudget = 1 << 30

// slot is a shop's place in the cache; flight is the refresh in progress.
type slot struct {
	shop    string
	elem    *list.Element
	idx     *shopIndex
	checked time.Time
	flight  *flight
}

type flight struct {
	done chan struct{}
	err  error
}

// NewManager returns a Manager reading shops from src.
func NewManager(src Source, opts Options) *Manager {
	pm, err := newProductMapping()
	if err != nil {
		// The mappings are static; failing to build them is a programming error.
		panic(fmt.Sprintf("knowledge: %v", err))
	}
	dm, err := newDocMapping()
	if err != nil {
		panic(fmt.Sprintf("knowledge: %v", err))
	}
	return &Manager{
		src:   src,
		opts:  opts.withDefaults(),
		pm:    pm,
		dm:    dm,
		shops: make(map[string]*slot),
		lru:   list.New(),
	}
}

// Close drops every cached index after background refreshes and
// compactions finish. Call it once no Search, Recommend or SearchDocs call
// is in flight (at shutdown); a later call would rebuild the shop.
func (m *Manager) Close() error {
	m.bg.Wait()
	m.mu.Lock()
	defer m.mu.Unlock()
	for shop, sl := range m.shops {
		if sl.idx != nil {
			sl.idx.close()
		}
		delete(m.shops, shop)
	}
	m.lru.Init()
	if m.tmpDir != "" {
		err := os.RemoveAll(m.tmpDir)
		m.tmpDir = ""
		if err != nil {
			return fmt.Errorf("remove knowledge index directory: %w", err)
		}
	}
	return nil
}

// CachedBytes is the estimated size of the cached indexes and the number
// of shops cached (metrics, tests).
func (m *Manager) CachedBytes() (bytes int64, shops int) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.cachedBytesLocked(), len(m.shops)
}

func (m *Manager) cachedBytesLocked() int64 {
	var n int64
	for _, sl := range m.shops {
		if sl.idx != nil {
			n += sl.idx.bytes.Load()
		}
	}
	return n
}

// indexDir is where a new index of n products goes: Options.Dir when set,
// the per-process temporary directory above DiskThreshold, else memory
// (""). A streaming build asks at its start (n = 0) and again when it
// passes DiskThreshold.
func (m *Manager) indexDir(n int) (string, error) {
	if m.opts.Dir != "" {
		return m.opts.Dir, nil
	}
	if m.opts.DiskThreshold < 0 || n <= m.opts.DiskThreshold {
		return "", nil
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.tmpDir == "" {
		d, err := os.MkdirTemp("", "shopassist-knowledge-")
		if err != nil {
			return "", fmt.Errorf("create knowledge index directory: %w", err)
		}
		m.tmpDir = d
	}
	return m.tmpDir, nil
}

// Invalidate forces the next call for shop to check its catalog version,
// e.g. right after the webhook worker wrote a product.
func (m *Manager) Invalidate(shop string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if sl, ok := m.shops[shop]; ok {
		sl.checked = time.Time{}
	}
}

// shopIndex returns the shop's index, fresh to within CheckInterval, with
// its user count raised (under m.mu, so eviction cannot pick it in
// between); the caller calls release when done. Concurrent callers share
// one build or refresh. When a refresh fails but an older index exists, the
// stale index is served and the error logged.
func (m *Manager) shopIndex(ctx context.Context, shop string) (*shopIndex, error) {
	m.mu.Lock()
	sl, ok := m.shops[shop]
	if !ok {
		sl = &slot{shop: shop}
		sl.elem = m.lru.PushFront(sl)
		m.shops[shop] = sl
		for _, old := range m.evictLocked(sl) {
			// close waits for in-flight searches on it, so not under m.mu.
			defer old.close()
		}
	} else {
		m.lru.MoveToFront(sl.elem)
	}
	if sl.idx != nil && m.opts.Now().Sub(sl.checked) < m.opts.CheckInterval {
		idx := sl.idx
		idx.users.Add(1)
		m.mu.Unlock()
		return idx, nil
	}
	f := sl.flight
	if f == nil {
		f = &flight{done: make(chan struct{})}
		sl.flight = f
		m.bg.Add(1)
		go m.refresh(context.WithoutCancel(ctx), sl, sl.idx, f)
	}
	m.mu.Unlock()

	select {
	case <-ctx.Done():
		return nil, fmt.Errorf("wait for %s index: %w", shop, ctx.Err())
	case <-f.done:
	}
	m.mu.Lock()
	idx := sl.idx
	if idx != nil {
		idx.users.Add(1)
	}
	m.mu.Unlock()
	if f.err != nil {
		if idx == nil {
			return nil, f.err
		}
		m.opts.Logger.WarnContext(ctx, "serving stale knowledge index", "shop", shop, "err", f.err)
	}
	if idx == nil {
		return nil, fmt.Errorf("index for %s was evicted while loading", shop)
	}
	return idx, nil
}

// evictLocked drops least recently used shops while the cache is over
// MemoryBudget (or MaxShops), and returns their indexes for the caller to
// close. It keeps keep (the shop being served), shops that are loading and
// indexes a search is reading: closing those would only make the search
// wait and the shop rebuild at once.
func (m *Manager) evictLocked(keep *slot) (evicted []*shopIndex) {
	total := m.cachedBytesLocked()
	over := func() bool {
		return total > m.opts.MemoryBudget || (m.opts.MaxShops > 0 && len(m.shops) > m.opts.MaxShops)
	}
	for e := m.lru.Back(); e != nil && over(); {
		prev := e.Prev()
		sl := e.Value.(*slot)
		if sl != keep && sl.flight == nil && (sl.idx == nil || sl.idx.users.Load() == 0) {
			m.lru.Remove(e)
			delete(m.shops, sl.shop)
			if sl.idx != nil {
				total -= sl.idx.bytes.Load()
				evicted = append(evicted, sl.idx)
			}
		}
		e = prev
	}
	return evicted
}

// refresh runs detached from any one caller so a cancelled request does not
// fail the others waiting on the same flight.
func (m *Manager) refresh(ctx context.Context, sl *slot, cur *shopIndex, f *flight) {
	defer m.bg.Done()
	ctx, cancel := context.WithTimeout(ctx, m.opts.BuildTimeout)
	defer cancel()

	next, compact, err := m.update(ctx, sl.shop, cur)

	var stale *shopIndex
	m.mu.Lock()
	if err == nil {
		if next != cur {
			stale = cur
		}
		sl.idx = next
		sl.checked = m.opts.Now()
	}
	f.err = err
	sl.flight = nil
	close(f.done)
	// The new index's size is known only now: make room for it.
	evicted := m.evictLocked(sl)
	m.mu.Unlock()
	if stale != nil {
		// Closing waits for searches still reading it; done outside m.mu
		// so other shops are not held up.
		stale.close()
	}
	for _, old := range evicted {
		old.close()
	}

	if compact && next != nil {
		m.bg.Add(1)
		go func() {
			defer m.bg.Done()
			cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), m.opts.BuildTimeout)
			defer cancel()
			if err := next.compact(cctx, m.opts.BatchSize); err != nil {
				m.opts.Logger.Error("compact knowledge index", "shop", sl.shop, "err", err)
			}
		}()
	}
}

// update brings cur up to the shop's catalog version: a full build when
// there is none (or the version went backwards), otherwise the changes.
func (m *Manager) update(ctx context.Context, shop string, cur *shopIndex) (next *shopIndex, compact bool, err error) {
	if cur != nil {
		v, err := m.src.CatalogVersion(ctx, shop)
		if err != nil {
			return nil, false, fmt.Errorf("catalog version of %s: %w", shop, err)
		}
		cur.mu.RLock()
		have := cur.version
		cur.mu.RUnlock()
		switch {
		case v == have:
			return cur, false, nil
		case v > have:
			changed, deleted, docs, nv, err := m.src.ChangedSince(ctx, shop, have)
			if err != nil {
				return nil, false, fmt.Errorf("changes of %s since %d: %w", shop, have, err)
			}
			compact, err := cur.apply(changed, deleted, docs, nv, m.opts.CompactAfter)
			if err != nil {
				return nil, false, err
			}
			return cur, compact, nil
		}
		m.opts.Logger.InfoContext(ctx, "catalog version went backwards, rebuilding index", "shop", shop, "have", have, "now", v)
	}
	s, err := m.build(ctx, shop)
	if err != nil {
		return nil, false, err
	}
	return s, false, nil
}

// build makes a fresh index of the shop, streaming its products from the
// Source when it pages them (CorpusPager).
func (m *Manager) build(ctx context.Context, shop string) (*shopIndex, error) {
	spillAt := m.opts.DiskThreshold
	var b *fullBuild
	start := func(header *Corpus, v int64) error {
		if header.Shop == "" {
			header.Shop = shop
		}
		var err error
		b, err = newFullBuild(header, v, m.pm, m.dm, spillAt, m.indexDir)
		return err
	}
	var (
		c   *Corpus
		v   int64
		err error
	)
	if pager, ok := m.src.(CorpusPager); ok {
		c, v, err = pager.LoadCorpusPages(ctx, shop, func(header *Corpus, products []Product) error {
			if b == nil {
				// The version is known only at the end; a build is
				// stamped with it below.
				if err := start(header, 0); err != nil {
					return err
				}
			}
			return b.add(ctx, products)
		})
	} else {
		c, v, err = m.src.LoadCorpus(ctx, shop)
	}
	if err == nil && c == nil {
		err = errors.New("source returned no corpus")
	}
	if err == nil && b == nil {
		err = start(c, v)
	}
	if err == nil && len(c.Products) > 0 {
		err = b.add(ctx, c.Products)
	}
	if err != nil {
		if b != nil {
			b.abort()
		}
		return nil, fmt.Errorf("load corpus of %s: %w", shop, err)
	}
	b.s.version = v
	return b.finish(ctx, c.Documents, m.opts.BatchSize)
}

// withShop runs fn under the shop index's read lock, reloading once if the
// index was evicted between lookup and lock.
func (m *Manager) withShop(ctx context.Context, shop string, fn func(s *shopIndex) error) error {
	for attempt := 0; ; attempt++ {
		s, err := m.shopIndex(ctx, shop)
		if err != nil {
			return err
		}
		s.mu.RLock()
		if s.closed {
			s.mu.RUnlock()
			s.users.Add(-1)
			if attempt < 2 {
				continue
			}
			return fmt.Errorf("index for %s closed during search", shop)
		}
		err = fn(s)
		s.mu.RUnlock()
		s.users.Add(-1)
		return err
	}
}

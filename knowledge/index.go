package knowledge

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
)

// shopIndex is one shop's cache: bleve indexes plus the Go-side entries.
// mu guards every field; searches hold the read lock for their whole run so
// an index is never closed under them.
type shopIndex struct {
	shop     string
	primary  string
	currency string
	pm, dm   *mapping.IndexMappingImpl
	dir      string // "" keeps the indexes in memory

	// users counts searches holding this index (eviction skips it while
	// positive); bytes is its estimated size (estimateBytes), both read by
	// the Manager under its own lock, hence atomic.
	users atomic.Int32
	bytes atomic.Int64

	mu        sync.RWMutex
	closed    bool
	version   int64
	idx       bleve.Index
	docIdx    bleve.Index
	entries   map[int64]*entry
	sy        *symbols      // the entries' interned words, terms and option values
	store     *productStore // on disk: the full products (nil in memory, where entries hold them)
	byPop     []*entry      // active products, most popular first
	documents map[string]Document
	passages  map[string][]passage      // document key → analyzed body passages, for answers and snippets
	questions map[string][][]string     // document key → analyzed FAQ questions
	passageDF map[string]map[string]int // language key → term → passages containing it
	passageN  map[string]int            // language key → passages
	typeCache typeCache
	// docTopics are the topics of each document's passage labels and FAQ
	// questions in the original language, by document id: a question in a
	// language no document is written in still finds them by topic.
	docTopics map[string]topicSet
	// placeDocs are the documents (not FAQ entries) with a rule per
	// destination: a question naming a country is about them even when it
	// shares no word with them ("How long to Egypt?").
	placeDocs map[string]bool
	langCount map[string]int // products with text per language key
	maxPop    float64

	batches    int // incremental batches since the last full build
	compacting bool
	pending    map[int64]struct{} // products touched while compacting
	// recent holds the active products indexed after the full build (or
	// compaction): they sit in the last segments, which a search bounded
	// by maxExamined may not reach, so it looks them up separately.
	recent map[int64]struct{}
	// maxExamined is the per-tier bound on scored matches (tests lower it).
	maxExamined int
}

// analyzeWith runs a language's analyzer over text and returns its terms.
func analyzeWith(m *mapping.IndexMappingImpl, lang, text string) []string {
	if strings.TrimSpace(text) == "" {
		return nil
	}
	a := m.AnalyzerNamed(langAnalyzers[langKey(lang)])
	if a == nil {
		return nil
	}
	toks := a.Analyze([]byte(text))
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		out = append(out, string(t.Term))
	}
	return out
}

func (s *shopIndex) analyze(lang, text string) []string { return analyzeWith(s.pm, lang, text) }

// primaryLang is the language key of the shop's original text.
func primaryLang(c *Corpus) string {
	if len(c.Locales) == 0 {
		return "en"
	}
	return langKey(c.Locales[0])
}

// Measured sizes per indexed product (bench/catalog, 100k generated
// products with 3.3 variants and 1.1 translations each; live heap after
// GC). In memory: the whole Product beside its compact entry plus the
// bleve segments, 55–61 MB per 10k before the entries were slimmed
// (BenchmarkBuild10k then retained 7 % less). On disk: the compact entry
// and scorch's per-segment state only, 5.1 MB per 10k; the segments are
// mmapped and the products in the product store, both page cache the
// kernel can drop.
const (
	bytesPerProductMemory = 6_000
	bytesPerProductDisk   = 600
	// bytesPerDocByte covers a document's body, its passages with analyzed
	// terms and its bleve postings.
	bytesPerDocByte = 8
)

// estimateBytes is the index's approximate memory footprint, what the
// Manager's MemoryBudget is counted in. Callers hold mu or own s.
func (s *shopIndex) estimateBytes() int64 {
	per := int64(bytesPerProductMemory)
	if s.dir != "" {
		per = bytesPerProductDisk
	}
	n := int64(len(s.entries)) * per
	for _, d := range s.documents {
		n += int64(len(d.Body)+len(d.Title)) * bytesPerDocByte
	}
	return n
}

func isActive(p Product) bool { return strings.EqualFold(p.Status, "active") }

func docID(id int64) string { return strconv.FormatInt(id, 10) }

// newIndex creates an empty index: in memory when dir is empty, otherwise
// in a fresh temporary directory under dir, removed by closeIndex.
func newIndex(m mapping.IndexMapping, dir string) (bleve.Index, error) {
	if dir == "" {
		// scorch with an empty path keeps every segment in memory.
		return bleve.NewUsing("", m, scorch.Name, scorch.Name, nil)
	}
	path, err := os.MkdirTemp(dir, "knowledge-*")
	if err != nil {
		return nil, fmt.Errorf("create index directory: %w", err)
	}
	// unsafe_batch: a batch is searchable once introduced; waiting for the
	// fsync buys nothing for a cache rebuilt from the database.
	idx, err := bleve.NewUsing(filepath.Join(path, "idx"), m, scorch.Name, scorch.Name,
		map[string]any{"unsafe_batch": true})
	if err != nil {
		_ = os.RemoveAll(path)
		return nil, err
	}
	return idx, nil
}

// closeIndex closes an index and, for an on-disk one, deletes its
// directory (the parent of the index path newIndex created).
func closeIndex(idx bleve.Index, dir string) error {
	err := idx.Close()
	if dir != "" && idx.Name() != "" {
		if rerr := os.RemoveAll(filepath.Dir(idx.Name())); err == nil && rerr != nil {
			err = fmt.Errorf("remove index directory: %w", rerr)
		}
	}
	return err
}

// buildProducts indexes entries into a new index. In memory, large
// batches keep the segment count low, which is what search latency
// depends on: the in-memory scorch index never merges segments by itself.
// On disk, buildOnDisk builds in small batches and merges them into one
// segment.
func (s *shopIndex) buildProducts(ctx context.Context, entries []*entry, batchSize int) (bleve.Index, error) {
	if s.dir != "" {
		return s.buildOnDisk(ctx, entries, batchSize, s.storedProduct, nil, nil)
	}
	idx, err := newIndex(s.pm, s.dir)
	if err != nil {
		return nil, fmt.Errorf("create product index for %s: %w", s.shop, err)
	}
	for start := 0; start < len(entries); start += batchSize {
		if err := ctx.Err(); err != nil {
			_ = closeIndex(idx, s.dir)
			return nil, fmt.Errorf("index products for %s: %w", s.shop, err)
		}
		b := idx.NewBatch()
		for _, e := range entries[start:min(start+batchSize, len(entries))] {
			if err := b.Index(docID(e.id), e.doc(e.full, s.primary)); err != nil {
				_ = closeIndex(idx, s.dir)
				return nil, fmt.Errorf("index product %d for %s: %w", e.id, s.shop, err)
			}
		}
		if err := idx.Batch(b); err != nil {
			_ = closeIndex(idx, s.dir)
			return nil, fmt.Errorf("index products for %s: %w", s.shop, err)
		}
	}
	return idx, nil
}

// product returns an entry's full product: held by the entry in memory,
// read from the store on disk. Callers hold mu or own s.
func (s *shopIndex) product(e *entry) (*Product, error) {
	if e.full != nil {
		return e.full, nil
	}
	if s.store == nil {
		return nil, fmt.Errorf("product %d of %s: no product store", e.id, s.shop)
	}
	p, err := s.store.get(e.loc)
	if err != nil {
		return nil, fmt.Errorf("product %d of %s: %w", e.id, s.shop, err)
	}
	return p, nil
}

// storedProduct is product with the record it was decoded from.
func (s *shopIndex) storedProduct(e *entry) (*Product, []byte, error) {
	rec, err := s.store.record(e.loc)
	if err != nil {
		return nil, nil, fmt.Errorf("product %d of %s: %w", e.id, s.shop, err)
	}
	p, err := decodeProduct(rec)
	if err != nil {
		return nil, nil, fmt.Errorf("product %d of %s: %w", e.id, s.shop, err)
	}
	return p, rec, nil
}

// diskBatchSize is the number of products an on-disk build analyzes at a
// time: a batch is analyzed whole on the heap, so it bounds the build's
// transient memory.
const diskBatchSize = 5_000

// snapshot returns the current entries, most popular first (then by ID,
// for deterministic builds). Built in that order, the first segments hold
// the most popular products; searches visit segments in order, so a
// search that stops after maxExamined matches keeps the popular ones.
// Callers hold mu or own s exclusively.
func (s *shopIndex) snapshot() []*entry {
	out := make([]*entry, 0, len(s.entries))
	for _, e := range s.entries {
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].popScore != out[j].popScore {
			return out[i].popScore > out[j].popScore
		}
		return out[i].id < out[j].id
	})
	return out
}

// reorder recomputes the popularity order, the maximum popularity and the
// per-language product counts after the entries changed.
func (s *shopIndex) reorder() {
	s.byPop = s.byPop[:0]
	s.maxPop = 0
	s.langCount = make(map[string]int)
	for _, e := range s.entries {
		s.byPop = append(s.byPop, e)
		s.maxPop = max(s.maxPop, e.popScore)
		for _, l := range e.langs {
			s.langCount[l]++
		}
	}
	sort.Slice(s.byPop, func(i, j int) bool {
		a, b := s.byPop[i], s.byPop[j]
		if a.popScore != b.popScore {
			return a.popScore > b.popScore
		}
		return a.id < b.id
	})
}

// setDocuments replaces the policy/page/FAQ index.
func (s *shopIndex) setDocuments(docs []Document) error {
	idx, err := newIndex(s.dm, s.dir)
	if err != nil {
		return fmt.Errorf("create document index for %s: %w", s.shop, err)
	}
	b := idx.NewBatch()
	byKey := make(map[string]Document, len(docs))
	passages := make(map[string][]passage, len(docs))
	questions := make(map[string][][]string)
	df, pn := map[string]map[string]int{}, map[string]int{}
	docTopics := map[string]topicSet{}
	placeDocs := map[string]bool{}
	for _, d := range docs {
		k := langKey(d.Locale)
		if d.Locale == "" {
			k = s.primary
		}
		key := d.ID + "|" + k
		byKey[key] = d
		passages[key] = docPassages(s.dm, k, d.Body)
		if df[k] == nil {
			df[k] = map[string]int{}
		}
		for _, p := range passages[key] {
			pn[k]++
			for _, t := range p.terms {
				df[k][t]++
			}
		}
		for _, q := range d.Questions {
			questions[key] = append(questions[key], distinct(analyzeWith(s.dm, k, q)))
			docTopics[d.ID] |= topicsOf(q)
		}
		if d.Kind != "faq" {
			for _, p := range passages[key] {
				docTopics[d.ID] |= p.lead
				if p.perPlace {
					placeDocs[d.ID] = true
				}
			}
		}
		fields := map[string]any{
			titleField + k: d.Title,
			bodyField + k:  d.Body,
			questField + k: d.Questions,
			kindField:      d.Kind,
		}
		if err := b.Index(key, fields); err != nil {
			_ = closeIndex(idx, s.dir)
			return fmt.Errorf("index document %s for %s: %w", d.ID, s.shop, err)
		}
	}
	if err := idx.Batch(b); err != nil {
		_ = closeIndex(idx, s.dir)
		return fmt.Errorf("index documents for %s: %w", s.shop, err)
	}
	if s.docIdx != nil {
		_ = closeIndex(s.docIdx, s.dir)
	}
	s.docIdx, s.documents, s.passages, s.questions = idx, byKey, passages, questions
	s.passageDF, s.passageN, s.docTopics, s.placeDocs = df, pn, docTopics, placeDocs
	return nil
}

// maxRecent bounds the products changed since the last full build before a
// compaction is due: bounded searches look all of them up by ID.
const maxRecent = 2000

// apply writes incremental changes. It reports whether the index has taken
// enough small batches that a compaction (full rebuild) is due.
func (s *shopIndex) apply(changed []Product, deleted []int64, docs []Document, version int64, compactAfter int) (compact bool, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return false, fmt.Errorf("apply changes to %s: index closed", s.shop)
	}
	b := s.idx.NewBatch()
	touch := func(id int64) {
		if s.compacting {
			s.pending[id] = struct{}{}
		}
		delete(s.recent, id)
	}
	for _, p := range changed {
		// p is a copy per iteration (Go 1.22): entries may keep its address.
		touch(p.ID)
		if !isActive(p) {
			b.Delete(docID(p.ID))
			delete(s.entries, p.ID)
			continue
		}
		e := newEntry(&p, s.primary, s.analyze, s.sy)
		if s.store != nil {
			loc, err := s.store.put(&p)
			if err != nil {
				return false, fmt.Errorf("store product %d for %s: %w", p.ID, s.shop, err)
			}
			e.loc = loc
		} else {
			e.full = &p
		}
		if err := b.Index(docID(p.ID), e.doc(&p, s.primary)); err != nil {
			return false, fmt.Errorf("index product %d for %s: %w", p.ID, s.shop, err)
		}
		s.entries[p.ID] = e
		if s.recent == nil {
			s.recent = make(map[int64]struct{})
		}
		s.recent[p.ID] = struct{}{}
	}
	for _, id := range deleted {
		touch(id)
		b.Delete(docID(id))
		delete(s.entries, id)
	}
	if b.Size() > 0 {
		if err := s.idx.Batch(b); err != nil {
			return false, fmt.Errorf("apply product changes for %s: %w", s.shop, err)
		}
		s.batches++
		s.reorder()
	}
	if docs != nil {
		if err := s.setDocuments(docs); err != nil {
			return false, err
		}
	}
	s.version = version
	s.bytes.Store(s.estimateBytes())
	if compactAfter > 0 && (s.batches >= compactAfter || len(s.recent) > maxRecent) && !s.compacting {
		s.compacting = true
		s.pending = make(map[int64]struct{})
		return true, nil
	}
	return false, nil
}

// compact rebuilds the product index from the entries into a single large
// segment set, replays products touched meanwhile, and swaps it in. On
// disk it also rewrites the product store, dropping the records of
// products changed or deleted since the build.
func (s *shopIndex) compact(ctx context.Context, batchSize int) error {
	s.mu.RLock()
	snap := s.snapshot()
	s.mu.RUnlock()
	var (
		fresh    bleve.Index
		newStore *productStore
		locs     map[*entry]storeLoc
		err      error
	)
	if s.dir == "" {
		fresh, err = s.buildProducts(ctx, snap, batchSize)
	} else if newStore, err = newProductStore(s.dir); err == nil {
		w := newStore.writer()
		locs = make(map[*entry]storeLoc, len(snap))
		// Reading the old store without the lock is safe: its records
		// never change and it is closed only under the write lock, which
		// the swap below takes (a close meanwhile fails the reads, and
		// the compaction is dropped).
		fresh, err = s.buildOnDisk(ctx, snap, batchSize, s.storedProduct, w, locs)
		if err == nil {
			err = w.flush()
		}
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	s.compacting = false
	pending := s.pending
	s.pending = nil
	drop := func() {
		if fresh != nil {
			_ = closeIndex(fresh, s.dir)
		}
		if newStore != nil {
			_ = newStore.close()
		}
	}
	if s.closed {
		drop()
		return nil
	}
	if err != nil {
		drop()
		return fmt.Errorf("compact %s: %w", s.shop, err)
	}
	if newStore != nil {
		// Point every entry at its record in the new store; products
		// changed during the rebuild are copied over now.
		for id, e := range s.entries {
			loc, ok := locs[e]
			if !ok {
				rec, err := s.store.record(e.loc)
				if err == nil {
					loc, err = newStore.putRecord(rec)
				}
				if err != nil {
					drop()
					return fmt.Errorf("compact %s: product %d: %w", s.shop, id, err)
				}
			}
			moved := *e
			moved.loc = loc
			s.entries[id] = &moved
		}
	}
	b := fresh.NewBatch()
	recent := make(map[int64]struct{})
	for id := range pending {
		if e, ok := s.entries[id]; ok {
			recent[id] = struct{}{}
			p, err := s.productIn(e, newStore)
			if err == nil {
				err = b.Index(docID(id), e.doc(p, s.primary))
			}
			if err != nil {
				drop()
				return fmt.Errorf("compact %s: index product %d: %w", s.shop, id, err)
			}
		} else {
			b.Delete(docID(id))
		}
	}
	if b.Size() > 0 {
		if err := fresh.Batch(b); err != nil {
			drop()
			return fmt.Errorf("compact %s: replay: %w", s.shop, err)
		}
	}
	old, oldStore := s.idx, s.store
	s.idx = fresh
	s.batches = 0
	s.recent = recent
	if newStore != nil {
		s.store = newStore
		s.reorder() // byPop held the entries replaced above
	}
	err = closeIndex(old, s.dir)
	if newStore != nil {
		if serr := oldStore.close(); err == nil {
			err = serr
		}
	}
	if err != nil {
		return fmt.Errorf("compact %s: close old index: %w", s.shop, err)
	}
	return nil
}

// productIn is product reading from st (nil: the current store).
func (s *shopIndex) productIn(e *entry, st *productStore) (*Product, error) {
	if e.full != nil || st == nil {
		return s.product(e)
	}
	return st.get(e.loc)
}

// close releases the bleve indexes; later searches see closed and reload.
func (s *shopIndex) close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return
	}
	s.closed = true
	if s.idx != nil {
		_ = closeIndex(s.idx, s.dir)
	}
	if s.docIdx != nil {
		_ = closeIndex(s.docIdx, s.dir)
	}
	if s.store != nil {
		_ = s.store.close()
	}
}

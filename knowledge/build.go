package knowledge

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"
)

// fullBuild collects a shop's products, page by page as the Source reads
// them, into a new shopIndex. Each product becomes a compact entry at
// once; the full product is kept in the heap only while the catalog is
// small. When the count passes the disk threshold, the build moves to disk
// (dirFor): the products seen so far and every later one go to the
// product store, so a large catalog is never whole in memory. finish then
// indexes the entries, most popular first, reading each product back.
type fullBuild struct {
	s       *shopIndex
	spillAt int // products above which the index goes on disk; <0: never
	dirFor  func(n int) (string, error)
	w       *storeWriter
	n       int
}

// newFullBuild starts a build for the corpus header (Shop, Currency,
// Locales; products and documents come later). dirFor(n) says where an
// index of n products goes ("" in memory); it is asked at the start and
// once more when the catalog passes spillAt.
func newFullBuild(header *Corpus, version int64, pm, dm *mapping.IndexMappingImpl, spillAt int, dirFor func(n int) (string, error)) (*fullBuild, error) {
	b := &fullBuild{
		s: &shopIndex{
			shop:        header.Shop,
			primary:     primaryLang(header),
			currency:    header.Currency,
			pm:          pm,
			dm:          dm,
			version:     version,
			entries:     make(map[int64]*entry),
			sy:          newSymbols(),
			maxExamined: maxExamined,
		},
		spillAt: spillAt,
		dirFor:  dirFor,
	}
	dir, err := dirFor(0)
	if err != nil {
		return nil, err
	}
	if dir != "" {
		if err := b.toDisk(dir); err != nil {
			return nil, err
		}
	}
	return b, nil
}

// add takes a page of products; it keeps none of the page's memory for
// on-disk builds.
func (b *fullBuild) add(ctx context.Context, products []Product) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("load products of %s: %w", b.s.shop, err)
	}
	s := b.s
	for i := range products {
		p := &products[i]
		if !isActive(*p) {
			continue
		}
		e := newEntry(p, s.primary, s.analyze, s.sy)
		if b.w != nil {
			loc, err := b.w.put(p)
			if err != nil {
				return fmt.Errorf("store products of %s: %w", s.shop, err)
			}
			e.loc = loc
		} else {
			full := *p // not &products[i]: that would pin the whole page
			e.full = &full
		}
		if _, dup := s.entries[e.id]; !dup {
			b.n++
		}
		s.entries[e.id] = e
		if b.w == nil && b.spillAt >= 0 && b.n > b.spillAt {
			dir, err := b.dirFor(b.n)
			if err != nil {
				return err
			}
			if dir != "" {
				if err := b.toDisk(dir); err != nil {
					return err
				}
			}
			b.spillAt = -1 // asked once
		}
	}
	return nil
}

// toDisk moves the build to dir: a product store there takes the products
// held so far and every later one.
func (b *fullBuild) toDisk(dir string) error {
	st, err := newProductStore(dir)
	if err != nil {
		return fmt.Errorf("knowledge index of %s: %w", b.s.shop, err)
	}
	b.s.dir, b.s.store, b.w = dir, st, st.writer()
	for _, e := range b.s.entries {
		if e.full == nil {
			continue
		}
		if e.loc, err = b.w.put(e.full); err != nil {
			return fmt.Errorf("store products of %s: %w", b.s.shop, err)
		}
		e.full = nil
	}
	return nil
}

// finish indexes the products and documents and returns the index.
func (b *fullBuild) finish(ctx context.Context, docs []Document, batchSize int) (*shopIndex, error) {
	s := b.s
	if b.w != nil {
		if err := b.w.flush(); err != nil {
			b.abort()
			return nil, err
		}
	}
	idx, err := s.buildProducts(ctx, s.snapshot(), batchSize)
	if err != nil {
		b.abort()
		return nil, err
	}
	s.idx = idx
	if err := s.setDocuments(docs); err != nil {
		_ = closeIndex(idx, s.dir)
		b.abort()
		return nil, err
	}
	s.reorder()
	s.bytes.Store(s.estimateBytes())
	return s, nil
}

// abort releases what a failed build created.
func (b *fullBuild) abort() {
	if b.s.store != nil {
		_ = b.s.store.close()
		b.s.store = nil
	}
}

// buildShopIndex indexes a whole corpus held in memory; dir "" keeps the
// index in memory.
func buildShopIndex(ctx context.Context, c *Corpus, version int64, pm, dm *mapping.IndexMappingImpl, dir string, batchSize int) (*shopIndex, error) {
	b, err := newFullBuild(c, version, pm, dm, -1, func(int) (string, error) { return dir, nil })
	if err != nil {
		return nil, err
	}
	if err := b.add(ctx, c.Products); err != nil {
		b.abort()
		return nil, err
	}
	return b.finish(ctx, c.Documents, batchSize)
}

// buildOnDisk indexes entries with bleve's offline builder: it analyzes
// batchSize (at most diskBatchSize) products at a time into segment files and merges them into
// one segment before the index serves. One segment is what keeps on-disk
// search fast (an online index built in 5,000-product batches left ~20
// segments that scorch was still merging while it served, and its p99 was
// 14–22 ms), and the merge keeps the segments' order, so the most popular
// products stay first. product returns the full product of an entry; when
// copyTo is set, each product's record is also appended to it and its new
// place noted in locs (compaction moving to a fresh store).
func (s *shopIndex) buildOnDisk(ctx context.Context, entries []*entry, batchSize int, product func(*entry) (*Product, []byte, error), copyTo *storeWriter, locs map[*entry]storeLoc) (bleve.Index, error) {
	if len(entries) == 0 {
		return newIndex(s.pm, s.dir) // the builder needs at least one segment
	}
	path, err := os.MkdirTemp(s.dir, "knowledge-*")
	if err != nil {
		return nil, fmt.Errorf("create index directory: %w", err)
	}
	fail := func(err error) (bleve.Index, error) {
		_ = os.RemoveAll(path)
		return nil, err
	}
	batchSize = min(batchSize, diskBatchSize)
	ipath := filepath.Join(path, "idx")
	bld, err := bleve.NewBuilder(ipath, s.pm, map[string]any{
		"batchSize":       batchSize,
		"mergeMax":        len(entries)/batchSize + 2, // one merge of every segment, in order
		"buildPathPrefix": path,
	})
	if err != nil {
		return fail(fmt.Errorf("create product index for %s: %w", s.shop, err))
	}
	for i, e := range entries {
		if i%batchSize == 0 {
			if err := ctx.Err(); err != nil {
				_ = bld.Close()
				return fail(fmt.Errorf("index products for %s: %w", s.shop, err))
			}
		}
		p, rec, err := product(e)
		if err == nil && copyTo != nil {
			var loc storeLoc
			if loc, err = copyTo.putRecord(rec); err == nil {
				locs[e] = loc
			}
		}
		if err == nil {
			err = bld.Index(docID(e.id), e.doc(p, s.primary))
		}
		if err != nil {
			_ = bld.Close()
			return fail(fmt.Errorf("index product %d for %s: %w", e.id, s.shop, err))
		}
	}
	if err := bld.Close(); err != nil {
		return fail(fmt.Errorf("index products for %s: %w", s.shop, err))
	}
	// unsafe_batch: a batch is searchable once introduced; waiting for the
	// fsync buys nothing for a cache rebuilt from the database.
	idx, err := bleve.OpenUsing(ipath, map[string]any{"unsafe_batch": true})
	if err != nil {
		return fail(fmt.Errorf("open product index for %s: %w", s.shop, err))
	}
	return idx, nil
}

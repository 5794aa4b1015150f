package knowledge

import (
	"container/heap"
	"context"
	"math"
	"sort"
	"strconv"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"
)

// maxExamined bounds how many matches of one query tier are scored. On a
// large catalog a query made of common words ("red dress") matches
// thousands of products of nearly equal text relevance; scoring them all
// is what made the latency tail. Full builds put the most popular
// products in the first segments, which are searched first, so the bound
// keeps the matches among the more popular products. Catalogs and queries
// with fewer matches are unaffected.
const maxExamined = 1000

// collect runs a text query and applies the variant-level filters in Go
// until it has want candidates not in seen (which it extends) or the
// matches run out. When Go-side filters (prices, exact variant options,
// type, stock) may reject matches, it keeps a deeper window of the best
// text matches to draw from. Callers hold s.mu for reading.
func (s *shopIndex) collect(ctx context.Context, terms *termIndex, t tier, f *Filters, qlang string, want int, seen map[int64]bool, o Options) ([]candidate, error) {
	q := s.filtered(terms, t.match, f)
	wantType := s.typeTerms(f.ProductType, qlang)
	window := rerankWindow
	if f.MinPrice != nil || f.MaxPrice != nil || len(f.Options) > 0 || f.InStockOnly || wantType != nil {
		window *= maxPages
	}
	// Two passes. The first finds which products match, unscored: bleve
	// then intersects and unites posting bitmaps instead of stepping
	// through postings, and it stops after maxExamined products (the
	// popular ones: see snapshot). The second scores only those, the
	// tier's scoring query advancing straight to each. On a large catalog a
	// conjunction of common words otherwise steps through thousands of
	// postings that fail the other words, and a strict tier that matches
	// nothing cost as much as one matching hundreds.
	ids, truncated, err := matchIDs(ctx, terms.r, s.pm, q, s.maxExamined)
	if err != nil || len(ids) == 0 {
		return nil, err
	}
	if truncated && len(s.recent) > 0 {
		// Products changed since the build sit in the last segments,
		// which the bounded pass may not reach; a product changes most
		// often because it sells.
		recent := make([]string, 0, len(s.recent))
		for id := range s.recent {
			recent = append(recent, docID(id))
		}
		rq := query.NewConjunctionQuery([]query.Query{q, query.NewDocIDQuery(recent)})
		more, _, err := matchIDs(ctx, terms.r, s.pm, rq, len(recent))
		if err != nil {
			return nil, err
		}
		ids = mergeIDs(ids, more)
	}
	if !truncated && q == t.score {
		// Every match of the scoring query itself: stepping through
		// them costs less than seeking each.
		ids = nil
	}
	matches, err := scoreIDs(ctx, terms.r, s.pm, t.score, ids, max(window, want)+len(seen))
	if err != nil {
		return nil, err
	}
	var cands []candidate
	topScore := 1.0
	if len(matches) > 0 && matches[0].score > 0 {
		topScore = matches[0].score
	}
	for i, h := range matches {
		// Popularity and availability re-rank whole windows of
		// rerankWindow text matches; more windows only while short.
		if i > 0 && i%rerankWindow == 0 && len(cands) >= want {
			break
		}
		id, err := strconv.ParseInt(h.id, 10, 64)
		if err != nil || seen[id] {
			continue
		}
		e, ok := s.entries[id]
		if !ok || (wantType != nil && !e.matchesType(wantType)) {
			continue
		}
		v, ok := e.bestVariant(f)
		if !ok {
			continue
		}
		seen[id] = true
		cands = append(cands, candidate{e: e, variant: v, score: s.blend(h.score/topScore, e, e.variants[v].available, o)})
	}
	return cands, nil
}

// selectiveFilter is the share of products below which the prefilter
// drives the search: as a conjunct, the conjunction skips ahead to the
// few products that pass it. A broad filter (in stock, a common color) is
// cheaper checked after each text match, as a bleve filter.
const selectiveFilter = 0.125

// filtered adds the prefilter and the exclusions to a text query.
func (s *shopIndex) filtered(terms *termIndex, tq query.Query, f *Filters) query.Query {
	fq, est := prefilter(f, terms)
	must := tq
	if fq != nil && float64(est) <= selectiveFilter*float64(len(s.entries)) {
		must, fq = query.NewConjunctionQuery([]query.Query{tq, fq}), nil
	}
	if fq == nil && len(f.ExcludeIDs) == 0 {
		return must
	}
	bq := query.NewBooleanQuery([]query.Query{must}, nil, nil)
	if len(f.ExcludeIDs) > 0 {
		ids := make([]string, len(f.ExcludeIDs))
		for i, id := range f.ExcludeIDs {
			ids[i] = docID(id)
		}
		bq.AddMustNot(query.NewDocIDQuery(ids))
	}
	if fq != nil {
		bq.AddFilter(fq)
	}
	return bq
}

// prefilter narrows the bleve search with cheap product-level terms (stock,
// option values); the exact, variant-level check, prices included, happens
// in bestVariant. est is an upper bound of the products passing it. Price
// ranges stay out of bleve: a numeric range expands into many terms per
// segment and, measured on 100k products, made filtered queries several
// times slower than checking prices in Go.
func prefilter(f *Filters, terms *termIndex) (q query.Query, est uint64) {
	var must []query.Query
	est = math.MaxUint64
	if f.InStockOnly {
		q := query.NewBoolFieldQuery(true)
		q.SetField(stockField)
		q.SetBoost(0) // filters must not change the text score
		must = append(must, q)
		est = min(est, terms.count(stockField, "T"))
	}
	names := make([]string, 0, len(f.Options))
	for name := range f.Options {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		var any []query.Query
		var n uint64
		for _, v := range f.Options[name] {
			wanted := []string{normOption(name) + "=" + normOption(v), anyOptionTerm(normOption(v))}
			for _, shade := range shadesOf[normOption(v)] {
				wanted = append(wanted, normOption(name)+"="+shade)
			}
			for _, term := range wanted {
				tq := query.NewTermQuery(term)
				tq.SetField(optField)
				tq.SetBoost(0)
				any = append(any, tq)
				n += terms.count(optField, term)
			}
		}
		if len(any) > 0 {
			must = append(must, query.NewDisjunctionQuery(any))
			est = min(est, n)
		}
	}
	if len(must) == 0 {
		return nil, 0
	}
	return query.NewConjunctionQuery(must), est
}

// matchIDs returns the internal document numbers of the first max
// documents q matches, in index order, without scoring; truncated reports
// that there are more.
func matchIDs(ctx context.Context, r index.IndexReader, m mapping.IndexMapping, q query.Query, max int) (ids []uint64, truncated bool, _ error) {
	sr, err := q.Searcher(ctx, r, m, search.SearcherOptions{Score: "none"})
	if err != nil {
		return nil, false, err
	}
	defer sr.Close()
	sctx := &search.SearchContext{
		DocumentMatchPool: search.NewDocumentMatchPool(sr.DocumentMatchPoolSize()+1, 0),
		IndexReader:       r,
	}
	for {
		if len(ids)%256 == 255 {
			if err := ctx.Err(); err != nil {
				return nil, false, err
			}
		}
		dm, err := sr.Next(sctx)
		if err != nil {
			return nil, false, err
		}
		if dm == nil {
			return ids, false, nil
		}
		if len(ids) == max {
			return ids, true, nil
		}
		ids = append(ids, dm.IndexInternalID.Value())
		sctx.DocumentMatchPool.Put(dm)
	}
}

// mergeIDs merges two ascending ID lists, dropping duplicates.
func mergeIDs(a, b []uint64) []uint64 {
	out := make([]uint64, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || (i < len(a) && a[i] < b[j]):
			out = append(out, a[i])
			i++
		case i == len(a) || a[i] > b[j]:
			out = append(out, b[j])
			j++
		default:
			out = append(out, a[i])
			i, j = i+1, j+1
		}
	}
	return out
}

// match is one scored document of a query.
type match struct {
	id    string
	score float64
}

// scoreIDs scores the documents ids (ascending) with the text query tq and
// returns the size best, best first (ties by index order); nil ids means
// every match of tq. It advances the scored searcher straight to each
// document, so the postings between them are skipped rather than stepped
// through; the scores are those bleve's collector would give.
func scoreIDs(ctx context.Context, r index.IndexReader, m mapping.IndexMapping, tq query.Query, ids []uint64, size int) ([]match, error) {
	sr, err := tq.Searcher(ctx, r, m, search.SearcherOptions{})
	if err != nil {
		return nil, err
	}
	defer sr.Close()
	sctx := &search.SearchContext{
		DocumentMatchPool: search.NewDocumentMatchPool(sr.DocumentMatchPoolSize()+1, 0),
		IndexReader:       r,
	}
	best := make(matchHeap, 0, min(size, 64))
	var cur *search.DocumentMatch // where the searcher stands, when past the last ID scored
	keep := func(dm *search.DocumentMatch) {
		switch {
		case len(best) < size:
			heap.Push(&best, dm)
		case dm.Score > best[0].Score:
			sctx.DocumentMatchPool.Put(best[0])
			best[0] = dm
			heap.Fix(&best, 0)
		default:
			sctx.DocumentMatchPool.Put(dm)
		}
	}
	for n := 0; ids == nil; n++ {
		if n%256 == 255 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		dm, err := sr.Next(sctx)
		if err != nil {
			return nil, err
		}
		if dm == nil {
			break
		}
		keep(dm)
	}
	var target index.IndexInternalID
	for n, id := range ids {
		if n%256 == 255 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		if cur != nil && cur.IndexInternalID.Value() > id {
			continue // tq does not match id (cannot happen: ids matched a stricter query)
		}
		if cur == nil || cur.IndexInternalID.Value() < id {
			if cur != nil {
				sctx.DocumentMatchPool.Put(cur)
			}
			target = index.NewIndexInternalID(target, id)
			if cur, err = sr.Advance(sctx, target); err != nil {
				return nil, err
			}
			if cur == nil {
				break
			}
			if cur.IndexInternalID.Value() != id {
				continue
			}
		}
		keep(cur)
		cur = nil
	}
	out := make([]match, len(best))
	for i := len(out) - 1; i >= 0; i-- {
		dm := heap.Pop(&best).(*search.DocumentMatch)
		id, err := r.ExternalID(dm.IndexInternalID)
		if err != nil {
			return nil, err
		}
		out[i] = match{id: id, score: dm.Score}
	}
	return out, nil
}

// matchHeap is a min-heap of matches by score; among equal scores the
// later one in index order is the smaller, so earlier ones are kept.
type matchHeap []*search.DocumentMatch

func (h matchHeap) Len() int { return len(h) }
func (h matchHeap) Less(i, j int) bool {
	if h[i].Score != h[j].Score {
		return h[i].Score < h[j].Score
	}
	return h[i].IndexInternalID.Compare(h[j].IndexInternalID) > 0
}
func (h matchHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *matchHeap) Push(x any)   { *h = append(*h, x.(*search.DocumentMatch)) }
func (h *matchHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

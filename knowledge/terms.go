package knowledge

import (
	"context"
	"fmt"
	"sort"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"
)

// maxTypoCandidates bounds how many dictionary terms one misspelled word
// expands to; the closest are kept.
const maxTypoCandidates = 64

// termIndex answers questions about the terms of one index snapshot during
// a search: how many documents hold a term, and which terms are within a
// few typos of a word. It stands in for bleve's fuzzy query, which builds a
// Levenshtein automaton per field (hundreds of kilobytes for two edits,
// most of SearchDocs' allocations) and walks it over every segment.
type termIndex struct {
	ctx context.Context
	r   index.IndexReader
}

// openTerms opens a snapshot reader of idx; the caller closes it.
func openTerms(ctx context.Context, idx bleve.Index) (*termIndex, error) {
	adv, err := idx.Advanced()
	if err != nil {
		return nil, fmt.Errorf("open index: %w", err)
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, fmt.Errorf("open index reader: %w", err)
	}
	return &termIndex{ctx: ctx, r: r}, nil
}

func (t *termIndex) Close() error { return t.r.Close() }

// count is the number of documents containing term in field. Errors count
// as zero: counts only steer typo expansion and the any-word tier.
func (t *termIndex) count(field, term string) uint64 {
	tfr, err := t.r.TermFieldReader(t.ctx, []byte(term), field, false, false, false)
	if err != nil {
		return 0
	}
	n := tfr.Count()
	_ = tfr.Close()
	return n
}

// fuzzy returns a query matching the terms of field within fuzziness
// edits (insertions, deletions, substitutions, transpositions) of term
// that share its first fuzzyPrefix characters. Like bleve's fuzzy query,
// each term's boost is divided by one plus its distance, so it scores the
// same.
func (t *termIndex) fuzzy(field, term string, fuzziness int, boost float64) query.Query {
	want := []rune(term)
	prefix := string(want[:min(fuzzyPrefix, len(want))])
	type cand struct {
		term string
		dist int
	}
	var cands []cand
	if fd, err := t.r.FieldDictPrefix(field, []byte(prefix)); err == nil {
		var buf editBuffers
		for e, err := fd.Next(); e != nil && err == nil; e, err = fd.Next() {
			if d, ok := buf.distanceWithin(want, e.Term, fuzziness); ok {
				cands = append(cands, cand{e.Term, d})
			}
		}
		_ = fd.Close()
	}
	if len(cands) == 0 {
		tq := query.NewTermQuery(term)
		tq.SetField(field)
		tq.SetBoost(boost)
		return tq
	}
	if len(cands) > maxTypoCandidates {
		sort.SliceStable(cands, func(i, j int) bool { return cands[i].dist < cands[j].dist })
		cands = cands[:maxTypoCandidates]
	}
	qs := make([]query.Query, len(cands))
	for i, c := range cands {
		tq := query.NewTermQuery(c.term)
		tq.SetField(field)
		tq.SetBoost(boost / float64(c.dist+1))
		qs[i] = tq
	}
	return query.NewDisjunctionQuery(qs)
}

// editBuffers holds the rows of the edit-distance table between calls.
type editBuffers struct {
	have             []rune
	prev2, prev, cur []int
}

// distanceWithin computes the optimal string alignment distance (edit
// distance with adjacent transpositions) between want and have, in runes,
// and reports whether it is at most max. It stops as soon as a row
// exceeds max.
func (b *editBuffers) distanceWithin(want []rune, have string, max int) (int, bool) {
	// Cheap length check on bytes first: a rune is at most 4 bytes.
	if len(have) > 4*(len(want)+max) {
		return 0, false
	}
	b.have = b.have[:0]
	for _, r := range have {
		b.have = append(b.have, r)
	}
	h := b.have
	if d := len(h) - len(want); d > max || -d > max {
		return 0, false
	}
	n := len(h)
	if cap(b.cur) < n+1 {
		b.prev2, b.prev, b.cur = make([]int, n+1), make([]int, n+1), make([]int, n+1)
	}
	prev2, prev, cur := b.prev2[:n+1], b.prev[:n+1], b.cur[:n+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(want); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= n; j++ {
			cost := 1
			if want[i-1] == h[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && want[i-1] == h[j-2] && want[i-2] == h[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > max {
			return 0, false
		}
		prev2, prev, cur = prev, cur, prev2
	}
	d := prev[n]
	return d, d <= max
}

package knowledge

import (
	"context"
	"fmt"

	"github.com/blevesearch/bleve/v2"
	"os"
	"runtime/pprof"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestZZProfile is a temporary profiling harness (removed before handoff).
func TestZZProfile(t *testing.T) {
	if os.Getenv("KN_PROF") == "" {
		t.Skip()
	}
	b := &testing.B{}
	_ = b
	pm, _ := newProductMapping()
	dm, _ := newDocMapping()
	opts := Options{}.withDefaults()
	c := &Corpus{Shop: testShop, Currency: "EUR", Locales: fixtureLocales,
		Products: append(coreProducts(t), generatedProducts(100_000-42, 100_000, true)...), Documents: fixtureDocuments(t)}
	start := time.Now()
	if bs, _ := strconv.Atoi(os.Getenv("KN_BS")); bs > 0 {
		opts.BatchSize = bs
	}
	s, err := buildShopIndex(context.Background(), c, 1, pm, dm, opts.Dir, opts.BatchSize)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("build %v", time.Since(start))
	qs := benchQueries(t)
	if f := os.Getenv("KN_Q"); f != "" {
		var keep []benchQuery
		for _, q := range qs {
			if strings.Contains(q.text, f) {
				keep = append(keep, q)
			}
		}
		qs = keep
	}
	ctx := context.Background()
	for _, q := range qs {
		f := q.f
		s.search(ctx, q.text, langKey(q.lang), langKey(q.lang), &f, 10, opts)
	}
	for _, q := range qs {
		f := q.f
		lang := langKey(q.lang)
		r, _ := openTerms(ctx, s.idx)
		tiers := textQueries(s.pm, q.text, s.productFields(lang), r)
		var parts []string
		for ti, build := range tiers {
			tq := build()
			if tq == nil {
				parts = append(parts, fmt.Sprintf("t%d:skip", ti))
				continue
			}
			best := time.Hour
			var n int
			for range 5 {
				st := time.Now()
				c, _ := s.collect(ctx, r, tq, &f, lang, 10, map[int64]bool{}, opts)
				best = min(best, time.Since(st))
				n = len(c)
			}
			parts = append(parts, fmt.Sprintf("t%d:%d/%v", ti, n, best))
			bq := s.filtered(r, tq, &f)
			res, _ := s.idx.SearchInContext(ctx, bleve.NewSearchRequestOptions(bq, 50, 0, false))
			parts = append(parts, fmt.Sprintf("total=%d", res.Total))
		}
		r.Close()
		t.Logf("%-4s %-30q %v", q.lang, q.text, parts)
	}
	if tq := os.Getenv("KN_TIER"); tq != "" {
		ti, _ := strconv.Atoi(tq)
		pf, _ := os.Create("/tmp/kn_tier.prof")
		pprof.StartCPUProfile(pf)
		for _, q := range qs {
			f := q.f
			lang := langKey(q.lang)
			r, _ := openTerms(ctx, s.idx)
			tiers := textQueries(s.pm, q.text, s.productFields(lang), r)
			tq := tiers[ti]()
			st := time.Now()
			for range 200 {
				s.collect(ctx, r, tq, &f, lang, 10, map[int64]bool{}, opts)
			}
			t.Logf("tier %d %q: %v/op", ti, q.text, time.Since(st)/200)
			r.Close()
		}
		pprof.StopCPUProfile()
		pf.Close()
	}
	pf, _ := os.Create("/tmp/kn_cpu.prof")
	pprof.StartCPUProfile(pf)
	for _, q := range qs {
		best := time.Hour
		for range 30 {
			f := q.f
			st := time.Now()
			s.search(ctx, q.text, langKey(q.lang), langKey(q.lang), &f, 10, opts)
			best = min(best, time.Since(st))
		}
		if best > 1500*time.Microsecond {
			t.Logf("%-4s %-30q best %v", q.lang, q.text, best)
		}
	}
	pprof.StopCPUProfile()
	pf.Close()
}

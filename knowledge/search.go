package knowledge

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strings"
)

const (
	defaultLimit = 10
	maxLimit     = 100
	// rerankWindow is how many of the best text matches are re-scored
	// with popularity and availability; maxPages times as many when
	// Go-side filters may reject some of them.
	rerankWindow = 50
	maxPages     = 8
)

// Search finds active products matching the shopper's text in lang (a
// BCP-47 locale) that satisfy the filters, best first. Filters apply at the
// variant level and each hit carries the best matching variant. An empty
// query lists the most popular products matching the filters.
func (m *Manager) Search(ctx context.Context, shop, q, lang string, f Filters, limit int) ([]Hit, error) {
	var hits []Hit
	err := m.withShop(ctx, shop, func(s *shopIndex) error {
		var err error
		hits, err = s.search(ctx, q, langKey(lang), langKey(lang), &f, clampLimit(limit), m.opts)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("search %s: %w", shop, err)
	}
	return hits, nil
}

// SearchAs is Search matching the text in lang but showing titles in
// display (or the original language).
func (m *Manager) SearchAs(ctx context.Context, shop, q, lang, display string, f Filters, limit int) ([]Hit, error) {
	var hits []Hit
	err := m.withShop(ctx, shop, func(s *shopIndex) error {
		var err error
		hits, err = s.search(ctx, q, langKey(lang), langKey(display), &f, clampLimit(limit), m.opts)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("search %s: %w", shop, err)
	}
	return hits, nil
}

// Recommend suggests in-stock products: matches for the query when there is
// one; otherwise products similar to the seeds (their titles, types and
// tags), topped up with popular ones; otherwise the most popular products
// matching the filters. Seeds are never recommended back.
func (m *Manager) Recommend(ctx context.Context, shop string, r RecommendRequest) ([]Hit, error) {
	f := r.Filters
	f.InStockOnly = true
	f.ExcludeIDs = append(append([]int64(nil), f.ExcludeIDs...), r.SeedProductIDs...)
	limit := clampLimit(r.Limit)
	lang := langKey(r.Lang)
	display := lang
	if r.DisplayLang != "" {
		display = langKey(r.DisplayLang)
	}
	var hits []Hit
	err := m.withShop(ctx, shop, func(s *shopIndex) error {
		var err error
		switch {
		case strings.TrimSpace(r.Query) != "":
			hits, err = s.search(ctx, r.Query, lang, display, &f, limit, m.opts)
		case len(r.SeedProductIDs) > 0:
			var seeds string
			if seeds, err = s.seedText(r.SeedProductIDs); err != nil {
				return err
			}
			hits, err = s.search(ctx, seeds, s.primary, display, &f, limit, m.opts)
			if err == nil && len(hits) < limit {
				g := f
				for _, h := range hits {
					g.ExcludeIDs = append(g.ExcludeIDs, h.ProductID)
				}
				var more []Hit
				more, err = s.popular(display, &g, limit-len(hits))
				hits = append(hits, more...)
			}
		default:
			hits, err = s.popular(display, &f, limit)
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("recommend for %s: %w", shop, err)
	}
	return hits, nil
}

func clampLimit(n int) int {
	if n <= 0 {
		return defaultLimit
	}
	return min(n, maxLimit)
}

// seedText describes the seed products in the original language.
func (s *shopIndex) seedText(ids []int64) (string, error) {
	var parts []string
	for _, id := range ids {
		if e, ok := s.entries[id]; ok {
			p, err := s.product(e)
			if err != nil {
				return "", err
			}
			parts = append(parts, p.Title, p.ProductType, strings.Join(p.Tags, " "))
		}
	}
	return strings.Join(parts, " "), nil
}

type candidate struct {
	e       *entry
	variant int // index in the product's variants
	score   float64
	tier    int // 0: matched every word, 1: some words
}

// search runs a text query in qlang and renders hits in displayLang.
// Callers hold s.mu for reading.
func (s *shopIndex) search(ctx context.Context, text, qlang, displayLang string, f *Filters, limit int, o Options) ([]Hit, error) {
	if strings.TrimSpace(text) == "" {
		return s.popular(displayLang, f, limit)
	}
	terms, err := openTerms(ctx, s.idx)
	if err != nil {
		return nil, fmt.Errorf("search products of %s: %w", s.shop, err)
	}
	defer terms.Close()
	tiers := textQueries(s.pm, text, s.productFields(qlang), terms)
	if len(tiers) == 0 {
		return s.popular(displayLang, f, limit)
	}
	// Stricter tiers rank first; laxer ones only fill the remaining places.
	var cands []candidate
	seen := map[int64]bool{}
	for rank, build := range tiers {
		if len(cands) >= limit {
			break
		}
		t := build()
		if t.match == nil {
			continue
		}
		more, err := s.collect(ctx, terms, t, f, qlang, limit-len(cands), seen, o)
		if err != nil {
			return nil, fmt.Errorf("query %q: %w", text, err)
		}
		for i := range more {
			more[i].tier = rank
		}
		cands = append(cands, more...)
	}
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].tier != cands[j].tier {
			return cands[i].tier < cands[j].tier
		}
		if cands[i].score != cands[j].score {
			return cands[i].score > cands[j].score
		}
		return cands[i].e.id < cands[j].e.id
	})
	if len(cands) > limit {
		cands = cands[:limit]
	}
	return s.hits(cands, displayLang)
}

// blend turns a normalized text score into the ranking score: popularity
// gives up to PopularityWeight on a log scale, and an unavailable variant
// is demoted by OutOfStockFactor.
func (s *shopIndex) blend(text float64, e *entry, available bool, o Options) float64 {
	pop := 0.0
	if s.maxPop > 0 {
		pop = e.popScore / s.maxPop
	}
	score := text * (1 + o.PopularityWeight*pop)
	if !available {
		score *= o.OutOfStockFactor
	}
	return score
}

// typeFilter is a product-type filter: the catalog type it names exactly,
// or else the analyzed terms a product's type must carry.
type typeFilter struct {
	// exact is the shop's type the filter names ("Shirts"): only its
	// products match. By terms alone, "T-Shirts" (analyzed "t shirt")
	// carries every term of "Shirts" and its tees passed as shirts.
	exact string
	// terms are the filter analyzed with the original language's and
	// the query language's analyzers; a product matches when its type
	// terms contain either set.
	terms [][]string
}

// typeTerms reads a product-type filter; nil means no type filter.
func (s *shopIndex) typeTerms(productType, lang string) *typeFilter {
	if strings.TrimSpace(productType) == "" {
		return nil
	}
	for _, ct := range s.catalogTypes() {
		if strings.EqualFold(ct.name, strings.TrimSpace(productType)) {
			return &typeFilter{exact: ct.name}
		}
	}
	out := [][]string{s.analyze(s.primary, productType)}
	if lang != s.primary {
		out = append(out, s.analyze(lang, productType))
	}
	return &typeFilter{terms: out}
}

// popular lists the most popular products satisfying the filters, in-stock
// ones first. Callers hold s.mu for reading.
func (s *shopIndex) popular(lang string, f *Filters, limit int) ([]Hit, error) {
	excluded := make(map[int64]bool, len(f.ExcludeIDs))
	for _, id := range f.ExcludeIDs {
		excluded[id] = true
	}
	wantType := s.typeTerms(f.ProductType, lang)
	var avail, unavail []candidate
	for _, e := range s.byPop {
		if len(avail) >= limit {
			break
		}
		if excluded[e.id] || (wantType != nil && !e.matchesType(wantType)) {
			continue
		}
		v, ok := e.bestVariant(f)
		if !ok {
			continue
		}
		score := 0.0
		if s.maxPop > 0 {
			score = e.popScore / s.maxPop
		}
		c := candidate{e: e, variant: v, score: score}
		if e.variants[v].available {
			avail = append(avail, c)
		} else if len(unavail) < limit {
			unavail = append(unavail, c)
		}
	}
	cands := append(avail, unavail...)
	if len(cands) > limit {
		cands = cands[:limit]
	}
	return s.hits(cands, lang)
}

// hits renders candidates in lang, falling back to the original language
// for products without a translation. Only here (and for product facts)
// is the full product needed: on disk it is read for the hits returned.
func (s *shopIndex) hits(cands []candidate, lang string) ([]Hit, error) {
	out := make([]Hit, 0, len(cands))
	for _, c := range cands {
		p, err := s.product(c.e)
		if err != nil {
			return nil, err
		}
		v := p.Variants[c.variant]
		h := Hit{
			ProductID:      p.ID,
			Handle:         p.Handle,
			Title:          p.Title,
			URL:            p.URL,
			ImageURL:       p.ImageURL,
			Price:          v.Price,
			CompareAtPrice: v.CompareAtPrice,
			Currency:       s.currency,
			VariantID:      v.ID,
			VariantTitle:   v.Title,
			Available:      v.Available,
			Score:          math.Round(c.score*1e6) / 1e6,
			Lang:           s.primary,
		}
		if lang != s.primary {
			if tr, _, ok := translationIn(p, lang); ok && tr.Title != "" {
				h.Title, h.Lang = tr.Title, lang
				h.VariantTitle = variantTitle(p, v, lang)
			}
		}
		out = append(out, h)
	}
	return out, nil
}

package knowledge

import (
	"sort"
	"strings"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"
)

// fieldBoost is one field a text query runs against.
type fieldBoost struct {
	field string
	lang  string // analyzer language key
	boost float64
	fuzzy bool // tolerate typos (titles: cheap enough and where typos matter)
}

// Field boosts. The shopper's language dominates; the shop's original
// language is a fallback that still lets brand names, cognates and
// untranslated products match ("sneakers", "Nike") at a lower weight.
const (
	boostTitle         = 3.0
	boostBody          = 1.0
	boostFallbackTitle = 1.2
	boostFallbackBody  = 0.4
	boostVendor        = 1.5
	boostSKU           = 5.0
	fuzzyPrefix        = 1 // first character must match: typos there are rare and it keeps fuzzy search cheap
)

// productFields lists the fields a query in lang searches: that language's
// fields when any product has text in it, and the original language's.
func (s *shopIndex) productFields(lang string) []fieldBoost {
	// The shopper's language comes first: its analyzer defines the word
	// positions textQueries groups by.
	var fs []fieldBoost
	if sib := siblingLang(lang); sib != "" && s.langCount[lang] == 0 {
		lang = sib
	}
	if lang != s.primary && s.langCount[lang] > 0 {
		fs = append(fs,
			fieldBoost{titleField + lang, lang, boostTitle, true},
			fieldBoost{bodyField + lang, lang, boostBody, false},
			fieldBoost{titleField + s.primary, s.primary, boostFallbackTitle, true},
			fieldBoost{bodyField + s.primary, s.primary, boostFallbackBody, false},
		)
	} else {
		fs = append(fs,
			fieldBoost{titleField + s.primary, s.primary, boostTitle, true},
			fieldBoost{bodyField + s.primary, s.primary, boostBody, false},
		)
	}
	return append(fs, fieldBoost{vendorField, "", boostVendor, false})
}

// broadTermMaxDocs bounds the any-word tier on large catalogs: a word with
// more matches than this (products per searched field, summed) is left out
// of it (unless every word is that
// common, when only the rarest stays). Such a word alone says little about
// the shopper's intent, and a disjunction over it would score tens of
// thousands of products to fill a handful of places. Catalogs below this
// size are unaffected.
const broadTermMaxDocs = 2000

// textQueries builds the relevance queries, strictest first; a search runs
// them in order until it has enough results, and earlier tiers rank first.
// Each tier is built only when the search gets to it.
//
// The text is analyzed with each field's analyzer (stemming, stop words,
// CJK bigrams) and terms are grouped by their position in the text. The
// tiers are: every word matches exactly (in some field or language);
// every word matches allowing typos in titles; all words but one match
// exactly (3-5 words); any word matches, typos allowed, where the
// disjunction's coordination factor rewards products matching more words.
// Conjunctions are cheap on large catalogs (the rarest word drives them)
// and typo expansion, the costly part, only runs when the exact words did
// not find enough. Edit distance grows with term length and is zero for
// CJK.
//
// Typos are only expanded for words no searched field contains (a word the catalog uses is taken as meant; the same rule as a
// spell checker's "missing" mode), which skips the automaton walks for
// nearly every correctly spelled query, and the any-word tier leaves out
// words more common than broadTermMaxDocs.
//
// Positions are those of the shopper's-language analyzer (the first text
// field), so a word that is a stop word there ("para", "de") is not
// required through another language's fields. tiers is empty when the text
// has no searchable terms.
func textQueries(m *mapping.IndexMappingImpl, text string, fields []fieldBoost, terms *termIndex) (tiers []func() tier) {
	type posTerm struct {
		f    *fieldBoost
		term string
	}
	byPos := map[int][]posTerm{}
	var defined map[int]bool
	for i := range fields {
		f := &fields[i]
		analyzer := plainAnalyzer
		if f.lang != "" {
			analyzer = langAnalyzers[f.lang]
		}
		a := m.AnalyzerNamed(analyzer)
		if a == nil {
			continue
		}
		toks := a.Analyze([]byte(text))
		if defined == nil && f.lang != "" {
			defined = make(map[int]bool, len(toks))
			for _, tok := range toks {
				defined[tok.Position] = true
			}
		}
		for _, tok := range toks {
			if defined != nil && !defined[tok.Position] {
				continue
			}
			byPos[tok.Position] = append(byPos[tok.Position], posTerm{f, string(tok.Term)})
		}
	}
	positions := make([]int, 0, len(byPos))
	for p := range byPos {
		positions = append(positions, p)
	}
	sort.Ints(positions)

	// docFreq is the number of (field, product) matches of a position's
	// exact terms: zero means no searched field knows the word.
	docFreq := make([]int64, len(positions))
	for i := range docFreq {
		docFreq[i] = -1
	}
	df := func(i int) uint64 {
		if docFreq[i] < 0 {
			var n uint64
			for _, pt := range byPos[positions[i]] {
				n += terms.count(pt.f.field, pt.term)
			}
			docFreq[i] = int64(n)
		}
		return uint64(docFreq[i])
	}
	termQuery := func(pt posTerm) query.Query {
		tq := query.NewTermQuery(pt.term)
		tq.SetField(pt.f.field)
		tq.SetBoost(pt.f.boost)
		return tq
	}
	exact := make([]query.Query, len(positions))
	for i, p := range positions {
		qs := make([]query.Query, 0, len(byPos[p]))
		for _, pt := range byPos[p] {
			qs = append(qs, termQuery(pt))
		}
		exact[i] = query.NewDisjunctionQuery(qs)
	}
	// fuzzyAt is the position's clause with typos allowed, or nil when no
	// term there is expanded.
	fuzzyAt := func(i int) query.Query {
		pts := byPos[positions[i]]
		expand := false
		for _, pt := range pts {
			if pt.f.fuzzy && fuzzinessFor(pt.term) > 0 {
				expand = true
				break
			}
		}
		if !expand || df(i) > 0 {
			return nil
		}
		qs := make([]query.Query, 0, len(pts))
		for _, pt := range pts {
			if fz := fuzzinessFor(pt.term); fz > 0 && pt.f.fuzzy {
				qs = append(qs, terms.fuzzy(pt.f.field, pt.term, fz, pt.f.boost))
			} else {
				qs = append(qs, termQuery(pt))
			}
		}
		return query.NewDisjunctionQuery(qs)
	}
	var fuzzy []query.Query
	hasFuzzy := false
	fuzzyClauses := func() []query.Query {
		if fuzzy == nil {
			fuzzy = make([]query.Query, len(positions))
			for i := range positions {
				if fuzzy[i] = fuzzyAt(i); fuzzy[i] != nil {
					hasFuzzy = true
				} else {
					fuzzy[i] = exact[i]
				}
			}
		}
		return fuzzy
	}
	var sku query.Query
	if t := strings.ToLower(strings.TrimSpace(text)); t != "" && !strings.ContainsAny(t, " \t") {
		tq := query.NewTermQuery(t)
		tq.SetField(skuField)
		tq.SetBoost(boostSKU)
		sku = tq
	}
	// broad is the any-word tier, without the words too common to help
	// when the catalog is large.
	broad := func() query.Query {
		clauses := fuzzyClauses()
		if len(positions) > 1 {
			var kept []query.Query
			rarest := 0
			for i := range positions {
				if df(i) < df(rarest) {
					rarest = i
				}
				if df(i) <= broadTermMaxDocs {
					kept = append(kept, clauses[i])
				}
			}
			if len(kept) == 0 {
				kept = []query.Query{clauses[rarest]}
			}
			clauses = kept
		}
		return withSKU(clauses, sku)
	}

	// Each tier scores with the flat disjunction of its word clauses. For
	// a product matching every word, a conjunction's score is the same sum
	// (coordination 1); in the all-but-one tier every new match misses
	// exactly one word, so the disjunction's coordination is one constant
	// and the order is the subsets' order. Advancing a disjunction to a
	// product is a seek per term, where a conjunction or the subsets
	// would leapfrog ahead to their next match.
	switch n := len(exact); {
	case n > 1:
		tiers = append(tiers, func() tier {
			return tier{query.NewConjunctionQuery(exact), query.NewDisjunctionQuery(exact)}
		})
		// The fuzzy tier is decided when reached: it is skipped (nil) when
		// no word needs typo expansion.
		tiers = append(tiers, func() tier {
			if c := fuzzyClauses(); hasFuzzy {
				return tier{query.NewConjunctionQuery(c), query.NewDisjunctionQuery(c)}
			}
			return tier{}
		})
		if n >= 3 && n <= maxSubsetWords {
			tiers = append(tiers, func() tier { return tier{allButOne(exact), query.NewDisjunctionQuery(exact)} })
		}
	case n == 1:
		tiers = append(tiers, func() tier {
			if fuzzyClauses(); hasFuzzy {
				q := withSKU(exact, sku)
				return tier{q, q}
			}
			return tier{}
		})
	}
	if len(exact) > 0 || sku != nil {
		tiers = append(tiers, func() tier {
			q := broad()
			return tier{q, q}
		})
	}
	return tiers
}

// tier is one step of the query cascade: match selects the products,
// score ranks them (nil match: the tier is skipped).
type tier struct {
	match, score query.Query
}

// maxSubsetWords bounds the "all words but one" tier to short queries,
// where it costs a handful of cheap conjunctions.
const maxSubsetWords = 5

// allButOne matches products having all words but (at most) one: on large
// catalogs it fills results far more cheaply than the any-word tier, which
// scores every product containing any common word.
func allButOne(clauses []query.Query) query.Query {
	subsets := make([]query.Query, 0, len(clauses))
	for skip := range clauses {
		sub := make([]query.Query, 0, len(clauses)-1)
		for i, c := range clauses {
			if i != skip {
				sub = append(sub, c)
			}
		}
		subsets = append(subsets, query.NewConjunctionQuery(sub))
	}
	return query.NewDisjunctionQuery(subsets)
}

func withSKU(clauses []query.Query, sku query.Query) query.Query {
	qs := append([]query.Query(nil), clauses...)
	if sku != nil {
		qs = append(qs, sku)
	}
	return query.NewDisjunctionQuery(qs)
}

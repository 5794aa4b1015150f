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

// textQueries builds the relevance queries, strictest first; a search runs
// them in order until it has enough results, and earlier tiers rank first.
//
// The text is analyzed with each field's analyzer (stemming, stop words,
// CJK bigrams) and terms are grouped by their position in the text. The
// tiers are: every word matches exactly (in some field or language);
// every word matches allowing typos in titles; all words but one match
// exactly (3-5 words); any word matches, typos allowed, where the disjunction's coordination factor rewards products
// matching more words. Conjunctions are cheap on large catalogs (the rarest
// word drives them) and typo expansion, the costly part, only runs when the
// exact words did not find enough. Edit distance grows with term length
// and is zero for CJK.
//
// Positions are those of the shopper's-language analyzer (the first text
// field), so a word that is a stop word there ("para", "de") is not
// required through another language's fields. tiers is empty when the text
// has no searchable terms.
func textQueries(m *mapping.IndexMappingImpl, text string, fields []fieldBoost) (tiers []query.Query) {
	exact, fuzzy := map[int][]query.Query{}, map[int][]query.Query{}
	hasFuzzy := false
	var defined map[int]bool
	for _, f := range fields {
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
			defined = map[int]bool{}
			for _, tok := range toks {
				defined[tok.Position] = true
			}
		}
		for _, tok := range toks {
			if defined != nil && !defined[tok.Position] {
				continue
			}
			term := string(tok.Term)
			tq := query.NewTermQuery(term)
			tq.SetField(f.field)
			tq.SetBoost(f.boost)
			exact[tok.Position] = append(exact[tok.Position], tq)
			if fz := fuzzinessFor(term); fz > 0 && f.fuzzy {
				fq := query.NewFuzzyQuery(term)
				fq.SetFuzziness(fz)
				fq.SetPrefix(fuzzyPrefix)
				fq.SetField(f.field)
				fq.SetBoost(f.boost)
				fuzzy[tok.Position] = append(fuzzy[tok.Position], fq)
				hasFuzzy = true
			} else {
				fuzzy[tok.Position] = append(fuzzy[tok.Position], tq)
			}
		}
	}
	var sku query.Query
	if t := strings.ToLower(strings.TrimSpace(text)); t != "" && !strings.ContainsAny(t, " \t") {
		tq := query.NewTermQuery(t)
		tq.SetField(skuField)
		tq.SetBoost(boostSKU)
		sku = tq
	}
	exactClauses, fuzzyClauses := byPosition(exact), byPosition(fuzzy)
	if len(exactClauses) > 1 {
		tiers = append(tiers, query.NewConjunctionQuery(exactClauses))
		if hasFuzzy {
			tiers = append(tiers, query.NewConjunctionQuery(fuzzyClauses))
		}
		if n := len(exactClauses); n >= 3 && n <= maxSubsetWords {
			tiers = append(tiers, allButOne(exactClauses))
		}
	} else if len(exactClauses) == 1 && hasFuzzy {
		tiers = append(tiers, withSKU(exactClauses, sku))
	}
	if len(fuzzyClauses) > 0 || sku != nil {
		tiers = append(tiers, withSKU(fuzzyClauses, sku))
	}
	return tiers
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

func byPosition(groups map[int][]query.Query) []query.Query {
	positions := make([]int, 0, len(groups))
	for p := range groups {
		positions = append(positions, p)
	}
	sort.Ints(positions)
	clauses := make([]query.Query, 0, len(groups))
	for _, p := range positions {
		clauses = append(clauses, query.NewDisjunctionQuery(groups[p]))
	}
	return clauses
}

func withSKU(clauses []query.Query, sku query.Query) query.Query {
	qs := append([]query.Query(nil), clauses...)
	if sku != nil {
		qs = append(qs, sku)
	}
	return query.NewDisjunctionQuery(qs)
}

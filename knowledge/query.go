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
// Each tier is built only when the search gets to it. tiers is empty when
// the text has no searchable terms; queryPlan describes the tiers.
func textQueries(m *mapping.IndexMappingImpl, text string, fields []fieldBoost, terms *termIndex) (tiers []func() tier) {
	return newQueryPlan(m, text, fields, terms).tiers()
}

// queryPlan is one text query taken apart for the tier cascade.
//
// The text is analyzed with each field's analyzer (stemming, stop words,
// CJK bigrams) and terms are grouped by their position in the text: a
// word. The tiers are: every word matches exactly (in some field or
// language); every word matches allowing typos in titles; all words but
// one match exactly (3-5 words); any word matches, typos allowed, where the
// disjunction's coordination factor rewards products matching more words.
// Conjunctions are cheap on large catalogs (the rarest word drives them)
// and typo expansion, the costly part, only runs when the exact words did
// not find enough. Edit distance grows with term length and is zero for
// CJK.
//
// Typos are only expanded for words no searched field contains (a word the
// catalog uses is taken as meant; the same rule as a spell checker's
// "missing" mode), which skips the dictionary scans for nearly every
// correctly spelled query, and the any-word tier leaves out words more
// common than broadTermMaxDocs.
//
// Positions are those of the shopper's-language analyzer (the first text
// field), so a word that is a stop word there ("para", "de") is not
// required through another language's fields.
//
// Document counts and typo expansions read the index, so they are computed
// on first use and kept for the later tiers of the same search; a plan
// serves one search, whose tiers run one after another.
type queryPlan struct {
	terms *termIndex
	words [][]fieldTerm  // per word, in text order: its terms in every field
	exact []query.Query  // per word: any of its terms, exactly
	sku   query.Query    // the whole text as a SKU; nil unless it is one token
	freq  []int64        // per word: see docFreq; -1 until counted
	typos *typoExpansion // nil until typoClauses builds it
}

// fieldTerm is a word's analyzed term in one field.
type fieldTerm struct {
	f    *fieldBoost
	term string
}

// typoExpansion is the per-word clauses of the tiers that allow typos.
type typoExpansion struct {
	clauses  []query.Query // per word: typos allowed where expanded, else its exact clause
	expanded bool          // some word was expanded: the typo tier differs from the exact one
}

func newQueryPlan(m *mapping.IndexMappingImpl, text string, fields []fieldBoost, terms *termIndex) *queryPlan {
	p := &queryPlan{terms: terms, words: analyzeWords(m, text, fields)}
	p.exact = make([]query.Query, len(p.words))
	p.freq = make([]int64, len(p.words))
	for i, w := range p.words {
		qs := make([]query.Query, 0, len(w))
		for _, ft := range w {
			qs = append(qs, termQuery(ft))
		}
		p.exact[i] = query.NewDisjunctionQuery(qs)
		p.freq[i] = -1
	}
	if t := strings.ToLower(strings.TrimSpace(text)); t != "" && !strings.ContainsAny(t, " \t") {
		tq := query.NewTermQuery(t)
		tq.SetField(skuField)
		tq.SetBoost(boostSKU)
		p.sku = tq
	}
	return p
}

// analyzeWords analyzes text with every field's analyzer and groups the
// terms by position, keeping only the positions the first language
// field's analyzer produced.
func analyzeWords(m *mapping.IndexMappingImpl, text string, fields []fieldBoost) [][]fieldTerm {
	byPos := map[int][]fieldTerm{}
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
			byPos[tok.Position] = append(byPos[tok.Position], fieldTerm{f, string(tok.Term)})
		}
	}
	positions := make([]int, 0, len(byPos))
	for pos := range byPos {
		positions = append(positions, pos)
	}
	sort.Ints(positions)
	words := make([][]fieldTerm, len(positions))
	for i, pos := range positions {
		words[i] = byPos[pos]
	}
	return words
}

func termQuery(ft fieldTerm) query.Query {
	tq := query.NewTermQuery(ft.term)
	tq.SetField(ft.f.field)
	tq.SetBoost(ft.f.boost)
	return tq
}

// tiers lists the cascade for the plan's number of words (see queryPlan).
//
// Each tier scores with the flat disjunction of its word clauses. For a
// product matching every word, a conjunction's score is the same sum
// (coordination 1); in the all-but-one tier every new match misses exactly
// one word, so the disjunction's coordination is one constant and the
// order is the subsets' order. Advancing a disjunction to a product is a
// seek per term, where a conjunction or the subsets would leapfrog ahead to
// their next match.
func (p *queryPlan) tiers() []func() tier {
	var tiers []func() tier
	switch n := len(p.words); {
	case n > 1:
		tiers = append(tiers, p.everyWord, p.everyWordWithTypos)
		if n >= 3 && n <= maxSubsetWords {
			tiers = append(tiers, p.allButOneWord)
		}
	case n == 1:
		tiers = append(tiers, p.oneWordExact)
	}
	if len(p.words) > 0 || p.sku != nil {
		tiers = append(tiers, p.anyWord)
	}
	return tiers
}

// everyWord matches products having every word exactly.
func (p *queryPlan) everyWord() tier {
	return tier{query.NewConjunctionQuery(p.exact), query.NewDisjunctionQuery(p.exact)}
}

// everyWordWithTypos matches products having every word, typos allowed; it
// is skipped when no word needs typo expansion (it would repeat everyWord).
func (p *queryPlan) everyWordWithTypos() tier {
	tc := p.typoClauses()
	if !tc.expanded {
		return tier{}
	}
	return tier{query.NewConjunctionQuery(tc.clauses), query.NewDisjunctionQuery(tc.clauses)}
}

// allButOneWord matches products having all words but one, exactly.
func (p *queryPlan) allButOneWord() tier {
	return tier{allButOne(p.exact), query.NewDisjunctionQuery(p.exact)}
}

// oneWordExact ranks exact matches of a single word (or SKU) above its typo
// expansions; without expansions anyWord is the same query, so it is
// skipped.
func (p *queryPlan) oneWordExact() tier {
	if !p.typoClauses().expanded {
		return tier{}
	}
	q := withSKU(p.exact, p.sku)
	return tier{q, q}
}

// anyWord is the laxest tier: any word, typos allowed, or the SKU, without
// the words too common to help when the catalog is large.
func (p *queryPlan) anyWord() tier {
	clauses := p.typoClauses().clauses
	if len(p.words) > 1 {
		var kept []query.Query
		rarest := 0
		for i := range p.words {
			if p.docFreq(i) < p.docFreq(rarest) {
				rarest = i
			}
			if p.docFreq(i) <= broadTermMaxDocs {
				kept = append(kept, clauses[i])
			}
		}
		if len(kept) == 0 {
			kept = []query.Query{clauses[rarest]}
		}
		clauses = kept
	}
	q := withSKU(clauses, p.sku)
	return tier{q, q}
}

// docFreq is the number of (field, product) matches of word i's exact
// terms: zero means no searched field knows the word.
func (p *queryPlan) docFreq(i int) uint64 {
	if p.freq[i] < 0 {
		var n uint64
		for _, ft := range p.words[i] {
			n += p.terms.count(ft.f.field, ft.term)
		}
		p.freq[i] = int64(n)
	}
	return uint64(p.freq[i])
}

// typoClauses builds (once) the per-word clauses with typos allowed.
func (p *queryPlan) typoClauses() *typoExpansion {
	if p.typos != nil {
		return p.typos
	}
	tc := &typoExpansion{clauses: make([]query.Query, len(p.words))}
	for i := range p.words {
		if q := p.typoClause(i); q != nil {
			tc.clauses[i] = q
			tc.expanded = true
		} else {
			tc.clauses[i] = p.exact[i]
		}
	}
	p.typos = tc
	return tc
}

// typoClause is word i's clause with typos allowed in the fuzzy fields, or
// nil when none of its terms is expanded: too short, CJK, or a word some
// searched field contains.
func (p *queryPlan) typoClause(i int) query.Query {
	w := p.words[i]
	expand := false
	for _, ft := range w {
		if ft.f.fuzzy && fuzzinessFor(ft.term) > 0 {
			expand = true
			break
		}
	}
	if !expand || p.docFreq(i) > 0 {
		return nil
	}
	qs := make([]query.Query, 0, len(w))
	for _, ft := range w {
		if fz := fuzzinessFor(ft.term); fz > 0 && ft.f.fuzzy {
			qs = append(qs, p.terms.fuzzy(ft.f.field, ft.term, fz, ft.f.boost))
		} else {
			qs = append(qs, termQuery(ft))
		}
	}
	return query.NewDisjunctionQuery(qs)
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

package knowledge

import (
	"context"
	"fmt"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
)

// Document field boosts: an FAQ question phrased like the shopper's is the
// strongest signal; the original language is a discounted fallback.
const (
	boostDocQuestion = 3.0
	boostDocTitle    = 2.0
	boostDocBody     = 1.0
	docFallback      = 0.35
)

// SearchDocs finds policies, pages and FAQ entries answering the text, in
// lang when the shop has them translated and in the original language (at
// a lower weight) otherwise. A document found in both languages is returned
// once, in lang.
func (m *Manager) SearchDocs(ctx context.Context, shop, q, lang string, limit int) ([]DocHit, error) {
	var hits []DocHit
	err := m.withShop(ctx, shop, func(s *shopIndex) error {
		var err error
		hits, err = s.searchDocs(ctx, q, langKey(lang), clampLimit(limit))
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("search documents of %s: %w", shop, err)
	}
	return hits, nil
}

// docFields lists the document fields a query in lang searches: lang's,
// its sibling's, the original language's and English, all but the
// first at a discount (docFallback).
func (s *shopIndex) docFields(lang string) []fieldBoost {
	langs := []string{lang}
	if sib := siblingLang(lang); sib != "" && sib != s.primary {
		langs = append(langs, sib)
	}
	if lang != s.primary {
		langs = append(langs, s.primary)
	}
	if lang != "en" && s.primary != "en" {
		langs = append(langs, "en")
	}
	fields := make([]fieldBoost, 0, 3*len(langs))
	for i, l := range langs {
		w := 1.0
		if i > 0 {
			w = docFallback
		}
		fields = append(fields,
			fieldBoost{questField + l, l, boostDocQuestion * w, true},
			fieldBoost{titleField + l, l, boostDocTitle * w, true},
			fieldBoost{bodyField + l, l, boostDocBody * w, true},
		)
	}
	return fields
}

func (s *shopIndex) searchDocs(ctx context.Context, text, lang string, limit int) ([]DocHit, error) {
	fields := s.docFields(lang)
	terms, err := openTerms(ctx, s.docIdx)
	if err != nil {
		return nil, fmt.Errorf("search documents: %w", err)
	}
	defer terms.Close()
	tiers := textQueries(s.dm, text, fields, terms)
	if len(tiers) == 0 {
		return nil, nil
	}
	tq := tiers[len(tiers)-1]().match // few documents: the laxest tier ranks them all
	req := bleve.NewSearchRequestOptions(tq, limit*3, 0, false)
	res, err := s.docIdx.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("query %q: %w", text, err)
	}
	type found struct {
		hit  DocHit
		key  string
		lang string
	}
	seen := map[string]int{} // Document.ID → index in out
	var out []found
	for _, h := range res.Hits {
		d, ok := s.documents[h.ID]
		if !ok {
			continue
		}
		f := found{
			hit: DocHit{
				DocID:  d.ID,
				Kind:   d.Kind,
				Title:  d.Title,
				URL:    d.URL,
				Locale: d.Locale,
				Score:  math.Round(h.Score*1e6) / 1e6,
			},
			key:  h.ID,
			lang: h.ID[strings.LastIndexByte(h.ID, '|')+1:],
		}
		if i, dup := seen[d.ID]; dup {
			// Prefer the shopper's language over a higher-scored fallback.
			if f.lang == lang && out[i].lang != lang {
				f.hit.Score = out[i].hit.Score
				out[i] = f
			}
			continue
		}
		seen[d.ID] = len(out)
		out = append(out, f)
	}
	if len(out) > limit {
		out = out[:limit]
	}
	// Snippets only for the returned hits, with the query analyzed once
	// per language.
	queryTerms := map[string]map[string]bool{}
	hits := make([]DocHit, len(out))
	for i, f := range out {
		want, ok := queryTerms[f.lang]
		if !ok {
			want = map[string]bool{}
			for _, t := range analyzeWith(s.dm, f.lang, text) {
				want[t] = true
			}
			queryTerms[f.lang] = want
		}
		hits[i] = f.hit
		hits[i].Snippet = snippet(s.passages[f.key], want)
	}
	return hits, nil
}

// maxSnippetRunes bounds a snippet: a longer passage is cut to the
// sentences sharing the most terms with the query.
const maxSnippetRunes = 600

// snippet is the passage sharing the most analyzed terms with the query
// (the first one when nothing overlaps), whole when it is short enough,
// otherwise its best sentence and the ones after it up to the bound.
// Sentences are never cut, so amounts, emails and abbreviations survive.
func snippet(passages []passage, want map[string]bool) string {
	if len(passages) == 0 {
		return ""
	}
	best, bestScore := 0, 0
	for i, p := range passages {
		if n := countWanted(p.terms, want); n > bestScore {
			best, bestScore = i, n
		}
	}
	p := passages[best]
	if utf8.RuneCountInString(p.text) <= maxSnippetRunes || len(p.sents) < 2 {
		return p.text
	}
	bs, bsScore := 0, 0
	for i, s := range p.sents {
		if n := countWanted(s.terms, want); n > bsScore {
			bs, bsScore = i, n
		}
	}
	var b strings.Builder
	runes := 0
	for j := bs; j < len(p.sents); j++ {
		n := utf8.RuneCountInString(p.sents[j].text)
		if j > bs && runes+n > maxSnippetRunes {
			break
		}
		if j > bs {
			b.WriteByte(' ')
		}
		b.WriteString(p.sents[j].text)
		runes += n + 1
	}
	return b.String()
}

// distinct returns terms without repeats, in order.
func distinct(terms []string) []string {
	seen := make(map[string]bool, len(terms))
	out := terms[:0:0]
	for _, t := range terms {
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	return out
}

// countWanted is how many of terms are in want (repeats count each time).
func countWanted(terms []string, want map[string]bool) int {
	n := 0
	for _, t := range terms {
		if want[t] {
			n++
		}
	}
	return n
}

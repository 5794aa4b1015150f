package knowledge

import (
	"context"
	"fmt"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"
)

// Document field boosts: an FAQ question phrased like the shopper's is the
// strongest signal; the original language is a discounted fallback.
const (
	boostDocQuestion = 3.0
	boostDocTitle    = 2.0
	boostDocBody     = 1.0
	docFallback      = 0.35
	snippetRunes     = 240
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

func (s *shopIndex) searchDocs(ctx context.Context, text, lang string, limit int) ([]DocHit, error) {
	langs := []string{lang}
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
		hits[i].Snippet = snippet(s.sentences[f.key], want)
	}
	return hits, nil
}

// sentence is one sentence of a document body with its analyzed terms,
// computed when the documents are indexed so snippets cost no analysis.
type sentence struct {
	text  string
	terms []string // distinct
}

// docSentences splits a body into sentences and analyzes each.
func docSentences(m *mapping.IndexMappingImpl, lang, body string) []sentence {
	texts := splitSentences(body)
	out := make([]sentence, len(texts))
	for i, t := range texts {
		out[i].text = t
		seen := map[string]bool{}
		for _, term := range analyzeWith(m, lang, t) {
			if !seen[term] {
				seen[term] = true
				out[i].terms = append(out[i].terms, term)
			}
		}
	}
	return out
}

// snippet picks the body sentence sharing the most analyzed terms with the
// query (the FAQ answer's opening when nothing overlaps), followed by the
// next ones while it is short, trimmed to snippetRunes.
func snippet(sentences []sentence, want map[string]bool) string {
	if len(sentences) == 0 {
		return ""
	}
	best, bestScore := 0, 0
	for i, sen := range sentences {
		n := 0
		for _, t := range sen.terms {
			if want[t] {
				n++
			}
		}
		if n > bestScore {
			best, bestScore = i, n
		}
	}
	var b strings.Builder
	b.WriteString(sentences[best].text)
	runes := utf8.RuneCountInString(sentences[best].text)
	for j := best + 1; j < len(sentences) && runes < snippetRunes/2; j++ {
		b.WriteByte(' ')
		b.WriteString(sentences[j].text)
		runes += 1 + utf8.RuneCountInString(sentences[j].text)
	}
	out := b.String()
	if runes > snippetRunes {
		cut := 0
		for i := range out {
			if cut == snippetRunes {
				out = out[:i]
				break
			}
			cut++
		}
		out = strings.TrimRightFunc(out, unicode.IsSpace) + "…"
	}
	return out
}

// splitSentences splits on sentence punctuation of Latin, CJK and Arabic
// scripts, keeping the punctuation.
func splitSentences(body string) []string {
	var out []string
	var cur strings.Builder
	for _, r := range body {
		cur.WriteRune(r)
		switch r {
		case '.', '!', '?', '。', '！', '？', '؟', '\n':
			if s := strings.TrimSpace(cur.String()); s != "" {
				out = append(out, s)
			}
			cur.Reset()
		}
	}
	if s := strings.TrimSpace(cur.String()); s != "" {
		out = append(out, s)
	}
	return out
}

package knowledge

import (
	"context"
	"fmt"
	"math"
	"strings"
	"unicode"

	"github.com/blevesearch/bleve/v2"
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
	var fields []fieldBoost
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
	tiers := textQueries(s.dm, text, fields)
	if len(tiers) == 0 {
		return nil, nil
	}
	tq := tiers[len(tiers)-1] // few documents: the laxest tier ranks them all
	req := bleve.NewSearchRequestOptions(tq, limit*3, 0, false)
	res, err := s.docIdx.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("query %q: %w", text, err)
	}
	seen := map[string]int{} // Document.ID → index in out
	var out []DocHit
	for _, h := range res.Hits {
		d, ok := s.documents[h.ID]
		if !ok {
			continue
		}
		dl := h.ID[strings.LastIndexByte(h.ID, '|')+1:]
		hit := DocHit{
			DocID:   d.ID,
			Kind:    d.Kind,
			Title:   d.Title,
			Snippet: s.snippet(d, text, dl),
			URL:     d.URL,
			Locale:  d.Locale,
			Score:   math.Round(h.Score*1e6) / 1e6,
		}
		if i, dup := seen[d.ID]; dup {
			// Prefer the shopper's language over a higher-scored fallback.
			if dl == lang && langKey(out[i].Locale) != lang {
				hit.Score = out[i].Score
				out[i] = hit
			}
			continue
		}
		seen[d.ID] = len(out)
		out = append(out, hit)
	}
	if len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

// snippet picks the body sentence sharing the most analyzed terms with the
// query (the FAQ answer's opening when nothing overlaps), trimmed to
// snippetRunes.
func (s *shopIndex) snippet(d Document, text, lang string) string {
	want := map[string]bool{}
	for _, t := range analyzeWith(s.dm, lang, text) {
		want[t] = true
	}
	sentences := splitSentences(d.Body)
	best, bestScore := 0, 0
	for i, sen := range sentences {
		n := 0
		for _, t := range analyzeWith(s.dm, lang, sen) {
			if want[t] {
				n++
			}
		}
		if n > bestScore {
			best, bestScore = i, n
		}
	}
	if len(sentences) == 0 {
		return ""
	}
	out := sentences[best]
	for j := best + 1; j < len(sentences) && len([]rune(out)) < snippetRunes/2; j++ {
		out += " " + sentences[j]
	}
	if r := []rune(out); len(r) > snippetRunes {
		out = strings.TrimRightFunc(string(r[:snippetRunes]), unicode.IsSpace) + "…"
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

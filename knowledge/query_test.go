package knowledge

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/blevesearch/bleve/v2/search/query"
)

var updateGolden = flag.Bool("update", false, "rewrite testdata/text_queries.golden.jsonl from the current textQueries")

// queryCase is one input of the textQueries golden file.
type queryCase struct {
	Name string `json:"name"`
	Text string `json:"text"`
	Lang string `json:"lang"`
	Docs bool   `json:"docs,omitempty"` // the document index's fields instead of the products'
}

// goldenTier is one tier as the search sees it: skipped (no match), or its
// match and score queries. SameQuery records whether score is the very
// query match is: collect skips a second scoring pass on that identity.
type goldenTier struct {
	Skipped   bool            `json:"skipped,omitempty"`
	Match     json.RawMessage `json:"match,omitempty"`
	Score     json.RawMessage `json:"score,omitempty"`
	SameQuery bool            `json:"same_query,omitempty"`
}

type goldenQueries struct {
	queryCase
	Tiers []goldenTier `json:"tiers"`
}

// TestTextQueriesGolden pins the query cascade textQueries builds for a
// table of inputs in several languages and scripts: exact and misspelled
// words, one to seven words, SKUs, stop words only, words too common for
// the any-word tier, and the document fields. Regenerate with -update
// after a deliberate change and review the diff.
func TestTextQueriesGolden(t *testing.T) {
	// 2100 generated products put "everyday" (every description) above
	// broadTermMaxDocs, so the any-word tier's pruning is exercised.
	products := append(coreProducts(t), generatedProducts(2100, 1000, false)...)
	pm, err := newProductMapping()
	if err != nil {
		t.Fatal(err)
	}
	dm, err := newDocMapping()
	if err != nil {
		t.Fatal(err)
	}
	c := &Corpus{Shop: testShop, Currency: "EUR", Locales: fixtureLocales, Products: products, Documents: fixtureDocuments(t)}
	ctx := context.Background()
	s, err := buildShopIndex(ctx, c, 1, pm, dm, "", 500)
	if err != nil {
		t.Fatal(err)
	}
	defer s.close()
	prodTerms, err := openTerms(ctx, s.idx)
	if err != nil {
		t.Fatal(err)
	}
	defer prodTerms.Close()
	docTerms, err := openTerms(ctx, s.docIdx)
	if err != nil {
		t.Fatal(err)
	}
	defer docTerms.Close()

	cases := []queryCase{
		{Name: "english one exact word", Text: "dress", Lang: "en"},
		{Name: "english one misspelled word", Text: "sunglases", Lang: "en"},
		{Name: "english short word, no typo budget", Text: "hat", Lang: "en"},
		{Name: "english two exact words", Text: "leather jacket", Lang: "en"},
		{Name: "english two misspelled words", Text: "cashmire sweter", Lang: "en"},
		{Name: "english three words, one misspelled", Text: "red linen dres", Lang: "en"},
		{Name: "english five words", Text: "lightweight waterproof leather running shoes", Lang: "en"},
		{Name: "english six words, no all-but-one tier", Text: "red linen summer dress with pockets", Lang: "en"},
		{Name: "english stop words only", Text: "the and of", Lang: "en"},
		{Name: "english unknown word", Text: "xylophone", Lang: "en"},
		{Name: "english common word pruned from any-word tier", Text: "everyday wallet", Lang: "en"},
		{Name: "english every word common", Text: "everyday collection", Lang: "en"},
		{Name: "sku", Text: "GEN-1005-1", Lang: "en"},
		{Name: "sku-shaped single word", Text: "Sneakers", Lang: "en"},
		{Name: "punctuation only", Text: "?!", Lang: "en"},
		{Name: "spanish typo", Text: "camizeta", Lang: "es"},
		{Name: "spanish with stop word", Text: "vestido para verano", Lang: "es-MX"},
		{Name: "french plural", Text: "robes rouges", Lang: "fr"},
		{Name: "german compound-ish", Text: "wanderschuhe wasserdicht", Lang: "de"},
		{Name: "japanese", Text: "革のジャケット", Lang: "ja"},
		{Name: "simplified chinese", Text: "红色连衣裙", Lang: "zh"},
		{Name: "traditional chinese through its sibling", Text: "紅色連衣裙", Lang: "zh-TW"},
		{Name: "arabic", Text: "فستان أحمر", Lang: "ar"},
		{Name: "language without products falls back", Text: "vestito rosso", Lang: "it"},
		{Name: "documents english", Text: "how many days do I have to return an item", Lang: "en", Docs: true},
		{Name: "documents spanish typo", Text: "dónde está mi paqete", Lang: "es", Docs: true},
		{Name: "documents german", Text: "versand kostenlos", Lang: "de-AT", Docs: true},
		{Name: "documents one word", Text: "returns", Lang: "en", Docs: true},
	}
	got := make([]goldenQueries, len(cases))
	for i, qc := range cases {
		lang := langKey(qc.Lang)
		build := func() []func() tier {
			if qc.Docs {
				return textQueries(s.dm, qc.Text, s.docFields(lang), docTerms)
			}
			return textQueries(s.pm, qc.Text, s.productFields(lang), prodTerms)
		}
		tiers := build()
		got[i] = goldenQueries{queryCase: qc, Tiers: make([]goldenTier, len(tiers))}
		for j, b := range tiers {
			got[i].Tiers[j] = goldenOf(t, b())
		}
		// Tiers are built lazily and may share work; the laxest tier
		// built alone (as SearchDocs does) is the same query.
		if len(tiers) > 0 {
			alone := build()
			last := goldenOf(t, alone[len(alone)-1]())
			if want := got[i].Tiers[len(tiers)-1]; !bytes.Equal(last.Match, want.Match) || !bytes.Equal(last.Score, want.Score) {
				t.Errorf("%s: the last tier built alone differs from the last tier built in order", qc.Name)
			}
		}
	}

	// One case per line: a diff names the cases whose queries changed.
	var b []byte
	for _, g := range got {
		line, err := json.Marshal(g)
		if err != nil {
			t.Fatal(err)
		}
		b = append(append(b, line...), '\n')
	}
	path := filepath.Join("testdata", "text_queries.golden.jsonl")
	if *updateGolden {
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	wantLines := bytes.Split(bytes.TrimSuffix(want, []byte("\n")), []byte("\n"))
	gotLines := bytes.Split(bytes.TrimSuffix(b, []byte("\n")), []byte("\n"))
	if len(wantLines) != len(gotLines) {
		t.Fatalf("%s has %d cases, the test %d (run with -update after changing cases)", path, len(wantLines), len(gotLines))
	}
	for i := range gotLines {
		if !bytes.Equal(gotLines[i], wantLines[i]) {
			t.Errorf("%s (%q, %s): queries changed\n got: %s\nwant: %s", got[i].Name, got[i].Text, got[i].Lang, gotLines[i], wantLines[i])
		}
	}
}

func goldenOf(t *testing.T, tr tier) goldenTier {
	t.Helper()
	if tr.match == nil {
		return goldenTier{Skipped: true}
	}
	return goldenTier{Match: marshalQuery(t, tr.match), Score: marshalQuery(t, tr.score), SameQuery: tr.match == tr.score}
}

func marshalQuery(t *testing.T, q query.Query) json.RawMessage {
	t.Helper()
	b, err := json.Marshal(q)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

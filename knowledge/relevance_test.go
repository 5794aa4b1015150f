package knowledge

import (
	"bufio"
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"sort"
	"testing"
)

// Quality bars of the relevance set; the judgments in
// testdata/relevance.jsonl were written before any tuning.
const (
	minNDCG10   = 0.90
	minRecall10 = 0.90
)

type judgment struct {
	Query    string         `json:"query"`
	Lang     string         `json:"lang"`
	Relevant map[string]int `json:"relevant"` // handle → grade (3 exact, 2 relevant, 1 partial)
}

func loadJudgments(t *testing.T) []judgment { return loadJudgmentsTB(t) }

func loadJudgmentsTB(t testing.TB) []judgment {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "relevance.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var js []judgment
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var j judgment
		if err := json.Unmarshal(sc.Bytes(), &j); err != nil {
			t.Fatalf("parse judgment %q: %v", sc.Text(), err)
		}
		js = append(js, j)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return js
}

// ndcgAt computes nDCG@k with gains 2^grade-1.
func ndcgAt(k int, ranked []string, rel map[string]int) float64 {
	dcg := 0.0
	for i, h := range ranked {
		if i >= k {
			break
		}
		dcg += (math.Pow(2, float64(rel[h])) - 1) / math.Log2(float64(i+2))
	}
	grades := make([]int, 0, len(rel))
	for _, g := range rel {
		grades = append(grades, g)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(grades)))
	idcg := 0.0
	for i, g := range grades {
		if i >= k {
			break
		}
		idcg += (math.Pow(2, float64(g)) - 1) / math.Log2(float64(i+2))
	}
	if idcg == 0 {
		return 0
	}
	return dcg / idcg
}

// recallAt is the share of relevant products (any grade) in the top k,
// out of at most k.
func recallAt(k int, ranked []string, rel map[string]int) float64 {
	found := 0
	for i, h := range ranked {
		if i < k && rel[h] > 0 {
			found++
		}
	}
	return float64(found) / float64(min(len(rel), k))
}

func TestMetrics(t *testing.T) {
	rel := map[string]int{"a": 3, "b": 1}
	tests := []struct {
		name       string
		ranked     []string
		ndcg, rcll float64
	}{
		{"ideal", []string{"a", "b"}, 1, 1},
		{"swapped", []string{"b", "a"}, (1 + 7/math.Log2(3)) / (7 + 1/math.Log2(3)), 1},
		{"half", []string{"x", "a"}, (7 / math.Log2(3)) / (7 + 1/math.Log2(3)), 0.5},
		{"none", []string{"x"}, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ndcgAt(10, tt.ranked, rel); math.Abs(got-tt.ndcg) > 1e-9 {
				t.Errorf("ndcg = %v, want %v", got, tt.ndcg)
			}
			if got := recallAt(10, tt.ranked, rel); math.Abs(got-tt.rcll) > 1e-9 {
				t.Errorf("recall = %v, want %v", got, tt.rcll)
			}
		})
	}
}

func TestRelevance(t *testing.T) {
	catalog := testCatalog(t)
	known := map[string]bool{}
	for _, p := range catalog {
		known[p.Handle] = true
	}
	m := newTestManager(t, newFakeSource(catalog, nil), Options{})
	var sumNDCG, sumRecall float64
	perLang := map[string][]float64{}
	js := loadJudgments(t)
	for _, j := range js {
		for h := range j.Relevant {
			if !known[h] {
				t.Fatalf("judgment for %q names unknown product %q", j.Query, h)
			}
		}
		hits, err := m.Search(context.Background(), testShop, j.Query, j.Lang, Filters{}, 10)
		if err != nil {
			t.Fatalf("search %q: %v", j.Query, err)
		}
		ranked := handles(hits)
		n, r := ndcgAt(10, ranked, j.Relevant), recallAt(10, ranked, j.Relevant)
		sumNDCG += n
		sumRecall += r
		perLang[j.Lang] = append(perLang[j.Lang], n)
		if n < 0.6 || testing.Verbose() {
			t.Logf("%-4s %-28q ndcg=%.2f recall=%.2f top=%v", j.Lang, j.Query, n, r, ranked[:min(5, len(ranked))])
		}
	}
	ndcg, recall := sumNDCG/float64(len(js)), sumRecall/float64(len(js))
	for lang, ns := range perLang {
		s := 0.0
		for _, n := range ns {
			s += n
		}
		t.Logf("lang %s: nDCG@10 %.3f over %d queries", lang, s/float64(len(ns)), len(ns))
	}
	t.Logf("overall: nDCG@10 %.3f, recall@10 %.3f over %d queries", ndcg, recall, len(js))
	if ndcg < minNDCG10 {
		t.Errorf("nDCG@10 = %.3f, below the bar %.2f", ndcg, minNDCG10)
	}
	if recall < minRecall10 {
		t.Errorf("recall@10 = %.3f, below the bar %.2f", recall, minRecall10)
	}
}

package assistant_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"shopassist/assistant"
	"shopassist/assistant/facteval"
	"shopassist/internal/racemode"
)

// devFact is one question of the development fact set (written by the
// answers work, independent of the held-out golden set): the facts the
// reply must state and must not state, and the reply language.
type devFact struct {
	Type    string   `json:"type"`
	Lang    string   `json:"lang"`
	Say     string   `json:"say"`
	Locale  string   `json:"locale,omitempty"`
	Country string   `json:"country,omitempty"`
	Product int64    `json:"product,omitempty"`
	Has     []string `json:"has"`
	Not     []string `json:"not,omitempty"`
}

// item is the dev fact as the golden set's grader reads it: each of has is
// a fact whose spellings are separated by "|" ("1–3|1 à 3"), and the grader
// also fails English words in a reply in another language.
func (d devFact) item() facteval.Item {
	it := facteval.Item{Lang: d.Lang, Type: d.Type, MustNot: d.Not}
	for _, h := range d.Has {
		it.Must = append(it.Must, strings.Split(h, "|"))
	}
	return it
}

// loadDevFacts reads every testdata/dev_facts*.jsonl (the policy facts per
// country and language are in their own file).
func loadDevFacts(t *testing.T) []devFact {
	t.Helper()
	files, err := filepath.Glob("testdata/dev_facts*.jsonl")
	if err != nil || len(files) == 0 {
		t.Fatalf("dev facts: %v", err)
	}
	var facts []devFact
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if strings.TrimSpace(sc.Text()) == "" {
				continue
			}
			var d devFact
			if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
				t.Fatalf("%s: %s: %v", name, sc.Text(), err)
			}
			facts = append(facts, d)
		}
		f.Close()
	}
	return facts
}

// devFactFloor is the share of dev facts answered right that the test
// requires.
const devFactFloor = 0.95

func TestDevFacts(t *testing.T) {
	if racemode.On {
		t.Skip(racemode.SkipReason)
	}
	facts := loadDevFacts(t)
	env := answerEnv(t) // the embedded store, as the golden set's harness
	grader := facteval.NewGrader()
	ctx := context.Background()
	byType := map[string][2]int{}
	ok := 0
	for _, d := range facts {
		r, err := env.Engine.Reply(ctx, assistant.Request{Shop: env.Shop, Message: d.Say, Locale: d.Locale,
			Country: d.Country, ProductID: d.Product})
		if err != nil {
			t.Fatalf("%q: %v", d.Say, err)
		}
		var why []string
		for _, p := range grader.Grade(d.item(), r) {
			why = append(why, p.String())
		}
		c := byType[d.Type]
		c[1]++
		if len(why) == 0 {
			ok++
			c[0]++
		} else {
			t.Logf("MISS %s %q: %s\n  reply: %s", d.Lang, d.Say, strings.Join(why, ", "), strings.ReplaceAll(r.Text, "\n", " | "))
		}
		byType[d.Type] = c
	}
	var types []string
	for k := range byType {
		types = append(types, k)
	}
	sort.Strings(types)
	var b strings.Builder
	for _, k := range types {
		fmt.Fprintf(&b, " %s %d/%d", k, byType[k][0], byType[k][1])
	}
	rate := float64(ok) / float64(len(facts))
	t.Logf("dev facts: %d/%d (%.1f%%):%s", ok, len(facts), 100*rate, b.String())
	if rate < devFactFloor {
		t.Errorf("dev facts %.1f%% below floor %.0f%%", 100*rate, 100*devFactFloor)
	}
}

// blindFloors are the shares of the blind development sets answered right
// that the test requires, per directory. The sets were written on
// 2026-12-05 by helper sessions that read only the demo store's data and
// the grading rules, never the answer code, so they show the wording real
// shoppers use (cities, nationalities, two questions in one, typos).
// Unlike the golden set (assistant/facteval) their failures may be read and
// fixed. Ratchets: raise them when the answers improve, never lower them.
//
//   - testdata/blind (687 items): 65.7 % when they landed, 91.6 % after two
//     rounds of answer work, 95.1 % (653/687) after the third.
//
//   - testdata/blind2 (411 items, weighted to nl ko tr it pt es, written
//     after the third round had started): 66.4 % when they landed, 83.5 %
//     (343/411) after that round, 92.2 % (379/411) after the fourth
//     product round (r4prod); with the policy round (r4pol) blind 96.5 %
//     (663/687), blind2 93.9 % (386/411), floors two points under.
//
//   - testdata/dev4 (not blind: wordings the fourth round's helpers wrote
//     in the golden set's weakest languages, nl ko tr it pt): product4
//     92.5 % (37/40) when that round ended; policy4 (152 items, r4pol)
//     95.4 % (145/152) on main when written, 99.3 % (151/152) after;
//     together 97.9 % (188/192), floor two points under; faq4 (r4faq:
//     FAQ, address changes, refund timing, return window, sizes in 11
//     languages, 197 items) 60.8 % on its first 102, 94.4 % after; all three
//     96.1 % (374/389), so the directory's floor is two points under that
//     (the 0.959 set for two files no longer applies to three).
//
//   - testdata/blind5 (320 items written blind on 2026-12-05 evening,
//     policy and product questions weighted to nl ko tr it pt): 74.7 %
//     (239/320) when they landed, 99.7 % (319/320) after the fifth and
//     sixth rounds.
//
//   - testdata/blind6 (166 items written blind the same evening: FAQ
//     entries in paraphrase, product attributes, sizes, return windows):
//     48.8 % when it landed, 93.4 % (155/166) after the sixth round.
//
//   - testdata/blind7 (300 items written blind on 2026-12-06: policy
//     questions with storefront countries, cart amounts, towns and two
//     places; products by use, budgets in words, two constraints): 70.7 %
//     (212/300) when they landed, 96.3 % (289/300) after the seventh and
//     eighth rounds.
//
//   - testdata/blind9 (315 items written blind on 2026-12-06 morning:
//     baskets, currencies naming the country, islands and regions, two
//     places, negative questions; needs and activities instead of kinds,
//     price ranges, regional kind words, two products compared): 78.7 %
//     (248/315) when they landed, 96.5 % (304/315) after the eleventh and
//     twelfth rounds (policy9 160/165, product9 144/150).
//
//   - testdata/blind10 (312 items written blind on 2026-12-06 noon: plain
//     questions with complete must_not lists — the express price on
//     free-shipping and standard-cost questions, the other zones' figures,
//     other products' figures): 93.9 % (293/312) when they landed on the
//     lead's first fix of the day (policy10 151/160, product10 142/152),
//     100 % (312/312) after the fourteenth round.
//
//   - testdata/blind11 (421 items written blind on 2026-12-06 noon as twins
//     of the golden set: from its README's specification and proportions,
//     plain wording per language, in two halves twinA nl tr pt fr it en es
//     de and twinB ko ru zh-Hant zh-Hans ja ar pl id): 96.7 % (407/421)
//     when they landed (twinA 208/211, twinB 199/210), 100 % after the
//     fifteenth round (f15pol, f15prod).
//
// After the fourteenth round (2026-12-06 noon) blind measures 98.5 %
// (677/687), blind2 98.8 % (406/411), dev4 99.7 %, blind5 100 %, blind6
// 97.6 % (162/166), blind7 97.7 % (293/300), blind8 98.8 % (322/326),
// blind9 98.4 % (310/315), blind10 100 %; every floor is two points under
// (rounded down).
//
// After the twelfth round (2026-12-06) blind measures 98.4 % (676/687),
// blind2 97.6 % (401/411), dev4 99.7 % (388/389), blind5 100 %, blind6
// 97.0 % (161/166), blind7 97.3 % (292/300), blind8 98.5 % (321/326),
// blind9 96.5 % (304/315); every floor is two points under (blind6 and
// blind9 exactly; the others rounded down).
var blindFloors = []struct {
	dir   string
	floor float64
}{
	{"testdata/blind", 0.965},
	{"testdata/blind2", 0.968},
	{"testdata/dev4", 0.977},
	{"testdata/blind5", 0.980},
	{"testdata/blind6", 0.956},
	{"testdata/blind7", 0.957},
	{"testdata/blind8", 0.968},
	{"testdata/blind9", 0.967},
	{"testdata/blind10", 0.980},
	{"testdata/blind11", 0.980},
}

// TestBlindDevFacts runs each blind development set through the golden
// set's harness and grader and prints the aggregates; -v lists the misses.
func TestBlindDevFacts(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole blind development sets")
	}
	if racemode.On {
		t.Skip(racemode.SkipReason)
	}
	env := answerEnv(t) // the embedded store, as the golden set's harness
	for _, bf := range blindFloors {
		t.Run(filepath.Base(bf.dir), func(t *testing.T) {
			files, err := filepath.Glob(filepath.Join(bf.dir, "*.jsonl"))
			if err != nil || len(files) == 0 {
				t.Fatalf("blind sets in %s: %v", bf.dir, err)
			}
			var items []facteval.Item
			for _, name := range files {
				set, err := facteval.LoadFile(name)
				if err != nil {
					t.Fatal(err)
				}
				items = append(items, set...)
			}
			rep, err := facteval.Run(context.Background(), env, facteval.NewGrader(), items)
			if err != nil {
				t.Fatal(err)
			}
			var b strings.Builder
			if testing.Verbose() {
				rep.PrintFailures(&b)
			}
			rep.Print(&b)
			t.Log("\n" + b.String())
			if got := rep.Overall.Rate(); got < bf.floor {
				t.Errorf("%s: %.1f%% right, under the floor %.1f%%", bf.dir, 100*got, 100*bf.floor)
			}
		})
	}
}

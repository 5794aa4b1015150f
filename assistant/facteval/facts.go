// Package facteval grades the assistant's answers against a golden fact set
// over the demo store: for each question, the facts the reply must state,
// the facts that would make it wrong, the reply language, and no English
// words in a non-English reply apart from names.
//
// The fact set (testdata/facts.jsonl) was written by a helper who never
// read the retrieval or answer code: questions are what cross-border
// shoppers ask, facts come from the demo store's data (package demo). Each
// item cites the data it was taken from in src; TestFactsFromData checks
// that every number a fact names appears there.
//
// Run it with `go run ./assistant/cmd/facteval [-floor 0.xx] [-v]`;
// TestFactFloor holds the score above a ratcheting floor.
package facteval

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

//go:embed testdata/facts.jsonl
var factsJSONL []byte

// Types are the question types of the set.
var Types = []string{
	"shipping_time", "shipping_cost", "free_shipping", "duties", "returns_window", "returns_cost",
	"refund_timing", "payment_methods", "address_change", "restricted_items", "product_attribute",
	"sizes", "stock", "recommendation", "faq",
}

// Item is one golden question.
type Item struct {
	ID       string `json:"id"`
	Lang     string `json:"lang"`
	Type     string `json:"type"`
	Question string `json:"question"`
	// Must lists facts the reply must state; each fact is a list of
	// acceptable spellings, any one of which counts.
	Must [][]string `json:"must"`
	// MustNot lists facts whose presence makes the reply wrong (e.g. the
	// DAP rule for a DDP country, a product over the asked budget).
	MustNot []string `json:"must_not"`
	Context Context  `json:"context,omitempty"`
	// OnlyProducts, for a recommendation, lists the handles of the only
	// products that meet every constraint; a product card for any other
	// product makes the reply wrong.
	OnlyProducts []string `json:"only_products,omitempty"`
	// Src names the demo data the facts come from: file#anchor, the anchor
	// being a policy type, page handle, FAQ id or product handle(s).
	Src string `json:"src"`
}

// Context is what the storefront knows besides the message.
type Context struct {
	// Country is the shopper's market (ISO 3166 alpha-2).
	Country string `json:"country,omitempty"`
	// ProductHandle is the product page the shopper is on.
	ProductHandle string `json:"product_handle,omitempty"`
}

// Load parses the embedded fact set.
func Load() ([]Item, error) { return Parse(factsJSONL) }

// LoadFile reads and parses the fact set in file (the blind and
// development sets beside the golden one).
func LoadFile(file string) ([]Item, error) {
	buf, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("read fact set: %w", err)
	}
	items, err := Parse(buf)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	return items, nil
}

// Parse reads a JSON Lines fact set and checks each item is well formed.
func Parse(buf []byte) ([]Item, error) {
	var items []Item
	seen := map[string]bool{}
	known := map[string]bool{}
	for _, t := range Types {
		known[t] = true
	}
	sc := bufio.NewScanner(bytes.NewReader(buf))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var it Item
		dec := json.NewDecoder(strings.NewReader(line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&it); err != nil {
			return nil, fmt.Errorf("facts line %d: %w", n, err)
		}
		switch {
		case it.ID == "" || seen[it.ID]:
			return nil, fmt.Errorf("facts line %d: missing or duplicate id %q", n, it.ID)
		case !known[it.Type]:
			return nil, fmt.Errorf("facts line %d (%s): unknown type %q", n, it.ID, it.Type)
		case it.Lang == "" || strings.TrimSpace(it.Question) == "" || it.Src == "":
			return nil, fmt.Errorf("facts line %d (%s): lang, question and src are required", n, it.ID)
		case len(it.Must) == 0:
			return nil, fmt.Errorf("facts line %d (%s): no must fact", n, it.ID)
		}
		for _, alts := range it.Must {
			if len(alts) == 0 {
				return nil, fmt.Errorf("facts line %d (%s): empty must fact", n, it.ID)
			}
		}
		seen[it.ID] = true
		items = append(items, it)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read facts: %w", err)
	}
	return items, nil
}

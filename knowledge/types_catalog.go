package knowledge

import (
	"context"
	"fmt"
	"sort"
	"sync"
)

// typeCache holds the shop's distinct product types with their analyzed
// terms in every locale, rebuilt when the catalog version moves.
type typeCache struct {
	mu      sync.Mutex
	version int64
	built   bool
	types   []catalogType
}

type catalogType struct {
	name  string              // in the primary language
	terms map[string]struct{} // analyzed, every locale
	count int
}

// ProductType returns the catalog's product type (in the original
// language) that one of the words names in any of the shop's languages
// ("backpack", "Rucksack", "mochila" → "Backpacks"), or "" when none does.
// Words are analyzed with lang's and the original language's analyzers;
// the type with the most products wins a tie.
func (m *Manager) ProductType(ctx context.Context, shop string, words []string, lang string) (string, error) {
	var out string
	err := m.withShop(ctx, shop, func(s *shopIndex) error {
		out = s.productType(words, langKey(lang))
		return nil
	})
	if err != nil {
		return "", fmt.Errorf("product type of %s: %w", shop, err)
	}
	return out, nil
}

func (s *shopIndex) productType(words []string, lang string) string {
	types := s.catalogTypes()
	for _, w := range words {
		var sets [][]string
		for _, l := range []string{lang, s.primary, "en"} {
			if ts := s.analyze(l, w); len(ts) > 0 {
				sets = append(sets, ts)
			}
		}
		best, bestN := "", 0
		for _, ct := range types {
			for _, set := range sets {
				all := true
				for _, t := range set {
					if _, ok := ct.terms[t]; !ok {
						all = false
						break
					}
				}
				if all && ct.count > bestN {
					best, bestN = ct.name, ct.count
				}
			}
		}
		if best != "" {
			return best
		}
	}
	return ""
}

// catalogTypes returns the cached types, rebuilding them after a catalog
// change. Callers hold s.mu for reading.
func (s *shopIndex) catalogTypes() []catalogType {
	c := &s.typeCache
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.built && c.version == s.version {
		return c.types
	}
	byName := map[string]*catalogType{}
	for _, e := range s.entries {
		name := e.productType
		if name == "" {
			continue
		}
		ct, ok := byName[name]
		if !ok {
			ct = &catalogType{name: name, terms: map[string]struct{}{}}
			byName[name] = ct
		}
		ct.count++
		for _, t := range e.typeTerms {
			ct.terms[e.sy.name(t)] = struct{}{}
		}
	}
	out := make([]catalogType, 0, len(byName))
	for _, ct := range byName {
		out = append(out, *ct)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	c.types, c.version, c.built = out, s.version, true
	return out
}

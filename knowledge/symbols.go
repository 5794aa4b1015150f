package knowledge

// symbols interns the short strings entries repeat across a catalog
// (lowercase title and tag words, analyzed type terms, option names and
// values, language sets), so an entry holds 4-byte ids instead of its own
// copies. One table per shop index; it only grows until the next full
// build. Reads happen under the shop index's read lock and additions
// under its write lock (or while a build owns the index).
type symbols struct {
	ids   map[string]uint32
	names []string // by id; names[0] is "" (no symbol)
	langs map[string][]string
}

func newSymbols() *symbols {
	return &symbols{ids: map[string]uint32{"": 0}, names: []string{""}, langs: map[string][]string{}}
}

// id returns s's symbol, adding it when new.
func (sy *symbols) id(s string) uint32 {
	if id, ok := sy.ids[s]; ok {
		return id
	}
	// The map key and the names entry share one copy, cut loose from
	// whatever larger string s was sliced from.
	s = string([]byte(s))
	id := uint32(len(sy.names))
	sy.ids[s] = id
	sy.names = append(sy.names, s)
	return id
}

// lookup returns s's symbol without adding it; ok is false when no entry
// uses s.
func (sy *symbols) lookup(s string) (uint32, bool) {
	id, ok := sy.ids[s]
	return id, ok && id != 0
}

func (sy *symbols) name(id uint32) string { return sy.names[id] }

// intern returns the shared copy of s.
func (sy *symbols) intern(s string) string { return sy.names[sy.id(s)] }

// langSet returns a shared slice equal to langs: catalogs have a handful
// of distinct language sets across all their products.
func (sy *symbols) langSet(langs []string) []string {
	key := ""
	for _, l := range langs {
		key += l + ","
	}
	if set, ok := sy.langs[key]; ok {
		return set
	}
	set := make([]string, len(langs))
	for i, l := range langs {
		set[i] = sy.intern(l)
	}
	sy.langs[key] = set
	return set
}

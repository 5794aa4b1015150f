package knowledge

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
)

// entry is the Go-side view of one indexed (active) product: what ranking
// and filters read, in compact form (prices, availability, option values
// per variant, popularity, title/tag words and type terms as interned
// symbols). The full product (descriptions, translations, variant titles)
// stays in the heap only for in-memory indexes (full); an on-disk index
// keeps it in the shop's product store (loc) and reads it back for the
// hits it returns, which is what keeps a 100k-product build within its
// memory budget. Entries are immutable once built, so a snapshot of
// pointers can be read without locks.
type entry struct {
	id          int64
	minPrice    float64
	maxPrice    float64
	popScore    float64 // log1p(popularity)
	available   bool
	productType string        // in the original language, interned
	words       []uint32      // sorted symbols: lowercase words of title and tags, for option values the product has no option for
	typeTerms   []uint32      // sorted symbols: analyzed product-type terms in every locale
	langs       []string      // language keys the product has text in, primary first (shared slice)
	optNames    []uint32      // symbols of the normalized option names: the product's options, then other variant keys
	variants    []variantInfo // in the product's variant order
	optVals     []uint32      // variant i's value of option j at i*len(optNames)+j (normalized symbol, 0: none)
	sy          *symbols
	full        *Product // in-memory indexes: the product itself
	loc         storeLoc // on-disk indexes: the product's record in the store
}

// variantInfo is what filters and ranking read of a variant.
type variantInfo struct {
	price     float64
	available bool
}

func newEntry(p *Product, primary string, analyze func(lang, text string) []string, sy *symbols) *entry {
	e := &entry{id: p.ID, popScore: math.Log1p(math.Max(p.Popularity, 0)), sy: sy, productType: sy.intern(p.ProductType)}
	e.variants = make([]variantInfo, len(p.Variants))
	for i, v := range p.Variants {
		if i == 0 || v.Price < e.minPrice {
			e.minPrice = v.Price
		}
		if i == 0 || v.Price > e.maxPrice {
			e.maxPrice = v.Price
		}
		e.available = e.available || v.Available
		e.variants[i] = variantInfo{price: v.Price, available: v.Available}
	}
	e.words = symbolSet(sy, titleTagWords(p))
	typeTerms := analyze(primary, p.ProductType)
	langs := []string{primary}
	for _, loc := range sortedLocales(p.Translations) {
		k := langKey(loc)
		if k == primary {
			continue
		}
		langs = appendUnique(langs, k)
		typeTerms = append(typeTerms, analyze(k, p.Translations[loc].ProductType)...)
	}
	e.typeTerms = symbolSet(sy, typeTerms)
	e.langs = sy.langSet(langs)
	e.setOptions(p)
	return e
}

// setOptions records each variant's option values against the product's
// normalized option names.
func (e *entry) setOptions(p *Product) {
	sy := e.sy
	add := func(name string) {
		id := sy.id(normOption(name))
		if !slices.Contains(e.optNames, id) {
			e.optNames = append(e.optNames, id)
		}
	}
	for _, o := range p.Options {
		add(o.Name)
	}
	for _, v := range p.Variants {
		for _, k := range sortedKeys(v.Options) {
			add(k)
		}
	}
	if len(e.optNames) == 0 {
		return
	}
	k := len(e.optNames)
	e.optVals = make([]uint32, k*len(p.Variants))
	for i, v := range p.Variants {
		for _, name := range sortedKeys(v.Options) {
			j := slices.Index(e.optNames, sy.id(normOption(name)))
			if e.optVals[i*k+j] == 0 {
				e.optVals[i*k+j] = sy.id(normOption(v.Options[name]))
			}
		}
	}
}

// symbolSet interns words and returns their sorted, distinct symbols.
func symbolSet(sy *symbols, words []string) []uint32 {
	if len(words) == 0 {
		return nil
	}
	out := make([]uint32, 0, len(words))
	for _, w := range words {
		out = append(out, sy.id(w))
	}
	slices.Sort(out)
	return slices.Clip(slices.Compact(out))
}

// hasSymbol reports whether the sorted set holds word's symbol.
func (e *entry) hasSymbol(set []uint32, word string) bool {
	id, ok := e.sy.lookup(word)
	if !ok {
		return false
	}
	_, found := slices.BinarySearch(set, id)
	return found
}

func titleTagWords(p *Product) []string {
	return splitWords(p.Title + " " + strings.Join(p.Tags, " "))
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// translationIn returns the product's translation for a language key and
// the key of the language the text is in. The sibling's text (Simplified
// for Traditional Chinese) does not stand in: a Traditional Chinese shopper
// reads the original title rather than one in the other script ("Northwind
// 礼品卡"), as documents are not served across the scripts (otherScript).
func translationIn(p *Product, lang string) (Translation, string, bool) {
	for _, loc := range sortedLocales(p.Translations) {
		if langKey(loc) == lang {
			return p.Translations[loc], lang, true
		}
	}
	return Translation{}, "", false
}

// doc is the bleve document of the product: one title and body field per
// language it has text in, plus the filterable attributes.
func (e *entry) doc(p *Product, primary string) map[string]any {
	d := map[string]any{
		titleField + primary: p.Title,
		bodyField + primary:  primaryBody(p),
		vendorField:          p.Vendor,
		minPriceFld:          e.minPrice,
		maxPriceFld:          e.maxPrice,
		stockField:           e.available,
	}
	for _, loc := range sortedLocales(p.Translations) {
		k := langKey(loc)
		if k == primary {
			continue
		}
		tr := p.Translations[loc]
		appendField(d, titleField+k, tr.Title)
		appendField(d, bodyField+k, translatedBody(p, tr))
	}
	var skus, opts []string
	for _, v := range p.Variants {
		if v.SKU != "" {
			skus = append(skus, strings.ToLower(v.SKU))
		}
		for name, val := range v.Options {
			opts = append(opts, optionTerms(name, val)...)
		}
	}
	// From the product, not e.words: compaction builds documents without
	// the lock, while changes may be adding symbols.
	words := titleTagWords(p)
	slices.Sort(words)
	for _, w := range slices.Compact(words) {
		opts = append(opts, anyOptionTerm(w))
	}
	d[skuField] = skus
	d[optField] = opts
	return d
}

func primaryBody(p *Product) string {
	var b strings.Builder
	b.WriteString(p.Description)
	for _, s := range []string{p.ProductType, strings.Join(p.Tags, ", "), strings.Join(p.Collections, ", ")} {
		b.WriteString(". ")
		b.WriteString(s)
	}
	for _, o := range p.Options {
		b.WriteString(". ")
		b.WriteString(strings.Join(o.Values, ", "))
	}
	return b.String()
}

func translatedBody(p *Product, tr Translation) string {
	var b strings.Builder
	b.WriteString(tr.Description)
	b.WriteString(". ")
	b.WriteString(tr.ProductType)
	for _, o := range p.Options {
		for _, v := range o.Values {
			if t, ok := tr.OptionValues[v]; ok {
				b.WriteString(", ")
				b.WriteString(t)
			}
		}
	}
	return b.String()
}

// appendField adds a value to a document field, turning it into a list when
// two locales share a language key (pt-BR and pt-PT).
func appendField(d map[string]any, field, val string) {
	switch cur := d[field].(type) {
	case nil:
		d[field] = val
	case string:
		d[field] = []string{cur, val}
	case []string:
		d[field] = append(cur, val)
	}
}

// optionTerms are the keyword terms of one variant option: the whole value
// and, for multi-word values ("Dark Red"), each word, so the filter
// color=red matches a "Dark Red" variant.
func optionTerms(name, val string) []string {
	n, v := normOption(name), normOption(val)
	terms := []string{n + "=" + v}
	if ws := splitWords(v); len(ws) > 1 {
		for _, w := range ws {
			terms = append(terms, n+"="+w)
		}
	}
	return terms
}

func anyOptionTerm(word string) string { return "*=" + word }

func normOption(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

func splitWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

func sortedLocales(m map[string]Translation) []string {
	locs := make([]string, 0, len(m))
	for l := range m {
		locs = append(locs, l)
	}
	sort.Strings(locs)
	return locs
}

func appendUnique(s []string, v string) []string {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

// ColorMatches reports whether a shop's option value is the basic colour
// (canonical English, as assistant/entities gives it) or a shade of it
// ("Forest" is green).
func ColorMatches(value, color string) bool { return optionValueMatches(value, color) }

// optionValueMatches reports whether a variant's option value satisfies a
// wanted canonical value: equal, one of its words ("dark red" ⊇ "red"), or
// a shade of it ("Forest" is green, "Navy" blue: shops name colours, the
// shopper asks for the basic one).
func optionValueMatches(have, want string) bool {
	have, want = normOption(have), normOption(want)
	if have == want {
		return true
	}
	for _, w := range splitWords(have) {
		if w == want || slices.Contains(colorShades[w], want) {
			return true
		}
	}
	return false
}

// bestVariant picks the variant (its index) that satisfies the filters,
// preferring an available one and then the cheapest. ok is false when no
// variant (or, for option names the product does not have, no title/tag
// word) satisfies them.
func (e *entry) bestVariant(f *Filters) (v int, ok bool) {
	best := -1
	for i := range e.variants {
		if !e.variantMatches(i, f) {
			continue
		}
		if best < 0 || betterVariant(e.variants[i], e.variants[best]) {
			best = i
		}
	}
	return best, best >= 0
}

func betterVariant(a, b variantInfo) bool {
	if a.available != b.available {
		return a.available
	}
	return a.price < b.price
}

func (e *entry) variantMatches(i int, f *Filters) bool {
	v := e.variants[i]
	if f.InStockOnly && !v.available {
		return false
	}
	if f.MinPrice != nil && v.price < *f.MinPrice {
		return false
	}
	if f.MaxPrice != nil && v.price > *f.MaxPrice {
		return false
	}
	if len(f.Words) > 0 && !e.hasAllWords(f.Words) {
		return false
	}
	for name, wants := range f.Options {
		if len(wants) == 0 {
			continue
		}
		j := e.optionIndex(name)
		have := ""
		if j >= 0 {
			have = e.sy.name(e.optVals[i*len(e.optNames)+j])
		}
		matched := false
		for _, w := range wants {
			if have != "" && optionValueMatches(have, w) {
				matched = true
				break
			}
			if j < 0 && e.hasSymbol(e.words, normOption(w)) {
				// The product does not vary on this option: accept it when
				// its title or tags say so ("Red Leather Tote").
				matched = true
				break
			}
		}
		if !matched {
			return false
		}
	}
	return true
}

// hasAllWords reports whether the title or tags carry every word: each is
// a constraint of its own ("waterproof" and "kids" is the kids' rain
// jacket, not the adults' shell that is only waterproof).
func (e *entry) hasAllWords(words []string) bool {
	for _, w := range words {
		if !e.hasSymbol(e.words, normOption(w)) {
			return false
		}
	}
	return true
}

// optionIndex is the position of the option name among the product's
// options, -1 when it has no such option.
func (e *entry) optionIndex(name string) int {
	id, ok := e.sy.lookup(normOption(name))
	if !ok {
		return -1
	}
	return slices.Index(e.optNames, id)
}

func variantOption(v Variant, name string) (string, bool) {
	n := normOption(name)
	for k, val := range v.Options {
		if normOption(k) == n {
			return val, true
		}
	}
	return "", false
}

// matchesType reports whether the product is of the wanted type: the
// very type when the filter names one of the shop's, else a type (in any
// of its locales) that contains all analyzed terms of the filter.
func (e *entry) matchesType(wanted *typeFilter) bool {
	if wanted.exact != "" {
		return e.productType == wanted.exact
	}
	for _, terms := range wanted.terms {
		if len(terms) == 0 {
			continue
		}
		all := true
		for _, t := range terms {
			if !e.hasSymbol(e.typeTerms, t) {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// variantTitle renders the variant's title in the language when the
// product translates its option values.
func variantTitle(p *Product, v Variant, lang string) string {
	tr, _, ok := translationIn(p, lang)
	if !ok || len(tr.OptionValues) == 0 || len(v.Options) == 0 {
		return v.Title
	}
	var parts []string
	translated := false
	for _, o := range p.Options {
		val, ok := variantOption(v, o.Name)
		if !ok {
			continue
		}
		// Values without a translation (sizes such as "M" or "42") are
		// language-neutral and kept as they are.
		if t, ok := tr.OptionValues[val]; ok {
			val, translated = t, true
		}
		parts = append(parts, val)
	}
	if !translated {
		return v.Title
	}
	return strings.Join(parts, " / ")
}

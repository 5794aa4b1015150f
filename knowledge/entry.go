package knowledge

import (
	"math"
	"sort"
	"strings"
	"unicode"
)

// entry is the Go-side view of one indexed (active) product. Entries are
// immutable once built, so a snapshot of pointers can be read without locks.
type entry struct {
	p         Product
	minPrice  float64
	maxPrice  float64
	available bool
	popScore  float64             // log1p(popularity)
	words     map[string]struct{} // lowercase words of title and tags, for option values the product has no option for
	typeTerms map[string]struct{} // analyzed product-type terms in every locale
	langs     []string            // language keys the product has text in, primary first
}

func newEntry(p Product, primary string, analyze func(lang, text string) []string) *entry {
	e := &entry{p: p, popScore: math.Log1p(math.Max(p.Popularity, 0))}
	for i, v := range p.Variants {
		if i == 0 || v.Price < e.minPrice {
			e.minPrice = v.Price
		}
		if i == 0 || v.Price > e.maxPrice {
			e.maxPrice = v.Price
		}
		e.available = e.available || v.Available
	}
	e.words = make(map[string]struct{})
	for _, w := range splitWords(p.Title + " " + strings.Join(p.Tags, " ")) {
		e.words[w] = struct{}{}
	}
	e.typeTerms = make(map[string]struct{})
	for _, t := range analyze(primary, p.ProductType) {
		e.typeTerms[t] = struct{}{}
	}
	e.langs = append(e.langs, primary)
	for _, loc := range sortedLocales(p.Translations) {
		k := langKey(loc)
		if k == primary {
			continue
		}
		e.langs = appendUnique(e.langs, k)
		for _, t := range analyze(k, p.Translations[loc].ProductType) {
			e.typeTerms[t] = struct{}{}
		}
	}
	return e
}

// translation returns the product's translation for a language key, if any.
func (e *entry) translation(lang string) (Translation, bool) {
	tr, _, ok := e.translationIn(lang)
	return tr, ok
}

// translationIn is translation that also returns the key of the language
// the text is in: the sibling's (zh for zht) when it stands in.
func (e *entry) translationIn(lang string) (Translation, string, bool) {
	for _, loc := range sortedLocales(e.p.Translations) {
		if langKey(loc) == lang {
			return e.p.Translations[loc], lang, true
		}
	}
	if sib := siblingLang(lang); sib != "" {
		return e.translationIn(sib)
	}
	return Translation{}, "", false
}

// doc is the bleve document of the product: one title and body field per
// language it has text in, plus the filterable attributes.
func (e *entry) doc(primary string) map[string]any {
	p := &e.p
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
	for w := range e.words {
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

// optionValueMatches reports whether a variant's option value satisfies a
// wanted canonical value: equal, or one of its words ("dark red" ⊇ "red").
func optionValueMatches(have, want string) bool {
	have, want = normOption(have), normOption(want)
	if have == want {
		return true
	}
	for _, w := range splitWords(have) {
		if w == want {
			return true
		}
	}
	return false
}

// bestVariant picks the variant that satisfies the filters, preferring an
// available one and then the cheapest. ok is false when no variant (or, for
// option names the product does not have, no title/tag word) satisfies them.
func (e *entry) bestVariant(f *Filters) (v Variant, ok bool) {
	best := -1
	for i, cand := range e.p.Variants {
		if !e.variantMatches(cand, f) {
			continue
		}
		if best < 0 || betterVariant(cand, e.p.Variants[best]) {
			best = i
		}
	}
	if best < 0 {
		return Variant{}, false
	}
	return e.p.Variants[best], true
}

func betterVariant(a, b Variant) bool {
	if a.Available != b.Available {
		return a.Available
	}
	return a.Price < b.Price
}

func (e *entry) variantMatches(v Variant, f *Filters) bool {
	if f.InStockOnly && !v.Available {
		return false
	}
	if f.MinPrice != nil && v.Price < *f.MinPrice {
		return false
	}
	if f.MaxPrice != nil && v.Price > *f.MaxPrice {
		return false
	}
	if len(f.Words) > 0 && !e.hasAnyWord(f.Words) {
		return false
	}
	for name, wants := range f.Options {
		if len(wants) == 0 {
			continue
		}
		have, hasOption := variantOption(v, name)
		matched := false
		for _, w := range wants {
			if hasOption && optionValueMatches(have, w) {
				matched = true
				break
			}
			if !hasOption && !e.hasOption(name) {
				// The product does not vary on this option: accept it when
				// its title or tags say so ("Red Leather Tote").
				if _, ok := e.words[normOption(w)]; ok {
					matched = true
					break
				}
			}
		}
		if !matched {
			return false
		}
	}
	return true
}

// hasAnyWord reports whether the title or tags carry one of the words.
func (e *entry) hasAnyWord(words []string) bool {
	for _, w := range words {
		if _, ok := e.words[normOption(w)]; ok {
			return true
		}
	}
	return false
}

func (e *entry) hasOption(name string) bool {
	n := normOption(name)
	for _, o := range e.p.Options {
		if normOption(o.Name) == n {
			return true
		}
	}
	for _, v := range e.p.Variants {
		if _, ok := variantOption(v, n); ok {
			return true
		}
	}
	return false
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

// matchesType reports whether the product's type (in any of its locales)
// contains all analyzed terms of the wanted type.
func (e *entry) matchesType(wanted [][]string) bool {
	for _, terms := range wanted {
		if len(terms) == 0 {
			continue
		}
		all := true
		for _, t := range terms {
			if _, ok := e.typeTerms[t]; !ok {
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
func (e *entry) variantTitle(v Variant, lang string) string {
	tr, ok := e.translation(lang)
	if !ok || len(tr.OptionValues) == 0 || len(v.Options) == 0 {
		return v.Title
	}
	var parts []string
	translated := false
	for _, o := range e.p.Options {
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

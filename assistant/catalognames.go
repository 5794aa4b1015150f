package assistant

import (
	"context"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"

	"shopassist/assistant/glossary"
	"shopassist/assistant/lang"
	"shopassist/db"
)

// catalogNames caches, per shop, the product titles and vendors the
// language detector masks before deciding ("Ich will die Storm Rider Pro
// zurückgeben" is German whatever the product is called). Read through on a
// miss or after namesTTL; a read error keeps the previous list.
type catalogNames struct {
	mu     sync.Mutex
	byShop map[int64]namesEntry
}

type namesEntry struct {
	names []string
	// aliases map a line name as a translation writes it in another
	// script ("オーロラ") to the original line name ("aurora").
	aliases map[string]string
	loaded  time.Time
}

const (
	namesTTL = 10 * time.Minute
	// maxNamedProducts bounds the work of one refresh; beyond it the
	// detector still has script, n-grams and title-run masking.
	maxNamedProducts = 5000
	namesPage        = 500
)

func newCatalogNames() *catalogNames { return &catalogNames{byShop: map[int64]namesEntry{}} }

// get returns the shop's catalog names, loading them when stale.
func (c *catalogNames) get(ctx context.Context, store *db.Store, shopID int64, now time.Time, logErr func(string, error)) []string {
	c.mu.Lock()
	e, ok := c.byShop[shopID]
	c.mu.Unlock()
	if ok && now.Sub(e.loaded) < namesTTL {
		return e.names
	}
	names, aliases, err := loadCatalogNames(ctx, store, shopID)
	if err != nil {
		logErr("load catalog names", err)
		return e.names
	}
	c.mu.Lock()
	c.byShop[shopID] = namesEntry{names: names, aliases: aliases, loaded: now}
	c.mu.Unlock()
	return names
}

// lineAliases returns the shop's line names as its translations write them
// in other scripts, as last loaded by get.
func (c *catalogNames) lineAliases(shopID int64) map[string]string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.byShop[shopID].aliases
}

func loadCatalogNames(ctx context.Context, store *db.Store, shopID int64) ([]string, map[string]string, error) {
	seen := map[string]bool{}
	aliases := map[string]string{}
	var names []string
	add := func(s string) {
		// Lower-cased once here: the detector matches case-insensitively
		// and would otherwise lower every name on every message.
		k := strings.ToLower(strings.TrimSpace(s))
		if len([]rune(k)) < 3 || seen[k] {
			return
		}
		seen[k] = true
		names = append(names, k)
	}
	var after int64
	for n := 0; n < maxNamedProducts; {
		ps, err := store.ListProducts(ctx, shopID, after, namesPage)
		if err != nil {
			return nil, nil, err
		}
		for _, p := range ps {
			add(p.Title)
			add(p.Vendor)
			after = p.ID
			addAliases(aliases, p)
		}
		n += len(ps)
		if len(ps) < namesPage {
			break
		}
	}
	// Shoppers write "the Aurora" or "rain shell", rarely the whole title.
	for k, v := range aliases {
		if v == "" || lineName(v, "", names) != v {
			delete(aliases, k) // two lines' translations start with it, or "merino" is no line
		}
	}
	return lang.NameForms(names), aliases, nil
}

// soundsLike reports whether word, in katakana, hangul, Arabic or Cyrillic
// letters, has the consonants of the Latin name (vowels are not compared:
// "オーロラ" and "أورورا" are "aurora").
func soundsLike(word, name string) bool {
	rs := []rune(word)
	if syllabic(rs[0]) {
		hangul := rs[0] >= 0xAC00
		got, _ := soundKeys(syllableSounds(rs), hangul)
		for _, dropR := range []bool{false, true} {
			if want, _ := soundKeys(latinSounds(name, dropR), hangul); want == got {
				return true
			}
		}
		return false
	}
	return skeleton(word) != "" && skeleton(word) == skeleton(name)
}

// addAliases records the first word of p's translated titles, after a
// leading kind word, when it is written in katakana, hangul, Arabic or
// Cyrillic letters and names no product kind ("オーロラ 2.5L レインシェル":
// オーロラ is the Aurora line; so is أورورا in "سترة أورورا"). A word that
// starts two lines' titles maps to "".
func addAliases(aliases map[string]string, p db.Product) {
	line, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(p.Title)), " ")
	if len([]rune(line)) < 4 {
		return
	}
	for _, tr := range p.Translations {
		title := strings.ToLower(tr.Title)
		head := strings.Fields(title)
		if len(head) > 3 {
			head = head[:3]
		}
		// "سترة أورورا", "حقيبة الظهر اليومية ريدجلاين": the kind words
		// come first, then (perhaps) the name.
		for _, stem := range glossary.Stems(title) {
			title = strings.Replace(title, stem, " ", 1)
		}
		words := strings.Fields(title)
		if len(words) == 0 || !slices.Contains(head, words[0]) {
			continue
		}
		first := words[0]
		rs := []rune(first)
		if len(rs) < 3 || !unicode.In(rs[0], unicode.Katakana, unicode.Hangul, unicode.Arabic, unicode.Cyrillic) ||
			len(glossary.Terms(first)) > 0 {
			continue
		}
		if !soundsLike(first, line) {
			continue // a word of the translation ("пуховый"), not the name
		}
		if had, ok := aliases[first]; ok && had != line {
			aliases[first] = ""
			continue
		}
		aliases[first] = line
	}
}

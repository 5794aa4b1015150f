package views

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"shopassist/channels"
	"shopassist/inbox"
	"shopassist/views/adminlocale"
)

var (
	// keyLiteral is a Go or templ string literal shaped like a catalog key.
	keyLiteral = regexp.MustCompile(`"([a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+)"`)
	// keyPrefix is a literal prefix a key is built from ("status." + s,
	// "conv.role_" + role).
	keyPrefix = regexp.MustCompile(`"([a-z][a-z0-9_]*\.[a-z0-9_.]*)"\s*\+`)
)

// adminSources is the text of every file that looks catalog keys up: the
// templates, the views' Go code and the admin handlers (generated
// _templ.go files and the catalogs themselves left out).
func adminSources(t *testing.T) string {
	t.Helper()
	var b strings.Builder
	for _, pattern := range []string{"*.templ", "*.go", "../app/*.go"} {
		files, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") || strings.HasSuffix(f, "_templ.go") {
				continue
			}
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			b.Write(src)
		}
	}
	return b.String()
}

// TestCatalogKeysUsed: every key of the admin catalogs is looked up
// somewhere (as a literal, as the base of a one/other plural, or through a
// prefix the code joins a value to), and every key the code names exists.
// Keys built from data cover exactly that data: one intent.<name> per
// intent, one starter.<key> per shipped saved reply, channel.<name> only
// for channels.
func TestCatalogKeysUsed(t *testing.T) {
	src := adminSources(t)
	literals := map[string]bool{}
	for _, m := range keyLiteral.FindAllStringSubmatch(src, -1) {
		literals[m[1]] = true
	}
	var prefixes []string
	for _, m := range keyPrefix.FindAllStringSubmatch(src, -1) {
		prefixes = append(prefixes, m[1])
	}
	keys := adminlocale.Keys(adminlocale.Default)
	for _, k := range keys {
		base := strings.TrimSuffix(strings.TrimSuffix(k, ".one"), ".other")
		if literals[k] || literals[base] || slices.ContainsFunc(prefixes, func(p string) bool { return strings.HasPrefix(k, p) }) {
			continue
		}
		t.Errorf("catalog key %q is never looked up", k)
	}

	// Literals that name a catalog family but no key: a typo renders the
	// missing-key mark.
	families := map[string]bool{}
	for _, k := range keys {
		families[k[:strings.Index(k, ".")]] = true
	}
	for l := range literals {
		fam := l[:strings.Index(l, ".")]
		if !families[fam] || adminlocale.Has(l) || adminlocale.Has(l+".one") || slices.Contains(prefixes, l) {
			continue
		}
		if strings.HasSuffix(l, ".go") || strings.HasSuffix(l, ".templ") {
			continue
		}
		t.Errorf("code names %q, which no catalog has", l)
	}

	family := func(prefix string) []string {
		var out []string
		for _, k := range keys {
			if s, ok := strings.CutPrefix(k, prefix); ok {
				out = append(out, s)
			}
		}
		return out
	}
	intents := Intents()
	slices.Sort(intents)
	if got := family("intent."); !slices.Equal(got, intents) {
		t.Errorf("intent keys %v, intents %v", got, intents)
	}
	var starters []string
	for _, s := range inbox.Starters {
		starters = append(starters, s.Key)
	}
	slices.Sort(starters)
	if got := family("starter."); !slices.Equal(got, starters) {
		t.Errorf("starter keys %v, starters %v", got, starters)
	}
	for _, c := range family("channel.") {
		if !slices.Contains(channels.All, channels.Channel(c)) {
			t.Errorf("channel.%s names no channel", c)
		}
	}
}

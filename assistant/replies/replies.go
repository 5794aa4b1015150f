// Package replies holds the engine's own reply texts that the shared NLU
// catalog (assistant/i18n) does not carry: per-shipment status words and the
// handoff-unavailable notice. Same go-i18n TOML format, one file per
// supported language, English as fallback.
package replies

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

//go:embed locales/*.toml
var locales embed.FS

// Catalog renders the engine's extra messages. Immutable, safe for
// concurrent use.
type Catalog struct {
	localizers map[string]*goi18n.Localizer
	keys       map[string][]string
}

// New loads the embedded catalogs.
func New() (*Catalog, error) { return Load(locales, "locales") }

// Load reads a catalog in the same format from dir of fsys (active.<lang>.toml
// files, English required), for packages that keep their own texts.
func Load(fsys fs.FS, dir string) (*Catalog, error) {
	bundle := goi18n.NewBundle(language.English)
	bundle.RegisterUnmarshalFunc("toml", toml.Unmarshal)
	files, err := fs.Glob(fsys, dir+"/active.*.toml")
	if err != nil {
		return nil, fmt.Errorf("list reply catalogs: %w", err)
	}
	c := &Catalog{localizers: map[string]*goi18n.Localizer{}, keys: map[string][]string{}}
	for _, f := range files {
		buf, err := fs.ReadFile(fsys, f)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", f, err)
		}
		mf, err := bundle.ParseMessageFileBytes(buf, path.Base(f))
		if err != nil {
			return nil, fmt.Errorf("parse %s: %w", f, err)
		}
		lang := strings.TrimSuffix(strings.TrimPrefix(path.Base(f), "active."), ".toml")
		for _, m := range mf.Messages {
			c.keys[lang] = append(c.keys[lang], m.ID)
		}
		sort.Strings(c.keys[lang])
		c.localizers[lang] = goi18n.NewLocalizer(bundle, lang, "en")
	}
	if _, ok := c.localizers["en"]; !ok {
		return nil, fmt.Errorf("reply catalogs: English missing")
	}
	return c, nil
}

// Languages returns the languages with a catalog, sorted.
func (c *Catalog) Languages() []string {
	out := make([]string, 0, len(c.keys))
	for l := range c.keys {
		out = append(out, l)
	}
	sort.Strings(out)
	return out
}

// Keys returns the message IDs of one language, sorted.
func (c *Catalog) Keys(lang string) []string { return append([]string(nil), c.keys[lang]...) }

// T renders key in lang (English when lang or the key is missing); a key
// missing everywhere renders as itself so the bug is visible.
func (c *Catalog) T(lang, key string, data map[string]any) string {
	loc, ok := c.localizers[lang]
	if !ok {
		loc = c.localizers["en"]
	}
	s, err := loc.Localize(&goi18n.LocalizeConfig{MessageID: key, TemplateData: data})
	if err != nil {
		return key
	}
	return s
}

// TN renders a message with plural forms, chosen for n by the CLDR rules of
// lang (one/few/many/… as the language needs); n is {{.N}} in the text.
func (c *Catalog) TN(lang, key string, n int, data map[string]any) string {
	loc, ok := c.localizers[lang]
	if !ok {
		loc = c.localizers["en"]
	}
	td := map[string]any{"N": n}
	for k, v := range data {
		td[k] = v
	}
	s, err := loc.Localize(&goi18n.LocalizeConfig{MessageID: key, TemplateData: td, PluralCount: n})
	if err != nil {
		return key
	}
	return s
}

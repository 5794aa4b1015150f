// Package replies is the assistant's one catalog of shopper-facing texts in
// every supported language: greetings, order and policy answers, product
// and handoff messages, as go-i18n TOML files (locales/active.<lang>.toml,
// embedded), rendered with CLDR plural forms and English as the fallback.
// Packages with their own texts (assistant/actions) load theirs in the same
// format with Load.
package replies

import (
	"embed"
	"errors"
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

// Fallback is the language every message exists in.
const Fallback = "en"

// Catalog renders localized texts. Immutable, safe for concurrent use.
type Catalog struct {
	localizers map[string]*goi18n.Localizer
	langs      []string
	keys       map[string][]string // message IDs per language, sorted
	messages   map[string]map[string]*goi18n.Message
}

// New loads the assistant's embedded catalog.
func New() (*Catalog, error) { return Load(locales, "locales") }

// Load reads a catalog in the same format from dir of fsys (active.<lang>.toml
// files, English required).
func Load(fsys fs.FS, dir string) (*Catalog, error) {
	bundle := goi18n.NewBundle(language.English)
	bundle.RegisterUnmarshalFunc("toml", toml.Unmarshal)
	files, err := fs.Glob(fsys, dir+"/active.*.toml")
	if err != nil {
		return nil, fmt.Errorf("list reply catalogs: %w", err)
	}
	c := &Catalog{
		localizers: map[string]*goi18n.Localizer{},
		keys:       map[string][]string{},
		messages:   map[string]map[string]*goi18n.Message{},
	}
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
		c.langs = append(c.langs, lang)
		c.messages[lang] = make(map[string]*goi18n.Message, len(mf.Messages))
		for _, m := range mf.Messages {
			c.keys[lang] = append(c.keys[lang], m.ID)
			c.messages[lang][m.ID] = m
		}
		sort.Strings(c.keys[lang])
		c.localizers[lang] = goi18n.NewLocalizer(bundle, lang, Fallback)
	}
	if _, ok := c.localizers[Fallback]; !ok {
		return nil, errors.New("reply catalogs: English missing")
	}
	sort.Strings(c.langs)
	return c, nil
}

// Languages returns the languages with a catalog, sorted.
func (c *Catalog) Languages() []string { return append([]string(nil), c.langs...) }

// Keys returns the message IDs of one language, sorted.
func (c *Catalog) Keys(lang string) []string { return append([]string(nil), c.keys[lang]...) }

// Dir returns the text direction of lang: "rtl" for Arabic (and the other
// right-to-left scripts a browser may ask for), "ltr" otherwise.
func Dir(lang string) string {
	base, _, _ := strings.Cut(strings.ToLower(lang), "-")
	switch base {
	case "ar", "he", "fa", "ur":
		return "rtl"
	}
	return "ltr"
}

// T renders key in lang with data as template values; a "Count" entry
// selects the plural form. Unknown languages and keys missing in lang fall
// back to English; a key missing everywhere renders as the key itself so a
// bug is visible rather than an empty bubble. A plural form missing in lang
// renders in English rather than as the key.
func (c *Catalog) T(lang, key string, data map[string]any) string {
	s, err := c.Localize(lang, key, data)
	if err != nil && s == "" {
		return key
	}
	return s
}

// TN renders a message with plural forms chosen for n by the CLDR rules of
// lang (one/few/many/… as the language needs); n is {{.N}} in the text.
func (c *Catalog) TN(lang, key string, n int, data map[string]any) string {
	td := map[string]any{"N": n, "Count": n}
	for k, v := range data {
		td[k] = v
	}
	return c.T(lang, key, td)
}

// Localize is T with the error reported instead of swallowed.
func (c *Catalog) Localize(lang, key string, data map[string]any) (string, error) {
	loc, ok := c.localizers[lang]
	if !ok {
		loc = c.localizers[Fallback]
	}
	cfg := &goi18n.LocalizeConfig{MessageID: key, TemplateData: data}
	if n, ok := data["Count"]; ok {
		cfg.PluralCount = n
	}
	s, err := loc.Localize(cfg)
	if err == nil {
		return s, nil
	}
	// A plural form missing in one language must not lose the reply.
	s, fbErr := c.localizers[Fallback].Localize(cfg)
	if fbErr != nil {
		return "", fmt.Errorf("localize %s/%s: %w", lang, key, errors.Join(err, fbErr))
	}
	return s, fmt.Errorf("localize %s/%s (used English): %w", lang, key, err)
}

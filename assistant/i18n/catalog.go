// Package i18n holds the assistant's reply texts for every supported language
// as go-i18n message catalogs (locales/active.<lang>.toml, embedded) and
// renders them with plural support, falling back to English.
package i18n

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

// Catalog renders localized replies. It is immutable and safe for concurrent use.
type Catalog struct {
	bundle     *goi18n.Bundle
	localizers map[string]*goi18n.Localizer
	langs      []string
	keys       map[string][]string // message IDs per language, sorted
	messages   map[string]map[string]*goi18n.Message
}

// New loads every embedded catalog.
func New() (*Catalog, error) {
	bundle := goi18n.NewBundle(language.English)
	bundle.RegisterUnmarshalFunc("toml", toml.Unmarshal)
	files, err := fs.Glob(locales, "locales/active.*.toml")
	if err != nil {
		return nil, fmt.Errorf("list catalogs: %w", err)
	}
	c := &Catalog{
		bundle:     bundle,
		localizers: make(map[string]*goi18n.Localizer),
		keys:       make(map[string][]string),
		messages:   make(map[string]map[string]*goi18n.Message),
	}
	for _, f := range files {
		buf, err := locales.ReadFile(f)
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
		return nil, errors.New("i18n: English catalog missing")
	}
	sort.Strings(c.langs)
	return c, nil
}

// Languages returns the codes of the available catalogs, sorted.
func (c *Catalog) Languages() []string {
	return append([]string(nil), c.langs...)
}

// Keys returns the message IDs of one language's catalog, sorted.
func (c *Catalog) Keys(lang string) []string {
	return append([]string(nil), c.keys[lang]...)
}

// Dir returns the text direction of lang: "rtl" or "ltr".
func (c *Catalog) Dir(lang string) string {
	return Dir(lang)
}

// Dir returns the text direction of lang: "rtl" for Arabic, "ltr" otherwise.
func Dir(lang string) string {
	base, _, _ := strings.Cut(strings.ToLower(lang), "-")
	switch base {
	case "ar", "he", "fa", "ur":
		return "rtl"
	}
	return "ltr"
}

// T renders message key in lang with data as template values. A "Count"
// entry selects the plural form. Unknown languages and keys missing in lang
// fall back to English; a key missing everywhere renders as the key itself so
// a bug is visible rather than an empty bubble.
func (c *Catalog) T(lang, key string, data map[string]any) string {
	s, err := c.Localize(lang, key, data)
	if err != nil {
		return key
	}
	return s
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

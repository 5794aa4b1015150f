// Package adminlocale holds the embedded admin's interface texts in the
// languages Shopify's admin is most used in by our merchants (en, de, es,
// fr, ja, zh-CN), picks the merchant's language from Shopify's locale
// parameter, and carries it in the request context to the templ views.
//
// The catalogs are typed Go maps (catalog_*.go), one per language, with the
// same keys; a test keeps them in step. Merchant-entered and shopper text is
// never looked up here.
package adminlocale

import (
	"context"
	"fmt"
	"sort"
	"strings"
)

// Default is the language every key exists in and the last fallback.
const Default = "en"

// MissingMark starts what T renders for a key no catalog has, so a test can
// find it on any rendered page.
const MissingMark = "⟦missing:"

// Languages lists the admin's languages, English first.
func Languages() []string { return []string{"en", "de", "es", "fr", "ja", "zh-CN"} }

// catalog returns one language's messages; nil for an unknown language.
func catalog(lang string) map[string]string {
	switch lang {
	case "en":
		return catalogEN
	case "de":
		return catalogDE
	case "es":
		return catalogES
	case "fr":
		return catalogFR
	case "ja":
		return catalogJA
	case "zh-CN":
		return catalogZH
	}
	return nil
}

// Keys returns the sorted keys of one language's catalog.
func Keys(lang string) []string {
	m := catalog(lang)
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Match maps a requested locale (Shopify's "locale" parameter such as
// "de", "zh-CN", "pt-BR", or an Accept-Language style "fr_CA") to an admin
// language: the exact language, else one with the same base language, else
// English. It returns "" for an empty request so callers can tell "not
// asked" from "asked for something we fall back on".
func Match(requested string) string {
	r := strings.TrimSpace(strings.ReplaceAll(requested, "_", "-"))
	if r == "" {
		return ""
	}
	for _, l := range Languages() {
		if strings.EqualFold(l, r) {
			return l
		}
	}
	base, _, _ := strings.Cut(r, "-")
	for _, l := range Languages() {
		lb, _, _ := strings.Cut(l, "-")
		if strings.EqualFold(lb, base) {
			return l
		}
	}
	return Default
}

type ctxKey struct{}

// WithLang returns ctx carrying an admin language (as returned by Match).
func WithLang(ctx context.Context, lang string) context.Context {
	return context.WithValue(ctx, ctxKey{}, lang)
}

// Lang is the admin language ctx carries, English when none.
func Lang(ctx context.Context) string {
	if l, ok := ctx.Value(ctxKey{}).(string); ok && catalog(l) != nil {
		return l
	}
	return Default
}

// T renders the text of key in ctx's language; args fill fmt verbs (use
// explicit indexes such as %[1]d where a translation reorders them). A key
// missing in that language falls back to English, and a key missing in
// English renders MissingMark so tests catch it.
func T(ctx context.Context, key string, args ...any) string {
	return Text(Lang(ctx), key, args...)
}

// Text is T for an explicit language.
func Text(lang, key string, args ...any) string {
	msg, ok := catalog(lang)[key]
	if !ok {
		if msg, ok = catalogEN[key]; !ok {
			return MissingMark + key + "⟧"
		}
	}
	if len(args) == 0 {
		return msg
	}
	return fmt.Sprintf(msg, args...)
}

// N picks key+".one" for n == 1 and key+".other" otherwise, with n as the
// first argument. The admin's languages need no more plural forms than
// these two (ja and zh use the same text for both).
func N(ctx context.Context, key string, n int, args ...any) string {
	form := ".other"
	if n == 1 {
		form = ".one"
	}
	return T(ctx, key+form, append([]any{n}, args...)...)
}

// Has reports whether key exists (in English, hence in every catalog), for
// labels looked up from data such as status words and intent names, where
// an unknown value is shown as it is.
func Has(key string) bool {
	_, ok := catalogEN[key]
	return ok
}

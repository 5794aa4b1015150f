package actions

import (
	"embed"
	"fmt"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/currency"
	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"shopassist/assistant/lang"
	"shopassist/assistant/replies"
	"shopassist/knowledge/geo"
)

//go:embed locales/*.toml
var locales embed.FS

// Texts renders the actions' shopper-facing messages in the supported
// languages (English fallback). Immutable, safe for concurrent use.
type Texts struct {
	cat *replies.Catalog
	geo *geo.Matcher
}

// NewTexts loads the embedded catalogs.
func NewTexts() (*Texts, error) {
	c, err := replies.Load(locales, "locales")
	if err != nil {
		return nil, fmt.Errorf("action texts: %w", err)
	}
	return &Texts{cat: c, geo: geo.New()}, nil
}

// Catalog exposes the catalog (tests check every language has every key).
func (x *Texts) Catalog() *replies.Catalog { return x.cat }

// Geo is the country matcher the address parser uses.
func (x *Texts) Geo() *geo.Matcher { return x.geo }

// T renders key in lang.
func (x *Texts) T(lang, key string, data map[string]any) string { return x.cat.T(lang, key, data) }

// Money formats a decimal amount in currency for the shopper's language
// ("€ 49,00" in German, "€ 49.00" in English).
func Money(amount, cur, lang string) string {
	v, err := strconv.ParseFloat(strings.TrimSpace(amount), 64)
	if err != nil {
		return strings.TrimSpace(amount + " " + cur)
	}
	p := message.NewPrinter(language.Make(lang))
	u, err := currency.ParseISO(cur)
	if err != nil {
		return p.Sprintf("%.2f %s", v, cur)
	}
	return p.Sprint(currency.Symbol(u.Amount(v)))
}

// DateTime writes t's date and 24-hour time in loc (UTC when nil) the way a
// reader of l expects them; the layouts are lang's, the one definition the
// rest of the assistant uses too.
func DateTime(t time.Time, l string, loc *time.Location) string {
	if loc == nil {
		loc = time.UTC
	}
	return lang.FormatDateTime(l, t.In(loc))
}

// Window renders a window length compactly ("2 h", "90 min"), readable in
// every supported language.
func Window(minutes int) string {
	d := window(minutes)
	if d%time.Hour == 0 {
		return strconv.Itoa(int(d/time.Hour)) + " h"
	}
	return strconv.Itoa(int(d/time.Minute)) + " min"
}

// Format renders an address in full, one line per part, with the
// country's name in lang.
func (x *Texts) Format(a Address, lang string) string {
	var lines []string
	if name := strings.TrimSpace(a.FirstName + " " + a.LastName); name != "" {
		lines = append(lines, name)
	}
	for _, s := range []string{a.Company, a.Address1, a.Address2} {
		if s = strings.TrimSpace(s); s != "" {
			lines = append(lines, s)
		}
	}
	city := strings.TrimSpace(strings.Join(nonEmpty(a.Zip, a.City, a.ProvinceCode), " "))
	if city != "" {
		lines = append(lines, city)
	}
	lines = append(lines, x.Country(a.CountryCode, lang))
	if a.Phone != "" {
		lines = append(lines, a.Phone)
	}
	return strings.Join(lines, "\n")
}

// Country names a country in lang, the code itself when unknown.
func (x *Texts) Country(code, lang string) string {
	if n := x.geo.Name(code, lang); n != "" {
		return n
	}
	return code
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			out = append(out, strings.TrimSpace(s))
		}
	}
	return out
}

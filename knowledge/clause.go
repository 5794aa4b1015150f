package knowledge

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"shopassist/knowledge/geo"
)

// clauseCut finds where a sentence's clauses meet: a comma or semicolon
// (followed by a space in scripts with spaces, so "8,1 %" and "8.1%" stay
// whole), the ideographic and Arabic ones, or the word for "and" between
// spaces ("… de los pedidos y Japón suele …"). A full stop is no cut: it
// also stands in numbers ("¥10.000").
var clauseCut = regexp.MustCompile(`[,;]\s+|[，；、،؛]\s*|\s(?:and|y|e|et|und|en|a|i|ve|dan|и|а)\s`)

// leadingAnd is the word for "and" a clause cut after a comma still starts
// with (", and Japan …", ", а Япония …"). Arabic "و" is written onto the
// next word and starts a sentence as well, so it stays.
var leadingAnd = regexp.MustCompile(`^(?:and|y|e|et|und|en|a|i|ve|dan|и|а)\s+`)

// ownClause returns the clause of an example sentence that states the
// rule of country, when the sentence gives figures for several countries
// ("for example, Switzerland charges 8.1% VAT on most orders, and Japan
// usually charges 10% on orders over ¥10,000"): the other country's figure
// would mislead the shopper. Only the last clause can stand alone in every
// language (an earlier one ends in a form that joins it to the next, as
// Japanese "かかり" and Korean "부과하고" do), so it returns "" unless
// country's clause ends the sentence, names no other place, and the text
// before it names other places but not country, each with a figure of its
// own ("Switzerland and Japan charge VAT" is one clause).
func ownClause(pl *geo.Matcher, text, country string) string {
	cuts := clauseCut.FindAllStringIndex(text, -1)
	for i := len(cuts) - 1; i >= 0; i-- {
		head, tail := text[:cuts[i][0]], text[cuts[i][1]:]
		names := namedCountries(pl, tail)
		if len(names) == 0 {
			continue // "… 日本の場合、1万円を超える…": the cut is inside the clause
		}
		others := namedCountries(pl, head)
		if !slices.Equal(names, []string{country}) || len(others) == 0 || slices.Contains(others, country) ||
			!hasDigit(head) || !hasDigit(tail) {
			return ""
		}
		return capitalFirst(leadingAnd.ReplaceAllString(tail, ""))
	}
	return ""
}

// namedCountries lists the distinct countries a text names outside
// parentheses, in order.
func namedCountries(pl *geo.Matcher, text string) []string {
	var out []string
	for _, m := range pl.Find(text) {
		if m.Kind == geo.Country && !m.Aside && !slices.Contains(out, m.Code) {
			out = append(out, m.Code)
		}
	}
	return out
}

// namesOtherCountry reports whether a sentence's places include a country
// other than country, outside parentheses.
func namesOtherCountry(ms []geo.Mention, country string) bool {
	return slices.ContainsFunc(ms, func(m geo.Mention) bool { return m.Kind == geo.Country && !m.Aside && m.Code != country })
}

func hasDigit(s string) bool { return strings.IndexFunc(s, unicode.IsDigit) >= 0 }

// capitalFirst upper-cases a clause's first letter, which now starts the
// sentence ("le Japon applique …" → "Le Japon applique …").
func capitalFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

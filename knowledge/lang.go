package knowledge

import (
	"strings"
	"unicode"

	"github.com/blevesearch/bleve/v2/analysis/lang/ar"
	"github.com/blevesearch/bleve/v2/analysis/lang/cjk"
	"github.com/blevesearch/bleve/v2/analysis/lang/da"
	"github.com/blevesearch/bleve/v2/analysis/lang/de"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/lang/es"
	"github.com/blevesearch/bleve/v2/analysis/lang/fa"
	"github.com/blevesearch/bleve/v2/analysis/lang/fi"
	"github.com/blevesearch/bleve/v2/analysis/lang/fr"
	"github.com/blevesearch/bleve/v2/analysis/lang/hi"
	"github.com/blevesearch/bleve/v2/analysis/lang/hu"
	"github.com/blevesearch/bleve/v2/analysis/lang/it"
	"github.com/blevesearch/bleve/v2/analysis/lang/nl"
	"github.com/blevesearch/bleve/v2/analysis/lang/no"
	"github.com/blevesearch/bleve/v2/analysis/lang/pt"
	"github.com/blevesearch/bleve/v2/analysis/lang/ro"
	"github.com/blevesearch/bleve/v2/analysis/lang/ru"
	"github.com/blevesearch/bleve/v2/analysis/lang/sv"
	"github.com/blevesearch/bleve/v2/analysis/lang/tr"
)

// fallbackLang is the field-set key for locales bleve has no analyzer for;
// their text is tokenized on Unicode word boundaries and lowercased.
const fallbackLang = "xx"

// zhHant is the field-set key of Traditional Chinese (zh-TW, zh-HK, zh-Hant).
// A shop may publish both zh-CN and zh-TW translations of a document, so the
// two scripts need separate keys.
const zhHant = "zht"

// langAnalyzers maps a base language code to the bleve analyzer used for its
// fields. Chinese, Japanese and Korean share the CJK bigram analyzer but keep
// separate fields so a Japanese query is not scored against Chinese text.
var langAnalyzers = map[string]string{
	"ar": ar.AnalyzerName, "da": da.AnalyzerName, "de": de.AnalyzerName,
	"en": en.AnalyzerName, "es": es.AnalyzerName, "fa": fa.AnalyzerName,
	"fi": fi.AnalyzerName, "fr": fr.AnalyzerName, "hi": hi.AnalyzerName,
	"hu": hu.AnalyzerName, "it": it.AnalyzerName, "nl": nl.AnalyzerName,
	"nb": no.AnalyzerName, "no": no.AnalyzerName,
	"pt": pt.AnalyzerName, "ro": ro.AnalyzerName, "ru": ru.AnalyzerName,
	"sv": sv.AnalyzerName, "tr": tr.AnalyzerName,
	"ja": cjk.AnalyzerName, "zh": cjk.AnalyzerName, zhHant: cjk.AnalyzerName, "ko": cjk.AnalyzerName,
	// bleve has no Indonesian analyzer and its Polish one needs an extra
	// module (stempel); their own plain field sets still keep their
	// documents apart, which a shared fallback key would not.
	"id": plainAnalyzer, "pl": plainAnalyzer,
	fallbackLang: plainAnalyzer,
}

// plainAnalyzer is registered by the mapping: Unicode words, lowercased,
// with no stop words (brand names such as "The North Face" stay intact).
const plainAnalyzer = "plain"

// langKey reduces a BCP-47 locale ("es-MX", "zh_TW", "PT-br") to the key of
// its field set: the base language when bleve can analyze it, fallbackLang
// otherwise, and "en" for an empty locale.
func langKey(locale string) string {
	l := strings.ToLower(strings.TrimSpace(locale))
	if l == "" {
		return "en"
	}
	l = strings.ReplaceAll(l, "_", "-")
	base, rest, _ := strings.Cut(l, "-")
	if base == "zh" && (strings.Contains(rest, "hant") || strings.HasPrefix(rest, "tw") ||
		strings.HasPrefix(rest, "hk") || strings.HasPrefix(rest, "mo")) {
		return zhHant
	}
	if base == "in" { // legacy code for Indonesian
		base = "id"
	}
	l = base
	if _, ok := langAnalyzers[l]; ok {
		return l
	}
	return fallbackLang
}

// siblingLang is the key whose fields widen a search: Simplified for
// Traditional Chinese. Its text is never shown as a Traditional one (see
// otherScript, translationIn). Empty for the rest.
func siblingLang(lang string) string {
	if lang == zhHant {
		return "zh"
	}
	return ""
}

// isCJK reports whether a term is made of Han, Hiragana, Katakana or Hangul
// characters; edit distance means nothing on CJK bigrams.
func isCJK(term string) bool {
	for _, r := range term {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
			return true
		}
	}
	return false
}

// fuzzinessFor returns the edit distance tolerated for an analyzed query
// term: none for short or CJK terms (too many false friends), one from four
// characters, two from eight.
func fuzzinessFor(term string) int {
	if isCJK(term) {
		return 0
	}
	n := len([]rune(term))
	switch {
	case n >= 8:
		return 2
	case n >= 4:
		return 1
	default:
		return 0
	}
}

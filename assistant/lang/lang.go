// Package lang detects the language of a shopper's message among the
// assistant's supported languages. Non-Latin scripts are decided by script
// (with a character-set test separating Simplified from Traditional Chinese);
// Latin-script languages by a naive-Bayes character n-gram model trained at
// start-up from the embedded corpus. Short or ambiguous messages fall back to
// the conversation's priors instead of being guessed.
package lang

import (
	"slices"
	"strings"
)

// Supported lists the BCP-47 codes the detector can return.
var Supported = []string{
	"en", "es", "fr", "de", "it", "pt", "nl", "tr", "pl", "id",
	"ar", "ru", "ja", "ko", "zh-Hans", "zh-Hant",
}

// Default is returned when neither the text nor any prior decides.
const Default = "en"

// Priors are the hints about the shopper's language known before reading the
// message, in decreasing order of trust.
type Priors struct {
	// StorefrontLocale is the locale of the storefront page (request.locale).
	StorefrontLocale string
	// BrowserLanguage is the first Accept-Language / navigator.language tag.
	BrowserLanguage string
	// PreviousLanguage is the language of the conversation so far.
	PreviousLanguage string
	// Names are the shop's product, brand and vendor names; they are
	// masked out of the message before detection, since a shopper writes
	// them as the catalog does, whatever language the sentence is in.
	Names []string
}

// first returns the most trusted supported prior: the conversation's
// language, then the storefront locale, then the browser language.
func (p Priors) first() (string, bool) {
	for _, tag := range []string{p.PreviousLanguage, p.StorefrontLocale, p.BrowserLanguage} {
		if l, ok := Normalize(tag); ok {
			return l, true
		}
	}
	return "", false
}

// firstIn is first restricted to the languages in set.
func (p Priors) firstIn(set ...string) (string, bool) {
	for _, tag := range []string{p.PreviousLanguage, p.StorefrontLocale, p.BrowserLanguage} {
		if l, ok := Normalize(tag); ok && slices.Contains(set, l) {
			return l, true
		}
	}
	return "", false
}

// Result is a detected language with the detector's confidence in [0,1].
type Result struct {
	Lang       string
	Confidence float64
	// FromPriors is true when the text was too short or ambiguous and the
	// language was taken from the priors.
	FromPriors bool
	// Unsupported is the ISO 639-1 code of the language the message is
	// written in when that language is not supported (Lang is then the
	// language to answer in); empty otherwise.
	Unsupported string
}

// Normalize maps a locale tag such as "es-MX", "pt_BR", "zh-TW" or
// "zh-Hans-CN" to a supported code.
func Normalize(tag string) (string, bool) {
	tag = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(tag), "_", "-"))
	if tag == "" {
		return "", false
	}
	base, rest, _ := strings.Cut(tag, "-")
	if base == "zh" {
		switch {
		case strings.Contains(rest, "hant"), strings.HasPrefix(rest, "tw"), strings.HasPrefix(rest, "hk"), strings.HasPrefix(rest, "mo"):
			return "zh-Hant", true
		default:
			return "zh-Hans", true
		}
	}
	if base == "in" { // legacy code for Indonesian still sent by old Android browsers
		base = "id"
	}
	for _, s := range Supported {
		if s == base {
			return s, true
		}
	}
	return "", false
}

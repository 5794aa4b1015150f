package identity

import "strings"

// languageRegions is the country a national-format phone number typed by a
// shopper writing in a language is most likely from; the shop's own country
// (when known) is tried first by the caller.
var languageRegions = map[string]string{
	"en": "US", "es": "ES", "fr": "FR", "de": "DE", "it": "IT", "pt": "BR", "nl": "NL", "pl": "PL",
	"tr": "TR", "ru": "RU", "ar": "SA", "ja": "JP", "ko": "KR", "zh-Hans": "CN", "zh-Hant": "TW", "id": "ID",
}

// Phone normalizes a phone number a shopper gave as a contact (not as
// proof of ownership): E.164 when it parses as international or in one of
// the regions (then the shopper language's usual country), and reports
// whether it is plausible at all. Trivial sequences are refused.
func Phone(s, lang string, regions ...string) (string, bool) {
	if r := languageRegions[lang]; r != "" {
		regions = append(regions, r)
	}
	for i, r := range regions {
		regions[i] = strings.ToUpper(strings.TrimSpace(r))
	}
	if n, ok := parsePhone(s, regions); ok {
		return e164(n), true
	}
	return "", false
}

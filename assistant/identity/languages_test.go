package identity

import (
	"slices"
	"testing"

	"shopassist/assistant/lang"
)

// TestLanguageRegionsCoverSupportedLanguages fails when the supported
// languages and the default phone regions per language drift apart.
func TestLanguageRegionsCoverSupportedLanguages(t *testing.T) {
	for _, l := range lang.Supported {
		if languageRegions[l] == "" {
			t.Errorf("no default phone region for supported language %s", l)
		}
	}
	for l := range languageRegions {
		if !slices.Contains(lang.Supported, l) {
			t.Errorf("phone region for %s, which is not a supported language", l)
		}
	}
}

package notify

import (
	"slices"
	"testing"

	"shopassist/assistant/lang"
)

// TestShopperTextsCoverSupportedLanguages fails when the list of supported
// languages and the shopper-mail texts drift apart.
func TestShopperTextsCoverSupportedLanguages(t *testing.T) {
	for _, l := range lang.Supported {
		if _, ok := shopperTexts[l]; !ok {
			t.Errorf("no shopper mail text for supported language %s", l)
		}
	}
	for l := range shopperTexts {
		if !slices.Contains(lang.Supported, l) {
			t.Errorf("shopper mail text for %s, which is not a supported language", l)
		}
	}
}

package assistant

import (
	"testing"

	"shopassist/assistant/lang"
)

// TestClockStylesCoverSupportedLanguages fails when a supported language
// has no clock style (it would fall back to English day names).
func TestClockStylesCoverSupportedLanguages(t *testing.T) {
	for _, l := range lang.Supported {
		if _, ok := clockStyles[l]; !ok {
			t.Errorf("no clock style for supported language %s", l)
		}
	}
	if len(clockStyles) != len(lang.Supported) {
		t.Errorf("%d clock styles for %d supported languages", len(clockStyles), len(lang.Supported))
	}
}

package storefrontwidget

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// supportedLanguages are the languages the assistant answers in; the widget
// chrome must exist in each of them.
var supportedLanguages = []string{"en", "es", "fr", "de", "it", "pt", "nl", "ar", "zh-Hans", "zh-Hant", "ja", "ko", "ru", "tr", "pl", "id"}

func readJSON(t *testing.T, path string, v any) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

func TestChatStringsComplete(t *testing.T) {
	var table map[string]map[string]string
	readJSON(t, filepath.Join("src", "i18n", "chat.json"), &table)

	want := slices.Sorted(slices.Values(supportedLanguages))
	if got := sortedKeys(table); !slices.Equal(got, want) {
		t.Fatalf("languages = %v, want %v", got, want)
	}
	ref := sortedKeys(table["en"])
	if len(ref) < 20 {
		t.Fatalf("en has only %d keys", len(ref))
	}
	for _, lang := range supportedLanguages {
		t.Run(lang, func(t *testing.T) {
			s := table[lang]
			if got := sortedKeys(s); !slices.Equal(got, ref) {
				t.Errorf("keys differ from en:\n got %v\nwant %v", got, ref)
			}
			for k, v := range s {
				if strings.TrimSpace(v) == "" {
					t.Errorf("%s is empty", k)
				}
			}
			if !strings.Contains(s["wait"], "{s}") {
				t.Errorf("wait = %q lacks the {s} seconds placeholder", s["wait"])
			}
			if lang != "en" && s["title"] == table["en"]["title"] && s["send"] == table["en"]["send"] {
				t.Errorf("looks untranslated (title and send equal English)")
			}
		})
	}
}

func TestLauncherLabelsComplete(t *testing.T) {
	var labels map[string]string
	readJSON(t, filepath.Join("src", "i18n", "launcher.json"), &labels)
	want := slices.Sorted(slices.Values(supportedLanguages))
	if got := sortedKeys(labels); !slices.Equal(got, want) {
		t.Fatalf("languages = %v, want %v", got, want)
	}
	for lang, v := range labels {
		if strings.TrimSpace(v) == "" {
			t.Errorf("%s: empty launcher label", lang)
		}
	}
}

// TestLocaleLangsMatchStrings keeps src/locale.ts's LANGS, which decides which
// assistant-i18n-<lang>.js the widget requests, in step with the string tables.
func TestLocaleLangsMatchStrings(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("src", "locale.ts"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?s)export const LANGS = \[(.*?)\];`).FindSubmatch(b)
	if m == nil {
		t.Fatal("src/locale.ts has no `export const LANGS = [...]`")
	}
	var langs []string
	for _, q := range regexp.MustCompile(`'([^']+)'`).FindAllSubmatch(m[1], -1) {
		langs = append(langs, string(q[1]))
	}
	if got, want := slices.Sorted(slices.Values(langs)), slices.Sorted(slices.Values(supportedLanguages)); !slices.Equal(got, want) {
		t.Errorf("LANGS = %v, want %v", got, want)
	}
}

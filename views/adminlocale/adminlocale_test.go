package adminlocale

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestCatalogsHaveSameKeys: every key exists in all six catalogs, none has
// an extra one, and no text is empty.
func TestCatalogsHaveSameKeys(t *testing.T) {
	want := Keys(Default)
	if len(want) < 100 {
		t.Fatalf("English catalog has %d keys", len(want))
	}
	for _, lang := range Languages() {
		if catalog(lang) == nil {
			t.Fatalf("no catalog for %s", lang)
		}
		got := Keys(lang)
		for _, k := range want {
			if _, ok := slices.BinarySearch(got, k); !ok {
				t.Errorf("%s lacks %q", lang, k)
			}
		}
		for _, k := range got {
			if _, ok := slices.BinarySearch(want, k); !ok {
				t.Errorf("%s has %q, which English lacks", lang, k)
			}
			if strings.TrimSpace(catalog(lang)[k]) == "" {
				t.Errorf("%s %q is empty", lang, k)
			}
		}
	}
}

var verb = regexp.MustCompile(`%(\[\d+\])?[sdvq]`)

// TestPlaceholdersAgree: a translation fills the same arguments as the
// English text (same verbs, possibly reordered with explicit indexes), and
// plural keys come in one/other pairs.
func TestPlaceholdersAgree(t *testing.T) {
	norm := func(s string) []string {
		var out []string
		seq := 0
		for _, m := range verb.FindAllStringSubmatch(s, -1) {
			idx := m[1]
			if idx == "" {
				seq++
				idx = fmt.Sprintf("[%d]", seq)
			}
			out = append(out, idx+m[0][len(m[0])-1:])
		}
		slices.Sort(out)
		return slices.Compact(out)
	}
	for _, k := range Keys(Default) {
		en := norm(catalogEN[k])
		for _, lang := range Languages()[1:] {
			if got := norm(catalog(lang)[k]); !slices.Equal(got, en) {
				t.Errorf("%s %q fills %v, English %v", lang, k, got, en)
			}
		}
		if base, ok := strings.CutSuffix(k, ".one"); ok {
			if _, ok := catalogEN[base+".other"]; !ok {
				t.Errorf("%q has no .other form", k)
			}
		}
	}
}

func TestMatch(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"de", "de"},
		{"DE", "de"},
		{"de-AT", "de"},
		{"zh-CN", "zh-CN"},
		{"zh-TW", "zh-CN"},
		{"zh_cn", "zh-CN"},
		{"ja", "ja"},
		{"fr-CA", "fr"},
		{"es-419", "es"},
		{"pt-BR", "en"},
		{"en-GB", "en"},
		{"nonsense", "en"},
	}
	for _, tt := range tests {
		if got := Match(tt.in); got != tt.want {
			t.Errorf("Match(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestText(t *testing.T) {
	ctx := WithLang(context.Background(), "de")
	tests := []struct {
		name string
		got  string
		want string
	}{
		{"german", T(ctx, "nav.settings"), "Einstellungen"},
		{"no language is English", T(context.Background(), "nav.settings"), "Settings"},
		{"unknown language is English", T(WithLang(context.Background(), "xx"), "nav.settings"), "Settings"},
		{"argument", T(ctx, "home.last_days", 7), "Letzte 7 Tage"},
		{"reordered arguments", Text("ja", "home.done_of", 2, 5), "5 件中 2 件完了"},
		{"plural one", N(context.Background(), "home.waiting", 1), "1 shopper is waiting for your reply."},
		{"plural other", N(context.Background(), "home.waiting", 3), "3 shoppers are waiting for your reply."},
		{"missing key", T(ctx, "no.such.key"), MissingMark + "no.such.key⟧"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, tt.got, tt.want)
		}
	}
}

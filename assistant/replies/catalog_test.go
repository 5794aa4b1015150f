package replies

import (
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"

	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
)

var supported = []string{"ar", "de", "en", "es", "fr", "id", "it", "ja", "ko", "nl", "pl", "pt", "ru", "tr", "zh-Hans", "zh-Hant"}

func newCatalog(t testing.TB) *Catalog {
	t.Helper()
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestAllLanguagesPresent(t *testing.T) {
	c := newCatalog(t)
	if got := c.Languages(); !reflect.DeepEqual(got, supported) {
		t.Errorf("Languages() = %v, want %v", got, supported)
	}
}

var varRe = regexp.MustCompile(`{{\s*\.(\w+)\s*}}`)

func templateVars(m *goi18n.Message) []string {
	set := map[string]bool{}
	for _, s := range []string{m.Zero, m.One, m.Two, m.Few, m.Many, m.Other} {
		for _, v := range varRe.FindAllStringSubmatch(s, -1) {
			set[v[1]] = true
		}
	}
	out := make([]string, 0, len(set))
	for v := range set {
		out = append(out, v)
	}
	sort.Strings(out)
	return out
}

// TestCatalogsComplete fails when a language lacks a key present in English,
// has a key English does not, or uses different template variables.
func TestCatalogsComplete(t *testing.T) {
	c := newCatalog(t)
	en := c.Keys("en")
	if len(en) < 50 {
		t.Fatalf("English catalog has only %d keys", len(en))
	}
	for _, lang := range c.Languages() {
		if !reflect.DeepEqual(c.Keys(lang), en) {
			have := map[string]bool{}
			for _, k := range c.Keys(lang) {
				have[k] = true
			}
			for _, k := range en {
				if !have[k] {
					t.Errorf("%s: missing key %s", lang, k)
				}
				delete(have, k)
			}
			for k := range have {
				t.Errorf("%s: extra key %s", lang, k)
			}
			continue
		}
		for _, k := range en {
			want := templateVars(c.messages["en"][k])
			got := templateVars(c.messages[lang][k])
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s/%s: template variables %v, English has %v", lang, k, got, want)
			}
			if strings.TrimSpace(c.messages[lang][k].Other) == "" {
				t.Errorf("%s/%s: empty text", lang, k)
			}
		}
	}
}

// TestTranslated guards against untranslated copies of English.
func TestTranslated(t *testing.T) {
	c := newCatalog(t)
	for _, lang := range c.Languages() {
		if lang == "en" {
			continue
		}
		same := 0
		for _, k := range c.Keys("en") {
			if c.messages[lang][k].Other == c.messages["en"][k].Other {
				same++
			}
		}
		// Labels like "Filters: {{.Filters}}" can legitimately coincide.
		if same > 2 {
			t.Errorf("%s: %d messages identical to English", lang, same)
		}
	}
}

// TestPluralForms renders every plural message for counts that exercise
// each CLDR category (Arabic two/few/many, Slavic few/many, Romance many)
// and fails when a language lacks a form and would fall back to English.
func TestPluralFormsComplete(t *testing.T) {
	c := newCatalog(t)
	counts := []int{0, 1, 2, 3, 5, 11, 21, 22, 25, 100, 101, 1000000}
	for _, lang := range c.Languages() {
		for _, k := range c.Keys("en") {
			if c.messages["en"][k].One == "" {
				continue
			}
			for _, n := range counts {
				if _, err := c.Localize(lang, k, map[string]any{"Count": n}); err != nil {
					t.Errorf("%s/%s count=%d: %v", lang, k, n, err)
				}
			}
		}
	}
}

func TestT(t *testing.T) {
	c := newCatalog(t)
	tests := []struct {
		lang, key string
		data      map[string]any
		want      string
	}{
		{"en", "greeting_named", map[string]any{"Name": "Ana"}, "Hi Ana! How can I help you today?"},
		{"es", "order_status_delivered", map[string]any{"Order": "#1001", "Date": "3 de mayo"}, "El pedido #1001 se entregó el 3 de mayo."},
		{"de", "returns_days_left", map[string]any{"Count": 1}, "Sie haben noch 1 Tag Zeit für die Rückgabe."},
		{"de", "returns_days_left", map[string]any{"Count": 5}, "Sie haben noch 5 Tage Zeit für die Rückgabe."},
		{"ru", "order_items_count", map[string]any{"Count": 1}, "1 товар"},
		{"ru", "order_items_count", map[string]any{"Count": 3}, "3 товара"},
		{"ru", "order_items_count", map[string]any{"Count": 5}, "5 товаров"},
		{"pl", "order_items_count", map[string]any{"Count": 22}, "22 produkty"},
		{"ar", "order_items_count", map[string]any{"Count": 2}, "منتجان"},
		{"ja", "quick_human", nil, "スタッフと話す"},
		{"zh-Hant", "quick_track_order", nil, "查詢訂單"},
		{"xx", "quick_human", nil, "Talk to a human"},
		{"fr", "no_such_key", nil, "no_such_key"},
	}
	for _, tt := range tests {
		if got := c.T(tt.lang, tt.key, tt.data); got != tt.want {
			t.Errorf("T(%s, %s) = %q, want %q", tt.lang, tt.key, got, tt.want)
		}
	}
}

func TestDir(t *testing.T) {
	for _, lang := range supported {
		want := "ltr"
		if lang == "ar" {
			want = "rtl"
		}
		if got := Dir(lang); got != want {
			t.Errorf("Dir(%s) = %s, want %s", lang, got, want)
		}
	}
}

func BenchmarkT(b *testing.B) {
	c := newCatalog(b)
	data := map[string]any{"Order": "#1001", "Date": "3 mai"}
	b.ReportAllocs()
	for b.Loop() {
		c.T("fr", "order_status_delivered", data)
	}
}

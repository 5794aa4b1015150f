package geo

import (
	"slices"
	"strings"
	"sync"
	"testing"
)

// supported are the assistant's 16 languages (assistant/lang.Supported;
// geo cannot import it, TestLanguagesCoverSupported keeps them in step).
var supported = []string{"en", "es", "fr", "de", "it", "pt", "nl", "tr", "pl", "id", "ar", "ru", "ja", "ko", "zh-Hans", "zh-Hant"}

func TestLanguagesCoverSupported(t *testing.T) {
	for _, l := range supported {
		if !slices.Contains(Languages, l) {
			t.Errorf("geo.Languages lacks %s: its country names would not be recognised", l)
		}
	}
}

// TestFindOwnNames: a country's display name in each supported language,
// as the store's texts and a shopper write it, is found as that country.
func TestFindOwnNames(t *testing.T) {
	m := New()
	countries := []string{"US", "GB", "DE", "FR", "ES", "IT", "NL", "PT", "PL", "TR", "JP", "KR", "CN", "BR", "MX", "CA",
		"AU", "CH", "AT", "BE", "SE", "IE", "AE", "SA", "RU", "ID", "IN", "SG", "NZ", "ZA"}
	for _, l := range supported {
		for _, c := range countries {
			name := m.Name(c, l)
			if name == "" {
				t.Errorf("Name(%s, %s) is empty", c, l)
				continue
			}
			if got := codes(m.Find(name)); !slices.Equal(got, []string{c}) {
				t.Errorf("Find(%q) [%s in %s] = %v", name, c, l, got)
			}
		}
	}
}

// TestFindGroupNames: the region groups of shipping policies by their
// display names in each language.
func TestFindGroupNames(t *testing.T) {
	m := New()
	for _, l := range supported {
		for _, g := range []string{"EU", "150", "142"} {
			name := m.Name(g, l)
			if name == "" {
				t.Errorf("Name(%s, %s) is empty", g, l)
				continue
			}
			ms := m.Find(name)
			if len(ms) == 0 || ms[0].Code != g || ms[0].Kind != Group {
				t.Errorf("Find(%q) [%s in %s] = %+v", name, g, l, ms)
			}
		}
	}
}

func TestNameLanguages(t *testing.T) {
	m := New()
	for _, tc := range []struct{ code, lang, want string }{
		{"DE", "de", "Deutschland"},
		{"DE", "de-AT", "Deutschland"},
		{"DE", "pt_BR", "Alemanha"},
		{"JP", "ja", "日本"},
		{"US", "zh-Hans", "美国"},
		{"US", "zh-CN", "美国"},
		{"US", "zh", "美国"},
		{"US", "zh-Hant", "美國"},
		{"US", "zh-TW", "美國"},
		{"US", "zh-HK", "美國"},
		{"US", "zh-MO", "美國"},
		{"US", "zh-Hant-TW", "美國"},
		{"US", "zh_TW", "美國"},
		{"US", "ZH-HANT", "美國"},
		{"SE", "no", "Sverige"},
		{"FR", "xx", "France"}, // an unknown language: English
		{"FR", "", "France"},
		{"??", "en", ""}, // not a region
	} {
		if got := m.Name(tc.code, tc.lang); got != tc.want {
			t.Errorf("Name(%q, %q) = %q, want %q", tc.code, tc.lang, got, tc.want)
		}
	}
}

func TestGroupsAndMembers(t *testing.T) {
	m := New()
	me := m.Members(MiddleEast)
	if !slices.Contains(me, "AE") || !slices.Contains(me, "SA") || slices.Contains(me, "JP") {
		t.Fatalf("Members(MiddleEast) = %v", me)
	}
	// A caller's copy is its own.
	me[0] = "XX"
	if slices.Contains(m.Members(MiddleEast), "XX") {
		t.Error("Members returned the matcher's own slice")
	}
	if got := m.Members("150"); got != nil {
		t.Errorf("Members of a CLDR region = %v, want nil (Contains answers for it)", got)
	}
	for _, tc := range []struct {
		group, country string
		want           bool
	}{
		{"150", "DE", true},  // Europe
		{"150", "US", false}, //
		{"019", "BR", true},  // the Americas
		{"US", "US", false},  // a country does not contain itself
		{"not a region", "DE", false},
		{"150", "not a country", false},
		{"EU", "", false},
	} {
		if got := m.Contains(tc.group, tc.country); got != tc.want {
			t.Errorf("Contains(%q, %q) = %v, want %v", tc.group, tc.country, got, tc.want)
		}
	}
	if m.Size(Rest) < 190 || m.Size("unknown") != 0 {
		t.Errorf("Size(Rest) = %d, Size(unknown) = %d", m.Size(Rest), m.Size("unknown"))
	}
}

// Warm may run concurrently with lookups (the app warms the gazetteer in
// the background while the first messages arrive).
func TestWarmConcurrentWithLocate(t *testing.T) {
	m := New()
	var wg sync.WaitGroup
	results := make([][]string, 8)
	for i := range results {
		wg.Go(func() {
			if i%2 == 0 {
				m.Warm()
			}
			results[i] = codes(m.Locate("How much is shipping to Lyon?"))
		})
	}
	wg.Wait()
	for i, r := range results {
		if !slices.Equal(r, []string{"FR"}) {
			t.Errorf("goroutine %d: Locate = %v", i, r)
		}
	}
	m.Warm() // idempotent
	if got := codes(m.Locate("Versand nach München")); !slices.Equal(got, []string{"DE"}) {
		t.Errorf("after Warm: %v", got)
	}
}

// TestFindMixedScripts: a country named in one script inside text in
// another, and several in one message, keep their order.
func TestFindMixedScripts(t *testing.T) {
	m := New()
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Доставка из Japan в Германию", []string{"JP", "DE"}},
		{"Versand nach Frankreich, Italien und Spanien", []string{"FR", "IT", "ES"}},
		{"FRANCE", []string{"FR"}},
		{"france", []string{"FR"}},
		{"send us the parcel", nil}, // the pronoun, not the country
	} {
		if got := codes(m.Find(tc.text)); !slices.Equal(got, tc.want) {
			t.Errorf("Find(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
	if got := m.Find(strings.Repeat("shipping ", 200)); len(got) != 0 {
		t.Errorf("Find on a long text without a place = %v", got)
	}
}

package replies

import (
	"slices"
	"strings"
	"testing"

	"shopassist/assistant/lang"
)

func TestEveryLanguageHasEveryKey(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	want := c.Keys("en")
	if len(want) == 0 {
		t.Fatal("English catalog is empty")
	}
	for _, l := range lang.Supported {
		if got := c.Keys(l); !slices.Equal(got, want) {
			t.Errorf("%s keys = %v, want %v", l, got, want)
		}
	}
	if len(c.Languages()) != len(lang.Supported) {
		t.Errorf("catalogs %v, want one per supported language %v", c.Languages(), lang.Supported)
	}
}

func TestRender(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ lang, key, want string }{
		{"de", "shipment_delivered", "zugestellt"},
		{"ja", "handoff_unavailable", "help@example.com"},
		{"xx", "shipment_in_transit", "on its way"},
		{"fr", "no_such_key", "no_such_key"},
	}
	for _, tt := range tests {
		got := c.T(tt.lang, tt.key, map[string]any{"Contact": "help@example.com"})
		if !strings.Contains(got, tt.want) {
			t.Errorf("T(%s,%s) = %q, want it to contain %q", tt.lang, tt.key, got, tt.want)
		}
	}
}

// TestPluralForms: the expected reply time takes the form the language's
// plural rule asks for at each count, in every supported language.
func TestPluralForms(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		lang, key string
		n         int
		want      string
	}{
		{"en", "reply_within_hours", 1, "about an hour"},
		{"en", "reply_within_hours", 3, "about 3 hours"},
		{"de", "reply_within_minutes", 15, "etwa 15 Minuten"},
		{"ru", "reply_within_hours", 2, "2 часов"},
		{"ru", "reply_within_hours", 21, "21 часа"},
		{"pl", "reply_within_hours", 1, "około godziny"},
		{"pl", "reply_within_minutes", 22, "22 minut"},
		{"ar", "reply_within_hours", 2, "ساعتين"},
		{"ar", "reply_within_hours", 5, "5 ساعات"},
		{"ar", "reply_within_hours", 12, "12 ساعة"},
		{"ja", "reply_within_hours", 4, "約4時間"},
		{"fr", "reply_within_hours", 1, "une heure"},
	}
	for _, tt := range tests {
		if got := c.TN(tt.lang, tt.key, tt.n, nil); !strings.Contains(got, tt.want) {
			t.Errorf("TN(%s, %s, %d) = %q, want it to contain %q", tt.lang, tt.key, tt.n, got, tt.want)
		}
	}
	for _, l := range lang.Supported {
		for _, key := range []string{"reply_within_hours", "reply_within_minutes"} {
			for n := 1; n <= 120; n++ {
				if got := c.TN(l, key, n, nil); got == key || strings.Contains(got, "{{") {
					t.Fatalf("TN(%s, %s, %d) = %q: a plural form is missing", l, key, n, got)
				}
			}
		}
	}
}

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

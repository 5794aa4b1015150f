package views

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

func TestExternalURL(t *testing.T) {
	tests := []struct {
		raw  string
		want string
	}{
		{"https://shop.example/policies/refund-policy", "https://shop.example/policies/refund-policy"},
		{"http://shop.example/pages/faq", "http://shop.example/pages/faq"},
		{" HTTPS://shop.example/a ", "https://shop.example/a"},
		{"javascript:alert(document.cookie)", ""},
		{"JavaScript:alert(1)", ""},
		{" javascript:alert(1)", ""},
		{"java\tscript:alert(1)", ""},
		{"data:text/html;base64,PHNjcmlwdD4=", ""},
		{"vbscript:msgbox(1)", ""},
		{"//evil.example/x", ""},
		{"/pages/faq", ""},
		{"https:///nohost", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := string(externalURL(tt.raw)); got != tt.want {
			t.Errorf("externalURL(%q) = %q, want %q", tt.raw, got, tt.want)
		}
	}
}

// TestDocTableRendersOnlyHTTPLinks: a synced policy with a javascript: URL
// shows its title as text, not as a clickable link.
func TestDocTableRendersOnlyHTTPLinks(t *testing.T) {
	rows := []DocRow{
		{Key: "evil", Title: "Refund policy", URL: "javascript:alert(document.domain)"},
		{Key: "good", Title: "Shipping policy", URL: "https://shop.example/policies/shipping-policy"},
	}
	var buf bytes.Buffer
	if err := docTable(rows, "", "").Render(context.Background(), &buf); err != nil {
		t.Fatal(err)
	}
	html := buf.String()
	if strings.Contains(strings.ToLower(html), "javascript:") {
		t.Fatalf("javascript URL rendered: %s", html)
	}
	if !strings.Contains(html, "Refund policy") || !strings.Contains(html, `href="https://shop.example/policies/shipping-policy"`) {
		t.Fatalf("rows not rendered as expected: %s", html)
	}
}

package config

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestAppTOMLMatchesConfig keeps shopify.app.toml (what Shopify grants and
// delivers) consistent with what the code asks for and serves.
func TestAppTOMLMatchesConfig(t *testing.T) {
	b, err := os.ReadFile("../../shopify.app.toml")
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	m := regexp.MustCompile(`(?m)^scopes = "([^"]*)"`).FindStringSubmatch(s)
	if m == nil || m[1] != DefaultScopes {
		t.Errorf("shopify.app.toml scopes %q differ from config.DefaultScopes %q", m, DefaultScopes)
	}
	for _, want := range []string{
		`prefix = "apps"`, `subpath = "assistant"`, `url = "https://assistant.example.com/proxy"`,
		`"customers/data_request"`, `"customers/redact"`, `"shop/redact"`, `"app/uninstalled"`,
		`uri = "/webhooks"`, `redirect_urls = [ "https://assistant.example.com/auth/callback" ]`, `embedded = true`,
	} {
		if !strings.Contains(s, want) {
			t.Errorf("shopify.app.toml lacks %s", want)
		}
	}
}

package app_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

// TestCustomerAccountExtensionConfig checks the extension against the app:
// the targets it declares and their modules, network access (it calls the
// app), an api_version matching the pinned @shopify/ui-extensions (Shopify
// CLI refuses to build otherwise), exact dependency versions, the app URL
// it calls equal to shopify.app.toml's application_url, and locales that
// all carry the default locale's keys and placeholders.
func TestCustomerAccountExtensionConfig(t *testing.T) {
	var ext struct {
		APIVersion string `toml:"api_version"`
		Extensions []struct {
			Type      string `toml:"type"`
			Handle    string `toml:"handle"`
			Name      string `toml:"name"`
			Targeting []struct {
				Target string `toml:"target"`
				Module string `toml:"module"`
			} `toml:"targeting"`
			Capabilities struct {
				NetworkAccess bool `toml:"network_access"`
			} `toml:"capabilities"`
		} `toml:"extensions"`
	}
	if _, err := toml.DecodeFile(filepath.Join(extensionDir, "shopify.extension.toml"), &ext); err != nil {
		t.Fatal(err)
	}
	if len(ext.Extensions) != 1 {
		t.Fatalf("%d extensions in the file, want 1", len(ext.Extensions))
	}
	x := ext.Extensions[0]
	if x.Type != "ui_extension" || x.Handle != "customer-account-assistant" || !x.Capabilities.NetworkAccess {
		t.Errorf("extension = %+v, want a ui_extension with network access", x)
	}
	var targets []string
	for _, tg := range x.Targeting {
		targets = append(targets, tg.Target)
		if _, err := os.Stat(filepath.Join(extensionDir, tg.Module)); err != nil {
			t.Errorf("module of %s: %v", tg.Target, err)
		}
	}
	slices.Sort(targets)
	if want := []string{"customer-account.order-index.block.render", "customer-account.order-status.block.render"}; !slices.Equal(targets, want) {
		t.Errorf("targets %v, want %v", targets, want)
	}

	var pkg struct {
		Dependencies map[string]string `json:"dependencies"`
	}
	raw, err := os.ReadFile(filepath.Join(extensionDir, "package.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, &pkg); err != nil {
		t.Fatal(err)
	}
	exact := regexp.MustCompile(`^\d+\.\d+\.\d+$`)
	for name, v := range pkg.Dependencies {
		if !exact.MatchString(v) {
			t.Errorf("dependency %s@%s is not pinned to an exact version", name, v)
		}
	}
	// 2026-07 ↔ 2026.7.x
	year, month, _ := strings.Cut(ext.APIVersion, "-")
	if want := year + "." + strings.TrimLeft(month, "0") + "."; !strings.HasPrefix(pkg.Dependencies["@shopify/ui-extensions"], want) {
		t.Errorf("api_version %s needs @shopify/ui-extensions %sx, have %s", ext.APIVersion, want, pkg.Dependencies["@shopify/ui-extensions"])
	}

	var app struct {
		ApplicationURL string `toml:"application_url"`
	}
	if _, err := toml.DecodeFile("../shopify.app.toml", &app); err != nil {
		t.Fatal(err)
	}
	if got, want := appURLOfExtension(t), strings.TrimSuffix(app.ApplicationURL, "/"); got != want {
		t.Errorf("the extension calls %s, the app is at %s (src/config.js vs shopify.app.toml)", got, want)
	}

	locales, err := filepath.Glob(filepath.Join(extensionDir, "locales", "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	read := func(path string) map[string]string {
		t.Helper()
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]string
		if err := json.Unmarshal(raw, &m); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		return m
	}
	def := read(filepath.Join(extensionDir, "locales", "en.default.json"))
	if !strings.HasPrefix(x.Name, "t:") || def[strings.TrimPrefix(x.Name, "t:")] == "" {
		t.Errorf("extension name %q is not a key of the default locale", x.Name)
	}
	placeholder := regexp.MustCompile(`\{\{\w+\}\}`)
	for _, path := range locales {
		m := read(path)
		for k, v := range def {
			got, ok := m[k]
			if !ok || strings.TrimSpace(got) == "" {
				t.Errorf("%s: missing %q", filepath.Base(path), k)
				continue
			}
			if a, b := placeholder.FindAllString(v, -1), placeholder.FindAllString(got, -1); !slices.Equal(a, b) {
				t.Errorf("%s: %q has placeholders %v, want %v", filepath.Base(path), k, b, a)
			}
		}
		for k := range m {
			if _, ok := def[k]; !ok {
				t.Errorf("%s: key %q is not in en.default.json", filepath.Base(path), k)
			}
		}
	}
	if len(locales) < 6 {
		t.Errorf("%d locales, want at least en, de, es, fr, it, ja", len(locales))
	}
}

package config

import (
	"bufio"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"shopassist/shopify"
)

// repoRoot is where shopify.app.toml lives, relative to this package.
const repoRoot = "../.."

func readAppTOML(t *testing.T) map[string]any {
	t.Helper()
	var m map[string]any
	if _, err := toml.DecodeFile(filepath.Join(repoRoot, "shopify.app.toml"), &m); err != nil {
		t.Fatalf("shopify.app.toml: %v", err)
	}
	return m
}

// tomlKeys lists the dotted key paths of a decoded TOML document, with "[]"
// after arrays of tables, in the notation of testdata/app-config-keys.txt.
func tomlKeys(prefix string, v any, out map[string]bool) {
	switch x := v.(type) {
	case map[string]any:
		for k, c := range x {
			p := k
			if prefix != "" {
				p = prefix + "." + k
			}
			tomlKeys(p, c, out)
		}
	case []map[string]any:
		for _, c := range x {
			tomlKeys(prefix+"[]", c, out)
		}
	default:
		out[prefix] = true
	}
}

func documentedKeys(t *testing.T) map[string]bool {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "app-config-keys.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	keys := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" && !strings.HasPrefix(l, "#") {
			keys[l] = true
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return keys
}

// TestAppTOMLSchema validates shopify.app.toml against the documented keys
// and the values Shopify accepts for the ones we set.
func TestAppTOMLSchema(t *testing.T) {
	doc := documentedKeys(t)
	m := readAppTOML(t)
	got := map[string]bool{}
	tomlKeys("", m, got)
	for k := range got {
		if !doc[k] {
			t.Errorf("shopify.app.toml sets %s, which Shopify's app configuration does not document", k)
		}
	}
	for _, k := range []string{"name", "client_id", "application_url", "embedded", "webhooks.api_version", "access_scopes.scopes"} {
		if !got[k] {
			t.Errorf("shopify.app.toml lacks %s", k)
		}
	}
	if u, _ := m["application_url"].(string); !strings.HasPrefix(u, "https://") {
		t.Errorf("application_url %q must be https", u)
	}
	if proxy, ok := m["app_proxy"].(map[string]any); ok {
		if p := proxy["prefix"]; !slices.Contains([]any{"apps", "a", "community", "tools"}, p) {
			t.Errorf("app_proxy.prefix %v is not one of apps, a, community, tools", p)
		}
		if s, _ := proxy["subpath"].(string); !regexp.MustCompile(`^[a-zA-Z0-9_-]{1,30}$`).MatchString(s) {
			t.Errorf("app_proxy.subpath %q is not a valid subpath", s)
		}
	}
	subs, _ := m["webhooks"].(map[string]any)["subscriptions"].([]map[string]any)
	for i, s := range subs {
		if _, ok := s["uri"].(string); !ok {
			t.Errorf("webhooks.subscriptions[%d] has no uri", i)
		}
		if s["topics"] == nil && s["compliance_topics"] == nil {
			t.Errorf("webhooks.subscriptions[%d] has neither topics nor compliance_topics", i)
		}
	}
}

// TestAppTOMLAPIVersion: the webhooks Shopify sends are rendered at the same
// version the client asks the Admin API for.
func TestAppTOMLAPIVersion(t *testing.T) {
	m := readAppTOML(t)
	v, _ := m["webhooks"].(map[string]any)["api_version"].(string)
	if v != shopify.DefaultAPIVersion {
		t.Errorf("shopify.app.toml webhooks.api_version = %q, want shopify.DefaultAPIVersion %q", v, shopify.DefaultAPIVersion)
	}
	if !apiVersionRE.MatchString(v) || v == "unstable" {
		t.Errorf("webhooks.api_version %q is not a stable release", v)
	}
}

// cliExtensionGlobs applies Shopify CLI 4.8.2's rule for finding extensions
// (the app loader reads the raw TOML): each extension_directories entry, or
// "extensions/*" when the key is absent, joined with "*.extension.toml" and
// globbed from the app root; node_modules is never searched.
func cliExtensionGlobs(dirs []string) []string {
	if len(dirs) == 0 {
		dirs = []string{"extensions/*"}
	}
	out := make([]string, 0, len(dirs))
	for _, d := range dirs {
		out = append(out, path.Join(d, "*.extension.toml"))
	}
	return out
}

// globMatch matches a slash path against a pattern where "**" spans any
// number of path segments (including none) and other segments use path.Match.
func globMatch(pattern, name string) bool {
	return matchSegs(strings.Split(pattern, "/"), strings.Split(name, "/"))
}

func matchSegs(p, n []string) bool {
	if len(p) == 0 {
		return len(n) == 0
	}
	if p[0] == "**" {
		for i := 0; i <= len(n); i++ {
			if matchSegs(p[1:], n[i:]) {
				return true
			}
		}
		return false
	}
	// "x**" inside a segment behaves like "x*" followed by any depth.
	if base, ok := strings.CutSuffix(p[0], "**"); ok && base != "" {
		if len(n) == 0 {
			return false
		}
		if m, _ := path.Match(base+"*", n[0]); !m {
			return false
		}
		return matchSegs(append([]string{"**"}, p[1:]...), n[1:])
	}
	if len(n) == 0 {
		return false
	}
	if m, _ := path.Match(p[0], n[0]); !m {
		return false
	}
	return matchSegs(p[1:], n[1:])
}

func TestGlobMatch(t *testing.T) {
	tests := []struct {
		pattern, name string
		want          bool
	}{
		{"extensions/*/*.extension.toml", "extensions/flow/shopify.extension.toml", true},
		{"extensions/*/*.extension.toml", "extensions/shopify.extension.toml", false},
		{"storefront-widget/*.extension.toml", "storefront-widget/shopify.extension.toml", true},
		{"storefront-widget/*.extension.toml", "storefront-widget/src/shopify.extension.toml", false},
		{"extensions/**/*.extension.toml", "extensions/a/b/shopify.extension.toml", true},
		{"extensions/**/*.extension.toml", "extensions/shopify.extension.toml", true},
		{"ext**/*.extension.toml", "extensions/a/shopify.extension.toml", true},
	}
	for _, tt := range tests {
		if got := globMatch(tt.pattern, tt.name); got != tt.want {
			t.Errorf("globMatch(%q, %q) = %v, want %v", tt.pattern, tt.name, got, tt.want)
		}
	}
	if got := cliExtensionGlobs(nil); !slices.Equal(got, []string{"extensions/*/*.extension.toml"}) {
		t.Errorf("default globs = %v", got)
	}
	if got := cliExtensionGlobs([]string{"storefront-widget/", "extensions/*"}); !slices.Equal(got, []string{"storefront-widget/*.extension.toml", "extensions/*/*.extension.toml"}) {
		t.Errorf("globs = %v", got)
	}
}

// TestExtensionDirectories runs the CLI's discovery rule over
// shopify.app.toml: every extension in the repository must be found (or
// `shopify app deploy` silently ships without it), and the widget must be.
func TestExtensionDirectories(t *testing.T) {
	m := readAppTOML(t)
	var dirs []string
	if raw, ok := m["extension_directories"].([]any); ok {
		for _, d := range raw {
			s, ok := d.(string)
			if !ok {
				t.Fatalf("extension_directories entry %v is not a string", d)
			}
			dirs = append(dirs, s)
		}
	} else if _, set := m["extension_directories"]; set {
		t.Fatal("extension_directories must be an array of strings")
	}
	globs := cliExtensionGlobs(dirs)

	var all, found []string
	err := filepath.WalkDir(repoRoot, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(repoRoot, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			switch d.Name() {
			case ".git", "node_modules", ".cache", "test-artifacts", "data":
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(d.Name(), ".extension.toml") {
			return nil
		}
		all = append(all, rel)
		for _, g := range globs {
			if globMatch(g, rel) {
				found = append(found, rel)
				break
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(all)
	sort.Strings(found)
	if !slices.Contains(found, "storefront-widget/shopify.extension.toml") {
		t.Errorf("the CLI would not find storefront-widget/shopify.extension.toml with globs %v", globs)
	}
	if !slices.Equal(found, all) {
		t.Errorf("extension files %v, but the CLI would find only %v (globs %v): add their folders to extension_directories", all, found, globs)
	}
}

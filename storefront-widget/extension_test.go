package storefrontwidget

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

type blockSchema struct {
	Name     string `json:"name"`
	Target   string `json:"target"`
	Settings []struct {
		Type    string `json:"type"`
		ID      string `json:"id"`
		Label   string `json:"label"`
		Info    string `json:"info"`
		Default any    `json:"default"`
		Options []struct {
			Value string `json:"value"`
			Label string `json:"label"`
		} `json:"options"`
	} `json:"settings"`
}

func readBlock(t *testing.T) (liquid string, schema blockSchema, raw map[string]any) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("blocks", "assistant.liquid"))
	if err != nil {
		t.Fatal(err)
	}
	liquid = string(b)
	m := regexp.MustCompile(`(?s)\{%-?\s*schema\s*-?%\}(.*?)\{%-?\s*endschema\s*-?%\}`).FindStringSubmatch(liquid)
	if m == nil {
		t.Fatal("blocks/assistant.liquid has no {% schema %} … {% endschema %}")
	}
	if err := json.Unmarshal([]byte(m[1]), &schema); err != nil {
		t.Fatalf("schema is not valid JSON: %v", err)
	}
	if err := json.Unmarshal([]byte(m[1]), &raw); err != nil {
		t.Fatal(err)
	}
	return liquid, schema, raw
}

func TestBlockSchema(t *testing.T) {
	_, s, _ := readBlock(t)
	if s.Target != "body" {
		t.Errorf("target = %q, want body (an app embed block)", s.Target)
	}
	if s.Name == "" {
		t.Error("schema has no name")
	}
	want := map[string]string{
		"position":       "select",
		"accent_color":   "color",
		"text_color":     "color",
		"launcher_label": "text",
		"greeting":       "textarea",
		"show_on_mobile": "checkbox",
	}
	seen := map[string]bool{}
	for _, st := range s.Settings {
		if seen[st.ID] {
			t.Errorf("duplicate setting id %q", st.ID)
		}
		seen[st.ID] = true
		if typ, ok := want[st.ID]; ok && st.Type != typ {
			t.Errorf("setting %s has type %q, want %q", st.ID, st.Type, typ)
		}
		if st.Label == "" {
			t.Errorf("setting %s has no label", st.ID)
		}
		if st.ID == "position" {
			var values []string
			for _, o := range st.Options {
				values = append(values, o.Value)
			}
			if !slices.Equal(values, []string{"bottom-right", "bottom-left"}) {
				t.Errorf("position options = %v", values)
			}
			if st.Default != "bottom-right" {
				t.Errorf("position default = %v", st.Default)
			}
		}
		if st.ID == "show_on_mobile" && st.Default != true {
			t.Errorf("show_on_mobile default = %v, want true", st.Default)
		}
	}
	for id := range want {
		if !seen[id] {
			t.Errorf("missing setting %q", id)
		}
	}
}

func TestBlockPassesDataToScript(t *testing.T) {
	liquid, _, raw := readBlock(t)
	// Shopify adds the loader itself from the schema's "javascript" (deferred,
	// and checked by theme check's AssetSizeAppBlockJavaScript); the block
	// renders no <script>, so no Liquid output can reach a script URL.
	if js, _ := raw["javascript"].(string); js != "assistant-loader.js" {
		t.Errorf(`schema "javascript" = %q, want "assistant-loader.js"`, js)
	} else if _, ok := Asset(js); !ok {
		t.Errorf("schema javascript %s is not in assets/", js)
	}
	if strings.Contains(strings.ToLower(liquid), "<script") {
		t.Error("assistant.liquid renders a <script> tag; the loader comes from the schema's javascript")
	}
	for _, want := range []string{
		`id="shopassist-config"`,
		`data-shop="{{ shop.permanent_domain | escape }}"`,
		`data-locale="{{ request.locale.iso_code | escape }}"`,
		`data-customer-id="{{ customer.id | escape }}"`,
		`data-proxy="/apps/assistant"`,
		`data-chat-src="{{ 'assistant-chat.js' | asset_url }}"`,
		`data-position="{{ assistant_position | escape }}"`,
		`data-accent="{{ block.settings.accent_color | escape }}"`,
		`data-text="{{ block.settings.text_color | escape }}"`,
		`data-label="{{ assistant_label | escape }}"`,
		`data-greeting="{{ block.settings.greeting | strip | escape }}"`,
		`data-mobile="{{ block.settings.show_on_mobile | escape }}"`,
	} {
		if !strings.Contains(liquid, want) {
			t.Errorf("assistant.liquid lacks %s", want)
		}
	}
	// Every liquid-rendered asset must exist in assets/ or Shopify rejects the deploy.
	for _, m := range regexp.MustCompile(`'([\w.-]+\.js)' \| asset_url`).FindAllStringSubmatch(liquid, -1) {
		if _, ok := Asset(m[1]); !ok {
			t.Errorf("liquid references %s which is not in assets/", m[1])
		}
	}
}

// TestLiquidOutputsEscaped is the rule app doctor applies (LIQUID_UNSAFE_RENDER):
// every output is HTML-escaped, except asset_url of a fixed file name.
func TestLiquidOutputsEscaped(t *testing.T) {
	liquid, _, _ := readBlock(t)
	fixedAsset := regexp.MustCompile(`^'[\w.-]+' \| asset_url$`)
	outputs := regexp.MustCompile(`\{\{-?\s*(.*?)\s*-?\}\}`).FindAllStringSubmatch(liquid, -1)
	if len(outputs) < 10 {
		t.Fatalf("found only %d Liquid outputs", len(outputs))
	}
	for _, m := range outputs {
		expr := m[1]
		if fixedAsset.MatchString(expr) {
			continue
		}
		if !regexp.MustCompile(`\|\s*escape$`).MatchString(expr) {
			t.Errorf("{{ %s }} is not escaped: end it with | escape", expr)
		}
	}
}

// flatten turns nested locale JSON into dotted keys: blocks.assistant.name.
func flatten(prefix string, v any, out map[string]string) {
	switch x := v.(type) {
	case map[string]any:
		for k, c := range x {
			p := k
			if prefix != "" {
				p = prefix + "." + k
			}
			flatten(p, c, out)
		}
	case string:
		out[prefix] = x
	}
}

func collectT(v any, out *[]string) {
	switch x := v.(type) {
	case map[string]any:
		for _, c := range x {
			collectT(c, out)
		}
	case []any:
		for _, c := range x {
			collectT(c, out)
		}
	case string:
		if strings.HasPrefix(x, "t:") {
			*out = append(*out, strings.TrimPrefix(x, "t:"))
		}
	}
}

func TestSchemaTranslations(t *testing.T) {
	_, _, raw := readBlock(t)
	var keys []string
	collectT(raw, &keys)
	if len(keys) < 8 {
		t.Fatalf("only %d t: keys in the schema", len(keys))
	}
	files, err := filepath.Glob(filepath.Join("locales", "*.schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	var ref map[string]string
	for _, f := range files {
		var v any
		readJSON(t, f, &v)
		flat := map[string]string{}
		flatten("", v, flat)
		if filepath.Base(f) == "en.default.schema.json" {
			ref = flat
			for _, k := range keys {
				if strings.TrimSpace(flat[k]) == "" {
					t.Errorf("%s: missing %s used by the schema", f, k)
				}
			}
		}
	}
	if ref == nil {
		t.Fatal("locales/en.default.schema.json missing")
	}
	if len(ref) != len(keys) {
		t.Errorf("en.default.schema.json has %d strings, schema uses %d", len(ref), len(keys))
	}
	for _, f := range files {
		var v any
		readJSON(t, f, &v)
		flat := map[string]string{}
		flatten("", v, flat)
		if got, want := sortedKeys(flat), sortedKeys(ref); !slices.Equal(got, want) {
			t.Errorf("%s keys differ from en.default.schema.json:\n got %v\nwant %v", f, got, want)
		}
	}
}

func TestStorefrontLocales(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("locales", "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range files {
		if strings.HasSuffix(f, ".schema.json") {
			continue
		}
		n++
		var v any
		readJSON(t, f, &v)
		flat := map[string]string{}
		flatten("", v, flat)
		if strings.TrimSpace(flat["assistant.launcher_label"]) == "" {
			t.Errorf("%s lacks assistant.launcher_label (used by the block's | t)", f)
		}
	}
	if _, err := os.Stat(filepath.Join("locales", "en.default.json")); err != nil {
		t.Errorf("locales/en.default.json: %v", err)
	}
	if n < len(supportedLanguages) {
		t.Errorf("%d storefront locale files, want at least %d", n, len(supportedLanguages))
	}
}

// extensionKeys are the keys of a theme app extension's shopify.extension.toml:
// what we write, plus the uid that `shopify app deploy` writes back.
var extensionKeys = map[string]bool{"name": true, "type": true, "handle": true, "uid": true}

// checkExtensionTOML validates a theme extension's configuration file.
func checkExtensionTOML(b []byte) error {
	var m map[string]any
	if _, err := toml.Decode(string(b), &m); err != nil {
		return fmt.Errorf("parse: %w", err)
	}
	for k := range m {
		if !extensionKeys[k] {
			return fmt.Errorf("unexpected key %q", k)
		}
	}
	if m["type"] != "theme" {
		return fmt.Errorf(`type = %v, want "theme"`, m["type"])
	}
	if name, _ := m["name"].(string); strings.TrimSpace(name) == "" {
		return errors.New("no name")
	}
	if uid, ok := m["uid"]; ok {
		if s, _ := uid.(string); strings.TrimSpace(s) == "" {
			return errors.New("uid must be a non-empty string")
		}
	}
	return nil
}

func TestExtensionTOML(t *testing.T) {
	committed, err := os.ReadFile("shopify.extension.toml")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		toml    string
		wantErr string
	}{
		{"committed file", string(committed), ""},
		{"after deploy wrote a uid", string(committed) + "uid = \"f2b7a1c4-8e0d-4c55-9d6e-3a1b2c3d4e5f\"\n", ""},
		{"uid first, as the CLI may place it", "uid = \"abc\"\n" + string(committed), ""},
		{"empty uid", string(committed) + "uid = \"\"\n", "uid"},
		{"wrong type", "name = \"x\"\ntype = \"ui_extension\"\n", "type"},
		{"unknown key", string(committed) + "include_config_on_deploy = true\n", "include_config_on_deploy"},
		{"no name", "type = \"theme\"\n", "name"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := checkExtensionTOML([]byte(tt.toml))
			if tt.wantErr == "" && err != nil {
				t.Fatalf("rejected: %v", err)
			}
			if tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
				t.Fatalf("err = %v, want one mentioning %q", err, tt.wantErr)
			}
		})
	}
}

// shopifyIgnored reports whether rel (slash-separated, relative to the
// extension) matches a pattern of .shopifyignore, as the CLI's glob does.
func shopifyIgnored(patterns []string, rel string) bool {
	for _, p := range patterns {
		if dir, ok := strings.CutSuffix(p, "/**"); ok && strings.HasPrefix(rel, dir+"/") {
			return true
		}
		if base, ok := strings.CutPrefix(p, "**/"); ok {
			if m, _ := path.Match(base, path.Base(rel)); m {
				return true
			}
		}
		if m, _ := path.Match(p, rel); m {
			return true
		}
	}
	return false
}

func TestExtensionConfig(t *testing.T) {
	ig, err := os.ReadFile(".shopifyignore")
	if err != nil {
		t.Fatal(err)
	}
	var patterns []string
	for _, line := range strings.Split(string(ig), "\n") {
		if l := strings.TrimSpace(line); l != "" && !strings.HasPrefix(l, "#") {
			patterns = append(patterns, l)
		}
	}
	// Shopify CLI uploads every */* file not ignored and accepts only these
	// folders and file types (theme app extension validation on deploy).
	allowed := map[string]*regexp.Regexp{
		"assets":   regexp.MustCompile(`\.(jpe?g|js|css|png|svg|gif|webp|json|woff2?)$`),
		"blocks":   regexp.MustCompile(`\.liquid$`),
		"snippets": regexp.MustCompile(`\.liquid$`),
		"locales":  regexp.MustCompile(`\.json$`),
	}
	files, err := filepath.Glob("*/*")
	if err != nil {
		t.Fatal(err)
	}
	shipped := 0
	for _, f := range files {
		if st, err := os.Stat(f); err != nil || st.IsDir() {
			continue
		}
		rel := filepath.ToSlash(f)
		if shopifyIgnored(patterns, rel) {
			continue
		}
		shipped++
		dir := path.Dir(rel)
		re, ok := allowed[dir]
		if !ok {
			t.Errorf("%s would be uploaded from unsupported folder %s: add %s/** to .shopifyignore", f, dir, dir)
		} else if !re.MatchString(f) {
			t.Errorf("%s has a file type Shopify rejects in %s/", f, dir)
		}
	}
	if shipped < 10 {
		t.Errorf("only %d files would ship; .shopifyignore hides too much", shipped)
	}
	for _, rel := range []string{"src/chat.ts", "build/build.go", "cmd/buildwidget/main.go", "testdata/harness.html"} {
		if !shopifyIgnored(patterns, rel) {
			t.Errorf("%s is not covered by .shopifyignore", rel)
		}
	}
	for _, rel := range []string{"assets/assistant-loader.js", "blocks/assistant.liquid", "locales/en.default.json"} {
		if shopifyIgnored(patterns, rel) {
			t.Errorf("%s must ship but .shopifyignore hides it", rel)
		}
	}
}

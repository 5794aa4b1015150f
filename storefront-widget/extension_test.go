package storefrontwidget

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
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
	liquid, _, _ := readBlock(t)
	for _, want := range []string{
		`src="{{ 'assistant-loader.js' | asset_url }}"`,
		` defer`,
		`data-shop="{{ shop.permanent_domain }}"`,
		`data-locale="{{ request.locale.iso_code }}"`,
		`data-customer-id="{{ customer.id }}"`,
		`data-proxy="/apps/assistant"`,
		`data-chat-src="{{ 'assistant-chat.js' | asset_url }}"`,
		`data-position=`,
		`data-accent="{{ block.settings.accent_color | escape }}"`,
		`data-text="{{ block.settings.text_color | escape }}"`,
		`data-label=`,
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

func TestExtensionConfig(t *testing.T) {
	b, err := os.ReadFile("shopify.extension.toml")
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	if !regexp.MustCompile(`(?m)^type\s*=\s*"theme"\s*$`).MatchString(s) {
		t.Error(`shopify.extension.toml lacks type = "theme"`)
	}
	if !regexp.MustCompile(`(?m)^name\s*=\s*"[^"]+"\s*$`).MatchString(s) {
		t.Error("shopify.extension.toml lacks a name")
	}
	// Shopify CLI uploads every */* file and accepts only these folders and
	// extensions; everything else must be listed in .shopifyignore.
	ignored := map[string]bool{}
	ig, err := os.ReadFile(".shopifyignore")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(ig), "\n") {
		if dir, ok := strings.CutSuffix(strings.TrimSpace(line), "/**"); ok {
			ignored[dir] = true
		}
	}
	allowed := map[string]*regexp.Regexp{
		"assets":   regexp.MustCompile(`\.(jpe?g|js|css|png|svg)$`),
		"blocks":   regexp.MustCompile(`\.liquid$`),
		"snippets": regexp.MustCompile(`\.liquid$`),
		"locales":  regexp.MustCompile(`\.json$`),
	}
	files, err := filepath.Glob("*/*")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if st, err := os.Stat(f); err != nil || st.IsDir() {
			continue
		}
		dir := filepath.Dir(f)
		if ignored[dir] {
			continue
		}
		re, ok := allowed[dir]
		if !ok {
			t.Errorf("%s would be uploaded from unsupported folder %s: add %s/** to .shopifyignore", f, dir, dir)
		} else if !re.MatchString(f) {
			t.Errorf("%s has a file type Shopify rejects in %s/", f, dir)
		}
	}
}

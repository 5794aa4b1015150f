package storefrontwidget

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// htmlSinks are the DOM APIs that parse strings as HTML or code. The widget
// renders shopper, bot and agent text, so none of them may appear at all:
// forbidding them outright is simpler to review than proving each use static.
var htmlSinks = regexp.MustCompile(`\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write(ln)?|createContextualFragment|DOMParser|srcdoc|eval\s*\(|new\s+Function\s*\()`)

func TestNoHTMLSinksInSource(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("src", "*.ts"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 5 {
		t.Fatalf("found only %d TypeScript sources in src/", len(files))
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(string(b), "\n") {
			if m := htmlSinks.FindString(line); m != "" {
				t.Errorf("%s:%d uses %s; build DOM nodes with h()/textContent instead", f, i+1, m)
			}
		}
	}
}

func TestNoHTMLSinksInAssets(t *testing.T) {
	entries, err := Assets.ReadDir("assets")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := Assets.ReadFile("assets/" + e.Name())
		if err != nil {
			t.Fatal(err)
		}
		if m := htmlSinks.Find(b); m != nil {
			t.Errorf("assets/%s contains %s", e.Name(), m)
		}
	}
}

// Links the widget opens in a new tab must not hand the target window.opener.
func TestBlankTargetsHaveNoopener(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("src", "*.ts"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(string(b), "\n") {
			if strings.Contains(line, "_blank") && !strings.Contains(line, "noopener") {
				t.Errorf("%s:%d opens a new tab without rel=noopener", f, i+1)
			}
		}
	}
}

package storefrontwidget

import (
	"bytes"
	"compress/gzip"
	"testing"

	"shopassist/storefront-widget/build"
)

// loaderBudget is Shopify's theme-check limit for app-block JavaScript that
// loads with the page; everything else must wait for the shopper.
const loaderBudget = 10_000

func gzipLen(t *testing.T, b []byte, level int) int {
	t.Helper()
	var buf bytes.Buffer
	w, err := gzip.NewWriterLevel(&buf, level)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Len()
}

func TestAssetsUpToDate(t *testing.T) {
	fresh, err := build.Build()
	if err != nil {
		t.Fatalf("build widget: %v", err)
	}
	for _, name := range []string{build.LoaderAsset, build.ChatAsset} {
		committed, ok := Asset(name)
		if !ok {
			t.Errorf("assets/%s missing: run go generate ./storefront-widget", name)
			continue
		}
		if !bytes.Equal(committed, fresh[name]) {
			t.Errorf("assets/%s is stale (%d bytes committed, %d built): run go generate ./storefront-widget",
				name, len(committed), len(fresh[name]))
		}
	}
	if len(fresh) != 2 {
		t.Errorf("build produced %d assets, want 2", len(fresh))
	}
}

func TestLoaderSizeBudget(t *testing.T) {
	for _, name := range []string{build.LoaderAsset, build.ChatAsset} {
		b, ok := Asset(name)
		if !ok {
			t.Fatalf("assets/%s missing", name)
		}
		gz := gzipLen(t, b, gzip.DefaultCompression)
		t.Logf("%s: %d bytes raw, %d bytes gzip (default level), %d bytes gzip -9",
			name, len(b), gz, gzipLen(t, b, gzip.BestCompression))
		if name == build.LoaderAsset && gz > loaderBudget {
			t.Errorf("%s is %d bytes gzipped, over the %d byte budget for what loads before the chat opens",
				name, gz, loaderBudget)
		}
	}
}

func TestAsset(t *testing.T) {
	tests := []struct {
		name string
		ok   bool
	}{
		{build.LoaderAsset, true},
		{build.ChatAsset, true},
		{"missing.js", false},
		{"../widget.go", false},
		{"", false},
	}
	for _, tt := range tests {
		b, ok := Asset(tt.name)
		if ok != tt.ok {
			t.Errorf("Asset(%q) ok = %v, want %v", tt.name, ok, tt.ok)
		}
		if ok && len(b) == 0 {
			t.Errorf("Asset(%q) is empty", tt.name)
		}
	}
}

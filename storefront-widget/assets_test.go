package storefrontwidget

import (
	"bytes"
	"compress/gzip"
	"slices"
	"testing"

	"shopassist/storefront-widget/build"
)

// loaderBudget is Shopify's theme-check limit for app-block JavaScript that
// loads with the page; everything else must wait for the shopper.
const loaderBudget = 10_000

// chatBudget caps what the first interaction downloads for one language: the
// chat bundle plus that language's strings, each gzipped as a CDN serves them.
const chatBudget = 10_000

func gzipLen(t testing.TB, b []byte, level int) int {
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
	for _, name := range sortedKeys(fresh) {
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
	entries, err := Assets.ReadDir("assets")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if _, ok := fresh[e.Name()]; !ok {
			t.Errorf("assets/%s is not built from src/ any more: delete it and run go generate ./storefront-widget", e.Name())
		}
	}
	want := []string{build.ChatAsset, build.LoaderAsset}
	for _, lang := range supportedLanguages {
		want = append(want, build.StringsAsset(lang))
	}
	if got := sortedKeys(fresh); !slices.Equal(got, slices.Sorted(slices.Values(want))) {
		t.Errorf("build produced %v, want %v", got, want)
	}
}

// firstInteraction returns what a shopper in lang downloads when they first
// open the chat: the chat bundle and their language's strings.
func firstInteraction(t testing.TB, lang string) (raw, gz int) {
	t.Helper()
	for _, name := range []string{build.ChatAsset, build.StringsAsset(lang)} {
		b, ok := Asset(name)
		if !ok {
			t.Fatalf("assets/%s missing", name)
		}
		raw += len(b)
		gz += gzipLen(t, b, gzip.DefaultCompression)
	}
	return raw, gz
}

func TestLoaderSizeBudget(t *testing.T) {
	b, ok := Asset(build.LoaderAsset)
	if !ok {
		t.Fatalf("assets/%s missing", build.LoaderAsset)
	}
	gz := gzipLen(t, b, gzip.DefaultCompression)
	t.Logf("%s: %d bytes raw, %d bytes gzip (default level), %d bytes gzip -9",
		build.LoaderAsset, len(b), gz, gzipLen(t, b, gzip.BestCompression))
	if gz > loaderBudget {
		t.Errorf("%s is %d bytes gzipped, over the %d byte budget for what loads before the chat opens",
			build.LoaderAsset, gz, loaderBudget)
	}
}

func TestChatSizeBudget(t *testing.T) {
	for _, lang := range supportedLanguages {
		raw, gz := firstInteraction(t, lang)
		t.Logf("first interaction, %s: %d bytes raw, %d bytes gzip (default level)", lang, raw, gz)
		if gz > chatBudget {
			t.Errorf("%s: chat bundle + strings are %d bytes gzipped, over the %d byte budget", lang, gz, chatBudget)
		}
	}
}

// BenchmarkFirstInteractionBytes reports, per language, the gzipped bytes the
// first chat interaction downloads (go test -run '^$' -bench FirstInteraction).
func BenchmarkFirstInteractionBytes(b *testing.B) {
	for _, lang := range supportedLanguages {
		b.Run(lang, func(b *testing.B) {
			var raw, gz int
			for b.Loop() {
				raw, gz = firstInteraction(b, lang)
			}
			b.ReportMetric(float64(gz), "gzip-bytes")
			b.ReportMetric(float64(raw), "raw-bytes")
		})
	}
}

func TestAsset(t *testing.T) {
	tests := []struct {
		name string
		ok   bool
	}{
		{build.LoaderAsset, true},
		{build.ChatAsset, true},
		{build.StringsAsset("en"), true},
		{build.StringsAsset("zh-Hant"), true},
		{build.StringsAsset("xx"), false},
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

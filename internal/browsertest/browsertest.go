// Package browsertest starts headless Chromium (Debian's package) for the
// real-browser tests of the widget, the demo storefront and the admin, with
// the flags this closed-network machine needs and screenshots collected in
// $TEST_ARTIFACTS_DIR.
package browsertest

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// Chromium is where Debian's chromium package installs the browser.
const Chromium = "/usr/bin/chromium"

// Require skips the test with -short or when Chromium is not installed.
func Require(t testing.TB) {
	t.Helper()
	if testing.Short() {
		t.Skip("real-browser test skipped with -short")
	}
	if _, err := os.Stat(Chromium); err != nil {
		t.Skipf("%s not installed (apt-get install -y chromium)", Chromium)
	}
}

// Options start headless Chromium without background network traffic (the
// network is closed; Chromium would retry its update and sync hosts) in a
// fresh temporary profile, at a laptop-sized window.
func Options() []chromedp.ExecAllocatorOption {
	return append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(Chromium),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.NoFirstRun,
		chromedp.WindowSize(1280, 900),
	)
}

// NewContext starts a browser tab bounded by timeout; it is closed when the
// test ends.
func NewContext(t testing.TB, timeout time.Duration) context.Context {
	t.Helper()
	parent, cancel := context.WithTimeout(context.Background(), timeout)
	actx, cancelAlloc := chromedp.NewExecAllocator(parent, Options()...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	t.Cleanup(func() {
		cancelCtx()
		cancelAlloc()
		cancel()
	})
	return ctx
}

// ArtifactsDir is where screenshots go: $TEST_ARTIFACTS_DIR/sub (CI keeps
// it), or a new temporary directory named with prefix.
func ArtifactsDir(t testing.TB, prefix, sub string) string {
	t.Helper()
	dir := os.Getenv("TEST_ARTIFACTS_DIR")
	if dir == "" {
		var err error
		if dir, err = os.MkdirTemp("", prefix); err != nil {
			t.Fatal(err)
		}
	}
	dir = filepath.Join(dir, sub)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshots in %s", dir)
	return dir
}

// ShadowJS wraps a JavaScript expression so that `sr` is the widget's
// shadow root (the expression yields null until the loader mounted it).
func ShadowJS(expr string) string {
	return `(() => { const host = document.getElementById('shopassist-root'); const sr = host && host.shadowRoot; ` +
		`if (!sr) return null; return (` + expr + `); })()`
}

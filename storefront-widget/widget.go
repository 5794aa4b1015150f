// Package storefrontwidget holds the storefront chat widget: its TypeScript
// sources (src/), the Shopify theme app extension around it (blocks/,
// locales/, shopify.extension.toml) and the built assets, embedded so the
// app can serve them on the demo page without a Shopify CDN.
package storefrontwidget

import (
	"embed"
	"io/fs"
)

//go:generate go run ./cmd/buildwidget

// Assets holds assets/assistant-loader.js and assets/assistant-chat.js as
// committed (a test fails when they are stale against src/).
//
//go:embed assets/*.js
var Assets embed.FS

// Asset returns the built asset with the given file name, e.g.
// "assistant-loader.js", and whether it exists.
func Asset(name string) ([]byte, bool) {
	if !fs.ValidPath(name) {
		return nil, false
	}
	b, err := Assets.ReadFile("assets/" + name)
	if err != nil {
		return nil, false
	}
	return b, true
}

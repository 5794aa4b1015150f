// Package build bundles the storefront widget's TypeScript sources into the
// two theme-extension assets with the esbuild Go API, so `go generate` is the
// only tool a contributor needs (no Node, no npm).
package build

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"

	"github.com/evanw/esbuild/pkg/api"
)

// Asset names as referenced by blocks/assistant.liquid through asset_url.
const (
	// LoaderAsset is the small script every storefront page loads.
	LoaderAsset = "assistant-loader.js"
	// ChatAsset is the chat panel, loaded on the shopper's first interaction.
	ChatAsset = "assistant-chat.js"
	// StringsFile is the chat's UI strings, all languages, under src/.
	StringsFile = "i18n/chat.json"
)

// StringsAsset names the asset holding one language's chat strings, loaded
// next to ChatAsset so a shopper downloads their language only. The loader
// derives its URL from the chat bundle's (src/loader.ts).
func StringsAsset(lang string) string { return "assistant-i18n-" + lang + ".js" }

// entries maps each output asset to its source file under src/.
var entries = []struct{ out, src string }{
	{LoaderAsset, "loader.ts"},
	{ChatAsset, "chat.ts"},
}

// Build bundles the widget from the sources next to this package and returns
// the assets keyed by file name (e.g. "assistant-loader.js").
func Build() (map[string][]byte, error) {
	dir, err := SourceDir()
	if err != nil {
		return nil, err
	}
	return BuildFrom(dir)
}

// BuildFrom bundles the entry points found in srcDir. Output is minified,
// ES2018, one self-contained IIFE per asset, without source maps or legal
// comments, and deterministic so committed assets can be compared byte for byte.
func BuildFrom(srcDir string) (map[string][]byte, error) {
	abs, err := filepath.Abs(srcDir)
	if err != nil {
		return nil, fmt.Errorf("resolve widget source dir %s: %w", srcDir, err)
	}
	out := make(map[string][]byte, len(entries))
	for _, e := range entries {
		// One build per entry: the loader must never share a chunk with the
		// chat bundle, or the budgeted first load would pull chat code in.
		res := api.Build(api.BuildOptions{
			AbsWorkingDir:     abs,
			EntryPoints:       []string{filepath.Join(abs, e.src)},
			Bundle:            true,
			Write:             false,
			Outfile:           filepath.Join(abs, "out", e.out),
			Format:            api.FormatIIFE,
			Platform:          api.PlatformBrowser,
			Target:            api.ES2018,
			MinifyWhitespace:  true,
			MinifyIdentifiers: true,
			MinifySyntax:      true,
			Sourcemap:         api.SourceMapNone,
			LegalComments:     api.LegalCommentsNone,
			Charset:           api.CharsetASCII,
			TreeShaking:       api.TreeShakingTrue,
			LogLevel:          api.LogLevelSilent,
			Plugins:           []api.Plugin{cssText},
		})
		if len(res.Errors) > 0 {
			return nil, fmt.Errorf("build %s: %w", e.out, messagesError(res.Errors))
		}
		if len(res.Warnings) > 0 {
			return nil, fmt.Errorf("build %s: warnings are treated as errors: %w", e.out, messagesError(res.Warnings))
		}
		if len(res.OutputFiles) != 1 {
			return nil, fmt.Errorf("build %s: expected 1 output file, got %d", e.out, len(res.OutputFiles))
		}
		out[e.out] = res.OutputFiles[0].Contents
	}
	if err := buildStrings(abs, out); err != nil {
		return nil, err
	}
	return out, nil
}

// buildStrings writes one StringsAsset per language of src/i18n/chat.json: a
// one-line script handing that language's table to the loader's bridge. Keys
// keep their source order and non-ASCII is escaped like the bundles.
func buildStrings(srcDir string, out map[string][]byte) error {
	path := filepath.Join(srcDir, filepath.FromSlash(StringsFile))
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("read chat strings: %w", err)
	}
	var table map[string]json.RawMessage
	if err := json.Unmarshal(b, &table); err != nil {
		return fmt.Errorf("parse %s: %w", path, err)
	}
	if len(table) == 0 {
		return fmt.Errorf("%s has no languages", path)
	}
	langs := make([]string, 0, len(table))
	for l := range table {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	for _, lang := range langs {
		var obj map[string]string
		if err := json.Unmarshal(table[lang], &obj); err != nil {
			return fmt.Errorf("%s: language %q must map keys to strings: %w", path, lang, err)
		}
		var compact bytes.Buffer
		if err := json.Compact(&compact, table[lang]); err != nil {
			return fmt.Errorf("%s: language %q: %w", path, lang, err)
		}
		name, err := json.Marshal(lang)
		if err != nil {
			return fmt.Errorf("encode language %q: %w", lang, err)
		}
		src := "var b=window.__shopAssist;b&&b.strings(" + string(name) + "," + compact.String() + ")"
		res := api.Transform(src, api.TransformOptions{
			Loader:            api.LoaderJS,
			Format:            api.FormatIIFE,
			Target:            api.ES2018,
			MinifyWhitespace:  true,
			MinifyIdentifiers: true,
			MinifySyntax:      true,
			Charset:           api.CharsetASCII,
			LegalComments:     api.LegalCommentsNone,
			Sourcefile:        StringsAsset(lang),
			LogLevel:          api.LogLevelSilent,
		})
		if len(res.Errors) > 0 {
			return fmt.Errorf("build %s: %w", StringsAsset(lang), messagesError(res.Errors))
		}
		out[StringsAsset(lang)] = res.Code
	}
	return nil
}

// cssText turns `import CSS from './x.css'` into the minified stylesheet as a
// string, so styles live in real .css files yet ship inside the one JS asset
// that injects them into the shadow root.
var cssText = api.Plugin{
	Name: "css-text",
	Setup: func(pb api.PluginBuild) {
		pb.OnLoad(api.OnLoadOptions{Filter: `\.css$`}, func(args api.OnLoadArgs) (api.OnLoadResult, error) {
			src, err := os.ReadFile(args.Path)
			if err != nil {
				return api.OnLoadResult{}, fmt.Errorf("read %s: %w", args.Path, err)
			}
			res := api.Transform(string(src), api.TransformOptions{
				Loader:            api.LoaderCSS,
				MinifyWhitespace:  true,
				MinifySyntax:      true,
				MinifyIdentifiers: true,
				LegalComments:     api.LegalCommentsNone,
				Sourcefile:        args.Path,
				LogLevel:          api.LogLevelSilent,
			})
			if len(res.Errors) > 0 {
				return api.OnLoadResult{}, fmt.Errorf("minify %s: %w", args.Path, messagesError(res.Errors))
			}
			if len(res.Warnings) > 0 {
				return api.OnLoadResult{}, fmt.Errorf("minify %s: %w", args.Path, messagesError(res.Warnings))
			}
			css := strings.TrimSpace(string(res.Code))
			return api.OnLoadResult{Contents: &css, Loader: api.LoaderText}, nil
		})
	},
}

// SourceDir locates storefront-widget/src: next to this file when the source
// tree is available (go generate, go test), else relative to the working
// directory (binaries built with -trimpath).
func SourceDir() (string, error) {
	candidates := []string{}
	if _, file, _, ok := runtime.Caller(0); ok && filepath.IsAbs(file) {
		candidates = append(candidates, filepath.Join(filepath.Dir(file), "..", "src"))
	}
	candidates = append(candidates, "src", filepath.Join("storefront-widget", "src"))
	for _, c := range candidates {
		if st, err := os.Stat(filepath.Join(c, "loader.ts")); err == nil && !st.IsDir() {
			return filepath.Clean(c), nil
		}
	}
	return "", fmt.Errorf("widget sources not found (tried %s)", strings.Join(candidates, ", "))
}

func messagesError(msgs []api.Message) error {
	errs := make([]error, 0, len(msgs))
	for _, m := range msgs {
		loc := ""
		if m.Location != nil {
			loc = fmt.Sprintf("%s:%d:%d: ", m.Location.File, m.Location.Line, m.Location.Column)
		}
		errs = append(errs, fmt.Errorf("%s%s", loc, m.Text))
	}
	return errors.Join(errs...)
}

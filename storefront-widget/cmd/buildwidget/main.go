// Command buildwidget writes the bundled widget into storefront-widget/assets.
// It is run by `go generate ./storefront-widget` (see widget.go).
package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sort"

	"shopassist/storefront-widget/build"
)

func main() {
	if err := run(context.Background()); err != nil {
		slog.Error("build widget", "err", err)
		os.Exit(1)
	}
}

func run(_ context.Context) error {
	outDir := flag.String("out", "assets", "directory the assets are written to")
	flag.Parse()

	files, err := build.Build()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(*outDir, 0o755); err != nil {
		return fmt.Errorf("create %s: %w", *outDir, err)
	}
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		p := filepath.Join(*outDir, n)
		if err := os.WriteFile(p, files[n], 0o644); err != nil {
			return fmt.Errorf("write %s: %w", p, err)
		}
		gz, err := gzipSize(files[n])
		if err != nil {
			return err
		}
		slog.Info("wrote widget asset", "file", p, "bytes", len(files[n]), "gzip_bytes", gz)
	}
	return nil
}

func gzipSize(b []byte) (int, error) {
	var buf bytes.Buffer
	w, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return 0, fmt.Errorf("gzip writer: %w", err)
	}
	if _, err := w.Write(b); err != nil {
		return 0, fmt.Errorf("gzip: %w", err)
	}
	if err := w.Close(); err != nil {
		return 0, fmt.Errorf("gzip close: %w", err)
	}
	return buf.Len(), nil
}

// Package static serves the admin's CSS and JS from the binary under
// content-hashed URLs, so browsers can cache them forever.
package static

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
)

//go:embed files
var files embed.FS

// Assets maps logical names ("admin.css") to hashed URLs and back.
type Assets struct {
	prefix  string
	byName  map[string]string // admin.css -> /static/admin.1a2b3c4d.css
	content map[string][]byte // admin.1a2b3c4d.css -> bytes
}

// New indexes the embedded files under the URL prefix (e.g. "/static").
func New(prefix string) (*Assets, error) {
	a := &Assets{prefix: strings.TrimRight(prefix, "/"), byName: map[string]string{}, content: map[string][]byte{}}
	err := fs.WalkDir(files, "files", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := files.ReadFile(p)
		if err != nil {
			return err
		}
		name := strings.TrimPrefix(p, "files/")
		sum := sha256.Sum256(b)
		ext := path.Ext(name)
		hashed := strings.TrimSuffix(name, ext) + "." + hex.EncodeToString(sum[:4]) + ext
		a.byName[name] = a.prefix + "/" + hashed
		a.content[hashed] = b
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("index static files: %w", err)
	}
	return a, nil
}

// URL returns the hashed URL of a logical asset name; unknown names return
// the plain path so a typo shows up as a 404, not a panic.
func (a *Assets) URL(name string) string {
	if u, ok := a.byName[name]; ok {
		return u
	}
	return a.prefix + "/" + name
}

// ServeHTTP serves a hashed asset with immutable caching.
func (a *Assets) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimPrefix(r.URL.Path, a.prefix+"/")
	b, ok := a.content[name]
	if !ok {
		http.NotFound(w, r)
		return
	}
	if ct := mime.TypeByExtension(path.Ext(name)); ct != "" {
		w.Header().Set("Content-Type", ct)
	}
	w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	_, _ = w.Write(b)
}

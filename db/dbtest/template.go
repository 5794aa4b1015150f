package dbtest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"

	"shopassist/db"
)

// sqliteFile is the name db.Open gives the SQLite file in its DataDir.
const sqliteFile = "assistant.db"

// sqliteTemplate is the directory of a migrated SQLite database, made once
// per set of migrations and shared by every test process on the machine: a
// test copies the file instead of applying ~140 migrations through SQLite.
// Under -race that matters: the engine is Go translated from C, all of it
// instrumented, and migrating one database costs ~0.6 s there (~25 ms
// without -race). The directory is named by a hash of the migrations, so a
// new or changed migration makes a new template.
var sqliteTemplate = sync.OnceValues(func() (string, error) {
	migs, err := db.Migrations()
	if err != nil {
		return "", err
	}
	h := sha256.New()
	for _, m := range migs {
		fmt.Fprintf(h, "%d %s\n%s\n", m.Version, m.Name, m.SQL)
	}
	parent := filepath.Join(os.TempDir(), "shopassist-dbtest")
	final := filepath.Join(parent, "sqlite-"+hex.EncodeToString(h.Sum(nil))[:16])
	if _, err := os.Stat(filepath.Join(final, sqliteFile)); err == nil {
		return final, nil
	}
	if err := os.MkdirAll(parent, 0o700); err != nil {
		return "", fmt.Errorf("sqlite template: %w", err)
	}
	build, err := os.MkdirTemp(parent, "build-")
	if err != nil {
		return "", fmt.Errorf("sqlite template: %w", err)
	}
	s, err := db.Open(context.Background(), db.Options{DataDir: build})
	if err != nil {
		return "", fmt.Errorf("sqlite template: %w", err)
	}
	err = s.Migrate(context.Background())
	// Closing the last connection checkpoints the WAL into the file.
	if cerr := s.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		_ = os.RemoveAll(build)
		return "", fmt.Errorf("sqlite template: %w", err)
	}
	// Another process may have made the same template meanwhile: then
	// theirs is used and this one removed.
	if err := os.Rename(build, final); err != nil {
		_ = os.RemoveAll(build)
		if _, serr := os.Stat(filepath.Join(final, sqliteFile)); serr != nil {
			return "", fmt.Errorf("sqlite template: %w", errors.Join(err, serr))
		}
	}
	return final, nil
})

// copyTemplate puts a copy of the migrated SQLite file in dir.
func copyTemplate(dir string) error {
	tmpl, err := sqliteTemplate()
	if err != nil {
		return err
	}
	src, err := os.Open(filepath.Join(tmpl, sqliteFile))
	if err != nil {
		return fmt.Errorf("open sqlite template: %w", err)
	}
	defer src.Close()
	dst, err := os.OpenFile(filepath.Join(dir, sqliteFile), os.O_CREATE|os.O_EXCL|os.O_WRONLY, fs.FileMode(0o600))
	if err != nil {
		return fmt.Errorf("copy sqlite template: %w", err)
	}
	if _, err := io.Copy(dst, src); err != nil {
		_ = dst.Close()
		return fmt.Errorf("copy sqlite template: %w", err)
	}
	if err := dst.Close(); err != nil {
		return fmt.Errorf("copy sqlite template: %w", err)
	}
	return nil
}

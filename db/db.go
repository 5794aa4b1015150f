// Package db is the persistence layer: gorm models, embedded SQL migrations
// and the queries the rest of the app uses. It is the only package that
// imports gorm, so the SQL dialect stays an implementation detail.
package db

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/glebarez/sqlite"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"
)

// ErrNotFound is returned when a looked-up row does not exist.
var ErrNotFound = errors.New("not found")

// ErrConflict is returned when a row changed since it was read (a
// conversation answered concurrently elsewhere); re-read and retry.
var ErrConflict = errors.New("changed concurrently")

// ErrDuplicate is returned when an insert hits a uniqueness constraint that
// callers treat as "already done" (webhook ids, OAuth nonces).
var ErrDuplicate = errors.New("duplicate")

// Dialect names the SQL engine behind a Store.
type Dialect string

// Supported dialects.
const (
	Postgres Dialect = "postgres"
	SQLite   Dialect = "sqlite"
)

// Store is the handle every other package uses for persistence.
type Store struct {
	gdb     *gorm.DB
	sqlDB   *sql.DB
	dialect Dialect
	dsn     string
	// replies notifies in-process listeners of new agent replies (the
	// widget's long poll); shared by transaction copies.
	replies *replyHooks
	// deferCommit is set on Deferred copies.
	deferCommit bool
	// ckpt runs SQLite's WAL checkpoints off the request path (nil on
	// PostgreSQL); shared by copies, stopped by Close.
	ckpt *checkpointer
}

// Options tune how Open connects.
type Options struct {
	// URL is a postgres:// URL; empty selects SQLite in DataDir.
	URL string
	// DataDir holds the SQLite file when URL is empty.
	DataDir string
	// MaxOpenConns caps the PostgreSQL pool (SQLite always uses one connection).
	MaxOpenConns int
	Logger       *slog.Logger
}

// Open connects to the configured database. It does not migrate; call Migrate.
func Open(ctx context.Context, o Options) (*Store, error) {
	cfg := &gorm.Config{Logger: logger.Discard, NowFunc: func() time.Time { return time.Now().UTC() }}
	var (
		gdb     *gorm.DB
		err     error
		dialect Dialect
		dsn     string
	)
	if o.URL != "" {
		if !strings.HasPrefix(o.URL, "postgres://") && !strings.HasPrefix(o.URL, "postgresql://") {
			return nil, fmt.Errorf("open database: unsupported URL scheme in %q", redact(o.URL))
		}
		dialect, dsn = Postgres, o.URL
		gdb, err = gorm.Open(postgres.New(postgres.Config{DSN: dsn}), cfg)
	} else {
		dir := o.DataDir
		if dir == "" {
			dir = "data"
		}
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, fmt.Errorf("create data dir %s: %w", dir, err)
		}
		dialect = SQLite
		// WAL + busy timeout keep readers from blocking the single writer;
		// foreign keys are off by default in SQLite and the schema relies on cascades.
		dsn = "file:" + filepath.Join(dir, "assistant.db") +
			"?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)" +
			fmt.Sprintf("&_pragma=wal_autocheckpoint(%d)", walFallbackPages) + "&_txlock=immediate"
		gdb, err = gorm.Open(sqlite.Open(dsn), cfg)
	}
	if err != nil {
		return nil, fmt.Errorf("open %s database: %w", dialect, err)
	}
	sqlDB, err := gdb.DB()
	if err != nil {
		return nil, fmt.Errorf("open %s database: %w", dialect, err)
	}
	if dialect == SQLite {
		// River's SQLite driver and SQLite itself serialise writers; one
		// connection avoids SQLITE_BUSY entirely (see riversqlite docs).
		sqlDB.SetMaxOpenConns(1)
	} else {
		n := o.MaxOpenConns
		if n <= 0 {
			// More connections than the CPUs can serve only add contention
			// in PostgreSQL (measured in bench/chat: 8 beat 20 on 2 cores).
			n = max(8, 4*runtime.GOMAXPROCS(0))
		}
		sqlDB.SetMaxOpenConns(n)
		sqlDB.SetMaxIdleConns(n)
		sqlDB.SetConnMaxIdleTime(5 * time.Minute)
	}
	pingCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := sqlDB.PingContext(pingCtx); err != nil {
		_ = sqlDB.Close()
		return nil, fmt.Errorf("ping %s database: %w", dialect, err)
	}
	s := &Store{gdb: gdb, sqlDB: sqlDB, dialect: dialect, dsn: dsn, replies: &replyHooks{}}
	if dialect == SQLite {
		log := o.Logger
		if log == nil {
			log = slog.Default()
		}
		if s.ckpt, err = startCheckpointer(dsn, log); err != nil {
			_ = sqlDB.Close()
			return nil, err
		}
	}
	return s, nil
}

// Dialect reports which engine the store runs on.
func (s *Store) Dialect() Dialect { return s.dialect }

// DSN is the connection string, needed by the job queue's own pool.
func (s *Store) DSN() string { return s.dsn }

// SQLDB exposes the pooled *sql.DB (for the SQLite job driver, which must
// share the single connection).
func (s *Store) SQLDB() *sql.DB { return s.sqlDB }

// Close releases the pool, then stops the SQLite checkpointer, whose last
// checkpoint (no reader left by then) empties the WAL into the file.
func (s *Store) Close() error {
	err := s.sqlDB.Close()
	if s.ckpt != nil {
		if cerr := s.ckpt.close(); err == nil {
			err = cerr
		}
	}
	return err
}

// Ping checks the database answers.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.sqlDB.PingContext(ctx); err != nil {
		return fmt.Errorf("ping database: %w", err)
	}
	return nil
}

// InTx runs fn in one transaction; fn receives a Store bound to it.
// Inside fn only the given Store may be used: on SQLite the pool has one
// connection, so touching the outer Store would deadlock.
func (s *Store) InTx(ctx context.Context, fn func(tx *Store) error) error {
	return s.gdb.WithContext(ctx).Transaction(func(g *gorm.DB) error {
		// Store methods open their own transaction so they are atomic when
		// called alone; inside fn's transaction they simply join it, as a
		// SAVEPOINT/RELEASE pair per call would only add round trips (an
		// error aborts the whole transaction anyway).
		g = g.Session(&gorm.Session{DisableNestedTransaction: true})
		return fn(&Store{gdb: g, sqlDB: s.sqlDB, dialect: s.dialect, dsn: s.dsn, replies: s.replies})
	})
}

func (s *Store) db(ctx context.Context) *gorm.DB { return s.gdb.WithContext(ctx) }

// Deferred returns a copy of the store whose own transactions, on
// PostgreSQL, commit without waiting for the write-ahead log to reach the
// disk (synchronous_commit off for that transaction). The change is visible
// to every session at once; only a server crash can lose it, and only until
// a later synchronous commit returns, since that flushes the log up to its
// own, later record. The chat stores each reply with one synchronous
// commit; the writes of the same turn before it (verification attempts,
// shopper contacts) are therefore durable by the time the shopper reads
// the reply, and those after it are analytics. Each waited for a flush of
// its own: on a loaded machine ~3 ms at the median, ~20 ms at p99 (bench/README.md).
func (s *Store) Deferred() *Store {
	c := *s
	c.deferCommit = true
	return &c
}

// transaction runs fn in a transaction of its own (joining InTx's), with a
// deferred commit on a Deferred store over PostgreSQL.
func (s *Store) transaction(ctx context.Context, fn func(g *gorm.DB) error) error {
	return s.db(ctx).Transaction(func(g *gorm.DB) error {
		if s.deferCommit && s.dialect == Postgres {
			if err := g.Exec("SET LOCAL synchronous_commit TO OFF").Error; err != nil {
				return err
			}
		}
		return fn(g)
	})
}

func notFound(err error) error {
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return ErrNotFound
	}
	return err
}

func isUniqueViolation(err error) bool {
	if err == nil {
		return false
	}
	if errors.Is(err, gorm.ErrDuplicatedKey) {
		return true
	}
	msg := err.Error()
	return strings.Contains(msg, "SQLSTATE 23505") || strings.Contains(msg, "UNIQUE constraint failed") ||
		strings.Contains(msg, "duplicate key value")
}

func redact(u string) string {
	if i := strings.Index(u, "@"); i > 0 {
		if j := strings.Index(u, "://"); j > 0 && j < i {
			return u[:j+3] + "***" + u[i:]
		}
	}
	return u
}

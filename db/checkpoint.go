package db

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"sync"
	"time"
)

// SQLite writes go to the WAL; a checkpoint copies them into the database
// file and fsyncs it. SQLite's automatic checkpoint runs inside the commit
// that crosses wal_autocheckpoint pages, so every few hundred replies one
// shopper waited for it (BenchmarkReply p99 7 ms, follow-ups 6 ms, against
// under 5 ms without it). The checkpointer runs PASSIVE checkpoints from a
// connection of its own instead: they never wait for the writer, and the
// app's single connection no longer pays for them.
const (
	checkpointEvery = time.Second
	// walFallbackPages is SQLite's own automatic checkpoint, kept as a
	// backstop far above what one second of writes produces, so the WAL
	// stays bounded even if the checkpointer fell behind.
	walFallbackPages = 10000
)

// checkpointer runs the background checkpoints of one SQLite store.
type checkpointer struct {
	db   *sql.DB
	log  *slog.Logger
	stop chan struct{}
	done sync.WaitGroup
	once sync.Once
}

func startCheckpointer(dsn string, log *slog.Logger) (*checkpointer, error) {
	conn, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open checkpoint connection: %w", err)
	}
	conn.SetMaxOpenConns(1)
	c := &checkpointer{db: conn, log: log, stop: make(chan struct{})}
	c.done.Add(1)
	go c.run()
	return c, nil
}

func (c *checkpointer) run() {
	defer c.done.Done()
	t := time.NewTicker(checkpointEvery)
	defer t.Stop()
	for {
		select {
		case <-c.stop:
			return
		case <-t.C:
			if err := c.checkpoint(context.Background(), "PASSIVE"); err != nil {
				c.log.Warn("sqlite checkpoint", "err", err)
			}
		}
	}
}

func (c *checkpointer) checkpoint(ctx context.Context, mode string) error {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if _, err := c.db.ExecContext(ctx, "PRAGMA wal_checkpoint("+mode+")"); err != nil {
		return fmt.Errorf("wal_checkpoint(%s): %w", mode, err)
	}
	return nil
}

// close stops the loop and leaves the WAL empty (TRUNCATE), so a closed
// database is one self-contained file.
func (c *checkpointer) close() error {
	var err error
	c.once.Do(func() {
		close(c.stop)
		c.done.Wait()
		err = c.checkpoint(context.Background(), "TRUNCATE")
		if cerr := c.db.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("close checkpoint connection: %w", cerr)
		}
	})
	return err
}

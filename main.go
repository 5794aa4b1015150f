// Command shopassist serves the multilingual customer-service assistant
// Shopify app. `go run .` starts it; with no Shopify credentials it runs in
// demo mode on an embedded SQLite file with a seeded demo store.
//
//	shopassist           serve (default)
//	shopassist migrate   apply database migrations and exit
package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"shopassist/app"
	"shopassist/app/config"
	"shopassist/db"
	"shopassist/jobs"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string) error {
	cfg, err := config.FromEnv()
	if err != nil {
		return fmt.Errorf("configuration: %w", err)
	}
	logger := newLogger(cfg.LogLevel)
	cmd := "serve"
	if len(args) > 0 {
		cmd = args[0]
	}
	switch cmd {
	case "serve":
		a, err := app.New(ctx, cfg, app.Options{Logger: logger})
		if err != nil {
			return err
		}
		return a.Run(ctx)
	case "migrate":
		store, err := db.Open(ctx, db.Options{URL: cfg.DatabaseURL, DataDir: cfg.DataDir, Logger: logger})
		if err != nil {
			return err
		}
		defer store.Close()
		if err := jobs.MigrateAll(ctx, store); err != nil {
			return err
		}
		logger.Info("migrations applied", "database", string(store.Dialect()))
		return nil
	default:
		return fmt.Errorf("unknown command %q (want serve or migrate)", cmd)
	}
}

func newLogger(level string) *slog.Logger {
	var l slog.Level
	_ = l.UnmarshalText([]byte(strings.ToUpper(level)))
	return slog.New(slog.NewJSONHandler(os.Stderr, &slog.HandlerOptions{Level: l}))
}

// Package app is the HTTP server: it wires configuration, the database, the
// job queue and the Shopify surfaces (OAuth, embedded admin, webhooks, app
// proxy) together. Handlers stay thin; the logic lives in packages that are
// testable without HTTP.
package app

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/riverqueue/river"
	"golang.org/x/sync/singleflight"

	"shopassist/app/config"
	"shopassist/assistant"
	"shopassist/assistant/llm"
	"shopassist/channels"
	"shopassist/channels/email"
	"shopassist/db"
	"shopassist/demo"
	"shopassist/internal/shopcache"
	"shopassist/jobs"
	"shopassist/live"
	"shopassist/secretbox"
	"shopassist/shopify"
	"shopassist/static"
	"shopassist/tokens"
	"shopassist/webhooks"
)

// DemoShop is the store demo mode serves.
const DemoShop = demo.ShopDomain

// InstallHook runs after a shop installs (OAuth or token exchange), e.g. to
// enqueue the first catalog sync. Errors are logged, not fatal to install.
type InstallHook func(ctx context.Context, shop *db.Shop) error

// App is the running application.
type App struct {
	cfg     config.Config
	log     *slog.Logger
	store   *db.Store
	queue   *jobs.Queue
	workers *river.Workers
	tokens  *tokens.Store
	shopify *shopify.Client
	assets  *static.Assets
	metrics *metrics
	limits  *proxyLimits
	shops   *shopcache.Cache
	engine  *assistant.Engine
	// llm is the optional model client (LLM_BASE_URL); the inbox uses it
	// to translate messages both ways.
	llm *llm.Client
	// secretKey is the encryption key; demo mode derives its app-proxy
	// signing secret from it.
	secretKey []byte
	echo      *echo.Echo
	now       func() time.Time

	installHooks []InstallHook
	// installs single-flights first-load installs per shop in this process;
	// instanceID names this process in the database's install claims.
	installs   singleflight.Group
	instanceID string
	// installWait bounds a first-load install and the wait for another
	// server's (installTimeout; tests shorten it).
	installWait time.Duration

	// webhooks is the webhook intake and processors (issue 3).
	webhooks *webhooks.Service

	// live wakes widgets waiting for an agent reply (issue 14).
	live *live.Hub

	// catalog is the catalog sync and the knowledge index (issue 4).
	catalog *catalogComponents

	// channels routes email, WhatsApp, Messenger and Instagram messages
	// through the engine (issue 17); box seals their credentials.
	channels     *channels.Router
	channelParts *channelComponents
	box          *secretbox.Box
	// email is the email channel (IMAP mailboxes, forwarded mail, SMTP
	// replies).
	email *email.Service
}

// Options let tests and tools replace parts of the runtime.
type Options struct {
	Logger *slog.Logger
	// HTTPClient is used for Shopify calls (tests point it at the fake).
	HTTPClient *http.Client
	// Now overrides the clock (session-token and OAuth timestamp checks).
	Now func() time.Time
	// Store reuses an open database instead of opening cfg's.
	Store *db.Store
	// RetryPolicy overrides job retry backoff (tests).
	RetryPolicy river.ClientRetryPolicy
}

// New opens the database, migrates it, builds the job queue and routes.
func New(ctx context.Context, cfg config.Config, o Options) (*App, error) {
	logger := o.Logger
	if logger == nil {
		logger = slog.Default()
	}
	now := o.Now
	if now == nil {
		now = time.Now
	}
	store := o.Store
	if store == nil {
		var err error
		store, err = db.Open(ctx, db.Options{URL: cfg.DatabaseURL, DataDir: cfg.DataDir, Logger: logger})
		if err != nil {
			return nil, err
		}
	}
	if err := jobs.MigrateAll(ctx, store); err != nil {
		return nil, err
	}
	key, err := encryptionKey(cfg)
	if err != nil {
		return nil, err
	}
	box, err := secretbox.New(key)
	if err != nil {
		return nil, err
	}
	client := &shopify.Client{HTTP: o.HTTPClient, AdminURL: cfg.AdminURL, APIKey: cfg.APIKey, APISecret: cfg.APISecret,
		APIVersion: cfg.APIVersion, Logger: logger, Now: now}
	assets, err := static.New("/static")
	if err != nil {
		return nil, err
	}
	a := &App{
		cfg:       cfg,
		log:       logger,
		store:     store,
		workers:   river.NewWorkers(),
		tokens:    tokens.New(store, box, client, now),
		shopify:   client,
		assets:    assets,
		metrics:   newMetrics(),
		limits:    newProxyLimits(now),
		live:      live.NewHub(),
		secretKey: key,
		box:       box,
		now:       now,
	}
	if a.shops, err = shopcache.New(store, 2*time.Second, now); err != nil {
		return nil, err
	}
	a.installWait = installTimeout
	if a.instanceID, err = newInstanceID(); err != nil {
		return nil, err
	}
	var workers *river.Workers
	queues := map[string]int{}
	if cfg.RunsWorkers() {
		workers = a.workers
		if cfg.Workers > 0 {
			queues[river.QueueDefault] = cfg.Workers
		}
		if cfg.WebhookWorkers > 0 {
			queues[webhooks.Queue] = cfg.WebhookWorkers
		}
	}
	// Running jobs get half the shutdown deadline to finish; the rest is
	// for recording the ones cancelled after it.
	a.queue, err = jobs.New(ctx, store, jobs.Config{Workers: workers, Queues: queues,
		RetryPolicy: o.RetryPolicy, SoftStopTimeout: cfg.ShutdownTimeout / 2, Logger: logger})
	if err != nil {
		return nil, err
	}
	if err := a.registerComponents(ctx); err != nil {
		return nil, err
	}
	a.echo = a.newEcho()
	a.routes()
	return a, nil
}

func encryptionKey(cfg config.Config) ([]byte, error) {
	if cfg.EncryptionKey != "" {
		return secretbox.ParseKey(cfg.EncryptionKey)
	}
	if !cfg.Demo() {
		return nil, errors.New("ENCRYPTION_KEY is required")
	}
	return secretbox.LoadOrCreateKeyFile(cfg.KeyFile())
}

// Handler is the app's HTTP handler (tests drive it with httptest).
func (a *App) Handler() http.Handler { return a.echo }

// Store exposes the database (tests and tools).
func (a *App) Store() *db.Store { return a.store }

// Queue exposes the job queue (tests and tools).
func (a *App) Queue() *jobs.Queue { return a.queue }

// Registry exposes the Prometheus registry so components can add metrics.
func (a *App) Registry() *prometheus.Registry { return a.metrics.reg }

// StartWorkers runs the job workers (Run does it; tests call it directly).
func (a *App) StartWorkers(ctx context.Context) error {
	if !a.cfg.RunsWorkers() {
		return nil
	}
	a.startEmailMailboxes(ctx)
	return a.queue.Start(ctx)
}

// Close stops workers and closes the database.
func (a *App) Close(ctx context.Context) error {
	err := a.queue.Stop(ctx)
	if a.catalog != nil && a.catalog.index != nil {
		// After the HTTP server and workers stopped no search is in flight.
		err = errors.Join(err, a.catalog.index.Close())
	}
	return errors.Join(err, a.store.Close())
}

// Run serves HTTP and runs the workers until ctx is cancelled, then shuts
// down gracefully: stop accepting, finish in-flight requests and jobs.
func (a *App) Run(ctx context.Context) error {
	ln, err := net.Listen("tcp", a.cfg.Addr())
	if err != nil {
		return fmt.Errorf("listen on %s: %w", a.cfg.Addr(), err)
	}
	return a.Serve(ctx, ln)
}

// Serve is Run on an existing listener.
func (a *App) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           a.echo,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	if err := a.StartWorkers(ctx); err != nil {
		return err
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	a.log.Info("listening", "addr", ln.Addr().String(), "url", a.cfg.AppURL, "demo", a.cfg.Demo(),
		"database", string(a.store.Dialect()))
	if a.cfg.Demo() {
		// The JSON log is for machines; a developer who just typed `go run .`
		// needs the two addresses in plain words on the terminal.
		fmt.Fprintf(os.Stdout, "\nDemo store ready (SQLite in %s, no Shopify account needed):\n"+
			"  storefront with the chat widget  %s/demo\n  merchant admin                   %s/app\n\n",
			a.cfg.DataDir, a.cfg.AppURL, a.cfg.AppURL)
	}
	select {
	case err := <-errc:
		_ = a.Close(context.Background())
		return fmt.Errorf("serve http: %w", err)
	case <-ctx.Done():
	}
	a.log.Info("shutting down", "timeout", a.cfg.ShutdownTimeout.String())
	sctx, cancel := context.WithTimeout(context.Background(), a.cfg.ShutdownTimeout)
	defer cancel()
	err := srv.Shutdown(sctx)
	if cerr := a.Close(sctx); cerr != nil {
		err = errors.Join(err, cerr)
	}
	if err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	a.log.Info("stopped")
	return nil
}

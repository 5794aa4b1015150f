package catalog

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"

	"shopassist/db"
	"shopassist/jobs"
	"shopassist/shopify"
	"shopassist/tokens"
)

// ErrDemoMode is returned by RequestSync in demo mode: there is no Shopify
// to sync from; the demo seeder fills the catalog.
var ErrDemoMode = errors.New("catalog sync is not available in demo mode")

// SyncArgs is the catalog_sync job: one full sync of one shop. Only the
// shop takes part in uniqueness, so install, "Resync" and the nightly
// schedule never queue two syncs of a shop.
type SyncArgs struct {
	Shop   string `json:"shop" river:"unique"`
	Reason string `json:"reason,omitempty"`
}

// Kind implements river.JobArgs.
func (SyncArgs) Kind() string { return "catalog_sync" }

// NightlyArgs is the periodic job that queues a sync of every installed shop.
type NightlyArgs struct{}

// Kind implements river.JobArgs.
func (NightlyArgs) Kind() string { return "catalog_sync_nightly" }

// syncUnique keeps one catalog_sync per shop while it waits, runs or awaits
// a retry; once finished, a new one can be queued.
var syncUnique = river.UniqueOpts{ByArgs: true, ByState: []rivertype.JobState{
	rivertype.JobStateAvailable, rivertype.JobStatePending, rivertype.JobStateRunning,
	rivertype.JobStateRetryable, rivertype.JobStateScheduled,
}}

// Options configure a Service.
type Options struct {
	Sync SyncOptions
	// Demo disables syncing (no Shopify in demo mode).
	Demo bool
	// NightlyHour is the UTC hour of the nightly sync (1-23; 0 means 3).
	NightlyHour int
	// JobTimeout bounds one sync job (default 2 h: a first bulk sync of a
	// large catalog takes a while on real Shopify).
	JobTimeout time.Duration
	Logger     *slog.Logger
}

// Service runs catalog syncs through the job queue and reports their
// progress to the admin.
type Service struct {
	store  *db.Store
	queue  *jobs.Queue
	syncer *Syncer
	opts   Options
	log    *slog.Logger
}

// NewService builds the service. Register its workers before the queue starts.
func NewService(store *db.Store, queue *jobs.Queue, client *shopify.Client, tokens TokenSource, opts Options) *Service {
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	if opts.Sync.Logger == nil {
		opts.Sync.Logger = opts.Logger
	}
	if opts.JobTimeout <= 0 {
		opts.JobTimeout = 2 * time.Hour
	}
	if opts.NightlyHour <= 0 || opts.NightlyHour > 23 {
		opts.NightlyHour = 3
	}
	return &Service{store: store, queue: queue, syncer: NewSyncer(store, client, tokens, opts.Sync), opts: opts,
		log: opts.Logger}
}

// Syncer exposes the synchronous syncer (tools, benchmarks).
func (s *Service) Syncer() *Syncer { return s.syncer }

// Register adds the sync workers to workers. Schedules go on the queue
// where workers run.
func (s *Service) Register(workers *river.Workers) error {
	if err := river.AddWorkerSafely(workers, &syncWorker{svc: s}); err != nil {
		return fmt.Errorf("register catalog sync worker: %w", err)
	}
	if err := river.AddWorkerSafely(workers, &nightlyWorker{svc: s}); err != nil {
		return fmt.Errorf("register nightly catalog worker: %w", err)
	}
	if err := river.AddWorkerSafely(workers, &docsRefreshWorker{svc: s}); err != nil {
		return fmt.Errorf("register document refresh worker: %w", err)
	}
	if err := river.AddWorkerSafely(workers, &docsRefreshAllWorker{svc: s}); err != nil {
		return fmt.Errorf("register document refresh scheduler: %w", err)
	}
	if err := river.AddWorkerSafely(workers, &inventoryRefreshWorker{svc: s}); err != nil {
		return fmt.Errorf("register inventory refresh worker: %w", err)
	}
	if err := river.AddWorkerSafely(workers, &collectionRefreshWorker{svc: s}); err != nil {
		return fmt.Errorf("register collection refresh worker: %w", err)
	}
	return nil
}

// Schedules are the service's periodic jobs, for jobs.Queue.Schedule: the
// nightly sync of every installed shop at NightlyHour, and the document
// refresh (policies, pages and translations have no webhooks, so they are
// polled). Both do nothing in demo mode.
func (s *Service) Schedules() []jobs.Every {
	return []jobs.Every{
		{ID: "catalog_sync_nightly", Interval: 24 * time.Hour, At: jobs.DailyAt(s.opts.NightlyHour), Args: NightlyArgs{}},
		{ID: "catalog_docs_refresh_all", Interval: DocsRefreshEvery, Args: DocsRefreshAllArgs{}},
	}
}

// OnInstall queues the first sync of a newly installed shop (an app
// InstallHook).
func (s *Service) OnInstall(ctx context.Context, shop *db.Shop) error {
	_, err := s.RequestSync(ctx, shop.Domain)
	return err
}

// RequestSync queues a sync of shop (the admin's "Resync" button) and
// returns the job id; when one is already queued or running, that job's id
// is returned instead. A queued run row appears at once for Status.
func (s *Service) RequestSync(ctx context.Context, shop string) (int64, error) {
	return s.request(ctx, shop, "requested")
}

func (s *Service) request(ctx context.Context, shop, reason string) (int64, error) {
	if s.opts.Demo {
		return 0, ErrDemoMode
	}
	row, err := s.store.GetShop(ctx, shop)
	if err != nil {
		return 0, fmt.Errorf("request sync of %s: %w", shop, err)
	}
	// A queued row shows up in Status at once. An interrupted run that is
	// still resumable is left for the job to pick up instead.
	latest, err := s.store.LatestSyncRun(ctx, row.ID)
	switch {
	case errors.Is(err, db.ErrNotFound), err == nil && latest.Status == db.SyncSucceeded,
		err == nil && latest.Status == db.SyncFailed && !resumable(latest):
		if _, err := s.store.CreateSyncRun(ctx, row.ID, db.SyncFull); err != nil {
			return 0, err
		}
	case err != nil:
		return 0, err
	}
	id, err := s.queue.Enqueue(ctx, SyncArgs{Shop: shop, Reason: reason}, &river.InsertOpts{UniqueOpts: syncUnique})
	if err != nil {
		return 0, fmt.Errorf("request sync of %s: %w", shop, err)
	}
	return id, nil
}

// Status is what the admin shows about a shop's catalog sync.
type Status struct {
	// Demo is set in demo mode, where the catalog is seeded, not synced.
	Demo bool
	// Message is a one-line summary for the merchant.
	Message string
	// Current is the queued or running run, if any (with live counters).
	Current *db.SyncRun
	// Last is the last finished run, if any.
	Last *db.SyncRun
	// Products is the number of live products stored.
	Products int64
	// CatalogVersion moves with every catalog change.
	CatalogVersion int64
}

// Status reports progress and the last result for shop.
func (s *Service) Status(ctx context.Context, shop string) (*Status, error) {
	row, err := s.store.GetShop(ctx, shop)
	if err != nil {
		return nil, fmt.Errorf("sync status of %s: %w", shop, err)
	}
	st := &Status{Demo: s.opts.Demo, CatalogVersion: row.CatalogVersion}
	if st.Products, err = s.store.CountProducts(ctx, row.ID); err != nil {
		return nil, err
	}
	if s.opts.Demo {
		st.Message = fmt.Sprintf("Demo mode: the catalog (%d products) is seeded, not synced from Shopify.", st.Products)
		return st, nil
	}
	latest, err := s.store.LatestSyncRun(ctx, row.ID)
	switch {
	case errors.Is(err, db.ErrNotFound):
		st.Message = "Never synced."
		return st, nil
	case err != nil:
		return nil, err
	}
	if latest.Active() {
		st.Current = latest
	}
	last, err := s.store.LastFinishedSyncRun(ctx, row.ID)
	switch {
	case errors.Is(err, db.ErrNotFound):
	case err != nil:
		return nil, err
	default:
		st.Last = last
	}
	st.Message = summary(st)
	return st, nil
}

func summary(st *Status) string {
	if c := st.Current; c != nil {
		if c.Status == db.SyncQueued {
			return "Sync queued."
		}
		return fmt.Sprintf("Syncing (%s): %d products, %d translations so far.", c.Phase, c.Products, c.Translations)
	}
	l := st.Last
	if l == nil {
		return "Never synced."
	}
	when := ""
	if l.FinishedAt != nil {
		when = " at " + l.FinishedAt.UTC().Format("2006-01-02 15:04 UTC")
	}
	if l.Status == db.SyncFailed {
		return fmt.Sprintf("Last sync failed%s during %s: %s", when, l.Phase, l.LastError)
	}
	return fmt.Sprintf("Last sync succeeded%s: %d products (%d updated, %d removed), %d translations, %d policies and pages.",
		when, l.Products, l.ProductsWritten, l.Deleted, l.Translations, l.Documents)
}

// syncWorker runs catalog_sync jobs.
type syncWorker struct {
	river.WorkerDefaults[SyncArgs]
	svc *Service
}

// Timeout lets a large first sync outlive the queue's default job timeout.
func (w *syncWorker) Timeout(*river.Job[SyncArgs]) time.Duration { return w.svc.opts.JobTimeout }

// Work syncs the shop; an error makes River retry, which resumes the run.
func (w *syncWorker) Work(ctx context.Context, job *river.Job[SyncArgs]) error {
	if w.svc.opts.Demo {
		return nil
	}
	_, err := w.svc.syncer.Sync(ctx, job.Args.Shop)
	return cancelIfShopGone(err)
}

// cancelIfShopGone ends a per-shop job for good when the shop was redacted
// or uninstalled meanwhile: retrying cannot help, and a reinstall queues new
// work. Any other error is returned for River to retry.
func cancelIfShopGone(err error) error {
	if errors.Is(err, db.ErrNotFound) || errors.Is(err, tokens.ErrNotInstalled) || shopify.IsUnauthorized(err) {
		return river.JobCancel(err)
	}
	return err
}

// nightlyWorker queues one sync per installed shop.
type nightlyWorker struct {
	river.WorkerDefaults[NightlyArgs]
	svc *Service
}

// Work enqueues the syncs; the per-shop uniqueness drops duplicates.
func (w *nightlyWorker) Work(ctx context.Context, _ *river.Job[NightlyArgs]) error {
	shops, err := w.svc.store.ListInstalledShops(ctx)
	if err != nil {
		return err
	}
	var errs []error
	for _, sh := range shops {
		if !sh.Installed() {
			continue
		}
		if _, err := w.svc.request(ctx, sh.Domain, "nightly"); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

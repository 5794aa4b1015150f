// Package jobs wires the River job queue to the app's database: the pgx
// driver on PostgreSQL, the SQLite driver (sharing gorm's single connection)
// on the embedded default. Callers see one non-generic Queue.
package jobs

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/riverdriver/riversqlite"
	"github.com/riverqueue/river/rivermigrate"
	"github.com/riverqueue/river/rivertype"

	"shopassist/db"
)

// client is the subset of *river.Client[TTx] the app needs, identical for
// both drivers, so nothing outside this package deals with TTx.
type client interface {
	Start(ctx context.Context) error
	Stop(ctx context.Context) error
	Insert(ctx context.Context, args river.JobArgs, opts *river.InsertOpts) (*rivertype.JobInsertResult, error)
	InsertMany(ctx context.Context, params []river.InsertManyParams) ([]*rivertype.JobInsertResult, error)
	JobList(ctx context.Context, params *river.JobListParams) (*river.JobListResult, error)
	JobRetry(ctx context.Context, id int64) (*rivertype.JobRow, error)
	JobGet(ctx context.Context, id int64) (*rivertype.JobRow, error)
	Subscribe(kinds ...river.EventKind) (<-chan *river.Event, func())
	PeriodicJobs() *river.PeriodicJobBundle
}

var (
	_ client = (*river.Client[pgx.Tx])(nil)
	_ client = (*river.Client[*sql.Tx])(nil)
)

// Config describes the workers and schedules of a Queue.
type Config struct {
	// Workers holds every worker; nil makes an insert-only queue.
	Workers *river.Workers
	// Periodic jobs (nightly sync, retention, reconciliation).
	Periodic []*river.PeriodicJob
	// Queues maps queue names to worker counts; defaults to {"default": 10}.
	Queues map[string]int
	// RetryPolicy overrides River's exponential backoff (tests use a fast one).
	RetryPolicy river.ClientRetryPolicy
	// FetchPollInterval overrides how often workers poll when no
	// notification arrives (SQLite has no LISTEN/NOTIFY).
	FetchPollInterval time.Duration
	// SoftStopTimeout bounds how long Stop waits for running jobs before
	// cancelling them (default DefaultSoftStop). Keep it below the shutdown
	// deadline so cancelled jobs still record their outcome.
	SoftStopTimeout time.Duration
	Logger          *slog.Logger
}

const (
	// JobTimeout is the default limit of one job run.
	JobTimeout = 5 * time.Minute
	// DefaultSoftStop is how long Stop lets running jobs finish by default.
	DefaultSoftStop = 20 * time.Second
	rescueMargin    = 30 * time.Second
)

// Queue is the app's handle on River.
type Queue struct {
	c       client
	pool    *pgxpool.Pool
	working bool
}

// MigrateAll brings the app's tables and River's up to date under the
// store's migration lock: River's migrator takes no lock of its own, and
// replicas starting together on an empty database crashed in it
// ("relation river_migration already exists").
func MigrateAll(ctx context.Context, store *db.Store) error {
	if err := store.Migrate(ctx, func(ctx context.Context) error { return Migrate(ctx, store) }); err != nil {
		return fmt.Errorf("migrate database: %w", err)
	}
	return nil
}

// Migrate brings River's own tables up to date. It takes no lock: use
// MigrateAll where several processes may start at once.
func Migrate(ctx context.Context, store *db.Store) error {
	var err error
	switch store.Dialect() {
	case db.Postgres:
		pool, perr := pgxpool.New(ctx, store.DSN())
		if perr != nil {
			return fmt.Errorf("migrate river: connect: %w", perr)
		}
		defer pool.Close()
		m, merr := rivermigrate.New(riverpgxv5.New(pool), nil)
		if merr != nil {
			return fmt.Errorf("migrate river: %w", merr)
		}
		_, err = m.Migrate(ctx, rivermigrate.DirectionUp, nil)
	default:
		m, merr := rivermigrate.New(riversqlite.New(store.SQLDB()), nil)
		if merr != nil {
			return fmt.Errorf("migrate river: %w", merr)
		}
		_, err = m.Migrate(ctx, rivermigrate.DirectionUp, nil)
	}
	if err != nil {
		return fmt.Errorf("migrate river: %w", err)
	}
	return nil
}

// New builds a Queue on the store's database. Call Start to run workers.
func New(ctx context.Context, store *db.Store, cfg Config) (*Queue, error) {
	logger := cfg.Logger
	if logger == nil {
		logger = slog.Default()
	}
	if cfg.SoftStopTimeout <= 0 {
		cfg.SoftStopTimeout = DefaultSoftStop
	}
	rc := &river.Config{
		Logger:            slog.New(quietHandler{logger.Handler()}).With("component", "river"),
		Workers:           cfg.Workers,
		PeriodicJobs:      cfg.Periodic,
		RetryPolicy:       cfg.RetryPolicy,
		FetchPollInterval: cfg.FetchPollInterval,
		MaxAttempts:       8,
		// River's default 100 ms pause between fetches caps a busy queue at
		// ~10 fetches/s, i.e. MaxWorkers jobs per 100 ms; webhook bursts need
		// shorter. 10 ms lets 4 webhook workers drain ~280 events/s while the
		// intake keeps ≥ 1,500 acks/s (bench/README.md; 20 ms: ~180/s).
		FetchCooldown: 10 * time.Millisecond,
		// Jobs that outlive this are cancelled and retried; kinds that need
		// longer (catalog sync) or much less (webhook events) set their own
		// Timeout.
		JobTimeout: JobTimeout,
		// A job left "running" by a dead process is rescued once it outlived
		// its timeout: River only rescues a job past both this horizon and
		// its kind's own Timeout, so the horizon is the client timeout plus
		// the time a worker needs to record a cancelled run (River's
		// default is an hour). Webhook events do not wait for it: their
		// reconciler gives an orphaned event a new job after seconds.
		RescueStuckJobsAfter: JobTimeout + rescueMargin,
		// Stop lets running jobs finish for this long, then cancels them
		// (they are retried); without it, cancelling Start's context
		// cancelled running jobs at once.
		SoftStopTimeout: cfg.SoftStopTimeout,
	}
	if cfg.Workers != nil {
		rc.Queues = map[string]river.QueueConfig{}
		queues := cfg.Queues
		if len(queues) == 0 {
			queues = map[string]int{river.QueueDefault: 10}
		}
		for name, n := range queues {
			if store.Dialect() == db.SQLite && n > 2 {
				// One shared connection: more workers only queue on it.
				n = 2
			}
			rc.Queues[name] = river.QueueConfig{MaxWorkers: n}
		}
	}
	q := &Queue{working: cfg.Workers != nil}
	switch store.Dialect() {
	case db.Postgres:
		pcfg, err := pgxpool.ParseConfig(store.DSN())
		if err != nil {
			return nil, fmt.Errorf("job queue: parse database URL: %w", err)
		}
		// pgxpool's default (max(4, NumCPU) connections) is shared by
		// request-path inserts (webhook intake), fetching, completing and
		// the LISTEN connection; under load inserts queued behind workers.
		if size := int32(poolSize(cfg.Queues)); pcfg.MaxConns < size {
			pcfg.MaxConns = size
		}
		pool, err := pgxpool.NewWithConfig(ctx, pcfg)
		if err != nil {
			return nil, fmt.Errorf("job queue: connect: %w", err)
		}
		c, err := river.NewClient(riverpgxv5.New(pool), rc)
		if err != nil {
			pool.Close()
			return nil, fmt.Errorf("job queue: %w", err)
		}
		q.c, q.pool = c, pool
	default:
		if rc.FetchPollInterval == 0 {
			rc.FetchPollInterval = 200 * time.Millisecond
		}
		c, err := river.NewClient(riversqlite.New(store.SQLDB()), rc)
		if err != nil {
			return nil, fmt.Errorf("job queue: %w", err)
		}
		q.c = c
	}
	return q, nil
}

// poolSize sizes the queue's PostgreSQL pool: one connection per worker
// plus headroom for inserts, the notifier and maintenance.
func poolSize(queues map[string]int) int {
	n := 0
	for _, w := range queues {
		n += w
	}
	return max(n+12, 16)
}

// Start runs the workers and periodic jobs until Stop. Cancelling ctx does
// not stop them: shutdown goes through Stop, which drains running jobs
// (River would treat a cancelled Start context as a stop that cancels
// them).
func (q *Queue) Start(ctx context.Context) error {
	if !q.working {
		return nil
	}
	if err := q.c.Start(context.WithoutCancel(ctx)); err != nil {
		return fmt.Errorf("start job queue: %w", err)
	}
	return nil
}

// Stop stops fetching, lets running jobs finish (for SoftStopTimeout, then
// cancels them so they record their outcome and are retried), waits for
// that (bounded by ctx) and releases the pool.
func (q *Queue) Stop(ctx context.Context) error {
	var err error
	if q.working {
		err = q.c.Stop(ctx)
		if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
			err = fmt.Errorf("stop job queue: jobs still running at shutdown deadline: %w", err)
		}
	}
	if q.pool != nil {
		q.pool.Close()
	}
	return err
}

// Enqueue inserts one job and returns its id. Unique options make it
// idempotent: a duplicate insert returns the existing job's id.
func (q *Queue) Enqueue(ctx context.Context, args river.JobArgs, opts *river.InsertOpts) (int64, error) {
	res, err := q.c.Insert(ctx, args, opts)
	if err != nil {
		return 0, fmt.Errorf("enqueue %s: %w", args.Kind(), err)
	}
	return res.Job.ID, nil
}

// EnqueueMany inserts several jobs in one round trip.
func (q *Queue) EnqueueMany(ctx context.Context, params []river.InsertManyParams) error {
	if len(params) == 0 {
		return nil
	}
	if _, err := q.c.InsertMany(ctx, params); err != nil {
		return fmt.Errorf("enqueue %d jobs: %w", len(params), err)
	}
	return nil
}

// RunningJobs lists the jobs of a kind River holds as running, in this
// process or any other (a dead process leaves its jobs running until they
// are rescued). There are at most as many as workers, so one page suffices.
func (q *Queue) RunningJobs(ctx context.Context, kind string) ([]*rivertype.JobRow, error) {
	params := river.NewJobListParams().Kinds(kind).States(rivertype.JobStateRunning).First(10000)
	res, err := q.c.JobList(ctx, params)
	if err != nil {
		return nil, fmt.Errorf("list running %s jobs: %w", kind, err)
	}
	return res.Jobs, nil
}

// Failed lists jobs that exhausted their retries (River's "discarded"
// state): the dead-letter view the admin shows with a replay button.
func (q *Queue) Failed(ctx context.Context, limit int) ([]*rivertype.JobRow, error) {
	if limit <= 0 {
		limit = 50
	}
	params := river.NewJobListParams().States(rivertype.JobStateDiscarded).
		OrderBy(river.JobListOrderByTime, river.SortOrderDesc).First(limit)
	res, err := q.c.JobList(ctx, params)
	if err != nil {
		return nil, fmt.Errorf("list failed jobs: %w", err)
	}
	return res.Jobs, nil
}

// Retry puts a failed job back in the queue to run now.
func (q *Queue) Retry(ctx context.Context, id int64) error {
	if _, err := q.c.JobRetry(ctx, id); err != nil {
		return fmt.Errorf("retry job %d: %w", id, err)
	}
	return nil
}

// Get loads a job row.
func (q *Queue) Get(ctx context.Context, id int64) (*rivertype.JobRow, error) {
	j, err := q.c.JobGet(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("get job %d: %w", id, err)
	}
	return j, nil
}

// Subscribe streams job events (tests and metrics use it).
func (q *Queue) Subscribe(kinds ...river.EventKind) (<-chan *river.Event, func()) {
	return q.c.Subscribe(kinds...)
}

// addPeriodic schedules a periodic job after the queue was built (feature
// packages are constructed after the queue). Jobs added before Start begin
// with the scheduler; ids must be unique across periodic jobs.
func (q *Queue) addPeriodic(job *river.PeriodicJob) error {
	if !q.working {
		// Web-only replicas don't schedule: the worker replicas do.
		return nil
	}
	if _, err := q.c.PeriodicJobs().AddSafely(job); err != nil {
		return fmt.Errorf("add periodic job: %w", err)
	}
	return nil
}

// FastRetry is a retry policy for tests: retry almost at once.
type FastRetry struct{}

// NextRetry implements river.ClientRetryPolicy.
func (FastRetry) NextRetry(*rivertype.JobRow) time.Time { return time.Now().Add(10 * time.Millisecond) }

package jobs_test

import (
	"context"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"

	"shopassist/db"
	"shopassist/db/dbtest"
	"shopassist/jobs"
)

type tickArgs struct{}

func (tickArgs) Kind() string { return "test_tick" }

type tickWorker struct {
	river.WorkerDefaults[tickArgs]
	runs *atomic.Int32
}

func (w *tickWorker) Work(context.Context, *river.Job[tickArgs]) error {
	w.runs.Add(1)
	return nil
}

// countJobs counts the river_job rows of a kind (any state).
func countJobs(t *testing.T, store *db.Store, kind string) int {
	t.Helper()
	var n int
	if err := store.SQLDB().QueryRow("SELECT COUNT(*) FROM river_job WHERE kind = $1", kind).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// TestScheduleRunOnStart: a periodic job scheduled to run when a process
// becomes leader runs then, once, and so does an overdue-checked one.
//
// Two schedules of one job kind with one interval must never be added:
// River inserts the start-up jobs as one batch and refuses the whole batch
// when a unique key appears twice, so every run-on-start job would be lost.
func TestScheduleRunOnStart(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err := jobs.Migrate(ctx, store); err != nil {
			t.Fatal(err)
		}
		var runs, overdue atomic.Int32
		workers := river.NewWorkers()
		river.AddWorker(workers, &tickWorker{runs: &runs})
		river.AddWorker(workers, &flakyWorker{calls: &overdue})
		q, err := jobs.New(ctx, store, jobs.Config{Workers: workers, FetchPollInterval: 50 * time.Millisecond})
		if err != nil {
			t.Fatal(err)
		}
		if err := q.Schedule(jobs.Every{ID: "tick", Interval: time.Hour, Args: tickArgs{}, RunOnStart: true}); err != nil {
			t.Fatal(err)
		}
		// An overdue-checked job runs when a process becomes leader.
		if err := q.ScheduleOverdue("overdue", 24*time.Hour, flakyArgs{}); err != nil {
			t.Fatal(err)
		}
		// Periodic ids are unique: a second schedule under one id is a
		// wiring mistake, reported with the id.
		err = q.Schedule(jobs.Every{ID: "tick", Interval: time.Hour, Args: tickArgs{}})
		if err == nil || !strings.Contains(err.Error(), "schedule tick") {
			t.Fatalf("duplicate schedule id: %v", err)
		}
		events, stop := q.Subscribe(river.EventKindJobCompleted)
		defer stop()
		if err := q.Start(ctx); err != nil {
			t.Fatal(err)
		}
		defer q.Stop(context.Background())
		done := map[string]int{}
		for done["test_tick"] == 0 || done["test_flaky"] == 0 {
			select {
			case ev := <-events:
				done[ev.Job.Kind]++
			case <-ctx.Done():
				t.Fatalf("run-on-start jobs did not all run: %v", done)
			}
		}
		// The next tick is an hour away: nothing else is inserted meanwhile.
		time.Sleep(500 * time.Millisecond)
		if n := countJobs(t, store, "test_tick"); n != 1 {
			t.Fatalf("%d tick jobs inserted, want 1", n)
		}
		if got := runs.Load(); got != 1 {
			t.Fatalf("tick ran %d times, want 1", got)
		}
		if got := overdue.Load(); got != 1 {
			t.Fatalf("overdue job ran %d times, want 1", got)
		}
	})
}

// TestInsertOnlyQueue: web replicas build the queue without workers; they
// enqueue but never schedule periodic jobs (the worker replicas do).
func TestInsertOnlyQueue(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		ctx := context.Background()
		if err := jobs.Migrate(ctx, store); err != nil {
			t.Fatal(err)
		}
		q, err := jobs.New(ctx, store, jobs.Config{})
		if err != nil {
			t.Fatal(err)
		}
		defer q.Stop(ctx)
		if err := q.Start(ctx); err != nil {
			t.Fatalf("start of an insert-only queue: %v", err)
		}
		if err := q.Schedule(jobs.Every{ID: "tick", Interval: time.Minute, Args: tickArgs{}, RunOnStart: true}); err != nil {
			t.Fatalf("schedule on a web replica: %v", err)
		}
		if n := countJobs(t, store, "test_tick"); n != 0 {
			t.Fatalf("a web replica inserted %d periodic jobs", n)
		}

		if err := q.EnqueueMany(ctx, nil); err != nil {
			t.Fatalf("empty batch: %v", err)
		}
		batch := []river.InsertManyParams{{Args: tickArgs{}}, {Args: tickArgs{}}, {Args: flakyArgs{FailTimes: 1}}}
		if err := q.EnqueueMany(ctx, batch); err != nil {
			t.Fatal(err)
		}
		if n := countJobs(t, store, "test_tick"); n != 2 {
			t.Fatalf("tick jobs after the batch = %d, want 2", n)
		}
		// Unique options make Enqueue idempotent: the duplicate returns the
		// stored job's id.
		opts := &river.InsertOpts{UniqueOpts: river.UniqueOpts{ByArgs: true}}
		first, err := q.Enqueue(ctx, flakyArgs{FailTimes: 7}, opts)
		if err != nil {
			t.Fatal(err)
		}
		again, err := q.Enqueue(ctx, flakyArgs{FailTimes: 7}, opts)
		if err != nil || again != first {
			t.Fatalf("duplicate enqueue = %d, %v; want the stored id %d", again, err, first)
		}
		other, err := q.Enqueue(ctx, flakyArgs{FailTimes: 8}, opts)
		if err != nil || other == first {
			t.Fatalf("other args = %d, %v; want a new job", other, err)
		}
		j, err := q.Get(ctx, first)
		if err != nil || j.Kind != "test_flaky" || j.State != rivertype.JobStateAvailable {
			t.Fatalf("get = %+v, %v", j, err)
		}
		if _, err := q.Get(ctx, other+1000); err == nil || !strings.Contains(err.Error(), "get job") {
			t.Fatalf("get unknown job: %v", err)
		}
		// Nothing runs on a web replica.
		running, err := q.RunningJobs(ctx, "test_tick")
		if err != nil || len(running) != 0 {
			t.Fatalf("running = %v, %v", running, err)
		}
	})
}

// TestRunningJobsSeesJobsInFlight: the webhook reconciler asks which jobs
// are running before it enqueues an orphan again.
func TestRunningJobsSeesJobsInFlight(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err := jobs.Migrate(ctx, store); err != nil {
			t.Fatal(err)
		}
		w := &slowWorker{started: make(chan struct{}, 1)}
		workers := river.NewWorkers()
		river.AddWorker(workers, w)
		q, err := jobs.New(ctx, store, jobs.Config{Workers: workers, FetchPollInterval: 50 * time.Millisecond,
			SoftStopTimeout: 200 * time.Millisecond})
		if err != nil {
			t.Fatal(err)
		}
		if err := q.Start(ctx); err != nil {
			t.Fatal(err)
		}
		defer q.Stop(context.Background())
		id, err := q.Enqueue(ctx, slowArgs{Run: 20 * time.Second}, nil)
		if err != nil {
			t.Fatal(err)
		}
		select {
		case <-w.started:
		case <-ctx.Done():
			t.Fatal("job never started")
		}
		running, err := q.RunningJobs(ctx, "test_slow")
		if err != nil || len(running) != 1 || running[0].ID != id {
			t.Fatalf("running slow jobs = %v, %v; want job %d", running, err, id)
		}
		if running, _ := q.RunningJobs(ctx, "test_tick"); len(running) != 0 {
			t.Fatalf("running of another kind = %v", running)
		}
	})
}

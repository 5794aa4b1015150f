package jobs_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"

	"shopassist/db"
	"shopassist/db/dbtest"
	"shopassist/jobs"
)

type slowArgs struct {
	Run time.Duration `json:"run"`
}

func (slowArgs) Kind() string { return "test_slow" }

type slowWorker struct {
	river.WorkerDefaults[slowArgs]
	started chan struct{}
}

// Work runs for Run unless its context is cancelled first.
func (w *slowWorker) Work(ctx context.Context, j *river.Job[slowArgs]) error {
	w.started <- struct{}{}
	select {
	case <-time.After(j.Args.Run):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// SIGTERM drains: Stop, even after the context given to Start is cancelled
// (as the app's run context is on SIGTERM), lets a running job finish and
// record success; a job outliving SoftStopTimeout is cancelled and left to
// retry, and Stop still returns.
func TestStopDrainsRunningJobs(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name     string
		run      time.Duration
		softStop time.Duration
		want     []rivertype.JobState
	}{
		{"finishes within the soft stop", 700 * time.Millisecond, 10 * time.Second,
			[]rivertype.JobState{rivertype.JobStateCompleted}},
		// River puts a job cancelled by the stop back to run again.
		{"cancelled after the soft stop", time.Minute, 300 * time.Millisecond,
			[]rivertype.JobState{rivertype.JobStateRetryable, rivertype.JobStateAvailable}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dbtest.Each(t, func(t *testing.T, store *db.Store) {
				if err := jobs.Migrate(context.Background(), store); err != nil {
					t.Fatal(err)
				}
				w := &slowWorker{started: make(chan struct{}, 1)}
				workers := river.NewWorkers()
				river.AddWorker(workers, w)
				q, err := jobs.New(context.Background(), store, jobs.Config{Workers: workers,
					FetchPollInterval: 50 * time.Millisecond, SoftStopTimeout: tc.softStop})
				if err != nil {
					t.Fatal(err)
				}
				runCtx, sigterm := context.WithCancel(context.Background())
				if err := q.Start(runCtx); err != nil {
					t.Fatal(err)
				}
				id, err := q.Enqueue(context.Background(), slowArgs{Run: tc.run}, nil)
				if err != nil {
					t.Fatal(err)
				}
				select {
				case <-w.started:
				case <-time.After(20 * time.Second):
					t.Fatal("job never started")
				}
				sigterm()
				stopCtx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
				defer cancel()
				if err := q.Stop(stopCtx); err != nil {
					t.Fatalf("stop: %v", err)
				}
				// The pool is closed: read the row with the store.
				var state string
				if err := store.SQLDB().QueryRow("SELECT state FROM river_job WHERE id = $1", id).Scan(&state); err != nil {
					t.Fatal(err)
				}
				if !slices.Contains(tc.want, rivertype.JobState(state)) {
					t.Fatalf("job %s after stop, want %s", state, tc.want)
				}
			})
		})
	}
}

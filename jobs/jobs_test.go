package jobs_test

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"

	"shopassist/db"
	"shopassist/db/dbtest"
	"shopassist/jobs"
)

type flakyArgs struct {
	FailTimes int `json:"fail_times"`
}

func (flakyArgs) Kind() string { return "test_flaky" }

type flakyWorker struct {
	river.WorkerDefaults[flakyArgs]
	calls *atomic.Int32
}

func (w *flakyWorker) Work(ctx context.Context, j *river.Job[flakyArgs]) error {
	w.calls.Add(1)
	if j.Attempt <= j.Args.FailTimes {
		return errors.New("transient failure")
	}
	return nil
}

func TestQueueRetriesThenDeadLetters(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err := jobs.Migrate(ctx, store); err != nil {
			t.Fatal(err)
		}
		var calls atomic.Int32
		workers := river.NewWorkers()
		river.AddWorker(workers, &flakyWorker{calls: &calls})
		q, err := jobs.New(ctx, store, jobs.Config{Workers: workers, RetryPolicy: jobs.FastRetry{},
			FetchPollInterval: 100 * time.Millisecond})
		if err != nil {
			t.Fatal(err)
		}
		events, stop := q.Subscribe(river.EventKindJobCompleted, river.EventKindJobFailed)
		defer stop()
		if err := q.Start(ctx); err != nil {
			t.Fatal(err)
		}
		defer q.Stop(context.Background())

		okID, err := q.Enqueue(ctx, flakyArgs{FailTimes: 2}, nil)
		if err != nil {
			t.Fatal(err)
		}
		deadID, err := q.Enqueue(ctx, flakyArgs{FailTimes: 99}, &river.InsertOpts{MaxAttempts: 3})
		if err != nil {
			t.Fatal(err)
		}
		done := map[int64]rivertype.JobState{}
		for len(done) < 2 {
			select {
			case ev := <-events:
				if ev.Job.State == rivertype.JobStateCompleted || ev.Job.State == rivertype.JobStateDiscarded {
					done[ev.Job.ID] = ev.Job.State
				}
			case <-ctx.Done():
				t.Fatalf("jobs did not settle: %v", done)
			}
		}
		if done[okID] != rivertype.JobStateCompleted || done[deadID] != rivertype.JobStateDiscarded {
			t.Fatalf("states = %v", done)
		}
		if got := calls.Load(); got != 3+3 {
			t.Fatalf("worker calls = %d, want 6 (3 for the flaky job, 3 attempts for the dead one)", got)
		}
		failed, err := q.Failed(ctx, 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(failed) != 1 || failed[0].ID != deadID || len(failed[0].Errors) != 3 {
			t.Fatalf("dead letters = %+v", failed)
		}
		if err := q.Retry(ctx, deadID); err != nil {
			t.Fatal(err)
		}
		j, err := q.Get(ctx, deadID)
		if err != nil {
			t.Fatal(err)
		}
		if j.State == rivertype.JobStateDiscarded {
			t.Fatalf("retried job still discarded")
		}
	})
}

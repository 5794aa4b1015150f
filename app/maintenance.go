package app

import (
	"context"
	"fmt"
	"time"

	"github.com/riverqueue/river"

	"shopassist/jobs"
)

// sweepArgs is the hourly housekeeping job of the foundation.
type sweepArgs struct{}

// Kind implements river.JobArgs.
func (sweepArgs) Kind() string { return "maintenance_sweep" }

type sweepWorker struct {
	river.WorkerDefaults[sweepArgs]
	app *App
}

// sweepEvery is the period of the maintenance sweep.
const sweepEvery = time.Hour

// Work runs the sweep when an hour passed since the last completed one
// (recorded in the database, so leadership changes cannot postpone it).
func (w *sweepWorker) Work(ctx context.Context, _ *river.Job[sweepArgs]) error {
	_, err := jobs.RunIfOverdue(ctx, w.app.store, sweepArgs{}.Kind(), sweepEvery, w.app.now(), w.sweep)
	return err
}

// sweep removes expired OAuth nonces (abandoned installs).
func (w *sweepWorker) sweep(ctx context.Context) error {
	n, err := w.app.store.SweepOAuthStates(ctx, w.app.now())
	if err != nil {
		return fmt.Errorf("maintenance sweep: %w", err)
	}
	if n > 0 {
		w.app.log.Info("swept expired oauth states", "count", n)
	}
	return nil
}

func (a *App) registerMaintenance() error {
	river.AddWorker(a.workers, &sweepWorker{app: a})
	return a.queue.ScheduleOverdue(sweepArgs{}.Kind(), sweepEvery, sweepArgs{})
}

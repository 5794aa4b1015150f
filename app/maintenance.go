package app

import (
	"context"
	"fmt"
	"time"

	"github.com/riverqueue/river"
)

// sweepArgs is the hourly housekeeping job of the foundation.
type sweepArgs struct{}

// Kind implements river.JobArgs.
func (sweepArgs) Kind() string { return "maintenance_sweep" }

type sweepWorker struct {
	river.WorkerDefaults[sweepArgs]
	app *App
}

// Work removes expired OAuth nonces (abandoned installs).
func (w *sweepWorker) Work(ctx context.Context, _ *river.Job[sweepArgs]) error {
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
	return a.queue.AddPeriodic(river.NewPeriodicJob(river.PeriodicInterval(time.Hour),
		func() (river.JobArgs, *river.InsertOpts) { return sweepArgs{}, nil }, nil))
}

package app

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/riverqueue/river"
)

// retentionArgs is the daily job that deletes conversations older than each
// shop's retention setting.
type retentionArgs struct{}

// Kind implements river.JobArgs.
func (retentionArgs) Kind() string { return "conversation_retention" }

type retentionWorker struct {
	river.WorkerDefaults[retentionArgs]
	app *App
}

// Work enforces retention for every installed shop. One shop's failure does
// not stop the others; the job fails (and retries) if any shop failed.
func (w *retentionWorker) Work(ctx context.Context, _ *river.Job[retentionArgs]) error {
	_, err := w.app.enforceRetention(ctx)
	return err
}

// enforceRetention deletes, per shop, conversations whose last message is
// older than the shop's RetentionDays (0 keeps them), and returns how many
// it deleted in all.
func (a *App) enforceRetention(ctx context.Context) (int64, error) {
	shops, err := a.store.ListInstalledShops(ctx)
	if err != nil {
		return 0, fmt.Errorf("retention: %w", err)
	}
	var total int64
	var errs []error
	now := a.now()
	for _, s := range shops {
		days := s.Settings.V.RetentionDays
		if days <= 0 {
			continue
		}
		n, err := a.store.DeleteConversationsBefore(ctx, s.ID, now.AddDate(0, 0, -days))
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if n > 0 {
			a.log.Info("retention deleted conversations", "shop", s.Domain, "count", n, "days", days)
		}
		total += n
	}
	if len(errs) > 0 {
		return total, fmt.Errorf("retention: %w", errors.Join(errs...))
	}
	return total, nil
}

// registerRetention adds the worker and its daily schedule (run once at
// start too, so a long-stopped server catches up at once).
func (a *App) registerRetention() error {
	river.AddWorker(a.workers, &retentionWorker{app: a})
	return a.queue.AddPeriodic(river.NewPeriodicJob(river.PeriodicInterval(24*time.Hour),
		func() (river.JobArgs, *river.InsertOpts) { return retentionArgs{}, nil },
		&river.PeriodicJobOpts{RunOnStart: true, ID: "conversation_retention"}))
}

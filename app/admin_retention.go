package app

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/riverqueue/river"

	"shopassist/jobs"
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

// retentionEvery is the period of the retention job.
const retentionEvery = 24 * time.Hour

// Work enforces retention for every installed shop once a day (the last run
// is kept in the database, so leadership changes cannot postpone it). One
// shop's failure does not stop the others; the job fails (and retries) if
// any shop failed.
func (w *retentionWorker) Work(ctx context.Context, _ *river.Job[retentionArgs]) error {
	_, err := jobs.RunIfOverdue(ctx, w.app.store, retentionArgs{}.Kind(), retentionEvery, w.app.now(),
		func(ctx context.Context) error {
			_, err := w.app.enforceRetention(ctx)
			return err
		})
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

// registerRetention adds the worker and its daily schedule (checked at
// start too, so a long-stopped server catches up at once).
func (a *App) registerRetention() error {
	river.AddWorker(a.workers, &retentionWorker{app: a})
	return a.queue.ScheduleOverdue(retentionArgs{}.Kind(), retentionEvery, retentionArgs{})
}

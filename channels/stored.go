package channels

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/riverqueue/river"
)

// Inbound mail and Meta deliveries take the same path: stored in the
// database (once per key) before they are acknowledged, then answered by a
// River job unique per stored row; a periodic job re-enqueues rows whose
// job was lost and purges handled ones. StoredIntake is the shared half of
// that path; the store's Stale… and Purge… methods of each table fill it.
type StoredIntake struct {
	// What names the rows in errors ("inbound email").
	What string
	// Stale lists rows still waiting since before cutoff, oldest first.
	Stale func(ctx context.Context, cutoff time.Time, limit int) ([]int64, error)
	// Purge deletes rows handled before cutoff.
	Purge func(ctx context.Context, cutoff time.Time) (int64, error)
}

// Intervals of the maintenance job: a row waits a minute for its job
// before it is enqueued again; handled rows are kept a week, so a
// redelivery within it is recognised by its key.
const (
	ReconcileAfter = time.Minute
	RetainHandled  = 7 * 24 * time.Hour
	// staleBatch bounds one pass; the next pass takes the rest.
	staleBatch = 1000
)

// StoredJobOpts are the insert options of the job answering one stored row:
// unique by its arguments (the row id), so a re-enqueue of a row whose job
// is still queued adds nothing.
func StoredJobOpts(queue string) *river.InsertOpts {
	if queue == "" {
		queue = river.QueueDefault
	}
	return &river.InsertOpts{Queue: queue, MaxAttempts: 10, UniqueOpts: river.UniqueOpts{ByArgs: true}}
}

// Maintain re-enqueues the rows waiting longer than ReconcileAfter (their
// job was lost) and purges those handled more than RetainHandled ago.
func (si StoredIntake) Maintain(ctx context.Context, now time.Time, enqueue func(ctx context.Context, id int64) error) error {
	ids, err := si.Stale(ctx, now.Add(-ReconcileAfter), staleBatch)
	if err != nil {
		return err
	}
	for _, id := range ids {
		if err := enqueue(ctx, id); err != nil {
			return fmt.Errorf("re-enqueue %s %d: %w", si.What, id, err)
		}
	}
	_, err = si.Purge(ctx, now.Add(-RetainHandled))
	return err
}

// ProcessPending runs process on every row still waiting, oldest first
// (demo mode and tests without job workers), and returns every failure.
func (si StoredIntake) ProcessPending(ctx context.Context, now time.Time, process func(ctx context.Context, id int64) error) error {
	// An hour ahead: rows received a moment ago are pending too.
	ids, err := si.Stale(ctx, now.Add(time.Hour), staleBatch)
	if err != nil {
		return err
	}
	var errs []error
	for _, id := range ids {
		if err := process(ctx, id); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

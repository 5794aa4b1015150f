package webhooks

import (
	"context"
	"errors"
	"fmt"

	"github.com/riverqueue/river"

	"shopassist/db"
)

// EventArgs is the job that processes one stored webhook event.
type EventArgs struct {
	EventID int64 `json:"event_id"`
	// Replay distinguishes a replay's job from the event's earlier job,
	// which may still be finishing (River records the final state of a job
	// after Work returns) and would otherwise absorb the unique insert.
	Replay int64 `json:"replay,omitempty"`
}

// Kind implements river.JobArgs.
func (EventArgs) Kind() string { return "webhook_event" }

// ReconcileArgs is the periodic job that re-enqueues events whose job was lost.
type ReconcileArgs struct{}

// Kind implements river.JobArgs.
func (ReconcileArgs) Kind() string { return "webhook_reconcile" }

type eventWorker struct {
	river.WorkerDefaults[EventArgs]
	s *Service
}

// Work applies the event. A processing error is recorded on the event and
// returned so River retries with backoff; on the last attempt, or when the
// payload can never be processed, the event is marked failed and stays
// visible for Replay.
func (w *eventWorker) Work(ctx context.Context, job *river.Job[EventArgs]) error {
	status, err := w.s.Process(ctx, job.Args.EventID)
	if err == nil {
		if status != "" {
			w.s.metrics.processed.WithLabelValues(status).Inc()
		}
		return nil
	}
	var perm *permanentError
	final := errors.As(err, &perm) || job.Attempt >= job.MaxAttempts
	if rerr := w.s.store.RecordWebhookFailure(ctx, job.Args.EventID, err.Error(), final); rerr != nil {
		w.s.log.Error("record webhook failure", "event", job.Args.EventID, "err", rerr)
	}
	if final {
		w.s.metrics.processed.WithLabelValues(db.EventFailed).Inc()
		w.s.log.Warn("webhook event failed", "event", job.Args.EventID, "attempt", job.Attempt, "err", err)
	} else {
		w.s.metrics.processed.WithLabelValues("retry").Inc()
	}
	if perm != nil {
		return river.JobCancel(err)
	}
	return err
}

// Process applies one stored event and records the outcome in the same
// transaction as its effects. The event row is locked first (PostgreSQL) and
// only a "received" event is applied, so concurrent or repeated runs of the
// same job commit the effects once. It returns the status written
// ("processed" or "skipped"), or "" when there was nothing to do (already
// done, or the event was deleted by shop/redact).
func (s *Service) Process(ctx context.Context, id int64) (string, error) {
	var status string
	err := s.store.InTx(ctx, func(tx *db.Store) error {
		ev, err := tx.LockWebhookEvent(ctx, id)
		if errors.Is(err, db.ErrNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		if ev.Status != db.EventReceived {
			return nil
		}
		st, note := db.EventProcessed, ""
		if perr := s.dispatch(ctx, tx, ev); perr != nil {
			var skip *skipError
			if !errors.As(perr, &skip) {
				return perr
			}
			st, note = db.EventSkipped, skip.reason
		}
		err = tx.FinishWebhookEvent(ctx, id, st, note, s.now())
		if errors.Is(err, db.ErrNotFound) && ev.Topic == TopicShopRedact {
			// shop/redact deletes the shop's events, this one included.
			status = st
			return nil
		}
		if err != nil {
			return err
		}
		status = st
		return nil
	})
	if err != nil {
		return "", fmt.Errorf("process webhook event %d: %w", id, err)
	}
	return status, nil
}

type reconcileWorker struct {
	river.WorkerDefaults[ReconcileArgs]
	s *Service
}

// Work re-enqueues events left "received" for longer than ReconcileAfter.
func (w *reconcileWorker) Work(ctx context.Context, _ *river.Job[ReconcileArgs]) error {
	_, err := w.s.Reconcile(ctx)
	return err
}

// Reconcile enqueues a job for every event still "received" after
// ReconcileAfter: its job was lost if the process died between storing the
// event and enqueuing it. Jobs are unique per event, so events whose job is
// merely waiting are not enqueued twice. It returns how many events it saw.
func (s *Service) Reconcile(ctx context.Context) (int, error) {
	// One batch per run: events stay "received" until their job commits, so
	// a second query in the same run would return the same ids.
	ids, err := s.store.StaleWebhookEventIDs(ctx, s.now().Add(-s.cfg.ReconcileAfter), 1000)
	if err != nil || len(ids) == 0 {
		return 0, err
	}
	params := make([]river.InsertManyParams, len(ids))
	for i, id := range ids {
		params[i] = river.InsertManyParams{Args: EventArgs{EventID: id}, InsertOpts: s.insertOpts()}
	}
	if err := s.queue.EnqueueMany(ctx, params); err != nil {
		return 0, fmt.Errorf("reconcile webhook events: %w", err)
	}
	s.log.Info("reconciled webhook events", "count", len(ids))
	return len(ids), nil
}

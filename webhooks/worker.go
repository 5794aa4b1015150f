package webhooks

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/riverqueue/river"

	"shopassist/db"
)

// EventArgs is the job that processes one stored webhook event.
type EventArgs struct {
	EventID int64 `json:"event_id"`
	// Replay distinguishes a replay's job from the event's earlier job,
	// which may still be finishing (River records the final state of a job
	// after Work returns) and would otherwise absorb the unique insert; the
	// reconciler sets it too, for an event whose job a dead process left
	// running.
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

// EventJobTimeout bounds one run of an event job. Applying an event is a
// few statements in one transaction, so a run lasting longer is stuck; the
// reconciler treats a job still "running" past this (plus a margin) as
// orphaned by a dead process and gives the event a fresh job, rather than
// waiting for River's rescuer.
const EventJobTimeout = 10 * time.Second

// Timeout implements river.Worker: River cancels a run after it, and its
// rescuer honours it too.
func (w *eventWorker) Timeout(*river.Job[EventArgs]) time.Duration { return EventJobTimeout }

// Work applies the event (Apply); a permanent failure cancels the job so
// River does not retry what can never succeed.
func (w *eventWorker) Work(ctx context.Context, job *river.Job[EventArgs]) error {
	err := w.s.Apply(ctx, job.Args.EventID, job.Attempt >= job.MaxAttempts)
	var perm *permanentError
	if errors.As(err, &perm) {
		return river.JobCancel(err)
	}
	return err
}

// Apply processes one event and records the outcome: processed or skipped
// in the same transaction as its effects; on error, the attempt and its
// error text on the event, which is marked failed (visible in the admin,
// replayable) when lastAttempt is set or the payload can never be
// processed. The error returned keeps the chain (errors.As finds a
// permanent failure) but its text is cleaned of what PostgreSQL cannot
// store, since River writes it to the job row: an unstorable error text
// would fail River's completion batch and wedge every job in it.
func (s *Service) Apply(ctx context.Context, id int64, lastAttempt bool) error {
	status, err := s.Process(ctx, id)
	if err == nil {
		if status != "" {
			s.metrics.processed.WithLabelValues(status).Inc()
		}
		return nil
	}
	var perm *permanentError
	final := errors.As(err, &perm) || lastAttempt
	clean := &cleanError{msg: db.CleanText(err.Error()), err: err}
	// Recorded even when the run's context ended (job timeout, shutdown):
	// otherwise a run that always times out would never be marked failed.
	rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	if rerr := s.store.RecordWebhookFailure(rctx, id, clean.msg, final); rerr != nil {
		s.log.Error("record webhook failure", "event", id, "err", rerr)
	}
	if final {
		s.metrics.processed.WithLabelValues(db.EventFailed).Inc()
		s.log.Warn("webhook event failed", "event", id, "err", clean.msg)
	} else {
		s.metrics.processed.WithLabelValues("retry").Inc()
	}
	return clean
}

// cleanError is an error whose text is safe to store anywhere.
type cleanError struct {
	msg string
	err error
}

func (e *cleanError) Error() string { return e.msg }
func (e *cleanError) Unwrap() error { return e.err }

// Process applies one stored event and records the outcome in the same
// transaction as its effects. The event row is locked first (PostgreSQL) and
// only a "received" event is applied, so concurrent or repeated runs of the
// same job commit the effects once. It returns the status written
// ("processed" or "skipped"), or "" when there was nothing to do (already
// done, or the event was deleted by shop/redact).
func (s *Service) Process(ctx context.Context, id int64) (string, error) {
	var (
		status string
		after  []func(context.Context) error
	)
	err := s.store.InTx(ctx, func(tx *db.Store) error {
		after = nil
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
		if perr := s.safeDispatch(ctx, tx, ev, &after); perr != nil {
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
	if err := s.runAfterCommit(ctx, id, after); err != nil {
		return status, fmt.Errorf("process webhook event %d: after commit: %w", id, err)
	}
	return status, nil
}

// runAfterCommit runs the functions an event's processor left for after its
// transaction, logging each failure.
func (s *Service) runAfterCommit(ctx context.Context, id int64, fns []func(context.Context) error) error {
	var errs []error
	for _, fn := range fns {
		if err := fn(ctx); err != nil {
			s.log.ErrorContext(ctx, "webhook follow-up failed", "event", id, "err", err)
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
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
// event and enqueuing it. The events go into batch jobs (one job each for
// topics processed alone, as at intake), unique by their ids, so reconciling
// twice over the same events does not queue them twice. An event whose job
// is merely waiting may get a second one: whichever runs first applies it
// and the other finds it done. An event whose job a dead process left
// "running" would have its unique re-enqueue absorbed by that job until
// River's rescuer frees it (River requires "running" among the unique
// states), so such events get jobs with a fresh unique key at once; if the
// old job ever runs again it finds the event done. It returns how many
// events it enqueued.
func (s *Service) Reconcile(ctx context.Context) (int, error) {
	// One batch per run: events stay "received" until their job commits, so
	// a second query in the same run would return the same ids.
	refs, err := s.store.StaleWebhookEvents(ctx, s.now().Add(-s.cfg.ReconcileAfter), 1000)
	if err != nil || len(refs) == 0 {
		return 0, err
	}
	orphaned, err := s.orphanedEvents(ctx)
	if err != nil {
		return 0, err
	}
	var fresh, orphans []queuedEvent
	for _, r := range refs {
		e := queuedEvent{id: r.ID, topic: r.Topic}
		if orphaned[r.ID] {
			orphans = append(orphans, e)
		} else {
			fresh = append(fresh, e)
		}
	}
	params := append(s.jobsFor(fresh, 0, priorityReconcile, true),
		s.jobsFor(orphans, s.now().UnixNano(), priorityReconcile, true)...)
	if err := s.queue.EnqueueMany(ctx, params); err != nil {
		return 0, fmt.Errorf("reconcile webhook events: %w", err)
	}
	s.log.Info("reconciled webhook events", "count", len(refs), "orphaned", len(orphans))
	return len(refs), nil
}

// orphanedEvents are the events whose job has been "running" for longer
// than any live worker lets it run.
func (s *Service) orphanedEvents(ctx context.Context) (map[int64]bool, error) {
	cutoff := s.now().Add(-s.cfg.OrphanAfter)
	out := map[int64]bool{}
	for _, kind := range []string{EventArgs{}.Kind(), EventBatchArgs{}.Kind()} {
		jobs, err := s.queue.RunningJobs(ctx, kind)
		if err != nil {
			return nil, fmt.Errorf("reconcile webhook events: %w", err)
		}
		for _, j := range jobs {
			if j.AttemptedAt == nil || !j.AttemptedAt.Before(cutoff) {
				continue
			}
			// Both kinds decode into this shape; anything else is not
			// one of ours to judge.
			var args struct {
				EventID  int64   `json:"event_id"`
				EventIDs []int64 `json:"event_ids"`
			}
			if err := json.Unmarshal(j.EncodedArgs, &args); err != nil {
				continue
			}
			if args.EventID != 0 {
				out[args.EventID] = true
			}
			for _, id := range args.EventIDs {
				out[id] = true
			}
		}
	}
	return out, nil
}

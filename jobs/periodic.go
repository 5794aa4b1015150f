package jobs

import (
	"context"
	"fmt"
	"time"

	"github.com/riverqueue/river"

	"shopassist/db"
)

// Every is a job River's leader enqueues every Interval: the one place
// the periodic-job boilerplate lives.
type Every struct {
	// ID names the schedule (unique across the app's periodic jobs).
	ID string
	// Interval is the time between runs, and the uniqueness period of the
	// default insert options.
	Interval time.Duration
	// At, when set, fixes the run times instead of counting Interval from
	// when a process became leader (DailyAt for a nightly job); set
	// Interval to the period it repeats at.
	At river.PeriodicSchedule
	// Args is the job enqueued each time.
	Args river.JobArgs
	// RunOnStart also enqueues it when a process becomes leader.
	RunOnStart bool
	// Opts are the insert options; nil makes the job unique per Interval,
	// so a new leader's start-up run and a late tick do not both run.
	Opts *river.InsertOpts
}

// Schedule adds e to the queue's periodic jobs (a no-op on web-only
// replicas: the worker replicas schedule).
func (q *Queue) Schedule(e Every) error {
	opts := e.Opts
	if opts == nil {
		opts = &river.InsertOpts{UniqueOpts: river.UniqueOpts{ByPeriod: e.Interval}}
	}
	at := e.At
	if at == nil {
		at = river.PeriodicInterval(e.Interval)
	}
	args := e.Args
	job := river.NewPeriodicJob(at,
		func() (river.JobArgs, *river.InsertOpts) { return args, opts },
		&river.PeriodicJobOpts{ID: e.ID, RunOnStart: e.RunOnStart})
	if err := q.addPeriodic(job); err != nil {
		return fmt.Errorf("schedule %s: %w", e.ID, err)
	}
	return nil
}

// DailyAt is a schedule firing once a day at that hour:00 UTC (0-23).
type DailyAt int

// Next implements river.PeriodicSchedule.
func (h DailyAt) Next(t time.Time) time.Time {
	t = t.UTC()
	next := time.Date(t.Year(), t.Month(), t.Day(), int(h), 0, 0, 0, time.UTC)
	if !next.After(t) {
		next = next.AddDate(0, 0, 1)
	}
	return next
}

// OverdueCheck is how often ScheduleOverdue checks a job: often enough
// that an overdue job runs soon after a leadership change.
func OverdueCheck(every time.Duration) time.Duration {
	return min(max(every/12, time.Minute), 5*time.Minute)
}

// ScheduleOverdue schedules a job whose worker runs its work through
// RunIfOverdue: River's leader restarts a periodic interval whenever
// leadership changes, so a job scheduled every hour could never fire when
// leaders change more often; checking often and keeping the last run in the
// database makes it run once it is due, whoever leads.
func (q *Queue) ScheduleOverdue(id string, every time.Duration, args river.JobArgs) error {
	return q.Schedule(Every{ID: id, Interval: OverdueCheck(every), Args: args, RunOnStart: true})
}

// RunIfOverdue runs fn when the named job's last completed run is at least
// every before now (or it never ran), then records now as its last run. A
// failed run records nothing, so River's retry runs it again. Two
// processes may both run it in a leadership hand-over: fn must be
// idempotent, as every sweep is.
func RunIfOverdue(ctx context.Context, store *db.Store, name string, every time.Duration, now time.Time,
	fn func(context.Context) error) (ran bool, err error) {
	last, ok, err := store.LastPeriodicRun(ctx, name)
	if err != nil {
		return false, err
	}
	if ok && now.Sub(last) < every {
		return false, nil
	}
	if err := fn(ctx); err != nil {
		return true, err
	}
	return true, store.RecordPeriodicRun(ctx, name, now)
}

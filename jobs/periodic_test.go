package jobs_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"shopassist/db"
	"shopassist/db/dbtest"
	"shopassist/jobs"
)

// A periodic job checked often runs once per period whatever process
// checks it (the last run is in the database), and a failed run is not
// recorded, so the next check runs it again.
func TestRunIfOverdue(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		ctx := context.Background()
		t0 := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
		runs := 0
		work := func(context.Context) error { runs++; return nil }
		fail := func(context.Context) error { return errors.New("sweep failed") }
		for _, step := range []struct {
			name string
			at   time.Duration
			fn   func(context.Context) error
			ran  bool
			err  bool
		}{
			{"never ran: runs", 0, work, true, false},
			{"5 min later: not due", 5 * time.Minute, work, false, false},
			{"59 min later: not due", 59 * time.Minute, work, false, false},
			{"an hour later: due, but fails", time.Hour, fail, true, true},
			{"a failed run is retried", time.Hour + 5*time.Minute, work, true, false},
			{"then waits a period again", 2 * time.Hour, work, false, false},
			{"overdue after a long gap", 30 * time.Hour, work, true, false},
		} {
			ran, err := jobs.RunIfOverdue(ctx, store, "test_sweep", time.Hour, t0.Add(step.at), step.fn)
			if ran != step.ran || (err != nil) != step.err {
				t.Fatalf("%s: ran=%v err=%v", step.name, ran, err)
			}
		}
		if runs != 3 {
			t.Fatalf("work ran %d times, want 3", runs)
		}
	})
}

func TestOverdueCheckInterval(t *testing.T) {
	t.Parallel()
	for every, want := range map[time.Duration]time.Duration{
		time.Hour: 5 * time.Minute, 24 * time.Hour: 5 * time.Minute, 6 * time.Minute: time.Minute,
	} {
		if got := jobs.OverdueCheck(every); got != want {
			t.Errorf("OverdueCheck(%s) = %s, want %s", every, got, want)
		}
	}
}

func TestDailyAtSchedule(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		now  time.Time
		want time.Time
	}{
		{"before the hour", time.Date(2026, 11, 23, 2, 59, 0, 0, time.UTC), time.Date(2026, 11, 23, 3, 0, 0, 0, time.UTC)},
		{"exactly at the hour", time.Date(2026, 11, 23, 3, 0, 0, 0, time.UTC), time.Date(2026, 11, 24, 3, 0, 0, 0, time.UTC)},
		{"after the hour", time.Date(2026, 11, 23, 15, 0, 0, 0, time.UTC), time.Date(2026, 11, 24, 3, 0, 0, 0, time.UTC)},
		{"other time zone", time.Date(2026, 12, 31, 20, 0, 0, 0, time.FixedZone("X", -5*3600)), time.Date(2027, 1, 1, 3, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := jobs.DailyAt(3).Next(tt.now); !got.Equal(tt.want) {
				t.Fatalf("Next(%v) = %v, want %v", tt.now, got, tt.want)
			}
		})
	}
}

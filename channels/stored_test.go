package channels_test

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"shopassist/channels"
)

// fakeRows is a stored-row table: ids waiting since received.
type fakeRows struct {
	received   map[int64]time.Time
	staleErr   error
	staleAt    time.Time // the cutoff Stale was last asked for
	purgedAt   time.Time
	enqueued   []int64
	processed  []int64
	failOn     int64
	failWith   error
	staleLimit int
}

func (f *fakeRows) intake() channels.StoredIntake {
	return channels.StoredIntake{
		What: "test row",
		Stale: func(_ context.Context, cutoff time.Time, limit int) ([]int64, error) {
			f.staleAt, f.staleLimit = cutoff, limit
			if f.staleErr != nil {
				return nil, f.staleErr
			}
			var ids []int64
			for id, at := range f.received {
				if at.Before(cutoff) {
					ids = append(ids, id)
				}
			}
			slices.Sort(ids)
			return ids, nil
		},
		Purge: func(_ context.Context, cutoff time.Time) (int64, error) { f.purgedAt = cutoff; return 0, nil },
	}
}

func (f *fakeRows) do(list *[]int64) func(context.Context, int64) error {
	return func(_ context.Context, id int64) error {
		*list = append(*list, id)
		if id == f.failOn {
			return f.failWith
		}
		return nil
	}
}

func TestStoredIntakeMaintain(t *testing.T) {
	now := time.Date(2026, 12, 5, 12, 0, 0, 0, time.UTC)
	lost := errors.New("queue down")
	tests := []struct {
		name     string
		received map[int64]time.Time
		staleErr error
		failOn   int64
		enqueued []int64
		err      string // substring of the error; "" for none
		purged   bool
	}{
		{"re-enqueues only rows older than a minute", map[int64]time.Time{1: now.Add(-2 * time.Minute), 2: now.Add(-30 * time.Second), 3: now.Add(-time.Hour)},
			nil, 0, []int64{1, 3}, "", true},
		{"nothing waiting still purges", map[int64]time.Time{}, nil, 0, nil, "", true},
		{"an enqueue failure stops the pass and names the row", map[int64]time.Time{4: now.Add(-time.Hour), 5: now.Add(-time.Hour)},
			nil, 4, []int64{4}, "re-enqueue test row 4: queue down", false},
		{"a listing failure is returned", nil, lost, 0, nil, "queue down", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := &fakeRows{received: tt.received, staleErr: tt.staleErr, failOn: tt.failOn, failWith: lost}
			err := f.intake().Maintain(context.Background(), now, f.do(&f.enqueued))
			if (err == nil) != (tt.err == "") || err != nil && !strings.Contains(err.Error(), tt.err) {
				t.Fatalf("err = %v, want %q", err, tt.err)
			}
			if err != nil && !errors.Is(err, lost) {
				t.Errorf("err %v does not wrap the cause", err)
			}
			if !slices.Equal(f.enqueued, tt.enqueued) {
				t.Errorf("enqueued %v, want %v", f.enqueued, tt.enqueued)
			}
			if !f.staleAt.Equal(now.Add(-channels.ReconcileAfter)) {
				t.Errorf("stale cutoff %v, want %v", f.staleAt, now.Add(-channels.ReconcileAfter))
			}
			if purged := !f.purgedAt.IsZero(); purged != tt.purged || purged && !f.purgedAt.Equal(now.Add(-channels.RetainHandled)) {
				t.Errorf("purged before %v, want purge %v before %v", f.purgedAt, tt.purged, now.Add(-channels.RetainHandled))
			}
		})
	}
}

// ProcessPending takes rows received a moment ago too, and a failing row
// does not stop the others.
func TestStoredIntakeProcessPending(t *testing.T) {
	now := time.Date(2026, 12, 5, 12, 0, 0, 0, time.UTC)
	failed := errors.New("engine failed")
	f := &fakeRows{received: map[int64]time.Time{7: now, 8: now.Add(-time.Hour), 9: now.Add(-time.Second)}, failOn: 8, failWith: failed}
	err := f.intake().ProcessPending(context.Background(), now, f.do(&f.processed))
	if !errors.Is(err, failed) {
		t.Fatalf("err = %v, want the failure of row 8", err)
	}
	if want := []int64{7, 8, 9}; !slices.Equal(f.processed, want) {
		t.Fatalf("processed %v, want %v", f.processed, want)
	}
	if f.staleLimit <= 0 {
		t.Fatalf("Stale asked for %d rows", f.staleLimit)
	}
}

func TestStoredJobOpts(t *testing.T) {
	for _, tt := range []struct{ queue, want string }{{"", "default"}, {"channels", "channels"}} {
		o := channels.StoredJobOpts(tt.queue)
		if o.Queue != tt.want || !o.UniqueOpts.ByArgs || o.MaxAttempts != 10 {
			t.Errorf("StoredJobOpts(%q) = %+v", tt.queue, o)
		}
	}
}

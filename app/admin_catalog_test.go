package app

import (
	"context"
	"testing"
	"time"

	"shopassist/catalog"
	"shopassist/db"
)

func TestSyncView(t *testing.T) {
	t0 := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	t1 := t0.Add(time.Hour)
	t2 := t1.Add(time.Hour)
	for _, tc := range []struct {
		name                                string
		st                                  catalog.Status
		state, lastError, started, finished string
		done, total                         int
	}{
		{"never synced", catalog.Status{}, "idle", "", "", "", 0, 0},
		{"succeeded", catalog.Status{Last: &db.SyncRun{Status: db.SyncSucceeded, LastError: "old", StartedAt: &t0, FinishedAt: &t1}},
			db.SyncSucceeded, "", "Mar 1, 2026, 10:00 am", "Mar 1, 2026, 11:00 am", 0, 0},
		{"failed", catalog.Status{Last: &db.SyncRun{Status: db.SyncFailed, LastError: "429", StartedAt: &t0, FinishedAt: &t1}},
			db.SyncFailed, "429", "Mar 1, 2026, 10:00 am", "Mar 1, 2026, 11:00 am", 0, 0},
		{"running after a run of 40", catalog.Status{
			Last:    &db.SyncRun{Status: db.SyncSucceeded, Products: 40, StartedAt: &t0, FinishedAt: &t1},
			Current: &db.SyncRun{Status: db.SyncRunning, Products: 10, StartedAt: &t2}},
			db.SyncRunning, "", "Mar 1, 2026, 12:00 pm", "Mar 1, 2026, 11:00 am", 10, 40},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := syncView(context.Background(), &tc.st, 7, time.UTC)
			if v.State != tc.state || v.LastError != tc.lastError || v.Started != tc.started || v.Finished != tc.finished ||
				v.Done != tc.done || v.Total != tc.total || v.Products != 7 {
				t.Errorf("view = %+v", v)
			}
		})
	}
}

package catalog_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"shopassist/catalog"
	"shopassist/db"
	"shopassist/db/dbtest"
	"shopassist/shopify"
)

// A sync that cannot start or cannot reach Shopify returns an error the
// job queue can classify (errors.Is / errors.As through the wrapping), and
// records the failure on the run so the admin shows it.
func TestSyncFailuresAreWrappedAndRecorded(t *testing.T) {
	tests := []struct {
		name  string
		shop  string
		setup func(e *env)
		// is/as classify the returned error.
		check func(t *testing.T, err error)
		// run is the recorded run's expected status ("" when no run
		// may exist at all).
		run     string
		errText string
	}{
		{
			name: "unknown shop", shop: "nobody.myshopify.com",
			check: func(t *testing.T, err error) {
				if !errors.Is(err, db.ErrNotFound) {
					t.Fatalf("err = %v, want db.ErrNotFound", err)
				}
			},
		},
		{
			name: "no access token", shop: shopDomain,
			setup: func(e *env) { delete(e.tokens, shopDomain) },
			check: func(t *testing.T, err error) {
				if !errors.Is(err, db.ErrNotFound) {
					t.Fatalf("err = %v, want the token source's db.ErrNotFound", err)
				}
			},
			run: db.SyncFailed, errText: "access token",
		},
		{
			name: "revoked token", shop: shopDomain,
			setup: func(e *env) { e.tokens[shopDomain] = "shpat_revoked" },
			check: func(t *testing.T, err error) {
				if !shopify.IsUnauthorized(err) {
					t.Fatalf("err = %v, want a 401 the job queue cancels on", err)
				}
			},
			run: db.SyncFailed, errText: "locales",
		},
		{
			name: "shopify down", shop: shopDomain,
			setup: func(e *env) { e.admin.FailNext(50, 503) },
			check: func(t *testing.T, err error) {
				var ae *shopify.APIError
				if !errors.As(err, &ae) || ae.Status != 503 {
					t.Fatalf("err = %v, want the 503 APIError", err)
				}
			},
			run: db.SyncFailed, errText: "shop locales",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dbtest.Each(t, func(t *testing.T, store *db.Store) {
				ctx := t.Context()
				e := newEnv(t, store, 5, catalog.SyncOptions{})
				if tt.setup != nil {
					tt.setup(e)
				}
				_, err := e.syncer.Sync(ctx, tt.shop)
				if err == nil {
					t.Fatal("sync succeeded")
				}
				tt.check(t, err)
				if !strings.Contains(err.Error(), tt.shop) {
					t.Errorf("err %q does not name the shop", err)
				}
				runs, lerr := store.ListSyncRuns(ctx, e.shop.ID, 10)
				if lerr != nil {
					t.Fatal(lerr)
				}
				if tt.run == "" {
					if len(runs) != 0 {
						t.Fatalf("runs = %+v, want none", runs)
					}
					return
				}
				if len(runs) != 1 || runs[0].Status != tt.run || !strings.Contains(runs[0].LastError, tt.errText) ||
					runs[0].FinishedAt == nil {
					t.Fatalf("runs = %+v, want one %s run whose error mentions %q", runs, tt.run, tt.errText)
				}
				if n, _ := store.CountProducts(ctx, e.shop.ID); n != 0 {
					t.Fatalf("%d products stored by a failed sync", n)
				}
			})
		})
	}
}

// The cursor is the run's resume state. One that cannot be read restarts
// the run from the top (every phase is idempotent); a phase this version
// does not know is an error, not a silent success; "done" finishes at once.
func TestSyncCursorStates(t *testing.T) {
	tests := []struct {
		name, phase, cursor string
		wantErr             string
		wantProducts        int64
	}{
		{"unreadable cursor restarts", "products", `{"phase":`, "", 12},
		{"empty object starts at the top", "", `{}`, "", 12},
		{"unknown phase fails", "reticulating", `{"phase":"reticulating"}`, `unknown sync phase "reticulating"`, 0},
		{"done finishes without work", "done", `{"phase":"done"}`, "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dbtest.Each(t, func(t *testing.T, store *db.Store) {
				ctx := t.Context()
				e := newEnv(t, store, 12, catalog.SyncOptions{})
				queued, err := store.CreateSyncRun(ctx, e.shop.ID, db.SyncFull)
				if err != nil {
					t.Fatal(err)
				}
				if err := store.SaveSyncProgress(ctx, queued.ID, tt.phase, "", tt.cursor, db.SyncCounts{}); err != nil {
					t.Fatal(err)
				}
				run, err := e.syncer.Sync(ctx, shopDomain)
				if tt.wantErr != "" {
					if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
						t.Fatalf("err = %v, want %q", err, tt.wantErr)
					}
					if run == nil || run.ID != queued.ID || run.Status != db.SyncFailed {
						t.Fatalf("run = %+v, want the queued run failed", run)
					}
				} else if err != nil {
					t.Fatal(err)
				} else if run.ID != queued.ID || run.Status != db.SyncSucceeded {
					t.Fatalf("run = %+v, want the queued run %d succeeded", run, queued.ID)
				}
				if n, _ := store.CountProducts(ctx, e.shop.ID); n != tt.wantProducts {
					t.Fatalf("%d products stored, want %d", n, tt.wantProducts)
				}
			})
		})
	}
}

// An interrupted run is resumed only within a day of its start. Older ones
// are left behind: a stale running run is closed as abandoned, a stale
// failed one stays as it was, and a new run does the work.
func TestStaleRunsAreNotResumed(t *testing.T) {
	tests := []struct {
		name       string
		status     string
		age        time.Duration
		resumed    bool
		oldStatus  string
		oldErrText string
	}{
		{"recent failure resumes", db.SyncFailed, time.Hour, true, db.SyncSucceeded, ""},
		{"recent crash resumes", db.SyncRunning, time.Hour, true, db.SyncSucceeded, ""},
		{"old failure is left", db.SyncFailed, 25 * time.Hour, false, db.SyncFailed, "boom"},
		{"old crash is abandoned", db.SyncRunning, 25 * time.Hour, false, db.SyncFailed, "abandoned"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dbtest.Each(t, func(t *testing.T, store *db.Store) {
				ctx := t.Context()
				e := newEnv(t, store, 30, catalog.SyncOptions{PageSize: 10})
				old := interruptedRun(t, store, e.shop.ID, tt.status, tt.age)

				run := e.sync(t)
				if got := run.ID == old.ID; got != tt.resumed {
					t.Fatalf("resumed = %v (run %d, old %d), want %v", got, run.ID, old.ID, tt.resumed)
				}
				if tt.resumed && run.Attempts != 2 {
					t.Fatalf("resumed run attempts = %d, want 2", run.Attempts)
				}
				runs, err := store.ListSyncRuns(ctx, e.shop.ID, 10)
				if err != nil {
					t.Fatal(err)
				}
				var got *db.SyncRun
				for i := range runs {
					if runs[i].ID == old.ID {
						got = &runs[i]
					}
				}
				if got == nil || got.Status != tt.oldStatus || !strings.Contains(got.LastError, tt.oldErrText) {
					t.Fatalf("old run = %+v, want %s with %q", got, tt.oldStatus, tt.oldErrText)
				}
				if n, _ := store.CountProducts(ctx, e.shop.ID); n != 30 {
					t.Fatalf("%d products after the sync, want 30", n)
				}
			})
		})
	}
}

// interruptedRun leaves a run of shop in status that started age ago,
// mid-way through the products phase.
func interruptedRun(t *testing.T, store *db.Store, shopID int64, status string, age time.Duration) *db.SyncRun {
	t.Helper()
	ctx := t.Context()
	r, err := store.CreateSyncRun(ctx, shopID, db.SyncFull)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := store.StartSyncRun(ctx, r.ID); err != nil {
		t.Fatal(err)
	}
	if err := store.SaveSyncProgress(ctx, r.ID, "locales", "", `{"phase":"locales"}`, db.SyncCounts{}); err != nil {
		t.Fatal(err)
	}
	if status == db.SyncFailed {
		if err := store.FinishSyncRun(ctx, r.ID, "boom"); err != nil {
			t.Fatal(err)
		}
	}
	started := time.Now().UTC().Add(-age)
	q := "UPDATE sync_runs SET started_at = $1 WHERE id = $2"
	if store.Dialect() == db.SQLite {
		q = "UPDATE sync_runs SET started_at = ? WHERE id = ?"
	}
	if _, err := store.SQLDB().ExecContext(ctx, q, started, r.ID); err != nil {
		t.Fatal(err)
	}
	return r
}

// The admin's one-line summary follows the run through its states.
func TestStatusMessages(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		ctx := t.Context()
		e := newEnv(t, store, 10, catalog.SyncOptions{})
		svc, _ := newService(t, e, false)

		// A run in progress shows its live counters.
		r, err := store.CreateSyncRun(ctx, e.shop.ID, db.SyncFull)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := store.StartSyncRun(ctx, r.ID); err != nil {
			t.Fatal(err)
		}
		if err := store.SaveSyncProgress(ctx, r.ID, "translations", catalog.ModePaged, `{"phase":"translations"}`,
			db.SyncCounts{Products: 7, Translations: 3}); err != nil {
			t.Fatal(err)
		}
		st, err := svc.Status(ctx, shopDomain)
		if err != nil {
			t.Fatal(err)
		}
		if want := "Syncing (translations): 7 products, 3 translations so far."; st.Message != want || st.Current == nil || st.Last != nil {
			t.Fatalf("running: %q (current %v, last %v), want %q", st.Message, st.Current, st.Last, want)
		}

		// A failure names the phase and the error.
		if err := store.FinishSyncRun(ctx, r.ID, "products: shopify said no"); err != nil {
			t.Fatal(err)
		}
		st, err = svc.Status(ctx, shopDomain)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(st.Message, "Last sync failed at ") || !strings.HasSuffix(st.Message, "during translations: products: shopify said no") ||
			st.Current != nil || st.Last == nil || st.Last.ID != r.ID {
			t.Fatalf("failed: %q (current %v, last %+v)", st.Message, st.Current, st.Last)
		}

		// The retry resumes the failed run from its phase (translations:
		// products are not re-read) and keeps the counters of the first
		// attempt, so the summary reports the run as a whole.
		run := e.sync(t)
		if run.ID != r.ID {
			t.Fatalf("the recent failed run was not resumed: %d vs %d", run.ID, r.ID)
		}
		st, err = svc.Status(ctx, shopDomain)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(st.Message, "Last sync succeeded at ") || !strings.Contains(st.Message, ": 7 products (0 updated, 0 removed), ") ||
			st.Current != nil || st.Last == nil || st.Last.ID != r.ID || st.Last.Status != db.SyncSucceeded {
			t.Fatalf("succeeded: %q (current %v, last %+v)", st.Message, st.Current, st.Last)
		}

		if _, err := svc.Status(ctx, "nobody.myshopify.com"); !errors.Is(err, db.ErrNotFound) {
			t.Fatalf("status of an unknown shop: %v, want db.ErrNotFound", err)
		}
		if _, err := svc.RequestSync(ctx, "nobody.myshopify.com"); !errors.Is(err, db.ErrNotFound) {
			t.Fatalf("sync request for an unknown shop: %v, want db.ErrNotFound", err)
		}
	})
}

// RequestSync shows a queued row at once, except when a recently
// interrupted run is waiting to be resumed: then the job resumes that run
// and no second row appears.
func TestRequestSyncKeepsResumableRun(t *testing.T) {
	tests := []struct {
		name    string
		age     time.Duration
		newRows int
	}{
		{"recent failure is resumed by the job", time.Hour, 0},
		{"stale failure gets a new queued run", 25 * time.Hour, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			store := dbtest.OpenSQLite(t)
			ctx := t.Context()
			e := newEnv(t, store, 3, catalog.SyncOptions{})
			svc, _ := newService(t, e, false)
			interruptedRun(t, store, e.shop.ID, db.SyncFailed, tt.age)
			if _, err := svc.RequestSync(ctx, shopDomain); err != nil {
				t.Fatal(err)
			}
			runs, err := store.ListSyncRuns(ctx, e.shop.ID, 10)
			if err != nil {
				t.Fatal(err)
			}
			if got := len(runs) - 1; got != tt.newRows {
				t.Fatalf("new runs = %d, want %d (%+v)", got, tt.newRows, runs)
			}
			if tt.newRows == 1 && runs[0].Status != db.SyncQueued {
				t.Fatalf("new run = %+v, want queued", runs[0])
			}
		})
	}
}

// With the database gone, every entry point returns an error naming what
// it was doing; none panics.
func TestDatabaseGone(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		ctx := t.Context()
		e := newEnv(t, store, 3, catalog.SyncOptions{})
		svc, _ := newService(t, e, false)
		if err := store.Close(); err != nil {
			t.Fatal(err)
		}
		calls := map[string]func() error{
			"sync": func() error { _, err := e.syncer.Sync(ctx, shopDomain); return err },
			"refresh documents": func() error {
				_, err := e.syncer.RefreshDocuments(ctx, shopDomain)
				return err
			},
			"refresh inventory": func() error {
				_, err := e.syncer.RefreshInventoryItem(ctx, shopDomain, 1)
				return err
			},
			"refresh collection": func() error {
				_, err := e.syncer.RefreshCollection(ctx, shopDomain, 1)
				return err
			},
			"status":       func() error { _, err := svc.Status(ctx, shopDomain); return err },
			"request sync": func() error { _, err := svc.RequestSync(ctx, shopDomain); return err },
		}
		for name, call := range calls {
			err := call()
			if err == nil {
				t.Errorf("%s succeeded on a closed database", name)
				continue
			}
			if errors.Is(err, db.ErrNotFound) {
				t.Errorf("%s: %v reads as not found, which would cancel the job instead of retrying", name, err)
			}
			if !strings.Contains(err.Error(), shopDomain) {
				t.Errorf("%s: %q does not say which shop", name, err)
			}
		}
	})
}

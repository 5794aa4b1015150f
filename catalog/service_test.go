package catalog_test

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/riverqueue/river"

	"shopassist/catalog"
	"shopassist/db"
	"shopassist/db/dbtest"
	"shopassist/jobs"
)

// newService builds the service on a River queue with its workers.
func newService(t *testing.T, e *env, demo bool) (*catalog.Service, *jobs.Queue) {
	t.Helper()
	ctx := t.Context()
	if err := jobs.Migrate(ctx, e.store); err != nil {
		t.Fatal(err)
	}
	workers := river.NewWorkers()
	q, err := jobs.New(ctx, e.store, jobs.Config{Workers: workers, RetryPolicy: jobs.FastRetry{},
		FetchPollInterval: 100 * time.Millisecond, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	client := e.admin.Client()
	client.Sleep = e.clk.Sleep
	svc := catalog.NewService(e.store, q, client, e.tokens, catalog.Options{Demo: demo,
		Sync: catalog.SyncOptions{Sleep: e.clk.Sleep}, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err := svc.Register(workers); err != nil {
		t.Fatal(err)
	}
	return svc, q
}

// waitFor waits for n completed jobs of kind.
func waitFor(t *testing.T, events <-chan *river.Event, kind string, n int) {
	t.Helper()
	timeout := time.After(30 * time.Second)
	for n > 0 {
		select {
		case ev := <-events:
			if ev.Job.Kind != kind {
				continue
			}
			if ev.Kind != river.EventKindJobCompleted {
				t.Fatalf("job %s ended %s: %v", kind, ev.Kind, ev.Job.Errors)
			}
			n--
		case <-timeout:
			t.Fatalf("timed out waiting for %s", kind)
		}
	}
}

func TestServiceRequestSyncRunsOncePerShop(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		ctx := t.Context()
		e := newEnv(t, store, 40, catalog.SyncOptions{})
		svc, q := newService(t, e, false)

		st, err := svc.Status(ctx, shopDomain)
		if err != nil || st.Message != "Never synced." || st.Current != nil || st.Last != nil {
			t.Fatalf("status before any sync = %+v, %v", st, err)
		}
		id1, err := svc.RequestSync(ctx, shopDomain)
		if err != nil {
			t.Fatal(err)
		}
		// Install hook and the admin's button while one is queued: same job.
		if err := svc.OnInstall(ctx, e.shop); err != nil {
			t.Fatal(err)
		}
		id2, err := svc.RequestSync(ctx, shopDomain)
		if err != nil || id2 != id1 {
			t.Fatalf("second request = job %d (%v), want the queued job %d", id2, err, id1)
		}
		st, err = svc.Status(ctx, shopDomain)
		if err != nil || st.Current == nil || st.Current.Status != db.SyncQueued || st.Message != "Sync queued." {
			t.Fatalf("status while queued = %+v, %v", st, err)
		}
		runs, err := store.ListSyncRuns(ctx, e.shop.ID, 10)
		if err != nil || len(runs) != 1 {
			t.Fatalf("runs = %d, %v; want one queued run", len(runs), err)
		}

		events, stop := q.Subscribe(river.EventKindJobCompleted, river.EventKindJobFailed)
		defer stop()
		if err := q.Start(ctx); err != nil {
			t.Fatal(err)
		}
		defer q.Stop(context.Background())
		waitFor(t, events, catalog.SyncArgs{}.Kind(), 1)

		st, err = svc.Status(ctx, shopDomain)
		if err != nil {
			t.Fatal(err)
		}
		if st.Current != nil || st.Last == nil || st.Last.Status != db.SyncSucceeded || st.Last.ID != runs[0].ID ||
			st.Products != 40 || !strings.HasPrefix(st.Message, "Last sync succeeded") {
			t.Fatalf("status after sync = %+v (last %+v)", st, st.Last)
		}

		// The nightly job queues a sync of every installed shop.
		if _, err := store.SaveInstall(ctx, shopDomain, db.ShopTokens{AccessTokenEnc: []byte("sealed")}); err != nil {
			t.Fatal(err)
		}
		if _, err := q.Enqueue(ctx, catalog.NightlyArgs{}, nil); err != nil {
			t.Fatal(err)
		}
		waitFor(t, events, catalog.SyncArgs{}.Kind(), 1)
		runs, err = store.ListSyncRuns(ctx, e.shop.ID, 10)
		if err != nil || len(runs) != 2 || runs[0].Status != db.SyncSucceeded || runs[0].ProductsWritten != 0 {
			t.Fatalf("runs after nightly = %+v, %v", runs, err)
		}
	})
}

func TestServiceDemoMode(t *testing.T) {
	store := dbtest.OpenSQLite(t)
	e := newEnv(t, store, 0, catalog.SyncOptions{})
	svc, _ := newService(t, e, true)
	if _, err := svc.RequestSync(t.Context(), shopDomain); !errors.Is(err, catalog.ErrDemoMode) {
		t.Fatalf("RequestSync in demo mode: %v", err)
	}
	st, err := svc.Status(t.Context(), shopDomain)
	if err != nil || !st.Demo || !strings.HasPrefix(st.Message, "Demo mode") {
		t.Fatalf("demo status = %+v, %v", st, err)
	}
}

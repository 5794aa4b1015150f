package webhooks_test

import (
	"context"
	"sync/atomic"
	"testing"
	"time"

	"github.com/riverqueue/river"

	"shopassist/db"
	"shopassist/db/dbtest"
	"shopassist/webhooks"
)

// A process killed while working an event leaves its job "running"; the
// unique insert of the reconciler would be absorbed by that job until
// River's rescuer frees it (minutes). The reconciler sees the job outlived
// any live worker and gives the event a new job at once.
func TestReconcileRescuesEventsOfADeadWorker(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		ctx := context.Background()
		// The service's clock runs two hours ahead only once the dead job
		// is in place: before that, the periodic reconciler (it runs on
		// start) finds no stale event, and cannot rescue it first and leave
		// the call below nothing to do.
		var ahead atomic.Int64
		e := newTestEnv(t, store, envOptions{workers: true, cfg: webhooks.Config{ReconcileAfter: time.Hour,
			ReconcileEvery: time.Hour, OrphanAfter: time.Second,
			Now: func() time.Time { return time.Now().Add(time.Duration(ahead.Load())) }}})
		e.enq.drop.Store(true)
		id := e.deliver(t, "orders/create", fixture(t, "orders_create.json"))
		e.enq.drop.Store(false)
		// The dead process's job: same unique key, on a queue nobody works,
		// left running since a minute ago.
		jobID, err := e.queue.Enqueue(ctx, webhooks.EventArgs{EventID: id},
			&river.InsertOpts{Queue: "dead_replica", UniqueOpts: river.UniqueOpts{ByArgs: true}})
		if err != nil {
			t.Fatal(err)
		}
		ago := "now() - interval '1 minute'"
		if store.Dialect() == db.SQLite {
			ago = "datetime('now', '-1 minute')"
		}
		if err := store.SQLDB().QueryRowContext(ctx, "UPDATE river_job SET state = 'running', attempt = 1, attempted_at = "+
			ago+" WHERE id = $1 RETURNING id", jobID).Scan(&jobID); err != nil {
			t.Fatal(err)
		}
		if n, err := e.svc.Reconcile(ctx); err != nil || n != 0 {
			t.Fatalf("reconcile before the event is stale: %d %v", n, err)
		}
		ahead.Store(int64(2 * time.Hour))
		if n, err := e.svc.Reconcile(ctx); err != nil || n != 1 {
			t.Fatalf("reconcile: %d %v", n, err)
		}
		e.waitStatus(t, id, db.EventProcessed)
	})
}

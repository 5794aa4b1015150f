// Command soak is the crash-recovery soak test of the webhook path: it runs
// the app as a subprocess against PostgreSQL, sends signed orders/create
// webhooks from concurrent clients (retrying unacknowledged deliveries as
// Shopify does), kills the app with SIGKILL mid-stream, restarts it and
// waits until every event is done. It prints lost, duplicated and the
// time-to-processed of the stragglers (events received before the kill and
// processed after it), split by what their job was at the kill: running
// (left "running" by the dead process), lost (never enqueued: the batcher
// held it) or waiting. Finally it stops the app with SIGTERM and reports
// the drain. Exit status 1 when anything was lost or applied twice.
//
//	go run ./bench/soak -db 'postgres://postgres@127.0.0.1:5432/test?sslmode=disable' -n 4000 -c 16
//
// Run it from the repository root (it builds the app with `go build`). It
// works in a throwaway schema (dropped at the end unless -keep) and only
// talks to 127.0.0.1.
package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"shopassist/bench/internal/apprun"
	"shopassist/db"
	"shopassist/internal/pgschema"
	"shopassist/jobs"
	"shopassist/webhooks"
)

const (
	secret = "soak-webhook-secret"
	shop   = "soak.myshopify.com"
)

type options struct {
	dbURL   string
	n, c    int
	killAt  float64
	down    time.Duration
	timeout time.Duration
	workers int
	keep    bool
}

func main() {
	var o options
	flag.StringVar(&o.dbURL, "db", os.Getenv("TEST_DATABASE_URL"), "PostgreSQL URL (a throwaway schema is used)")
	flag.IntVar(&o.n, "n", 4000, "webhooks to send")
	flag.IntVar(&o.c, "c", 16, "concurrent senders")
	flag.Float64Var(&o.killAt, "kill-at", 0.5, "kill the app after this fraction of webhooks was acknowledged")
	flag.DurationVar(&o.down, "down", time.Second, "how long the app stays dead")
	flag.DurationVar(&o.timeout, "timeout", 5*time.Minute, "give up waiting for processing after this")
	flag.IntVar(&o.workers, "workers", 4, "WEBHOOK_WORKERS of the app")
	flag.BoolVar(&o.keep, "keep", false, "keep the schema")
	flag.Parse()
	if err := run(context.Background(), o); err != nil {
		fmt.Fprintln(os.Stderr, "soak:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, o options) error {
	if o.dbURL == "" {
		return errors.New("-db is required")
	}
	schemaURL, drop, err := pgschema.Throwaway(o.dbURL, "soak")
	if err != nil {
		return err
	}
	if !o.keep {
		defer drop()
	}
	store, err := db.Open(ctx, db.Options{URL: schemaURL})
	if err != nil {
		return err
	}
	defer store.Close()
	if err := store.Migrate(ctx); err != nil {
		return err
	}
	if err := jobs.Migrate(ctx, store); err != nil {
		return err
	}
	if _, err := store.SaveInstall(ctx, shop, db.ShopTokens{AccessTokenEnc: []byte("sealed"), Scopes: "read_orders"}); err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "soak")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	bin, err := apprun.Build(dir)
	if err != nil {
		return err
	}
	key := make([]byte, 32)
	_, _ = rand.Read(key)
	p, err := apprun.New(bin, filepath.Join(dir, "app.log"), "SHOPIFY_API_KEY=soak", "SHOPIFY_API_SECRET="+secret,
		"APP_URL=http://127.0.0.1", "DATABASE_URL="+schemaURL, "ENCRYPTION_KEY="+hex.EncodeToString(key),
		"LOG_LEVEL=warn", "WEBHOOK_WORKERS="+strconv.Itoa(o.workers), "DATA_DIR="+dir)
	if err != nil {
		return err
	}
	if err := p.Start(); err != nil {
		return err
	}
	body, err := os.ReadFile(filepath.Join("webhooks", "testdata", "orders_create.json"))
	if err != nil {
		return err
	}
	var order map[string]any
	if err := json.Unmarshal(body, &order); err != nil {
		return err
	}

	bodies := make([][]byte, o.n)
	for i := range bodies {
		bodies[i] = orderBody(order, i)
	}
	// Senders: every webhook is retried until acknowledged, like Shopify.
	killAt := int64(float64(o.n) * o.killAt)
	var acked atomic.Int64
	killNow := make(chan struct{})
	var killOnce sync.Once
	next := make(chan int)
	go func() {
		for i := range o.n {
			next <- i
		}
		close(next)
	}()
	client := &http.Client{Timeout: 10 * time.Second}
	deadline := time.Now().Add(o.timeout)
	var wg sync.WaitGroup
	var sendErr atomic.Value
	for range o.c {
		wg.Go(func() {
			for i := range next {
				b := bodies[i]
				for {
					if time.Now().After(deadline) {
						sendErr.Store(fmt.Errorf("webhook %d never acknowledged", i))
						return
					}
					if post(client, p.Base, i, b) {
						break
					}
					time.Sleep(100 * time.Millisecond)
				}
				if acked.Add(1) == killAt {
					killOnce.Do(func() { close(killNow) })
				}
			}
		})
	}

	<-killNow
	killedAt := time.Now()
	if err := p.Kill(); err != nil {
		return err
	}
	running, lost, err := snapshot(ctx, store)
	if err != nil {
		return err
	}
	fmt.Printf("killed (SIGKILL) after %d acks: %d events had a running job, %d had no job\n", killAt, len(running),
		len(lost))
	time.Sleep(o.down)
	restartAt := time.Now()
	if err := p.Start(); err != nil {
		return err
	}
	readyAt := time.Now()
	fmt.Printf("restarted: ready %.1fs after the restart\n", readyAt.Sub(restartAt).Seconds())
	wg.Wait()
	if err, _ := sendErr.Load().(error); err != nil {
		return err
	}
	sentDone := time.Now()
	if err := apprun.WaitProcessed(ctx, store, o.n, deadline); err != nil {
		return err
	}
	fmt.Printf("all %d webhooks acknowledged; queue drained %.1fs after the last ack\n", o.n, time.Since(sentDone).Seconds())

	failed := report(ctx, store, o.n, killedAt, readyAt, running, lost)

	// Graceful stop with a backlog: SIGTERM must let running jobs finish,
	// not cancel them; what is still queued runs after the restart.
	extra := o.n / 5
	var wg2 sync.WaitGroup
	for w := range o.c {
		wg2.Go(func() {
			for i := o.n + w; i < o.n+extra; i += o.c {
				for !post(client, p.Base, i, orderBody(copyMap(order), i)) {
					time.Sleep(100 * time.Millisecond)
				}
			}
		})
	}
	wg2.Wait()
	stopStart := time.Now()
	code, err := p.Term(60 * time.Second)
	if err != nil {
		return err
	}
	var left, cancelled int
	_ = store.SQLDB().QueryRowContext(ctx, `SELECT COUNT(*) FROM webhook_events WHERE status = 'received'`).Scan(&left)
	_ = store.SQLDB().QueryRowContext(ctx, `SELECT COUNT(*) FROM river_job WHERE kind IN ('webhook_event', 'webhook_event_batch')
		AND errors::text LIKE '%context canceled%'`).Scan(&cancelled)
	fmt.Printf("SIGTERM with %d more webhooks just acknowledged: exit %d after %.2fs; %d events left queued, %d jobs failed with context canceled\n",
		extra, code, time.Since(stopStart).Seconds(), left, cancelled)
	if err := p.Start(); err != nil {
		return err
	}
	if err := apprun.WaitProcessed(ctx, store, o.n+extra, time.Now().Add(o.timeout)); err != nil {
		return err
	}
	var processed int
	_ = store.SQLDB().QueryRowContext(ctx, `SELECT COUNT(*) FROM webhook_events WHERE status = 'processed'`).Scan(&processed)
	fmt.Printf("after a restart: %d of %d processed\n", processed, o.n+extra)
	if _, err := p.Term(60 * time.Second); err != nil {
		return err
	}
	if failed || processed != o.n+extra || cancelled != 0 {
		return errors.New("events lost, applied twice or cancelled")
	}
	return nil
}

func copyMap(m map[string]any) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

func orderBody(order map[string]any, i int) []byte {
	order["id"] = 900000000 + i
	order["order_number"] = 100000 + i
	order["name"] = "#" + strconv.Itoa(100000+i)
	b, _ := json.Marshal(order)
	return b
}

// snapshot records, right after the kill, which received events had a
// running job and which had none at all.
func snapshot(ctx context.Context, store *db.Store) (running, lost map[int64]bool, err error) {
	q := func(query string) (map[int64]bool, error) {
		rows, err := store.SQLDB().QueryContext(ctx, query)
		if err != nil {
			return nil, err
		}
		defer rows.Close()
		out := map[int64]bool{}
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				return nil, err
			}
			out[id] = true
		}
		return out, rows.Err()
	}
	// An event's job is a single-event job (args.event_id) or a batch job
	// (args.event_ids) since issue 21.
	running, err = q(`SELECT (args->>'event_id')::bigint FROM river_job WHERE kind = 'webhook_event' AND state = 'running'
		UNION SELECT jsonb_array_elements_text(args->'event_ids')::bigint FROM river_job
		WHERE kind = 'webhook_event_batch' AND state = 'running'`)
	if err != nil {
		return nil, nil, fmt.Errorf("snapshot running: %w", err)
	}
	lost, err = q(`SELECT e.id FROM webhook_events e WHERE e.status = 'received' AND NOT EXISTS (
		SELECT 1 FROM river_job j WHERE (j.kind = 'webhook_event' AND j.args @> jsonb_build_object('event_id', e.id))
			OR (j.kind = 'webhook_event_batch' AND j.args->'event_ids' @> to_jsonb(e.id)))`)
	if err != nil {
		return nil, nil, fmt.Errorf("snapshot lost: %w", err)
	}
	return running, lost, nil
}

// report prints the outcome and says whether anything was lost or doubled.
func report(ctx context.Context, store *db.Store, n int, killedAt, readyAt time.Time, running, lost map[int64]bool) bool {
	var stored, processed, failed, orders, distinctOrders, reapplied int
	sqlDB := store.SQLDB()
	_ = sqlDB.QueryRowContext(ctx, `SELECT COUNT(*), COUNT(*) FILTER (WHERE status = 'processed'),
		COUNT(*) FILTER (WHERE status = 'failed') FROM webhook_events`).Scan(&stored, &processed, &failed)
	_ = sqlDB.QueryRowContext(ctx, `SELECT COUNT(*), COUNT(DISTINCT shopify_id) FROM orders`).Scan(&orders, &distinctOrders)
	// Effects commit with the status change, so a second application would
	// need a second successful attempt on the same row.
	_ = sqlDB.QueryRowContext(ctx, `SELECT COUNT(*) FROM webhook_events WHERE status = 'processed' AND attempts > 1`).
		Scan(&reapplied)
	lostEvents := n - processed
	dup := (stored - n) + (orders - distinctOrders) + reapplied
	fmt.Printf("sent %d, stored %d, processed %d, failed %d, orders %d\n", n, stored, processed, failed, orders)
	fmt.Printf("lost: %d   duplicated: %d\n", lostEvents, dup)

	rows, err := sqlDB.QueryContext(ctx, `SELECT id, processed_at FROM webhook_events
		WHERE received_at < $1 AND processed_at > $1`, killedAt.UTC())
	if err != nil {
		fmt.Println("stragglers:", err)
		return true
	}
	defer rows.Close()
	groups := map[string][]time.Duration{}
	for rows.Next() {
		var id int64
		var at time.Time
		if err := rows.Scan(&id, &at); err != nil {
			fmt.Println("stragglers:", err)
			return true
		}
		g := "waiting"
		switch {
		case running[id]:
			g = "running"
		case lost[id]:
			g = "lost"
		}
		groups[g] = append(groups[g], at.Sub(readyAt))
	}
	fmt.Println("stragglers (received before the kill, processed after), seconds after the restarted app was ready:")
	for _, g := range []string{"running", "lost", "waiting"} {
		d := groups[g]
		if len(d) == 0 {
			fmt.Printf("  job %-8s   0 events\n", g)
			continue
		}
		slices.Sort(d)
		fmt.Printf("  job %-8s %4d events  p50 %5.1fs  max %5.1fs  (max %5.1fs after the kill)\n", g, len(d),
			d[len(d)/2].Seconds(), d[len(d)-1].Seconds(), (d[len(d)-1] + readyAt.Sub(killedAt)).Seconds())
	}
	return lostEvents != 0 || dup != 0
}

// post delivers webhook i; true when acknowledged (200).
func post(client *http.Client, base string, i int, body []byte) bool {
	return apprun.PostWebhook(client, base, shop, webhooks.TopicOrdersCreate, "soak-"+strconv.Itoa(i), secret, body)
}

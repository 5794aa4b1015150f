package webhooks_test

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"

	"shopassist/db"
	"shopassist/jobs"
	"shopassist/shopify"
	"shopassist/webhooks"
)

const (
	secret     = "current-secret"
	prevSecret = "previous-secret"
	shopDomain = "north-star.myshopify.com"
)

var quiet = testLogger()

// testLogger discards logs unless WEBHOOKS_TEST_LOG is set (debugging).
func testLogger() *slog.Logger {
	if os.Getenv("WEBHOOKS_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}

// testEnv is a webhook service on a real database with a River queue.
type testEnv struct {
	store *db.Store
	queue *jobs.Queue
	svc   *webhooks.Service
	enq   *flakyEnqueuer
}

// flakyEnqueuer wraps the queue and can drop enqueues, simulating a process
// that died between committing the event and inserting its job.
type flakyEnqueuer struct {
	q    *jobs.Queue
	drop atomic.Bool
}

func (f *flakyEnqueuer) Enqueue(ctx context.Context, args river.JobArgs, opts *river.InsertOpts) (int64, error) {
	if f.drop.Load() {
		return 0, errors.New("simulated crash before enqueue")
	}
	return f.q.Enqueue(ctx, args, opts)
}

func (f *flakyEnqueuer) EnqueueMany(ctx context.Context, params []river.InsertManyParams) error {
	return f.q.EnqueueMany(ctx, params)
}

func (f *flakyEnqueuer) RunningJobs(ctx context.Context, kind string) ([]*rivertype.JobRow, error) {
	return f.q.RunningJobs(ctx, kind)
}

// nopEnqueuer accepts jobs without storing them (intake-only tests).
type nopEnqueuer struct{}

func (nopEnqueuer) Enqueue(context.Context, river.JobArgs, *river.InsertOpts) (int64, error) {
	return 1, nil
}

func (nopEnqueuer) EnqueueMany(context.Context, []river.InsertManyParams) error { return nil }

func (nopEnqueuer) RunningJobs(context.Context, string) ([]*rivertype.JobRow, error) { return nil, nil }

type envOptions struct {
	workers   bool
	cfg       webhooks.Config
	noInstall bool
}

func newTestEnv(t *testing.T, store *db.Store, o envOptions) *testEnv {
	t.Helper()
	ctx := context.Background()
	if err := jobs.Migrate(ctx, store); err != nil {
		t.Fatal(err)
	}
	var workers *river.Workers
	if o.workers {
		workers = river.NewWorkers()
	}
	q, err := jobs.New(ctx, store, jobs.Config{Workers: workers, RetryPolicy: jobs.FastRetry{},
		FetchPollInterval: 100 * time.Millisecond, Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	enq := &flakyEnqueuer{q: q}
	cfg := o.cfg
	cfg.Secrets = []string{secret, prevSecret}
	cfg.Logger = quiet
	svc, err := webhooks.New(store, enq, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if o.workers {
		if err := svc.Register(workers); err != nil {
			t.Fatal(err)
		}
		if err := q.Start(ctx); err != nil {
			t.Fatal(err)
		}
	}
	t.Cleanup(func() {
		sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		_ = q.Stop(sctx)
	})
	if !o.noInstall {
		install(t, store, shopDomain)
	}
	return &testEnv{store: store, queue: q, svc: svc, enq: enq}
}

func install(t testing.TB, store *db.Store, domain string) *db.Shop {
	t.Helper()
	shop, err := store.SaveInstall(context.Background(), domain, db.ShopTokens{AccessTokenEnc: []byte("sealed-token"),
		Scopes: "read_orders"})
	if err != nil {
		t.Fatal(err)
	}
	return shop
}

func fixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// forShop rewrites the shop a compliance or app/uninstalled body names, as
// Shopify would send it for domain.
func forShop(t testing.TB, body []byte, domain string) []byte {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(body, &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"shop_domain", "myshopify_domain"} {
		if _, ok := m[k]; ok {
			m[k] = domain
		}
	}
	out, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

var webhookSeq atomic.Int64

// signedRequest builds a delivery as Shopify sends it.
func signedRequest(topic, shop string, body []byte) *http.Request {
	req := httptest.NewRequest(http.MethodPost, "/webhooks", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set(webhooks.HeaderTopic, topic)
	req.Header.Set(webhooks.HeaderShop, shop)
	req.Header.Set(webhooks.HeaderWebhookID, "wh-"+strconv.FormatInt(webhookSeq.Add(1), 10))
	req.Header.Set(webhooks.HeaderEventID, "ev-1")
	req.Header.Set(webhooks.HeaderAPIVersion, "2025-10")
	req.Header.Set(webhooks.HeaderTriggeredAt, time.Now().UTC().Format(time.RFC3339Nano))
	req.Header.Set(webhooks.HeaderHMAC, shopify.WebhookHMAC(body, secret))
	return req
}

func (e *testEnv) do(req *http.Request) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	e.svc.ServeHTTP(rec, req)
	return rec
}

// deliver posts a signed webhook and expects it accepted; it returns the
// stored event's id.
func (e *testEnv) deliver(t *testing.T, topic string, body []byte) int64 {
	t.Helper()
	req := signedRequest(topic, shopDomain, body)
	rec := e.do(req)
	if rec.Code != http.StatusOK {
		t.Fatalf("%s: status %d: %s", topic, rec.Code, rec.Body)
	}
	return e.eventID(t, req.Header.Get(webhooks.HeaderWebhookID))
}

func (e *testEnv) eventID(t *testing.T, webhookID string) int64 {
	t.Helper()
	var id int64
	if err := e.store.SQLDB().QueryRow("SELECT id FROM webhook_events WHERE webhook_id = $1", webhookID).Scan(&id); err != nil {
		t.Fatalf("event %s not stored: %v", webhookID, err)
	}
	return id
}

// waitStatus polls until the event leaves "received" (or is deleted).
func (e *testEnv) waitStatus(t *testing.T, id int64, want string) *db.WebhookEvent {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		ev, err := e.store.GetWebhookEvent(context.Background(), shopDomain, id)
		if errors.Is(err, db.ErrNotFound) && want == "" {
			return nil
		}
		if err == nil && ev.Status == want {
			return ev
		}
		time.Sleep(20 * time.Millisecond)
	}
	ev, err := e.store.GetWebhookEvent(context.Background(), shopDomain, id)
	t.Fatalf("event %d did not reach %q: %+v %v", id, want, ev, err)
	return nil
}

// waitGone polls a COUNT(*) query until it reads zero.
func waitGone(t *testing.T, store *db.Store, query string, args ...any) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for count(t, store, query, args...) != 0 {
		if time.Now().After(deadline) {
			t.Fatalf("%s: rows still there after 20 s", query)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// count runs a COUNT(*) query directly against the tables.
func count(t *testing.T, store *db.Store, query string, args ...any) int {
	t.Helper()
	var n int
	if err := store.SQLDB().QueryRow(query, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}

func queryRow(t *testing.T, store *db.Store, query string, args []any, dest ...any) {
	t.Helper()
	if err := store.SQLDB().QueryRow(query, args...).Scan(dest...); err != nil && !errors.Is(err, sql.ErrNoRows) {
		t.Fatalf("%s: %v", query, err)
	}
}

// jobsPerEvent counts, for each event, the River jobs (single or batch)
// that name it.
func jobsPerEvent(t *testing.T, store *db.Store) map[int64]int {
	t.Helper()
	args := "args::text" // River's SQLite driver stores args as JSONB
	if store.Dialect() == db.SQLite {
		args = "json(args)"
	}
	rows, err := store.SQLDB().Query("SELECT " + args + " FROM river_job WHERE kind IN ('webhook_event', 'webhook_event_batch')")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[int64]int{}
	for rows.Next() {
		var raw string
		if err := rows.Scan(&raw); err != nil {
			t.Fatal(err)
		}
		var args struct {
			EventID  int64   `json:"event_id"`
			EventIDs []int64 `json:"event_ids"`
		}
		if err := json.Unmarshal([]byte(raw), &args); err != nil {
			t.Fatalf("job args %s: %v", raw, err)
		}
		if args.EventID != 0 {
			out[args.EventID]++
		}
		for _, id := range args.EventIDs {
			out[id]++
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// eachEventOneJob fails unless every event in ids is named by exactly one
// job and no job names another event.
func eachEventOneJob(t *testing.T, store *db.Store, ids []int64) {
	t.Helper()
	got := jobsPerEvent(t, store)
	for _, id := range ids {
		if got[id] != 1 {
			t.Errorf("event %d named by %d jobs, want 1", id, got[id])
		}
	}
	if len(got) != len(ids) {
		t.Errorf("jobs name %d events, want %d", len(got), len(ids))
	}
}

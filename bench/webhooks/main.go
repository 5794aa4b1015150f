// Command webhooks is the webhook load test: it runs the app in-process on a
// loopback port against PostgreSQL with its job workers running, fires
// signed Shopify webhooks (real order and product payloads with varying ids
// and updated_at, plus redelivered duplicates) from concurrent clients,
// reports accepted/s and acknowledgement latency, waits for the queue to
// drain and then counts: stored == unique sent, processed == unique, none
// processed twice, none lost. It exits non-zero when a count is off.
//
//	go run ./bench/webhooks -db postgres://postgres@127.0.0.1:5432/test?sslmode=disable -n 30000 -c 32
//
// It works in a throwaway schema of the given database (dropped at the end
// unless -keep) and only talks to 127.0.0.1.
package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"shopassist/app"
	"shopassist/app/config"
	"shopassist/bench/internal/apprun"
	"shopassist/db"
	"shopassist/internal/pgschema"
	"shopassist/shopify"
	"shopassist/webhooks"
)

const secret = "bench-webhook-secret"

type options struct {
	dbURL    string
	n        int
	c        int
	shops    int
	dupRate  float64
	workers  int
	fixtures string
	keep     bool
	drain    time.Duration
	cpuprof  string
	procs    int
	appBin   string
}

func main() {
	var o options
	flag.StringVar(&o.dbURL, "db", os.Getenv("TEST_DATABASE_URL"), "PostgreSQL URL (a throwaway schema is created in it)")
	flag.IntVar(&o.n, "n", 30000, "webhooks to send (duplicates included)")
	flag.IntVar(&o.c, "c", 32, "concurrent senders")
	flag.IntVar(&o.shops, "shops", 4, "shops to spread the load over")
	flag.Float64Var(&o.dupRate, "dup", 0.05, "fraction of sends that redeliver an earlier webhook id")
	flag.IntVar(&o.workers, "workers", 4, "webhook workers in the app (WEBHOOK_WORKERS; the app's default is 4)")
	flag.StringVar(&o.fixtures, "fixtures", filepath.Join("webhooks", "testdata"), "directory with payload fixtures")
	flag.BoolVar(&o.keep, "keep", false, "keep the schema after the run")
	flag.DurationVar(&o.drain, "drain-timeout", 10*time.Minute, "how long to wait for the queue to drain")
	flag.StringVar(&o.cpuprof, "cpuprofile", "", "write a CPU profile of the whole run to this file")
	flag.IntVar(&o.procs, "worker-procs", 0, "drain mode: the in-process app is web-only; once everything is sent, start this many "+
		"worker processes (WORKERS=0, WEBHOOK_WORKERS=-workers) at once and time how fast they drain the backlog")
	flag.StringVar(&o.appBin, "app-bin", "", "with -worker-procs: a prebuilt app binary (default: build this checkout)")
	flag.Parse()
	if err := run(context.Background(), o); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, o options) error {
	if !strings.HasPrefix(o.dbURL, "postgres") {
		return errors.New("-db must be a postgres:// URL")
	}
	schemaURL, drop, err := pgschema.Throwaway(o.dbURL, "bench_webhooks")
	if err != nil {
		return err
	}
	if !o.keep {
		defer drop()
	}
	keyBytes := make([]byte, 32)
	_, _ = rand.Read(keyBytes)
	workers, webhookWorkers := "2", strconv.Itoa(o.workers)
	if o.procs > 0 {
		workers, webhookWorkers = "0", "0" // web-only: the worker processes drain
	}
	cfg, err := config.Load(func(k string) string {
		return map[string]string{
			"SHOPIFY_API_KEY": "bench-key", "SHOPIFY_API_SECRET": secret, "APP_URL": "http://127.0.0.1",
			"DATABASE_URL": schemaURL, "ENCRYPTION_KEY": hex.EncodeToString(keyBytes), "WORKERS": workers, "WEBHOOK_WORKERS": webhookWorkers,
			"DATA_DIR": os.TempDir(),
		}[k]
	})
	if err != nil {
		return err
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelError}))
	a, err := app.New(ctx, cfg, app.Options{Logger: logger})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	srvCtx, stopSrv := context.WithCancel(ctx)
	served := make(chan error, 1)
	go func() { served <- a.Serve(srvCtx, ln) }()
	defer func() {
		stopSrv()
		<-served
	}()
	base := "http://" + ln.Addr().String()
	store := a.Store()

	shops := make([]string, o.shops)
	for i := range shops {
		shops[i] = fmt.Sprintf("bench-%d.myshopify.com", i+1)
		if _, err := store.SaveInstall(ctx, shops[i], db.ShopTokens{AccessTokenEnc: []byte("sealed"), Scopes: "read_orders"}); err != nil {
			return err
		}
	}
	appBin := o.appBin
	if o.procs > 0 && appBin == "" {
		dir, err := os.MkdirTemp("", "bench-webhooks")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		if appBin, err = apprun.Build(dir); err != nil {
			return err
		}
	}
	gen, err := newGenerator(o.fixtures)
	if err != nil {
		return err
	}
	plan := makePlan(o, shops)
	fmt.Printf("sending %d webhooks (%d unique, %d redeliveries) to %s with %d clients, %d webhook workers, %d shops\n",
		len(plan), plan.unique(), len(plan)-plan.unique(), base, o.c, o.workers, o.shops)

	if o.cpuprof != "" {
		f, err := os.Create(o.cpuprof)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	res := fire(base, gen, plan, o.c)
	fmt.Printf("sent in %s: %.0f accepted/s; ack latency p50 %s p90 %s p99 %s max %s; status counts %v\n",
		res.elapsed.Round(time.Millisecond), float64(res.ok)/res.elapsed.Seconds(), pct(res.lat, 50), pct(res.lat, 90),
		pct(res.lat, 99), pct(res.lat, 100), res.codes)

	if o.workers == 0 {
		fmt.Println("no workers (-workers 0): intake measured only, nothing to drain")
		return nil
	}
	if o.procs > 0 {
		return drainWithProcs(ctx, o, schemaURL, hex.EncodeToString(keyBytes), store, plan, res, appBin)
	}
	drainStart := time.Now()
	var stats map[string]int64
	for {
		stats, err = store.WebhookEventStats(ctx, "")
		if err != nil {
			return err
		}
		if stats[db.EventReceived] == 0 {
			break
		}
		if time.Since(drainStart) > o.drain {
			return fmt.Errorf("queue did not drain in %s: %v", o.drain, stats)
		}
		time.Sleep(200 * time.Millisecond)
	}
	total := time.Since(res.start)
	fmt.Printf("drained %s after the last send; %.0f events/s processed end to end (%s from first send)\n",
		time.Since(drainStart).Round(time.Millisecond), float64(plan.unique())/total.Seconds(), total.Round(time.Millisecond))

	return verify(ctx, []string{base}, store, plan, res, stats)
}

// delivery is one planned POST.
type delivery struct {
	shop, topic, webhookID string
	seq                    int // distinct payload number
	dup                    bool
}

type plan []delivery

func (p plan) unique() int {
	n := 0
	for _, d := range p {
		if !d.dup {
			n++
		}
	}
	return n
}

// makePlan spreads sends over shops and topics (4 in 5 orders/updated, the
// rest products/update) and makes dupRate of them redeliveries of an earlier
// webhook id.
func makePlan(o options, shops []string) plan {
	p := make(plan, 0, o.n)
	dupEvery := 0
	if o.dupRate > 0 {
		dupEvery = int(math.Round(1 / o.dupRate))
	}
	for i := range o.n {
		if dupEvery > 0 && i > 0 && i%dupEvery == 0 {
			j := (i * 7919) % len(p)
			for p[j].dup { // p[0] is never a redelivery
				j--
			}
			d := p[j]
			d.dup = true
			p = append(p, d)
			continue
		}
		topic := "orders/updated"
		if i%5 == 4 {
			topic = "products/update"
		}
		p = append(p, delivery{shop: shops[i%len(shops)], topic: topic, webhookID: fmt.Sprintf("bench-%08d", i), seq: i})
	}
	return p
}

// generator produces payloads from real fixtures with a varying id and
// updated_at, substituted into a template (cheap enough for the sender).
type generator struct {
	order, product []byte
}

const (
	idMark = "77777777"
	tsMark = "TS_MARK"
)

func newGenerator(dir string) (*generator, error) {
	// Child objects (variants, fulfillments) get ids derived from the
	// parent's, as in a real store where they are unique per shop.
	load := func(name, children string) ([]byte, error) {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return nil, fmt.Errorf("read fixture: %w", err)
		}
		var m map[string]any
		if err := json.Unmarshal(b, &m); err != nil {
			return nil, fmt.Errorf("parse fixture %s: %w", name, err)
		}
		m["id"] = json.Number(idMark)
		m["updated_at"] = tsMark
		if list, ok := m[children].([]any); ok {
			for i, c := range list {
				if cm, ok := c.(map[string]any); ok {
					cm["id"] = json.Number(idMark + strconv.Itoa(i))
					if _, ok := cm["product_id"]; ok {
						cm["product_id"] = json.Number(idMark)
					}
				}
			}
		}
		return json.Marshal(m)
	}
	o, err := load("orders_updated.json", "fulfillments")
	if err != nil {
		return nil, err
	}
	p, err := load("products_update.json", "variants")
	if err != nil {
		return nil, err
	}
	return &generator{order: o, product: p}, nil
}

var baseTime = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)

// body is deterministic per seq, so a redelivery sends identical bytes.
// Orders repeat every 2,000 ids with later updated_at, exercising the upsert
// (and its stale guard) rather than only inserts.
func (g *generator) body(d delivery) []byte {
	tpl, id := g.order, 5_000_000+int64(d.seq%2000)
	if d.topic == "products/update" {
		tpl, id = g.product, 9_000_000+int64(d.seq%500)
	}
	ts := baseTime.Add(time.Duration(d.seq) * time.Second).Format(time.RFC3339)
	b := bytes.ReplaceAll(tpl, []byte(idMark), []byte(strconv.FormatInt(id, 10)))
	return bytes.Replace(b, []byte(tsMark), []byte(ts), 1)
}

type result struct {
	start   time.Time
	elapsed time.Duration
	lat     []time.Duration
	ok      int
	dupAcks int
	codes   map[int]int
}

func fire(base string, gen *generator, p plan, c int) result {
	tr := &http.Transport{MaxIdleConns: c, MaxIdleConnsPerHost: c, MaxConnsPerHost: c,
		DialContext: (&net.Dialer{Timeout: 5 * time.Second}).DialContext}
	client := &http.Client{Transport: tr, Timeout: 30 * time.Second}
	var (
		next atomic.Int64
		mu   sync.Mutex
		res  = result{codes: map[int]int{}}
		wg   sync.WaitGroup
	)
	res.start = time.Now()
	for range c {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var lat []time.Duration
			codes := map[int]int{}
			ok, dups := 0, 0
			for {
				i := int(next.Add(1)) - 1
				if i >= len(p) {
					break
				}
				d := p[i]
				body := gen.body(d)
				req, _ := http.NewRequest(http.MethodPost, base+"/webhooks", bytes.NewReader(body))
				req.Header.Set("Content-Type", "application/json")
				req.Header.Set(webhooks.HeaderTopic, d.topic)
				req.Header.Set(webhooks.HeaderShop, d.shop)
				req.Header.Set(webhooks.HeaderWebhookID, d.webhookID)
				req.Header.Set(webhooks.HeaderAPIVersion, "2025-10")
				req.Header.Set(webhooks.HeaderTriggeredAt, time.Now().UTC().Format(time.RFC3339Nano))
				req.Header.Set(webhooks.HeaderHMAC, shopify.WebhookHMAC(body, secret))
				t0 := time.Now()
				resp, err := client.Do(req)
				if err != nil {
					codes[-1]++
					continue
				}
				rb, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				lat = append(lat, time.Since(t0))
				codes[resp.StatusCode]++
				if resp.StatusCode == http.StatusOK {
					ok++
					if bytes.Contains(rb, []byte("duplicate")) {
						dups++
					}
				}
			}
			mu.Lock()
			res.lat = append(res.lat, lat...)
			res.ok += ok
			res.dupAcks += dups
			for k, v := range codes {
				res.codes[k] += v
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	res.elapsed = time.Since(res.start)
	slices.Sort(res.lat)
	return res
}

func pct(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(math.Ceil(p/100*float64(len(sorted)))) - 1
	i = max(0, min(i, len(sorted)-1))
	return sorted[i].Round(10 * time.Microsecond)
}

var processedMetric = regexp.MustCompile(`(?m)^webhooks_processed_total\{status="processed"\} (\d+)`)

// verify counts what the database holds against what was sent.
// drainWithProcs starts o.procs worker processes on the backlog the intake
// stored and reports their processing rate: events processed from the
// moment all are ready until none is left, over that time.
func drainWithProcs(ctx context.Context, o options, schemaURL, key string, store *db.Store, p plan, res result, bin string) error {
	dir, err := os.MkdirTemp("", "bench-webhooks-procs")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	procs := make([]*apprun.Proc, o.procs)
	for i := range procs {
		env := []string{"SHOPIFY_API_KEY=bench-key", "SHOPIFY_API_SECRET=" + secret, "APP_URL=http://127.0.0.1",
			"DATABASE_URL=" + schemaURL, "ENCRYPTION_KEY=" + key, "LOG_LEVEL=warn", "WORKERS=0",
			"WEBHOOK_WORKERS=" + strconv.Itoa(o.workers), "DATA_DIR=" + filepath.Join(dir, strconv.Itoa(i))}
		if procs[i], err = apprun.New(bin, filepath.Join(dir, "app"+strconv.Itoa(i)+".log"), env...); err != nil {
			return err
		}
	}
	for _, pr := range procs {
		if err := pr.Launch(); err != nil {
			return err
		}
	}
	defer func() {
		for _, pr := range procs {
			_, _ = pr.Term(30 * time.Second)
		}
	}()
	for _, pr := range procs {
		if err := pr.WaitReady(2 * time.Minute); err != nil {
			return err
		}
	}
	stats, err := store.WebhookEventStats(ctx, "")
	if err != nil {
		return err
	}
	startLeft, t0 := stats[db.EventReceived], time.Now()
	for stats[db.EventReceived] > 0 {
		if time.Since(t0) > o.drain {
			return fmt.Errorf("queue did not drain in %s: %v", o.drain, stats)
		}
		time.Sleep(100 * time.Millisecond)
		if stats, err = store.WebhookEventStats(ctx, ""); err != nil {
			return err
		}
	}
	took := time.Since(t0)
	fmt.Printf("%d worker processes (WEBHOOK_WORKERS=%d each) drained %d events in %s once ready: %.0f events/s\n",
		o.procs, o.workers, startLeft, took.Round(time.Millisecond), float64(startLeft)/took.Seconds())
	bases := make([]string, len(procs))
	for i, pr := range procs {
		bases[i] = pr.Base
	}
	return verify(ctx, bases, store, p, res, stats)
}

func verify(ctx context.Context, bases []string, store *db.Store, p plan, res result, stats map[string]int64) error {
	unique := int64(p.unique())
	var stored int64
	for _, n := range stats {
		stored += n
	}
	twice, err := store.CountWebhookEventsAttempted(ctx, db.EventProcessed, 1)
	if err != nil {
		return err
	}
	var commits int64
	for _, base := range bases {
		n, err := scrapeProcessed(base)
		if err != nil {
			return err
		}
		commits += n
	}
	checks := []struct {
		name      string
		got, want int64
	}{
		{"acknowledged (200)", int64(res.ok), int64(len(p))},
		{"acknowledged as duplicate", int64(res.dupAcks), int64(len(p)) - unique},
		{"events stored", stored, unique},
		{"events processed", stats[db.EventProcessed], unique},
		{"events failed", stats[db.EventFailed], 0},
		{"events lost (still received)", stats[db.EventReceived], 0},
		{"processed events with more than one attempt", twice, 0},
		{"worker commits (webhooks_processed_total)", commits, unique},
	}
	bad := 0
	for _, c := range checks {
		mark := "ok"
		if c.got != c.want {
			mark, bad = "MISMATCH", bad+1
		}
		fmt.Printf("  %-45s %8d (want %d) %s\n", c.name, c.got, c.want, mark)
	}
	if bad > 0 {
		return fmt.Errorf("%d counts off", bad)
	}
	return nil
}

func scrapeProcessed(base string) (int64, error) {
	resp, err := http.Get(base + "/metrics")
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return 0, err
	}
	m := processedMetric.FindSubmatch(b)
	if m == nil {
		return 0, errors.New("webhooks_processed_total not in /metrics")
	}
	return strconv.ParseInt(string(m[1]), 10, 64)
}

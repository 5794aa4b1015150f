// Command chat is the load test of the storefront chat API through the app
// proxy path: it runs the app in-process on a loopback port in Shopify mode
// against PostgreSQL (the demo store's catalog, policies, FAQ and orders
// seeded into a throwaway schema and installed directly in the database),
// then runs concurrent shoppers. Each shopper plays realistic multi-turn
// conversations in several languages — order status with order number +
// email verification, a logged-in customer, returns, recommendations, FAQ,
// greetings, the odd wrong email and handoff — as POST /proxy/chat requests
// signed exactly like Shopify's app proxy signs them, each conversation
// from its own X-Forwarded-For address (Shopify forwards the shopper's), so
// the per-IP limiter does not dominate. It reports replies/s, latency
// percentiles and errors.
//
//	go run ./bench/chat -db postgres://postgres@127.0.0.1:5432/test?sslmode=disable -d 30s -c 32
//
// -rate N sends N messages/s (open loop) instead of each shopper waiting for
// its reply (closed loop). It only talks to 127.0.0.1, stops after
// -warmup + -d (capped at 10 min) and drops its schema at the end unless
// -keep.
package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math"
	mrand "math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"os"
	"runtime"
	"runtime/pprof"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // schema setup

	"shopassist/app"
	"shopassist/app/config"
	"shopassist/db"
	"shopassist/demo"
	"shopassist/demoseed"
	"shopassist/internal/pgschema"
	"shopassist/shopify"
)

const (
	appName     = "bench-chat"
	apiSecret   = "bench-chat-secret"
	pathPrefix  = "/apps/assistant"
	maxDuration = 10 * time.Minute
)

type options struct {
	dbURL   string
	dur     time.Duration
	warmup  time.Duration
	c       int
	pool    int
	keep    bool
	seed    uint64
	cpuprof string
	rate    float64
	// pgAdmin lists the app's backends (pg_stat_activity) for CPU figures.
	pgAdmin *sql.DB
}

func main() {
	var o options
	flag.StringVar(&o.dbURL, "db", os.Getenv("TEST_DATABASE_URL"), "PostgreSQL URL (a throwaway schema is created in it)")
	flag.DurationVar(&o.dur, "d", 30*time.Second, "measured duration")
	flag.DurationVar(&o.warmup, "warmup", 3*time.Second, "unmeasured warm-up (index build, pools)")
	flag.IntVar(&o.c, "c", 32, "concurrent shoppers")
	flag.IntVar(&o.pool, "pool", 0, "PostgreSQL pool size of the app (0 = the app's default)")
	flag.BoolVar(&o.keep, "keep", false, "keep the schema after the run")
	flag.Uint64Var(&o.seed, "seed", 1, "seed of the conversation mix")
	flag.StringVar(&o.cpuprof, "cpuprofile", "", "write a CPU profile of the measured phase (server and clients) to this file")
	flag.Float64Var(&o.rate, "rate", 0, "open loop: send messages at this rate (per second) from up to -c shoppers, "+
		"latency counted from the scheduled send; 0 = closed loop (each shopper sends its next message when the reply arrives)")
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
	if o.dur <= 0 || o.warmup < 0 || o.dur+o.warmup > maxDuration {
		return fmt.Errorf("-d + -warmup must be within (0, %s]", maxDuration)
	}
	if o.c <= 0 {
		return errors.New("-c must be positive")
	}
	if u, err := url.Parse(o.dbURL); err != nil || !loopback(u.Hostname()) {
		return errors.New("-db must point at a PostgreSQL on this machine (127.0.0.1, ::1 or localhost)")
	}
	schemaURL, drop, err := pgschema.Throwaway(o.dbURL, "bench_chat")
	if err != nil {
		return err
	}
	if !o.keep {
		defer drop()
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelError}))
	store, err := db.Open(ctx, db.Options{URL: schemaURL, MaxOpenConns: o.pool, Logger: logger})
	if err != nil {
		return err
	}
	if err := store.Migrate(ctx); err != nil {
		return err
	}
	// Shopify mode with the demo store's data: installed as if OAuth had run.
	if _, err := demoseed.Seed(ctx, store, time.Now()); err != nil {
		return err
	}
	if _, err := store.SaveInstall(ctx, demo.ShopDomain, db.ShopTokens{AccessTokenEnc: []byte("sealed"),
		Scopes: "read_orders,read_products"}); err != nil {
		return err
	}
	keyBytes := make([]byte, 32)
	_, _ = rand.Read(keyBytes)
	cfg, err := config.Load(func(k string) string {
		return map[string]string{
			"SHOPIFY_API_KEY": "bench-key", "SHOPIFY_API_SECRET": apiSecret, "APP_URL": "http://127.0.0.1",
			"DATABASE_URL": schemaURL, "ENCRYPTION_KEY": hex.EncodeToString(keyBytes), "WORKERS": "0", "WEBHOOK_WORKERS": "0",
			"DATA_DIR": os.TempDir(), "SHOPIFY_ADMIN_URL": "http://127.0.0.1:9",
		}[k]
	})
	if err != nil {
		return err
	}
	a, err := app.New(ctx, cfg, app.Options{Logger: logger, Store: store})
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
	base := "http://" + ln.Addr().String() + "/proxy/chat"
	if o.pgAdmin, err = sql.Open("pgx", o.dbURL); err != nil {
		return err
	}
	defer o.pgAdmin.Close()

	scripts := conversations(time.Now())
	mode := "closed loop"
	if o.rate > 0 {
		mode = fmt.Sprintf("open loop at %.0f messages/s", o.rate)
	}
	fmt.Printf("chat load: %s, %d shoppers, %s warm-up + %s measured, %d scripts, GOMAXPROCS %d, pool %d, %s\n",
		mode, o.c, o.warmup, o.dur, len(scripts), runtime.GOMAXPROCS(0), o.pool, redact(o.dbURL))

	var stopProf func()
	res := load(o, base, scripts, func() {
		if o.cpuprof == "" {
			return
		}
		f, err := os.Create(o.cpuprof)
		if err != nil {
			fmt.Fprintln(os.Stderr, "cpuprofile:", err)
			return
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintln(os.Stderr, "cpuprofile:", err)
			f.Close()
			return
		}
		stopProf = func() { pprof.StopCPUProfile(); f.Close() }
	})
	if stopProf != nil {
		stopProf()
	}
	res.report(os.Stdout, o.dur)
	if res.ok == 0 {
		return errors.New("no successful replies")
	}
	return nil
}

// script is one conversation: its turns are sent in order, each with the
// conversation id and token of the first reply, as the widget does; weight
// is how often it is picked.
type script struct {
	name     string
	locale   string
	customer int64
	weight   int
	turns    []string
}

// conversations builds the mix from the demo store's orders, so order
// numbers, emails and customer ids are real and verification succeeds.
func conversations(now time.Time) []script {
	type ord struct {
		n        string
		email    string
		customer int64
	}
	var orders []ord
	for _, o := range demo.Orders(now) {
		if o.Email == "" {
			continue
		}
		var cust int64
		if o.Customer != nil {
			cust = int64(o.Customer.Id)
		}
		orders = append(orders, ord{strings.TrimPrefix(o.Name, "#"), o.Email, cust})
	}
	var out []script
	add := func(name, locale string, weight int, customer int64, turns ...string) {
		out = append(out, script{name: name, locale: locale, weight: weight, customer: customer, turns: turns})
	}
	for i, o := range orders {
		// Each order appears in a few languages and skills; weights keep
		// the overall mix near: ~40 % order/returns, ~30 % products,
		// ~20 % FAQ/policy, ~10 % greetings/handoff/other.
		switch i % 6 {
		case 0:
			add("en order status", "en", 1, 0, "Hi there", "Where is my order #"+o.n+"?", o.email, "and when will it arrive?")
		case 1:
			add("es order status", "es", 1, 0, "¿Dónde está mi pedido "+o.n+"?", o.email)
		case 2:
			add("fr order + returns", "fr", 1, 0, "Bonjour, où en est ma commande "+o.n+" ?", o.email,
				"Quelle est votre politique de retour ?")
		case 3:
			add("ja order status", "ja", 1, 0, "注文番号"+o.n+"の配送状況を教えてください", o.email)
		case 4:
			add("de return", "de", 1, 0, "Ich möchte die Bestellung "+o.n+" zurückschicken. E-Mail: "+o.email)
		case 5:
			add("en return", "en", 1, 0, "I want to return my order #"+o.n, o.email)
		}
		if o.customer != 0 && i%4 == 0 {
			add("en logged-in customer", "en", 1, o.customer, "Where is my order #"+o.n+"?", "thanks!")
		}
	}
	add("en wrong email", "en", 1, 0, "Can you track order #"+orders[0].n+" for me?", "my email is someone.else@example.com")
	add("en recommendation", "en", 4, 0, "Can you recommend a warm jacket under 200€?", "I'm looking for hiking boots")
	add("es recommendation", "es", 3, 0, "Busco unas botas de montaña de menos de 200 euros", "¿Cuánto tarda el envío a México?")
	add("fr recommendation", "fr", 3, 0, "Pouvez-vous me conseiller une veste de pluie ?", "en taille M ?")
	add("de recommendation", "de", 3, 0, "Könnt ihr mir einen warmen Pullover empfehlen?")
	add("zh recommendation", "zh-CN", 2, 0, "推荐一款防水的徒步鞋")
	add("ja recommendation", "ja", 2, 0, "登山用のジャケットのおすすめはありますか", "返品ポリシーを教えてください")
	add("en faq", "en", 4, 0, "Which payment methods do you accept?", "Do I have to pay customs duties for delivery to Canada?")
	add("en return policy", "en", 3, 0, "What is your return policy?")
	add("it faq", "it", 2, 0, "Ciao", "Quanto tempo ci vuole per la spedizione in Italia?")
	add("ar policy", "ar", 2, 0, "مرحبا", "ما هي سياسة الإرجاع لديكم؟")
	add("pt greeting", "pt-BR", 1, 0, "Olá, bom dia!")
	add("en handoff", "en", 1, 0, "I want to talk to a real person")
	return out
}

type sample struct {
	start  time.Time
	lat    time.Duration
	code   int
	intent string
}

type result struct {
	elapsed time.Duration
	lat     []time.Duration
	ok      int
	codes   map[int]int
	intents map[string]int
	convs   int
	cpu     time.Duration
	// pgCPU is the CPU the app's PostgreSQL backends used (same machine).
	pgCPU      time.Duration
	pgBackends int
}

func load(o options, base string, scripts []script, startMeasure func()) *result {
	var picks []int
	for i, s := range scripts {
		for range s.weight {
			picks = append(picks, i)
		}
	}
	tr := &http.Transport{MaxIdleConns: o.c, MaxIdleConnsPerHost: o.c, MaxConnsPerHost: o.c,
		DialContext: (&net.Dialer{Timeout: 5 * time.Second}).DialContext}
	client := &http.Client{Transport: tr, Timeout: 30 * time.Second}
	defer tr.CloseIdleConnections()

	begin := time.Now()
	measureFrom := begin.Add(o.warmup)
	end := measureFrom.Add(o.dur)
	pace := closedLoop(end)
	if o.rate > 0 {
		pace = openLoop(begin, end, o.rate)
	}
	var ips atomic.Uint32
	var convs atomic.Int64
	samples := make([][]sample, o.c)
	var wg sync.WaitGroup
	for w := range o.c {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := mrand.New(mrand.NewPCG(o.seed, uint64(w)))
			var out []sample
			for more := true; more; {
				s := scripts[picks[rng.IntN(len(picks))]]
				// A new shopper address per conversation, as Shopify forwards it.
				n := ips.Add(1)
				ip := fmt.Sprintf("10.%d.%d.%d", (n>>16)&0xff, (n>>8)&0xff, n&0xff)
				sent := len(out)
				out, more = converse(client, base, s, ip, pace, out)
				if len(out) > sent {
					convs.Add(1)
				}
			}
			samples[w] = out
		}()
	}
	// The profile and CPU accounting cover the measured phase only.
	time.Sleep(time.Until(measureFrom))
	startMeasure()
	cpu0 := processCPU()
	pg0 := backendCPU(o.pgAdmin)
	wg.Wait()
	cpu := processCPU() - cpu0
	pg1 := backendCPU(o.pgAdmin)
	elapsed := time.Since(measureFrom)
	var pgCPU time.Duration
	for pid, t := range pg1 {
		pgCPU += t - pg0[pid] // a backend started during the run counts from zero
	}

	res := &result{elapsed: elapsed, codes: map[int]int{}, intents: map[string]int{}, convs: int(convs.Load()), cpu: cpu,
		pgCPU: pgCPU, pgBackends: len(pg1)}
	for _, ss := range samples {
		for _, s := range ss {
			if s.start.Before(measureFrom) {
				continue
			}
			res.codes[s.code]++
			if s.code == http.StatusOK {
				res.ok++
				res.lat = append(res.lat, s.lat)
				res.intents[s.intent]++
			}
		}
	}
	slices.Sort(res.lat)
	return res
}

type chatReply struct {
	ConversationID    string `json:"conversation_id"`
	ConversationToken string `json:"conversation_token"`
	Reply             string `json:"reply"`
	Intent            string `json:"intent"`
}

// converse plays one script until it ends or the run does (more = false).
// A failed request ends the conversation, as a shopper would give up.
func converse(client *http.Client, base string, s script, ip string, pace func() (time.Time, bool), out []sample) (_ []sample, more bool) {
	var convID, token string
	for _, msg := range s.turns {
		sched, ok := pace()
		if !ok {
			return out, false
		}
		body, _ := json.Marshal(map[string]string{"conversation_id": convID, "conversation_token": token,
			"message": msg, "locale": s.locale})
		q := url.Values{}
		q.Set("shop", demo.ShopDomain)
		q.Set("path_prefix", pathPrefix)
		q.Set("timestamp", strconv.FormatInt(time.Now().Unix(), 10))
		// Shopify always sends the parameter, empty for guests.
		cust := ""
		if s.customer != 0 {
			cust = strconv.FormatInt(s.customer, 10)
		}
		q.Set("logged_in_customer_id", cust)
		q.Set("signature", shopify.SignProxyQuery(q, apiSecret))
		req, _ := http.NewRequest(http.MethodPost, base+"?"+q.Encode(), bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("X-Forwarded-For", ip)
		req.Header.Set("Accept-Language", s.locale)
		t0 := sched
		resp, err := client.Do(req)
		if err != nil {
			out = append(out, sample{start: t0, code: -1})
			return out, true
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		sm := sample{start: t0, lat: time.Since(t0), code: resp.StatusCode}
		if resp.StatusCode != http.StatusOK {
			out = append(out, sm)
			return out, true
		}
		var r chatReply
		if err := json.Unmarshal(b, &r); err != nil || r.Reply == "" || r.ConversationID == "" {
			sm.code = -2
			out = append(out, sm)
			return out, true
		}
		sm.intent = r.Intent
		out = append(out, sm)
		convID, token = r.ConversationID, r.ConversationToken
	}
	return out, true
}

func (r *result) report(w io.Writer, want time.Duration) {
	total := 0
	for _, n := range r.codes {
		total += n
	}
	fmt.Fprintf(w, "measured %s: %d requests, %d replies (200) = %.0f replies/s, %d conversations started in the whole run\n",
		r.elapsed.Round(time.Millisecond), total, r.ok, float64(r.ok)/r.elapsed.Seconds(), r.convs)
	fmt.Fprintf(w, "latency p50 %s  p95 %s  p99 %s  max %s\n", pct(r.lat, 50), pct(r.lat, 95), pct(r.lat, 99), pct(r.lat, 100))
	var codes []string
	for c, n := range r.codes {
		name := strconv.Itoa(c)
		switch c {
		case -1:
			name = "transport-error"
		case -2:
			name = "bad-body"
		}
		codes = append(codes, fmt.Sprintf("%s:%d", name, n))
	}
	sort.Strings(codes)
	errs := total - r.ok
	fmt.Fprintf(w, "status %s; errors %d (%.2f %%)\n", strings.Join(codes, " "), errs, 100*float64(errs)/math.Max(1, float64(total)))
	var intents []string
	for k, n := range r.intents {
		intents = append(intents, fmt.Sprintf("%s:%d", k, n))
	}
	sort.Strings(intents)
	fmt.Fprintf(w, "intents %s\n", strings.Join(intents, " "))
	if r.cpu > 0 && r.ok > 0 {
		fmt.Fprintf(w, "process CPU %.2f cores busy, %.0f µs CPU per reply (app + load generator, PostgreSQL excluded)\n",
			r.cpu.Seconds()/r.elapsed.Seconds(), float64(r.cpu.Microseconds())/float64(r.ok))
	}
	if r.pgCPU > 0 && r.ok > 0 {
		fmt.Fprintf(w, "PostgreSQL backends of the app (%d): %.2f cores busy, %.0f µs CPU per reply\n", r.pgBackends,
			r.pgCPU.Seconds()/r.elapsed.Seconds(), float64(r.pgCPU.Microseconds())/float64(r.ok))
	}
}

func pct(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(math.Ceil(p/100*float64(len(sorted)))) - 1
	i = max(0, min(i, len(sorted)-1))
	return sorted[i].Round(10 * time.Microsecond)
}

func redact(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return "?"
	}
	p.User = nil
	return p.Redacted()
}

// processCPU is the user + system CPU time this process has used.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// backendCPU returns the CPU time so far of each PostgreSQL backend serving
// the app's pool (found by application_name), read from /proc: the load
// test runs on the database's machine, so this is the database's share of
// the cost per reply. Empty when /proc or the server is not local.
func backendCPU(admin *sql.DB) map[int]time.Duration {
	out := map[int]time.Duration{}
	if admin == nil {
		return out
	}
	rows, err := admin.Query("SELECT pid FROM pg_stat_activity WHERE application_name = $1", appName)
	if err != nil {
		return out
	}
	defer rows.Close()
	for rows.Next() {
		var pid int
		if rows.Scan(&pid) != nil {
			continue
		}
		b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
		if err != nil {
			continue
		}
		// Fields after the parenthesised command name; utime and stime are
		// the 14th and 15th fields overall, in clock ticks (100 Hz on Linux).
		s := string(b)
		f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
		if len(f) < 13 {
			continue
		}
		ut, _ := strconv.ParseInt(f[11], 10, 64)
		st, _ := strconv.ParseInt(f[12], 10, 64)
		out[pid] = time.Duration(ut+st) * 10 * time.Millisecond
	}
	return out
}

// closedLoop lets a shopper send as soon as the previous reply arrived.
func closedLoop(end time.Time) func() (time.Time, bool) {
	return func() (time.Time, bool) {
		now := time.Now()
		return now, now.Before(end)
	}
}

// openLoop hands out send times at a fixed rate, whether or not earlier
// replies arrived: a shopper waits for the next slot, and the latency is
// measured from the slot, so a slow server's queueing counts (no
// coordinated omission).
func openLoop(begin, end time.Time, rate float64) func() (time.Time, bool) {
	slots := make(chan time.Time, 4096)
	go func() {
		defer close(slots)
		interval := time.Duration(float64(time.Second) / rate)
		for i := 0; ; i++ {
			at := begin.Add(time.Duration(i) * interval)
			if !at.Before(end) {
				return
			}
			time.Sleep(time.Until(at))
			slots <- at
		}
	}()
	return func() (time.Time, bool) {
		at, ok := <-slots
		return at, ok
	}
}

// loopback keeps the load test on this machine.
func loopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

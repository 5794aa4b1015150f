// Command channels is the load test of the Meta channel webhook (issue 17):
// it runs the demo app in-process on a loopback port (PostgreSQL, job
// workers on, the demo's WhatsApp/Messenger/Instagram accounts answering
// through the in-process fake Graph API) and sends signed WhatsApp,
// Messenger and Instagram messages at a fixed rate (open loop: a slow
// answer never delays the next send), 5% of them redelivered. It reports
// acknowledgement latency, then waits until every message is answered and
// checks: each unique message answered once, no redelivery answered.
//
//	go run ./bench/channels -db postgres://postgres@127.0.0.1:5432/test?sslmode=disable -rate 200 -d 30s
//
// It works in a throwaway schema of the given database (dropped at the end)
// and only talks to 127.0.0.1.
package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"math"
	"net"
	"net/http"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"shopassist/app"
	"shopassist/app/config"
	"shopassist/channels/meta/metatest"
	"shopassist/internal/pgschema"
)

type options struct {
	dbURL   string
	rate    int
	dur     time.Duration
	users   int
	workers int
	drain   time.Duration
}

func main() {
	var o options
	flag.StringVar(&o.dbURL, "db", os.Getenv("TEST_DATABASE_URL"), "PostgreSQL URL (a throwaway schema is created in it)")
	flag.IntVar(&o.rate, "rate", 200, "messages per second")
	flag.DurationVar(&o.dur, "d", 30*time.Second, "how long to send")
	flag.IntVar(&o.users, "users", 2000, "distinct shoppers")
	flag.IntVar(&o.workers, "workers", 4, "webhook workers (WEBHOOK_WORKERS)")
	flag.DurationVar(&o.drain, "drain-timeout", 10*time.Minute, "how long to wait for every message to be answered")
	flag.Parse()
	if err := run(context.Background(), o); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}

var questions = []string{
	"Do you ship to Canada? How long does it take?",
	"¿Cuál es vuestra política de devoluciones?",
	"Habt ihr die Jacke auch in Größe M?",
	"Quels sont les délais de livraison ?",
	"返品はできますか？",
	"hello",
	"Do you have waterproof hiking boots?",
	"Posso pagare con PayPal?",
}

func run(ctx context.Context, o options) error {
	if !strings.HasPrefix(o.dbURL, "postgres") {
		return errors.New("-db must be a postgres:// URL")
	}
	schemaURL, drop, err := pgschema.Throwaway(o.dbURL, "bench_channels")
	if err != nil {
		return err
	}
	defer drop()
	key := make([]byte, 32)
	_, _ = rand.Read(key)
	cfg, err := config.Load(func(k string) string {
		return map[string]string{"APP_URL": "http://127.0.0.1", "DATABASE_URL": schemaURL, "ENCRYPTION_KEY": hex.EncodeToString(key),
			"WORKERS": "1", "WEBHOOK_WORKERS": strconv.Itoa(o.workers), "DATA_DIR": os.TempDir()}[k]
	})
	if err != nil {
		return err
	}
	a, err := app.New(ctx, cfg, app.Options{Logger: slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelError}))})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	srvCtx, stop := context.WithCancel(ctx)
	served := make(chan error, 1)
	go func() { served <- a.Serve(srvCtx, ln) }()
	defer func() {
		stop()
		<-served
	}()
	graph := a.DemoGraph()
	wh := &metatest.Webhook{URL: "http://" + ln.Addr().String() + "/webhooks/meta", AppSecret: a.MetaAppSecret(), Graph: graph,
		HTTP: &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 512}, Timeout: 30 * time.Second}}

	// Warm the shop's knowledge index and models with one message, so the
	// run measures the steady state.
	body, _ := wh.WhatsAppText(app.DemoWhatsAppPhoneID, "10000000000", "Warm", "", "hello", time.Now())
	if code, err := wh.Deliver(body, nil); err != nil || code != 200 {
		return fmt.Errorf("warm-up: %d %v", code, err)
	}
	if o.workers > 0 {
		if err := waitSent(graph, 1, time.Minute); err != nil {
			return err
		}
	}
	base := len(graph.Sent())

	n := int(o.dur.Seconds() * float64(o.rate))
	fmt.Printf("sending %d messages at %d/s for %s (WhatsApp, Messenger, Instagram; 5%% redelivered), %d webhook workers\n",
		n, o.rate, o.dur, o.workers)
	var (
		mu      sync.Mutex
		lat     []time.Duration
		codes   = map[int]int{}
		wg      sync.WaitGroup
		bodies  [][]byte
		unique  int
		senders = map[string]bool{}
	)
	interval := time.Second / time.Duration(o.rate)
	sem := make(chan struct{}, 256)
	start := time.Now()
	for i := 0; i < n; i++ {
		at := start.Add(time.Duration(i) * interval)
		time.Sleep(time.Until(at))
		var b []byte
		if i > 20 && i%20 == 0 {
			b = bodies[i/2] // a redelivery of an earlier body
		} else {
			user := i % o.users
			q := questions[i%len(questions)]
			switch i % 3 {
			case 0:
				from := fmt.Sprintf("4477009%05d", user)
				b, _ = wh.WhatsAppText(app.DemoWhatsAppPhoneID, from, "Shopper", "", q, time.Now())
				senders[from] = true
			case 1:
				from := fmt.Sprintf("600%013d", user)
				b, _ = wh.MessengerText(false, app.DemoPageID, from, q, "", time.Now())
				senders[from] = true
			default:
				from := fmt.Sprintf("1784%013d", user)
				b, _ = wh.MessengerText(true, app.DemoInstagramID, from, q, "", time.Now())
				senders[from] = true
			}
			unique++
		}
		bodies = append(bodies, b)
		// At most 256 requests in flight (a real sender's connection pool);
		// latency counts from the scheduled send time, so waiting for a
		// slot is part of it (no coordinated omission).
		sem <- struct{}{}
		wg.Add(1)
		go func(b []byte, at time.Time) {
			defer wg.Done()
			defer func() { <-sem }()
			code, err := wh.Deliver(b, nil)
			d := time.Since(at)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				code = -1
			}
			codes[code]++
			lat = append(lat, d)
		}(b, at)
	}
	wg.Wait()
	elapsed := time.Since(start)
	slices.Sort(lat)
	fmt.Printf("sent %d in %s (%.0f/s); ack latency p50 %s p90 %s p99 %s max %s; status counts %v\n",
		n, elapsed.Round(time.Millisecond), float64(n)/elapsed.Seconds(), pct(lat, 50), pct(lat, 90), pct(lat, 99), pct(lat, 100), codes)

	if codes[200] != n {
		return fmt.Errorf("%d of %d deliveries not acknowledged 200: %v", n-codes[200], n, codes)
	}
	if o.workers == 0 {
		fmt.Println("no workers (-workers 0, a web-only replica): intake measured only")
		return nil
	}
	drainStart := time.Now()
	sqlDB := a.Store().SQLDB()
	answered := func() (int, error) {
		var k int
		err := sqlDB.QueryRow("SELECT COUNT(*) FROM channel_messages WHERE direction = 'in' AND status = 'answered'").Scan(&k)
		return k, err
	}
	for {
		k, err := answered()
		if err != nil {
			return err
		}
		if k >= unique+1 { // + the warm-up
			break
		}
		if time.Since(drainStart) > o.drain {
			return fmt.Errorf("only %d of %d messages answered after %s", k, unique, o.drain)
		}
		time.Sleep(200 * time.Millisecond)
	}
	total := time.Since(start)
	fmt.Printf("every message answered %s after the last send; %.0f answers/s end to end\n",
		time.Since(drainStart).Round(time.Millisecond), float64(unique)/total.Seconds())
	// Redeliveries must not have been answered again: give stragglers a
	// moment, then count the turns and the replies sent.
	time.Sleep(2 * time.Second)
	var turns, replied int
	if err := sqlDB.QueryRow("SELECT COUNT(*) FROM messages m JOIN conversations c ON c.id = m.conversation_id WHERE m.role = 'shopper' AND c.channel <> 'web'").Scan(&turns); err != nil {
		return err
	}
	if err := sqlDB.QueryRow("SELECT COUNT(DISTINCT message_id) FROM channel_messages WHERE direction = 'out' AND status = 'sent'").
		Scan(&replied); err != nil {
		return err
	}
	if turns != unique+1 || replied != unique+1 {
		return fmt.Errorf("%d shopper turns and %d replies sent, want %d each (one per unique message)", turns, replied, unique+1)
	}
	fmt.Printf("checked: %d unique messages answered exactly once (%d Graph API sends), %d redeliveries ignored\n",
		unique, len(graph.Sent())-base, n-unique)
	return nil
}

// waitSent waits until the fake Graph API has accepted want messages.
func waitSent(g *metatest.Graph, want int, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for len(g.Sent()) < want {
		if time.Now().After(deadline) {
			return fmt.Errorf("only %d of %d answers sent after %s", len(g.Sent()), want, timeout)
		}
		time.Sleep(100 * time.Millisecond)
	}
	return nil
}

func pct(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(math.Ceil(p/100*float64(len(sorted)))) - 1
	i = max(0, min(i, len(sorted)-1))
	return sorted[i].Round(10 * time.Microsecond)
}

// Command replicas is the multi-replica soak of issue 21: N app processes
// on one PostgreSQL (the first two with workers, the rest web-only), all
// started at the same instant on an empty database (migrations race), then
// signed webhooks and shopper chats spread over every replica while one
// worker replica is killed with SIGKILL mid-run and restarted. It prints
//
//   - lost: webhooks acknowledged but never processed;
//   - duplicated: events stored or applied twice;
//   - state lost: a conversation whose second message (answered by another
//     replica than the first) no longer knew the order verified in the first;
//   - time to recover: from the restart to the last straggler processed.
//
// Exit status 1 when anything was lost, duplicated or forgotten.
//
//	go run ./bench/replicas -db 'postgres://postgres@127.0.0.1:5432/test?sslmode=disable' -replicas 3 -n 3000 -chats 150
//
// Run it from the repository root. It works in a throwaway schema and only
// talks to 127.0.0.1.
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
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"shopassist/bench/internal/apprun"
	"shopassist/db"
	"shopassist/internal/pgschema"
	"shopassist/shopify"
	"shopassist/webhooks"
)

const (
	secret = "replicas-secret"
	shop   = "replicas.myshopify.com"
	// orderBase numbers the soak's orders #100000, #100001, …
	orderBase = 100000
)

type options struct {
	dbURL    string
	replicas int
	n, chats int
	c        int
	killAt   float64
	down     time.Duration
	timeout  time.Duration
	keep     bool
}

func main() {
	var o options
	flag.StringVar(&o.dbURL, "db", os.Getenv("TEST_DATABASE_URL"), "PostgreSQL URL (a throwaway schema is used)")
	flag.IntVar(&o.replicas, "replicas", 3, "app processes (the first two run workers, the rest are web-only)")
	flag.IntVar(&o.n, "n", 3000, "webhooks (orders/create) to send")
	flag.IntVar(&o.chats, "chats", 150, "conversations, each verifying an order on one replica and following up on another")
	flag.IntVar(&o.c, "c", 12, "concurrent webhook senders")
	flag.Float64Var(&o.killAt, "kill-at", 0.5, "kill replica 1 after this fraction of webhooks was acknowledged")
	flag.DurationVar(&o.down, "down", 2*time.Second, "how long the killed replica stays dead")
	flag.DurationVar(&o.timeout, "timeout", 5*time.Minute, "give up after this")
	flag.BoolVar(&o.keep, "keep", false, "keep the schema")
	flag.Parse()
	if err := run(context.Background(), o); err != nil {
		fmt.Fprintln(os.Stderr, "replicas:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, o options) error {
	if o.dbURL == "" {
		return errors.New("-db is required")
	}
	if o.replicas < 2 {
		return errors.New("-replicas must be at least 2")
	}
	schemaURL, drop, err := pgschema.Throwaway(o.dbURL, "replicas")
	if err != nil {
		return err
	}
	if !o.keep {
		defer drop()
	}
	dir, err := os.MkdirTemp("", "replicas")
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
	procs := make([]*apprun.Proc, o.replicas)
	for i := range procs {
		workers := []string{"WORKERS=2", "WEBHOOK_WORKERS=4"}
		if i >= 2 {
			workers = []string{"WORKERS=0"} // web-only
		}
		env := append([]string{"SHOPIFY_API_KEY=replicas", "SHOPIFY_API_SECRET=" + secret, "APP_URL=http://127.0.0.1",
			"DATABASE_URL=" + schemaURL, "ENCRYPTION_KEY=" + hex.EncodeToString(key), "LOG_LEVEL=warn",
			"DATA_DIR=" + filepath.Join(dir, strconv.Itoa(i)), "SHOPIFY_ADMIN_URL=http://127.0.0.1:1"}, workers...)
		if procs[i], err = apprun.New(bin, filepath.Join(dir, "app"+strconv.Itoa(i)+".log"), env...); err != nil {
			return err
		}
	}
	// All replicas at the same instant on an empty database: the
	// migrations (the app's and River's) must serialise, not crash.
	start := time.Now()
	for _, p := range procs {
		if err := p.Launch(); err != nil {
			return err
		}
	}
	defer func() {
		for _, p := range procs {
			_, _ = p.Term(30 * time.Second)
		}
	}()
	for i, p := range procs {
		if err := p.WaitReady(90 * time.Second); err != nil {
			return fmt.Errorf("replica %d: %w", i, err)
		}
	}
	fmt.Printf("%d replicas started together on an empty database: all ready after %.1fs\n", o.replicas, time.Since(start).Seconds())

	store, err := db.Open(ctx, db.Options{URL: schemaURL})
	if err != nil {
		return err
	}
	defer store.Close()
	if _, err := store.SaveInstall(ctx, shop, db.ShopTokens{AccessTokenEnc: []byte("sealed"), Scopes: "read_orders"}); err != nil {
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
	email, _ := order["email"].(string)

	s := &soak{o: o, procs: procs, order: order, client: &http.Client{Timeout: 10 * time.Second},
		deadline: time.Now().Add(o.timeout), down: make([]atomic.Bool, len(procs))}
	killNow := make(chan struct{})
	webhooksDone := make(chan error, 1)
	go func() { webhooksDone <- s.sendWebhooks(killNow) }()

	// Conversations start once their order is processed, while webhooks
	// still stream in and the kill happens.
	chatsDone := make(chan error, 1)
	go func() { chatsDone <- s.chat(ctx, store, email) }()

	<-killNow
	killedAt := time.Now()
	victim := 1
	s.down[victim].Store(true)
	if err := procs[victim].Kill(); err != nil {
		return err
	}
	fmt.Printf("killed replica %d (SIGKILL) after %d acks\n", victim, int(float64(o.n)*o.killAt))
	time.Sleep(o.down)
	if err := procs[victim].Start(); err != nil {
		return err
	}
	readyAt := time.Now()
	s.down[victim].Store(false)
	fmt.Printf("restarted replica %d: ready %.1fs after the kill\n", victim, readyAt.Sub(killedAt).Seconds())

	if err := <-webhooksDone; err != nil {
		return err
	}
	if err := <-chatsDone; err != nil {
		return err
	}
	if err := apprun.WaitProcessed(ctx, store, o.n, s.deadline); err != nil {
		return err
	}
	var stored, processed, orders, distinct, reapplied int
	var lastStraggler time.Time
	q := store.SQLDB()
	_ = q.QueryRowContext(ctx, `SELECT COUNT(*), COUNT(*) FILTER (WHERE status = 'processed') FROM webhook_events`).Scan(&stored, &processed)
	_ = q.QueryRowContext(ctx, `SELECT COUNT(*), COUNT(DISTINCT shopify_id) FROM orders`).Scan(&orders, &distinct)
	_ = q.QueryRowContext(ctx, `SELECT COUNT(*) FROM webhook_events WHERE status = 'processed' AND attempts > 1`).Scan(&reapplied)
	_ = q.QueryRowContext(ctx, `SELECT COALESCE(MAX(processed_at), $2) FROM webhook_events WHERE received_at < $1`,
		killedAt.UTC(), killedAt.UTC()).Scan(&lastStraggler)
	lost := o.n - processed
	dup := (stored - o.n) + (orders - distinct) + reapplied
	fmt.Printf("webhooks: sent %d over %d replicas, stored %d, processed %d\n", o.n, o.replicas, stored, processed)
	fmt.Printf("chats: %d conversations, %d messages, %d answered by a different replica than the one before, %d retried on another replica\n",
		o.chats, s.messages.Load(), s.switched.Load(), s.retried.Load())
	fmt.Printf("lost: %d   duplicated: %d   state lost: %d\n", lost, dup, s.stateLost.Load())
	recover := max(lastStraggler.Sub(readyAt), 0)
	fmt.Printf("time to recover: last event received before the kill processed %.1fs after the restarted replica was ready (%.1fs after the kill)\n",
		recover.Seconds(), lastStraggler.Sub(killedAt).Seconds())
	if lost != 0 || dup != 0 || s.stateLost.Load() != 0 {
		return errors.New("events lost or duplicated, or conversation state lost")
	}
	return nil
}

type soak struct {
	o        options
	procs    []*apprun.Proc
	order    map[string]any
	client   *http.Client
	deadline time.Time
	down     []atomic.Bool

	messages, switched, retried, stateLost atomic.Int64
}

// replica picks the i-th live replica (a dead one is skipped, as a load
// balancer's health check would).
func (s *soak) replica(i int) (int, *apprun.Proc) {
	for k := range len(s.procs) {
		j := (i + k) % len(s.procs)
		if !s.down[j].Load() {
			return j, s.procs[j]
		}
	}
	return i % len(s.procs), s.procs[i%len(s.procs)]
}

// sendWebhooks delivers every order over all replicas, retrying each until
// acknowledged (on another replica when one is down), and closes killNow at
// the kill point.
func (s *soak) sendWebhooks(killNow chan struct{}) error {
	next := make(chan int)
	go func() {
		for i := range s.o.n {
			next <- i
		}
		close(next)
	}()
	killAt := int64(float64(s.o.n) * s.o.killAt)
	var acked atomic.Int64
	var once sync.Once
	var wg sync.WaitGroup
	var failed atomic.Value
	for range s.o.c {
		wg.Go(func() {
			for i := range next {
				b := orderBody(s.order, i)
				for try := 0; ; try++ {
					if time.Now().After(s.deadline) {
						failed.Store(fmt.Errorf("webhook %d never acknowledged", i))
						return
					}
					_, p := s.replica(i + try)
					if apprun.PostWebhook(s.client, p.Base, shop, webhooks.TopicOrdersCreate, "rep-"+strconv.Itoa(i), secret, b) {
						break
					}
					time.Sleep(50 * time.Millisecond)
				}
				if acked.Add(1) == killAt {
					once.Do(func() { close(killNow) })
				}
			}
		})
	}
	wg.Wait()
	once.Do(func() { close(killNow) })
	if err, _ := failed.Load().(error); err != nil {
		return err
	}
	return nil
}

func orderBody(order map[string]any, i int) []byte {
	m := make(map[string]any, len(order))
	for k, v := range order {
		m[k] = v
	}
	m["id"] = 800000000 + i
	m["order_number"] = orderBase + i
	m["name"] = "#" + strconv.Itoa(orderBase+i)
	b, _ := json.Marshal(m)
	return b
}

// chat runs the conversations: verify order k on one replica, then ask a
// follow-up on the next; the follow-up must still show the order.
func (s *soak) chat(ctx context.Context, store *db.Store, email string) error {
	var wg sync.WaitGroup
	sem := make(chan struct{}, 4)
	var failed atomic.Value
	for k := range s.o.chats {
		sem <- struct{}{}
		wg.Go(func() {
			defer func() { <-sem }()
			if err := s.conversation(ctx, store, k, email); err != nil {
				failed.Store(err)
			}
		})
	}
	wg.Wait()
	if err, _ := failed.Load().(error); err != nil {
		return err
	}
	return nil
}

func (s *soak) conversation(ctx context.Context, store *db.Store, k int, email string) error {
	// Spread the conversations over the orders the stream has delivered.
	i := k * s.o.n / max(s.o.chats, 1) / 2
	name := "#" + strconv.Itoa(orderBase+i)
	for {
		var n int
		if err := store.SQLDB().QueryRowContext(ctx, `SELECT COUNT(*) FROM orders WHERE name = $1`, name).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			break
		}
		if time.Now().After(s.deadline) {
			return fmt.Errorf("order %s never processed", name)
		}
		time.Sleep(100 * time.Millisecond)
	}
	first, r1, err := s.say(k, "", "", "Where is my order "+name+"? My email is "+email)
	if err != nil {
		return err
	}
	if !hasOrder(first, name) {
		return fmt.Errorf("conversation %d: the first answer did not verify %s: %q", k, name, first.Reply)
	}
	second, r2, err := s.say(k+1, first.ConversationID, first.ConversationToken, "And when will it arrive?")
	if err != nil {
		return err
	}
	if r1 != r2 {
		s.switched.Add(1)
	}
	if !hasOrder(second, name) {
		s.stateLost.Add(1)
	}
	return nil
}

type chatReply struct {
	ConversationID    string `json:"conversation_id"`
	ConversationToken string `json:"conversation_token"`
	Reply             string `json:"reply"`
	Cards             []struct {
		Type      string `json:"type"`
		OrderName string `json:"order_name"`
	} `json:"cards"`
}

func hasOrder(r *chatReply, name string) bool {
	for _, c := range r.Cards {
		if c.Type == "order" && c.OrderName == name {
			return true
		}
	}
	return false
}

// say sends one shopper message through the signed app proxy of replica
// i, retrying on the next replica when one is down (the widget retries).
func (s *soak) say(i int, convID, token, text string) (*chatReply, int, error) {
	payload, _ := json.Marshal(map[string]string{"conversation_id": convID, "conversation_token": token, "message": text,
		"locale": "en"})
	for try := 0; ; try++ {
		if time.Now().After(s.deadline) {
			return nil, 0, fmt.Errorf("chat message never answered: %q", text)
		}
		j, p := s.replica(i + try)
		q := url.Values{}
		q.Set("shop", shop)
		q.Set("path_prefix", "/apps/assistant")
		q.Set("timestamp", strconv.FormatInt(time.Now().Unix(), 10))
		q.Set("signature", shopify.SignProxyQuery(q, secret))
		req, err := http.NewRequest(http.MethodPost, p.Base+"/proxy/chat?"+q.Encode(), bytes.NewReader(payload))
		if err != nil {
			return nil, 0, err
		}
		req.Header.Set("Content-Type", "application/json")
		// One address per conversation, as real shoppers: the per-IP limit
		// applies to each of them, not to the soak as a whole.
		req.Header.Set("X-Forwarded-For", "198.51.100."+strconv.Itoa(i%250+1))
		res, err := s.client.Do(req)
		if err != nil {
			s.retried.Add(1)
			time.Sleep(50 * time.Millisecond)
			continue
		}
		var r chatReply
		decErr := json.NewDecoder(res.Body).Decode(&r)
		res.Body.Close()
		if res.StatusCode != http.StatusOK || decErr != nil {
			s.retried.Add(1)
			time.Sleep(100 * time.Millisecond)
			continue
		}
		s.messages.Add(1)
		return &r, j, nil
	}
}

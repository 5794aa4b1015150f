package meta_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/riverqueue/river"

	"shopassist/assistant"
	"shopassist/channels"
	"shopassist/channels/meta"
	"shopassist/channels/meta/metatest"
	"shopassist/db"
	"shopassist/db/dbtest"
	"shopassist/secretbox"
)

const (
	appSecret   = "test-app-secret"
	verifyToken = "verify-me"
	phoneID     = "106540352242922"
	waToken     = "wa-token"
)

// queue is an Enqueuer that records the event ids it was given.
type queue struct {
	mu   sync.Mutex
	ids  []int64
	fail error
}

func (q *queue) Enqueue(_ context.Context, args river.JobArgs, _ *river.InsertOpts) (int64, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.fail != nil {
		return 0, q.fail
	}
	q.ids = append(q.ids, args.(meta.EventArgs).EventID)
	return int64(len(q.ids)), nil
}

func (q *queue) EnqueueMany(_ context.Context, params []river.InsertManyParams) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.fail != nil {
		return q.fail
	}
	for _, p := range params {
		q.ids = append(q.ids, p.Args.(meta.EventArgs).EventID)
	}
	return nil
}

func (q *queue) enqueued() []int64 {
	q.mu.Lock()
	defer q.mu.Unlock()
	return slices.Clone(q.ids)
}

// echo answers every message with its text, or fails with err.
type echo struct {
	mu   sync.Mutex
	msgs []string
	err  error
}

func (e *echo) Reply(_ context.Context, r assistant.Request) (*assistant.Reply, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.err != nil {
		return nil, e.err
	}
	e.msgs = append(e.msgs, r.Message)
	return &assistant.Reply{Text: "You said: " + r.Message, Language: "en"}, nil
}

func (e *echo) seen() []string {
	e.mu.Lock()
	defer e.mu.Unlock()
	return slices.Clone(e.msgs)
}

// metaEnv is the webhook service on a real database, with a connected
// WhatsApp account whose replies go to the fake Graph API.
type metaEnv struct {
	store  *db.Store
	svc    *meta.Service
	q      *queue
	engine *echo
	graph  *metatest.Graph
	wh     *metatest.Webhook
	shop   *db.Shop
	acct   *db.ChannelAccount
	now    time.Time
}

func newMetaEnv(t *testing.T) *metaEnv {
	t.Helper()
	ctx := context.Background()
	store := dbtest.Open(t)
	shop, err := store.EnsureShop(ctx, "alpen.myshopify.com")
	if err != nil {
		t.Fatal(err)
	}
	box, err := secretbox.New([]byte("0123456789abcdef0123456789abcdef"))
	if err != nil {
		t.Fatal(err)
	}
	acct := &db.ChannelAccount{ShopID: shop.ID, Channel: string(channels.WhatsApp), Address: phoneID, Enabled: true}
	if err := meta.SealCredentials(box, acct, meta.Credentials{AccessToken: waToken}); err != nil {
		t.Fatal(err)
	}
	if err := store.SaveChannelAccount(ctx, acct); err != nil {
		t.Fatal(err)
	}
	now := time.Now().UTC().Truncate(time.Second)
	g := metatest.NewGraph()
	g.AllowToken(waToken, phoneID)
	engine := &echo{}
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	router := channels.NewRouter(store, engine, channels.Options{Logger: logger, Now: func() time.Time { return now }})
	router.Register(channels.WhatsApp, &meta.WhatsApp{Client: &meta.Client{BaseURL: "http://graph.test", Box: box,
		HTTP: &http.Client{Transport: metatest.Transport(g)}}})
	q := &queue{}
	svc := meta.NewService(store, router, q, meta.Config{AppSecrets: []string{appSecret}, VerifyToken: verifyToken,
		Logger: logger, Now: func() time.Time { return now }})
	srv := httptest.NewServer(svc)
	t.Cleanup(srv.Close)
	return &metaEnv{store: store, svc: svc, q: q, engine: engine, graph: g, shop: shop, acct: acct, now: now,
		wh: &metatest.Webhook{URL: srv.URL, AppSecret: appSecret, Graph: g}}
}

func (e *metaEnv) deliver(t *testing.T, body []byte) {
	t.Helper()
	code, err := e.wh.Deliver(body, nil)
	if err != nil || code != http.StatusOK {
		t.Fatalf("deliver: %d %v", code, err)
	}
}

func (e *metaEnv) event(t *testing.T, id int64) *db.MetaEvent {
	t.Helper()
	ev, err := e.store.GetMetaEvent(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return ev
}

func TestHandshake(t *testing.T) {
	for _, tc := range []struct {
		name   string
		query  string
		method string
		want   int
		body   string
	}{
		{"echoes the challenge", "hub.mode=subscribe&hub.verify_token=verify-me&hub.challenge=1158201444", http.MethodGet, http.StatusOK, "1158201444"},
		{"wrong token", "hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1", http.MethodGet, http.StatusForbidden, ""},
		{"no token", "hub.mode=subscribe&hub.challenge=1", http.MethodGet, http.StatusForbidden, ""},
		{"not subscribe", "hub.mode=unsubscribe&hub.verify_token=verify-me&hub.challenge=1", http.MethodGet, http.StatusBadRequest, ""},
		{"no challenge", "hub.mode=subscribe&hub.verify_token=verify-me", http.MethodGet, http.StatusBadRequest, ""},
		{"other method", "", http.MethodPut, http.StatusMethodNotAllowed, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			svc := meta.NewService(nil, nil, nil, meta.Config{VerifyToken: verifyToken})
			rec := httptest.NewRecorder()
			svc.ServeHTTP(rec, httptest.NewRequest(tc.method, "/webhooks/meta?"+tc.query, nil))
			if rec.Code != tc.want {
				t.Fatalf("status %d, want %d", rec.Code, tc.want)
			}
			if tc.body != "" && rec.Body.String() != tc.body {
				t.Errorf("body %q, want %q", rec.Body, tc.body)
			}
			if tc.want == http.StatusMethodNotAllowed && rec.Header().Get("Allow") != "GET, POST" {
				t.Errorf("Allow = %q", rec.Header().Get("Allow"))
			}
		})
	}
	// An unconfigured verify token never matches, not even an empty one.
	svc := meta.NewService(nil, nil, nil, meta.Config{})
	rec := httptest.NewRecorder()
	svc.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/?hub.mode=subscribe&hub.verify_token=&hub.challenge=1", nil))
	if rec.Code != http.StatusForbidden {
		t.Errorf("empty verify token configured: status %d, want 403", rec.Code)
	}
}

// TestIntakeRefusesWithoutStoring: a delivery that is not Meta's is
// refused before anything is stored or queued.
func TestIntakeRefusesWithoutStoring(t *testing.T) {
	e := newMetaEnv(t)
	body, _ := e.wh.WhatsAppText(phoneID, "16505551234", "Sheena", "", "hello", e.now)
	empty, wrong, sha1 := "", meta.Sign("another-secret", body), "sha1="+strings.Repeat("0", 40)
	for _, tc := range []struct {
		name string
		sig  *string
		body []byte
		want int
	}{
		{"no signature", &empty, body, http.StatusUnauthorized},
		{"signed with another secret", &wrong, body, http.StatusForbidden},
		{"sha1 signature", &sha1, body, http.StatusForbidden},
		{"over the size limit", nil, bytes.Repeat([]byte(" "), meta.MaxBody+1), http.StatusRequestEntityTooLarge},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, err := e.wh.Deliver(tc.body, tc.sig)
			if err != nil {
				t.Fatal(err)
			}
			if code != tc.want {
				t.Fatalf("status %d, want %d", code, tc.want)
			}
		})
	}
	if ids := e.q.enqueued(); len(ids) != 0 {
		t.Fatalf("refused deliveries were queued: %v", ids)
	}
	stale, err := e.store.StaleMetaEvents(context.Background(), e.now.Add(time.Hour), 10)
	if err != nil || len(stale) != 0 {
		t.Fatalf("refused deliveries were stored: %v %v", stale, err)
	}
}

// TestIntakeStoresOnceAndProcesses: a signed delivery is stored and queued
// before 200; Meta's retry of the same body is acknowledged and ignored;
// processing answers the shopper once and clears the stored payload.
func TestIntakeStoresOnceAndProcesses(t *testing.T) {
	e := newMetaEnv(t)
	ctx := context.Background()
	body, _ := e.wh.WhatsAppText(phoneID, "16505551234", "Sheena", "", "Do you ship to Canada?", e.now)
	e.deliver(t, body)
	e.deliver(t, body) // Meta's retry
	ids := e.q.enqueued()
	if len(ids) != 1 {
		t.Fatalf("enqueued %v, want one job for one body", ids)
	}
	ev := e.event(t, ids[0])
	if ev.Status != db.EventReceived || ev.Payload != string(body) {
		t.Fatalf("stored event %+v", ev)
	}

	for range 2 { // the job runs twice (a retry after a crash): one answer
		if err := e.svc.Process(ctx, ids[0]); err != nil {
			t.Fatal(err)
		}
	}
	if got := e.engine.seen(); !slices.Equal(got, []string{"Do you ship to Canada?"}) {
		t.Fatalf("engine saw %q", got)
	}
	sent := e.graph.SentTo("16505551234")
	if len(sent) != 1 || sent[0].Text != "You said: Do you ship to Canada?" {
		t.Fatalf("sent %+v", sent)
	}
	ev = e.event(t, ids[0])
	if ev.Status != db.EventProcessed || ev.ProcessedAt == nil {
		t.Fatalf("event after processing %+v", ev)
	}
	if strings.Contains(ev.Payload, "Canada") {
		t.Error("the processed delivery kept the shopper's message")
	}
	// The WhatsApp number is the shopper's proven phone.
	conv, err := e.store.FindChannelConversation(ctx, e.shop.ID, "whatsapp", "16505551234", "")
	if err != nil {
		t.Fatal(err)
	}
	if conv.ShopID != e.shop.ID {
		t.Errorf("conversation of shop %d, want %d", conv.ShopID, e.shop.ID)
	}
}

// TestIntakeQueueDownStillAcknowledges: the stored row is the durable
// record; a lost enqueue is redone by the maintenance job.
func TestIntakeQueueDownStillAcknowledges(t *testing.T) {
	e := newMetaEnv(t)
	e.q.fail = errors.New("queue table locked")
	body, _ := e.wh.WhatsAppText(phoneID, "16505551234", "Sheena", "", "hi", e.now)
	e.deliver(t, body)
	stale, err := e.store.StaleMetaEvents(context.Background(), e.now.Add(2*time.Minute), 10)
	if err != nil || len(stale) != 1 {
		t.Fatalf("waiting deliveries %v %v, want the one stored", stale, err)
	}
}

// TestIntakeDatabaseDown: with the database gone the delivery is answered
// 503 (Meta retries), never 200 and never a panic.
func TestIntakeDatabaseDown(t *testing.T) {
	e := newMetaEnv(t)
	if err := e.store.Close(); err != nil {
		t.Fatal(err)
	}
	body, _ := e.wh.WhatsAppText(phoneID, "16505551234", "Sheena", "", "hi", e.now)
	code, err := e.wh.Deliver(body, nil)
	if err != nil {
		t.Fatal(err)
	}
	if code != http.StatusServiceUnavailable {
		t.Fatalf("status %d, want 503", code)
	}
	if len(e.q.enqueued()) != 0 {
		t.Error("an unstored delivery was queued")
	}
	if err := e.svc.Process(context.Background(), 1); err == nil {
		t.Error("Process with the database gone returned nil")
	}
}

// TestGroupCommit: with Start running, concurrent deliveries (some of them
// Meta's retries of one body) are each stored once and queued once.
func TestGroupCommit(t *testing.T) {
	e := newMetaEnv(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	e.svc.Start(ctx)
	const distinct, copies = 12, 3
	var bodies [][]byte
	for i := range distinct {
		b, _ := e.wh.WhatsAppText(phoneID, fmt.Sprintf("1650555%04d", i), "Shopper", "", fmt.Sprintf("message %d", i), e.now)
		bodies = append(bodies, b)
	}
	var wg sync.WaitGroup
	codes := make(chan int, distinct*copies)
	for range copies {
		for _, b := range bodies {
			wg.Go(func() {
				code, err := e.wh.Deliver(b, nil)
				if err != nil {
					t.Error(err)
				}
				codes <- code
			})
		}
	}
	wg.Wait()
	close(codes)
	for c := range codes {
		if c != http.StatusOK {
			t.Fatalf("a delivery was answered %d", c)
		}
	}
	// The batcher inserts jobs after the acknowledgement.
	deadline := time.Now().Add(10 * time.Second)
	for len(e.q.enqueued()) < distinct && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	time.Sleep(50 * time.Millisecond) // anything extra would show now
	ids := e.q.enqueued()
	slices.Sort(ids)
	if len(slices.Compact(slices.Clone(ids))) != distinct || len(ids) != distinct {
		t.Fatalf("enqueued %v, want %d distinct ids once each", ids, distinct)
	}
	for _, id := range ids {
		if ev := e.event(t, id); ev.Status != db.EventReceived {
			t.Errorf("event %d status %s", id, ev.Status)
		}
	}
}

// TestProcessOutcomes: what each kind of stored delivery leaves behind.
func TestProcessOutcomes(t *testing.T) {
	ctx := context.Background()

	t.Run("unknown id is done", func(t *testing.T) {
		e := newMetaEnv(t)
		if err := e.svc.Process(ctx, 424242); err != nil {
			t.Fatalf("Process of a purged delivery: %v", err)
		}
	})

	t.Run("signed but not JSON is cancelled, not retried", func(t *testing.T) {
		e := newMetaEnv(t)
		e.deliver(t, []byte(`{"object":"whatsapp_business_account","entry":[`))
		id := e.q.enqueued()[0]
		err := e.svc.Process(ctx, id)
		var cancel *river.JobCancelError
		if !errors.As(err, &cancel) {
			t.Fatalf("err %v, want a job cancel", err)
		}
		if ev := e.event(t, id); ev.Status != db.EventFailed || ev.LastError == "" {
			t.Fatalf("event %+v, want failed with its error", ev)
		}
	})

	t.Run("an unconnected business is dropped", func(t *testing.T) {
		e := newMetaEnv(t)
		body, _ := e.wh.WhatsAppText("999999999", "16505551234", "Sheena", "", "hello", e.now)
		e.deliver(t, body)
		id := e.q.enqueued()[0]
		if err := e.svc.Process(ctx, id); err != nil {
			t.Fatal(err)
		}
		if len(e.engine.seen()) != 0 {
			t.Error("a message to another business was answered")
		}
		if ev := e.event(t, id); ev.Status != db.EventProcessed {
			t.Errorf("status %s, want processed", ev.Status)
		}
	})

	t.Run("an uninstalled shop answers nothing", func(t *testing.T) {
		e := newMetaEnv(t)
		if err := e.store.MarkUninstalled(ctx, e.shop.Domain); err != nil {
			t.Fatal(err)
		}
		body, _ := e.wh.WhatsAppText(phoneID, "16505551234", "Sheena", "", "hello", e.now)
		e.deliver(t, body)
		if err := e.svc.Process(ctx, e.q.enqueued()[0]); err != nil {
			t.Fatal(err)
		}
		if len(e.engine.seen()) != 0 || len(e.graph.Sent()) != 0 {
			t.Error("an uninstalled shop's account answered")
		}
	})

	t.Run("an engine failure keeps the delivery for a retry", func(t *testing.T) {
		e := newMetaEnv(t)
		e.engine.err = errors.New("database is locked")
		body, _ := e.wh.WhatsAppText(phoneID, "16505551234", "Sheena", "", "hello", e.now)
		e.deliver(t, body)
		id := e.q.enqueued()[0]
		err := e.svc.Process(ctx, id)
		if err == nil || !strings.Contains(err.Error(), "database is locked") {
			t.Fatalf("err %v, want the engine's error", err)
		}
		ev := e.event(t, id)
		if ev.Status != db.EventFailed || !strings.Contains(ev.Payload, "hello") {
			t.Fatalf("event %+v, want failed with its payload kept", ev)
		}
		// The retry succeeds once the engine is back, and answers once.
		e.engine.err = nil
		if err := e.svc.Process(ctx, id); err != nil {
			t.Fatal(err)
		}
		if len(e.graph.Sent()) != 1 {
			t.Errorf("sent %d messages after the retry, want 1", len(e.graph.Sent()))
		}
		if ev := e.event(t, id); ev.Status != db.EventProcessed {
			t.Errorf("status %s after the retry", ev.Status)
		}
	})

	t.Run("a refused send is recorded, not retried", func(t *testing.T) {
		e := newMetaEnv(t)
		e.graph.FailNext = 131026
		body, _ := e.wh.WhatsAppText(phoneID, "16505551234", "Sheena", "", "hello", e.now)
		e.deliver(t, body)
		id := e.q.enqueued()[0]
		if err := e.svc.Process(ctx, id); err != nil {
			t.Fatalf("a provider refusal was returned for a retry: %v", err)
		}
		if ev := e.event(t, id); ev.Status != db.EventProcessed {
			t.Errorf("status %s, want processed", ev.Status)
		}
		acct, err := e.store.GetChannelAccount(ctx, e.shop.ID, e.acct.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(acct.LastError, "131026") {
			t.Errorf("account error %q does not name the Graph error", acct.LastError)
		}
	})
}

// TestStatusUpdates: Meta's delivery statuses move our sent message
// forward only, and a failure is shown on the account.
func TestStatusUpdates(t *testing.T) {
	ctx := context.Background()
	e := newMetaEnv(t)
	body, _ := e.wh.WhatsAppText(phoneID, "16505551234", "Sheena", "", "hello", e.now)
	e.deliver(t, body)
	if err := e.svc.Process(ctx, e.q.enqueued()[0]); err != nil {
		t.Fatal(err)
	}
	sent := e.graph.Sent()
	if len(sent) != 1 {
		t.Fatalf("sent %+v", sent)
	}
	conv, err := e.store.FindChannelConversation(ctx, e.shop.ID, "whatsapp", "16505551234", "")
	if err != nil {
		t.Fatal(err)
	}
	outStatus := func() db.ChannelMessage {
		rows, err := e.store.ChannelMessagesOf(ctx, e.shop.ID, conv.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rows {
			if r.Direction == db.DirectionOut {
				return r
			}
		}
		t.Fatal("no outbound row")
		return db.ChannelMessage{}
	}
	if got := outStatus(); got.ProviderMessageID != sent[0].ID || got.Status != db.ChannelSent {
		t.Fatalf("outbound row %+v, want sent %s", got, sent[0].ID)
	}
	for _, st := range []struct{ status, want string }{
		{"read", db.ChannelRead},
		{"delivered", db.ChannelRead}, // late and out of order: ignored
		{"played", db.ChannelRead},    // a kind Meta added later: ignored
	} {
		b := e.wh.WhatsAppStatus(phoneID, "16505551234", sent[0].ID, st.status, e.now)
		e.deliver(t, b)
		ids := e.q.enqueued()
		if err := e.svc.Process(ctx, ids[len(ids)-1]); err != nil {
			t.Fatalf("status %s: %v", st.status, err)
		}
		if got := outStatus().Status; got != st.want {
			t.Errorf("after %s: status %s, want %s", st.status, got, st.want)
		}
	}

	// A status of a message sent from the WhatsApp app itself is not ours.
	e.deliver(t, e.wh.WhatsAppStatus(phoneID, "16505551234", "wamid.not-ours", "delivered", e.now))
	ids := e.q.enqueued()
	if err := e.svc.Process(ctx, ids[len(ids)-1]); err != nil {
		t.Fatalf("status of a foreign message: %v", err)
	}

	// A second reply fails on the way: the account shows the error.
	body, _ = e.wh.WhatsAppText(phoneID, "16505551234", "Sheena", "", "one more", e.now)
	e.deliver(t, body)
	ids = e.q.enqueued()
	if err := e.svc.Process(ctx, ids[len(ids)-1]); err != nil {
		t.Fatal(err)
	}
	second := e.graph.Sent()[1].ID
	e.deliver(t, e.wh.WhatsAppStatus(phoneID, "16505551234", second, "failed", e.now))
	ids = e.q.enqueued()
	if err := e.svc.Process(ctx, ids[len(ids)-1]); err != nil {
		t.Fatal(err)
	}
	acct, err := e.store.GetChannelAccount(ctx, e.shop.ID, e.acct.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(acct.LastError, "131026") || acct.LastErrorAt == nil {
		t.Errorf("account error %q at %v, want the failure", acct.LastError, acct.LastErrorAt)
	}
}

// TestProcessPendingOldestFirst: the demo path processes every waiting
// delivery in arrival order.
func TestProcessPendingOldestFirst(t *testing.T) {
	e := newMetaEnv(t)
	for _, text := range []string{"first", "second", "third"} {
		body, _ := e.wh.WhatsAppText(phoneID, "16505551234", "Sheena", "", text, e.now)
		e.deliver(t, body)
	}
	if err := e.svc.ProcessPending(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got := e.engine.seen(); !slices.Equal(got, []string{"first", "second", "third"}) {
		t.Fatalf("engine saw %q, want oldest first", got)
	}
}

func TestRegisterAndSchedules(t *testing.T) {
	svc := meta.NewService(nil, nil, nil, meta.Config{})
	w := river.NewWorkers()
	if err := svc.Register(w); err != nil {
		t.Fatal(err)
	}
	// Registering twice is refused by River and reported, not a panic.
	if err := svc.Register(w); err == nil {
		t.Error("a second registration of the same kinds succeeded")
	}
	sch := svc.Schedules()
	if len(sch) != 1 || sch[0].Args.Kind() != (meta.MaintainArgs{}).Kind() || !sch[0].RunOnStart || sch[0].Interval != channels.ReconcileAfter {
		t.Errorf("schedules %+v", sch)
	}
}

// TestTenantIsolation: a delivery reaches the shop whose account has the
// business address, and a status names only that shop's messages.
func TestTenantIsolation(t *testing.T) {
	ctx := context.Background()
	e := newMetaEnv(t)
	other, err := e.store.EnsureShop(ctx, "other.myshopify.com")
	if err != nil {
		t.Fatal(err)
	}
	const otherPhone = "200000000000002"
	otherAcct := &db.ChannelAccount{ShopID: other.ID, Channel: "whatsapp", Address: otherPhone, Enabled: true,
		CredentialsEnc: e.acct.CredentialsEnc}
	if err := e.store.SaveChannelAccount(ctx, otherAcct); err != nil {
		t.Fatal(err)
	}

	body, _ := e.wh.WhatsAppText(phoneID, "16505551234", "Sheena", "", "hello", e.now)
	e.deliver(t, body)
	if err := e.svc.Process(ctx, e.q.enqueued()[0]); err != nil {
		t.Fatal(err)
	}
	if _, err := e.store.FindChannelConversation(ctx, other.ID, "whatsapp", "16505551234", ""); !errors.Is(err, db.ErrNotFound) {
		t.Fatalf("the other shop sees the conversation: %v", err)
	}
	conv, err := e.store.FindChannelConversation(ctx, e.shop.ID, "whatsapp", "16505551234", "")
	if err != nil {
		t.Fatal(err)
	}
	sentID := e.graph.Sent()[0].ID

	// The other shop's number reports a status with our message's id: ours
	// is not touched.
	e.deliver(t, e.wh.WhatsAppStatus(otherPhone, "16505551234", sentID, "read", e.now))
	ids := e.q.enqueued()
	if err := e.svc.Process(ctx, ids[len(ids)-1]); err != nil {
		t.Fatal(err)
	}
	rows, err := e.store.ChannelMessagesOf(ctx, e.shop.ID, conv.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if r.Direction == db.DirectionOut && r.Status != db.ChannelSent {
			t.Errorf("another shop's status changed our message to %s", r.Status)
		}
	}
}

// TestNumberMovedToAnotherShop: a number still connected to an uninstalled
// shop and now connected to another is answered by the installed one.
func TestNumberMovedToAnotherShop(t *testing.T) {
	ctx := context.Background()
	e := newMetaEnv(t)
	if err := e.store.MarkUninstalled(ctx, e.shop.Domain); err != nil {
		t.Fatal(err)
	}
	next, err := e.store.EnsureShop(ctx, "next.myshopify.com")
	if err != nil {
		t.Fatal(err)
	}
	moved := &db.ChannelAccount{ShopID: next.ID, Channel: "whatsapp", Address: phoneID, Enabled: true, CredentialsEnc: e.acct.CredentialsEnc}
	if err := e.store.SaveChannelAccount(ctx, moved); err != nil {
		t.Fatal(err)
	}
	body, _ := e.wh.WhatsAppText(phoneID, "16505551234", "Sheena", "", "hello", e.now)
	e.deliver(t, body)
	if err := e.svc.Process(ctx, e.q.enqueued()[0]); err != nil {
		t.Fatal(err)
	}
	if _, err := e.store.FindChannelConversation(ctx, next.ID, "whatsapp", "16505551234", ""); err != nil {
		t.Fatalf("the shop the number moved to did not get the message: %v", err)
	}
	if len(e.graph.Sent()) != 1 {
		t.Errorf("sent %d replies, want 1", len(e.graph.Sent()))
	}
}

package email

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/riverqueue/river"

	"shopassist/assistant"
	"shopassist/channels"
	"shopassist/db"
	"shopassist/jobs"
)

// flaky is the engine failing its first fail turns, as a worker crashing
// or losing the database mid-turn would.
type flaky struct {
	next channels.Answerer
	fail atomic.Int32
}

func (f *flaky) Reply(ctx context.Context, r assistant.Request) (*assistant.Reply, error) {
	if f.fail.Add(-1) >= 0 {
		return nil, errors.New("simulated crash mid-turn")
	}
	return f.next.Reply(ctx, r)
}

// TestInboundMailAnsweredDurably: the Mailgun webhook and the IMAP poller
// store each mail and answer 200 (or advance the read position) before
// any turn runs; a River job answers it, a failed attempt is retried
// quickly, a redelivered mail is not answered twice, and the stored
// payload is cleared once answered.
func TestInboundMailAnsweredDurably(t *testing.T) {
	e := newE2E(t, false)
	ctx := t.Context()
	eng := &flaky{next: e.Engine}
	router := channels.NewRouter(e.Store, eng, channels.Options{StaleClaim: time.Second})
	router.Register(channels.Email, e.svc)
	e.svc.Router = router
	if err := jobs.Migrate(ctx, e.Store); err != nil {
		t.Fatal(err)
	}
	workers := river.NewWorkers()
	if err := e.svc.Register(workers); err != nil {
		t.Fatal(err)
	}
	q, err := jobs.New(ctx, e.Store, jobs.Config{Workers: workers, RetryPolicy: jobs.FastRetry{},
		FetchPollInterval: 50 * time.Millisecond, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	e.svc.Queue = q
	relay, err := notifySMTP(e.smtp.URL())
	if err != nil {
		t.Fatal(err)
	}
	e.svc.Relay = relay
	fwd := &db.ChannelAccount{ShopID: e.Shop.ID, Channel: "email", Address: "help@shop.example",
		Settings: db.NewJSON(map[string]string{"mode": ModeForward}), Enabled: true}
	if err := e.Store.SaveChannelAccount(ctx, fwd); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(e.svc.ServeMailgun))
	defer srv.Close()
	post := func(id, body string) int {
		t.Helper()
		ts := strconv.FormatInt(time.Now().Unix(), 10)
		f := url.Values{"timestamp": {ts}, "token": {"tok-" + id}, "recipient": {e.svc.ForwardAddress(e.Shop.ID, fwd.ID)},
			"from": {"Jean <jean@example.fr>"}, "subject": {"Retour"}, "body-plain": {body},
			"message-headers": {`[["Message-Id","<` + id + `>"]]`}}
		f.Set("signature", SignMailgun(testSigningKey, ts, f.Get("token")))
		resp, err := http.PostForm(srv.URL, f)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}

	// Accepted with no worker running: stored, acknowledged, not answered.
	eng.fail.Store(1)
	if code := post("fr-200@example.fr", "Bonjour, comment retourner un article ?"); code != http.StatusOK {
		t.Fatalf("webhook: %d", code)
	}
	if code := post("fr-200@example.fr", "Bonjour, comment retourner un article ?"); code != http.StatusOK {
		t.Fatalf("redelivery: %d", code)
	}
	// The IMAP poller accepts the same way: read position advanced, no
	// turn yet.
	p := e.poller(t)
	sync1(t, p)
	e.imap.Deliver(t, mailFrom("Kenji <kenji@example.jp>", "jp-20@example.jp", "配送", "日本への配送にはどのくらいかかりますか？", ""))
	if n := sync1(t, p); n != 1 {
		t.Fatalf("poller handled %d, want 1", n)
	}
	if n := len(e.smtp.Mails()); n != 0 {
		t.Fatalf("answered before the job ran: %d mails", n)
	}
	rows, err := e.Store.EmailInboundOf(ctx, e.Shop.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 || rows[0].Status != db.EventReceived || rows[0].Payload == "{}" {
		t.Fatalf("stored %+v, want 2 waiting mails", rows)
	}

	// Workers start: the first turn fails, the retry answers; each mail
	// is answered once.
	if err := q.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = q.Stop(context.Background()) }()
	got := e.smtp.WaitMails(2, 60*time.Second)
	if len(got) != 2 {
		t.Fatalf("%d replies, want 2", len(got))
	}
	time.Sleep(300 * time.Millisecond)
	if n := len(e.smtp.Mails()); n != 2 {
		t.Fatalf("%d replies, want 2 (one per mail)", n)
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		if rows, err = e.Store.EmailInboundOf(ctx, e.Shop.ID); err != nil {
			t.Fatal(err)
		}
		done := 0
		for _, r := range rows {
			if r.Status == db.EventProcessed && r.Payload == "{}" && r.ProcessedAt != nil {
				done++
			}
		}
		if done == 2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("rows %+v, want both processed with the payload cleared", rows)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if rows[0].Attempts+rows[1].Attempts != 3 {
		t.Fatalf("attempts %d+%d, want one failed attempt and two answers", rows[0].Attempts, rows[1].Attempts)
	}
	// A redelivery days later is still recognised.
	if code := post("fr-200@example.fr", "Bonjour, comment retourner un article ?"); code != http.StatusOK {
		t.Fatalf("late redelivery: %d", code)
	}
	time.Sleep(300 * time.Millisecond)
	if n := len(e.smtp.Mails()); n != 2 {
		t.Fatalf("redelivery answered again: %d mails", n)
	}
}

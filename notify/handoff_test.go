package notify

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/riverqueue/river"

	"shopassist/db"
	"shopassist/db/dbtest"
	"shopassist/jobs"
)

// recorder is a Mailer that keeps what it is asked to send.
type recorder struct {
	mu   sync.Mutex
	sent []sentMail
}

type sentMail struct{ To, Subject, Body string }

func (r *recorder) Send(_ context.Context, to, subject, body string) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.sent = append(r.sent, sentMail{to, subject, body})
	return nil
}

func (r *recorder) mails() []sentMail {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]sentMail(nil), r.sent...)
}

func testLink(shop *db.Shop, id string) string {
	return "https://app.example/app/conversations/" + id + "?shop=" + shop.Domain
}

// seedShop creates a shop with notifyEmail and one conversation per entry of
// handoff (ids "<domain>-0", …) holding shopper and bot messages.
func seedShop(t *testing.T, s *db.Store, domain, notifyEmail string, handoff ...bool) *db.Shop {
	t.Helper()
	ctx := context.Background()
	shop, err := s.EnsureShop(ctx, domain)
	if err != nil {
		t.Fatal(err)
	}
	st := db.DefaultSettings()
	st.Handoff.NotifyEmail = notifyEmail
	if err := s.SaveSettings(ctx, shop.ID, st); err != nil {
		t.Fatal(err)
	}
	for i, h := range handoff {
		id := domain + "-" + string(rune('0'+i))
		c := &db.Conversation{ID: id, ShopID: shop.ID, TokenHash: "hash-" + id, Language: "fr",
			CustomerEmail: "client@" + domain, Handoff: h, HandoffReason: "requested",
			HandoffSummary: "Summary for " + domain + ": parcel #1001 never arrived.",
			State:          db.NewJSON(db.ConversationState{Current: 1001})}
		if h {
			c.Status = db.ConversationHandoff
		}
		if err := s.CreateConversation(ctx, c); err != nil {
			t.Fatal(err)
		}
		var msgs []*db.Message
		for j := range 8 {
			role := db.RoleShopper
			if j%2 == 1 {
				role = db.RoleBot
			}
			msgs = append(msgs, &db.Message{ShopID: shop.ID, Role: role, Language: "fr",
				Text: domain + " message " + string(rune('A'+j))})
		}
		if err := s.AppendMessages(ctx, id, msgs...); err != nil {
			t.Fatal(err)
		}
	}
	return shop
}

func TestHandoffWorkerEmailsOncePerConversation(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		shop := seedShop(t, store, "alpha.myshopify.com", "owner@alpha.example", true)
		seedShop(t, store, "beta.myshopify.com", "owner@beta.example", true)
		if err := jobs.Migrate(ctx, store); err != nil {
			t.Fatal(err)
		}
		rec := &recorder{}
		workers := river.NewWorkers()
		river.AddWorker(workers, &HandoffWorker{Store: store, Mailer: rec, Link: testLink})
		q, err := jobs.New(ctx, store, jobs.Config{Workers: workers, RetryPolicy: jobs.FastRetry{},
			FetchPollInterval: 50 * time.Millisecond})
		if err != nil {
			t.Fatal(err)
		}
		events, stop := q.Subscribe(river.EventKindJobCompleted, river.EventKindJobFailed)
		defer stop()
		if err := q.Start(ctx); err != nil {
			t.Fatal(err)
		}
		defer q.Stop(context.Background())

		args := HandoffArgs{ShopID: shop.ID, ConversationID: "alpha.myshopify.com-0"}
		opts := &river.InsertOpts{UniqueOpts: river.UniqueOpts{ByArgs: true}}
		id1, err := q.Enqueue(ctx, args, opts)
		if err != nil {
			t.Fatal(err)
		}
		select {
		case ev := <-events:
			if ev.Job.State != "completed" {
				t.Fatalf("job %d ended %s: %v", ev.Job.ID, ev.Job.State, ev.Job.Errors)
			}
		case <-ctx.Done():
			t.Fatal("job did not run")
		}
		// A second handoff reply in the same conversation: no second mail.
		id2, err := q.Enqueue(ctx, args, opts)
		if err != nil {
			t.Fatal(err)
		}
		if id1 != id2 {
			t.Errorf("duplicate enqueue made job %d, want existing %d", id2, id1)
		}

		mails := rec.mails()
		if len(mails) != 1 {
			t.Fatalf("sent %d mails, want 1", len(mails))
		}
		m := mails[0]
		if m.To != "owner@alpha.example" {
			t.Errorf("to = %q", m.To)
		}
		if want := "Shopper needs help (French) — order #1001"; m.Subject != want {
			t.Errorf("subject = %q, want %q", m.Subject, want)
		}
		for _, want := range []string{
			"Reason: requested", "Language: French", "client@alpha.myshopify.com",
			"Summary for alpha.myshopify.com: parcel #1001 never arrived.",
			"Assistant: alpha.myshopify.com message H", "Shopper: alpha.myshopify.com message C",
			"https://app.example/app/conversations/alpha.myshopify.com-0?shop=alpha.myshopify.com",
		} {
			if !strings.Contains(m.Body, want) {
				t.Errorf("body lacks %q:\n%s", want, m.Body)
			}
		}
		if strings.Contains(m.Body, "message B") {
			t.Errorf("body quotes more than the last %d messages:\n%s", recentMessages, m.Body)
		}
		if strings.Contains(m.Body, "beta") {
			t.Errorf("body leaks another shop's data:\n%s", m.Body)
		}
	})
}

func TestHandoffWorkerSkips(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		ctx := context.Background()
		quiet := seedShop(t, store, "quiet.myshopify.com", "", true)
		loud := seedShop(t, store, "loud.myshopify.com", "owner@loud.example", false)
		other := seedShop(t, store, "other.myshopify.com", "owner@other.example", true)
		tests := []struct {
			name       string
			args       HandoffArgs
			wantCancel bool
		}{
			{name: "no notify email", args: HandoffArgs{ShopID: quiet.ID, ConversationID: "quiet.myshopify.com-0"}},
			{name: "not handed off", args: HandoffArgs{ShopID: loud.ID, ConversationID: "loud.myshopify.com-0"}},
			{name: "conversation of another shop", args: HandoffArgs{ShopID: loud.ID, ConversationID: "other.myshopify.com-0"}, wantCancel: true},
			{name: "unknown shop", args: HandoffArgs{ShopID: other.ID + 100, ConversationID: "other.myshopify.com-0"}, wantCancel: true},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				rec := &recorder{}
				w := &HandoffWorker{Store: store, Mailer: rec, Link: testLink}
				err := w.Work(ctx, &river.Job[HandoffArgs]{Args: tt.args})
				if tt.wantCancel != (err != nil) {
					t.Errorf("err = %v, want cancel %v", err, tt.wantCancel)
				}
				if n := len(rec.mails()); n != 0 {
					t.Errorf("sent %d mails, want 0", n)
				}
			})
		}
	})
}

func TestComposeWithoutLanguageOrOrder(t *testing.T) {
	subject, body := compose(&db.Conversation{ID: "c1", HandoffReason: "frustration"}, nil, "https://x.example/c1")
	if subject != "Shopper needs help" {
		t.Errorf("subject = %q", subject)
	}
	if !strings.Contains(body, "Reason: frustration") || !strings.Contains(body, "https://x.example/c1") ||
		strings.Contains(body, "Language:") || strings.Contains(body, "Order:") {
		t.Errorf("body:\n%s", body)
	}
}

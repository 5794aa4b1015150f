package assistant_test

import (
	"context"
	"io"
	"log/slog"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"shopassist/assistant"
	"shopassist/assistant/eval"
	"shopassist/catalog"
	"shopassist/db"
	"shopassist/db/dbtest"
	"shopassist/knowledge"
)

// replicas returns engines that share one database: two Engine/Store pairs
// on one PostgreSQL schema when TEST_DATABASE_URL is set (like two app
// servers), the single SQLite engine otherwise.
func replicas(t *testing.T) ([]*assistant.Engine, *db.Store, *db.Shop) {
	t.Helper()
	if os.Getenv(dbtest.EnvURL) == "" {
		env := newEnv(t, assistant.Options{})
		return []*assistant.Engine{env.Engine}, env.Store, env.Shop
	}
	u := dbtest.SchemaURL(t)
	open := func() *db.Store {
		s, err := db.Open(context.Background(), db.Options{URL: u, MaxOpenConns: 10,
			Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = s.Close() })
		if err := s.Migrate(context.Background()); err != nil {
			t.Fatal(err)
		}
		return s
	}
	first := open()
	env, err := eval.NewEnvFor(context.Background(), first, assistant.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { env.Close() })
	second := open()
	now := env.Now
	index := knowledge.NewManager(catalog.NewIndexSource(second, func() time.Time { return now }),
		knowledge.Options{Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), CheckInterval: time.Hour})
	t.Cleanup(func() { index.Close() })
	other, err := assistant.New(second, index, assistant.Options{Now: func() time.Time { return now },
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	return []*assistant.Engine{env.Engine, other}, first, env.Shop
}

// TestLockoutHoldsUnderBurst fires 50 simultaneous wrong guesses from one
// address, each in its own conversation, spread over the replicas: at most
// 5 are evaluated, the rest are refused without being checked.
func TestLockoutHoldsUnderBurst(t *testing.T) {
	engines, store, shop := replicas(t)
	ctx := context.Background()
	const ip = "203.0.113.50"
	var (
		mu               sync.Mutex
		failed, refused  int
		wg               sync.WaitGroup
		start            = make(chan struct{})
		errs             = make(chan error, 50)
		wrongEmail, locK = "not.the.owner@example.com", "can't check any more"
	)
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(e *assistant.Engine, n int) {
			defer wg.Done()
			<-start
			r, err := e.Reply(ctx, assistant.Request{Shop: shop, ClientIP: ip,
				Message: "where is my order #" + []string{"1034", "1017", "1001", "1020"}[n%4] + "? " + wrongEmail})
			if err != nil {
				errs <- err
				return
			}
			mu.Lock()
			defer mu.Unlock()
			if strings.Contains(strings.ToLower(r.Text), locK) {
				refused++
			} else {
				failed++
			}
		}(engines[i%len(engines)], i)
	}
	close(start)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	rows, err := store.VerificationAttempts(ctx, shop.ID, []string{"ip:" + ip})
	if err != nil {
		t.Fatal(err)
	}
	evaluated := rows["ip:"+ip].Failures
	if evaluated > 5 || evaluated < 1 {
		t.Fatalf("%d guesses evaluated, want at most 5 (and some)", evaluated)
	}
	// The guess that reached the limit is told it is locked as well.
	if failed > 4 || failed+refused != 50 {
		t.Fatalf("%d answered 'not verified', %d 'too many attempts': want at most 4 evaluated-and-open", failed, refused)
	}
	t.Logf("%d engines: %d evaluated, %d refused", len(engines), evaluated, 50-evaluated)
}

// TestSuccessKeepsOtherFailures: a shopper who proves ownership does not
// wipe the failures other guesses from the same address left.
func TestSuccessKeepsOtherFailures(t *testing.T) {
	env := newEnv(t, assistant.Options{})
	ctx := context.Background()
	const ip = "198.51.100.77"
	for i := 0; i < 3; i++ {
		if _, err := env.Engine.Reply(ctx, assistant.Request{Shop: env.Shop, ClientIP: ip,
			Message: "where is my order #1017? guess" + string(rune('a'+i)) + "@example.com"}); err != nil {
			t.Fatal(err)
		}
	}
	r, err := env.Engine.Reply(ctx, assistant.Request{Shop: env.Shop, ClientIP: ip,
		Message: "where is my order #1034? oliver.bennett@post.example"})
	if err != nil || len(r.Cards) != 1 {
		t.Fatalf("owner's verification: %+v %v", r, err)
	}
	rows, err := env.Store.VerificationAttempts(ctx, env.Shop.ID, []string{"ip:" + ip})
	if err != nil || rows["ip:"+ip].Failures != 3 {
		t.Fatalf("failures after a success = %+v (%v), want the 3 wrong guesses kept", rows, err)
	}
}

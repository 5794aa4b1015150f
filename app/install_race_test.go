package app_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"shopassist/app"
	"shopassist/db"
	"shopassist/shopify"
)

// TestFirstAdminLoadsInstallOnce: simultaneous first admin loads spread over
// two app instances on one database (replicas) make one token exchange, one
// shop-info call, run the install hooks once and leave one sync run — none
// orphaned in "queued".
func TestFirstAdminLoadsInstallOnce(t *testing.T) {
	now := time.Now()
	e1 := newEnv(t, now)
	e2 := newEnvAt(t, e1, now)
	var hooks atomic.Int32
	for _, e := range []*env{e1, e2} {
		e.app.OnInstall(func(context.Context, *db.Shop) error {
			hooks.Add(1)
			return nil
		})
	}
	const loads = 16
	codes := make([]int, loads)
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range loads {
		e := []*env{e1, e2}[i%2]
		tok := sessionToken(t, shopName, apiSecret, now.Add(50*time.Second), nil)
		wg.Add(1)
		go func() {
			defer wg.Done()
			req := httptest.NewRequest(http.MethodGet, "/app", nil)
			req.Header.Set("Authorization", "Bearer "+tok)
			<-start
			codes[i] = e.do(t, req).Code
		}()
	}
	close(start)
	wg.Wait()
	for i, c := range codes {
		if c != http.StatusOK {
			t.Fatalf("load %d: status %d", i, c)
		}
	}
	exchanges, shopInfo := 0, 0
	for _, r := range e1.fake.Requests() {
		switch {
		case r.GrantType == shopify.GrantTypeTokenExchange:
			exchanges++
		case r.Operation == shopify.ShopInfoOperation:
			shopInfo++
		}
	}
	if exchanges != 1 || shopInfo != 1 || hooks.Load() != 1 {
		t.Fatalf("token exchanges %d, shop-info calls %d, install hooks %d; want 1 each", exchanges, shopInfo, hooks.Load())
	}
	var runs, active int
	if err := e1.store.SQLDB().QueryRow(`SELECT COUNT(*), COUNT(CASE WHEN status IN ('queued', 'running') THEN 1 END)
		FROM sync_runs`).Scan(&runs, &active); err != nil {
		t.Fatal(err)
	}
	if runs != 1 || active != 1 {
		t.Fatalf("sync_runs: %d rows, %d active; want the one first sync", runs, active)
	}
	var claims int
	if err := e1.store.SQLDB().QueryRow(`SELECT COUNT(*) FROM install_claims`).Scan(&claims); err != nil || claims != 0 {
		t.Fatalf("install claims left: %d %v", claims, err)
	}
}

// TestFirstLoadWaitsForAnotherServersInstall: while another server holds the
// shop's install claim, a first admin load neither exchanges a token nor
// installs; it answers 503 with Retry-After once its wait is over, and
// installs normally once the claim is released.
func TestFirstLoadWaitsForAnotherServersInstall(t *testing.T) {
	now := time.Now()
	e := newEnv(t, now)
	app.SetInstallWait(e.app, 300*time.Millisecond)
	ctx := context.Background()
	if ok, err := e.store.ClaimInstall(ctx, shopName, "other-replica", time.Now(), time.Minute); err != nil || !ok {
		t.Fatalf("claim: %v %v", ok, err)
	}
	load := func() *httptest.ResponseRecorder {
		req := httptest.NewRequest(http.MethodGet, "/app", nil)
		req.Header.Set("Authorization", "Bearer "+sessionToken(t, shopName, apiSecret, now.Add(50*time.Second), nil))
		return e.do(t, req)
	}
	rec := load()
	if rec.Code != http.StatusServiceUnavailable || rec.Header().Get("Retry-After") == "" {
		t.Fatalf("load during another server's install: %d (Retry-After %q), want 503: %s", rec.Code, rec.Header().Get("Retry-After"), rec.Body)
	}
	for _, r := range e.fake.Requests() {
		if r.GrantType == shopify.GrantTypeTokenExchange {
			t.Fatal("token exchanged while another server held the claim")
		}
	}
	if err := e.store.ReleaseInstall(ctx, shopName, "other-replica"); err != nil {
		t.Fatal(err)
	}
	if rec := load(); rec.Code != http.StatusOK {
		t.Fatalf("load after the claim was released: %d %s", rec.Code, rec.Body)
	}
}

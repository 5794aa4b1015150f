package shopifytest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"shopassist/shopify"
)

const (
	apiKey    = "fake-key"
	apiSecret = "fake-secret"
	shop      = "demo-store.myshopify.com"
)

// clock is a manual clock: the client's Sleep advances it, so throttling and
// expiry are exercised without real waiting.
type clock struct {
	mu     sync.Mutex
	t      time.Time
	sleeps []time.Duration
}

func newClock() *clock { return &clock{t: time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)} }

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

func (c *clock) Sleep(ctx context.Context, d time.Duration) error {
	c.mu.Lock()
	c.sleeps = append(c.sleeps, d)
	c.t = c.t.Add(d)
	c.mu.Unlock()
	return ctx.Err()
}

func (c *clock) Sleeps() []time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]time.Duration(nil), c.sleeps...)
}

// setup starts a fake with a manual clock and a client that sleeps on it.
func setup(t *testing.T, opts Options) (*Admin, *shopify.Client, *clock) {
	t.Helper()
	clk := newClock()
	opts.APIKey, opts.APISecret, opts.Now = apiKey, apiSecret, clk.Now
	a := New(opts)
	t.Cleanup(a.Close)
	c := a.Client()
	c.Sleep = clk.Sleep
	return a, c, clk
}

func TestInstallWithAuthorizationCode(t *testing.T) {
	a, c, _ := setup(t, Options{})
	a.SetShop(shop, ShopData{Name: "Demo Store", Email: "owner@demo.example", CurrencyCode: "EUR",
		IANATimezone: "Europe/Madrid", PrimaryDomainURL: "https://demo.example", PlanDisplayName: "Shopify Plus"})
	ctx := t.Context()

	code := a.IssueCode(shop)
	tok, err := c.ExchangeCode(ctx, shop, code, false)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(tok.AccessToken, "shpat_") || tok.Expiring() || tok.RefreshToken != "" || tok.Scope == "" {
		t.Fatalf("token = %+v", tok)
	}
	if !a.ValidToken(shop, tok.AccessToken) || a.ValidToken("other.myshopify.com", tok.AccessToken) {
		t.Fatal("token not recorded for exactly its shop")
	}

	info, err := c.ShopInfo(ctx, shop, tok.AccessToken)
	if err != nil {
		t.Fatal(err)
	}
	if info.Name != "Demo Store" || info.Email != "owner@demo.example" || info.CurrencyCode != "EUR" ||
		info.IANATimezone != "Europe/Madrid" || info.PrimaryDomain.URL != "https://demo.example" ||
		info.MyshopifyDomain != shop || info.Plan.DisplayName != "Shopify Plus" {
		t.Fatalf("shop info = %+v", info)
	}

	// Codes are single use, like Shopify's.
	_, err = c.ExchangeCode(ctx, shop, code, false)
	if !shopify.IsInvalidGrant(err) {
		t.Fatalf("reused code: %v, want invalid_grant", err)
	}
	var ae *shopify.APIError
	if !errors.As(err, &ae) || ae.Status != http.StatusBadRequest {
		t.Fatalf("reused code status: %v", err)
	}
}

func TestTokenEndpointRejections(t *testing.T) {
	a, c, _ := setup(t, Options{})
	ctx := t.Context()
	tests := []struct {
		name   string
		call   func() error
		status int
		code   string
	}{
		{"code of another shop", func() error {
			_, err := c.ExchangeCode(ctx, shop, a.IssueCode("other-store.myshopify.com"), false)
			return err
		}, 400, "invalid_grant"},
		{"unknown code", func() error {
			_, err := c.ExchangeCode(ctx, shop, "made-up", false)
			return err
		}, 400, "invalid_grant"},
		{"wrong client secret", func() error {
			bad := *c
			bad.APISecret = "guess"
			_, err := bad.ExchangeCode(ctx, shop, a.IssueCode(shop), false)
			return err
		}, 401, "invalid_client"},
		{"wrong client id", func() error {
			bad := *c
			bad.APIKey = "other-app"
			_, err := bad.ExchangeCode(ctx, shop, a.IssueCode(shop), false)
			return err
		}, 401, "invalid_client"},
		{"unknown refresh token", func() error {
			_, err := c.RefreshToken(ctx, shop, "shprt_nope")
			return err
		}, 400, "invalid_grant"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ae *shopify.APIError
			if err := tt.call(); !errors.As(err, &ae) || ae.Status != tt.status || ae.Code != tt.code {
				t.Fatalf("err = %v, want %d %s", err, tt.status, tt.code)
			}
		})
	}
}

func TestTokenExchange(t *testing.T) {
	a, c, clk := setup(t, Options{})
	ctx := t.Context()
	valid, err := a.SessionToken(shop, "42")
	if err != nil {
		t.Fatal(err)
	}

	forge := func(edit func(*shopify.SessionClaims), secret string) string {
		now := clk.Now()
		cl := shopify.SessionClaims{Shop: shop, UserID: "42", Audience: apiKey, IssuedAt: now, NotBefore: now, ExpiresAt: now.Add(time.Minute)}
		edit(&cl)
		tok, err := SignSessionToken(cl, secret)
		if err != nil {
			t.Fatal(err)
		}
		return tok
	}
	tests := []struct {
		name  string
		token string
		ok    bool
	}{
		{"valid", valid, true},
		{"forged with another secret", forge(func(*shopify.SessionClaims) {}, "attacker-secret"), false},
		{"signature stripped", valid[:strings.LastIndex(valid, ".")+1], false},
		{"another app's audience", forge(func(c *shopify.SessionClaims) { c.Audience = "other-app" }, apiSecret), false},
		{"issued for another shop", forge(func(c *shopify.SessionClaims) { c.Shop = "other-store.myshopify.com" }, apiSecret), false},
		{"expired", forge(func(c *shopify.SessionClaims) {
			c.IssuedAt, c.NotBefore, c.ExpiresAt = clk.Now().Add(-5*time.Minute), clk.Now().Add(-5*time.Minute), clk.Now().Add(-4*time.Minute)
		}, apiSecret), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tok, err := c.TokenExchange(ctx, shop, tt.token, true)
			if !tt.ok {
				var ae *shopify.APIError
				if !errors.As(err, &ae) || ae.Status != 400 || !shopify.IsInvalidSubjectToken(err) || shopify.IsInvalidGrant(err) {
					t.Fatalf("err = %v, want 400 invalid_subject_token", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !tok.Expiring() || tok.RefreshToken == "" || !a.ValidToken(shop, tok.AccessToken) {
				t.Fatalf("token = %+v", tok)
			}
		})
	}
}

func TestRefreshRotation(t *testing.T) {
	a, c, clk := setup(t, Options{TokenTTL: 30 * time.Minute})
	ctx := t.Context()
	first, err := c.ExchangeCode(ctx, shop, a.IssueCode(shop), true)
	if err != nil {
		t.Fatal(err)
	}
	if !first.Expiring() || first.RefreshToken == "" {
		t.Fatalf("expiring install returned %+v", first)
	}

	// The access token dies with its TTL.
	clk.Advance(31 * time.Minute)
	if a.ValidToken(shop, first.AccessToken) {
		t.Fatal("access token valid after TTL")
	}
	if _, err := c.ShopInfo(ctx, shop, first.AccessToken); !shopify.IsUnauthorized(err) {
		t.Fatalf("expired token GraphQL: %v, want 401", err)
	}

	second, err := c.RefreshToken(ctx, shop, first.RefreshToken)
	if err != nil {
		t.Fatal(err)
	}
	if second.AccessToken == first.AccessToken || second.RefreshToken == first.RefreshToken || second.RefreshToken == "" {
		t.Fatalf("refresh did not rotate: %+v", second)
	}
	if _, err := c.ShopInfo(ctx, shop, second.AccessToken); err != nil {
		t.Fatalf("refreshed token rejected: %v", err)
	}
	if _, err := c.RefreshToken(ctx, "other-store.myshopify.com", second.RefreshToken); !shopify.IsInvalidGrant(err) {
		t.Fatalf("refresh token of another shop: %v, want invalid_grant", err)
	}
}

// TestRefreshRecovery covers Shopify's rotation rules: a used refresh token
// keeps working until its replacement is used (so a lost response is
// recoverable), for at most 30 days; StrictRotation retires it at once.
func TestRefreshRecovery(t *testing.T) {
	install := func(t *testing.T, opts Options) (*Admin, *shopify.Client, *clock, string) {
		a, c, clk := setup(t, opts)
		tok, err := c.ExchangeCode(t.Context(), shop, a.IssueCode(shop), true)
		if err != nil {
			t.Fatal(err)
		}
		return a, c, clk, tok.RefreshToken
	}
	refresh := func(t *testing.T, c *shopify.Client, rt string) string {
		t.Helper()
		tok, err := c.RefreshToken(t.Context(), shop, rt)
		if err != nil {
			t.Fatalf("refresh: %v", err)
		}
		return tok.RefreshToken
	}
	rejected := func(t *testing.T, c *shopify.Client, rt string) {
		t.Helper()
		if _, err := c.RefreshToken(t.Context(), shop, rt); !shopify.IsInvalidGrant(err) {
			t.Fatalf("refresh with retired token: %v, want invalid_grant", err)
		}
	}

	t.Run("lost response is recoverable until the replacement is used", func(t *testing.T) {
		_, c, _, r1 := install(t, Options{})
		refresh(t, c, r1)       // response "lost"
		r2 := refresh(t, c, r1) // retry with the stored token works
		r3 := refresh(t, c, r2) // using the replacement retires r1
		rejected(t, c, r1)
		refresh(t, c, r3)
	})
	t.Run("recovery ends after 30 days", func(t *testing.T) {
		_, c, clk, r1 := install(t, Options{})
		r2 := refresh(t, c, r1)
		clk.Advance(31 * 24 * time.Hour)
		rejected(t, c, r1)
		refresh(t, c, r2)
	})
	t.Run("refresh token expires", func(t *testing.T) {
		_, c, clk, r1 := install(t, Options{RefreshTokenTTL: time.Hour})
		clk.Advance(time.Hour)
		rejected(t, c, r1)
	})
	t.Run("strict rotation retires on first use", func(t *testing.T) {
		_, c, _, r1 := install(t, Options{StrictRotation: true})
		r2 := refresh(t, c, r1)
		rejected(t, c, r1)
		r3 := refresh(t, c, r2)
		rejected(t, c, r2)
		refresh(t, c, r3)
	})
	t.Run("uninstall revokes refresh tokens", func(t *testing.T) {
		a, c, _, r1 := install(t, Options{})
		a.Revoke(shop)
		rejected(t, c, r1)
	})
}

func TestForcedExpiringOption(t *testing.T) {
	a, c, _ := setup(t, Options{Expiring: true})
	tok, err := c.ExchangeCode(t.Context(), shop, a.IssueCode(shop), false)
	if err != nil {
		t.Fatal(err)
	}
	if !tok.Expiring() || tok.RefreshToken == "" {
		t.Fatalf("Options.Expiring ignored: %+v", tok)
	}
}

func TestRevoke(t *testing.T) {
	a, c, _ := setup(t, Options{})
	tok := a.IssueToken(shop)
	other := a.IssueToken("other-store.myshopify.com")
	a.Revoke(shop)
	if _, err := c.ShopInfo(t.Context(), shop, tok); !shopify.IsUnauthorized(err) {
		t.Fatalf("revoked token: %v", err)
	}
	if !a.ValidToken("other-store.myshopify.com", other) {
		t.Fatal("Revoke touched another shop")
	}
}

func TestGraphQLAuthentication(t *testing.T) {
	a, c, _ := setup(t, Options{})
	tok := a.IssueToken(shop)
	tests := []struct {
		name, shop, token string
	}{
		{"unknown token", shop, "shpat_guess"},
		{"token of another shop", "other-store.myshopify.com", tok},
		{"empty token", shop, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := c.ShopInfo(t.Context(), tt.shop, tt.token); !shopify.IsUnauthorized(err) {
				t.Fatalf("err = %v, want 401", err)
			}
		})
	}
}

// The fake serves the app's one API version and names it in the response,
// like Shopify; a client on another version is refused so drift shows up.
func TestGraphQLAPIVersion(t *testing.T) {
	tests := []struct {
		name        string
		serve, call string
		wantOK      bool
	}{
		{"client default against fake default", "", "", true},
		{"explicit current version", "", shopify.DefaultAPIVersion, true},
		{"client on an older version", "", "2025-10", false},
		{"fake told to serve another version", "2026-07", "2026-07", true},
		{"client default against a fake on another version", "2026-07", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, c, _ := setup(t, Options{APIVersion: tt.serve})
			c.APIVersion = tt.call
			_, err := c.ShopInfo(t.Context(), shop, a.IssueToken(shop))
			if tt.wantOK && err != nil {
				t.Fatalf("ShopInfo: %v", err)
			}
			var apiErr *shopify.APIError
			if !tt.wantOK && (!errors.As(err, &apiErr) || apiErr.Status != http.StatusNotFound) {
				t.Fatalf("err = %v, want a 404 APIError", err)
			}
			reqs := a.Requests()
			if len(reqs) == 0 {
				t.Fatal("no request recorded")
			}
			want := tt.call
			if want == "" {
				want = shopify.DefaultAPIVersion
			}
			if got := reqs[len(reqs)-1].Path; got != "/admin/api/"+want+"/graphql.json" {
				t.Errorf("path = %q", got)
			}
		})
	}
	a, _, _ := setup(t, Options{})
	req, err := http.NewRequestWithContext(t.Context(), http.MethodPost, a.URL+"/admin/api/"+shopify.DefaultAPIVersion+"/graphql.json",
		strings.NewReader(`{"query":"{ shop { name } }"}`))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set(shopify.ShopDomainHeader, shop)
	req.Header.Set(shopify.AccessTokenHeader, a.IssueToken(shop))
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if got := res.Header.Get(shopify.APIVersionHeader); got != shopify.DefaultAPIVersion {
		t.Errorf("%s = %q, want %q", shopify.APIVersionHeader, got, shopify.DefaultAPIVersion)
	}
}

func TestThrottleThenSuccess(t *testing.T) {
	a, c, _ := setup(t, Options{})
	tok := a.IssueToken(shop)
	a.ThrottleNext(2)
	if _, err := c.ShopInfo(t.Context(), shop, tok); err != nil {
		t.Fatal(err)
	}
	reqs := a.Requests()
	var got []string
	for _, r := range reqs {
		got = append(got, fmt.Sprintf("%s/%d/%v", r.Operation, r.Status, r.Throttled))
	}
	want := "ShopInfo/200/true ShopInfo/200/true ShopInfo/200/false"
	if strings.Join(got, " ") != want {
		t.Fatalf("requests = %v, want %s", got, want)
	}
}

func TestLeakyBucket(t *testing.T) {
	a, c, clk := setup(t, Options{})
	tok := a.IssueToken(shop)
	a.SetCost(shopify.ShopInfoOperation, 600)

	cost, err := c.GraphQL(t.Context(), shop, tok, "query ShopInfo { shop { name } }", nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if cost.RequestedQueryCost != 600 || cost.ActualQueryCost != 600 || cost.ThrottleStatus != (shopify.ThrottleStatus{MaximumAvailable: 1000, CurrentlyAvailable: 400, RestoreRate: 100}) {
		t.Fatalf("cost = %+v", cost)
	}
	// 400 left, 600 needed: THROTTLED, the client waits (600-400)/100 = 2 s of
	// fake time, then succeeds.
	cost, err = c.GraphQL(t.Context(), shop, tok, "query ShopInfo { shop { name } }", nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if s := clk.Sleeps(); len(s) != 1 || s[0] != 2*time.Second {
		t.Fatalf("sleeps = %v, want [2s]", s)
	}
	if cost.ThrottleStatus.CurrentlyAvailable != 0 {
		t.Fatalf("bucket after second query = %+v", cost.ThrottleStatus)
	}
	// The bucket refills at the restore rate, capped at its size.
	clk.Advance(5 * time.Second)
	if got := a.Available(shop); got != 500 {
		t.Fatalf("available after 5s = %v, want 500", got)
	}
	clk.Advance(time.Hour)
	if got := a.Available(shop); got != 1000 {
		t.Fatalf("available after 1h = %v, want 1000", got)
	}
	// Buckets are per shop.
	a.SetAvailable(shop, 0)
	if got := a.Available("other-store.myshopify.com"); got != 1000 {
		t.Fatalf("other shop's bucket = %v", got)
	}
}

func TestRateLimitRetryAfter(t *testing.T) {
	a, c, clk := setup(t, Options{})
	tok := a.IssueToken(shop)
	a.RateLimitNext(1, 3*time.Second)
	if _, err := c.ShopInfo(t.Context(), shop, tok); err != nil {
		t.Fatal(err)
	}
	if s := clk.Sleeps(); len(s) != 1 || s[0] != 3*time.Second {
		t.Fatalf("sleeps = %v, want [3s]", s)
	}
	if r := a.Requests(); r[0].Status != 429 || r[1].Status != 200 {
		t.Fatalf("requests = %+v", r)
	}
}

func TestFailNext(t *testing.T) {
	tests := []struct {
		name     string
		n        int
		status   int
		wantErr  bool
		wantReqs int
	}{
		{"transient 503s are retried", 2, 503, false, 3},
		{"429 via FailNext carries Retry-After", 1, 429, false, 2},
		{"persistent 500 gives up", 10, 500, true, 5},
		{"400 is not retried", 1, 400, true, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, c, clk := setup(t, Options{})
			tok := a.IssueToken(shop)
			a.FailNext(tt.n, tt.status)
			_, err := c.ShopInfo(t.Context(), shop, tok)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tt.wantErr)
			}
			if n := len(a.Requests()); n != tt.wantReqs {
				t.Fatalf("requests = %d, want %d", n, tt.wantReqs)
			}
			if tt.status == 429 && clk.Sleeps()[0] != time.Second {
				t.Fatalf("sleeps = %v", clk.Sleeps())
			}
		})
	}
}

func TestCustomResolvers(t *testing.T) {
	a, c, _ := setup(t, Options{})
	tok := a.IssueToken(shop)
	a.Handle("ProductPage", func(ctx context.Context, gotShop string, vars map[string]any) (any, error) {
		if gotShop != shop || !strings.Contains(Query(ctx), "products(first: $first") {
			return nil, fmt.Errorf("unexpected shop %q or query %q", gotShop, Query(ctx))
		}
		n := int(vars["first"].(float64))
		edges := make([]any, n)
		for i := range edges {
			edges[i] = map[string]any{"node": map[string]any{"id": fmt.Sprintf("gid://shopify/Product/%d", i+1)}}
		}
		return map[string]any{"products": map[string]any{"edges": edges}}, nil
	})
	a.Handle("Orders", func(context.Context, string, map[string]any) (any, error) {
		return map[string]any{"orders": nil}, &Error{Message: "Access denied for orders field.", Code: "ACCESS_DENIED", Path: []any{"orders"}}
	})

	var page struct {
		Products struct {
			Edges []struct {
				Node struct{ ID string } `json:"node"`
			} `json:"edges"`
		} `json:"products"`
	}
	q := "query ProductPage($first: Int!) { products(first: $first) { edges { node { id } } } }"
	if _, err := c.GraphQL(t.Context(), shop, tok, q, map[string]any{"first": 3}, &page); err != nil {
		t.Fatal(err)
	}
	if len(page.Products.Edges) != 3 || page.Products.Edges[2].Node.ID != "gid://shopify/Product/3" {
		t.Fatalf("page = %+v", page)
	}
	if r := a.Requests(); r[0].Variables["first"] != 3.0 || r[0].Operation != "ProductPage" {
		t.Fatalf("recorded %+v", r[0])
	}

	_, err := c.GraphQL(t.Context(), shop, tok, "query Orders { orders(first: 1) { edges { node { id } } } }", nil, nil)
	var ge *shopify.GraphQLError
	if !errors.As(err, &ge) || !ge.HasCode("ACCESS_DENIED") || ge.Errors[0].Path[0] != "orders" {
		t.Fatalf("err = %v", err)
	}

	_, err = c.GraphQL(t.Context(), shop, tok, "query Nobody { x }", nil, nil)
	if !errors.As(err, &ge) || !ge.HasCode("UNKNOWN_OPERATION") {
		t.Fatalf("unknown operation err = %v", err)
	}
}

func TestBulkOperation(t *testing.T) {
	a, c, _ := setup(t, Options{BulkPolls: 2})
	tok := a.IssueToken(shop)
	a.HandleBulk(func(_ context.Context, gotShop, query string) ([][]byte, error) {
		if !strings.Contains(query, "products") {
			return nil, errors.New("unsupported bulk query")
		}
		var lines [][]byte
		for p := 1; p <= 3; p++ {
			lines = append(lines, fmt.Appendf(nil, `{"id":"gid://shopify/Product/%d","title":"P%d"}`, p, p))
			for v := 1; v <= 2; v++ {
				lines = append(lines, fmt.Appendf(nil, `{"id":"gid://shopify/ProductVariant/%d%d","__parentId":"gid://shopify/Product/%d"}`, p, v, p))
			}
		}
		return lines, nil
	})

	url, err := c.BulkQuery(t.Context(), shop, tok, "{ products { edges { node { id title variants { edges { node { id } } } } } } }")
	if err != nil {
		t.Fatal(err)
	}
	children := map[string]int{}
	products := 0
	err = c.StreamJSONL(t.Context(), url, func(line []byte) error {
		var obj struct {
			ID       string `json:"id"`
			ParentID string `json:"__parentId"`
		}
		if err := json.Unmarshal(line, &obj); err != nil {
			return err
		}
		if obj.ParentID == "" {
			products++
		} else {
			children[obj.ParentID]++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if products != 3 || children["gid://shopify/Product/2"] != 2 {
		t.Fatalf("products = %d, children = %v", products, children)
	}
	polls := 0
	for _, r := range a.Requests() {
		if r.Operation == shopify.BulkStatusOperation {
			polls++
		}
	}
	if polls != 3 {
		t.Fatalf("status polls = %d, want 3 (2 RUNNING + COMPLETED)", polls)
	}

	// A failing generator surfaces as a FAILED operation.
	_, err = c.BulkQuery(t.Context(), shop, tok, "{ orders { edges { node { id } } } }")
	var be *shopify.BulkOperationError
	if !errors.As(err, &be) || be.Status != "FAILED" {
		t.Fatalf("failed bulk err = %v", err)
	}
}

func TestBulkOperationRejections(t *testing.T) {
	a, c, _ := setup(t, Options{BulkPolls: 100})
	tok := a.IssueToken(shop)
	var be *shopify.BulkOperationError
	if _, err := c.BulkQuery(t.Context(), shop, tok, "{ products { edges { node { id } } } }"); !errors.As(err, &be) || len(be.UserErrors) == 0 {
		t.Fatalf("bulk without handler: %v", err)
	}

	a.HandleBulk(func(context.Context, string, string) ([][]byte, error) { return nil, nil })
	ctx, cancel := context.WithCancel(t.Context())
	started := make(chan struct{})
	poller := a.Client()
	poller.Sleep = func(ctx context.Context, _ time.Duration) error {
		select {
		case <-started:
		default:
			close(started)
		}
		<-ctx.Done()
		return ctx.Err()
	}
	done := make(chan error, 1)
	go func() {
		_, err := poller.BulkQuery(ctx, shop, tok, "{ products { edges { node { id } } } }")
		done <- err
	}()
	<-started
	if _, err := c.BulkQuery(t.Context(), shop, tok, "{ products { edges { node { id } } } }"); !errors.As(err, &be) || !strings.Contains(err.Error(), "already in progress") {
		t.Fatalf("concurrent bulk: %v", err)
	}
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Fatalf("poller: %v", err)
	}
}

func TestServeJSONL(t *testing.T) {
	a, c, _ := setup(t, Options{})
	url := a.ServeJSONL("exports/x.jsonl", [][]byte{[]byte(`{"a":1}`), []byte(`{"b":2}`)})
	if url != a.URL+"/exports/x.jsonl" {
		t.Fatalf("url = %s", url)
	}
	var lines []string
	if err := c.StreamJSONL(t.Context(), url, func(l []byte) error { lines = append(lines, string(l)); return nil }); err != nil {
		t.Fatal(err)
	}
	if strings.Join(lines, "|") != `{"a":1}|{"b":2}` {
		t.Fatalf("lines = %v", lines)
	}
	var ae *shopify.APIError
	if err := c.StreamJSONL(t.Context(), a.URL+"/missing.jsonl", func([]byte) error { return nil }); !errors.As(err, &ae) || ae.Status != 404 {
		t.Fatalf("missing file: %v", err)
	}
}

func TestOperationName(t *testing.T) {
	tests := map[string]string{
		"query ShopInfo { shop { name } }":                                   "ShopInfo",
		"mutation BulkOperationRunQuery($query: String!) { x }":              "BulkOperationRunQuery",
		"fragment F on Product { id }\nquery Products { products { ...F } }": "Products",
		"{ shop { name } }":                        "",
		"query($id: ID!) { node(id: $id) { id } }": "",
		"  query\n  Multi_Line2 { a }":             "Multi_Line2",
	}
	for doc, want := range tests {
		if got := OperationName(doc); got != want {
			t.Errorf("OperationName(%q) = %q, want %q", doc, got, want)
		}
	}
}

func TestTokenEndpointRawRequests(t *testing.T) {
	a, _, _ := setup(t, Options{})
	form := func(kv ...string) (string, string) {
		v := make([]string, 0, len(kv)/2)
		for i := 0; i < len(kv); i += 2 {
			v = append(v, kv[i]+"="+kv[i+1])
		}
		return "application/x-www-form-urlencoded", strings.Join(v, "&")
	}
	creds := []string{"client_id", apiKey, "client_secret", apiSecret}
	tests := []struct {
		name       string
		shopHeader string
		ctype      string
		body       string
		status     int
		code       string
	}{
		{name: "form-encoded code grant", shopHeader: shop, status: 200},
		{name: "missing shop header", shopHeader: "", status: 400, code: "invalid_request"},
		{name: "malformed JSON", shopHeader: shop, ctype: "application/json", body: "{", status: 400, code: "invalid_request"},
		{name: "unsupported grant", shopHeader: shop, status: 400, code: "unsupported_grant_type"},
		{name: "online token requested", shopHeader: shop, status: 400, code: "invalid_request"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctype, body := tt.ctype, tt.body
			switch tt.name {
			case "form-encoded code grant", "missing shop header":
				ctype, body = form(append(creds, "code", a.IssueCode(shop))...)
			case "unsupported grant":
				ctype, body = form(append(creds, "grant_type", "password")...)
			case "online token requested":
				ctype, body = form(append(creds, "grant_type", shopify.GrantTypeTokenExchange,
					"subject_token_type", shopify.TokenTypeIDToken,
					"requested_token_type", "urn:shopify:params:oauth:token-type:online-access-token")...)
			}
			req, err := http.NewRequestWithContext(t.Context(), http.MethodPost, a.URL+"/admin/oauth/access_token", strings.NewReader(body))
			if err != nil {
				t.Fatal(err)
			}
			req.Header.Set("Content-Type", ctype)
			if tt.shopHeader != "" {
				req.Header.Set(shopify.ShopDomainHeader, tt.shopHeader)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			var out map[string]any
			if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
				t.Fatal(err)
			}
			if resp.StatusCode != tt.status || (tt.code != "" && out["error"] != tt.code) {
				t.Fatalf("status %d body %v, want %d %s", resp.StatusCode, out, tt.status, tt.code)
			}
			if tt.status == 200 && !a.ValidToken(shop, out["access_token"].(string)) {
				t.Fatalf("issued token not valid: %v", out)
			}
		})
	}
}

func TestResolverPlainError(t *testing.T) {
	a, c, _ := setup(t, Options{})
	tok := a.IssueToken(shop)
	a.Handle("Broken", func(context.Context, string, map[string]any) (any, error) {
		return nil, errors.New("boom")
	})
	_, err := c.GraphQL(t.Context(), shop, tok, "query Broken { x }", nil, nil)
	var ge *shopify.GraphQLError
	if !errors.As(err, &ge) || ge.Errors[0].Message != "boom" || ge.Errors[0].Code() != "" {
		t.Fatalf("err = %v", err)
	}
	if (&Error{Message: "m"}).Error() != "m" {
		t.Fatal("Error.Error")
	}
}

func BenchmarkGraphQLRoundTrip(b *testing.B) {
	a := New(Options{APIKey: apiKey, APISecret: apiSecret, BucketSize: 1e12, RestoreRate: 1e12})
	defer a.Close()
	tok := a.IssueToken(shop)
	c := a.Client()
	ctx := context.Background()
	for b.Loop() {
		if _, err := c.ShopInfo(ctx, shop, tok); err != nil {
			b.Fatal(err)
		}
	}
}

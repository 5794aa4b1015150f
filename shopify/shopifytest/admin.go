// Package shopifytest is a fake Shopify Admin API for tests and local
// development. It runs on an httptest.Server and speaks the real wire
// protocol — the OAuth token endpoint (authorization code, token exchange,
// refresh with rotation) and Admin GraphQL with a per-shop leaky-bucket cost
// limit — so code under test uses the production shopify.Client pointed at
// Admin.URL (shopify.Client.AdminURL / SHOPIFY_ADMIN_URL).
//
// GraphQL is served by resolvers registered per operation name with Handle;
// ShopInfo and the bulk-operation pair used by shopify.Client.BulkQuery are
// built in. Knobs (FailNext, ThrottleNext, RateLimitNext, SetAvailable)
// inject the failures the client must survive.
package shopifytest

import (
	"net/http"
	"net/http/httptest"
	"sync"
	"time"

	"shopassist/shopify"
)

// Options configure a fake Admin API. Zero values get the defaults noted.
type Options struct {
	// APIKey and APISecret are the only client credentials accepted; they
	// also verify session tokens during token exchange.
	APIKey, APISecret string
	// Expiring forces expiring offline tokens (with refresh tokens) even when
	// the request does not ask for them with expiring=1.
	Expiring bool
	// TokenTTL is the lifetime of expiring access tokens (default 1 h).
	TokenTTL time.Duration
	// RefreshTokenTTL is the lifetime of refresh tokens (default 90 days).
	RefreshTokenTTL time.Duration
	// StrictRotation retires a refresh token on its first use. By default
	// the fake follows Shopify since August 2026: a used refresh token keeps
	// working (for up to 30 days) until its replacement is used, so an app
	// that lost a refresh response can recover.
	StrictRotation bool
	// Scopes is reported in token responses (default
	// "read_products,read_orders,read_customers").
	Scopes string
	// BucketSize and RestoreRate shape each shop's cost bucket (defaults
	// 1000 points and 100 points/s, Shopify's standard plan).
	BucketSize, RestoreRate float64
	// DefaultCost is charged for operations without SetCost (default 10).
	DefaultCost float64
	// BulkPolls is how many status polls report RUNNING before a bulk
	// operation completes (default 1).
	BulkPolls int
	// APIVersion is the only Admin API version served (default
	// shopify.DefaultAPIVersion); a request for another one gets 404, so a
	// client or config that drifted from the app's version fails its tests.
	APIVersion string
	// Now is the clock for token expiry, session-token checks and bucket
	// refill (default time.Now). Tests can drive it from Client.Sleep.
	Now func() time.Time
}

func (o *Options) setDefaults() {
	if o.TokenTTL <= 0 {
		o.TokenTTL = time.Hour
	}
	if o.RefreshTokenTTL <= 0 {
		o.RefreshTokenTTL = 90 * 24 * time.Hour
	}
	if o.Scopes == "" {
		o.Scopes = "read_products,read_orders,read_customers"
	}
	if o.BucketSize <= 0 {
		o.BucketSize = 1000
	}
	if o.RestoreRate <= 0 {
		o.RestoreRate = 100
	}
	if o.DefaultCost <= 0 {
		o.DefaultCost = 10
	}
	if o.BulkPolls <= 0 {
		o.BulkPolls = 1
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.APIVersion == "" {
		o.APIVersion = shopify.DefaultAPIVersion
	}
}

// Admin is a running fake Admin API. All methods are safe for concurrent use.
type Admin struct {
	// URL is the server's base URL, to use as shopify.Client.AdminURL.
	URL string

	srv  *httptest.Server
	opts Options

	mu        sync.Mutex
	codes     map[string]string // authorization code → shop
	access    map[string]grant  // access token → grant
	refresh   map[string]*refreshGrant
	shops     map[string]ShopData
	resolvers map[string]Resolver
	costs     map[string]float64
	buckets   map[string]*bucket
	faults    faults
	requests  []Request
	files     map[string][]byte
	bulkFn    BulkFunc
	bulkOps   map[string]*bulkOp
	seq       int
}

// grant is an issued token and what it is valid for.
type grant struct {
	shop      string
	expiresAt time.Time // zero: never
}

// refreshGrant is an issued refresh token and its rotation state.
type refreshGrant struct {
	grant
	parent    string    // refresh token this one replaced
	firstUsed time.Time // zero until presented
}

// Request is one call the fake received, for assertions.
type Request struct {
	Method, Path string
	Shop         string
	// Operation is the GraphQL operation name; GrantType the OAuth grant
	// ("authorization_code" for code exchanges).
	Operation, GrantType string
	Variables            map[string]any
	// Status is the HTTP status answered; Throttled marks THROTTLED replies.
	Status    int
	Throttled bool
	At        time.Time
}

// New starts a fake Admin API. Call Close when done (t.Cleanup(a.Close)).
func New(opts Options) *Admin {
	opts.setDefaults()
	a := &Admin{
		opts:      opts,
		codes:     map[string]string{},
		access:    map[string]grant{},
		refresh:   map[string]*refreshGrant{},
		shops:     map[string]ShopData{},
		resolvers: map[string]Resolver{},
		costs:     map[string]float64{},
		buckets:   map[string]*bucket{},
		files:     map[string][]byte{},
		bulkOps:   map[string]*bulkOp{},
	}
	a.resolvers[shopify.ShopInfoOperation] = a.resolveShopInfo
	a.resolvers[shopify.BulkRunOperation] = a.resolveBulkRun
	a.resolvers[shopify.BulkStatusOperation] = a.resolveBulkStatus

	mux := http.NewServeMux()
	mux.HandleFunc("POST /admin/oauth/access_token", a.serveToken)
	mux.HandleFunc("POST /admin/api/{version}/graphql.json", a.serveGraphQL)
	mux.HandleFunc("GET /", a.serveFile)
	a.srv = httptest.NewServer(mux)
	a.URL = a.srv.URL
	return a
}

// Close shuts the server down.
func (a *Admin) Close() { a.srv.Close() }

// Client returns a shopify.Client wired to this fake with its credentials.
func (a *Admin) Client() *shopify.Client {
	return &shopify.Client{
		HTTP:      a.srv.Client(),
		AdminURL:  a.URL,
		APIKey:    a.opts.APIKey,
		APISecret: a.opts.APISecret,
		Now:       a.opts.Now,
	}
}

// Requests returns a copy of every request received so far, in order.
func (a *Admin) Requests() []Request {
	a.mu.Lock()
	defer a.mu.Unlock()
	out := make([]Request, len(a.requests))
	copy(out, a.requests)
	return out
}

func (a *Admin) record(r Request) {
	a.mu.Lock()
	a.requests = append(a.requests, r)
	a.mu.Unlock()
}

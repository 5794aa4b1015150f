package shopify

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"
)

// reply is one scripted answer of scriptServer.
type reply struct {
	status int
	header map[string]string
	body   string
}

// scriptServer answers successive requests with the scripted replies (the
// last one repeats) and records the request bodies.
type scriptServer struct {
	*httptest.Server
	mu      sync.Mutex
	replies []reply
	reqs    []recordedRequest
}

type recordedRequest struct {
	Path, Token, Shop string
	Body              graphQLRequest
}

func newScriptServer(t *testing.T, replies ...reply) *scriptServer {
	t.Helper()
	s := &scriptServer{replies: replies}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var body graphQLRequest
		_ = json.NewDecoder(r.Body).Decode(&body)
		s.mu.Lock()
		s.reqs = append(s.reqs, recordedRequest{r.URL.Path, r.Header.Get(AccessTokenHeader), r.Header.Get(ShopDomainHeader), body})
		rp := s.replies[0]
		if len(s.replies) > 1 {
			s.replies = s.replies[1:]
		}
		s.mu.Unlock()
		for k, v := range rp.header {
			w.Header().Set(k, v)
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(rp.status)
		_, _ = w.Write([]byte(rp.body))
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *scriptServer) requests() []recordedRequest {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]recordedRequest(nil), s.reqs...)
}

// sleepRecorder replaces Client.Sleep and remembers every requested wait.
type sleepRecorder struct {
	mu    sync.Mutex
	waits []time.Duration
}

func (r *sleepRecorder) sleep(ctx context.Context, d time.Duration) error {
	r.mu.Lock()
	r.waits = append(r.waits, d)
	r.mu.Unlock()
	return ctx.Err()
}

const (
	okBody        = `{"data":{"shop":{"name":"Demo"}},"extensions":{"cost":{"requestedQueryCost":12,"actualQueryCost":10,"throttleStatus":{"maximumAvailable":1000,"currentlyAvailable":990,"restoreRate":100}}}}`
	throttledBody = `{"errors":[{"message":"Throttled","extensions":{"code":"THROTTLED","documentation":"https://shopify.dev/api/usage/rate-limits"}}],"extensions":{"cost":{"requestedQueryCost":250,"actualQueryCost":null,"throttleStatus":{"maximumAvailable":1000,"currentlyAvailable":50,"restoreRate":100}}}}`
)

type shopName struct {
	Shop struct {
		Name string `json:"name"`
	} `json:"shop"`
}

func TestGraphQLSuccess(t *testing.T) {
	srv := newScriptServer(t, reply{status: 200, body: okBody})
	c := testClient(srv.URL)
	c.APIVersion = "2026-07"
	var out shopName
	cost, err := c.GraphQL(t.Context(), testShop, "shpat_1", "query ShopName { shop { name } }", map[string]any{"x": 1.0}, &out)
	if err != nil {
		t.Fatal(err)
	}
	if out.Shop.Name != "Demo" {
		t.Errorf("name = %q", out.Shop.Name)
	}
	want := Cost{RequestedQueryCost: 12, ActualQueryCost: 10, ThrottleStatus: ThrottleStatus{1000, 990, 100}}
	if cost == nil || *cost != want {
		t.Errorf("cost = %+v, want %+v", cost, want)
	}
	r := srv.requests()[0]
	if r.Path != "/admin/api/2026-07/graphql.json" || r.Token != "shpat_1" || r.Shop != testShop || r.Body.Variables["x"] != 1.0 {
		t.Errorf("request = %+v", r)
	}
}

func TestGraphQLRetries(t *testing.T) {
	tests := []struct {
		name      string
		query     string
		replies   []reply
		wantErr   bool
		wantCalls int
		// checkWaits validates the waits the client asked for.
		checkWaits func(t *testing.T, waits []time.Duration)
	}{
		{
			name:      "throttled then success waits for the deficit",
			replies:   []reply{{status: 200, body: throttledBody}, {status: 200, body: okBody}},
			wantCalls: 2,
			checkWaits: func(t *testing.T, w []time.Duration) {
				// (250 needed - 50 available) / 100 per second = 2 s.
				if len(w) != 1 || w[0] != 2*time.Second {
					t.Errorf("waits = %v, want [2s]", w)
				}
			},
		},
		{
			name:      "mutation throttled is retried too",
			query:     "mutation M { x }",
			replies:   []reply{{status: 200, body: throttledBody}, {status: 200, body: okBody}},
			wantCalls: 2,
		},
		{
			name: "429 honours Retry-After",
			replies: []reply{
				{status: 429, header: map[string]string{"Retry-After": "2.0"}, body: `{"errors":"Exceeded 2 calls per second for api client."}`},
				{status: 200, body: okBody},
			},
			wantCalls: 2,
			checkWaits: func(t *testing.T, w []time.Duration) {
				if len(w) != 1 || w[0] != 2*time.Second {
					t.Errorf("waits = %v, want [2s]", w)
				}
			},
		},
		{
			name:      "429 without Retry-After waits a second",
			replies:   []reply{{status: 429, body: `{}`}, {status: 200, body: okBody}},
			wantCalls: 2,
			checkWaits: func(t *testing.T, w []time.Duration) {
				if len(w) != 1 || w[0] != time.Second {
					t.Errorf("waits = %v, want [1s]", w)
				}
			},
		},
		{
			name:      "5xx backs off exponentially",
			replies:   []reply{{status: 502, body: "bad gateway"}, {status: 503, body: "unavailable"}, {status: 500, body: "oops"}, {status: 200, body: okBody}},
			wantCalls: 4,
			checkWaits: func(t *testing.T, w []time.Duration) {
				if len(w) != 3 {
					t.Fatalf("waits = %v, want 3", w)
				}
				for i, d := range w {
					hi := backoffBase << i
					if d < hi/2 || d > hi {
						t.Errorf("wait %d = %s, want in [%s, %s]", i, d, hi/2, hi)
					}
				}
			},
		},
		{
			name:      "5xx on a mutation is not retried",
			query:     "# create\nmutation Create { x }",
			replies:   []reply{{status: 500, body: "oops"}, {status: 200, body: okBody}},
			wantErr:   true,
			wantCalls: 1,
		},
		{
			name:      "gives up after MaxAttempts",
			replies:   []reply{{status: 200, body: throttledBody}},
			wantErr:   true,
			wantCalls: 5,
		},
		{
			name:      "401 is final",
			replies:   []reply{{status: 401, body: `{"errors":"[API] Invalid API key or access token (unrecognized login or wrong password)"}`}},
			wantErr:   true,
			wantCalls: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newScriptServer(t, tt.replies...)
			rec := &sleepRecorder{}
			c := testClient(srv.URL)
			c.Sleep = rec.sleep
			query := tt.query
			if query == "" {
				query = "query ShopName { shop { name } }"
			}
			var out shopName
			_, err := c.GraphQL(t.Context(), testShop, "tok", query, nil, &out)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tt.wantErr)
			}
			if !tt.wantErr && out.Shop.Name != "Demo" {
				t.Errorf("data not decoded after retry: %+v", out)
			}
			if n := len(srv.requests()); n != tt.wantCalls {
				t.Errorf("calls = %d, want %d", n, tt.wantCalls)
			}
			if tt.checkWaits != nil {
				tt.checkWaits(t, rec.waits)
			}
		})
	}
}

func TestGraphQLErrorKinds(t *testing.T) {
	t.Run("throttled after retries", func(t *testing.T) {
		srv := newScriptServer(t, reply{status: 200, body: throttledBody})
		c := testClient(srv.URL)
		c.MaxAttempts = 2
		cost, err := c.GraphQL(t.Context(), testShop, "tok", "{ shop { name } }", nil, nil)
		if !IsThrottled(err) {
			t.Fatalf("err = %v, want throttled", err)
		}
		if cost == nil || cost.ThrottleStatus.CurrentlyAvailable != 50 {
			t.Errorf("cost = %+v", cost)
		}
	})
	t.Run("field errors keep partial data", func(t *testing.T) {
		srv := newScriptServer(t, reply{status: 200, body: `{"data":{"shop":{"name":"Demo"}},"errors":[{"message":"Access denied for orders field.","path":["orders"],"extensions":{"code":"ACCESS_DENIED"}}]}`})
		var out shopName
		_, err := testClient(srv.URL).GraphQL(t.Context(), testShop, "tok", "{ shop { name } }", nil, &out)
		var ge *GraphQLError
		if !errors.As(err, &ge) || !ge.HasCode("ACCESS_DENIED") || IsThrottled(err) {
			t.Fatalf("err = %v", err)
		}
		if out.Shop.Name != "Demo" {
			t.Errorf("partial data lost: %+v", out)
		}
	})
	t.Run("string errors", func(t *testing.T) {
		srv := newScriptServer(t, reply{status: 200, body: `{"errors":"Parse error on \"}\""}`})
		_, err := testClient(srv.URL).GraphQL(t.Context(), testShop, "tok", "{", nil, nil)
		var ge *GraphQLError
		if !errors.As(err, &ge) || ge.Errors[0].Message != `Parse error on "}"` {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("unauthorized", func(t *testing.T) {
		srv := newScriptServer(t, reply{status: 401, body: `{"errors":"[API] Invalid API key or access token"}`})
		_, err := testClient(srv.URL).GraphQL(t.Context(), testShop, "tok", "{ shop { name } }", nil, nil)
		if !IsUnauthorized(err) {
			t.Fatalf("err = %v, want unauthorized", err)
		}
	})
}

func TestGraphQLStopsWhenContextEnds(t *testing.T) {
	srv := newScriptServer(t, reply{status: 200, body: throttledBody})
	ctx, cancel := context.WithCancel(t.Context())
	c := testClient(srv.URL)
	c.Sleep = func(ctx context.Context, d time.Duration) error {
		cancel()
		return ctx.Err()
	}
	_, err := c.GraphQL(ctx, testShop, "tok", "{ shop { name } }", nil, nil)
	if !errors.Is(err, context.Canceled) || !IsThrottled(err) {
		t.Fatalf("err = %v, want canceled wrapping the throttle", err)
	}
	if n := len(srv.requests()); n != 1 {
		t.Errorf("calls = %d, want 1", n)
	}
}

func TestDefaultSleepHonoursContext(t *testing.T) {
	c := &Client{}
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if err := c.sleep(ctx, time.Hour); !errors.Is(err, context.Canceled) {
		t.Fatalf("sleep = %v", err)
	}
	if err := c.sleep(t.Context(), time.Millisecond); err != nil {
		t.Fatalf("sleep = %v", err)
	}
}

func TestThrottleWait(t *testing.T) {
	c := &Client{}
	tests := []struct {
		name string
		cost *Cost
		want time.Duration
	}{
		{"no cost info", nil, time.Second},
		{"deficit", &Cost{RequestedQueryCost: 152, ThrottleStatus: ThrottleStatus{1000, 2, 50}}, 3 * time.Second},
		{"rounds up", &Cost{RequestedQueryCost: 101, ThrottleStatus: ThrottleStatus{1000, 0, 100}}, 1010 * time.Millisecond},
		{"already enough waits minimum", &Cost{RequestedQueryCost: 10, ThrottleStatus: ThrottleStatus{1000, 500, 100}}, minThrottleWait},
		{"missing restore rate uses standard", &Cost{RequestedQueryCost: 200, ThrottleStatus: ThrottleStatus{1000, 0, 0}}, 2 * time.Second},
		{"capped", &Cost{RequestedQueryCost: 1000, ThrottleStatus: ThrottleStatus{1000, 0, 1}}, 30 * time.Second},
	}
	for _, tt := range tests {
		if got := c.throttleWait(tt.cost); got != tt.want {
			t.Errorf("%s: throttleWait = %s, want %s", tt.name, got, tt.want)
		}
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"2", 2 * time.Second, true},
		{"2.0", 2 * time.Second, true},
		{"0.5", 500 * time.Millisecond, true},
		{now.Add(3 * time.Second).Format(http.TimeFormat), 3 * time.Second, true},
		{now.Add(-time.Minute).Format(http.TimeFormat), 0, true},
		{"", 0, false},
		{"soon", 0, false},
		{"-1", 0, false},
	}
	for _, tt := range tests {
		got, ok := parseRetryAfter(tt.in, now)
		if got != tt.want || ok != tt.ok {
			t.Errorf("parseRetryAfter(%q) = %s, %v; want %s, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestOperationType(t *testing.T) {
	tests := map[string]string{
		"query Foo { a }":               "query",
		"{ a }":                         "query",
		"  mutation Bar($x: ID!) { }":   "mutation",
		"mutation{ a }":                 "mutation",
		"# comment\n\nmutation X { a }": "mutation",
		"mutationsList { a }":           "query",
		"":                              "query",
	}
	for doc, want := range tests {
		if got := operationType(doc); got != want {
			t.Errorf("operationType(%q) = %s, want %s", doc, got, want)
		}
	}
}

func TestGraphQLLogsRetries(t *testing.T) {
	srv := newScriptServer(t, reply{status: 200, body: throttledBody}, reply{status: 200, body: okBody})
	var buf bytes.Buffer
	c := testClient(srv.URL)
	c.Logger = slog.New(slog.NewJSONHandler(&buf, nil))
	if _, err := c.GraphQL(t.Context(), testShop, "tok", "{ shop { name } }", nil, nil); err != nil {
		t.Fatal(err)
	}
	var entry map[string]any
	if err := json.Unmarshal(buf.Bytes(), &entry); err != nil {
		t.Fatalf("log %q: %v", buf.String(), err)
	}
	if entry["msg"] != "shopify graphql retry" || entry["shop"] != testShop || entry["attempt"] != 1.0 || entry["level"] != "WARN" {
		t.Fatalf("log entry = %v", entry)
	}
}

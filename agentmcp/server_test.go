package agentmcp

import (
	"context"
	"encoding/json"
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

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"shopassist/assistant"
	"shopassist/assistant/intent"
	"shopassist/db"
)

// fakeStore serves agent tokens and shops from memory, with injectable
// failures, and records which tokens were touched.
type fakeStore struct {
	mu       sync.Mutex
	tokens   map[string]*db.AgentToken
	shops    map[int64]*db.Shop
	tokenErr error
	shopErr  error
	touchErr error
	touched  []int64
}

func (s *fakeStore) AgentTokenByToken(_ context.Context, token string) (*db.AgentToken, error) {
	if s.tokenErr != nil {
		return nil, s.tokenErr
	}
	t, ok := s.tokens[token]
	if !ok {
		return nil, db.ErrNotFound
	}
	return t, nil
}

func (s *fakeStore) TouchAgentToken(_ context.Context, id int64, _ time.Time) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.touched = append(s.touched, id)
	return s.touchErr
}

func (s *fakeStore) GetShopByID(_ context.Context, id int64) (*db.Shop, error) {
	if s.shopErr != nil {
		return nil, s.shopErr
	}
	sh, ok := s.shops[id]
	if !ok {
		return nil, db.ErrNotFound
	}
	return sh, nil
}

// fakeEngine records every request and answers with reply or err.
type fakeEngine struct {
	mu    sync.Mutex
	reqs  []assistant.Request
	reply *assistant.Reply
	err   error
}

func (e *fakeEngine) Reply(_ context.Context, r assistant.Request) (*assistant.Reply, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.reqs = append(e.reqs, r)
	if e.err != nil {
		return nil, e.err
	}
	if e.reply != nil {
		return e.reply, nil
	}
	return &assistant.Reply{ConversationID: "conv-new", ConversationToken: "tok-new", Text: "answer", Language: r.Locale}, nil
}

func (e *fakeEngine) last(t *testing.T) assistant.Request {
	t.Helper()
	e.mu.Lock()
	defer e.mu.Unlock()
	if len(e.reqs) == 0 {
		t.Fatal("the engine was not called")
	}
	return e.reqs[len(e.reqs)-1]
}

func (e *fakeEngine) calls() int {
	e.mu.Lock()
	defer e.mu.Unlock()
	return len(e.reqs)
}

const (
	goodToken   = "sa_mcp_good"
	goneToken   = "sa_mcp_uninstalled"
	orphanToken = "sa_mcp_orphan"
)

func newFixture() (*fakeStore, *fakeEngine) {
	gone := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	store := &fakeStore{
		tokens: map[string]*db.AgentToken{
			goodToken:   {ID: 7, ShopID: 1, Name: "agent"},
			goneToken:   {ID: 8, ShopID: 2, Name: "old"},
			orphanToken: {ID: 9, ShopID: 404, Name: "orphan"},
		},
		shops: map[int64]*db.Shop{
			1: {ID: 1, Domain: "alpen.myshopify.com", Name: "Alpen", PrimaryLocale: "de"},
			2: {ID: 2, Domain: "gone.myshopify.com", Name: "Gone", PrimaryLocale: "en", UninstalledAt: &gone},
		},
	}
	return store, &fakeEngine{}
}

func quietLogger() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

const initialize = `{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"t","version":"1"}}}`

// post sends one raw JSON-RPC initialize with the given Authorization.
func post(t *testing.T, h http.Handler, auth string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(http.MethodPost, "/mcp", strings.NewReader(initialize))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json, text/event-stream")
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func TestServeHTTPAuthentication(t *testing.T) {
	for _, tc := range []struct {
		name      string
		auth      string
		tokenErr  error
		shopErr   error
		want      int
		challenge string // expected WWW-Authenticate, "" for none
		touched   bool
	}{
		{name: "no header", want: http.StatusUnauthorized, challenge: `Bearer realm="shop assistant"`},
		{name: "basic scheme", auth: "Basic " + goodToken, want: http.StatusUnauthorized, challenge: `Bearer realm="shop assistant"`},
		{name: "bearer without token", auth: "Bearer", want: http.StatusUnauthorized, challenge: `Bearer realm="shop assistant"`},
		{name: "token with a space", auth: "Bearer a b", want: http.StatusUnauthorized, challenge: `Bearer realm="shop assistant"`},
		{name: "unknown token", auth: "Bearer sa_mcp_nope", want: http.StatusUnauthorized,
			challenge: `Bearer realm="shop assistant", error="invalid_token"`},
		{name: "token store down", auth: "Bearer " + goodToken, tokenErr: errors.New("connection refused"), want: http.StatusServiceUnavailable},
		{name: "shop store down", auth: "Bearer " + goodToken, shopErr: errors.New("connection refused"), want: http.StatusServiceUnavailable},
		{name: "shop uninstalled", auth: "Bearer " + goneToken, want: http.StatusNotFound},
		{name: "shop deleted", auth: "Bearer " + orphanToken, want: http.StatusNotFound},
		{name: "valid", auth: "Bearer " + goodToken, want: http.StatusOK, touched: true},
		{name: "scheme is case-insensitive", auth: "bearer " + goodToken, want: http.StatusOK, touched: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			store, engine := newFixture()
			store.tokenErr, store.shopErr = tc.tokenErr, tc.shopErr
			h := New(Options{Store: store, Engine: engine, Logger: quietLogger()})
			rec := post(t, h, tc.auth)
			if rec.Code != tc.want {
				t.Fatalf("status %d, want %d: %s", rec.Code, tc.want, rec.Body)
			}
			if got := rec.Header().Get("WWW-Authenticate"); got != tc.challenge {
				t.Errorf("WWW-Authenticate = %q, want %q", got, tc.challenge)
			}
			if got := rec.Header().Get("Cache-Control"); got != "no-store" {
				t.Errorf("Cache-Control = %q, want no-store", got)
			}
			if tc.want == http.StatusServiceUnavailable && rec.Header().Get("Retry-After") == "" {
				t.Error("503 without Retry-After")
			}
			if tc.want == http.StatusServiceUnavailable && strings.Contains(rec.Body.String(), "connection refused") {
				t.Errorf("the internal error reached the caller: %s", rec.Body)
			}
			if got := len(store.touched) > 0; got != tc.touched {
				t.Errorf("token touched = %v, want %v", got, tc.touched)
			}
			if engine.calls() != 0 {
				t.Error("initialize reached the engine")
			}
		})
	}
}

// A failing last-use update is bookkeeping: the call still succeeds.
func TestServeHTTPTouchFailureDoesNotFailTheCall(t *testing.T) {
	store, engine := newFixture()
	store.touchErr = errors.New("disk full")
	h := New(Options{Store: store, Engine: engine, Logger: quietLogger()})
	if rec := post(t, h, "Bearer "+goodToken); rec.Code != http.StatusOK {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	if !slices.Equal(store.touched, []int64{7}) {
		t.Errorf("touched = %v, want [7]", store.touched)
	}
}

func TestServeHTTPRateLimits(t *testing.T) {
	// A frozen clock: no bucket refills during the test.
	now := func() time.Time { return time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC) }

	t.Run("per address before authentication", func(t *testing.T) {
		store, engine := newFixture()
		h := New(Options{Store: store, Engine: engine, Now: now, Logger: quietLogger(),
			ClientIP: func(r *http.Request) string { return r.Header.Get("X-Test-IP") }})
		send := func(ip string) *httptest.ResponseRecorder {
			req := httptest.NewRequest(http.MethodPost, "/mcp", strings.NewReader(initialize))
			req.Header.Set("X-Test-IP", ip)
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			return rec
		}
		for i := range ipBurst {
			if rec := send("203.0.113.1"); rec.Code != http.StatusUnauthorized {
				t.Fatalf("request %d: status %d, want 401 (within the burst)", i, rec.Code)
			}
		}
		rec := send("203.0.113.1")
		if rec.Code != http.StatusTooManyRequests {
			t.Fatalf("request past the burst: status %d, want 429", rec.Code)
		}
		if rec.Header().Get("Retry-After") == "" || rec.Header().Get("Retry-After") == "0" {
			t.Errorf("Retry-After = %q, want a positive number of seconds", rec.Header().Get("Retry-After"))
		}
		if rec := send("203.0.113.2"); rec.Code != http.StatusUnauthorized {
			t.Errorf("another address was limited: status %d", rec.Code)
		}
	})

	t.Run("per token across addresses", func(t *testing.T) {
		store, engine := newFixture()
		n := 0
		h := New(Options{Store: store, Engine: engine, Now: now, Logger: quietLogger(),
			// Every request from a new address, so only the token's bucket counts.
			ClientIP: func(*http.Request) string { n++; return fmt.Sprintf("198.51.100.%d", n) }})
		for i := range tokenBurst {
			if rec := post(t, h, "Bearer "+goodToken); rec.Code != http.StatusOK {
				t.Fatalf("request %d: status %d, want 200 (within the burst)", i, rec.Code)
			}
		}
		if rec := post(t, h, "Bearer "+goodToken); rec.Code != http.StatusTooManyRequests {
			t.Fatalf("request past the token's burst: status %d, want 429", rec.Code)
		}
		// A refused request is not a use of the token.
		if len(store.touched) != tokenBurst {
			t.Errorf("touched %d times, want %d", len(store.touched), tokenBurst)
		}
	})
}

// bearerTransport adds the agent token to every request of the client.
type bearerTransport struct{ token string }

func (b bearerTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.Header.Set("Authorization", "Bearer "+b.token)
	return http.DefaultTransport.RoundTrip(r)
}

// session connects an MCP client to h over real HTTP.
func session(t *testing.T, h http.Handler) *mcp.ClientSession {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	t.Cleanup(cancel)
	client := mcp.NewClient(&mcp.Implementation{Name: "test-agent", Version: "1"}, nil)
	s, err := client.Connect(ctx, &mcp.StreamableClientTransport{Endpoint: srv.URL + "/mcp",
		HTTPClient: &http.Client{Transport: bearerTransport{goodToken}, Timeout: 20 * time.Second}}, nil)
	if err != nil {
		t.Fatalf("connect: %v", err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

// callTool calls a tool; it returns the structured answer, or the error
// text when the tool reported an error.
func callTool(t *testing.T, s *mcp.ClientSession, tool string, args map[string]any) (Answer, string) {
	t.Helper()
	res, err := s.CallTool(context.Background(), &mcp.CallToolParams{Name: tool, Arguments: args})
	if err != nil {
		t.Fatalf("%s: %v", tool, err)
	}
	if res.IsError {
		var msg []string
		for _, c := range res.Content {
			if tc, ok := c.(*mcp.TextContent); ok {
				msg = append(msg, tc.Text)
			}
		}
		return Answer{}, strings.Join(msg, " ")
	}
	raw, err := json.Marshal(res.StructuredContent)
	if err != nil {
		t.Fatal(err)
	}
	var a Answer
	if err := json.Unmarshal(raw, &a); err != nil {
		t.Fatalf("%s: structured content %s: %v", tool, raw, err)
	}
	if len(res.Content) != 1 || res.Content[0].(*mcp.TextContent).Text != a.Text {
		t.Errorf("%s: text content %v does not repeat the answer's text %q", tool, res.Content, a.Text)
	}
	return a, ""
}

func TestServerAnnouncesTheShop(t *testing.T) {
	store, engine := newFixture()
	s := session(t, New(Options{Store: store, Engine: engine, Version: "9.9", Logger: quietLogger()}))
	init := s.InitializeResult()
	if init.ServerInfo.Title != "Alpen customer service" || init.ServerInfo.Version != "9.9" {
		t.Errorf("server info = %+v", init.ServerInfo)
	}
	if !strings.Contains(init.Instructions, "conversation_token") {
		t.Errorf("instructions do not explain how to continue a conversation: %q", init.Instructions)
	}
	list, err := s.ListTools(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	readOnlyTools := map[string]bool{"ask_store": true, "search_products": true, "order_status": true}
	for _, tool := range list.Tools {
		ro := tool.Annotations != nil && tool.Annotations.ReadOnlyHint
		if ro != readOnlyTools[tool.Name] {
			t.Errorf("%s: read-only hint %v, want %v", tool.Name, ro, readOnlyTools[tool.Name])
		}
		if tool.Annotations == nil || tool.Annotations.OpenWorldHint == nil || *tool.Annotations.OpenWorldHint {
			t.Errorf("%s: a tool answering from the shop's own data must say it is not open-world", tool.Name)
		}
	}
}

// TestToolsDirectTheEngine pins what each tool hands the engine: the typed
// arguments become the directive, never guessed from words.
func TestToolsDirectTheEngine(t *testing.T) {
	for _, tc := range []struct {
		name  string
		tool  string
		args  map[string]any
		check func(t *testing.T, r assistant.Request)
	}{
		{"ask_store keeps the question and normalises the country", "ask_store",
			map[string]any{"question": "  Wie lange dauert der Versand?  ", "country": " us ", "product_id": 42},
			func(t *testing.T, r assistant.Request) {
				if r.Message != "Wie lange dauert der Versand?" || r.Country != "US" || r.ProductID != 42 {
					t.Errorf("request = %+v", r)
				}
				if r.Directive.Intent != "" {
					t.Errorf("ask_store forced intent %q; the engine must classify the question", r.Directive.Intent)
				}
			}},
		{"the shop's language when none is asked", "ask_store", map[string]any{"question": "hello"},
			func(t *testing.T, r assistant.Request) {
				if r.Locale != "de" || r.Directive.Language != "de" {
					t.Errorf("locale %q, directive language %q; want the shop's primary locale de", r.Locale, r.Directive.Language)
				}
			}},
		{"the asked language wins", "ask_store", map[string]any{"question": "hello", "language": "ja"},
			func(t *testing.T, r assistant.Request) {
				if r.Locale != "ja" || r.Directive.Language != "ja" {
					t.Errorf("locale %q, directive language %q; want ja", r.Locale, r.Directive.Language)
				}
			}},
		{"search_products states intent and constraints", "search_products",
			map[string]any{"query": "rain jacket", "min_price": 50, "max_price": 120, "currency": "eur",
				"colors": []string{"rot", "blue"}, "sizes": []string{"M"}},
			func(t *testing.T, r assistant.Request) {
				d := r.Directive
				if d.Intent != intent.ProductRecommendation {
					t.Errorf("intent %q, want %q", d.Intent, intent.ProductRecommendation)
				}
				if d.Price == nil || d.Price.Min != 50 || d.Price.Max != 120 || d.Price.Currency != "EUR" {
					t.Errorf("price = %+v, want 50–120 EUR", d.Price)
				}
				if !slices.Equal(d.Colors, []string{"rot", "blue"}) || !slices.Equal(d.Sizes, []string{"M"}) {
					t.Errorf("colors %v sizes %v", d.Colors, d.Sizes)
				}
				if r.Country != "" || r.ProductID != 0 {
					t.Errorf("search carried a country or product: %+v", r)
				}
			}},
		{"search without a budget has no price range", "search_products", map[string]any{"query": "tent"},
			func(t *testing.T, r assistant.Request) {
				if r.Directive.Price != nil {
					t.Errorf("price = %+v, want nil", r.Directive.Price)
				}
			}},
		{"search with only a ceiling", "search_products", map[string]any{"query": "tent", "max_price": 80},
			func(t *testing.T, r assistant.Request) {
				if p := r.Directive.Price; p == nil || p.Min != 0 || p.Max != 80 {
					t.Errorf("price = %+v, want up to 80", p)
				}
			}},
		{"order_status passes number and contact as proof, not as text", "order_status",
			map[string]any{"order_number": " 1001 ", "email_or_phone": "giulia@example.net", "language": "it"},
			func(t *testing.T, r assistant.Request) {
				d := r.Directive
				if d.Intent != intent.OrderStatus || d.OrderNumber != " 1001 " || d.Contact != "giulia@example.net" || d.Language != "it" {
					t.Errorf("directive = %+v", d)
				}
				if r.Message != "Where is my order #1001" {
					t.Errorf("message = %q", r.Message)
				}
				if strings.Contains(r.Message, "giulia") {
					t.Error("the contact was stored as message text")
				}
			}},
		{"order names that are not numbers stay as given", "order_status", map[string]any{"order_number": "EU-77A"},
			func(t *testing.T, r assistant.Request) {
				if r.Message != "Where is my order EU-77A" {
					t.Errorf("message = %q", r.Message)
				}
			}},
		{"start_return appends the shopper's details", "start_return",
			map[string]any{"order_number": "#1002", "email_or_phone": "+49 170 1234567", "details": " the boots are too small "},
			func(t *testing.T, r assistant.Request) {
				if r.Directive.Intent != intent.ReturnRequest || r.Directive.Contact != "+49 170 1234567" {
					t.Errorf("directive = %+v", r.Directive)
				}
				if r.Message != "I want to return items from order #1002: the boots are too small" {
					t.Errorf("message = %q", r.Message)
				}
			}},
		{"start_return without details", "start_return", map[string]any{"order_number": "1002"},
			func(t *testing.T, r assistant.Request) {
				if r.Message != "I want to return items from order #1002" {
					t.Errorf("message = %q", r.Message)
				}
			}},
		{"send_message continues the conversation", "send_message",
			map[string]any{"message": "yes, confirm", "conversation_id": "c1", "conversation_token": "t1"},
			func(t *testing.T, r assistant.Request) {
				if r.ConversationID != "c1" || r.ConversationToken != "t1" || r.Message != "yes, confirm" || r.Directive.Intent != "" {
					t.Errorf("request = %+v directive %+v", r, r.Directive)
				}
			}},
		{"request_human forces the handoff intent", "request_human", map[string]any{"message": "parcel damaged", "language": "fr"},
			func(t *testing.T, r assistant.Request) {
				if r.Directive.Intent != intent.HumanHandoff || r.Locale != "fr" {
					t.Errorf("request = %+v directive %+v", r, r.Directive)
				}
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			store, engine := newFixture()
			s := session(t, New(Options{Store: store, Engine: engine, Logger: quietLogger()}))
			if _, errText := callTool(t, s, tc.tool, tc.args); errText != "" {
				t.Fatalf("tool error: %s", errText)
			}
			r := engine.last(t)
			if r.Shop == nil || r.Shop.ID != 1 {
				t.Fatalf("the turn is not bound to the token's shop: %+v", r.Shop)
			}
			// The verification attempt limit is scoped to the token.
			if r.ClientIP != "agent-token:7" {
				t.Errorf("ClientIP = %q, want agent-token:7", r.ClientIP)
			}
			if r.Directive == nil {
				t.Fatal("no directive")
			}
			tc.check(t, r)
		})
	}
}

// TestToolInputErrors: bad arguments are the agent's to fix and never
// reach the engine.
func TestToolInputErrors(t *testing.T) {
	long := strings.Repeat("ü", maxQuestionRunes+1)
	for _, tc := range []struct {
		name, tool string
		args       map[string]any
		want       string
	}{
		{"blank question", "ask_store", map[string]any{"question": " \n\t "}, "empty"},
		{"question over the limit", "ask_store", map[string]any{"question": long}, "longer than 1000"},
		{"negative price", "search_products", map[string]any{"query": "tent", "min_price": -1}, "min_price"},
		{"inverted range", "search_products", map[string]any{"query": "tent", "min_price": 200, "max_price": 100}, "min_price ≤ max_price"},
		{"message without conversation", "send_message", map[string]any{"message": "yes"}, "conversation_id"},
		{"blank handoff message", "request_human", map[string]any{"message": ""}, "empty"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			store, engine := newFixture()
			s := session(t, New(Options{Store: store, Engine: engine, Logger: quietLogger()}))
			_, errText := callTool(t, s, tc.tool, tc.args)
			if !strings.Contains(errText, tc.want) {
				t.Errorf("error %q does not contain %q", errText, tc.want)
			}
			if engine.calls() != 0 {
				t.Error("invalid input reached the engine")
			}
		})
	}

	t.Run("the limit counts characters, not bytes", func(t *testing.T) {
		store, engine := newFixture()
		s := session(t, New(Options{Store: store, Engine: engine, Logger: quietLogger()}))
		if _, errText := callTool(t, s, "ask_store", map[string]any{"question": strings.Repeat("配", maxQuestionRunes)}); errText != "" {
			t.Fatalf("a question of exactly %d characters was refused: %s", maxQuestionRunes, errText)
		}
	})
}

// TestEngineErrors: the agent learns what it can act on; internal errors
// stay in the log.
func TestEngineErrors(t *testing.T) {
	for _, tc := range []struct {
		name    string
		err     error
		want    string
		notWant string
	}{
		{"unknown conversation", assistant.ErrConversationNotFound, "start a new one", ""},
		{"wrapped unknown conversation", errors.Join(errors.New("load"), assistant.ErrConversationNotFound), "conversation not found", ""},
		{"database down", &assistant.UnavailableError{Language: "de", Message: "Bitte versuchen Sie es gleich noch einmal.",
			Err: errors.New("dial tcp 10.0.0.5:5432: connection refused")}, "Bitte versuchen", "10.0.0.5"},
		{"anything else", errors.New("boom"), "answer: boom", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			store, engine := newFixture()
			engine.err = tc.err
			handoffs := 0
			s := session(t, New(Options{Store: store, Engine: engine, Logger: quietLogger(),
				OnHandoff: func(context.Context, *db.Shop, string) { handoffs++ }}))
			_, errText := callTool(t, s, "ask_store", map[string]any{"question": "hi", "conversation_id": "c", "conversation_token": "t"})
			if !strings.Contains(errText, tc.want) {
				t.Errorf("error %q does not contain %q", errText, tc.want)
			}
			if tc.notWant != "" && strings.Contains(errText, tc.notWant) {
				t.Errorf("error %q leaks %q", errText, tc.notWant)
			}
			if handoffs != 0 {
				t.Error("a failed turn notified a handoff")
			}
		})
	}
}

func TestHandoffNotifiesTheShop(t *testing.T) {
	for _, handoff := range []bool{true, false} {
		store, engine := newFixture()
		engine.reply = &assistant.Reply{ConversationID: "conv-9", Text: "A colleague will reply.", Handoff: handoff}
		var got []string
		s := session(t, New(Options{Store: store, Engine: engine, Logger: quietLogger(),
			OnHandoff: func(_ context.Context, shop *db.Shop, id string) { got = append(got, shop.Domain+" "+id) }}))
		a, errText := callTool(t, s, "request_human", map[string]any{"message": "please, a person"})
		if errText != "" {
			t.Fatal(errText)
		}
		if a.Handoff != handoff {
			t.Errorf("answer handoff = %v, want %v", a.Handoff, handoff)
		}
		var want []string
		if handoff {
			want = []string{"alpen.myshopify.com conv-9"}
		}
		if !slices.Equal(got, want) {
			t.Errorf("handoff=%v: notifications %v, want %v", handoff, got, want)
		}
	}
}

func TestAnswerOf(t *testing.T) {
	yes := true
	full := &assistant.Reply{ConversationID: "c1", Text: "Here you go", Language: "es", Intent: intent.OrderStatus,
		QuickReplies: []string{"Track"},
		Cards: []assistant.Card{
			{Type: "product", ProductID: 11, VariantID: 12, Title: "Daypack", Price: "89.00", Currency: "EUR",
				URL: "https://s/p/daypack", ImageURL: "https://cdn/daypack.jpg", Available: &yes},
			{Type: "order", OrderName: "#1001", Status: "in_transit", StatusText: "On its way",
				Shipments: []assistant.Shipment{{Carrier: "DHL", TrackingNumber: "JJD1"}}},
			{Type: "unknown-future-card", Title: "ignored"},
		},
		Sources: []assistant.Source{{Kind: "policy", Title: "Refund policy", URL: "https://s/policies/refund"}},
	}
	for _, tc := range []struct {
		name      string
		reply     *assistant.Reply
		conv      Conversation
		wantToken string
	}{
		{"a new conversation returns its token", &assistant.Reply{ConversationID: "c1", ConversationToken: "new"}, Conversation{}, "new"},
		{"a continued conversation echoes the caller's token", full, Conversation{ID: "c1", Token: "kept"}, "kept"},
		{"a different conversation does not get the caller's token", full, Conversation{ID: "other", Token: "kept"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := answerOf(tc.reply, tc.conv).ConversationToken; got != tc.wantToken {
				t.Errorf("token = %q, want %q", got, tc.wantToken)
			}
		})
	}

	a := answerOf(full, Conversation{})
	if a.Topic != intent.OrderStatus || a.Language != "es" || a.Text != "Here you go" || !slices.Equal(a.QuickReplies, []string{"Track"}) {
		t.Errorf("answer = %+v", a)
	}
	wantProduct := Product{ProductID: 11, VariantID: 12, Title: "Daypack", Price: "89.00", Currency: "EUR",
		URL: "https://s/p/daypack", ImageURL: "https://cdn/daypack.jpg", Available: &yes}
	if len(a.Products) != 1 || a.Products[0] != wantProduct {
		t.Errorf("products = %+v", a.Products)
	}
	if len(a.Orders) != 1 || a.Orders[0].Name != "#1001" || a.Orders[0].Status != "in_transit" ||
		a.Orders[0].Summary != "On its way" || len(a.Orders[0].Shipments) != 1 || a.Orders[0].Shipments[0].TrackingNumber != "JJD1" {
		t.Errorf("orders = %+v", a.Orders)
	}
	if len(a.Sources) != 1 || a.Sources[0] != (Source{Kind: "policy", Title: "Refund policy", URL: "https://s/policies/refund"}) {
		t.Errorf("sources = %+v", a.Sources)
	}
}

// An oversized request is refused by the transport before any tool runs.
func TestRequestBodyLimit(t *testing.T) {
	store, engine := newFixture()
	h := New(Options{Store: store, Engine: engine, Logger: quietLogger()})
	big := `{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"ask_store","arguments":{"question":"` +
		strings.Repeat("a", maxBody) + `"}}}`
	req := httptest.NewRequest(http.MethodPost, "/mcp", strings.NewReader(big))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json, text/event-stream")
	req.Header.Set("Authorization", "Bearer "+goodToken)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code < 400 || rec.Code >= 500 {
		t.Fatalf("status %d for a %d-byte body, want a 4xx", rec.Code, len(big))
	}
	if engine.calls() != 0 {
		t.Error("an oversized request reached the engine")
	}
}

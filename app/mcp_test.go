package app_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"shopassist/agentmcp"
)

// bearerTransport adds the agent token to every MCP request.
type bearerTransport struct{ token string }

func (b bearerTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	if b.token != "" {
		r.Header.Set("Authorization", "Bearer "+b.token)
	}
	return http.DefaultTransport.RoundTrip(r)
}

func mcpSession(t *testing.T, base, token string) *mcp.ClientSession {
	t.Helper()
	client := mcp.NewClient(&mcp.Implementation{Name: "test-agent", Version: "1"}, nil)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	s, err := client.Connect(ctx, &mcp.StreamableClientTransport{Endpoint: base + "/mcp",
		HTTPClient: &http.Client{Transport: bearerTransport{token}, Timeout: 30 * time.Second}}, nil)
	if err != nil {
		t.Fatalf("connect: %v", err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

// call invokes a tool and decodes its structured answer.
func call(t *testing.T, s *mcp.ClientSession, tool string, args map[string]any) (agentmcp.Answer, bool) {
	t.Helper()
	res, err := s.CallTool(context.Background(), &mcp.CallToolParams{Name: tool, Arguments: args})
	if err != nil {
		t.Fatalf("%s: %v", tool, err)
	}
	var a agentmcp.Answer
	if res.IsError {
		var msg []string
		for _, c := range res.Content {
			if tc, ok := c.(*mcp.TextContent); ok {
				msg = append(msg, tc.Text)
			}
		}
		a.Text = strings.Join(msg, " ")
		return a, false
	}
	raw, err := json.Marshal(res.StructuredContent)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, &a); err != nil {
		t.Fatalf("%s: structured content %s: %v", tool, raw, err)
	}
	return a, true
}

// TestMCPConversation plays an outside agent against the demo store over
// real HTTP: it lists the tools and calls each, checking the facts in the
// answers and that order data needs the order's own contact.
func TestMCPConversation(t *testing.T) {
	base, store := demoServer(t)
	ctx := context.Background()
	shop, err := store.GetShop(ctx, "demo.myshopify.com")
	if err != nil {
		t.Fatal(err)
	}
	token, _, err := store.CreateAgentToken(ctx, shop.ID, "test agent", time.Now())
	if err != nil {
		t.Fatal(err)
	}
	s := mcpSession(t, base, token)

	list, err := s.ListTools(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, tool := range list.Tools {
		names = append(names, tool.Name)
		if tool.Description == "" || tool.InputSchema == nil {
			t.Errorf("tool %s lacks a description or input schema", tool.Name)
		}
	}
	slices.Sort(names)
	want := []string{"ask_store", "order_status", "request_human", "search_products", "send_message", "start_return"}
	if !slices.Equal(names, want) {
		t.Fatalf("tools = %v, want %v", names, want)
	}

	t.Run("ask_store answers the country's rule in the asked language", func(t *testing.T) {
		a, ok := call(t, s, "ask_store", map[string]any{"question": "How much is shipping to the United States and how long does it take?", "country": "US"})
		if !ok || !strings.Contains(a.Text, "14.95") || !strings.Contains(a.Text, "4–7") {
			t.Fatalf("answer = %+v", a)
		}
		a, ok = call(t, s, "ask_store", map[string]any{"question": "Muss ich in den USA Zoll bezahlen?", "language": "de"})
		if !ok || a.Language != "de" || !strings.Contains(a.Text, "DDP") {
			t.Fatalf("duties answer = %+v", a)
		}
		if a.ConversationID == "" || a.ConversationToken == "" {
			t.Fatalf("a new conversation returns its id and token: %+v", a)
		}
	})

	t.Run("search_products honours category and budget", func(t *testing.T) {
		a, ok := call(t, s, "search_products", map[string]any{"query": "backpack", "max_price": 150, "currency": "EUR"})
		if !ok || len(a.Products) == 0 {
			t.Fatalf("answer = %+v", a)
		}
		if !strings.Contains(strings.ToLower(a.Products[0].Title), "pack") {
			t.Errorf("first product %q is not a backpack", a.Products[0].Title)
		}
		if _, ok := call(t, s, "search_products", map[string]any{"query": "tent", "min_price": 200, "max_price": 100}); ok {
			t.Error("min_price > max_price accepted")
		}
	})

	t.Run("order_status needs the order's contact", func(t *testing.T) {
		a, ok := call(t, s, "order_status", map[string]any{"order_number": "#1001", "email_or_phone": "someone.else@example.com"})
		if !ok || len(a.Orders) != 0 || strings.Contains(a.Text, "Granite") {
			t.Fatalf("a wrong contact got order data: %+v", a)
		}
		a, ok = call(t, s, "order_status", map[string]any{"order_number": "1001", "email_or_phone": "Giulia.Rossi@example.net", "language": "it"})
		if !ok || len(a.Orders) != 1 || a.Orders[0].Name != "#1001" || a.Language != "it" {
			t.Fatalf("verified order status = %+v", a)
		}
		// The same conversation remembers the verified order.
		b, ok := call(t, s, "order_status", map[string]any{"order_number": "1001", "conversation_id": a.ConversationID,
			"conversation_token": a.ConversationToken})
		if !ok || len(b.Orders) != 1 || b.ConversationID != a.ConversationID {
			t.Fatalf("follow-up in the conversation = %+v", b)
		}
		// Another conversation does not.
		c, ok := call(t, s, "order_status", map[string]any{"order_number": "1001"})
		if !ok || len(c.Orders) != 0 {
			t.Fatalf("order data without proof in a new conversation: %+v", c)
		}
	})

	t.Run("start_return checks the order and continues by message", func(t *testing.T) {
		a, ok := call(t, s, "start_return", map[string]any{"order_number": "#1001", "email_or_phone": "giulia.rossi@example.net"})
		if !ok || a.Topic != "return_request" || a.Text == "" {
			t.Fatalf("return answer = %+v", a)
		}
		// #1001 was delivered 55 days ago, outside the 30-day window: the
		// answer names the order and starts nothing.
		if !strings.Contains(a.Text, "#1001") || len(a.QuickReplies) > 0 && slices.ContainsFunc(a.QuickReplies, func(q string) bool {
			return strings.Contains(strings.ToLower(q), "confirm")
		}) {
			t.Errorf("return answer for an order outside the window: %+v", a)
		}
		m, ok := call(t, s, "send_message", map[string]any{"message": "thanks!", "conversation_id": a.ConversationID,
			"conversation_token": a.ConversationToken})
		if !ok || m.ConversationID != a.ConversationID || m.Handoff {
			t.Fatalf("send_message = %+v", m)
		}
		if _, ok := call(t, s, "send_message", map[string]any{"message": "hi", "conversation_id": a.ConversationID,
			"conversation_token": "wrong"}); ok {
			t.Error("a wrong conversation token was accepted")
		}
		if _, ok := call(t, s, "send_message", map[string]any{"message": "hi"}); ok {
			t.Error("send_message without a conversation was accepted")
		}
	})

	t.Run("request_human hands over", func(t *testing.T) {
		a, ok := call(t, s, "request_human", map[string]any{"message": "My parcel arrived damaged, I need someone.", "language": "fr"})
		if !ok || !a.Handoff || a.Language != "fr" {
			t.Fatalf("handoff = %+v", a)
		}
	})
}

func TestMCPAuthentication(t *testing.T) {
	base, store := demoServer(t)
	ctx := context.Background()
	shop, err := store.GetShop(ctx, "demo.myshopify.com")
	if err != nil {
		t.Fatal(err)
	}
	token, tok, err := store.CreateAgentToken(ctx, shop.ID, "to revoke", time.Now())
	if err != nil {
		t.Fatal(err)
	}
	initialize := `{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"t","version":"1"}}}`
	post := func(auth string) int {
		req, _ := http.NewRequest(http.MethodPost, base+"/mcp", strings.NewReader(initialize))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Accept", "application/json, text/event-stream")
		if auth != "" {
			req.Header.Set("Authorization", auth)
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		return res.StatusCode
	}
	for _, tc := range []struct {
		name, auth string
		want       int
	}{
		{"missing", "", http.StatusUnauthorized},
		{"not bearer", "Basic " + url.QueryEscape(token), http.StatusUnauthorized},
		{"unknown", "Bearer sa_mcp_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", http.StatusUnauthorized},
		{"valid", "Bearer " + token, http.StatusOK},
	} {
		if got := post(tc.auth); got != tc.want {
			t.Errorf("%s: status %d, want %d", tc.name, got, tc.want)
		}
	}
	if err := store.RevokeAgentToken(ctx, shop.ID, tok.ID, time.Now()); err != nil {
		t.Fatal(err)
	}
	if got := post("Bearer " + token); got != http.StatusUnauthorized {
		t.Errorf("revoked token: status %d, want 401", got)
	}
}

// TestAdminAgentTokens: the merchant creates a token (shown once, never in
// a URL), sees it listed with its last use, and revokes it.
func TestAdminAgentTokens(t *testing.T) {
	h := newDemoApp(t).Handler()
	rec, doc := post(t, h, "/app/agents/tokens", url.Values{"name": {" "}}, "")
	if rec.Code != http.StatusUnprocessableEntity || doc.Find(`[data-testid="agent-token-error"]`).Length() != 1 {
		t.Fatalf("blank name: %d", rec.Code)
	}
	rec, doc = post(t, h, "/app/agents/tokens", url.Values{"name": {"Voice agent"}}, "")
	token := doc.Find(`[data-testid="agent-token-value"]`).Text()
	if rec.Code != http.StatusOK || !strings.HasPrefix(token, "sa_mcp_") {
		t.Fatalf("create: %d, token %q", rec.Code, token)
	}
	if rec.Header().Get("Cache-Control") != "no-store" {
		t.Error("the page with the clear token may be cached")
	}
	_, doc = get(t, h, "/app/agents")
	if doc.Find(`[data-testid="agent-token-value"]`).Length() != 0 || strings.Contains(doc.Text(), token) {
		t.Fatal("the token is shown again after creation")
	}
	rows := doc.Find(`[data-testid="agent-token-row"]`)
	if rows.Length() != 1 || !strings.Contains(rows.Text(), "Voice agent") || !strings.Contains(rows.Text(), "never") {
		t.Fatalf("token list: %q", rows.Text())
	}
	if !strings.HasSuffix(doc.Find(`[data-testid="agents-endpoint"]`).Text(), "/mcp") {
		t.Error("the endpoint URL is not shown")
	}
	id, _ := rows.Attr("data-id")
	rec, _ = post(t, h, "/app/agents/tokens/"+id+"/revoke", nil, "")
	if rec.Code != http.StatusSeeOther {
		t.Fatalf("revoke: %d", rec.Code)
	}
	_, doc = get(t, h, "/app/agents")
	if !strings.Contains(doc.Find(`[data-testid="agent-token-row"]`).Text(), "Revoked") {
		t.Error("revoked token not marked")
	}
	if rec, _ := post(t, h, "/app/agents/tokens/999999/revoke", nil, ""); rec.Code != http.StatusNotFound {
		t.Errorf("revoke unknown: %d", rec.Code)
	}
}

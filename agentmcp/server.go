// Package agentmcp exposes a shop's support capabilities to outside AI
// agents (a shopping assistant in another app, a voice agent) as an MCP
// server over the streamable HTTP transport: order status with the same
// proof of identity as the widget, return eligibility and requests,
// shipping / duties / returns facts, product search with constraints, and a
// hand-over to the shop's team.
//
// Every tool is answered by the same engine as the storefront widget
// (assistant.Engine.Reply), with the tool's typed arguments passed as an
// assistant.Directive instead of being guessed from words: an agent gets
// exactly the answers a shopper would, and nothing a shopper could not get.
//
// The transport runs stateless (no session kept in a process), so any
// replica answers any call; a conversation continues across calls through
// the conversation_id and conversation_token each answer returns, like the
// widget's.
package agentmcp

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"shopassist/assistant"
	"shopassist/assistant/entities"
	"shopassist/db"
	"shopassist/ratelimit"
)

// Store is what the endpoint reads: agent tokens and shops.
type Store interface {
	AgentTokenByToken(ctx context.Context, token string) (*db.AgentToken, error)
	TouchAgentToken(ctx context.Context, id int64, now time.Time) error
	GetShopByID(ctx context.Context, id int64) (*db.Shop, error)
}

// Engine answers one message; *assistant.Engine implements it.
type Engine interface {
	Reply(ctx context.Context, r assistant.Request) (*assistant.Reply, error)
}

// Options configure the endpoint. Store and Engine are required.
type Options struct {
	Store  Store
	Engine Engine
	// ClientIP is the caller's address as the trusted proxy saw it (for the
	// pre-authentication limit); default r.RemoteAddr.
	ClientIP func(*http.Request) string
	Now      func() time.Time
	Logger   *slog.Logger
	// Version is reported as the server's implementation version.
	Version string
	// OnHandoff runs when an answer hands the conversation to the team
	// (the merchant's notification, Flow), as the widget's path does.
	OnHandoff func(ctx context.Context, shop *db.Shop, conversationID string)
}

// Limits of the endpoint. An agent serves many shoppers, so its token gets
// more than one shopper's share of the widget, yet one token cannot starve
// the shop; unauthenticated callers get little before they are refused.
const (
	tokenRate, tokenBurst = 10, 100
	ipRate, ipBurst       = 5, 50
	maxBody               = 64 << 10
	maxQuestionRunes      = 1000
)

// Handler serves the MCP endpoint.
type Handler struct {
	o        Options
	mcp      http.Handler
	tokenLim *ratelimit.Limiter
	ipLim    *ratelimit.Limiter
}

type ctxKey struct{}

// caller is the authenticated agent of one HTTP request.
type caller struct {
	shop  *db.Shop
	token *db.AgentToken
}

// New builds the endpoint.
func New(o Options) *Handler {
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.ClientIP == nil {
		o.ClientIP = func(r *http.Request) string { return r.RemoteAddr }
	}
	h := &Handler{o: o,
		tokenLim: ratelimit.New(tokenRate, tokenBurst, 100_000, o.Now),
		ipLim:    ratelimit.New(ipRate, ipBurst, 200_000, o.Now)}
	h.mcp = mcp.NewStreamableHTTPHandler(func(r *http.Request) *mcp.Server {
		c, _ := r.Context().Value(ctxKey{}).(*caller)
		if c == nil {
			return nil // unreachable: ServeHTTP authenticates first
		}
		return h.server(c)
	}, &mcp.StreamableHTTPOptions{Stateless: true, JSONResponse: true, Logger: o.Logger, MaxRequestBodyBytes: maxBody})
	return h
}

// ServeHTTP authenticates the bearer token (a shop's agent token, created
// in the admin), applies the limits and hands the request to the MCP
// transport bound to that shop.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	if ok, wait := h.ipLim.Allow(h.o.ClientIP(r)); !ok {
		tooMany(w, wait)
		return
	}
	token, ok := bearer(r)
	if !ok {
		w.Header().Set("WWW-Authenticate", `Bearer realm="shop assistant"`)
		http.Error(w, "An agent token is required (Authorization: Bearer …); the merchant creates one in the app's admin.", http.StatusUnauthorized)
		return
	}
	ctx := r.Context()
	t, err := h.o.Store.AgentTokenByToken(ctx, token)
	if errors.Is(err, db.ErrNotFound) {
		w.Header().Set("WWW-Authenticate", `Bearer realm="shop assistant", error="invalid_token"`)
		http.Error(w, "This agent token is not valid or was revoked.", http.StatusUnauthorized)
		return
	}
	if err != nil {
		h.unavailable(w, "look up agent token", err)
		return
	}
	if ok, wait := h.tokenLim.Allow(strconv.FormatInt(t.ID, 10)); !ok {
		tooMany(w, wait)
		return
	}
	shop, err := h.o.Store.GetShopByID(ctx, t.ShopID)
	if errors.Is(err, db.ErrNotFound) || (err == nil && shop.UninstalledAt != nil) {
		http.Error(w, "The assistant is not available on this store.", http.StatusNotFound)
		return
	}
	if err != nil {
		h.unavailable(w, "load shop of agent token", err)
		return
	}
	if err := h.o.Store.TouchAgentToken(ctx, t.ID, h.o.Now()); err != nil {
		// Last-use bookkeeping must not fail a call that is otherwise fine.
		h.o.Logger.WarnContext(ctx, "record agent token use", "token", t.ID, "err", err)
	}
	h.mcp.ServeHTTP(&noStore{w}, r.WithContext(context.WithValue(ctx, ctxKey{}, &caller{shop: shop, token: t})))
}

// noStore keeps answers out of caches: they carry conversation tokens and
// verified order data, and the MCP transport replaces the header set above
// with its own "no-cache" (which lets a cache store them).
type noStore struct{ http.ResponseWriter }

func (w *noStore) WriteHeader(code int) {
	w.Header().Set("Cache-Control", "no-store")
	w.ResponseWriter.WriteHeader(code)
}

func (w *noStore) Write(b []byte) (int, error) {
	// A Write without WriteHeader sends the headers: set it first (a no-op
	// once they are sent).
	w.Header().Set("Cache-Control", "no-store")
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the connection for flushing.
func (w *noStore) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func bearer(r *http.Request) (string, bool) {
	f := strings.Fields(r.Header.Get("Authorization"))
	if len(f) != 2 || !strings.EqualFold(f[0], "bearer") {
		return "", false
	}
	return f[1], true
}

func tooMany(w http.ResponseWriter, wait time.Duration) {
	w.Header().Set("Retry-After", strconv.Itoa(int(wait/time.Second)+1))
	http.Error(w, "Too many requests, please wait a moment.", http.StatusTooManyRequests)
}

func (h *Handler) unavailable(w http.ResponseWriter, what string, err error) {
	h.o.Logger.Error(what, "err", err)
	w.Header().Set("Retry-After", "5")
	http.Error(w, "The assistant is temporarily unavailable. Please retry in a moment.", http.StatusServiceUnavailable)
}

// server is the MCP server of one request, bound to its shop and token.
func (h *Handler) server(c *caller) *mcp.Server {
	s := mcp.NewServer(&mcp.Implementation{Name: "shop-assistant", Title: c.shop.Name + " customer service",
		Version: h.o.Version}, &mcp.ServerOptions{Instructions: instructions})
	t := &tools{h: h, c: c}
	t.register(s)
	return s
}

const instructions = `Customer service of one Shopify store. Answers come only from the store's own data
(orders, policies, FAQ, catalog), in the language you ask for. Order tools need proof of identity:
the order number plus the email address or phone number on the order. Keep conversation_id and
conversation_token from the first answer and pass them to later calls so a verified order and the
assistant's pending question (for example a return confirmation) carry over; answer such questions
with send_message.`

// ask runs one turn through the engine.
func (t *tools) ask(ctx context.Context, conv Conversation, text string, country string, product int64, d *assistant.Directive) (*mcp.CallToolResult, Answer, error) {
	text = strings.TrimSpace(text)
	if text == "" {
		return nil, Answer{}, errors.New("the message is empty")
	}
	if r := []rune(text); len(r) > maxQuestionRunes {
		return nil, Answer{}, fmt.Errorf("the message is longer than %d characters", maxQuestionRunes)
	}
	if d.Language == "" {
		d.Language = t.c.shop.PrimaryLocale
	}
	reply, err := t.h.o.Engine.Reply(ctx, assistant.Request{
		Shop: t.c.shop, ConversationID: conv.ID, ConversationToken: conv.Token, Message: text,
		Locale: d.Language, Country: strings.ToUpper(strings.TrimSpace(country)), ProductID: product,
		// The attempt limit on order verification applies per agent
		// token: an agent that guesses is locked out like a shopper.
		ClientIP:  "agent-token:" + strconv.FormatInt(t.c.token.ID, 10),
		Directive: d,
	})
	if errors.Is(err, assistant.ErrConversationNotFound) {
		return nil, Answer{}, errors.New("conversation not found: start a new one without conversation_id, or pass the conversation_token the first answer returned")
	}
	var unavailable *assistant.UnavailableError
	if errors.As(err, &unavailable) {
		t.h.o.Logger.ErrorContext(ctx, "agent turn failed", "shop", t.c.shop.Domain, "err", unavailable.Err)
		return nil, Answer{}, errors.New(unavailable.Message)
	}
	if err != nil {
		return nil, Answer{}, fmt.Errorf("answer: %w", err)
	}
	if reply.Handoff && t.h.o.OnHandoff != nil {
		t.h.o.OnHandoff(ctx, t.c.shop, reply.ConversationID)
	}
	a := answerOf(reply, conv)
	return &mcp.CallToolResult{Content: []mcp.Content{&mcp.TextContent{Text: a.Text}}}, a, nil
}

// orderDirective is a directive for an order task.
func orderDirective(task string, in OrderInput) *assistant.Directive {
	return &assistant.Directive{Intent: task, OrderNumber: in.OrderNumber, Contact: in.EmailOrPhone, Language: in.Language}
}

// priceRange is the search budget, nil when none was given.
func priceRange(in SearchInput) *entities.PriceRange {
	if in.MinPrice <= 0 && in.MaxPrice <= 0 {
		return nil
	}
	return &entities.PriceRange{Min: max(in.MinPrice, 0), Max: max(in.MaxPrice, 0), Currency: strings.ToUpper(in.Currency)}
}

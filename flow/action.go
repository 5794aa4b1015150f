package flow

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"time"

	"shopassist/assistant/lang"
	"shopassist/db"
	"shopassist/limits"
	"shopassist/shopify"
)

// Translator translates the merchant's text into the shopper's language
// (the optional LLM); nil sends the text as written.
type Translator interface {
	Translate(ctx context.Context, from, to, text string) (string, error)
}

// ActionHandler serves the "Send a message to the shopper" action: Flow
// POSTs the run, signed like a webhook (X-Shopify-Hmac-SHA256 over the raw
// body with the app's secret). The message is stored as an agent reply in
// the customer's latest conversation — the open widget shows it at once and
// a shopper who does not see it gets it by email in their language through
// the usual reply path — or, when the customer never chatted, in a new
// conversation bound to the customer and their order email.
type ActionHandler struct {
	Store     *db.Store
	Secrets   []string
	Translate Translator
	Now       func() time.Time
	Log       *slog.Logger
}

// actionRequest is Flow's action payload.
type actionRequest struct {
	ShopID        string `json:"shop_id"`
	ShopifyDomain string `json:"shopify_domain"`
	ActionRunID   string `json:"action_run_id"`
	Handle        string `json:"handle"`
	Properties    struct {
		CustomerID json.Number `json:"customer_id"`
		OrderID    json.Number `json:"order_id"`
		Message    string      `json:"message"`
	} `json:"properties"`
}

const maxActionBody = 64 << 10

func (h *ActionHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxActionBody))
	if err != nil {
		http.Error(w, "body too large or unreadable", http.StatusRequestEntityTooLarge)
		return
	}
	if err := shopify.VerifyWebhookHMAC(body, r.Header.Get("X-Shopify-Hmac-Sha256"), h.Secrets...); err != nil {
		http.Error(w, "invalid hmac", http.StatusUnauthorized)
		return
	}
	var req actionRequest
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	if err := dec.Decode(&req); err != nil {
		http.Error(w, "body is not a Flow action payload", http.StatusBadRequest)
		return
	}
	status, msg := h.run(r.Context(), &req)
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	key := "status"
	if status >= 400 {
		key = "error"
	}
	_ = json.NewEncoder(w).Encode(map[string]string{key: msg})
}

// run applies the action once per run id and says how to answer Flow: 200
// done (or done before), 4xx a run that can never succeed (Flow shows the
// message to the merchant), 503 a temporary failure Flow retries.
func (h *ActionHandler) run(ctx context.Context, req *actionRequest) (int, string) {
	domain := strings.ToLower(strings.TrimSpace(req.ShopifyDomain))
	customerID, _ := strconv.ParseInt(req.Properties.CustomerID.String(), 10, 64)
	text := strings.TrimSpace(db.CleanText(req.Properties.Message))
	switch {
	case !shopify.ValidShopDomain(domain):
		return http.StatusBadRequest, "shopify_domain is missing or malformed"
	case req.ActionRunID == "" || len(req.ActionRunID) > 255:
		return http.StatusBadRequest, "action_run_id is missing"
	case req.Handle != "" && req.Handle != HandleSendShopperMessage:
		return http.StatusBadRequest, "unknown action " + strconv.Quote(req.Handle)
	case customerID <= 0:
		return http.StatusUnprocessableEntity, "the action needs a customer"
	case text == "":
		return http.StatusUnprocessableEntity, "the message is empty"
	case len([]rune(text)) > limits.AgentReply:
		return http.StatusUnprocessableEntity, fmt.Sprintf("the message is longer than %d characters", limits.AgentReply)
	}
	shop, err := h.Store.GetShop(ctx, domain)
	if errors.Is(err, db.ErrNotFound) || (err == nil && shop.UninstalledAt != nil) {
		return http.StatusNotFound, "the app is not installed on this shop"
	}
	if err != nil {
		return h.unavailable(ctx, "load shop", err)
	}
	claimed, err := h.Store.ClaimFlowActionRun(ctx, &db.FlowActionRun{ShopID: shop.ID, RunID: req.ActionRunID, Handle: HandleSendShopperMessage})
	if err != nil {
		return h.unavailable(ctx, "claim run", err)
	}
	if !claimed {
		return http.StatusOK, "already sent"
	}
	if err := h.send(ctx, shop, customerID, text); err != nil {
		if rerr := h.Store.ReleaseFlowActionRun(ctx, shop.ID, req.ActionRunID); rerr != nil {
			h.Log.ErrorContext(ctx, "flow action: release run", "shop", shop.Domain, "err", rerr)
		}
		if errors.Is(err, errNoContact) {
			return http.StatusUnprocessableEntity, err.Error()
		}
		return h.unavailable(ctx, "send shopper message", err)
	}
	return http.StatusOK, "sent"
}

var errNoContact = errors.New("the customer has no conversation and no order with an email address")

// send stores the message in the customer's conversation, translated into
// its language when a model is configured.
func (h *ActionHandler) send(ctx context.Context, shop *db.Shop, customerID int64, text string) error {
	conv, err := h.Store.LatestCustomerConversation(ctx, shop.ID, customerID)
	if errors.Is(err, db.ErrNotFound) {
		conv, err = h.newConversation(ctx, shop, customerID)
	}
	if err != nil {
		return err
	}
	from, _ := lang.Normalize(shop.PrimaryLocale)
	if from == "" {
		from = "en"
	}
	to := conv.Language
	if to == "" {
		to = from
	}
	msgLang := from
	if h.Translate != nil && to != from {
		if t, err := h.Translate.Translate(ctx, from, to, text); err == nil && strings.TrimSpace(t) != "" {
			text, msgLang = t, to
		} else if err != nil {
			// The message still goes out, as the merchant wrote it.
			h.Log.WarnContext(ctx, "flow action: translation failed, sending as written", "shop", shop.Domain, "err", err)
		}
	}
	if _, err := h.Store.AddAgentReply(ctx, shop.ID, conv.ID, text, msgLang, h.Now()); err != nil {
		return fmt.Errorf("flow action message: %w", err)
	}
	return nil
}

// newConversation opens a conversation for a customer who never chatted,
// addressed to the email and language of their latest order, so the reply
// email (in their language, with a link back to the chat) reaches them.
func (h *ActionHandler) newConversation(ctx context.Context, shop *db.Shop, customerID int64) (*db.Conversation, error) {
	orders, err := h.Store.ListCustomerOrders(ctx, shop.ID, customerID, "", 1)
	if err != nil {
		return nil, fmt.Errorf("flow action: customer orders: %w", err)
	}
	if len(orders) == 0 || orders[0].Email == "" {
		return nil, errNoContact
	}
	o := orders[0]
	language, ok := lang.Normalize(o.CustomerLocale)
	if !ok {
		language, _ = lang.Normalize(shop.PrimaryLocale)
	}
	// No token (CreateConversation gives it an id): only the logged-in
	// customer, bound by CustomerID, can open it in the widget.
	conv := &db.Conversation{ShopID: shop.ID, CustomerID: customerID,
		CustomerEmail: strings.ToLower(o.Email), Language: language, Status: db.ConversationOpen}
	if err := h.Store.CreateConversation(ctx, conv); err != nil {
		return nil, fmt.Errorf("flow action: %w", err)
	}
	return conv, nil
}

func (h *ActionHandler) unavailable(ctx context.Context, what string, err error) (int, string) {
	h.Log.ErrorContext(ctx, "flow action: "+what, "err", err)
	return http.StatusServiceUnavailable, "temporarily unavailable, retry later"
}

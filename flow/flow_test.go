package flow_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/riverqueue/river"

	"shopassist/assistant/dialogue"
	"shopassist/db"
	"shopassist/db/dbtest"
	"shopassist/flow"
	"shopassist/shopify"
	"shopassist/shopify/shopifytest"
)

const secret = "flow-secret"

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

type staticToken string

func (s staticToken) AccessToken(context.Context, string) (string, error) { return string(s), nil }

// seed makes a shop with an order of customer 77 and a handed-off
// conversation in German that verified that order.
func seed(t *testing.T, s *db.Store) (*db.Shop, *db.Conversation) {
	t.Helper()
	ctx := context.Background()
	shop, err := s.SaveInstall(ctx, "flow-shop.myshopify.com", db.ShopTokens{AccessTokenEnc: []byte("x"), Scopes: "read_orders"})
	if err != nil {
		t.Fatal(err)
	}
	updated := time.Now().UTC()
	if _, err := s.UpsertOrder(ctx, &db.Order{ShopID: shop.ID, ShopifyID: 5550001, Name: "#1001", OrderNumber: 1001,
		Email: "Kim@Example.com", CustomerID: 77, CustomerLocale: "de-DE", ShopifyUpdatedAt: &updated}); err != nil {
		t.Fatal(err)
	}
	var st dialogue.State
	st.MarkVerified(1001)
	st.Current = 1001
	conv := &db.Conversation{ID: "conv-flow-1", ShopID: shop.ID, TokenHash: "h", CustomerID: 77, Language: "de", Status: db.ConversationHandoff,
		Handoff: true, HandoffReason: "asked_for_person", HandoffSummary: "Wants to change the delivery address of #1001.",
		State: db.NewJSON(db.ConversationState(st))}
	if err := s.CreateConversation(ctx, conv); err != nil {
		t.Fatal(err)
	}
	return shop, conv
}

func TestHandoffTrigger(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, conv := seed(t, s)
		admin := shopifytest.New(shopifytest.Options{APIKey: "key", APISecret: "secret"})
		t.Cleanup(admin.Close)
		fired := admin.HandleFlowTriggers(flow.TriggerOperation, flow.HandleHandedOff, flow.HandleDeliveryAtRisk)
		w := &flow.TriggerWorker{Store: s, GQL: admin.Client(), Tokens: staticToken(admin.IssueToken(shop.Domain)), Log: quiet,
			Link: func(shop *db.Shop, id string) string {
				return "https://" + shop.Domain + "/admin/apps/x/app/conversations/" + id
			}}
		job := &river.Job[flow.TriggerArgs]{Args: flow.TriggerArgs{ShopID: shop.ID, Handle: flow.HandleHandedOff, ConversationID: conv.ID}}
		if err := w.Work(ctx, job); err != nil {
			t.Fatal(err)
		}
		got := fired()
		if len(got) != 1 || got[0].Handle != flow.HandleHandedOff || got[0].Shop != shop.Domain {
			t.Fatalf("triggers = %+v", got)
		}
		p := got[0].Payload
		// References are numeric ids; JSON numbers decode as float64.
		if p["order_id"] != float64(5550001) || p["customer_id"] != float64(77) {
			t.Errorf("references = order %v customer %v", p["order_id"], p["customer_id"])
		}
		if p["Handoff reason"] != "asked_for_person" || p["Shopper language"] != "de" ||
			!strings.Contains(p["Summary"].(string), "#1001") || !strings.HasSuffix(p["Conversation URL"].(string), conv.ID) {
			t.Errorf("payload = %v", p)
		}

		// An unverified order is never referenced.
		conv.State = db.NewJSON(db.ConversationState{Current: 1001})
		if err := s.SaveConversation(ctx, conv); err != nil {
			t.Fatal(err)
		}
		if err := w.Work(ctx, job); err != nil {
			t.Fatal(err)
		}
		if p := fired()[1].Payload; p["order_id"] != nil {
			t.Errorf("unverified order referenced: %v", p)
		}

		// Delivery at risk carries its own payload; Flow's userErrors end
		// the job without a retry.
		risk := &river.Job[flow.TriggerArgs]{Args: flow.TriggerArgs{ShopID: shop.ID, Handle: flow.HandleDeliveryAtRisk,
			Payload: map[string]any{"order_id": 5550001, "Risk reason": "delayed"}}}
		if err := w.Work(ctx, risk); err != nil {
			t.Fatal(err)
		}
		bad := &river.Job[flow.TriggerArgs]{Args: flow.TriggerArgs{ShopID: shop.ID, Handle: "no-such-trigger", Payload: map[string]any{}}}
		err := w.Work(ctx, bad)
		var cancel *river.JobCancelError
		if !errors.As(err, &cancel) || !errors.Is(err, flow.ErrRejected) {
			t.Fatalf("rejected trigger: err = %v, want a cancelled job", err)
		}
		if n := len(fired()); n != 3 {
			t.Errorf("%d triggers accepted, want 3", n)
		}
		// A conversation deleted meanwhile ends the job.
		gone := &river.Job[flow.TriggerArgs]{Args: flow.TriggerArgs{ShopID: shop.ID, Handle: flow.HandleHandedOff, ConversationID: "gone"}}
		if err := w.Work(ctx, gone); !errors.As(err, &cancel) {
			t.Errorf("missing conversation: err = %v", err)
		}
	})
}

type upperTranslator struct{ calls int }

func (u *upperTranslator) Translate(_ context.Context, from, to, text string) (string, error) {
	u.calls++
	return "[" + from + "→" + to + "] " + text, nil
}

func actionBody(t *testing.T, run string, customer any, message string) []byte {
	t.Helper()
	b, err := json.Marshal(map[string]any{"shop_id": "gid://shopify/Shop/1", "shopify_domain": "flow-shop.myshopify.com",
		"action_run_id": run, "action_definition_id": "def", "handle": flow.HandleSendShopperMessage,
		"properties": map[string]any{"customer_id": customer, "message": message}})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestSendShopperMessageAction(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, conv := seed(t, s)
		tr := &upperTranslator{}
		h := &flow.ActionHandler{Store: s, Secrets: []string{secret}, Translate: tr, Now: time.Now, Log: quiet}
		post := func(body []byte, sig string) *httptest.ResponseRecorder {
			req := httptest.NewRequest(http.MethodPost, "/flow/actions/send-shopper-message", bytes.NewReader(body))
			req.Header.Set("Content-Type", "application/json")
			if sig != "" {
				req.Header.Set("X-Shopify-Hmac-Sha256", sig)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			return rec
		}
		body := actionBody(t, "run-1", 77, "Your parcel leaves our warehouse tomorrow.")
		for _, tc := range []struct {
			name, sig string
			want      int
		}{
			{"missing signature", "", http.StatusUnauthorized},
			{"wrong secret", shopify.WebhookHMAC(body, "other"), http.StatusUnauthorized},
			{"valid", shopify.WebhookHMAC(body, secret), http.StatusOK},
			{"retry of the same run", shopify.WebhookHMAC(body, secret), http.StatusOK},
		} {
			if rec := post(body, tc.sig); rec.Code != tc.want {
				t.Errorf("%s: %d %s, want %d", tc.name, rec.Code, rec.Body, tc.want)
			}
		}
		msgs, err := s.ListMessages(ctx, conv.ID, 0, 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(msgs) != 1 || msgs[0].Role != db.RoleAgent || msgs[0].Language != "de" ||
			msgs[0].Text != "[en→de] Your parcel leaves our warehouse tomorrow." {
			t.Fatalf("messages after the action and its retry = %+v", msgs)
		}

		// A customer without a conversation gets one, addressed to their
		// order's email and language.
		if _, err := s.UpsertOrder(ctx, &db.Order{ShopID: shop.ID, ShopifyID: 5550002, Name: "#1002", OrderNumber: 1002,
			Email: "Ana@Example.com", CustomerID: 88, CustomerLocale: "es", ShopifyUpdatedAt: new(time.Now().UTC())}); err != nil {
			t.Fatal(err)
		}
		b2 := actionBody(t, "run-2", "88", "¡Gracias!")
		if rec := post(b2, shopify.WebhookHMAC(b2, secret)); rec.Code != http.StatusOK {
			t.Fatalf("new conversation: %d %s", rec.Code, rec.Body)
		}
		c2, err := s.LatestCustomerConversation(ctx, shop.ID, 88)
		if err != nil || c2.CustomerEmail != "ana@example.com" || c2.Language != "es" {
			t.Fatalf("new conversation = %+v, %v", c2, err)
		}

		for name, b := range map[string][]byte{
			"no customer":       actionBody(t, "run-3", nil, "hi"),
			"empty message":     actionBody(t, "run-4", 77, "  "),
			"customer, no mail": actionBody(t, "run-5", 99, "hi"),
			"not JSON":          []byte("{"),
		} {
			if rec := post(b, shopify.WebhookHMAC(b, secret)); rec.Code < 400 || rec.Code >= 500 {
				t.Errorf("%s: %d %s, want 4xx", name, rec.Code, rec.Body)
			}
		}
		// The failed run was released: once the customer has an order,
		// Flow's retry of the same run succeeds.
		if _, err := s.UpsertOrder(ctx, &db.Order{ShopID: shop.ID, ShopifyID: 5550003, Name: "#1003", OrderNumber: 1003,
			Email: "lee@example.com", CustomerID: 99, ShopifyUpdatedAt: new(time.Now().UTC())}); err != nil {
			t.Fatal(err)
		}
		b5 := actionBody(t, "run-5", 99, "hi")
		if rec := post(b5, shopify.WebhookHMAC(b5, secret)); rec.Code != http.StatusOK {
			t.Errorf("retried run: %d %s", rec.Code, rec.Body)
		}
	})
}

func TestDeliveryAtRiskPayload(t *testing.T) {
	old := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	moved := time.Date(2026, 12, 8, 0, 0, 0, 0, time.UTC)
	o := &db.Order{ShopifyID: 5550001, CustomerID: 77, Fulfillments: []db.Fulfillment{
		{ID: 1, TrackingNumbers: db.NewJSON([]string{"OTHER"})},
		{ID: 2, TrackingNumbers: db.NewJSON([]string{"1Z999"}), TrackingURLs: db.NewJSON([]string{"https://ups.example/1Z999"}),
			EstimatedDeliveryAt: &moved},
	}}
	for _, tc := range []struct {
		name     string
		risk     db.ShipmentRisk
		estimate string
	}{
		{"delayed with a new estimate", db.ShipmentRisk{FulfillmentID: 2, Kind: "delayed"}, "2026-12-08"},
		{"late, estimate moved", db.ShipmentRisk{FulfillmentID: 2, Kind: "estimate_passed", EstimateAt: &old}, "2026-12-08"},
		{"late, estimate not moved", db.ShipmentRisk{FulfillmentID: 2, Kind: "estimate_passed", EstimateAt: &moved}, ""},
	} {
		p := flow.DeliveryAtRiskPayload(o, tc.risk)
		if p["order_id"] != int64(5550001) || p["customer_id"] != int64(77) || p["Risk reason"] != tc.risk.Kind ||
			p["Tracking number"] != "1Z999" || p["Tracking URL"] != "https://ups.example/1Z999" || p["New estimated delivery"] != tc.estimate {
			t.Errorf("%s: payload %v", tc.name, p)
		}
	}
}

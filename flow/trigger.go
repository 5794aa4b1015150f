// Package flow connects the app to Shopify Flow, the merchant's automation
// tool: two triggers the app fires ("Conversation handed off", "Delivery at
// risk", declared under extensions/) and one action Flow calls ("Send a
// message to the shopper").
package flow

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"

	"github.com/riverqueue/river"

	"shopassist/assistant/dialogue"
	"shopassist/db"
	"shopassist/shopify"
)

// Extension handles, as in extensions/*/shopify.extension.toml.
const (
	HandleHandedOff          = "conversation-handed-off"
	HandleDeliveryAtRisk     = "delivery-at-risk"
	HandleSendShopperMessage = "send-shopper-message"
)

// TriggerArgs fires one Flow trigger for a shop. For a handoff the payload
// is built when the job runs, from the conversation as it then is; other
// triggers carry theirs. Unique by args: an event fires once.
type TriggerArgs struct {
	ShopID         int64          `json:"shop_id"`
	Handle         string         `json:"handle"`
	ConversationID string         `json:"conversation_id,omitempty"`
	Payload        map[string]any `json:"payload,omitempty"`
}

// Kind names the job.
func (TriggerArgs) Kind() string { return "flow_trigger" }

// InsertOpts makes the job unique by its args.
func (TriggerArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{UniqueOpts: river.UniqueOpts{ByArgs: true}}
}

// GraphQL is the Admin API client (*shopify.Client).
type GraphQL interface {
	GraphQL(ctx context.Context, shop, accessToken, query string, vars map[string]any, out any) (*shopify.Cost, error)
}

// TokenSource returns a shop's Admin API access token (tokens.Store).
type TokenSource interface {
	AccessToken(ctx context.Context, shop string) (string, error)
}

// LinkFunc builds the admin URL of a conversation.
type LinkFunc func(shop *db.Shop, conversationID string) string

// TriggerWorker calls flowTriggerReceive.
type TriggerWorker struct {
	river.WorkerDefaults[TriggerArgs]
	Store  *db.Store
	GQL    GraphQL
	Tokens TokenSource
	Link   LinkFunc
	Log    *slog.Logger
}

// TriggerOperation is the GraphQL operation name of the trigger mutation.
const TriggerOperation = "AssistantFlowTrigger"

const triggerMutation = `mutation AssistantFlowTrigger($handle: String!, $payload: JSON!) {
  flowTriggerReceive(handle: $handle, payload: $payload) {
    userErrors { field message }
  }
}`

type triggerResult struct {
	FlowTriggerReceive struct {
		UserErrors []struct {
			Field   []string `json:"field"`
			Message string   `json:"message"`
		} `json:"userErrors"`
	} `json:"flowTriggerReceive"`
}

// ErrRejected wraps Flow's userErrors: the payload will not be accepted on
// a retry either.
var ErrRejected = errors.New("flow rejected the trigger")

// Work builds the payload and fires the trigger; transport errors are
// returned for River to retry, userErrors end the job.
func (w *TriggerWorker) Work(ctx context.Context, job *river.Job[TriggerArgs]) error {
	args := job.Args
	shop, err := w.Store.GetShopByID(ctx, args.ShopID)
	if errors.Is(err, db.ErrNotFound) {
		return river.JobCancel(err)
	}
	if err != nil {
		return fmt.Errorf("flow trigger %s: %w", args.Handle, err)
	}
	if shop.UninstalledAt != nil {
		return nil
	}
	payload := args.Payload
	if args.Handle == HandleHandedOff {
		if payload, err = w.handoffPayload(ctx, shop, args.ConversationID); errors.Is(err, db.ErrNotFound) {
			return river.JobCancel(err)
		} else if err != nil {
			return err
		}
	}
	return Fire(ctx, w.GQL, w.Tokens, shop.Domain, args.Handle, payload)
}

// Fire calls flowTriggerReceive for one shop.
func Fire(ctx context.Context, gql GraphQL, tokens TokenSource, shop, handle string, payload map[string]any) error {
	token, err := tokens.AccessToken(ctx, shop)
	if err != nil {
		return fmt.Errorf("flow trigger %s for %s: %w", handle, shop, err)
	}
	var res triggerResult
	if _, err := gql.GraphQL(ctx, shop, token, triggerMutation, map[string]any{"handle": handle, "payload": payload}, &res); err != nil {
		return fmt.Errorf("flow trigger %s for %s: %w", handle, shop, err)
	}
	if ue := res.FlowTriggerReceive.UserErrors; len(ue) > 0 {
		msgs := make([]string, len(ue))
		for i, e := range ue {
			msgs[i] = strings.Join(e.Field, ".") + ": " + e.Message
		}
		return river.JobCancel(fmt.Errorf("flow trigger %s for %s: %w: %s", handle, shop, ErrRejected, strings.Join(msgs, "; ")))
	}
	return nil
}

// handoffPayload is the "Conversation handed off" payload: the customer and
// the verified order as Flow references (numeric ids), and the fields the
// extension declares.
func (w *TriggerWorker) handoffPayload(ctx context.Context, shop *db.Shop, conversationID string) (map[string]any, error) {
	conv, err := w.Store.GetConversation(ctx, shop.ID, conversationID)
	if err != nil {
		return nil, fmt.Errorf("flow handoff trigger: %w", err)
	}
	p := map[string]any{
		"Handoff reason":   conv.HandoffReason,
		"Shopper language": conv.Language,
		"Summary":          conv.HandoffSummary,
		"Conversation URL": w.Link(shop, conv.ID),
	}
	if conv.CustomerID != 0 {
		p["customer_id"] = conv.CustomerID
	}
	// Only an order the shopper proved they own is referenced.
	if st := dialogue.State(conv.State.V); st.Current != 0 && st.IsVerified(st.Current) {
		n := st.Current
		o, err := w.Store.GetOrderByNumberParts(ctx, shop.ID, n, db.OrderParts{})
		switch {
		case err == nil && o.ShopifyID != 0:
			p["order_id"] = o.ShopifyID
			if _, ok := p["customer_id"]; !ok && o.CustomerID != 0 {
				p["customer_id"] = o.CustomerID
			}
		case err != nil && !errors.Is(err, db.ErrNotFound):
			return nil, fmt.Errorf("flow handoff trigger: %w", err)
		}
	}
	return p, nil
}

// DeliveryAtRiskPayload is the "Delivery at risk" payload for a shipment
// risk of order o (its fulfillments loaded): the order and customer as
// Flow references and the fields the extension declares.
func DeliveryAtRiskPayload(o *db.Order, r db.ShipmentRisk) map[string]any {
	p := map[string]any{"order_id": o.ShopifyID, "Risk reason": r.Kind, "Tracking number": "", "Tracking URL": "",
		"New estimated delivery": ""}
	if o.CustomerID != 0 {
		p["customer_id"] = o.CustomerID
	}
	for _, f := range o.Fulfillments {
		if f.ID != r.FulfillmentID {
			continue
		}
		if len(f.TrackingNumbers.V) > 0 {
			p["Tracking number"] = f.TrackingNumbers.V[0]
		}
		if len(f.TrackingURLs.V) > 0 {
			p["Tracking URL"] = f.TrackingURLs.V[0]
		}
		// Only an estimate that moved past the risk's is a new one.
		if est := f.EstimatedDeliveryAt; est != nil && (r.EstimateAt == nil || est.After(*r.EstimateAt)) {
			p["New estimated delivery"] = est.UTC().Format("2006-01-02")
		}
	}
	return p
}

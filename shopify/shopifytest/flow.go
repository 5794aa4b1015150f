package shopifytest

import (
	"context"
	"encoding/json"
	"slices"
)

// FlowTrigger is one flowTriggerReceive call the fake accepted.
type FlowTrigger struct {
	Shop    string
	Handle  string
	Payload map[string]any
}

// flowPayloadLimit is Shopify's cap on a trigger payload (50 KB).
const flowPayloadLimit = 50_000

// HandleFlowTriggers serves the flowTriggerReceive mutation under the
// operation name op, as Shopify documents it: a handle the app declares
// (known; any when empty) and a JSON payload under the size limit, else
// userErrors. Accepted triggers are returned by the func it gives back.
func (a *Admin) HandleFlowTriggers(op string, known ...string) func() []FlowTrigger {
	var got []FlowTrigger
	a.Handle(op, func(_ context.Context, shop string, vars map[string]any) (any, error) {
		handle, _ := vars["handle"].(string)
		payload, _ := vars["payload"].(map[string]any)
		var errs []map[string]any
		raw, _ := json.Marshal(payload)
		switch {
		case handle == "":
			errs = append(errs, map[string]any{"field": []string{"handle"}, "message": "Handle can't be blank"})
		case len(known) > 0 && !slices.Contains(known, handle):
			errs = append(errs, map[string]any{"field": []string{"handle"}, "message": "Invalid handle '" + handle + "'"})
		case payload == nil:
			errs = append(errs, map[string]any{"field": []string{"payload"}, "message": "Payload must be a JSON object"})
		case len(raw) > flowPayloadLimit:
			errs = append(errs, map[string]any{"field": []string{"payload"}, "message": "Payload exceeds the 50 KB limit"})
		}
		if len(errs) == 0 {
			a.mu.Lock()
			got = append(got, FlowTrigger{Shop: shop, Handle: handle, Payload: payload})
			a.mu.Unlock()
		}
		if errs == nil {
			errs = []map[string]any{}
		}
		return map[string]any{"flowTriggerReceive": map[string]any{"userErrors": errs}}, nil
	})
	return func() []FlowTrigger {
		a.mu.Lock()
		defer a.mu.Unlock()
		return append([]FlowTrigger(nil), got...)
	}
}

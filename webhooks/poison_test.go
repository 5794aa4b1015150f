package webhooks_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"shopassist/db"
	"shopassist/db/dbtest"
	"shopassist/webhooks"
)

// topicFixtures are the realistic bodies the poison mutations start from;
// topics without one start from a minimal object.
var topicFixtures = map[string]string{
	"app/uninstalled":            "app_uninstalled.json",
	"app/scopes_update":          "app_scopes_update.json",
	"orders/create":              "orders_create.json",
	"orders/updated":             "orders_updated.json",
	"orders/paid":                "orders_updated.json",
	"orders/cancelled":           "orders_updated.json",
	"orders/fulfilled":           "orders_updated.json",
	"orders/partially_fulfilled": "orders_updated.json",
	"fulfillments/create":        "fulfillments_create.json",
	"fulfillments/update":        "fulfillments_create.json",
	"fulfillment_events/create":  "fulfillment_events_create.json",
	"refunds/create":             "refunds_create.json",
	"returns/request":            "returns_request.json",
	"returns/approve":            "returns_approve.json",
	"returns/decline":            "returns_approve.json",
	"returns/cancel":             "returns_approve.json",
	"returns/close":              "returns_approve.json",
	"returns/reopen":             "returns_approve.json",
	"products/create":            "products_update.json",
	"products/update":            "products_update.json",
	"products/delete":            "products_update.json",
	"inventory_levels/update":    "inventory_levels_update.json",
	"collections/create":         "collections_update.json",
	"collections/update":         "collections_update.json",
	"collections/delete":         "collections_delete.json",
	"customers/data_request":     "customers_data_request.json",
	"customers/redact":           "customers_redact.json",
	"shop/redact":                "shop_redact.json",
}

// subscribedTopics reads every topic the app subscribes to from
// shopify.app.toml, so a newly subscribed topic is covered at once.
func subscribedTopics(t testing.TB) []string {
	t.Helper()
	b, err := os.ReadFile("../shopify.app.toml")
	if err != nil {
		t.Fatal(err)
	}
	var topics []string
	for _, block := range regexp.MustCompile(`(?s)topics\s*=\s*\[(.*?)\]`).FindAllSubmatch(b, -1) {
		for _, m := range regexp.MustCompile(`"([a-z_]+/[a-z_]+)"`).FindAllSubmatch(block[1], -1) {
			topics = append(topics, string(m[1]))
		}
	}
	if len(topics) < 20 {
		t.Fatalf("read %d topics from shopify.app.toml", len(topics))
	}
	// Shopify sends returns/reopen to returns subscribers too.
	return append(topics, "returns/reopen")
}

// poisonMutations turn a valid body into the nasty inputs a signed delivery
// can still carry. Each is applied to the whole decoded body.
var poisonMutations = map[string]func(v any) any{
	"nul_in_strings": mapStrings(func(s string) any { return s + "\x00" + s }),
	"nul_only":       mapStrings(func(string) any { return "\x00" }),
	"null_in_arrays": mapArrays(func(a []any) any { return append([]any{nil}, a...) }),
	"null_values":    mapLeaves(func(any) any { return nil }),
	"wrong_types": mapLeaves(func(v any) any {
		switch v.(type) {
		case json.Number:
			return "not a number"
		case string:
			return 12345
		case bool:
			return "yes"
		}
		return map[string]any{"unexpected": []any{1, "two"}}
	}),
	"objects_as_arrays": mapObjects(func(m map[string]any) any { return []any{m} }),
	"huge_numbers": mapNumbers(func(json.Number) any {
		return json.Number("123456789012345678901234567890123456789")
	}),
	"huge_exponents": mapNumbers(func(json.Number) any { return json.Number("1e400") }),
	"negative_ids":   mapNumbers(func(json.Number) any { return json.Number("-9223372036854775808") }),
	"deep_nesting": mapArrays(func([]any) any {
		var v any = "bottom"
		for range 3000 {
			v = []any{v}
		}
		return v
	}),
}

// poisonBodies are whole bodies that are valid JSON but not objects.
var poisonBodies = map[string]string{
	"top_null": `null`, "top_array": `[null]`, "top_string": `"\u0000"`, "top_number": `1e999`, "empty": `{}`,
}

// Not parallel: 330 events through River would starve the timing-bound
// tests running beside it on a loaded CI machine.
func TestPoisonPayloadsEndInAVisibleState(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		ctx := context.Background()
		// A long shop cache so the intake never refuses a poison delivery
		// because an earlier poison app/uninstalled was applied.
		e := newTestEnv(t, store, envOptions{workers: true, cfg: webhooks.Config{ShopCacheTTL: time.Hour}})
		var ids []int64
		names := map[int64]string{}
		for _, topic := range subscribedTopics(t) {
			if topic == webhooks.TopicAppUninstalled || topic == webhooks.TopicShopRedact {
				continue // covered below: they would end the shop for the other cases
			}
			for name, body := range poisonCases(t, topic) {
				id, ok := e.deliverAny(t, topic, body)
				if ok {
					ids = append(ids, id)
					names[id] = topic + " " + name
				}
			}
		}
		sentinel := e.deliver(t, "orders/create", fixture(t, "orders_create.json"))
		e.waitSettled(t, 60*time.Second)
		failed := 0
		for _, id := range ids {
			ev, err := store.GetWebhookEvent(ctx, shopDomain, id)
			if err != nil {
				t.Fatalf("%s: %v", names[id], err)
			}
			switch ev.Status {
			case db.EventProcessed, db.EventSkipped:
			case db.EventFailed:
				failed++
				if ev.LastError == "" {
					t.Errorf("%s: failed without an error text", names[id])
				}
			default:
				t.Errorf("%s: ended %q", names[id], ev.Status)
			}
			if !utf8.ValidString(ev.LastError) || strings.ContainsRune(ev.LastError, 0) {
				t.Errorf("%s: unstorable error text %q", names[id], ev.LastError)
			}
		}
		if ev, _ := store.GetWebhookEvent(ctx, shopDomain, sentinel); ev == nil || ev.Status != db.EventProcessed {
			t.Fatalf("a good event after the poison was not processed: %+v", ev)
		}
		t.Logf("%d poison events: %d failed and visible, the rest processed or skipped", len(ids), failed)
		// The topics that end a shop go last; a processed shop/redact deletes
		// the shop's events, so only the end state is checked: nothing
		// stuck, nothing 5xx.
		for _, topic := range []string{webhooks.TopicAppUninstalled, webhooks.TopicShopRedact} {
			for _, body := range poisonCases(t, topic) {
				if rec := e.do(signedRequest(topic, shopDomain, body)); rec.Code >= 500 {
					t.Fatalf("%s: status %d for a poison body", topic, rec.Code)
				}
			}
		}
		e.waitSettled(t, 60*time.Second)
	})
}

// poisonCases builds every mutation of the topic's fixture plus the
// non-object bodies.
func poisonCases(t testing.TB, topic string) map[string][]byte {
	t.Helper()
	base := []byte(`{"id": 1, "admin_graphql_api_id": "gid://shopify/Thing/1", "line_items": [{"id": 2}]}`)
	if f, ok := topicFixtures[topic]; ok {
		base = fixture(t, f)
	}
	out := map[string][]byte{}
	for name, mutate := range poisonMutations {
		dec := json.NewDecoder(bytes.NewReader(base))
		dec.UseNumber()
		var v any
		if err := dec.Decode(&v); err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(mutate(v))
		if err != nil {
			t.Fatalf("%s %s: %v", topic, name, err)
		}
		out[name] = b
	}
	for name, body := range poisonBodies {
		out[name] = []byte(body)
	}
	return out
}

// deliverAny posts a signed delivery; ok reports whether it was stored.
// Refusing bad input is fine; a 5xx never is.
func (e *testEnv) deliverAny(t *testing.T, topic string, body []byte) (int64, bool) {
	t.Helper()
	req := signedRequest(topic, shopDomain, body)
	rec := e.do(req)
	if rec.Code >= 500 {
		t.Fatalf("%s: status %d for a poison body: %s", topic, rec.Code, rec.Body)
	}
	if !strings.Contains(rec.Body.String(), "accepted") {
		return 0, false
	}
	return e.eventID(t, req.Header.Get(webhooks.HeaderWebhookID)), true
}

// waitSettled waits until no event is left "received" and no event job is
// left unfinished in River: nothing stuck, nothing looping.
func (e *testEnv) waitSettled(t *testing.T, timeout time.Duration) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		received := count(t, e.store, "SELECT COUNT(*) FROM webhook_events WHERE status = 'received'")
		live := count(t, e.store, "SELECT COUNT(*) FROM river_job WHERE kind = 'webhook_event' AND state NOT IN ('completed', 'cancelled', 'discarded')")
		if received == 0 && live == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("not settled after %s: %d events received, %d jobs unfinished", timeout, received, live)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func mapStrings(f func(string) any) func(any) any {
	return func(v any) any {
		return walk(v, func(x any) (any, bool) { s, ok := x.(string); return applyIf(ok, f, s) })
	}
}

func mapNumbers(f func(json.Number) any) func(any) any {
	return func(v any) any {
		return walk(v, func(x any) (any, bool) { n, ok := x.(json.Number); return applyIf(ok, f, n) })
	}
}

func mapArrays(f func([]any) any) func(any) any {
	return func(v any) any {
		return walk(v, func(x any) (any, bool) { a, ok := x.([]any); return applyIf(ok, f, a) })
	}
}

func mapObjects(f func(map[string]any) any) func(any) any {
	return func(v any) any {
		root, ok := v.(map[string]any)
		if !ok {
			return v
		}
		// The body itself stays an object; every object inside it changes.
		for k, val := range root {
			root[k] = walk(val, func(x any) (any, bool) { m, ok := x.(map[string]any); return applyIf(ok, f, m) })
		}
		return root
	}
}

func mapLeaves(f func(any) any) func(any) any {
	return func(v any) any {
		return walk(v, func(x any) (any, bool) {
			switch x.(type) {
			case map[string]any, []any:
				return nil, false
			}
			return f(x), true
		})
	}
}

func applyIf[T any](ok bool, f func(T) any, v T) (any, bool) {
	if !ok {
		return nil, false
	}
	return f(v), true
}

// walk replaces, depth first, every value f accepts (children before their
// container is offered, so containers see already mutated children).
func walk(v any, f func(any) (any, bool)) any {
	switch t := v.(type) {
	case map[string]any:
		for k, val := range t {
			t[k] = walk(val, f)
		}
	case []any:
		for i := range t {
			t[i] = walk(t[i], f)
		}
	}
	if r, ok := f(v); ok {
		return r
	}
	return v
}

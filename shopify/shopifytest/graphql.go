package shopifytest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"regexp"
	"strings"

	"shopassist/shopify"
)

// Resolver answers one GraphQL operation for shop. vars are the request's
// variables as decoded JSON. The returned value is marshalled as "data"; an
// error becomes an "errors" entry (use *Error to set a code or path), and
// data and error may both be returned for partial results.
type Resolver func(ctx context.Context, shop string, vars map[string]any) (any, error)

// Error is a GraphQL error a resolver can return to control the "errors"
// entry, e.g. &Error{Message: "Access denied", Code: "ACCESS_DENIED"}.
type Error struct {
	Message string
	Code    string
	Path    []any
}

// Error returns the message, as sent in the "errors" entry.
func (e *Error) Error() string { return e.Message }

// Handle registers (or replaces) the resolver for a GraphQL operation name,
// i.e. the Foo in "query Foo(...)" or "mutation Foo(...)".
func (a *Admin) Handle(operation string, fn Resolver) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.resolvers[operation] = fn
}

type queryKey struct{}

// Query returns the GraphQL document of the request a resolver is serving,
// for resolvers that vary their answer with the selected fields.
func Query(ctx context.Context) string {
	s, _ := ctx.Value(queryKey{}).(string)
	return s
}

var operationNameRE = regexp.MustCompile(`(?:^|[^_0-9A-Za-z$])(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)`)

// OperationName extracts the operation name from a GraphQL document; the
// fake needs named operations to dispatch.
func OperationName(doc string) string {
	if m := operationNameRE.FindStringSubmatch(doc); m != nil {
		return m[1]
	}
	return ""
}

const invalidTokenBody = `{"errors":"[API] Invalid API key or access token (unrecognized login or wrong password)"}`

type gqlRequest struct {
	Query         string         `json:"query"`
	Variables     map[string]any `json:"variables"`
	OperationName string         `json:"operationName"`
}

type gqlError struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path,omitempty"`
	Extensions map[string]any `json:"extensions,omitempty"`
}

type gqlResponse struct {
	Data       any        `json:"data,omitempty"`
	Errors     []gqlError `json:"errors,omitempty"`
	Extensions struct {
		Cost costJSON `json:"cost"`
	} `json:"extensions"`
}

// costJSON mirrors shopify.Cost but keeps actualQueryCost null when
// throttled, as Shopify does.
type costJSON struct {
	RequestedQueryCost float64                `json:"requestedQueryCost"`
	ActualQueryCost    *float64               `json:"actualQueryCost"`
	ThrottleStatus     shopify.ThrottleStatus `json:"throttleStatus"`
}

// serveGraphQL implements POST /admin/api/{version}/graphql.json.
func (a *Admin) serveGraphQL(w http.ResponseWriter, r *http.Request) {
	shop := strings.ToLower(r.Header.Get(shopify.ShopDomainHeader))
	rec := Request{Method: r.Method, Path: r.URL.Path, Shop: shop, At: a.opts.Now()}
	defer func() { a.record(rec) }()

	if v := r.PathValue("version"); v != a.opts.APIVersion {
		rec.Status = http.StatusNotFound
		writeJSON(w, rec.Status, map[string]string{"errors": "API version " + v + " is not served here (the fake serves " + a.opts.APIVersion + ")"})
		return
	}
	// Shopify names the version that answered, which may differ from the one
	// asked for once that has left its support window.
	w.Header().Set(shopify.APIVersionHeader, a.opts.APIVersion)

	var req gqlRequest
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 4<<20)).Decode(&req); err != nil {
		rec.Status = http.StatusBadRequest
		writeJSON(w, rec.Status, map[string]string{"errors": "invalid JSON body: " + err.Error()})
		return
	}
	rec.Operation, rec.Variables = req.OperationName, req.Variables
	if rec.Operation == "" {
		rec.Operation = OperationName(req.Query)
	}

	adm := a.admit(shop, r.Header.Get(shopify.AccessTokenHeader), rec.Operation)
	rec.Status, rec.Throttled = adm.status, adm.throttled
	switch {
	case adm.status == http.StatusUnauthorized:
		writeRaw(w, adm.status, invalidTokenBody)
		return
	case adm.status != http.StatusOK:
		if adm.retryAfter != "" {
			w.Header().Set("Retry-After", adm.retryAfter)
		}
		writeJSON(w, adm.status, map[string]string{"errors": http.StatusText(adm.status)})
		return
	}

	var resp gqlResponse
	resp.Extensions.Cost = costJSON{RequestedQueryCost: adm.cost, ThrottleStatus: adm.bucket}
	if adm.throttled {
		resp.Errors = []gqlError{{
			Message:    "Throttled",
			Extensions: map[string]any{"code": "THROTTLED", "documentation": "https://shopify.dev/api/usage/rate-limits"},
		}}
		writeJSON(w, http.StatusOK, resp)
		return
	}
	resp.Extensions.Cost.ActualQueryCost = &adm.cost
	ctx := context.WithValue(r.Context(), queryKey{}, req.Query)
	resp.Data, resp.Errors = resolve(ctx, adm.resolver, rec.Operation, shop, req.Variables)
	writeJSON(w, http.StatusOK, resp)
}

// admission is what the fake decided about a request before resolving it.
type admission struct {
	status     int    // 200, 401 or an injected failure
	retryAfter string // for injected 429s
	throttled  bool
	cost       float64
	bucket     shopify.ThrottleStatus
	resolver   Resolver
}

// admit authenticates the request, applies injected faults and charges the
// shop's bucket, all under one lock so concurrent requests see a consistent
// bucket.
func (a *Admin) admit(shop, token, operation string) admission {
	a.mu.Lock()
	defer a.mu.Unlock()
	if !a.validLocked(shop, token) {
		return admission{status: http.StatusUnauthorized}
	}
	status, retryAfter, forceThrottle := a.faults.next()
	if status != 0 {
		return admission{status: status, retryAfter: retryAfter}
	}
	adm := admission{status: http.StatusOK, cost: a.costOf(operation), resolver: a.resolvers[operation]}
	b := a.bucketFor(shop, a.opts.Now())
	if forceThrottle {
		b.available = 0
	}
	adm.throttled = b.available < adm.cost
	if !adm.throttled {
		b.available -= adm.cost
	}
	adm.bucket = a.throttleStatus(b)
	return adm
}

// resolve runs the operation's resolver and shapes its result as GraphQL
// "data" and "errors".
func resolve(ctx context.Context, fn Resolver, operation, shop string, vars map[string]any) (any, []gqlError) {
	if fn == nil {
		return nil, []gqlError{{
			Message:    fmt.Sprintf("shopifytest: no resolver for operation %q (register one with Admin.Handle)", operation),
			Extensions: map[string]any{"code": "UNKNOWN_OPERATION"},
		}}
	}
	data, err := fn(ctx, shop, vars)
	if err == nil {
		return data, nil
	}
	var ge *Error
	if !errors.As(err, &ge) {
		return data, []gqlError{{Message: err.Error()}}
	}
	e := gqlError{Message: ge.Message, Path: ge.Path}
	if ge.Code != "" {
		e.Extensions = map[string]any{"code": ge.Code}
	}
	return data, []gqlError{e}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func writeRaw(w http.ResponseWriter, status int, body string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write([]byte(body))
}

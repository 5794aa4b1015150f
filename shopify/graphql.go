package shopify

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"time"
)

// Cost is the query-cost report Shopify attaches to every GraphQL response
// under extensions.cost.
type Cost struct {
	RequestedQueryCost float64 `json:"requestedQueryCost"`
	// ActualQueryCost is null (0 here) when the query was throttled.
	ActualQueryCost float64        `json:"actualQueryCost"`
	ThrottleStatus  ThrottleStatus `json:"throttleStatus"`
}

// ThrottleStatus is the state of the shop's leaky bucket after the query.
type ThrottleStatus struct {
	MaximumAvailable   float64 `json:"maximumAvailable"`
	CurrentlyAvailable float64 `json:"currentlyAvailable"`
	RestoreRate        float64 `json:"restoreRate"`
}

// GraphQLErrorItem is one entry of a GraphQL "errors" array.
type GraphQLErrorItem struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path,omitempty"`
	Extensions map[string]any `json:"extensions,omitempty"`
}

// Code returns extensions.code ("THROTTLED", "ACCESS_DENIED", ...), if any.
func (i GraphQLErrorItem) Code() string {
	s, _ := i.Extensions["code"].(string)
	return s
}

// GraphQLError carries the top-level "errors" of a GraphQL response that came
// back with HTTP 200. (Mutation userErrors are data, not errors, and are left
// to the caller.)
type GraphQLError struct {
	Errors []GraphQLErrorItem
}

// Error joins the messages, each with its code when present.
func (e *GraphQLError) Error() string {
	msgs := make([]string, len(e.Errors))
	for i, it := range e.Errors {
		msgs[i] = it.Message
		if code := it.Code(); code != "" {
			msgs[i] += " (" + code + ")"
		}
	}
	return "shopify graphql: " + strings.Join(msgs, "; ")
}

// HasCode reports whether any error carries extensions.code == code.
func (e *GraphQLError) HasCode(code string) bool {
	for _, it := range e.Errors {
		if it.Code() == code {
			return true
		}
	}
	return false
}

// IsThrottled reports whether err is (or wraps) a THROTTLED GraphQL error,
// which GraphQL only returns once its retries are exhausted.
func IsThrottled(err error) bool {
	var ge *GraphQLError
	return errors.As(err, &ge) && ge.HasCode("THROTTLED")
}

type graphQLRequest struct {
	Query     string         `json:"query"`
	Variables map[string]any `json:"variables,omitempty"`
}

type graphQLResponse struct {
	Data       json.RawMessage `json:"data"`
	Errors     json.RawMessage `json:"errors"`
	Extensions struct {
		Cost *Cost `json:"cost"`
	} `json:"extensions"`
}

// maxGraphQLResponse guards memory; a page of 250 products with variants stays
// far below it and bulk results are streamed instead.
const maxGraphQLResponse int64 = 64 << 20

// GraphQL runs an Admin API query or mutation and decodes "data" into out
// (which may be nil). It retries on its own when Shopify says to wait:
// THROTTLED errors (waiting until the bucket holds the requested cost), 429
// (honouring Retry-After) and — for queries only, since a mutation may have
// been applied — 5xx and transport errors with capped exponential backoff.
// The returned Cost is the last one reported, for callers that pace
// themselves. Errors in the response body come back as *GraphQLError, with
// any partial data still decoded into out.
func (c *Client) GraphQL(ctx context.Context, shop, accessToken, query string, vars map[string]any, out any) (*Cost, error) {
	idempotent := operationType(query) != "mutation"
	var cost *Cost
	for attempt := 1; ; attempt++ {
		r := c.graphQLOnce(ctx, shop, accessToken, query, vars, out, idempotent, attempt)
		if r.cost != nil {
			cost = r.cost
		}
		if !r.retry {
			if r.err != nil {
				return cost, fmt.Errorf("graphql for %s: %w", shop, r.err)
			}
			return cost, nil
		}
		if attempt >= c.maxAttempts() {
			return cost, fmt.Errorf("graphql for %s: giving up after %d attempts: %w", shop, attempt, r.err)
		}
		c.logger().LogAttrs(ctx, slog.LevelWarn, "shopify graphql retry",
			slog.String("shop", shop), slog.Int("attempt", attempt),
			slog.Duration("wait", r.wait), slog.String("reason", r.err.Error()))
		if err := c.sleep(ctx, r.wait); err != nil {
			return cost, fmt.Errorf("graphql for %s: waiting to retry (%w): %w", shop, r.err, err)
		}
	}
}

// attemptResult tells the retry loop what happened to one request.
type attemptResult struct {
	cost  *Cost
	err   error
	retry bool
	wait  time.Duration
}

func (c *Client) graphQLOnce(ctx context.Context, shop, accessToken, query string, vars map[string]any, out any, idempotent bool, attempt int) attemptResult {
	path := "/admin/api/" + c.apiVersion() + "/graphql.json"
	req, err := c.newJSONRequest(ctx, shop, path, graphQLRequest{Query: query, Variables: vars})
	if err != nil {
		return attemptResult{err: err}
	}
	req.Header.Set(AccessTokenHeader, accessToken)

	resp, err := c.httpClient().Do(req)
	if err != nil {
		err = fmt.Errorf("POST graphql.json: %w", err)
		retry := idempotent && ctx.Err() == nil
		return attemptResult{err: err, retry: retry, wait: c.backoff(attempt)}
	}
	defer resp.Body.Close()

	switch {
	case resp.StatusCode == http.StatusTooManyRequests:
		ae := newAPIError(resp)
		wait := ae.RetryAfter
		if wait <= 0 {
			wait = defaultRetryAfter
		}
		return attemptResult{err: ae, retry: true, wait: min(wait, c.maxWait())}
	case resp.StatusCode >= 500:
		return attemptResult{err: newAPIError(resp), retry: idempotent, wait: c.backoff(attempt)}
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		return attemptResult{err: newAPIError(resp)}
	}

	var env graphQLResponse
	if err := json.NewDecoder(io.LimitReader(resp.Body, maxGraphQLResponse)).Decode(&env); err != nil {
		return attemptResult{err: fmt.Errorf("decode graphql response: %w", err), retry: idempotent, wait: c.backoff(attempt)}
	}
	cost := env.Extensions.Cost

	gqlErr := decodeGraphQLErrors(env.Errors)
	if gqlErr != nil && gqlErr.HasCode("THROTTLED") {
		return attemptResult{cost: cost, err: gqlErr, retry: true, wait: c.throttleWait(cost)}
	}
	if out != nil && len(env.Data) > 0 && !bytes.Equal(env.Data, []byte("null")) {
		if err := json.Unmarshal(env.Data, out); err != nil {
			return attemptResult{cost: cost, err: fmt.Errorf("decode graphql data: %w", err)}
		}
	}
	if gqlErr != nil {
		return attemptResult{cost: cost, err: gqlErr}
	}
	return attemptResult{cost: cost}
}

// decodeGraphQLErrors accepts the standard array form and the bare string
// Shopify uses for some request-level failures.
func decodeGraphQLErrors(raw json.RawMessage) *GraphQLError {
	if len(raw) == 0 || bytes.Equal(raw, []byte("null")) {
		return nil
	}
	var items []GraphQLErrorItem
	if err := json.Unmarshal(raw, &items); err == nil {
		if len(items) == 0 {
			return nil
		}
		return &GraphQLError{Errors: items}
	}
	var msg string
	if err := json.Unmarshal(raw, &msg); err == nil {
		return &GraphQLError{Errors: []GraphQLErrorItem{{Message: msg}}}
	}
	return &GraphQLError{Errors: []GraphQLErrorItem{{Message: string(raw)}}}
}

// operationType returns "query", "mutation" or "subscription" for a GraphQL
// document, skipping leading comments; the shorthand "{ ... }" is a query.
func operationType(doc string) string {
	for line := range strings.Lines(doc) {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		for _, op := range []string{"mutation", "subscription", "query"} {
			if rest, ok := strings.CutPrefix(line, op); ok && (rest == "" || !isNameChar(rest[0])) {
				return op
			}
		}
		return "query"
	}
	return "query"
}

func isNameChar(b byte) bool {
	return b == '_' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}

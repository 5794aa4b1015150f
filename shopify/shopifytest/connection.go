package shopifytest

import (
	"encoding/base64"
	"fmt"
	"strconv"
)

// Page sizes of Shopify's connections: first defaults vary by field, 250 is
// the hard maximum.
const (
	defaultPageSize = 50
	maxPageSize     = 250
)

// Connection pages nodes the way a Shopify GraphQL connection does, reading
// the "first" and "after" variables, and returns
// {edges{cursor node} nodes pageInfo{hasNextPage endCursor}}. Resolvers use
// it to serve cursor pagination over a fixed slice. A malformed cursor or a
// "first" above 250 is an error, as on Shopify.
func Connection[T any](nodes []T, vars map[string]any) (map[string]any, error) {
	first := defaultPageSize
	if v, ok := vars["first"].(float64); ok {
		first = int(v)
	}
	if first < 0 || first > maxPageSize {
		return nil, &Error{Message: fmt.Sprintf("The 'first' argument must be between 0 and %d.", maxPageSize), Code: "BAD_USER_INPUT"}
	}
	start := 0
	if after, ok := vars["after"].(string); ok && after != "" {
		i, err := decodeCursor(after)
		if err != nil || i < 0 || i >= len(nodes) {
			return nil, &Error{Message: "Invalid cursor for current pagination sort.", Code: "BAD_USER_INPUT"}
		}
		start = i + 1
	}
	end := min(start+first, len(nodes))
	edges := make([]map[string]any, 0, end-start)
	page := make([]T, 0, end-start)
	for i := start; i < end; i++ {
		edges = append(edges, map[string]any{"cursor": encodeCursor(i), "node": nodes[i]})
		page = append(page, nodes[i])
	}
	pageInfo := map[string]any{"hasNextPage": end < len(nodes), "hasPreviousPage": start > 0, "endCursor": nil, "startCursor": nil}
	if end > start {
		pageInfo["startCursor"], pageInfo["endCursor"] = encodeCursor(start), encodeCursor(end-1)
	}
	return map[string]any{"edges": edges, "nodes": page, "pageInfo": pageInfo}, nil
}

func encodeCursor(i int) string {
	return base64.RawURLEncoding.EncodeToString([]byte("idx:" + strconv.Itoa(i)))
}

func decodeCursor(c string) (int, error) {
	raw, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil || len(raw) < 5 || string(raw[:4]) != "idx:" {
		return 0, fmt.Errorf("bad cursor %q", c)
	}
	return strconv.Atoi(string(raw[4:]))
}

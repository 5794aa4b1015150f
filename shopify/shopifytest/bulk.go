package shopifytest

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"strconv"
	"strings"
)

// BulkFunc produces the JSONL lines of a bulk query for shop: one JSON
// object per line, children after their parent with "__parentId", exactly
// as Shopify writes bulk results. query is the bulk query document.
type BulkFunc func(ctx context.Context, shop, query string) ([][]byte, error)

// HandleBulk sets the generator of bulk-query results. Without one, bulk
// queries are rejected with a userError.
func (a *Admin) HandleBulk(fn BulkFunc) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.bulkFn = fn
}

// ServeJSONL publishes lines as a JSONL file at path (e.g. "/bulk/1.jsonl")
// on the fake's server and returns its URL. Like Shopify's signed storage
// URLs it needs no access token.
func (a *Admin) ServeJSONL(path string, lines [][]byte) string {
	if !strings.HasPrefix(path, "/") {
		path = "/" + path
	}
	var buf bytes.Buffer
	for _, l := range lines {
		buf.Write(l)
		buf.WriteByte('\n')
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	a.files[path] = buf.Bytes()
	return a.URL + path
}

func (a *Admin) serveFile(w http.ResponseWriter, r *http.Request) {
	a.mu.Lock()
	body, ok := a.files[r.URL.Path]
	a.mu.Unlock()
	rec := Request{Method: r.Method, Path: r.URL.Path, Status: http.StatusOK, At: a.opts.Now()}
	if !ok {
		rec.Status = http.StatusNotFound
		a.record(rec)
		http.NotFound(w, r)
		return
	}
	a.record(rec)
	w.Header().Set("Content-Type", "application/jsonl")
	_, _ = w.Write(body)
}

// bulkOp is one bulk operation's lifecycle.
type bulkOp struct {
	id, shop string
	polls    int
	lines    int
	url      string
	err      error
}

func (op *bulkOp) done(pollsBeforeDone int) bool { return op.polls > pollsBeforeDone }

// resolveBulkRun serves shopify.Client.BulkQuery's bulkOperationRunQuery. The
// result is generated up front; the operation then reports RUNNING for
// Options.BulkPolls polls.
func (a *Admin) resolveBulkRun(ctx context.Context, shop string, vars map[string]any) (any, error) {
	reject := func(msg string) (any, error) {
		return map[string]any{"bulkOperationRunQuery": map[string]any{
			"bulkOperation": nil,
			"userErrors":    []any{map[string]any{"field": []string{"query"}, "message": msg}},
		}}, nil
	}
	query, _ := vars["query"].(string)
	if strings.TrimSpace(query) == "" {
		return reject("Invalid bulk query: query is empty")
	}
	a.mu.Lock()
	fn := a.bulkFn
	for _, op := range a.bulkOps {
		if op.shop == shop && !op.done(a.opts.BulkPolls) {
			a.mu.Unlock()
			return reject("A bulk query operation for this app and shop is already in progress: " + op.id)
		}
	}
	a.seq++
	seq := a.seq
	a.mu.Unlock()
	if fn == nil {
		return reject("shopifytest: no bulk handler registered (Admin.HandleBulk)")
	}

	op := &bulkOp{id: "gid://shopify/BulkOperation/" + strconv.Itoa(seq), shop: shop}
	lines, err := fn(ctx, shop, query)
	if err != nil {
		op.err = err
	} else if len(lines) > 0 {
		op.lines = len(lines)
		op.url = a.ServeJSONL(fmt.Sprintf("/bulk/%d.jsonl", seq), lines)
	}
	a.mu.Lock()
	a.bulkOps[op.id] = op
	a.mu.Unlock()
	return map[string]any{"bulkOperationRunQuery": map[string]any{
		"bulkOperation": map[string]any{"id": op.id, "status": "CREATED"},
		"userErrors":    []any{},
	}}, nil
}

// resolveBulkStatus serves the node(id) poll of shopify.Client.BulkQuery.
func (a *Admin) resolveBulkStatus(_ context.Context, shop string, vars map[string]any) (any, error) {
	id, _ := vars["id"].(string)
	a.mu.Lock()
	defer a.mu.Unlock()
	op, ok := a.bulkOps[id]
	if !ok || op.shop != shop {
		return map[string]any{"node": nil}, nil
	}
	op.polls++
	node := map[string]any{"id": op.id, "status": "RUNNING", "objectCount": "0", "errorCode": nil, "url": nil, "partialDataUrl": nil}
	switch {
	case !op.done(a.opts.BulkPolls):
	case op.err != nil:
		node["status"], node["errorCode"] = "FAILED", "INTERNAL_SERVER_ERROR"
	default:
		node["status"], node["objectCount"] = "COMPLETED", strconv.Itoa(op.lines)
		if op.url != "" {
			node["url"] = op.url
		}
	}
	return map[string]any{"node": node}, nil
}

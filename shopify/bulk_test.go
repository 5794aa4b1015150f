package shopify

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// bulkServer plays Shopify's side of a bulk query: it accepts the run
// mutation, reports RUNNING for `running` polls, then finalStatus, and serves
// the JSONL result at /result.jsonl.
func bulkServer(t *testing.T, running int, finalStatus, result string) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	var polls atomic.Int32
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/result.jsonl" {
			_, _ = w.Write([]byte(result))
			return
		}
		var req graphQLRequest
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			t.Errorf("decode: %v", err)
		}
		w.Header().Set("Content-Type", "application/json")
		switch {
		case strings.Contains(req.Query, "mutation "+BulkRunOperation):
			if !strings.Contains(req.Variables["query"].(string), "products") {
				t.Errorf("bulk query not passed as variable: %v", req.Variables)
			}
			_, _ = w.Write([]byte(`{"data":{"bulkOperationRunQuery":{"bulkOperation":{"id":"gid://shopify/BulkOperation/7","status":"CREATED"},"userErrors":[]}}}`))
		case strings.Contains(req.Query, "query "+BulkStatusOperation):
			if req.Variables["id"] != "gid://shopify/BulkOperation/7" {
				t.Errorf("polled id %v", req.Variables["id"])
			}
			n := polls.Add(1)
			op := map[string]any{"id": "gid://shopify/BulkOperation/7", "status": "RUNNING", "objectCount": "3"}
			if int(n) > running {
				op["status"] = finalStatus
				if finalStatus == "COMPLETED" && result != "" {
					op["url"] = srv.URL + "/result.jsonl"
				}
				if finalStatus == "FAILED" {
					op["errorCode"] = "TIMEOUT"
				}
			}
			_ = json.NewEncoder(w).Encode(map[string]any{"data": map[string]any{"node": op}})
		default:
			t.Errorf("unexpected query %q", req.Query)
		}
	}))
	t.Cleanup(srv.Close)
	return srv, &polls
}

func TestBulkQueryCompleted(t *testing.T) {
	fixture, err := os.ReadFile("testdata/bulk_products.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	srv, polls := bulkServer(t, 2, "COMPLETED", string(fixture))
	rec := &sleepRecorder{}
	c := testClient(srv.URL)
	c.Sleep = rec.sleep
	c.BulkPollInterval = 3 * time.Second

	url, err := c.BulkQuery(t.Context(), testShop, "tok", "{ products { edges { node { id } } } }")
	if err != nil {
		t.Fatal(err)
	}
	if polls.Load() != 3 {
		t.Errorf("polls = %d, want 3", polls.Load())
	}
	for _, w := range rec.waits {
		if w != 3*time.Second {
			t.Errorf("poll wait = %s, want 3s", w)
		}
	}

	type line struct {
		ID       string `json:"id"`
		Title    string `json:"title"`
		ParentID string `json:"__parentId"`
	}
	var products []line
	variants := map[string][]string{}
	err = c.StreamJSONL(t.Context(), url, func(b []byte) error {
		var l line
		if err := json.Unmarshal(b, &l); err != nil {
			return err
		}
		if l.ParentID == "" {
			products = append(products, l)
		} else {
			variants[l.ParentID] = append(variants[l.ParentID], l.ID)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(products) != 2 || products[1].Title != "Café Trail Runner — édition été" {
		t.Errorf("products = %+v", products)
	}
	if len(variants["gid://shopify/Product/1001"]) != 2 || len(variants["gid://shopify/Product/1002"]) != 1 {
		t.Errorf("variants = %v", variants)
	}
}

func TestBulkQueryEmptyResult(t *testing.T) {
	srv, _ := bulkServer(t, 0, "COMPLETED", "")
	url, err := testClient(srv.URL).BulkQuery(t.Context(), testShop, "tok", "{ products { edges { node { id } } } }")
	if err != nil || url != "" {
		t.Fatalf("BulkQuery = %q, %v; want empty url", url, err)
	}
	called := false
	if err := testClient(srv.URL).StreamJSONL(t.Context(), url, func([]byte) error { called = true; return nil }); err != nil || called {
		t.Fatalf("StreamJSONL on empty url: %v, called=%v", err, called)
	}
}

func TestBulkQueryFailed(t *testing.T) {
	srv, _ := bulkServer(t, 1, "FAILED", "")
	_, err := testClient(srv.URL).BulkQuery(t.Context(), testShop, "tok", "{ products { edges { node { id } } } }")
	var be *BulkOperationError
	if !errors.As(err, &be) || be.Status != "FAILED" || be.ErrorCode != "TIMEOUT" || be.ID != "gid://shopify/BulkOperation/7" {
		t.Fatalf("err = %v", err)
	}
}

func TestBulkQueryUserErrors(t *testing.T) {
	srv := newScriptServer(t, reply{status: 200, body: `{"data":{"bulkOperationRunQuery":{"bulkOperation":null,"userErrors":[{"field":["query"],"message":"A bulk query operation for this app and shop is already in progress"}]}}}`})
	_, err := testClient(srv.URL).BulkQuery(t.Context(), testShop, "tok", "{ products { edges { node { id } } } }")
	var be *BulkOperationError
	if !errors.As(err, &be) || len(be.UserErrors) != 1 || !strings.Contains(err.Error(), "already in progress") {
		t.Fatalf("err = %v", err)
	}
}

func TestBulkQueryCancelledWhilePolling(t *testing.T) {
	srv, _ := bulkServer(t, 1000, "COMPLETED", "")
	ctx, cancel := context.WithCancel(t.Context())
	c := testClient(srv.URL)
	polls := 0
	c.Sleep = func(ctx context.Context, _ time.Duration) error {
		if polls++; polls == 3 {
			cancel()
		}
		return ctx.Err()
	}
	if _, err := c.BulkQuery(ctx, testShop, "tok", "{ products { edges { node { id } } } }"); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want canceled", err)
	}
}

func TestStreamJSONL(t *testing.T) {
	long := `{"id":"x","description":"` + strings.Repeat("a", 3<<20) + `"}`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/long.jsonl":
			_, _ = w.Write([]byte("{\"id\":\"a\"}\n" + long + "\n{\"id\":\"b\"}"))
		case "/gone.jsonl":
			http.Error(w, "<Error><Code>ExpiredToken</Code></Error>", http.StatusForbidden)
		}
	}))
	t.Cleanup(srv.Close)
	c := &Client{}

	var sizes []int
	if err := c.StreamJSONL(t.Context(), srv.URL+"/long.jsonl", func(b []byte) error {
		sizes = append(sizes, len(b))
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(sizes) != 3 || sizes[1] != len(long) {
		t.Errorf("line sizes = %v", sizes)
	}

	stop := errors.New("stop")
	err := c.StreamJSONL(t.Context(), srv.URL+"/long.jsonl", func(b []byte) error {
		if bytes.Contains(b, []byte("aaaa")) {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("callback error = %v", err)
	}

	var ae *APIError
	if err := c.StreamJSONL(t.Context(), srv.URL+"/gone.jsonl", func([]byte) error { return nil }); !errors.As(err, &ae) || ae.Status != 403 {
		t.Errorf("expired url error = %v", err)
	}
}

func BenchmarkStreamJSONL(b *testing.B) {
	var buf bytes.Buffer
	for i := range 10000 {
		buf.WriteString(`{"id":"gid://shopify/ProductVariant/`)
		buf.WriteString(strings.Repeat("1", i%7+1))
		buf.WriteString(`","sku":"SKU","price":"29.00","__parentId":"gid://shopify/Product/1"}` + "\n")
	}
	data := buf.Bytes()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write(data) }))
	defer srv.Close()
	c := &Client{}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		n := 0
		if err := c.StreamJSONL(context.Background(), srv.URL, func([]byte) error { n++; return nil }); err != nil || n != 10000 {
			b.Fatal(err, n)
		}
	}
}

func TestBulkQueryOperationVanished(t *testing.T) {
	srv := newScriptServer(t,
		reply{status: 200, body: `{"data":{"bulkOperationRunQuery":{"bulkOperation":{"id":"gid://shopify/BulkOperation/9","status":"CREATED"},"userErrors":[]}}}`},
		reply{status: 200, body: `{"data":{"node":null}}`},
	)
	_, err := testClient(srv.URL).BulkQuery(t.Context(), testShop, "tok", "{ products { edges { node { id } } } }")
	if !errors.Is(err, errBulkNotFound) {
		t.Fatalf("err = %v, want not found", err)
	}
}

package shopify

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"
)

// Operation names of the documents BulkQuery sends; the fake Admin API
// dispatches on them.
const (
	BulkRunOperation    = "BulkOperationRunQuery"
	BulkStatusOperation = "BulkOperationStatus"
)

const bulkRunMutation = `mutation BulkOperationRunQuery($query: String!) {
  bulkOperationRunQuery(query: $query) {
    bulkOperation { id status }
    userErrors { field message }
  }
}`

// node(id) rather than currentBulkOperation: it names the operation we
// started, so a concurrent operation on the shop cannot be mistaken for ours.
const bulkStatusQuery = `query BulkOperationStatus($id: ID!) {
  node(id: $id) {
    ... on BulkOperation { id status errorCode objectCount url partialDataUrl }
  }
}`

// MaxJSONLLine bounds one line of a bulk result. Lines are single objects
// (a product, a variant, ...); a product with a huge description HTML is the
// largest realistic one.
const MaxJSONLLine = 32 << 20

// BulkOperation is the status of a bulk operation as Shopify reports it.
type BulkOperation struct {
	ID             string `json:"id"`
	Status         string `json:"status"`
	ErrorCode      string `json:"errorCode"`
	ObjectCount    string `json:"objectCount"` // UnsignedInt64, sent as a string
	URL            string `json:"url"`
	PartialDataURL string `json:"partialDataUrl"`
}

// BulkOperationError reports a bulk operation that ended without results or
// could not be started.
type BulkOperationError struct {
	ID, Status, ErrorCode string
	// UserErrors are the messages bulkOperationRunQuery returned, if any.
	UserErrors []string
}

// Error describes the rejection or the terminal status and its error code.
func (e *BulkOperationError) Error() string {
	if len(e.UserErrors) > 0 {
		return fmt.Sprintf("shopify bulk operation rejected: %v", e.UserErrors)
	}
	return fmt.Sprintf("shopify bulk operation %s ended %s (%s)", e.ID, e.Status, e.ErrorCode)
}

func (c *Client) bulkPollInterval() time.Duration {
	if c.BulkPollInterval > 0 {
		return c.BulkPollInterval
	}
	return 2 * time.Second
}

// BulkQuery starts a bulk query, waits for it to finish and returns the URL of
// its JSONL result (empty when the query matched nothing). Read the result
// with StreamJSONL.
func (c *Client) BulkQuery(ctx context.Context, shop, token, query string) (string, error) {
	var run struct {
		BulkOperationRunQuery struct {
			BulkOperation *BulkOperation `json:"bulkOperation"`
			UserErrors    []struct {
				Message string `json:"message"`
			} `json:"userErrors"`
		} `json:"bulkOperationRunQuery"`
	}
	if _, err := c.GraphQL(ctx, shop, token, bulkRunMutation, map[string]any{"query": query}, &run); err != nil {
		return "", fmt.Errorf("start bulk query: %w", err)
	}
	r := run.BulkOperationRunQuery
	if len(r.UserErrors) > 0 || r.BulkOperation == nil {
		e := &BulkOperationError{Status: "NOT_STARTED"}
		for _, ue := range r.UserErrors {
			e.UserErrors = append(e.UserErrors, ue.Message)
		}
		return "", fmt.Errorf("start bulk query for %s: %w", shop, e)
	}
	id := r.BulkOperation.ID
	for {
		if err := c.sleep(ctx, c.bulkPollInterval()); err != nil {
			return "", fmt.Errorf("wait for bulk operation %s: %w", id, err)
		}
		op, err := c.bulkStatus(ctx, shop, token, id)
		if err != nil {
			return "", err
		}
		c.logger().DebugContext(ctx, "shopify bulk operation", "shop", shop, "id", id, "status", op.Status, "objects", op.ObjectCount)
		switch op.Status {
		case "COMPLETED":
			return op.URL, nil
		case "FAILED", "CANCELED", "EXPIRED":
			return "", fmt.Errorf("bulk query for %s: %w", shop, &BulkOperationError{ID: id, Status: op.Status, ErrorCode: op.ErrorCode})
		}
	}
}

func (c *Client) bulkStatus(ctx context.Context, shop, token, id string) (*BulkOperation, error) {
	var st struct {
		Node *BulkOperation `json:"node"`
	}
	if _, err := c.GraphQL(ctx, shop, token, bulkStatusQuery, map[string]any{"id": id}, &st); err != nil {
		return nil, fmt.Errorf("poll bulk operation %s: %w", id, err)
	}
	if st.Node == nil {
		return nil, fmt.Errorf("poll bulk operation %s for %s: %w", id, shop, errBulkNotFound)
	}
	return st.Node, nil
}

var errBulkNotFound = errors.New("bulk operation not found")

// streamHTTPClient has no overall timeout: a bulk result for a large catalog
// can take minutes to download, so the context governs it instead.
var streamHTTPClient = &http.Client{}

// StreamJSONL downloads a bulk-operation result and calls fn for each
// non-empty line, in order. Child objects follow their parent and carry
// "__parentId". The slice passed to fn is only valid during the call. An
// error from fn stops the stream and is returned wrapped.
func (c *Client) StreamJSONL(ctx context.Context, url string, fn func(line []byte) error) error {
	if url == "" {
		return nil
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return fmt.Errorf("build bulk result request: %w", err)
	}
	hc := streamHTTPClient
	if c.HTTP != nil {
		hc = c.HTTP
	}
	resp, err := hc.Do(req)
	if err != nil {
		return fmt.Errorf("download bulk result: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return fmt.Errorf("download bulk result: %w", newAPIError(resp))
	}
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 0, 64<<10), MaxJSONLLine)
	n := 0
	for sc.Scan() {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		n++
		if err := fn(line); err != nil {
			return fmt.Errorf("bulk result line %d: %w", n, err)
		}
		if n%1024 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read bulk result after %d lines: %w", n, err)
	}
	return nil
}

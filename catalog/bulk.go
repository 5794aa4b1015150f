package catalog

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"shopassist/db"
)

// bulkLine is the part of every bulk-result line needed to route it.
type bulkLine struct {
	ID       string `json:"id"`
	ParentID string `json:"__parentId"`
}

// syncProductsBulk runs the products bulk query (or reuses the result URL
// of the interrupted attempt) and streams it in batches. Shopify writes
// each product's children (variants, media, collections) right after it,
// so a batch is complete when the next product line arrives.
func (j *job) syncProductsBulk(ctx context.Context) error {
	for attempt := 0; ; attempt++ {
		if j.cur.BulkURL == "" {
			url, err := j.s.client.BulkQuery(ctx, j.shop.Domain, j.token, bulkProductsQuery())
			if err != nil {
				return fmt.Errorf("bulk products query: %w", err)
			}
			if url == "" {
				return nil // no products at all
			}
			j.cur.BulkURL, j.cur.Skip = url, 0
			if err := j.save(ctx, j.s.store, db.SyncCounts{}); err != nil {
				return err
			}
		}
		err := j.streamBulk(ctx)
		if err != nil && attempt == 0 && isExpiredResult(err) {
			// The signed URL expired while the run was interrupted:
			// start a new bulk operation (upserts are idempotent).
			j.logger.WarnContext(ctx, "bulk result gone, rerunning the bulk query", "err", err)
			j.cur.BulkURL, j.cur.Skip = "", 0
			continue
		}
		return err
	}
}

// streamBulk reads the bulk result in one goroutine (download, JSON decode,
// conversion) while this one writes the finished batches, so the two
// halves of the work overlap on separate cores. Only this goroutine
// touches the cursor.
func (j *job) streamBulk(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	batches := make(chan []db.Product, 2)
	var readErr error
	go func() {
		defer close(batches)
		readErr = j.readBulk(ctx, j.cur.Skip, batches)
	}()
	var writeErr error
	for b := range batches {
		if writeErr != nil {
			continue // drain until the reader notices the cancellation
		}
		j.cur.Skip += len(b)
		if err := j.writeProducts(ctx, b); err != nil {
			j.cur.Skip -= len(b)
			writeErr = err
			cancel()
		}
	}
	if writeErr != nil {
		return writeErr
	}
	return readErr
}

// readBulk streams the result, skips the first skip products (committed
// before an interruption) and sends the rest in batches of BatchSize.
func (j *job) readBulk(ctx context.Context, skip int, out chan<- []db.Product) error {
	var (
		batch   []*gqlProduct
		byID    = map[string]*gqlProduct{}
		parents int // product lines read so far
	)
	send := func() error {
		if len(batch) == 0 {
			return nil
		}
		ps := make([]db.Product, 0, len(batch))
		for _, g := range batch {
			p, err := toProduct(j.shop.ID, g)
			if err != nil {
				return err
			}
			ps = append(ps, p)
		}
		batch = batch[:0]
		clear(byID)
		select {
		case out <- ps:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	err := j.s.client.StreamJSONL(ctx, j.cur.BulkURL, func(line []byte) error {
		var l bulkLine
		if err := json.Unmarshal(line, &l); err != nil {
			return fmt.Errorf("decode bulk line: %w", err)
		}
		if l.ParentID == "" {
			parents++
			if parents <= skip {
				return nil // committed before the interruption
			}
			if len(batch) >= j.s.opts.BatchSize {
				if err := send(); err != nil {
					return err
				}
			}
			g := &gqlProduct{}
			if err := json.Unmarshal(line, g); err != nil {
				return fmt.Errorf("decode bulk product: %w", err)
			}
			batch = append(batch, g)
			byID[g.ID] = g
			return nil
		}
		if parents <= skip {
			return nil
		}
		parent := byID[l.ParentID]
		if parent == nil {
			return fmt.Errorf("bulk line %s: parent %s is not in the current batch", l.ID, l.ParentID)
		}
		return attachChild(parent, l.ID, line)
	})
	if err != nil {
		return err
	}
	return send()
}

// attachChild adds a variant, media or collection line to its product.
func attachChild(p *gqlProduct, id string, line []byte) error {
	switch gidType(id) {
	case "ProductVariant":
		var v gqlVariant
		if err := json.Unmarshal(line, &v); err != nil {
			return fmt.Errorf("decode bulk variant: %w", err)
		}
		p.Variants.Nodes = append(p.Variants.Nodes, v)
	case "Collection":
		var c gqlCollection
		if err := json.Unmarshal(line, &c); err != nil {
			return fmt.Errorf("decode bulk collection: %w", err)
		}
		p.Collections.Nodes = append(p.Collections.Nodes, c)
	case "MediaImage", "Video", "ExternalVideo", "Model3d":
		var m gqlMedia
		if err := json.Unmarshal(line, &m); err != nil {
			return fmt.Errorf("decode bulk media: %w", err)
		}
		p.Media.Nodes = append(p.Media.Nodes, m)
	case "":
		return errors.New("bulk child line without a global id")
	}
	// Unknown child types (fields added to the query later) are ignored.
	return nil
}

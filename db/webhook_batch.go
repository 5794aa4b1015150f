package db

import (
	"context"
	"fmt"
	"slices"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// Batched webhook processing (issue 21): a worker applies many events in one
// transaction, so the per-event statements (lock, shop, finish) become one
// statement per batch.

// LockWebhookEvents loads those of the events that are still "received",
// oldest id first, and on PostgreSQL locks their rows until the transaction
// ends. Rows another transaction holds are skipped rather than waited for
// (SKIP LOCKED): that transaction either commits them or leaves them to its
// own job's retry, so two batches sharing ids never wait on each other. Use
// it inside InTx (SQLite serialises writers).
func (s *Store) LockWebhookEvents(ctx context.Context, ids []int64) ([]*WebhookEvent, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	q := s.db(ctx).Where("id IN ? AND status = ?", ids, EventReceived).Order("id")
	if s.dialect == Postgres {
		q = q.Clauses(clause.Locking{Strength: "UPDATE", Options: "SKIP LOCKED"})
	}
	var out []*WebhookEvent
	if err := q.Find(&out).Error; err != nil {
		return nil, fmt.Errorf("lock %d webhook events: %w", len(ids), err)
	}
	return out, nil
}

// FinishWebhookEvents records the same outcome (processed or skipped, with
// note) for several events, as FinishWebhookEvent does for one, in one
// statement. Every event must still be "received": otherwise it returns
// ErrNotFound and the caller's transaction rolls back, so effects are never
// committed twice.
func (s *Store) FinishWebhookEvents(ctx context.Context, ids []int64, status, note string, at time.Time) error {
	if len(ids) == 0 {
		return nil
	}
	res := s.db(ctx).Model(&WebhookEvent{}).Where("id IN ? AND status = ?", ids, EventReceived).Updates(map[string]any{
		"status":       status,
		"attempts":     gorm.Expr("attempts + 1"),
		"last_error":   CleanText(note),
		"processed_at": at.UTC(),
		"payload":      emptyPayload,
	})
	if res.Error != nil {
		return fmt.Errorf("finish %d webhook events: %w", len(ids), res.Error)
	}
	if res.RowsAffected != int64(len(ids)) {
		return fmt.Errorf("finish %d webhook events: %d were no longer received: %w", len(ids),
			int64(len(ids))-res.RowsAffected, ErrNotFound)
	}
	return nil
}

// WebhookEventRef names a stored event and its topic, which decides how the
// event is processed (in a batch or alone).
type WebhookEventRef struct {
	ID    int64
	Topic string
}

// StaleWebhookEvents is StaleWebhookEventIDs with each event's topic.
func (s *Store) StaleWebhookEvents(ctx context.Context, cutoff time.Time, limit int) ([]WebhookEventRef, error) {
	if limit <= 0 {
		limit = 500
	}
	var out []WebhookEventRef
	if err := s.db(ctx).Model(&WebhookEvent{}).Select("id, topic").
		Where("status = ? AND received_at < ?", EventReceived, cutoff.UTC()).
		Order("received_at").Limit(limit).Scan(&out).Error; err != nil {
		return nil, fmt.Errorf("list stale webhook events: %w", err)
	}
	return out, nil
}

// GetShops loads the shops with the given domains in one query, keyed by
// domain; domains without a shop are absent from the map.
func (s *Store) GetShops(ctx context.Context, domains []string) (map[string]*Shop, error) {
	out := make(map[string]*Shop, len(domains))
	if len(domains) == 0 {
		return out, nil
	}
	var shops []*Shop
	if err := s.db(ctx).Where("domain IN ?", domains).Find(&shops).Error; err != nil {
		return nil, fmt.Errorf("get %d shops: %w", len(domains), err)
	}
	for _, sh := range shops {
		out[sh.Domain] = sh
	}
	return out, nil
}

// shopifyKey identifies a row synced from Shopify within a shop.
type shopifyKey struct{ shop, id int64 }

func compareKeys(a, b shopifyKey) int {
	if a.shop != b.shop {
		if a.shop < b.shop {
			return -1
		}
		return 1
	}
	if a.id < b.id {
		return -1
	}
	if a.id > b.id {
		return 1
	}
	return 0
}

// lockRows is lockRow for many rows in one statement: placeholders must be
// distinct by (shop_id, shopify_id) and are sorted by it first, so two
// batches lock shared rows in the same order and cannot deadlock on them.
// key reads a placeholder's key. It returns the stored rows by key.
func lockRows[T any](g *gorm.DB, placeholders []T, key func(*T) shopifyKey) (map[shopifyKey]*T, error) {
	slices.SortFunc(placeholders, func(a, b T) int { return compareKeys(key(&a), key(&b)) })
	want := make([]shopifyKey, len(placeholders))
	for i := range placeholders {
		want[i] = key(&placeholders[i])
	}
	err := g.Clauses(clause.OnConflict{
		Columns:   []clause.Column{{Name: "shop_id"}, {Name: "shopify_id"}},
		DoUpdates: clause.Assignments(map[string]any{"shop_id": gorm.Expr("excluded.shop_id")}),
	}, clause.Returning{}).Create(&placeholders).Error
	if err != nil {
		return nil, err
	}
	out := make(map[shopifyKey]*T, len(placeholders))
	for i := range placeholders {
		// gorm assigns RETURNING rows by position; both databases return
		// them in VALUES order, checked here rather than trusted.
		if k := key(&placeholders[i]); k != want[i] {
			return nil, fmt.Errorf("lock rows: row %d returned %v, want %v", i, k, want[i])
		}
		out[want[i]] = &placeholders[i]
	}
	return out, nil
}

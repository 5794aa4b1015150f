package db

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// emptyPayload replaces a processed event's body: its effects live in the
// domain tables, and keeping raw order/customer JSON would hold PII that
// customers/redact could not find.
var emptyPayload = []byte("{}")

// purgedPayload replaces the body of a failed event past retention: empty,
// unlike any JSON body (even "{}"), so Replay can tell it was purged.
var purgedPayload = []byte{}

// PayloadPurged reports whether the event's body was purged after the
// retention period (meaningful on an event loaded with its payload).
func (e *WebhookEvent) PayloadPurged() bool { return len(e.Payload) == 0 }

// InsertWebhookEvent stores a received webhook before it is acknowledged.
// A second delivery of the same (shop, webhook id) returns ErrDuplicate and
// writes nothing. It is one statement with no wrapping transaction (gorm's
// default BEGIN/COMMIT would triple the round trips on the hot path), and ON
// CONFLICT keeps the duplicate path free of error logs in PostgreSQL.
func (s *Store) InsertWebhookEvent(ctx context.Context, e *WebhookEvent) error {
	if err := s.insertWebhookEvents(ctx, []*WebhookEvent{e}); err != nil {
		if isUniqueViolation(err) {
			return DuplicateWebhook(e)
		}
		return fmt.Errorf("insert webhook %s of %s: %w", e.WebhookID, e.Shop, err)
	}
	if e.ID == 0 {
		return DuplicateWebhook(e)
	}
	return nil
}

// DuplicateWebhook is the error for an event whose (shop, webhook id) is
// already stored: it wraps ErrDuplicate.
func DuplicateWebhook(e *WebhookEvent) error {
	return fmt.Errorf("insert webhook %s of %s: %w", e.WebhookID, e.Shop, ErrDuplicate)
}

// InsertWebhookEvents stores several received webhooks in one statement and
// one commit: the intake's group commit, so concurrent deliveries share a
// round trip and a WAL flush instead of paying one each. Each event gets its
// ID, or ID 0 when its (shop, webhook id) was already stored or appears
// earlier in the same batch (a duplicate, as with InsertWebhookEvent). The
// batch is atomic: on error nothing was stored.
func (s *Store) InsertWebhookEvents(ctx context.Context, evs []*WebhookEvent) error {
	if err := s.insertWebhookEvents(ctx, evs); err != nil {
		return fmt.Errorf("insert %d webhook events: %w", len(evs), err)
	}
	return nil
}

func (s *Store) insertWebhookEvents(ctx context.Context, evs []*WebhookEvent) error {
	if len(evs) == 0 {
		return nil
	}
	type key struct{ shop, webhookID string }
	first := make(map[key]*WebhookEvent, len(evs))
	var sb strings.Builder
	sb.WriteString(`INSERT INTO webhook_events
		(shop, webhook_id, event_id, topic, api_version, triggered_at, payload, status, attempts, last_error, received_at)
		VALUES `)
	args := make([]any, 0, 9*len(evs))
	for _, e := range evs {
		e.ID = 0
		k := key{e.Shop, e.WebhookID}
		if _, dup := first[k]; dup {
			continue
		}
		first[k] = e
		if e.ReceivedAt.IsZero() {
			e.ReceivedAt = time.Now().UTC()
		}
		if e.Status == "" {
			e.Status = EventReceived
		}
		if len(args) > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString("(?, ?, ?, ?, ?, ?, ?, ?, 0, '', ?)")
		args = append(args, e.Shop, e.WebhookID, e.EventID, e.Topic, e.APIVersion, e.TriggeredAt, e.Payload, e.Status,
			e.ReceivedAt.UTC())
	}
	sb.WriteString(" ON CONFLICT (shop, webhook_id) DO NOTHING RETURNING id, shop, webhook_id")
	var rows []struct {
		ID        int64
		Shop      string
		WebhookID string
	}
	if err := s.db(ctx).Raw(sb.String(), args...).Scan(&rows).Error; err != nil {
		return err
	}
	for _, r := range rows {
		if e := first[key{r.Shop, r.WebhookID}]; e != nil {
			e.ID = r.ID
		}
	}
	return nil
}

// GetWebhookEvent loads one of a shop's webhook events; an id of another
// shop yields ErrNotFound.
func (s *Store) GetWebhookEvent(ctx context.Context, shop string, id int64) (*WebhookEvent, error) {
	var e WebhookEvent
	if err := s.db(ctx).Where("shop = ? AND id = ?", shop, id).Take(&e).Error; err != nil {
		return nil, fmt.Errorf("get webhook event %d of %s: %w", id, shop, notFound(err))
	}
	return &e, nil
}

// RecentWebhookEvents lists a shop's latest events, newest first, without
// payloads (the admin's event log).
func (s *Store) RecentWebhookEvents(ctx context.Context, shop string, limit int) ([]WebhookEvent, error) {
	if limit <= 0 || limit > 500 {
		limit = 50
	}
	var out []WebhookEvent
	if err := s.db(ctx).Omit("payload").Where("shop = ?", shop).Order("received_at DESC, id DESC").Limit(limit).
		Find(&out).Error; err != nil {
		return nil, fmt.Errorf("list webhook events of %s: %w", shop, err)
	}
	return out, nil
}

// LockWebhookEvent loads an event and, on PostgreSQL, locks its row until the
// transaction ends, so two runs of the same job serialise and the second sees
// the first one's status. Use it inside InTx (SQLite serialises writers).
func (s *Store) LockWebhookEvent(ctx context.Context, id int64) (*WebhookEvent, error) {
	q := s.db(ctx)
	if s.dialect == Postgres {
		q = q.Clauses(clause.Locking{Strength: "UPDATE"})
	}
	var e WebhookEvent
	if err := q.Take(&e, id).Error; err != nil {
		return nil, fmt.Errorf("lock webhook event %d: %w", id, notFound(err))
	}
	return &e, nil
}

// FinishWebhookEvent records a successful run (status processed or skipped)
// and drops the payload. It only moves an event out of "received": when the
// event is not in that state (or gone) it returns ErrNotFound, which the
// caller's transaction turns into a rollback, so effects are never committed
// twice.
func (s *Store) FinishWebhookEvent(ctx context.Context, id int64, status, note string, at time.Time) error {
	res := s.db(ctx).Model(&WebhookEvent{}).Where("id = ? AND status = ?", id, EventReceived).Updates(map[string]any{
		"status":       status,
		"attempts":     gorm.Expr("attempts + 1"),
		"last_error":   CleanText(note),
		"processed_at": at.UTC(),
		"payload":      emptyPayload,
	})
	if res.Error != nil {
		return fmt.Errorf("finish webhook event %d: %w", id, res.Error)
	}
	if res.RowsAffected == 0 {
		return fmt.Errorf("finish webhook event %d: %w", id, ErrNotFound)
	}
	return nil
}

// RecordWebhookFailure counts a failed attempt and keeps its error; final
// marks the event failed (retries exhausted or the payload can never be
// processed). Events already processed are left alone.
func (s *Store) RecordWebhookFailure(ctx context.Context, id int64, msg string, final bool) error {
	// The text may quote the payload: cleaned after cutting, as a cut can
	// split a character.
	updates := map[string]any{"attempts": gorm.Expr("attempts + 1"), "last_error": CleanText(truncate(msg, 2000))}
	if final {
		updates["status"] = EventFailed
	}
	if err := s.db(ctx).Model(&WebhookEvent{}).Where("id = ? AND status = ?", id, EventReceived).
		Updates(updates).Error; err != nil {
		return fmt.Errorf("record failure of webhook event %d: %w", id, err)
	}
	return nil
}

// ReopenWebhookEvent puts a failed event of the shop back to "received" so
// it can be replayed. Received events are accepted as they are (replaying a
// stuck event is harmless); processed or skipped ones give ErrNotFound,
// because replaying them would apply their effects twice.
func (s *Store) ReopenWebhookEvent(ctx context.Context, shop string, id int64) (*WebhookEvent, error) {
	res := s.db(ctx).Model(&WebhookEvent{}).Where("id = ? AND shop = ? AND status IN ?", id, shop,
		[]string{EventFailed, EventReceived}).Updates(map[string]any{"status": EventReceived})
	if res.Error != nil {
		return nil, fmt.Errorf("reopen webhook event %d of %s: %w", id, shop, res.Error)
	}
	if res.RowsAffected == 0 {
		return nil, fmt.Errorf("reopen webhook event %d of %s: %w", id, shop, ErrNotFound)
	}
	return s.GetWebhookEvent(ctx, shop, id)
}

// StaleWebhookEventIDs lists events still "received" that arrived before
// cutoff, oldest first: their job may have been lost between commit and
// enqueue, and the reconciler enqueues them again.
func (s *Store) StaleWebhookEventIDs(ctx context.Context, cutoff time.Time, limit int) ([]int64, error) {
	if limit <= 0 {
		limit = 500
	}
	var ids []int64
	if err := s.db(ctx).Model(&WebhookEvent{}).Where("status = ? AND received_at < ?", EventReceived, cutoff.UTC()).
		Order("received_at").Limit(limit).Pluck("id", &ids).Error; err != nil {
		return nil, fmt.Errorf("list stale webhook events: %w", err)
	}
	return ids, nil
}

// PurgeWebhookPayloads drops the stored body of finished events (processed,
// skipped, failed) received before cutoff, at most limit of them, and
// returns how many it purged. Processed and skipped events drop theirs when
// they finish; failed ones keep it for Replay until this purge, so raw
// order and customer data does not outlive the retention. Events still
// "received" keep theirs: they have yet to be applied.
func (s *Store) PurgeWebhookPayloads(ctx context.Context, cutoff time.Time, limit int) (int64, error) {
	if limit <= 0 {
		limit = 1000
	}
	ids := s.db(ctx).Model(&WebhookEvent{}).Select("id").
		Where("status IN ? AND received_at < ? AND payload <> ? AND payload <> ?",
			[]string{EventProcessed, EventSkipped, EventFailed}, cutoff.UTC(), emptyPayload, purgedPayload).Limit(limit)
	res := s.db(ctx).Model(&WebhookEvent{}).Where("id IN (?)", ids).Update("payload", purgedPayload)
	if res.Error != nil {
		return 0, fmt.Errorf("purge webhook payloads: %w", res.Error)
	}
	return res.RowsAffected, nil
}

// WebhookEventStats counts events per status, optionally for one shop
// (empty = all shops); the load benchmark and the admin use it.
func (s *Store) WebhookEventStats(ctx context.Context, shop string) (map[string]int64, error) {
	type row struct {
		Status string
		N      int64
	}
	var rows []row
	q := s.db(ctx).Model(&WebhookEvent{}).Select("status, COUNT(*) AS n")
	if shop != "" {
		q = q.Where("shop = ?", shop)
	}
	if err := q.Group("status").Scan(&rows).Error; err != nil {
		return nil, fmt.Errorf("count webhook events: %w", err)
	}
	out := make(map[string]int64, len(rows))
	for _, r := range rows {
		out[r.Status] = r.N
	}
	return out, nil
}

// CountWebhookEventsAttempted counts events whose attempts column is above
// n; with no failures injected, any processed event with more than one
// attempt would have been processed twice.
func (s *Store) CountWebhookEventsAttempted(ctx context.Context, status string, n int) (int64, error) {
	var c int64
	if err := s.db(ctx).Model(&WebhookEvent{}).Where("status = ? AND attempts > ?", status, n).Count(&c).Error; err != nil {
		return 0, fmt.Errorf("count webhook events by attempts: %w", err)
	}
	return c, nil
}

// truncate cuts s to at most n bytes, at a character boundary.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

package db

import (
	"context"
	"fmt"
	"time"

	"gorm.io/gorm"
)

// Meta webhook deliveries (meta_events) and inbound mail (email_inbound)
// are stored before they are acknowledged and answered by a job; both
// tables share the status, attempts, last_error, payload, received_at and
// processed_at columns and are stored once per key (account and
// Message-ID; body hash), and these helpers serve both. model is a pointer to
// the row type (&MetaEvent{}, &EmailInbound{}), what names it in errors.

// insertStored runs insert, an INSERT … ON CONFLICT DO NOTHING RETURNING id,
// with args; when the row was already stored (a redelivery) it reports dup
// and the existing row's id, found by the conflict key (key, keyArgs).
func (s *Store) insertStored(ctx context.Context, model any, what, insert string, args []any, key string, keyArgs ...any) (id int64, dup bool, err error) {
	var ids []int64
	if err := s.db(ctx).Raw(insert, args...).Scan(&ids).Error; err != nil {
		return 0, false, fmt.Errorf("store %s: %w", what, err)
	}
	if len(ids) == 1 {
		return ids[0], false, nil
	}
	if err := s.db(ctx).Model(model).Where(key, keyArgs...).Pluck("id", &ids).Error; err != nil {
		return 0, true, fmt.Errorf("find stored %s: %w", what, err)
	}
	if len(ids) == 0 {
		return 0, true, fmt.Errorf("find stored %s: %w", what, ErrNotFound)
	}
	return ids[0], true, nil
}

// finishStored records the outcome of processing a stored row: processed
// clears the payload (it holds shopper messages); failed keeps it with the
// error for a retry, counting the attempt.
func (s *Store) finishStored(ctx context.Context, model any, what string, id int64, status, errText string, at time.Time) error {
	upd := map[string]any{"status": status, "last_error": clip(CleanText(errText), maxHealthError), "attempts": gorm.Expr("attempts + 1")}
	if status == EventProcessed {
		upd["payload"] = "{}"
		upd["processed_at"] = at.UTC()
	}
	if err := s.db(ctx).Model(model).Where("id = ?", id).Updates(upd).Error; err != nil {
		return fmt.Errorf("finish %s %d: %w", what, id, err)
	}
	return nil
}

// staleStored lists rows still waiting since before cutoff (their job was
// lost), oldest first.
func (s *Store) staleStored(ctx context.Context, model any, what string, cutoff time.Time, limit int) ([]int64, error) {
	var ids []int64
	if err := s.db(ctx).Model(model).Where("status = ? AND received_at < ?", EventReceived, cutoff.UTC()).
		Order("id").Limit(limit).Pluck("id", &ids).Error; err != nil {
		return nil, fmt.Errorf("stale %s: %w", what, err)
	}
	return ids, nil
}

// purgeStored deletes rows handled before cutoff (their keys dedupe
// redeliveries for that long).
func (s *Store) purgeStored(ctx context.Context, model any, what string, cutoff time.Time) (int64, error) {
	res := s.db(ctx).Where("status <> ? AND received_at < ?", EventReceived, cutoff.UTC()).Delete(model)
	if res.Error != nil {
		return 0, fmt.Errorf("purge %s: %w", what, res.Error)
	}
	return res.RowsAffected, nil
}

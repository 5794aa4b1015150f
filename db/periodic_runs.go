package db

import (
	"context"
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"
)

// LastPeriodicRun returns when the named periodic job last completed; ok is
// false when it never has.
func (s *Store) LastPeriodicRun(ctx context.Context, name string) (at time.Time, ok bool, err error) {
	var row struct{ LastRunAt time.Time }
	err = s.db(ctx).Raw("SELECT last_run_at FROM periodic_runs WHERE name = ?", name).Take(&row).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return time.Time{}, false, nil
	}
	if err != nil {
		return time.Time{}, false, fmt.Errorf("read last run of %s: %w", name, err)
	}
	return row.LastRunAt, true, nil
}

// RecordPeriodicRun stores that the named periodic job completed at at.
func (s *Store) RecordPeriodicRun(ctx context.Context, name string, at time.Time) error {
	if err := s.db(ctx).Exec(`INSERT INTO periodic_runs (name, last_run_at) VALUES (?, ?)
		ON CONFLICT (name) DO UPDATE SET last_run_at = excluded.last_run_at`, name, at.UTC()).Error; err != nil {
		return fmt.Errorf("record run of %s: %w", name, err)
	}
	return nil
}

package db

import (
	"context"
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// Sync run statuses.
const (
	SyncQueued    = "queued"
	SyncRunning   = "running"
	SyncSucceeded = "succeeded"
	SyncFailed    = "failed"
)

// Sync run kinds.
const (
	SyncFull        = "full"
	SyncIncremental = "incremental"
)

// SyncRun is one catalog sync of a shop: its progress, the cursor it resumes
// from after a crash, and what it found. The admin shows the latest ones.
type SyncRun struct {
	ID     int64
	ShopID int64
	Kind   string
	Status string
	// Mode is "paged" or "bulk", decided when the products phase starts.
	Mode  string
	Phase string
	// Cursor is the sync's opaque resume state (JSON), committed together
	// with the data it covers.
	Cursor          string
	Products        int
	Variants        int
	Translations    int
	Documents       int
	ProductsWritten int
	Deleted         int
	Attempts        int
	LastError       string
	StartedAt       *time.Time
	FinishedAt      *time.Time
	CreatedAt       time.Time
	UpdatedAt       time.Time
}

// Active reports whether the run is waiting or in progress.
func (r *SyncRun) Active() bool { return r.Status == SyncQueued || r.Status == SyncRunning }

// SyncCounts are increments to a run's counters.
type SyncCounts struct {
	Products, Variants, Translations, Documents, ProductsWritten, Deleted int
}

// CreateSyncRun inserts a queued run, or returns the shop's queued or
// running run when it has one. The unique partial index sync_runs_one_active
// makes this check-and-insert atomic across processes: of concurrent
// requests one inserts and the others get its row, so no orphan run is left
// queued.
func (s *Store) CreateSyncRun(ctx context.Context, shopID int64, kind string) (*SyncRun, error) {
	// The active run can finish between a refused insert and the read; a
	// few rounds settle it.
	for range 3 {
		now := time.Now().UTC()
		r := &SyncRun{ShopID: shopID, Kind: kind, Status: SyncQueued, Cursor: "{}", CreatedAt: now, UpdatedAt: now}
		res := s.db(ctx).Clauses(clause.OnConflict{DoNothing: true}).Create(r)
		if res.Error != nil {
			return nil, fmt.Errorf("create sync run for shop %d: %w", shopID, res.Error)
		}
		if res.RowsAffected == 1 {
			return r, nil
		}
		var active SyncRun
		err := s.db(ctx).Where("shop_id = ? AND status IN ?", shopID, []string{SyncQueued, SyncRunning}).
			Order("id DESC").Take(&active).Error
		if err == nil {
			return &active, nil
		}
		if !errors.Is(err, gorm.ErrRecordNotFound) {
			return nil, fmt.Errorf("create sync run for shop %d: read the active run: %w", shopID, err)
		}
	}
	return nil, fmt.Errorf("create sync run for shop %d: the active run keeps changing", shopID)
}

// LatestSyncRun returns the shop's most recent run, or ErrNotFound.
func (s *Store) LatestSyncRun(ctx context.Context, shopID int64) (*SyncRun, error) {
	var r SyncRun
	if err := s.db(ctx).Where("shop_id = ?", shopID).Order("id DESC").Take(&r).Error; err != nil {
		return nil, fmt.Errorf("latest sync run of shop %d: %w", shopID, notFound(err))
	}
	return &r, nil
}

// LastFinishedSyncRun returns the shop's most recent succeeded or failed run,
// or ErrNotFound.
func (s *Store) LastFinishedSyncRun(ctx context.Context, shopID int64) (*SyncRun, error) {
	var r SyncRun
	err := s.db(ctx).Where("shop_id = ? AND status IN ?", shopID, []string{SyncSucceeded, SyncFailed}).
		Order("id DESC").Take(&r).Error
	if err != nil {
		return nil, fmt.Errorf("last finished sync run of shop %d: %w", shopID, notFound(err))
	}
	return &r, nil
}

// ListSyncRuns returns the shop's latest runs, newest first.
func (s *Store) ListSyncRuns(ctx context.Context, shopID int64, limit int) ([]SyncRun, error) {
	if limit <= 0 {
		limit = 10
	}
	var out []SyncRun
	if err := s.db(ctx).Where("shop_id = ?", shopID).Order("id DESC").Limit(limit).Find(&out).Error; err != nil {
		return nil, fmt.Errorf("list sync runs of shop %d: %w", shopID, err)
	}
	return out, nil
}

// StartSyncRun marks a run running (again, when resumed) and counts the
// attempt. started_at keeps the first start so tombstoning compares against
// the moment the run began.
func (s *Store) StartSyncRun(ctx context.Context, id int64) (*SyncRun, error) {
	now := time.Now().UTC()
	err := s.db(ctx).Model(&SyncRun{}).Where("id = ?", id).Updates(map[string]any{
		"status":      SyncRunning,
		"attempts":    gorm.Expr("attempts + 1"),
		"started_at":  gorm.Expr("COALESCE(started_at, ?)", now),
		"finished_at": nil,
		"updated_at":  now,
	}).Error
	if err != nil {
		return nil, fmt.Errorf("start sync run %d: %w", id, err)
	}
	var r SyncRun
	if err := s.db(ctx).Take(&r, id).Error; err != nil {
		return nil, fmt.Errorf("start sync run %d: %w", id, notFound(err))
	}
	return &r, nil
}

// SaveSyncProgress stores the run's cursor, phase and mode and adds to its
// counters. Call it in the same transaction as the writes the cursor covers,
// so a crash never skips or double-counts a batch.
func (s *Store) SaveSyncProgress(ctx context.Context, id int64, phase, mode, cursor string, c SyncCounts) error {
	err := s.db(ctx).Model(&SyncRun{}).Where("id = ?", id).Updates(map[string]any{
		"phase":            phase,
		"mode":             mode,
		"cursor":           cursor,
		"products":         gorm.Expr("products + ?", c.Products),
		"variants":         gorm.Expr("variants + ?", c.Variants),
		"translations":     gorm.Expr("translations + ?", c.Translations),
		"documents":        gorm.Expr("documents + ?", c.Documents),
		"products_written": gorm.Expr("products_written + ?", c.ProductsWritten),
		"deleted":          gorm.Expr("deleted + ?", c.Deleted),
		"updated_at":       time.Now().UTC(),
	}).Error
	if err != nil {
		return fmt.Errorf("save progress of sync run %d: %w", id, err)
	}
	return nil
}

// FinishSyncRun records the outcome: succeeded when errMsg is empty,
// failed otherwise (the cursor stays, so a retry resumes).
func (s *Store) FinishSyncRun(ctx context.Context, id int64, errMsg string) error {
	now := time.Now().UTC()
	status := SyncSucceeded
	if errMsg != "" {
		status = SyncFailed
	}
	err := s.db(ctx).Model(&SyncRun{}).Where("id = ?", id).Updates(map[string]any{
		"status": status, "last_error": errMsg, "finished_at": now, "updated_at": now,
	}).Error
	if err != nil {
		return fmt.Errorf("finish sync run %d: %w", id, err)
	}
	return nil
}

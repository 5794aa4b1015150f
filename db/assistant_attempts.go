package db

import (
	"context"
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// VerificationAttempt counts an assistant subject's failed order
// verifications within a window; LockedUntil is set once the limit is hit.
type VerificationAttempt struct {
	ShopID      int64  `gorm:"primaryKey;autoIncrement:false"`
	Subject     string `gorm:"primaryKey"`
	Failures    int
	WindowStart time.Time
	LockedUntil *time.Time
	UpdatedAt   time.Time
}

// TableName maps VerificationAttempt to its table.
func (VerificationAttempt) TableName() string { return "assistant_verification_attempts" }

// VerificationLimit is the enumeration guard: Max failures within Window lock
// the subject for Lock.
type VerificationLimit struct {
	Max    int
	Window time.Duration
	Lock   time.Duration
}

// VerificationLockedUntil returns when the subject's lock ends, or the zero
// time when it is not locked at now.
func (s *Store) VerificationLockedUntil(ctx context.Context, shopID int64, subject string, now time.Time) (time.Time, error) {
	var a VerificationAttempt
	err := s.db(ctx).Where("shop_id = ? AND subject = ?", shopID, subject).Take(&a).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return time.Time{}, nil
	}
	if err != nil {
		return time.Time{}, fmt.Errorf("load verification attempts of %s in shop %d: %w", subject, shopID, err)
	}
	if a.LockedUntil != nil && a.LockedUntil.After(now) {
		return a.LockedUntil.UTC(), nil
	}
	return time.Time{}, nil
}

// RecordVerificationFailure counts one failed verification and returns the
// lock end when this failure reached the limit (zero time otherwise).
func (s *Store) RecordVerificationFailure(ctx context.Context, shopID int64, subject string, now time.Time, lim VerificationLimit) (time.Time, error) {
	now = now.UTC()
	var locked time.Time
	err := s.db(ctx).Transaction(func(g *gorm.DB) error {
		if err := g.Clauses(clause.OnConflict{DoNothing: true}).Create(&VerificationAttempt{ShopID: shopID, Subject: subject,
			WindowStart: now, UpdatedAt: now}).Error; err != nil {
			return err
		}
		var a VerificationAttempt
		q := g.Where("shop_id = ? AND subject = ?", shopID, subject)
		if g.Dialector.Name() == "postgres" {
			q = q.Clauses(clause.Locking{Strength: "UPDATE"})
		}
		if err := q.Take(&a).Error; err != nil {
			return err
		}
		expired := now.Sub(a.WindowStart) > lim.Window && (a.LockedUntil == nil || !a.LockedUntil.After(now))
		if expired {
			a.Failures, a.WindowStart, a.LockedUntil = 0, now, nil
		}
		a.Failures++
		if a.Failures >= lim.Max {
			until := now.Add(lim.Lock)
			a.LockedUntil = &until
			locked = until
		}
		a.UpdatedAt = now
		return g.Model(&VerificationAttempt{}).Where("shop_id = ? AND subject = ?", shopID, subject).
			Updates(map[string]any{"failures": a.Failures, "window_start": a.WindowStart, "locked_until": a.LockedUntil,
				"updated_at": now}).Error
	})
	if err != nil {
		return time.Time{}, fmt.Errorf("record verification failure of %s in shop %d: %w", subject, shopID, err)
	}
	return locked, nil
}

// VerificationAttempts loads the attempt rows of several subjects in one
// query; subjects without recorded failures are absent from the map.
func (s *Store) VerificationAttempts(ctx context.Context, shopID int64, subjects []string) (map[string]VerificationAttempt, error) {
	out := map[string]VerificationAttempt{}
	if len(subjects) == 0 {
		return out, nil
	}
	var rows []VerificationAttempt
	if err := s.db(ctx).Where("shop_id = ? AND subject IN ?", shopID, subjects).Find(&rows).Error; err != nil {
		return nil, fmt.Errorf("load verification attempts in shop %d: %w", shopID, err)
	}
	for _, a := range rows {
		out[a.Subject] = a
	}
	return out, nil
}

// ClearVerificationFailures forgets subjects' failures after a success. A
// single DELETE needs no transaction around it (one round trip).
func (s *Store) ClearVerificationFailures(ctx context.Context, shopID int64, subjects ...string) error {
	if len(subjects) == 0 {
		return nil
	}
	g := s.db(ctx).Session(&gorm.Session{SkipDefaultTransaction: true})
	if err := g.Where("shop_id = ? AND subject IN ?", shopID, subjects).Delete(&VerificationAttempt{}).Error; err != nil {
		return fmt.Errorf("clear verification failures of %v in shop %d: %w", subjects, shopID, err)
	}
	return nil
}

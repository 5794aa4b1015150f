package db

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
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

// VerificationClaim is the outcome of claiming one verification attempt.
type VerificationClaim struct {
	// Allowed is false when a subject was already locked: the attempt must
	// not be evaluated.
	Allowed bool
	// LockedUntil is when the lock ends: the existing lock when refused, or
	// the lock this attempt started by reaching the limit (zero otherwise).
	LockedUntil time.Time
	// windows are the claimed subjects' window starts, so a release never
	// gives back an attempt of a later window.
	windows map[string]time.Time
}

// ClaimVerificationAttempt counts one verification attempt against every
// subject before the attempt is evaluated, as one atomic step: the
// subjects' rows are locked (in a fixed order, so concurrent claims cannot
// deadlock), a subject already at the limit refuses the attempt without
// counting it, and otherwise each subject's failure count goes up by one —
// the attempt is assumed to fail until ReleaseVerificationAttempt says it
// succeeded. However many guesses arrive at once, on however many app
// servers, at most lim.Max per window are ever evaluated.
func (s *Store) ClaimVerificationAttempt(ctx context.Context, shopID int64, subjects []string, now time.Time, lim VerificationLimit) (VerificationClaim, error) {
	now = now.UTC()
	claim := VerificationClaim{Allowed: true, windows: map[string]time.Time{}}
	subjects = slices.Compact(slices.Sorted(slices.Values(subjects)))
	if len(subjects) == 0 {
		return claim, nil
	}
	err := s.transaction(ctx, func(g *gorm.DB) error {
		rows := make([]*VerificationAttempt, len(subjects))
		for i, subject := range subjects {
			a, err := lockAttempt(g, shopID, subject, now)
			if err != nil {
				return err
			}
			if now.Sub(a.WindowStart) > lim.Window && (a.LockedUntil == nil || !a.LockedUntil.After(now)) {
				a.Failures, a.WindowStart, a.LockedUntil = 0, now, nil
			}
			if a.LockedUntil != nil && a.LockedUntil.After(now) {
				claim.Allowed = false
				if a.LockedUntil.After(claim.LockedUntil) {
					claim.LockedUntil = a.LockedUntil.UTC()
				}
			} else if a.Failures >= lim.Max {
				// At the limit without a lock (the limit was lowered):
				// lock now.
				until := now.Add(lim.Lock)
				a.LockedUntil = &until
				claim.Allowed, claim.LockedUntil = false, until
			}
			rows[i] = a
		}
		for _, a := range rows {
			if claim.Allowed {
				a.Failures++
				if a.Failures >= lim.Max {
					until := now.Add(lim.Lock)
					a.LockedUntil = &until
					claim.LockedUntil = until
				}
				claim.windows[a.Subject] = a.WindowStart
			}
			if err := saveAttempt(g, a, now); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return VerificationClaim{}, fmt.Errorf("claim verification attempt in shop %d: %w", shopID, err)
	}
	return claim, nil
}

// ReleaseVerificationAttempt gives back an attempt claimed by
// ClaimVerificationAttempt that succeeded: only that one attempt's count is
// taken back (and the lock it started, if any). Failures of other attempts,
// concurrent or earlier, stay counted.
func (s *Store) ReleaseVerificationAttempt(ctx context.Context, shopID int64, claim VerificationClaim, now time.Time, lim VerificationLimit) error {
	if !claim.Allowed || len(claim.windows) == 0 {
		return nil
	}
	now = now.UTC()
	subjects := slices.Sorted(maps.Keys(claim.windows))
	err := s.transaction(ctx, func(g *gorm.DB) error {
		for _, subject := range subjects {
			a, err := lockAttempt(g, shopID, subject, now)
			if err != nil {
				return err
			}
			if !a.WindowStart.Equal(claim.windows[subject]) || a.Failures == 0 {
				continue // a new window began; nothing of ours is in it
			}
			a.Failures--
			if a.Failures < lim.Max {
				a.LockedUntil = nil
			}
			if err := saveAttempt(g, a, now); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("release verification attempt in shop %d: %w", shopID, err)
	}
	return nil
}

// lockAttempt returns a subject's attempt row, creating it empty, locked
// until the transaction ends (an upsert that updates takes the row lock on
// PostgreSQL; SQLite transactions are immediate, i.e. exclusive).
func lockAttempt(g *gorm.DB, shopID int64, subject string, now time.Time) (*VerificationAttempt, error) {
	a := &VerificationAttempt{ShopID: shopID, Subject: subject, WindowStart: now, UpdatedAt: now}
	err := g.Clauses(clause.OnConflict{
		Columns:   []clause.Column{{Name: "shop_id"}, {Name: "subject"}},
		DoUpdates: clause.Assignments(map[string]any{"shop_id": gorm.Expr("excluded.shop_id")}),
	}, clause.Returning{}).Create(a).Error
	if err != nil {
		return nil, err
	}
	return a, nil
}

func saveAttempt(g *gorm.DB, a *VerificationAttempt, now time.Time) error {
	return g.Model(&VerificationAttempt{}).Where("shop_id = ? AND subject = ?", a.ShopID, a.Subject).
		Updates(map[string]any{"failures": a.Failures, "window_start": a.WindowStart, "locked_until": a.LockedUntil,
			"updated_at": now}).Error
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

package db

import (
	"context"
	"fmt"
	"time"
)

// ClaimInstall takes shop's install lease for owner until now+lease, unless
// another owner holds an unexpired one; it reports whether owner holds it.
// One statement (insert, or take over an expired row), so exactly one of
// concurrent claimants wins, across processes.
func (s *Store) ClaimInstall(ctx context.Context, shop, owner string, now time.Time, lease time.Duration) (bool, error) {
	now = now.UTC()
	var got []string
	err := s.db(ctx).Raw(`INSERT INTO install_claims (shop, owner, expires_at) VALUES (?, ?, ?)
		ON CONFLICT (shop) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
		WHERE install_claims.expires_at < ? OR install_claims.owner = excluded.owner
		RETURNING owner`, shop, owner, now.Add(lease), now).Scan(&got).Error
	if err != nil {
		return false, fmt.Errorf("claim install of %s: %w", shop, err)
	}
	return len(got) == 1 && got[0] == owner, nil
}

// ReleaseInstall gives up owner's install lease of shop (a no-op when the
// lease expired and someone else took it).
func (s *Store) ReleaseInstall(ctx context.Context, shop, owner string) error {
	if err := s.db(ctx).Exec("DELETE FROM install_claims WHERE shop = ? AND owner = ?", shop, owner).Error; err != nil {
		return fmt.Errorf("release install of %s: %w", shop, err)
	}
	return nil
}

// Package tokens keeps each shop's Admin API credentials: encrypted at rest,
// decrypted only when a call needs them, and refreshed before they expire
// (Shopify's expiring offline tokens).
package tokens

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"time"

	"golang.org/x/sync/singleflight"

	"shopassist/db"
	"shopassist/secretbox"
	"shopassist/shopify"
)

// ErrNotInstalled means the shop has no usable credentials (never installed,
// uninstalled, or its refresh token expired): the merchant must reinstall.
var ErrNotInstalled = errors.New("app not installed on shop")

// refreshSkew refreshes tokens this long before they expire, so a call never
// starts with a token that dies mid-flight.
const refreshSkew = 5 * time.Minute

// Refreshing is bounded in time and detached from the first caller's
// context: every concurrent caller for the shop waits on the same refresh,
// so one caller giving up must not fail the others.
const (
	refreshTimeout = 30 * time.Second
	// raceWait is how long a refresh that lost the rotation race to another
	// process (invalid_grant) watches the database for the winner's pair;
	// the winner stores it right after Shopify answers.
	raceWait = 5 * time.Second
	racePoll = 50 * time.Millisecond
)

// Store saves and hands out access tokens.
type Store struct {
	db     *db.Store
	box    *secretbox.Box
	client *shopify.Client
	now    func() time.Time
	// flights single-flights refreshes per shop within the process:
	// Shopify rotates the refresh token on use, so a second concurrent
	// refresh with the same token would be refused (invalid_grant).
	flights singleflight.Group
}

// New builds a Store; now is the clock (nil means time.Now).
func New(store *db.Store, box *secretbox.Box, client *shopify.Client, now func() time.Time) *Store {
	if now == nil {
		now = time.Now
	}
	return &Store{db: store, box: box, client: client, now: now}
}

// SaveInstall encrypts and stores the tokens of a fresh install or token
// exchange and returns the shop row.
func (s *Store) SaveInstall(ctx context.Context, shop string, t *shopify.AccessToken) (*db.Shop, error) {
	st, err := s.seal(shop, t)
	if err != nil {
		return nil, err
	}
	row, err := s.db.SaveInstall(ctx, shop, st)
	if err != nil {
		return nil, fmt.Errorf("save install of %s: %w", shop, err)
	}
	return row, nil
}

func (s *Store) seal(shop string, t *shopify.AccessToken) (db.ShopTokens, error) {
	ad := []byte(shop)
	access, err := s.box.Seal([]byte(t.AccessToken), ad)
	if err != nil {
		return db.ShopTokens{}, fmt.Errorf("encrypt token of %s: %w", shop, err)
	}
	st := db.ShopTokens{AccessTokenEnc: access, Scopes: t.Scope}
	if t.RefreshToken != "" {
		if st.RefreshTokenEnc, err = s.box.Seal([]byte(t.RefreshToken), ad); err != nil {
			return db.ShopTokens{}, fmt.Errorf("encrypt refresh token of %s: %w", shop, err)
		}
	}
	if !t.ExpiresAt.IsZero() {
		e := t.ExpiresAt.UTC()
		st.ExpiresAt = &e
	}
	if !t.RefreshTokenExpiresAt.IsZero() {
		e := t.RefreshTokenExpiresAt.UTC()
		st.RefreshTokenExpiresAt = &e
	}
	return st, nil
}

// AccessToken returns a usable access token for the shop, refreshing an
// expiring one first.
func (s *Store) AccessToken(ctx context.Context, shop string) (string, error) {
	row, err := s.installedShop(ctx, shop)
	if err != nil {
		return "", err
	}
	if s.fresh(row) {
		return s.open(shop, row.AccessTokenEnc)
	}
	ch := s.flights.DoChan(shop, func() (any, error) {
		fctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), refreshTimeout)
		defer cancel()
		return s.refresh(fctx, shop)
	})
	select {
	case res := <-ch:
		if res.Err != nil {
			return "", res.Err
		}
		return res.Val.(string), nil
	case <-ctx.Done():
		return "", fmt.Errorf("access token of %s: %w", shop, ctx.Err())
	}
}

// installedShop reads the shop's row; a shop that is gone or uninstalled
// is ErrNotInstalled.
func (s *Store) installedShop(ctx context.Context, shop string) (*db.Shop, error) {
	row, err := s.db.GetShop(ctx, shop)
	if errors.Is(err, db.ErrNotFound) || (err == nil && !row.Installed()) {
		return nil, fmt.Errorf("access token of %s: %w", shop, ErrNotInstalled)
	}
	if err != nil {
		return nil, fmt.Errorf("read token of %s: %w", shop, err)
	}
	return row, nil
}

// fresh reports whether the row's access token can be used as it is.
func (s *Store) fresh(row *db.Shop) bool {
	return row.TokenExpiresAt == nil || s.now().Add(refreshSkew).Before(*row.TokenExpiresAt)
}

// refresh runs once per shop at a time in this process. It re-reads the row
// first (a flight that just finished, or another process, may have
// refreshed already), and when Shopify refuses the refresh token because
// another process rotated it first, it waits for that process's pair to be
// stored instead of declaring the shop uninstalled.
func (s *Store) refresh(ctx context.Context, shop string) (string, error) {
	row, err := s.installedShop(ctx, shop)
	if err != nil {
		return "", err
	}
	if s.fresh(row) {
		return s.open(shop, row.AccessTokenEnc)
	}
	if len(row.RefreshTokenEnc) == 0 || (row.RefreshTokenExpiresAt != nil && s.now().After(*row.RefreshTokenExpiresAt)) {
		return "", fmt.Errorf("refresh token of %s expired: %w", shop, ErrNotInstalled)
	}
	refresh, err := s.open(shop, row.RefreshTokenEnc)
	if err != nil {
		return "", err
	}
	t, err := s.client.RefreshToken(ctx, shop, refresh)
	if shopify.IsInvalidGrant(err) {
		return s.awaitRotation(ctx, row)
	}
	if err != nil {
		return "", fmt.Errorf("refresh token of %s: %w", shop, err)
	}
	if t.Scope == "" {
		t.Scope = row.Scopes
	}
	st, err := s.seal(shop, t)
	if err != nil {
		return "", err
	}
	if err := s.db.UpdateTokens(ctx, shop, st); err != nil {
		return "", fmt.Errorf("store refreshed token of %s: %w", shop, err)
	}
	return t.AccessToken, nil
}

// awaitRotation handles invalid_grant: if another process rotated the pair
// it is about to store (or has stored) the new one, so poll the row until
// its refresh token changes. Only a token that stays refused is treated as
// revoked (the app was uninstalled or the token expired).
func (s *Store) awaitRotation(ctx context.Context, row *db.Shop) (string, error) {
	shop := row.Domain
	deadline := time.NewTimer(raceWait)
	defer deadline.Stop()
	tick := time.NewTicker(racePoll)
	defer tick.Stop()
	for {
		again, err := s.db.GetShop(ctx, shop)
		if err != nil && !errors.Is(err, db.ErrNotFound) {
			return "", fmt.Errorf("re-read token of %s after a refused refresh: %w", shop, err)
		}
		if err == nil && again.Installed() && !bytes.Equal(again.RefreshTokenEnc, row.RefreshTokenEnc) {
			return s.open(shop, again.AccessTokenEnc)
		}
		select {
		case <-tick.C:
		case <-deadline.C:
			return "", fmt.Errorf("refresh token of %s rejected: %w", shop, ErrNotInstalled)
		case <-ctx.Done():
			return "", fmt.Errorf("refresh token of %s: waiting for a concurrent rotation: %w", shop, ctx.Err())
		}
	}
}

func (s *Store) open(shop string, enc []byte) (string, error) {
	pt, err := s.box.Open(enc, []byte(shop))
	if err != nil {
		return "", fmt.Errorf("decrypt token of %s: %w", shop, err)
	}
	return string(pt), nil
}

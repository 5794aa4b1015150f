package app

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"shopassist/db"
	"shopassist/shopify"
)

const (
	// installTimeout bounds one first-load install (token exchange, shop
	// info, hooks) and how long other loads wait for it.
	installTimeout = 20 * time.Second
	// installLease outlives installTimeout, so a claim only expires when
	// its holder died.
	installLease = 30 * time.Second
	installPoll  = 100 * time.Millisecond
)

// errInstallBusy: another app server holds the shop's install claim and did
// not finish within installWait.
var errInstallBusy = errors.New("another app server is installing this shop")

func newInstanceID() (string, error) {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("instance id: %w", err)
	}
	return hex.EncodeToString(b[:]), nil
}

// ensureInstalled installs shop by token exchange exactly once however many
// first admin loads arrive together: loads in this process share one
// attempt (single flight), and across processes only the holder of the
// shop's claim in the database installs while the others wait for the
// installed row. The flight is detached from the first caller's context so
// its giving up does not fail the others.
func (a *App) ensureInstalled(ctx context.Context, shop, sessionToken string) (*db.Shop, error) {
	ch := a.installs.DoChan(shop, func() (any, error) {
		// installWait bounds only the wait for another server's claim; an
		// install this server claimed gets the full installTimeout, so a
		// slow Admin API never fails an install that is under way.
		ictx, cancel := context.WithTimeout(context.WithoutCancel(ctx), installTimeout)
		defer cancel()
		row, err := a.installByClaim(ictx, shop, sessionToken, time.Now().Add(a.installWait))
		if err != nil && ictx.Err() != nil && !errors.Is(err, errInstallBusy) {
			// The wait ran out inside a call (database, Shopify): still
			// "being installed" for the client, who should retry.
			err = fmt.Errorf("%w: %w", errInstallBusy, err)
		}
		return row, err
	})
	select {
	case res := <-ch:
		if res.Err != nil {
			return nil, res.Err
		}
		return res.Val.(*db.Shop), nil
	case <-ctx.Done():
		return nil, fmt.Errorf("install of %s: %w", shop, ctx.Err())
	}
}

func (a *App) installByClaim(ctx context.Context, shop, sessionToken string, waitUntil time.Time) (*db.Shop, error) {
	for {
		row, err := a.store.GetShop(ctx, shop)
		switch {
		case err == nil && row.Installed():
			return row, nil
		case err != nil && !errors.Is(err, db.ErrNotFound):
			return nil, fmt.Errorf("install of %s: %w", shop, err)
		}
		claimed, err := a.store.ClaimInstall(ctx, shop, a.instanceID, time.Now(), installLease)
		if err != nil {
			return nil, err
		}
		if claimed {
			return a.installClaimed(ctx, shop, sessionToken)
		}
		left := time.Until(waitUntil)
		if left <= 0 {
			return nil, fmt.Errorf("install of %s: %w", shop, errInstallBusy)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("install of %s: %w", shop, errInstallBusy)
		case <-time.After(min(installPoll, left)):
		}
	}
}

// installClaimed runs the token exchange and install while holding the claim.
func (a *App) installClaimed(ctx context.Context, shop, sessionToken string) (*db.Shop, error) {
	defer func() {
		if err := a.store.ReleaseInstall(context.WithoutCancel(ctx), shop, a.instanceID); err != nil {
			a.log.Warn("release install claim (it expires by itself)", "shop", shop, "err", err)
		}
	}()
	// Another server may have finished between the read and the claim.
	row, err := a.store.GetShop(ctx, shop)
	if err == nil && row.Installed() {
		return row, nil
	}
	if err != nil && !errors.Is(err, db.ErrNotFound) {
		return nil, fmt.Errorf("install of %s: %w", shop, err)
	}
	tok, err := a.shopify.TokenExchange(ctx, shop, sessionToken, a.cfg.ExpiringTokens)
	if err != nil {
		return nil, err
	}
	return a.install(ctx, shop, tok)
}

// OnInstall registers work to run after every install.
func (a *App) OnInstall(h InstallHook) { a.installHooks = append(a.installHooks, h) }

// install stores the encrypted token, records the store's profile and runs
// the install hooks (first sync and so on).
func (a *App) install(ctx context.Context, shop string, tok *shopify.AccessToken) (*db.Shop, error) {
	row, err := a.tokens.SaveInstall(ctx, shop, tok)
	if err != nil {
		return nil, fmt.Errorf("install %s: %w", shop, err)
	}
	info, err := a.shopify.ShopInfo(ctx, shop, tok.AccessToken)
	if err != nil {
		// The profile is a nicety; the install itself succeeded.
		a.log.Warn("shop info unavailable at install", "shop", shop, "err", err)
	} else if err := a.store.UpdateShopProfile(ctx, shop, db.ShopProfile{Name: info.Name, Email: info.Email,
		Currency: info.CurrencyCode, Timezone: info.IANATimezone}); err != nil {
		return nil, err
	}
	for _, h := range a.installHooks {
		if err := h(ctx, row); err != nil {
			a.log.Error("install hook failed", "shop", shop, "err", err)
		}
	}
	a.log.Info("installed", "shop", shop, "scopes", tok.Scope, "expiring", !tok.ExpiresAt.IsZero())
	return a.store.GetShop(ctx, shop)
}

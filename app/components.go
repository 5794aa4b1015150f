package app

import (
	"context"
	"fmt"

	"shopassist/demoseed"
)

// registerComponents builds the feature packages (webhooks, catalog sync,
// knowledge index, assistant, proxy) on the shared dependencies and
// registers their workers, periodic jobs and install hooks. Routes are added
// in routes.go. Each feature keeps to its own section below.
func (a *App) registerComponents(ctx context.Context) error {
	if err := a.registerMaintenance(); err != nil {
		return err
	}
	if a.cfg.Demo() {
		if _, err := demoseed.Seed(ctx, a.store, a.now()); err != nil {
			return fmt.Errorf("seed demo store: %w", err)
		}
	}
	// --- webhooks (issue 3) ---
	if err := a.registerWebhooks(ctx); err != nil {
		return err
	}

	// --- catalog sync + knowledge index (issue 4) ---
	if err := a.registerCatalog(); err != nil {
		return err
	}

	// --- assistant + proxy (issues 5, 6) ---
	if err := a.registerAssistant(); err != nil {
		return err
	}
	if err := a.registerNotify(); err != nil {
		return fmt.Errorf("notify: %w", err)
	}
	a.registerFlow()
	// --- channels beyond the widget (issue 17) ---
	if err := a.registerChannels(ctx); err != nil {
		return fmt.Errorf("channels: %w", err)
	}
	if err := a.registerEmailChannel(); err != nil {
		return fmt.Errorf("channels: %w", err)
	}

	// --- admin (issue 7) ---
	if err := a.registerRetention(); err != nil {
		return fmt.Errorf("admin: %w", err)
	}
	if a.cfg.Demo() {
		if err := demoseed.SeedConversations(ctx, a.store, a.now()); err != nil {
			return err
		}
	}

	return nil
}

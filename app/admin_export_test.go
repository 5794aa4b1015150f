package app

import (
	"context"
	"time"
)

// EnforceRetention exposes the retention job's work to external tests.
func EnforceRetention(ctx context.Context, a *App) (int64, error) { return a.enforceRetention(ctx) }

// SetInstallWait shortens how long a first admin load waits for another
// server's install.
func SetInstallWait(a *App, d time.Duration) { a.installWait = d }

package app

import "context"

// EnforceRetention exposes the retention job's work to external tests.
func EnforceRetention(ctx context.Context, a *App) (int64, error) { return a.enforceRetention(ctx) }

package app

import (
	"context"
	"errors"
	"net/http"
	"time"

	"github.com/labstack/echo/v4"

	"shopassist/catalog"
	"shopassist/db"
	"shopassist/views"
)

// syncView is the knowledge page's catalog-sync card: the running run's
// progress (its total estimated from the last run), or the last result.
func syncView(ctx context.Context, st *catalog.Status, products int64, loc *time.Location) views.SyncView {
	v := views.SyncView{Demo: st.Demo, Message: st.Message, State: "idle", Products: products}
	var started, finished *time.Time
	if l := st.Last; l != nil {
		v.State, v.Phase = l.Status, l.Phase
		if l.Status == db.SyncFailed {
			v.LastError = l.LastError
		}
		started, finished = l.StartedAt, l.FinishedAt
	}
	if c := st.Current; c != nil {
		v.State, v.Phase, v.Done = c.Status, c.Phase, c.Products
		started = c.StartedAt
		if st.Last != nil {
			v.Total = max(st.Last.Products, c.Products)
		}
	}
	v.State = firstNonEmpty(v.State, "idle")
	v.Started, v.Finished = when(ctx, deref(started), loc), when(ctx, deref(finished), loc)
	return v
}

// requestSync queues a full sync; demo mode has nothing to sync from.
func (p *adminPages) requestSync(c echo.Context, shop string) error {
	if _, err := p.catalog.RequestSync(c.Request().Context(), shop); err != nil {
		if errors.Is(err, catalog.ErrDemoMode) {
			return echo.NewHTTPError(http.StatusConflict, "Demo mode: the catalog is seeded, not synced.").SetInternal(err)
		}
		return err
	}
	return nil
}

func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}

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
	if !st.Demo {
		v.Message = syncMessage(ctx, st, loc)
	}
	return v
}

// syncMessage is the one-line summary of the sync in the merchant's admin
// locale; catalog.Status.Message is the same in English for logs and tools.
func syncMessage(ctx context.Context, st *catalog.Status, loc *time.Location) string {
	if c := st.Current; c != nil {
		if c.Status == db.SyncQueued {
			return tr(ctx, "kn.sync_msg_queued")
		}
		return tr(ctx, "kn.sync_msg_running", c.Products, c.Translations)
	}
	l := st.Last
	if l == nil {
		return tr(ctx, "kn.sync_msg_never")
	}
	at := when(ctx, deref(l.FinishedAt), loc)
	if l.Status == db.SyncFailed {
		return tr(ctx, "kn.sync_msg_failed", at)
	}
	return tr(ctx, "kn.sync_msg_ok", at, l.Products, l.ProductsWritten, l.Deleted, l.Translations, l.Documents)
}

// requestSync queues a full sync; demo mode has nothing to sync from.
func (p *adminPages) requestSync(c echo.Context, shop string) error {
	if _, err := p.catalog.RequestSync(c.Request().Context(), shop); err != nil {
		if errors.Is(err, catalog.ErrDemoMode) {
			return echo.NewHTTPError(http.StatusConflict, tr(c.Request().Context(), "err.demo_no_sync")).SetInternal(err)
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

package app

import (
	"context"
	"errors"
	"net/http"

	"github.com/labstack/echo/v4"

	"shopassist/catalog"
	"shopassist/db"
)

// catalogSync adapts catalog.Service to the admin's syncService.
type catalogSync struct{ svc *catalog.Service }

// RequestSync queues a full sync; demo mode has nothing to sync from.
func (s catalogSync) RequestSync(ctx context.Context, shop string) error {
	if _, err := s.svc.RequestSync(ctx, shop); err != nil {
		if errors.Is(err, catalog.ErrDemoMode) {
			return echo.NewHTTPError(http.StatusConflict, "Demo mode: the catalog is seeded, not synced.").SetInternal(err)
		}
		return err
	}
	return nil
}

// Status maps the sync runs to what the knowledge page shows.
func (s catalogSync) Status(ctx context.Context, shop string) (SyncStatus, error) {
	st, err := s.svc.Status(ctx, shop)
	if err != nil {
		return SyncStatus{}, err
	}
	out := SyncStatus{Demo: st.Demo, Message: st.Message, State: "idle"}
	if l := st.Last; l != nil {
		out.State, out.Phase, out.LastError = l.Status, l.Phase, l.LastError
		if l.Status != db.SyncFailed {
			out.LastError = ""
		}
		out.StartedAt, out.FinishedAt = deref(l.StartedAt), deref(l.FinishedAt)
	}
	if c := st.Current; c != nil {
		out.State, out.Phase, out.Done = c.Status, c.Phase, c.Products
		out.StartedAt = deref(c.StartedAt)
		if st.Last != nil {
			out.Total = max(st.Last.Products, c.Products)
		}
	}
	return out, nil
}

func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}

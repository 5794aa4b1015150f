package app

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"

	"shopassist/assistant"
	"shopassist/db"
	"shopassist/views"
)

func (a *App) newEcho() *echo.Echo {
	e := echo.New()
	e.HideBanner, e.HidePort = true, true
	e.HTTPErrorHandler = a.handleError
	e.Use(middleware.RecoverWithConfig(middleware.RecoverConfig{
		DisableStackAll: true,
		LogErrorFunc: func(c echo.Context, err error, stack []byte) error {
			a.log.Error("panic", "path", c.Request().URL.Path, "err", err, "stack", string(stack))
			return err
		},
	}))
	e.Use(a.metrics.middleware, a.requestLog, securityHeaders)
	return e
}

// requestLog logs failures at info/error and successes at debug, so a load
// of webhooks does not flood the log.
func (a *App) requestLog(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		start := time.Now()
		err := next(c)
		status := c.Response().Status
		var he *echo.HTTPError
		if errors.As(err, &he) {
			status = he.Code
		} else if mapped := statusOf(err); mapped != nil {
			status = mapped.Code
		} else if err != nil {
			status = http.StatusInternalServerError
		}
		level := slog.LevelDebug
		if status >= 500 {
			level = slog.LevelError
		} else if status >= 400 {
			level = slog.LevelInfo
		}
		a.log.Log(c.Request().Context(), level, "request", "method", c.Request().Method, "path", c.Request().URL.Path,
			"route", c.Path(), "status", status, "duration_ms", float64(time.Since(start).Microseconds())/1000)
		return err
	}
}

func securityHeaders(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		h := c.Response().Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
		return next(c)
	}
}

// handleError is the one place errors become responses: client errors keep
// their message, anything else is logged and answered generically so no
// internals leak.
func (a *App) handleError(err error, c echo.Context) {
	if c.Response().Committed {
		return
	}
	code := http.StatusInternalServerError
	msg := "Something went wrong on our side. Please try again."
	var he *echo.HTTPError
	if !errors.As(err, &he) {
		// Store errors a handler passed on unmapped get their status here,
		// so no handler needs to remember which sentinel means what.
		he = statusOf(err)
	}
	if he != nil {
		code = he.Code
		if m, ok := he.Message.(string); ok {
			msg = m
		} else {
			msg = http.StatusText(code)
		}
		if he.Internal != nil {
			a.log.Info("request rejected", "path", c.Request().URL.Path, "status", code, "err", he.Internal)
		}
	}
	if code == http.StatusInternalServerError && he == nil && a.databaseDown(c.Request().Context()) {
		// Same check as /readyz: an outage is not a bug, and the client
		// should retry rather than report it.
		code, msg = http.StatusServiceUnavailable, unavailableMessage
		c.Response().Header().Set("Retry-After", retryAfterSeconds)
	}
	if code >= 500 {
		a.log.Error("request failed", "method", c.Request().Method, "path", c.Request().URL.Path, "status", code, "err", err)
	}
	if c.Request().Method == http.MethodHead {
		_ = c.NoContent(code)
		return
	}
	if wantsJSON(c) {
		_ = c.JSON(code, map[string]string{"error": msg})
		return
	}
	c.Response().Header().Set(echo.HeaderContentType, echo.MIMETextHTMLCharsetUTF8)
	c.Response().WriteHeader(code)
	if err := views.ErrorPage(code, http.StatusText(code), msg).Render(c.Request().Context(), c.Response()); err != nil {
		a.log.Info("error page not written", "path", c.Request().URL.Path, "err", err)
	}
}

// statusOf maps the store's sentinel errors to client errors; nil means
// the error is the server's.
func statusOf(err error) *echo.HTTPError {
	switch {
	case errors.Is(err, assistant.ErrConversationNotFound):
		// Unknown id, wrong token, another shop's or customer's: one answer.
		return echo.NewHTTPError(http.StatusNotFound, "Conversation not found.").SetInternal(err)
	case errors.Is(err, db.ErrNotFound):
		return echo.NewHTTPError(http.StatusNotFound, "Not found.").SetInternal(err)
	case errors.Is(err, db.ErrConflict):
		// Another request changed the row first; the client may reload and retry.
		return echo.NewHTTPError(http.StatusConflict, "Changed by another request. Please reload and try again.").SetInternal(err)
	case errors.Is(err, context.Canceled):
		// The client went away; 499 is the conventional log status.
		return echo.NewHTTPError(499, "Request cancelled.").SetInternal(err)
	}
	return nil
}

const (
	unavailableMessage = "The service is temporarily unavailable (database unreachable). Please try again in a moment."
	// retryAfterSeconds is the Retry-After of outage answers.
	retryAfterSeconds = "5"
)

// databaseDown pings the database the way /readyz does, with a short
// deadline of its own so a dead request context does not decide it.
func (a *App) databaseDown(ctx context.Context) bool {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 2*time.Second)
	defer cancel()
	return a.store.Ping(ctx) != nil
}

func wantsJSON(c echo.Context) bool {
	r := c.Request()
	p := r.URL.Path
	if strings.HasPrefix(p, "/webhooks") || strings.HasPrefix(p, "/proxy") || strings.HasPrefix(p, "/api") ||
		strings.HasPrefix(p, extCustomerAccountPrefix) {
		return true
	}
	return strings.Contains(r.Header.Get("Accept"), "application/json") || r.Header.Get("Authorization") != ""
}

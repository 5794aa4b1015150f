package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/labstack/echo/v4"

	"shopassist/assistant"
	"shopassist/db"
)

// TestHandleErrorMapsStoreErrors checks the one place store sentinels
// become statuses: a wrapped db.ErrNotFound is a 404 with a plain message,
// not a 500 (and no database ping decides it).
func TestHandleErrorMapsStoreErrors(t *testing.T) {
	a := &App{log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	for _, tc := range []struct {
		name string
		err  error
		code int
		body string
	}{
		{"wrapped not found", fmt.Errorf("get conversation x of shop 1: %w", db.ErrNotFound), http.StatusNotFound, "Not found."},
		{"http error kept", echo.NewHTTPError(http.StatusUnprocessableEntity, "Choose one."), http.StatusUnprocessableEntity, "Choose one."},
		{"conversation not found", fmt.Errorf("updates: %w", assistant.ErrConversationNotFound), http.StatusNotFound, "Conversation not found."},
		{"concurrent change", fmt.Errorf("save turn: %w", db.ErrConflict), http.StatusConflict, "reload"},
		{"client went away", fmt.Errorf("query: %w", context.Canceled), 499, "Request cancelled."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := echo.New()
			req := httptest.NewRequest(http.MethodGet, "/app/conversations/x", nil)
			req.Header.Set("Accept", "application/json")
			rec := httptest.NewRecorder()
			a.handleError(tc.err, e.NewContext(req, rec))
			if rec.Code != tc.code || !strings.Contains(rec.Body.String(), tc.body) {
				t.Errorf("got %d %s, want %d with %q", rec.Code, rec.Body, tc.code, tc.body)
			}
		})
	}
	if statusOf(errors.New("boom")) != nil {
		t.Error("an unknown error mapped to a client status")
	}
}

// TestHandleErrorHTMLPage: a browser (no JSON wanted) gets the templ error
// page with the status and the client message, escaped; a server error's
// internals stay out of it.
func TestHandleErrorHTMLPage(t *testing.T) {
	a := &App{log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	for _, tc := range []struct {
		name    string
		err     error
		code    int
		want    []string
		notWant string
	}{
		{"client message escaped", echo.NewHTTPError(http.StatusBadRequest, "Bad <b>input</b>."), http.StatusBadRequest,
			[]string{"<h1>400 Bad Request</h1>", "Bad &lt;b&gt;input&lt;/b&gt;."}, "<b>input"},
		{"not found", fmt.Errorf("get shop: %w", db.ErrNotFound), http.StatusNotFound,
			[]string{"<title>404 Not Found</title>", "Not found."}, "get shop"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			a.handleError(tc.err, echo.New().NewContext(httptest.NewRequest(http.MethodGet, "/demo", nil), rec))
			body := rec.Body.String()
			if rec.Code != tc.code || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html") {
				t.Fatalf("got %d %q", rec.Code, rec.Header().Get("Content-Type"))
			}
			for _, w := range tc.want {
				if !strings.Contains(body, w) {
					t.Errorf("page lacks %q:\n%s", w, body)
				}
			}
			if strings.Contains(body, tc.notWant) {
				t.Errorf("page shows %q:\n%s", tc.notWant, body)
			}
		})
	}
}

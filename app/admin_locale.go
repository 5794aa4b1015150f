package app

import (
	"context"
	"net/http"

	"github.com/labstack/echo/v4"

	"shopassist/views/adminlocale"
)

// adminLocaleCookie remembers the merchant's admin language between
// navigations that carry no locale parameter (demo mode, links inside the
// app); the embedded admin also carries it in every link's query.
const adminLocaleCookie = "admin_locale"

// adminLocaleHeader is set by admin.js on fetch requests (form posts, inbox
// polls), whose URLs carry no locale and whose cookie a browser may block
// inside the Shopify admin's iframe.
const adminLocaleHeader = "X-Admin-Locale"

// adminLocale picks the admin language for /app: Shopify's "locale" query
// parameter on the embedded app URL first, then admin.js's header, then the
// cookie; English when none matches. A locale from the query is remembered
// in the cookie.
func (a *App) adminLocale(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		r := c.Request()
		lang := adminlocale.Match(c.QueryParam("locale"))
		if lang != "" {
			c.SetCookie(&http.Cookie{Name: adminLocaleCookie, Value: lang, Path: "/app", MaxAge: 365 * 24 * 3600,
				HttpOnly: true, Secure: !a.cfg.Demo(), SameSite: a.adminCookieSameSite()})
		}
		if lang == "" {
			lang = adminlocale.Match(r.Header.Get(adminLocaleHeader))
		}
		if lang == "" {
			if ck, err := r.Cookie(adminLocaleCookie); err == nil {
				lang = adminlocale.Match(ck.Value)
			}
		}
		if lang == "" {
			lang = adminlocale.Default
		}
		c.SetRequest(r.WithContext(adminlocale.WithLang(r.Context(), lang)))
		return next(c)
	}
}

// adminCookieSameSite: the embedded admin runs in Shopify's iframe, where
// only a SameSite=None (and Secure) cookie is sent; demo mode is top-level.
func (a *App) adminCookieSameSite() http.SameSite {
	if a.cfg.Demo() {
		return http.SameSiteLaxMode
	}
	return http.SameSiteNoneMode
}

// tr is the admin text of key in the request's language, for strings the
// handlers put into view models (checklist steps, stat labels, titles).
func tr(ctx context.Context, key string, args ...any) string {
	return adminlocale.T(ctx, key, args...)
}

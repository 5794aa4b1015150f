package app

import (
	"net/http"

	"github.com/labstack/echo/v4"

	storefrontwidget "shopassist/storefront-widget"
)

// widgetAsset serves the built widget scripts (the theme app extension's
// assets; Shopify's CDN serves them on real storefronts).
func (a *App) widgetAsset(c echo.Context) error {
	b, ok := storefrontwidget.Asset(c.Param("file"))
	if !ok {
		return echo.NewHTTPError(http.StatusNotFound, "No such asset.")
	}
	c.Response().Header().Set("Cache-Control", "public, max-age=300")
	return c.Blob(http.StatusOK, "text/javascript; charset=utf-8", b)
}

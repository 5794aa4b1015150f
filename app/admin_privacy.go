package app

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"shopassist/db"
	"shopassist/views"
	"shopassist/views/adminlocale"
)

// privacy lists the customers/data_request exports of the shop (GET
// /app/privacy): Shopify expects the merchant to hand the data to the
// customer, so each export is downloadable.
func (p *adminPages) privacy(c echo.Context) error {
	ctx := c.Request().Context()
	shop := ShopFrom(c)
	list, err := p.store.ListCustomerExports(ctx, shop.ID, 200)
	if err != nil {
		return err
	}
	loc := shopLocation(shop)
	var d views.PrivacyData
	for _, e := range list {
		d.Exports = append(d.Exports, views.ExportRow{ID: e.ID, Received: when(ctx, e.CreatedAt, loc),
			RequestID: strconv.FormatInt(e.DataRequestID, 10), Customer: exportCustomer(e),
			Contents: adminlocale.N(ctx, "privacy.orders", e.OrderCount) + " · " + adminlocale.N(ctx, "privacy.conversations", e.ConversationCount) +
				" · " + adminlocale.N(ctx, "privacy.messages", e.MessageCount),
			Href: "/app/privacy/exports/" + strconv.FormatInt(e.ID, 10), Filename: exportFilename(e)})
	}
	return render(c, http.StatusOK, views.Privacy(p.page(c, tr(c.Request().Context(), "nav.privacy"), "privacy"), d))
}

// downloadExport sends one export's document as a JSON attachment (GET
// /app/privacy/exports/:id). An id of another shop is a 404 like a wrong one.
func (p *adminPages) downloadExport(c echo.Context) error {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound, tr(c.Request().Context(), "err.not_found.data_request"))
	}
	exp, err := p.store.GetCustomerExport(c.Request().Context(), ShopFrom(c).ID, id)
	if err != nil {
		return notFound(c.Request().Context(), err, "err.not_found.data_request")
	}
	var pretty bytes.Buffer
	if err := json.Indent(&pretty, exp.Data, "", "  "); err != nil {
		return fmt.Errorf("format data request export %d: %w", exp.ID, err)
	}
	h := c.Response().Header()
	h.Set("Content-Disposition", `attachment; filename="`+exportFilename(*exp)+`"`)
	h.Set("Cache-Control", "no-store")
	return c.Blob(http.StatusOK, echo.MIMEApplicationJSON, pretty.Bytes())
}

// exportCustomer names the customer of an export for the merchant.
func exportCustomer(e db.CustomerExport) string {
	var parts []string
	for _, s := range []string{e.Email, e.Phone} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	if e.CustomerID != 0 {
		parts = append(parts, "customer "+strconv.FormatInt(e.CustomerID, 10))
	}
	if len(parts) == 0 {
		return "—"
	}
	return strings.Join(parts, " · ")
}

func exportFilename(e db.CustomerExport) string {
	id := e.DataRequestID
	if id == 0 {
		id = e.ID
	}
	return "data-request-" + strconv.FormatInt(id, 10) + ".json"
}

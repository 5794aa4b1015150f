package app

import (
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/a-h/templ"
	"github.com/labstack/echo/v4"

	"shopassist/db"
	"shopassist/views"
)

// WidgetBlockHandle is the app embed block's file name in the theme app
// extension (storefront-widget/blocks/assistant.liquid).
const WidgetBlockHandle = "assistant"

func (a *App) page(c echo.Context, title, active string) views.Page {
	return views.Page{Title: title, Shop: ShopFrom(c).Domain, APIKey: a.cfg.APIKey, Demo: a.cfg.Demo(),
		Active: active, CSSURL: a.assets.URL("admin.css")}
}

// render writes a templ component as the HTML response.
func render(c echo.Context, status int, comp templ.Component) error {
	c.Response().Header().Set(echo.HeaderContentType, echo.MIMETextHTMLCharsetUTF8)
	c.Response().WriteHeader(status)
	return comp.Render(c.Request().Context(), c.Response())
}

// themeEditorURL deep-links to the theme editor with the app embed ready to
// switch on.
func (a *App) themeEditorURL(shop string) string {
	q := url.Values{}
	q.Set("context", "apps")
	q.Set("activateAppId", a.cfg.APIKey+"/"+WidgetBlockHandle)
	return "https://" + shop + "/admin/themes/current/editor?" + q.Encode()
}

func (a *App) adminHome(c echo.Context) error {
	ctx := c.Request().Context()
	shop := ShopFrom(c)
	products, err := a.store.CountProducts(ctx, shop.ID)
	if err != nil {
		return err
	}
	orders, err := a.store.CountOrders(ctx, shop.ID)
	if err != nil {
		return err
	}
	policies, err := a.store.ListDocuments(ctx, shop.ID, db.DocPolicy)
	if err != nil {
		return err
	}
	recent, err := a.store.ListConversations(ctx, shop.ID, db.ConversationFilter{Since: a.now().Add(-7 * 24 * time.Hour), Limit: 1000})
	if err != nil {
		return err
	}
	handoffs := 0
	for _, cv := range recent {
		if cv.Handoff {
			handoffs++
		}
	}
	policyTypes := map[string]bool{}
	for _, p := range policies {
		policyTypes[p.ExternalID] = true
	}
	langs := shop.Settings.V.Languages
	d := views.HomeData{
		ShopName: firstNonEmpty(shop.Name, shop.Domain),
		Checklist: []views.ChecklistItem{
			{Label: "Turn on the chat widget in your theme", Detail: "App embeds → Multilingual assistant",
				Href: a.themeEditorURL(shop.Domain), Action: "Open theme editor"},
			{Label: "Catalog synced", Done: products > 0, Detail: strconv.FormatInt(products, 10) + " products indexed",
				Href: "/app/knowledge", Action: "Sync now"},
			{Label: "Languages chosen", Done: len(langs) > 0, Detail: strconv.Itoa(len(langs)) + " languages offered",
				Href: "/app/settings", Action: "Choose languages"},
			{Label: "Store policies found", Done: policyTypes["refund"] && policyTypes["shipping"],
				Detail: strconv.Itoa(len(policyTypes)) + " policies (refund and shipping are needed for returns and delivery answers)",
				Href:   "/app/knowledge", Action: "Review"},
		},
		Stats: []views.Stat{
			{Label: "Conversations (7 days)", Value: strconv.Itoa(len(recent))},
			{Label: "Handed off to you (7 days)", Value: strconv.Itoa(handoffs)},
			{Label: "Products", Value: strconv.FormatInt(products, 10)},
			{Label: "Orders known", Value: strconv.FormatInt(orders, 10)},
		},
	}
	return render(c, http.StatusOK, views.Home(a.page(c, "Home", "home"), d))
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

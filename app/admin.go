package app

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/a-h/templ"
	"github.com/labstack/echo/v4"

	"shopassist/app/config"
	"shopassist/assistant"
	"shopassist/catalog"
	"shopassist/channels"
	"shopassist/channels/email"
	"shopassist/db"
	"shopassist/jobs"
	"shopassist/secretbox"
	"shopassist/static"
	"shopassist/views"
	"shopassist/views/adminlocale"
	"shopassist/webhooks"
)

// WidgetBlockHandle is the app embed block's file name in the theme app
// extension (storefront-widget/blocks/assistant.liquid).
const WidgetBlockHandle = "assistant"

// adminPages serves the embedded admin. Its dependencies are named here
// rather than reached through *App, so a handler's reach is what this
// struct lists.
type adminPages struct {
	cfg      config.Config
	log      *slog.Logger
	store    *db.Store
	queue    *jobs.Queue
	assets   *static.Assets
	box      *secretbox.Box
	now      func() time.Time
	catalog  *catalog.Service
	webhooks *webhooks.Service
	engine   *assistant.Engine
	channels *channels.Router
	email    *email.Service
	// verifyToken is the Meta webhook's verify token the channels page
	// shows for the merchant to paste into Meta's dashboard.
	verifyToken string
	// translate is nil without a model (LLM_BASE_URL): the inbox then
	// offers saved replies in the shopper's language instead of free-text
	// translation.
	translate translator
}

// translator translates chat text between languages (assistant/llm).
type translator interface {
	Translate(ctx context.Context, from, to, text string) (string, error)
}

func (a *App) newAdminPages() *adminPages {
	p := &adminPages{cfg: a.cfg, log: a.log, store: a.store, queue: a.queue, assets: a.assets, box: a.box, now: a.now,
		catalog: a.catalog.service, webhooks: a.webhooks, engine: a.engine, channels: a.channels, email: a.email,
		verifyToken: a.metaVerifyToken()}
	if a.llm != nil {
		// Not assigned unconditionally: a nil *llm.Client in the interface
		// would not compare equal to nil.
		p.translate = a.llm
	}
	return p
}

// registerAdmin adds the admin pages to the /app group. Mutations
// additionally pass requireFetch (see there for the CSRF argument).
func (a *App) registerAdmin(g *echo.Group) {
	p := a.newAdminPages()
	m := p.requireFetch
	g.GET("", p.home)
	g.GET("/settings", p.settings)
	g.POST("/settings", p.saveSettings, m)
	g.GET("/knowledge", p.knowledge)
	g.POST("/knowledge/resync", p.resync, m)
	g.POST("/knowledge/test", p.testAssistant, m)
	g.GET("/knowledge/faq/new", p.newFAQ)
	g.GET("/knowledge/faq/:id", p.editFAQ)
	g.POST("/knowledge/faq/:id", p.saveFAQ, m)
	g.POST("/knowledge/faq/:id/delete", p.deleteFAQ, m)
	g.GET("/conversations", p.conversations)
	g.GET("/conversations/:id", p.transcript)
	g.POST("/conversations/:id/reply", p.reply, m)
	g.POST("/conversations/:id/resolve", p.resolve, m)
	g.POST("/conversations/:id/reopen", p.reopen, m)
	g.POST("/conversations/:id/assign", p.assign, m)
	g.POST("/conversations/:id/notes", p.note, m)
	g.POST("/conversations/:id/saved-reply", p.sendSavedReply, m)
	g.GET("/conversations/:id/shopper-export", p.exportShopper)
	g.POST("/conversations/:id/shopper-delete", p.deleteShopper, m)
	g.GET("/saved-replies", p.savedRepliesList)
	g.GET("/saved-replies/:ref", p.editSavedReply)
	g.POST("/saved-replies/:ref", p.saveSavedReply, m)
	g.POST("/saved-replies/:ref/delete", p.deleteSavedReply, m)
	g.GET("/inbox/state", p.inboxState)
	g.POST("/inbox/name", p.setStaffName, m)
	g.GET("/analytics", p.analytics)
	g.GET("/health", p.health)
	g.POST("/health/jobs/:id/retry", p.retryJob, m)
	g.POST("/health/webhooks/:id/replay", p.replayEvent, m)
	g.GET("/privacy", p.privacy)
	g.GET("/privacy/exports/:id", p.downloadExport)
	g.GET("/agents", p.agents)
	g.POST("/agents/tokens", p.createAgentToken, m)
	g.POST("/agents/tokens/:id/revoke", p.revokeAgentToken, m)
	g.GET("/actions", p.orderActions)
	// --- delivery care (issue 15) ---
	g.GET("/delivery-care", p.deliveryCare)
	g.POST("/delivery-care/:id/resend", p.resendRisk, m)
	g.GET("/channels/email", p.emailChannel)
	g.POST("/channels/email", p.connectEmail, m)
	g.POST("/channels/email/:id/delete", p.disconnectEmail, m)
	g.GET("/channels", p.channelsPage)
	g.POST("/channels", p.connectChannel, m)
	g.POST("/channels/:id/delete", p.disconnectChannel, m)
}

// requireFetch guards every admin mutation against cross-site requests. A
// forged cross-site form can neither set a custom header nor read a session
// token, so mutations require X-Requested-With (a custom header forces a
// CORS preflight the app never answers) and, in Shopify mode, the App Bridge
// session token in the Authorization header — sessionAuth has verified it,
// and an id_token in the URL does not count for mutations.
func (p *adminPages) requireFetch(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		r := c.Request()
		if r.Header.Get("X-Requested-With") == "" {
			return echo.NewHTTPError(http.StatusForbidden, tr(c.Request().Context(), "err.from_app"))
		}
		if !p.cfg.Demo() && !strings.HasPrefix(r.Header.Get("Authorization"), "Bearer ") {
			return echo.NewHTTPError(http.StatusForbidden, tr(c.Request().Context(), "err.session_token"))
		}
		return next(c)
	}
}

func (p *adminPages) page(c echo.Context, title, active string) views.Page {
	pg := views.Page{Title: title, Shop: ShopFrom(c).Domain, APIKey: p.cfg.APIKey, Demo: p.cfg.Demo(),
		CDN: adminUsesCDN(p.cfg), Active: active, CSSURL: p.assets.URL("admin.css"),
		FallbackCSSURL: p.assets.URL("polaris-fallback.css"), JSURL: p.assets.URL("admin.js")}
	if !pg.Demo {
		// Carry shop, host and the admin locale on links so document loads
		// can bounce through App Bridge for a fresh session token and keep
		// the merchant's language.
		q := url.Values{}
		for _, k := range []string{"shop", "host", "embedded", "locale"} {
			if v := c.QueryParam(k); v != "" {
				q.Set(k, v)
			}
		}
		pg.LinkQuery = q.Encode()
	}
	return pg
}

// adminUsesCDN is the one switch between the embedded admin, which loads
// App Bridge and Polaris from Shopify's CDN, and demo mode (no Shopify
// frame, often no network), which gets the local fallback stylesheet and no
// external script.
func adminUsesCDN(cfg config.Config) bool { return !cfg.Demo() }

// render writes a templ component as the HTML response.
func render(c echo.Context, status int, comp templ.Component) error {
	c.Response().Header().Set(echo.HeaderContentType, echo.MIMETextHTMLCharsetUTF8)
	c.Response().WriteHeader(status)
	return comp.Render(c.Request().Context(), c.Response())
}

// seeOther answers a successful mutation with a redirect to the page that
// shows its result (fetch follows it, keeping the Authorization header on
// the same origin).
func (p *adminPages) seeOther(c echo.Context, path string) error {
	return c.Redirect(http.StatusSeeOther, path)
}

// notFound maps db.ErrNotFound (including ids of other shops) to 404.
func notFound(ctx context.Context, err error, key string) error {
	if errors.Is(err, db.ErrNotFound) {
		return echo.NewHTTPError(http.StatusNotFound, tr(ctx, key)).SetInternal(err)
	}
	return err
}

// themeEditorURL deep-links to the theme editor with the app embed ready to
// switch on.
func (p *adminPages) themeEditorURL(shop string) string {
	q := url.Values{}
	q.Set("context", "apps")
	q.Set("activateAppId", p.cfg.APIKey+"/"+WidgetBlockHandle)
	return "https://" + shop + "/admin/themes/current/editor?" + q.Encode()
}

// shopLocation is the shop's time zone for day buckets and timestamps.
func shopLocation(shop *db.Shop) *time.Location {
	for _, tz := range []string{shop.Settings.V.BusinessHours.Timezone, shop.Timezone} {
		if tz == "" {
			continue
		}
		if loc, err := time.LoadLocation(tz); err == nil {
			return loc
		}
	}
	return time.UTC
}

// periodStart is midnight (shop time) days-1 days before now, so a period
// of 7 days is today plus the six days before.
func periodStart(now time.Time, days int, loc *time.Location) time.Time {
	y, m, d := now.In(loc).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, loc).AddDate(0, 0, -(days - 1))
}

func (p *adminPages) home(c echo.Context) error {
	ctx := c.Request().Context()
	shop := ShopFrom(c)
	products, err := p.store.CountProducts(ctx, shop.ID)
	if err != nil {
		return err
	}
	orders, err := p.store.CountOrders(ctx, shop.ID)
	if err != nil {
		return err
	}
	policies, err := p.store.ListDocuments(ctx, shop.ID, db.DocPolicy)
	if err != nil {
		return err
	}
	faqs, err := p.store.ListDocuments(ctx, shop.ID, db.DocFAQ)
	if err != nil {
		return err
	}
	waiting, err := p.store.CountHandoffs(ctx, shop.ID)
	if err != nil {
		return err
	}
	loc := shopLocation(shop)
	now := p.now()
	var periods []views.StatGroup
	for _, days := range []int{7, 30} {
		r, err := p.store.AnalyticsSummary(ctx, db.ReportQuery{ShopID: shop.ID, Since: periodStart(now, days, loc),
			Until: now, Loc: loc, Now: now})
		if err != nil {
			return err
		}
		periods = append(periods, views.StatGroup{Title: tr(ctx, "home.last_days", days),
			TestID: "stats-" + strconv.Itoa(days), Stats: []views.Stat{
				{Label: tr(ctx, "home.stat.conversations"), Value: strconv.Itoa(r.Conversations)},
				// Over conversations that asked something: an answered
				// topic, no 👎, not reopened (see Analytics).
				{Label: tr(ctx, "home.stat.resolved"), Value: figures{ctx: ctx}.pct(r.ResolutionRate(), r.Engaged)},
				{Label: tr(ctx, "home.stat.handed_off"), Value: strconv.Itoa(r.AssistedByHuman)},
				{Label: tr(ctx, "home.stat.csat"), Value: figures{ctx: ctx}.pct(r.CSAT(), r.RatedUp+r.RatedDown)},
			}})
	}
	policyTypes := map[string]bool{}
	for _, d := range policies {
		policyTypes[d.ExternalID] = true
	}
	faqIDs := map[string]bool{}
	for _, d := range faqs {
		faqIDs[d.ExternalID] = true
	}
	langs := shop.Settings.V.Languages
	syncing := false
	if st, err := p.catalog.Status(ctx, shop.Domain); err == nil {
		syncing = st.Current != nil && st.Current.Status == db.SyncRunning
	} else {
		p.log.Warn("sync status", "shop", shop.Domain, "err", err)
	}
	catalogDetail := tr(ctx, "home.check.catalog_detail", products)
	if syncing {
		catalogDetail = tr(ctx, "home.check.sync_running")
	}
	d := views.HomeData{
		ShopName: firstNonEmpty(shop.Name, shop.Domain),
		Waiting:  int(waiting),
		Checklist: []views.ChecklistItem{
			{Label: tr(ctx, "home.check.widget"), Detail: tr(ctx, "home.check.widget_detail"),
				Href: p.themeEditorURL(shop.Domain), Action: tr(ctx, "home.check.widget_action"), External: true},
			{Label: tr(ctx, "home.check.catalog"), Done: products > 0 && !syncing, Detail: catalogDetail,
				Href: "/app/knowledge", Action: tr(ctx, "home.check.catalog_action")},
			{Label: tr(ctx, "home.check.languages"), Done: len(langs) > 0, Detail: tr(ctx, "home.check.languages_detail", len(langs)),
				Href: "/app/settings", Action: tr(ctx, "home.check.languages_action")},
			{Label: tr(ctx, "home.check.policies"), Done: policyTypes["refund"] && policyTypes["shipping"],
				Detail: tr(ctx, "home.check.policies_detail", len(policyTypes)),
				Href:   "/app/knowledge", Action: tr(ctx, "home.check.policies_action")},
			{Label: tr(ctx, "home.check.faq"), Done: len(faqIDs) > 0, Detail: tr(ctx, "home.check.faq_detail", len(faqIDs)),
				Href: "/app/knowledge/faq/new", Action: tr(ctx, "home.check.faq_action")},
		},
		Periods: periods,
		Stats: []views.Stat{
			{Label: tr(ctx, "home.stat.products"), Value: strconv.FormatInt(products, 10)},
			{Label: tr(ctx, "home.stat.orders"), Value: strconv.FormatInt(orders, 10)},
			{Label: tr(ctx, "home.stat.policies"), Value: strconv.Itoa(len(policyTypes))},
			{Label: tr(ctx, "home.stat.faqs"), Value: strconv.Itoa(len(faqIDs))},
		},
	}
	return render(c, http.StatusOK, views.Home(p.page(c, tr(ctx, "nav.home"), "home"), d))
}

// percent formats a rate, or a dash when there is nothing to measure.
func percent(rate float64, n int) string {
	if n == 0 {
		return "—"
	}
	return strconv.Itoa(int(rate*100+0.5)) + "%"
}

// when formats a timestamp in the shop's time zone and the admin's
// language (CLDR medium date, short time).
func when(ctx context.Context, t time.Time, loc *time.Location) string {
	if t.IsZero() {
		return ""
	}
	return adminlocale.DateTime(ctx, t.In(loc))
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

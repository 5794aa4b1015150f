package app

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"errors"
	"net/http"
	"net/mail"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"shopassist/assistant/lang"
	"shopassist/assistant/replies"
	"shopassist/backinstock"
	"shopassist/channels"
	"shopassist/channels/meta"
	"shopassist/db"
	"shopassist/deliverycare"
	"shopassist/flow"
	"shopassist/notify"
	"shopassist/views"
	"shopassist/views/adminlocale"
)

// careChannels sends delivery notices on the shopper's messaging channel.
// It reads the router when a notice goes out, because delivery care is wired
// before the channels are (both before any job runs).
type careChannels struct{ a *App }

func (c careChannels) SendNotice(ctx context.Context, shop *db.Shop, o *db.Order, text string) (bool, error) {
	if c.a.channels == nil {
		return false, nil
	}
	return channels.CareNotices{Router: c.a.channels, Store: c.a.store, Template: meta.DeliveryCareTemplate}.
		SendNotice(ctx, shop, o, text)
}

// registerDeliveryCare wires proactive delivery care (issue 15): the
// notice, sweep and digest jobs, and the back-in-stock emails, on the
// configured mailer.
func (a *App) registerDeliveryCare(mailer notify.Mailer) error {
	n := &deliverycare.Notifier{Store: a.store, Mailer: mailer, Signer: a.careSigner(), Now: a.now, Log: a.log,
		Channels: careChannels{a},
		OnRisk: func(ctx context.Context, shop *db.Shop, o *db.Order, r db.ShipmentRisk) {
			a.fireFlow(ctx, shop, flow.TriggerArgs{Handle: flow.HandleDeliveryAtRisk, Payload: flow.DeliveryAtRiskPayload(o, r)})
		}}
	if !a.cfg.Demo() && a.shopify != nil && a.tokens != nil {
		// Compensation codes need the write_discounts scope; without it
		// Shopify refuses and the admin shows why.
		n.Discounts = deliverycare.ShopifyDiscounts{Client: a.shopify, Token: a.tokens.AccessToken}
	}
	j := &deliverycare.Jobs{Notifier: n, AdminLink: func(shop *db.Shop) string { return a.adminLink(shop, "/app/delivery-care") }}
	if err := j.Register(a.workers, a.queue); err != nil {
		return err
	}
	stock := &backinstock.Notifier{Store: a.store, Mailer: mailer, Now: a.now, Log: a.log}
	return stock.Register(a.workers, a.queue)
}

// careSigner signs unsubscribe links with a key derived from the
// encryption key (never the key itself), so links survive restarts and
// replicas agree on them.
func (a *App) careSigner() deliverycare.Signer {
	h := hmac.New(sha256.New, a.secretKey)
	h.Write([]byte("delivery-care-unsubscribe-links"))
	return deliverycare.Signer{Key: h.Sum(nil), BaseURL: a.cfg.AppURL}
}

// adminLink is an admin page of shop: inside Shopify admin, or this
// server's /app in demo mode.
func (a *App) adminLink(shop *db.Shop, path string) string {
	if a.cfg.Demo() {
		return a.cfg.AppURL + path
	}
	return "https://" + shop.Domain + "/admin/apps/" + url.PathEscape(a.cfg.APIKey) + path
}

// careUnsubscribe shows (GET) and applies (POST) the per-order opt-out of
// delivery emails. GET only asks: mail scanners open links, and an opt-out
// must be the shopper's click.
func (a *App) careUnsubscribe(c echo.Context) error {
	q := c.QueryParams()
	if c.Request().Method == http.MethodPost {
		if err := c.Request().ParseForm(); err != nil {
			return echo.NewHTTPError(http.StatusBadRequest, "Invalid form.")
		}
		q = c.Request().PostForm
	}
	shopID, orderID, err := a.careSigner().Verify(q)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "This unsubscribe link is invalid or incomplete.")
	}
	ctx := c.Request().Context()
	o, err := a.store.GetOrder(ctx, shopID, orderID)
	if err != nil {
		return err
	}
	l, ok := lang.Normalize(q.Get("lang"))
	if !ok {
		l = lang.Default
	}
	ask, button, done := deliverycare.UnsubscribePage(l, o.Name)
	d := views.UnsubscribeData{Lang: l, Dir: replies.Dir(l), Title: o.Name, Ask: ask, Button: button}
	if c.Request().Method != http.MethodPost {
		for _, k := range []string{"s", "o", "sig", "lang"} {
			d.Hidden = append(d.Hidden, views.HiddenField{Name: k, Value: q.Get(k)})
		}
		return render(c, http.StatusOK, views.Unsubscribe(d))
	}
	if err := a.store.UnsubscribeOrderCare(ctx, shopID, orderID, a.now()); err != nil {
		return err
	}
	d.Done = done
	return render(c, http.StatusOK, views.Unsubscribe(d))
}

// deliveryCare lists the shop's shipments at risk with their notices.
func (p *adminPages) deliveryCare(c echo.Context) error {
	ctx := c.Request().Context()
	shop := ShopFrom(c)
	d := views.DeliveryCareData{NoticesOff: shop.Settings.V.DeliveryCare.NoticesOff}
	if c.QueryParam("done") == "resent" {
		d.Notice, d.NoticeTone = tr(ctx, "dc.queued"), "success"
	}
	risks, err := p.store.ListShopRisks(ctx, shop.ID, false, 200)
	if err != nil {
		return err
	}
	now := p.now()
	for _, r := range risks {
		d.Rows = append(d.Rows, views.RiskRow{ID: r.ID, OrderName: r.OrderName, Reason: careKindLabel(ctx, r.Kind),
			Carrier: r.TrackingCompany, Age: careAge(ctx, r.DetectedAt, now), Notice: careNoticeLabel(ctx, r.NoticeStatus),
			NoticeSent: r.NoticeStatus == db.NoticeSent, Error: truncateRunes(r.NoticeError, 200), DiscountCode: r.DiscountCode,
			ConversationID: r.ConversationID})
	}
	return render(c, http.StatusOK, views.DeliveryCare(p.page(c, tr(c.Request().Context(), "nav.delivery_care"), "delivery-care"), d))
}

// resendRisk queues a risk's notice again ("send again"); another shop's
// id is reported as missing, like a wrong one.
func (p *adminPages) resendRisk(c echo.Context) error {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound, tr(c.Request().Context(), "err.not_found.shipment"))
	}
	if err := p.store.ResendRisk(c.Request().Context(), ShopFrom(c).ID, id); err != nil {
		if errors.Is(err, db.ErrNotFound) {
			return echo.NewHTTPError(http.StatusNotFound, tr(c.Request().Context(), "err.not_found.shipment"))
		}
		return err
	}
	return p.seeOther(c, p.page(c, "", "").URL("/app/delivery-care?done=resent"))
}

// careForm turns the Delivery care settings into the form's strings.
func careForm(d db.DeliveryCareSettings) views.CareForm {
	c := d.Compensation
	return views.CareForm{Notices: !d.NoticesOff, StallDays: strconv.Itoa(d.StallDays()), DigestEmail: d.DigestEmail,
		Compensate: c.Enabled, CompensateAfter: strconv.Itoa(c.LateDays),
		CompensatePercent: strconv.FormatFloat(c.Percent, 'f', -1, 64), CompensateMax: strconv.FormatFloat(c.MaxAmount, 'f', -1, 64)}
}

// careKindLabel names a risk kind in the admin's language (the digest mail
// keeps deliverycare.KindLabel's English).
func careKindLabel(ctx context.Context, kind string) string {
	if key := "dc.kind." + kind; adminlocale.Has(key) {
		return tr(ctx, key)
	}
	return deliverycare.KindLabel(kind)
}

// careNoticeLabel names a notice's state in the admin's language.
func careNoticeLabel(ctx context.Context, status string) string {
	if key := "dc.notice." + status; adminlocale.Has(key) {
		return tr(ctx, key)
	}
	return deliverycare.NoticeLabel(status)
}

// careAge writes how long ago a risk was detected, in minutes, hours or
// days as deliverycare.Age rounds them.
func careAge(ctx context.Context, since, now time.Time) string {
	d := now.Sub(since)
	switch {
	case d < time.Hour:
		return tr(ctx, "unit.minutes", adminlocale.Int(ctx, int64(d.Minutes())))
	case d < 48*time.Hour:
		return tr(ctx, "unit.hours", adminlocale.Int(ctx, int64(d.Hours())))
	}
	return tr(ctx, "unit.days", adminlocale.Int(ctx, int64(d.Hours()/24)))
}

// parseCare validates the Delivery care section of the settings form.
// A form without the section (its hidden marker) keeps the current values:
// an unchecked box is absent from a form, so absence alone cannot mean "off".
func parseCare(ctx context.Context, form url.Values, errs views.Errors, cur db.DeliveryCareSettings) (db.DeliveryCareSettings, views.CareForm) {
	if form.Get("care_section") == "" {
		return cur, careForm(cur)
	}
	get := func(k string) string { return strings.TrimSpace(form.Get(k)) }
	f := views.CareForm{Notices: form.Get("care_notices") != "", StallDays: get("care_stall_days"), DigestEmail: get("care_digest_email"),
		Compensate: form.Get("care_compensate") != "", CompensateAfter: get("care_comp_days"),
		CompensatePercent: get("care_comp_percent"), CompensateMax: get("care_comp_max")}
	d := cur
	d.NoticesOff = !f.Notices
	d.StallBusinessDays = intField(errs, "care_stall_days", f.StallDays, 1, 30, tr(ctx, "settings.err_business_days_range", 1, 30))
	if f.DigestEmail != "" {
		if a, err := mail.ParseAddress(f.DigestEmail); err != nil || a.Address != f.DigestEmail || !strings.Contains(a.Address, ".") {
			errs["care_digest_email"] = tr(ctx, "settings.err_email")
		}
	}
	d.DigestEmail = f.DigestEmail
	d.Compensation.Enabled = f.Compensate
	d.Compensation.LateDays = intField(errs, "care_comp_days", f.CompensateAfter, 0, 60, tr(ctx, "settings.err_days_range", 0, 60))
	num := func(name, v string, lo, hi float64, msg string) float64 {
		n, err := strconv.ParseFloat(v, 64)
		if err != nil || n < lo || n > hi {
			errs[name] = msg
			return 0
		}
		return n
	}
	d.Compensation.Percent = num("care_comp_percent", f.CompensatePercent, 0, 100, tr(ctx, "settings.err_percent_range"))
	if f.Compensate && d.Compensation.Percent == 0 && errs["care_comp_percent"] == "" {
		errs["care_comp_percent"] = tr(ctx, "settings.err_discount")
	}
	d.Compensation.MaxAmount = num("care_comp_max", f.CompensateMax, 0, 100000, tr(ctx, "settings.err_max_amount"))
	return d, f
}

// CareUnsubscribeURL is the signed unsubscribe link the notices carry
// (tests and tools).
func (a *App) CareUnsubscribeURL(shopID, orderID int64, l string) string {
	return a.careSigner().UnsubscribeURL(shopID, orderID, l)
}

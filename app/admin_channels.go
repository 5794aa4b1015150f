package app

import (
	"errors"
	"net/http"
	"regexp"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"shopassist/channels"
	"shopassist/channels/meta"
	"shopassist/db"
	"shopassist/views"
)

// metaChannels are the channels the Channels page connects.
var metaChannels = []channels.Channel{channels.WhatsApp, channels.Messenger, channels.Instagram}

var (
	metaIDPattern    = regexp.MustCompile(`^[0-9]{5,30}$`)
	templateNameExpr = regexp.MustCompile(`^[a-z0-9_]{1,512}$`)
)

func (p *adminPages) channelsData(c echo.Context) (views.ChannelsData, error) {
	shop := ShopFrom(c)
	ctx := c.Request().Context()
	loc := shopLocation(shop)
	d := views.ChannelsData{Errors: views.Errors{}, WebhookURL: p.cfg.AppURL + "/webhooks/meta", VerifyToken: p.verifyToken,
		Form: views.ChannelForm{Channel: string(channels.WhatsApp)}}
	if d.VerifyToken == "" {
		d.VerifyToken = tr(ctx, "ch.set_verify_token")
	}
	for _, ch := range metaChannels {
		d.Connectable = append(d.Connectable, views.Option{Value: string(ch), Label: ch.Label()})
	}
	accts, err := p.store.ChannelAccounts(c.Request().Context(), shop.ID)
	if err != nil {
		return d, err
	}
	for _, a := range accts {
		r := views.ChannelRow{ID: a.ID, Channel: a.Channel, Label: channels.Channel(a.Channel).Label(), Address: a.Address,
			Name: a.DisplayName, Enabled: a.Enabled, LastMessage: tr(ctx, "ch.never"), LastError: a.LastError}
		if a.LastMessageAt != nil {
			r.LastMessage = when(ctx, *a.LastMessageAt, loc)
		}
		if a.LastErrorAt != nil {
			r.LastErrorAt = when(ctx, *a.LastErrorAt, loc)
		}
		var tpl []string
		for _, k := range []string{meta.SettingAgentTemplate, meta.SettingDeliveryTemplate} {
			if v := a.Setting(k); v != "" {
				tpl = append(tpl, v)
			}
		}
		if len(tpl) > 0 {
			r.Details = tr(ctx, "ch.templates_list", strings.Join(tpl, ", "))
		}
		d.Rows = append(d.Rows, r)
	}
	return d, nil
}

func (p *adminPages) channelsPage(c echo.Context) error {
	d, err := p.channelsData(c)
	if err != nil {
		return err
	}
	switch c.QueryParam("done") {
	case "connected":
		d.Notice = tr(c.Request().Context(), "ch.notice_connected")
	case "disconnected":
		d.Notice = tr(c.Request().Context(), "ch.notice_disconnected")
	}
	return render(c, http.StatusOK, views.Channels(p.page(c, tr(c.Request().Context(), "nav.channels"), "channels"), d))
}

// connectChannel connects a Meta account; the access token is sealed with
// the app's encryption key before it is stored.
func (p *adminPages) connectChannel(c echo.Context) error {
	d, err := p.channelsData(c)
	if err != nil {
		return err
	}
	f := views.ChannelForm{Channel: c.FormValue("channel"), Address: strings.TrimSpace(c.FormValue("address")),
		Name: strings.TrimSpace(c.FormValue("name")), AgentTemplate: strings.TrimSpace(c.FormValue("agent_reply_template")),
		DeliveryTemplate: strings.TrimSpace(c.FormValue("delivery_care_template")),
		TemplateLanguage: strings.TrimSpace(c.FormValue("template_language"))}
	d.Form = f
	ctx := c.Request().Context()
	token := strings.TrimSpace(c.FormValue("access_token"))
	ch := channels.Channel(f.Channel)
	valid := false
	for _, m := range metaChannels {
		valid = valid || m == ch
	}
	if !valid {
		d.Errors["channel"] = tr(ctx, "ch.err_channel")
	}
	if !metaIDPattern.MatchString(f.Address) {
		d.Errors["address"] = tr(ctx, "ch.err_address")
	}
	if token == "" || len(token) > 1000 || strings.ContainsAny(token, " \t\r\n") {
		d.Errors["access_token"] = tr(ctx, "ch.err_token")
	}
	for key, v := range map[string]string{"agent_reply_template": f.AgentTemplate, "delivery_care_template": f.DeliveryTemplate} {
		if v != "" && !templateNameExpr.MatchString(v) {
			d.Errors[key] = tr(ctx, "ch.err_template")
		}
	}
	if d.Errors.Any() {
		return render(c, http.StatusUnprocessableEntity, views.Channels(p.page(c, tr(c.Request().Context(), "nav.channels"), "channels"), d))
	}
	if f.Name == "" {
		f.Name = ch.Label() + " " + f.Address
	}
	settings := map[string]string{}
	for k, v := range map[string]string{meta.SettingAgentTemplate: f.AgentTemplate, meta.SettingDeliveryTemplate: f.DeliveryTemplate,
		meta.SettingTemplateLanguage: f.TemplateLanguage} {
		if v != "" {
			settings[k] = v
		}
	}
	acct := &db.ChannelAccount{ShopID: ShopFrom(c).ID, Channel: string(ch), Address: f.Address, DisplayName: f.Name,
		Enabled: true, Settings: db.NewJSON(settings)}
	if err := meta.SealCredentials(p.box, acct, meta.Credentials{AccessToken: token}); err != nil {
		return err
	}
	if err := p.store.SaveChannelAccount(c.Request().Context(), acct); err != nil {
		if errors.Is(err, db.ErrDuplicate) {
			d.Errors["address"] = tr(ctx, "ch.err_taken")
			return render(c, http.StatusUnprocessableEntity, views.Channels(p.page(c, tr(c.Request().Context(), "nav.channels"), "channels"), d))
		}
		return err
	}
	return p.seeOther(c, p.page(c, "", "").URL("/app/channels?done=connected"))
}

func (p *adminPages) disconnectChannel(c echo.Context) error {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil || id <= 0 {
		return echo.NewHTTPError(http.StatusNotFound, tr(c.Request().Context(), "err.not_found.channel"))
	}
	if err := p.store.DeleteChannelAccount(c.Request().Context(), ShopFrom(c).ID, id); err != nil {
		return notFound(c.Request().Context(), err, "err.not_found.channel")
	}
	return p.seeOther(c, p.page(c, "", "").URL("/app/channels?done=disconnected"))
}

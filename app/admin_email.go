package app

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/mail"
	"net/url"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"shopassist/channels"
	"shopassist/channels/email"
	"shopassist/db"
	"shopassist/views"
)

// emailChannel shows the shop's support addresses with their health and
// the connect form (GET /app/channels/email).
func (p *adminPages) emailChannel(c echo.Context) error {
	d, err := p.emailData(c)
	if err != nil {
		return err
	}
	d.Saved = c.QueryParam("saved") == "1"
	d.Form.Mode, d.Form.IMAPPort, d.Form.SMTPPort, d.Form.IMAPMailbox = email.ModeIMAP, "993", "587", "INBOX"
	return render(c, http.StatusOK, views.EmailChannel(p.page(c, tr(c.Request().Context(), "nav.email"), "email"), d))
}

func (p *adminPages) emailData(c echo.Context) (views.EmailChannelData, error) {
	shop := ShopFrom(c)
	ctx := c.Request().Context()
	accts, err := p.store.ChannelAccounts(ctx, shop.ID)
	if err != nil {
		return views.EmailChannelData{}, err
	}
	loc := shopLocation(shop)
	d := views.EmailChannelData{Form: views.EmailChannelForm{ForwardingAvailable: p.email.InboundDomain != "" && p.email.SigningKey != ""}}
	for _, a := range accts {
		if a.Channel != string(channels.Email) {
			continue
		}
		row := views.EmailAccountRow{ID: a.ID, Address: a.Address, DisplayName: a.DisplayName, Enabled: a.Enabled,
			LastError: a.LastError, DeleteHref: "/app/channels/email/" + strconv.FormatInt(a.ID, 10) + "/delete",
			Mode: tr(ctx, "email.mailbox"), SendsVia: tr(ctx, "email.sends_app")}
		if a.Setting("mode") == email.ModeForward {
			row.Mode, row.ForwardTo = tr(ctx, "email.mode_forwarded"), p.email.ForwardAddress(shop.ID, a.ID)
		}
		if a.Setting("smtp_host") != "" {
			row.SendsVia = tr(ctx, "email.sends_through", a.Setting("smtp_host"))
		}
		if a.LastMessageAt != nil {
			row.LastMessage = when(ctx, *a.LastMessageAt, loc)
		}
		if a.LastErrorAt != nil {
			row.LastErrorAt = when(ctx, *a.LastErrorAt, loc)
		}
		d.Accounts = append(d.Accounts, row)
	}
	return d, nil
}

// connectEmail saves a support address (POST /app/channels/email): the
// server settings in the account's settings, the URLs with passwords
// sealed. Connecting an address again updates it; an empty password keeps
// the stored one.
func (p *adminPages) connectEmail(c echo.Context) error {
	ctx := c.Request().Context()
	shop := ShopFrom(c)
	form, err := c.FormParams()
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, tr(c.Request().Context(), "err.unreadable_form")).SetInternal(err)
	}
	f := views.EmailChannelForm{Errors: views.Errors{}, ForwardingAvailable: p.email.InboundDomain != "" && p.email.SigningKey != ""}
	get := func(k string) string { return strings.TrimSpace(form.Get(k)) }
	f.Address, f.DisplayName, f.Mode = strings.ToLower(get("address")), get("display_name"), get("mode")
	f.IMAPHost, f.IMAPPort, f.IMAPUser, f.IMAPMailbox = get("imap_host"), get("imap_port"), get("imap_user"), get("imap_mailbox")
	f.SMTPHost, f.SMTPPort, f.SMTPUser = get("smtp_host"), get("smtp_port"), get("smtp_user")
	if a, err := mail.ParseAddress(f.Address); err != nil || a.Address != f.Address {
		f.Errors["address"] = tr(ctx, "email.err_address")
	}
	if f.IMAPMailbox == "" {
		f.IMAPMailbox = "INBOX"
	}

	// The stored account of this address, if any: its passwords are kept
	// when the form leaves them empty.
	var existing *db.ChannelAccount
	accts, err := p.store.ChannelAccounts(ctx, shop.ID)
	if err != nil {
		return err
	}
	for i := range accts {
		if accts[i].Channel == string(channels.Email) && accts[i].Address == f.Address {
			existing = &accts[i]
		}
	}
	var old email.Credentials
	if existing != nil {
		if old, err = email.OpenCredentials(p.box, existing); err != nil {
			return err
		}
	}
	creds := email.Credentials{}
	switch f.Mode {
	case email.ModeIMAP:
		creds.IMAPURL = serverURL(ctx, f.Errors, "imap", f.IMAPHost, f.IMAPPort, f.IMAPUser, form.Get("imap_password"), old.IMAPURL, "/"+f.IMAPMailbox)
	case email.ModeForward:
		if !f.ForwardingAvailable {
			f.Errors["mode"] = tr(ctx, "email.err_no_forwarding")
		}
	default:
		f.Errors["mode"] = tr(ctx, "email.err_mode")
	}
	if f.SMTPHost != "" {
		creds.SMTPURL = serverURL(ctx, f.Errors, "smtp", f.SMTPHost, f.SMTPPort, f.SMTPUser, form.Get("smtp_password"), old.SMTPURL, "")
		if creds.SMTPURL != "" {
			creds.SMTPURL += "?from=" + url.QueryEscape(f.Address)
		}
	}
	if f.Errors.Any() {
		d, err := p.emailData(c)
		if err != nil {
			return err
		}
		d.Form = f
		return render(c, http.StatusUnprocessableEntity, views.EmailChannel(p.page(c, tr(c.Request().Context(), "nav.email"), "email"), d))
	}
	acct := &db.ChannelAccount{ShopID: shop.ID, Channel: string(channels.Email), Address: f.Address,
		DisplayName: f.DisplayName, Enabled: true, Settings: db.NewJSON(map[string]string{
			"mode": f.Mode, "imap_host": f.IMAPHost, "smtp_host": f.SMTPHost})}
	if existing != nil {
		acct.ID = existing.ID
	}
	if err := email.SealCredentials(p.box, acct, creds); err != nil {
		return err
	}
	if err := p.store.SaveChannelAccount(ctx, acct); err != nil {
		return err
	}
	return p.seeOther(c, p.page(c, "", "").URL("/app/channels/email?saved=1"))
}

// serverURL builds imap(s):// or smtp(s):// from the form's fields: port
// 993/465 means implicit TLS, others STARTTLS. An empty password reuses
// the one in prev (the stored URL of the same account).
func serverURL(ctx context.Context, errs views.Errors, kind, host, port, user, password, prev, path string) string {
	prefix := kind + "_"
	if host == "" || strings.ContainsAny(host, "/@:?# ") {
		errs[prefix+"host"] = tr(ctx, "email.err_host", kind)
		return ""
	}
	n, err := strconv.Atoi(port)
	if err != nil || n < 1 || n > 65535 {
		errs[prefix+"port"] = tr(ctx, "email.err_port")
		return ""
	}
	if user == "" {
		errs[prefix+"user"] = tr(ctx, "email.err_user")
		return ""
	}
	if password == "" && prev != "" {
		if u, err := url.Parse(prev); err == nil && u.User != nil {
			password, _ = u.User.Password()
		}
	}
	if password == "" {
		errs[prefix+"password"] = tr(ctx, "email.err_password")
		return ""
	}
	scheme := kind
	if (kind == "imap" && n == 993) || (kind == "smtp" && n == 465) {
		scheme += "s"
	}
	u := url.URL{Scheme: scheme, User: url.UserPassword(user, password), Host: net.JoinHostPort(host, port), Path: path}
	return u.String()
}

// disconnectEmail removes a support address (POST
// /app/channels/email/:id/delete); another shop's id is a 404.
func (p *adminPages) disconnectEmail(c echo.Context) error {
	shop := ShopFrom(c)
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound, tr(c.Request().Context(), "err.not_found.email_account"))
	}
	acct, err := p.store.GetChannelAccount(c.Request().Context(), shop.ID, id)
	if err == nil && acct.Channel != string(channels.Email) {
		err = db.ErrNotFound
	}
	if err == nil {
		err = p.store.DeleteChannelAccount(c.Request().Context(), shop.ID, id)
	}
	if errors.Is(err, db.ErrNotFound) {
		return echo.NewHTTPError(http.StatusNotFound, tr(c.Request().Context(), "err.not_found.email_account"))
	}
	if err != nil {
		return err
	}
	return p.seeOther(c, p.page(c, "", "").URL("/app/channels/email"))
}

// emailViews lists an email conversation's mails for the transcript (none
// for other channels).
func (p *adminPages) emailViews(ctx context.Context, shop *db.Shop, cv *db.Conversation) ([]views.EmailView, error) {
	if cv.Channel != string(channels.Email) {
		return nil, nil
	}
	mails, err := p.store.ListEmailMessages(ctx, shop.ID, cv.ID)
	if err != nil {
		return nil, err
	}
	loc := shopLocation(shop)
	out := make([]views.EmailView, 0, len(mails))
	for _, m := range mails {
		v := views.EmailView{Direction: m.Direction, Address: m.Address, Subject: m.Subject, When: when(ctx, m.CreatedAt, loc),
			Text: m.FullText, Automatic: m.Automatic}
		for _, a := range m.Attachments.V {
			v.Attachments = append(v.Attachments, attachmentLine(a))
		}
		out = append(out, v)
	}
	return out, nil
}

// attachmentLine names an attachment: file name, type and size.
func attachmentLine(a map[string]any) string {
	name, _ := a["name"].(string)
	if name == "" {
		name = "(no name)"
	}
	ct, _ := a["content_type"].(string)
	size, _ := a["size"].(float64)
	s := name
	if ct != "" {
		s += " · " + ct
	}
	switch {
	case size >= 1<<20:
		s += " · " + strconv.FormatFloat(size/(1<<20), 'f', 1, 64) + " MB"
	case size > 0:
		s += " · " + strconv.FormatInt(int64(size+1023)/1024, 10) + " KB"
	}
	return s
}

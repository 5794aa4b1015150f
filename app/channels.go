package app

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/labstack/echo/v4"

	"shopassist/channels"
	"shopassist/channels/meta"
	"shopassist/channels/meta/metatest"
	"shopassist/db"
	"shopassist/views"
	"shopassist/views/adminlocale"
	"shopassist/webhooks"
)

// channelComponents are the channel router and the Meta webhook.
type channelComponents struct {
	meta *meta.Service
	// graph is the in-process fake Graph API of demo mode (nil otherwise).
	graph *metatest.Graph
}

// registerChannels builds the channel router on the assistant engine and
// the Meta channels (WhatsApp, Messenger, Instagram) on it. Demo mode
// sends to an in-process fake Graph API and signs with a derived secret.
func (a *App) registerChannels(ctx context.Context) error {
	a.channels = channels.NewRouter(a.store, a.engine, channels.Options{Logger: a.log, Now: a.now})
	client := &meta.Client{BaseURL: a.cfg.MetaGraphURL, Box: a.box}
	cc := &channelComponents{}
	if a.cfg.Demo() && a.cfg.MetaGraphURL == "" {
		cc.graph = metatest.NewGraph()
		cc.graph.Now = a.now
		client.BaseURL = "http://graph.demo.invalid"
		client.HTTP = &http.Client{Transport: metatest.Transport(cc.graph)}
	}
	a.channels.Register(channels.WhatsApp, &meta.WhatsApp{Client: client})
	a.channels.Register(channels.Messenger, &meta.Messenger{Client: client})
	a.channels.Register(channels.Instagram, &meta.Messenger{Client: client, Instagram: true})
	cc.meta = meta.NewService(a.store, a.channels, a.queue, meta.Config{
		AppSecrets:  []string{a.metaAppSecret(), a.cfg.MetaAppSecretPrevious},
		VerifyToken: a.metaVerifyToken(),
		Queue:       webhooks.Queue,
		Logger:      a.log,
		Now:         a.now,
	})
	// Job inserts are batched off the request path for the app's lifetime.
	cc.meta.Start(ctx)
	if err := cc.meta.Register(a.workers); err != nil {
		return err
	}
	if a.cfg.RunsWorkers() {
		for _, e := range cc.meta.Schedules() {
			if err := a.queue.Schedule(e); err != nil {
				return fmt.Errorf("meta: %w", err)
			}
		}
	}
	a.channelParts = cc
	if cc.graph != nil {
		if err := a.seedDemoChannels(ctx, cc.graph); err != nil {
			return fmt.Errorf("seed demo channels: %w", err)
		}
	}
	return nil
}

// Demo channel accounts: the business addresses of the demo store on each
// Meta channel, with tokens the fake Graph API accepts.
const (
	DemoWhatsAppPhoneID = "106540352242922"
	DemoPageID          = "104000000000001"
	DemoInstagramID     = "17841400000000001"
)

// seedDemoChannels connects the demo store's WhatsApp, Messenger and
// Instagram accounts once.
func (a *App) seedDemoChannels(ctx context.Context, graph *metatest.Graph) error {
	shop, err := a.store.GetShop(ctx, DemoShop)
	if err != nil {
		return err
	}
	have, err := a.store.ChannelAccounts(ctx, shop.ID)
	if err != nil {
		return err
	}
	for _, d := range []struct {
		ch       channels.Channel
		address  string
		name     string
		settings map[string]string
	}{
		{channels.WhatsApp, DemoWhatsAppPhoneID, "Summit & Sea (WhatsApp)", map[string]string{
			meta.SettingAgentTemplate: "agent_reply", meta.SettingDeliveryTemplate: "delivery_update"}},
		{channels.Messenger, DemoPageID, "Summit & Sea (Facebook page)", nil},
		{channels.Instagram, DemoInstagramID, "@summitandsea", nil},
	} {
		token := "demo-token-" + string(d.ch)
		graph.AllowToken(token, d.address)
		exists := false
		for _, h := range have {
			exists = exists || (h.Channel == string(d.ch) && h.Address == d.address)
		}
		if exists {
			continue
		}
		acct := &db.ChannelAccount{ShopID: shop.ID, Channel: string(d.ch), Address: d.address, DisplayName: d.name,
			Enabled: true, Settings: db.NewJSON(d.settings)}
		if err := meta.SealCredentials(a.box, acct, meta.Credentials{AccessToken: token}); err != nil {
			return err
		}
		if err := a.store.SaveChannelAccount(ctx, acct); err != nil && !errors.Is(err, db.ErrDuplicate) {
			return err
		}
	}
	return nil
}

// DemoGraph is demo mode's fake Graph API (nil outside demo mode).
func (a *App) DemoGraph() *metatest.Graph { return a.channelParts.graph }

// metaAppSecret is the Meta app secret; demo mode derives one from the
// encryption key, like the app-proxy secret.
func (a *App) metaAppSecret() string {
	if a.cfg.MetaAppSecret != "" || !a.cfg.Demo() {
		return a.cfg.MetaAppSecret
	}
	m := hmac.New(sha256.New, a.secretKey)
	m.Write([]byte("demo meta app"))
	return hex.EncodeToString(m.Sum(nil))
}

func (a *App) metaVerifyToken() string {
	if a.cfg.MetaVerifyToken != "" || !a.cfg.Demo() {
		return a.cfg.MetaVerifyToken
	}
	return "demo-verify-token"
}

// Channels exposes the channel router (tests, channel components).
func (a *App) Channels() *channels.Router { return a.channels }

// MetaWebhook exposes the Meta webhook service (tests, benchmark).
func (a *App) MetaWebhook() *meta.Service { return a.channelParts.meta }

// MetaAppSecret is the secret the Meta webhook checks (tests, demo).
func (a *App) MetaAppSecret() string { return a.metaAppSecret() }

// sendAgentReply stores an agent reply; on a channel conversation it is
// first delivered on that channel (and not stored when that fails).
func (p *adminPages) sendAgentReply(ctx context.Context, shopID int64, conversationID, text, language string) (*db.Message, error) {
	cv, err := p.store.GetConversation(ctx, shopID, conversationID)
	if err != nil {
		return nil, notFound(ctx, err, "err.not_found.conversation")
	}
	if cv.Channel == "" || cv.Channel == db.ChannelWeb {
		m, err := p.store.AddAgentReply(ctx, shopID, conversationID, text, language, p.now())
		if err != nil {
			return nil, notFound(ctx, err, "err.not_found.conversation")
		}
		return m, nil
	}
	m, err := p.channels.DeliverAgentReply(ctx, cv, text, language)
	label := channels.Channel(cv.Channel).Label()
	switch {
	case errors.Is(err, channels.ErrOutsideWindow):
		return nil, echo.NewHTTPError(http.StatusConflict, windowRefusal(ctx, label, err, p.now()))
	case errors.Is(err, channels.ErrNoAccount):
		return nil, echo.NewHTTPError(http.StatusConflict, tr(ctx, "ch.err_no_account", label))
	case errors.Is(err, channels.ErrSend):
		p.log.WarnContext(ctx, "channel agent reply not delivered", "conversation", conversationID, "channel", cv.Channel, "err", err)
		return nil, echo.NewHTTPError(http.StatusBadGateway, tr(ctx, "ch.err_send", label))
	case err != nil:
		return nil, err
	}
	return m, nil
}

// windowRefusal tells the agent why a reply was not sent, in the admin's
// language: when the shopper last wrote, the channel's rule, and what can
// be done.
func windowRefusal(ctx context.Context, label string, err error, now time.Time) string {
	var we *channels.WindowError
	if !errors.As(err, &we) {
		return tr(ctx, "ch.err_window_generic", label)
	}
	when := tr(ctx, "ch.not_written", label)
	if !we.LastInbound.IsZero() {
		when = tr(ctx, "ch.last_wrote", label, ago(ctx, now.Sub(we.LastInbound)), adminlocale.DateTime(ctx, we.LastInbound.UTC())+" UTC")
	}
	if we.NeedsTemplate {
		return when + " " + tr(ctx, "ch.err_needs_template", label, span(ctx, we.Limit))
	}
	return when + " " + tr(ctx, "ch.err_window", label, span(ctx, we.Limit))
}

// span writes a window length: "24 hours", "7 days".
func span(ctx context.Context, d time.Duration) string {
	if d >= 48*time.Hour && d%(24*time.Hour) == 0 {
		return adminlocale.N(ctx, "unit.days", int(d/(24*time.Hour)))
	}
	return adminlocale.N(ctx, "unit.hours", int(d/time.Hour))
}

// ago writes how long ago the shopper wrote: "3 days ago", "5 hours ago".
func ago(ctx context.Context, d time.Duration) string {
	switch {
	case d >= 48*time.Hour:
		return adminlocale.N(ctx, "ago.days", int(d/(24*time.Hour)))
	case d >= 2*time.Hour:
		return adminlocale.N(ctx, "ago.hours", int(d/time.Hour))
	}
	return tr(ctx, "ago.recently")
}

// channelOptions are the channel filter's choices, named in the admin's
// language.
func channelOptions(ctx context.Context) []views.Option {
	out := make([]views.Option, 0, len(channels.All))
	for _, c := range channels.All {
		out = append(out, views.Option{Value: string(c), Label: views.ChannelLabel(ctx, string(c))})
	}
	return out
}

// channelBadge labels a non-web conversation in the list.
func channelBadge(c string) string {
	if c == "" || c == db.ChannelWeb {
		return ""
	}
	return channels.Channel(c).Label()
}

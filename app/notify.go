package app

import (
	"context"
	"net/url"

	"github.com/riverqueue/river"

	"shopassist/db"
	"shopassist/notify"
)

// registerNotify wires the handoff email job: SMTP when SMTP_URL is set,
// otherwise the log (demo mode, local runs).
func (a *App) registerNotify() error {
	var mailer notify.Mailer = notify.LogMailer{Log: a.log}
	if a.cfg.SMTPURL != "" {
		m, err := notify.NewSMTP(a.cfg.SMTPURL)
		if err != nil {
			return err
		}
		mailer = m
	}
	river.AddWorker(a.workers, &notify.HandoffWorker{Store: a.store, Mailer: mailer, Link: a.conversationLink, Log: a.log})
	return nil
}

// conversationLink is where the merchant answers a conversation: the
// embedded admin inside Shopify, or this server's /app in demo mode.
func (a *App) conversationLink(shop *db.Shop, conversationID string) string {
	path := "/app/conversations/" + url.PathEscape(conversationID)
	if a.cfg.Demo() {
		return a.cfg.AppURL + path
	}
	return "https://" + shop.Domain + "/admin/apps/" + url.PathEscape(a.cfg.APIKey) + path
}

// notifyHandoff enqueues the merchant's email for a handed-off conversation.
// Unique by args, so later handoff replies in it add no mail. Failure is
// logged: the shopper's reply must not fail because of it.
func (a *App) notifyHandoff(ctx context.Context, shop *db.Shop, conversationID string) {
	if shop == nil || conversationID == "" {
		return
	}
	args := notify.HandoffArgs{ShopID: shop.ID, ConversationID: conversationID}
	if _, err := a.queue.Enqueue(ctx, args, &river.InsertOpts{UniqueOpts: river.UniqueOpts{ByArgs: true}}); err != nil {
		a.log.ErrorContext(ctx, "enqueue handoff notification", "shop", shop.Domain, "conversation", conversationID, "err", err)
	}
}

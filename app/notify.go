package app

import (
	"context"
	"fmt"
	"net/url"

	"github.com/riverqueue/river"

	"shopassist/db"
	"shopassist/flow"
	"shopassist/notify"
)

// registerNotify wires the handoff email job: SMTP when SMTP_URL is set,
// otherwise the log (demo mode, local runs). Delivery care sends on the
// same mailer.
func (a *App) registerNotify() error {
	var mailer notify.Mailer = notify.LogMailer{Log: a.log}
	if a.cfg.SMTPURL != "" {
		m, err := notify.NewSMTP(a.cfg.SMTPURL)
		if err != nil {
			return err
		}
		mailer = m
	}
	if err := a.registerDeliveryCare(mailer); err != nil {
		return fmt.Errorf("delivery care: %w", err)
	}
	river.AddWorker(a.workers, &notify.HandoffWorker{Store: a.store, Mailer: mailer, Link: a.conversationLink, Log: a.log})
	a.newEmailChannel(mailer)
	river.AddWorker(a.workers, &notify.ShopperReplyWorker{Store: a.store, Mailer: mailer, Link: a.shopperLink, Log: a.log,
		Threads: a.email})
	a.store.OnAgentReply(a.agentReplied)
	return nil
}

// agentReplied wakes the shopper's waiting widget at once and schedules
// the email for when the shopper has not seen the reply by then. Failure to
// schedule is logged: the reply itself is stored.
func (a *App) agentReplied(ctx context.Context, shopID int64, conversationID string, m *db.Message) {
	a.live.Notify(conversationID)
	args := notify.ShopperReplyArgs{ShopID: shopID, ConversationID: conversationID, MessageID: m.ID}
	if _, err := a.queue.Enqueue(ctx, args, &river.InsertOpts{ScheduledAt: m.CreatedAt.Add(notify.ShopperAway)}); err != nil {
		a.log.ErrorContext(ctx, "schedule shopper reply email", "conversation", conversationID, "err", err)
	}
}

// shopperLink reopens a conversation on the storefront: the widget opens
// itself when the link's conversation is the one this browser holds (the
// token never travels in an email).
func (a *App) shopperLink(shop *db.Shop, conversationID string) string {
	base := "https://" + shop.Domain + "/"
	if a.cfg.Demo() {
		base = a.cfg.AppURL + "/demo"
	}
	return base + "?shopassist_chat=" + url.QueryEscape(conversationID)
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
	// Every later shopper message while the team has not answered is a
	// follow-up, batched per conversation; the worker skips the batch when
	// the handoff email already covered it.
	args.FollowUp = true
	if _, err := a.queue.Enqueue(ctx, args, notify.FollowUpOpts(a.now())); err != nil {
		a.log.ErrorContext(ctx, "enqueue follow-up notification", "shop", shop.Domain, "conversation", conversationID, "err", err)
	}
	a.fireFlow(ctx, shop, flow.TriggerArgs{Handle: flow.HandleHandedOff, ConversationID: conversationID})
}

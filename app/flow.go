package app

import (
	"context"
	"net/http"

	"github.com/riverqueue/river"

	"shopassist/db"
	"shopassist/flow"
)

// registerFlow wires Shopify Flow: the trigger job (a real shop only: the
// demo store has no Admin API to call) fired on handoffs and at-risk
// deliveries.
func (a *App) registerFlow() {
	if a.cfg.Demo() {
		return
	}
	river.AddWorker(a.workers, &flow.TriggerWorker{Store: a.store, GQL: a.shopify, Tokens: a.tokens,
		Link: a.conversationLink, Log: a.log})
}

// flowAction is the "Send a message to the shopper" action endpoint (POST
// /flow/actions/send-shopper-message), signed by Flow with the app secret.
func (a *App) flowAction() http.Handler {
	h := &flow.ActionHandler{Store: a.store, Secrets: []string{a.cfg.APISecret, a.cfg.PreviousSecret}, Now: a.now, Log: a.log}
	if a.llm != nil {
		h.Translate = a.llm
	}
	return h
}

// fireFlow enqueues a Flow trigger; failure is logged, never returned: the
// shopper's reply or the webhook must not fail because of automation.
func (a *App) fireFlow(ctx context.Context, shop *db.Shop, args flow.TriggerArgs) {
	if a.cfg.Demo() {
		return
	}
	args.ShopID = shop.ID
	if _, err := a.queue.Enqueue(ctx, args, nil); err != nil {
		a.log.ErrorContext(ctx, "enqueue flow trigger", "shop", shop.Domain, "handle", args.Handle, "err", err)
	}
}

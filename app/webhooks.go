package app

import (
	"context"
	"fmt"

	"cloud.google.com/go/pubsub/v2"

	"shopassist/webhooks"
)

// registerWebhooks builds the webhook service, its workers and the
// reconciler schedule. The intake accepts webhooks signed with the current
// API secret or, during a rotation, the previous one.
func (a *App) registerWebhooks(ctx context.Context) error {
	svc, err := webhooks.New(a.store, a.queue, webhooks.Config{
		Secrets:    []string{a.cfg.APISecret, a.cfg.PreviousSecret},
		Registerer: a.metrics.reg,
		Queue:      webhooks.Queue,
		Now:        a.now,
		Logger:     a.log,
		// Read when an event is processed, after registerCatalog ran:
		// stock changes reach the knowledge index in seconds.
		InventoryChanged: func(ctx context.Context, shop string, itemID int64) error {
			if a.catalog == nil || a.catalog.service == nil {
				return nil
			}
			return a.catalog.service.RefreshInventory(ctx, shop, itemID)
		},
		// Collection membership likewise: collections/* carry no products.
		CollectionChanged: func(ctx context.Context, shop string, collectionID int64) error {
			if a.catalog == nil || a.catalog.service == nil {
				return nil
			}
			return a.catalog.service.RefreshCollection(ctx, shop, collectionID)
		},
	})
	if err != nil {
		return fmt.Errorf("webhooks: %w", err)
	}
	if err := svc.Register(a.workers); err != nil {
		return err
	}
	if a.cfg.RunsWorkers() {
		for _, e := range svc.Schedules() {
			if err := a.queue.Schedule(e); err != nil {
				return fmt.Errorf("webhooks: %w", err)
			}
		}
	}
	// Job inserts are batched off the request path for the app's lifetime
	// (ctx is the app's run context); see webhooks.Service.Start.
	svc.Start(ctx)
	a.webhooks = svc
	if a.cfg.WebhookPubSubSubscription != "" && a.cfg.RunsWorkers() {
		if err := a.startPubSub(ctx, svc); err != nil {
			return err
		}
	}
	return nil
}

// startPubSub pulls the webhooks Shopify delivers to Pub/Sub for the app's
// lifetime, beside the HTTPS intake (both may be live during a switch).
func (a *App) startPubSub(ctx context.Context, svc *webhooks.Service) error {
	client, err := pubsub.NewClient(ctx, a.cfg.PubSubProject())
	if err != nil {
		return fmt.Errorf("webhooks: pub/sub client: %w", err)
	}
	go func() {
		defer client.Close()
		if err := svc.ConsumePubSub(ctx, client.Subscriber(a.cfg.WebhookPubSubSubscription)); err != nil {
			a.log.Error("webhooks: pub/sub consumer stopped", "err", err)
		}
	}()
	a.log.Info("webhooks: pulling from pub/sub", "subscription", a.cfg.WebhookPubSubSubscription)
	return nil
}

// Webhooks exposes the webhook service (admin event log, replay, customer
// data exports; tests and the load benchmark).
func (a *App) Webhooks() *webhooks.Service { return a.webhooks }

package webhooks_test

import (
	"context"

	"strconv"
	"testing"
	"time"

	"cloud.google.com/go/pubsub/v2"
	pb "cloud.google.com/go/pubsub/v2/apiv1/pubsubpb"
	"cloud.google.com/go/pubsub/v2/pstest"
	"google.golang.org/api/option"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"shopassist/db"
	"shopassist/db/dbtest"
	"shopassist/shopify"
)

// TestPubSubDelivery consumes Shopify webhooks from a Pub/Sub subscription
// served by the Go client's in-process fake: accepted messages are stored
// once and processed like HTTPS deliveries; duplicates, bad signatures and
// malformed messages are acked without storing; a shop whose install has
// not committed yet is nacked and stored on redelivery.
func TestPubSubDelivery(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		e := newTestEnv(t, store, envOptions{workers: true})
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()

		srv := pstest.NewServer()
		t.Cleanup(func() { _ = srv.Close() })
		conn, err := grpc.NewClient(srv.Addr, grpc.WithTransportCredentials(insecure.NewCredentials()))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = conn.Close() })
		client, err := pubsub.NewClient(ctx, "shop-app", option.WithGRPCConn(conn))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = client.Close() })
		topic := "projects/shop-app/topics/shopify-webhooks"
		subName := "projects/shop-app/subscriptions/app"
		if _, err := client.TopicAdminClient.CreateTopic(ctx, &pb.Topic{Name: topic}); err != nil {
			t.Fatal(err)
		}
		if _, err := client.SubscriptionAdminClient.CreateSubscription(ctx, &pb.Subscription{Name: subName, Topic: topic,
			AckDeadlineSeconds: 10}); err != nil {
			t.Fatal(err)
		}
		consumed := make(chan error, 1)
		go func() { consumed <- e.svc.ConsumePubSub(ctx, client.Subscriber(subName)) }()

		seq := 0
		publish := func(shop string, body []byte, mutate func(map[string]string)) string {
			seq++
			id := "ps-" + strconv.Itoa(seq) + "-" + string(store.Dialect())
			attrs := map[string]string{
				// Shopify's attribute spelling differs in case from the
				// HTTPS headers in places; both must be read.
				"X-Shopify-Topic": "orders/create", "X-Shopify-Shop-Domain": shop, "X-Shopify-Webhook-Id": id,
				"X-Shopify-API-Version": shopify.DefaultAPIVersion, "X-Shopify-Hmac-SHA256": shopify.WebhookHMAC(body, secret),
				"X-Shopify-Triggered-At": time.Now().UTC().Format(time.RFC3339Nano),
			}
			if mutate != nil {
				mutate(attrs)
			}
			srv.Publish(topic, body, attrs)
			return id
		}
		stored := func(webhookID string) int {
			return count(t, store, "SELECT COUNT(*) FROM webhook_events WHERE webhook_id = $1", webhookID)
		}
		waitStored := func(webhookID string) int64 {
			t.Helper()
			deadline := time.Now().Add(15 * time.Second)
			for stored(webhookID) == 0 {
				if time.Now().After(deadline) {
					t.Fatalf("message %s not stored", webhookID)
				}
				time.Sleep(20 * time.Millisecond)
			}
			return e.eventID(t, webhookID)
		}

		order := fixture(t, "orders_create.json")
		ok := publish(shopDomain, order, nil)
		e.waitStatus(t, waitStored(ok), db.EventProcessed)

		// A redelivered message (same webhook id) is stored once.
		publish(shopDomain, order, func(a map[string]string) { a["X-Shopify-Webhook-Id"] = ok })
		badSig := publish(shopDomain, order, func(a map[string]string) { a["X-Shopify-Hmac-SHA256"] = shopify.WebhookHMAC(order, "wrong") })
		noTopic := publish(shopDomain, order, func(a map[string]string) { delete(a, "X-Shopify-Topic") })
		notJSON := publish(shopDomain, []byte("{not json"), nil)

		// A shop that is not installed yet: nacked, then stored once the
		// install commits and Pub/Sub redelivers.
		late := "late-install.myshopify.com"
		early := publish(late, order, nil)
		time.Sleep(300 * time.Millisecond)
		if stored(early) != 0 {
			t.Fatal("event of an unknown shop stored")
		}
		install(t, store, late)
		waitStored(early)

		// Everything else was acked: once the fake holds no outstanding
		// message, none of the rejected ones was stored.
		deadline := time.Now().Add(15 * time.Second)
		for {
			pending := 0
			for _, m := range srv.Messages() {
				if m.Acks == 0 {
					pending++
				}
			}
			if pending == 0 {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("%d messages never acked", pending)
			}
			time.Sleep(20 * time.Millisecond)
		}
		if n := stored(ok); n != 1 {
			t.Errorf("duplicate stored %d times", n)
		}
		for name, id := range map[string]string{"bad signature": badSig, "no topic": noTopic, "not JSON": notJSON} {
			if stored(id) != 0 {
				t.Errorf("%s: stored", name)
			}
		}
		cancel()
		if err := <-consumed; err != nil {
			t.Fatalf("consume: %v", err)
		}
	})
}

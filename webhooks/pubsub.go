package webhooks

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"cloud.google.com/go/pubsub/v2"

	"shopassist/shopify"
)

// Shopify can deliver webhooks to a Google Cloud Pub/Sub topic instead of
// HTTPS (a `pubsub://project:topic` uri in shopify.app.toml): a flash sale's
// burst then waits in Pub/Sub rather than in Shopify's retry queue, and the
// app pulls at its own pace. Each message carries the payload as its data
// and the HTTPS headers (X-Shopify-Topic, X-Shopify-Shop-Domain,
// X-Shopify-Webhook-Id, X-Shopify-Hmac-SHA256, …) as attributes. The same
// intake as POST /webhooks stores and dedupes it; on AWS, EventBridge is the
// equivalent (docs/architecture.md).

// PubSubReceiver is the part of *pubsub.Subscriber the consumer uses.
type PubSubReceiver interface {
	Receive(ctx context.Context, f func(context.Context, *pubsub.Message)) error
}

// ConsumePubSub pulls webhook messages until ctx ends. A message is acked
// once its event row is committed (or it is a duplicate, or it can never
// be stored: bad signature, malformed); it is nacked — Pub/Sub redelivers
// it with backoff — when the database is unavailable or the shop is not
// installed yet (an install still committing), like a non-2xx on HTTPS.
func (s *Service) ConsumePubSub(ctx context.Context, sub PubSubReceiver) error {
	err := sub.Receive(ctx, func(ctx context.Context, m *pubsub.Message) {
		if s.handlePubSub(ctx, m.Attributes, m.Data) {
			m.Ack()
		} else {
			m.Nack()
		}
	})
	if err != nil && !errors.Is(err, context.Canceled) {
		return fmt.Errorf("pub/sub webhook subscription: %w", err)
	}
	return nil
}

// handlePubSub takes one message and reports whether to ack it.
func (s *Service) handlePubSub(ctx context.Context, attrs map[string]string, data []byte) bool {
	header := attributeReader(attrs)
	if int64(len(data)) > s.cfg.MaxBody {
		s.metrics.received.WithLabelValues("too_large").Inc()
		s.log.Warn("webhook pub/sub: message over the size cap dropped", "bytes", len(data))
		return true
	}
	// The subscription is authenticated by Google (only Shopify's service
	// account may publish to the topic); the HMAC attribute, when Shopify
	// sends it, must still match, so a mis-wired topic cannot inject events.
	if sig := header(HeaderHMAC); sig != "" {
		if err := shopify.VerifyWebhookHMAC(data, sig, s.cfg.Secrets...); err != nil {
			s.metrics.received.WithLabelValues("unauthorized").Inc()
			s.log.Warn("webhook pub/sub: invalid hmac, message dropped", "topic", header(HeaderTopic))
			return true
		}
	}
	code, result, _ := s.accept(ctx, header, data)
	s.metrics.received.WithLabelValues(result).Inc()
	return code != http.StatusServiceUnavailable && code != http.StatusNotFound
}

// attributeReader reads message attributes by header name, ignoring case
// (Shopify documents the attributes with the headers' spelling).
func attributeReader(attrs map[string]string) func(string) string {
	lower := make(map[string]string, len(attrs))
	for k, v := range attrs {
		lower[strings.ToLower(k)] = v
	}
	return func(name string) string { return lower[strings.ToLower(name)] }
}

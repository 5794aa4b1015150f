package webhooks

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"time"

	"shopassist/db"
	"shopassist/shopify"
)

// Shopify's webhook headers.
const (
	HeaderHMAC        = "X-Shopify-Hmac-Sha256"
	HeaderTopic       = "X-Shopify-Topic"
	HeaderShop        = "X-Shopify-Shop-Domain"
	HeaderWebhookID   = "X-Shopify-Webhook-Id"
	HeaderEventID     = "X-Shopify-Event-Id"
	HeaderTriggeredAt = "X-Shopify-Triggered-At"
	HeaderAPIVersion  = "X-Shopify-API-Version"
)

// topicRE accepts Shopify topic names ("orders/create",
// "customers/data_request", "app_subscriptions/update").
var topicRE = regexp.MustCompile(`^[a-z][a-z_]{0,63}/[a-z][a-z_]{0,63}$`)

// maxHeaderValue bounds the ids and version we store.
const maxHeaderValue = 255

// afterUninstall are the topics a shop still sends once the app is gone:
// the uninstall itself and the privacy-law requests (shop/redact arrives 48 h
// after uninstalling).
var afterUninstall = map[string]bool{
	TopicAppUninstalled:       true,
	TopicShopRedact:           true,
	TopicCustomersRedact:      true,
	TopicCustomersDataRequest: true,
}

// intakeResult labels the intake outcomes in metrics and response bodies.
const (
	resultAccepted  = "accepted"
	resultDuplicate = "duplicate"
	resultIgnored   = "ignored"
	resultNoData    = "no_data"
)

// ServeHTTP is POST /webhooks. Status codes, in the order the checks run:
//   - 413 body over the cap (Content-Length or actual size);
//   - 401 missing or wrong HMAC (checked against the raw body before anything
//     in it or in the other headers is trusted);
//   - 400 missing/malformed topic, shop or webhook id header, or a body that
//     is not JSON, or (app/uninstalled and the compliance topics) a body
//     naming another shop than the header; 415 a declared content type
//     other than JSON;
//   - 404 a shop that never installed the app, for ordinary topics: Shopify
//     retries non-2xx for 48 h, which lets a webhook racing the end of an
//     install succeed later instead of being dropped;
//   - 200 for compliance topics and app/uninstalled of an unknown shop
//     (nothing is held, so the request is already fulfilled) and for ordinary topics of an uninstalled shop
//     (retrying could never help; shop/redact will delete the data anyway),
//     both without storing anything;
//   - 200 duplicate webhook id (already stored, not processed again);
//   - 200 accepted: stored; its job is enqueued before answering, or right
//     after by the batcher once Start ran (the reconciler covers a crash
//     in between);
//   - 503 only when the database cannot store the event, so Shopify retries.
func (s *Service) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		s.reply(w, http.StatusMethodNotAllowed, "rejected", "method not allowed")
		return
	}
	if r.ContentLength > s.cfg.MaxBody {
		s.reply(w, http.StatusRequestEntityTooLarge, "too_large", "body too large")
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.cfg.MaxBody))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			s.reply(w, http.StatusRequestEntityTooLarge, "too_large", "body too large")
			return
		}
		s.reply(w, http.StatusBadRequest, "bad_request", "unreadable body")
		return
	}
	if err := shopify.VerifyWebhookHMAC(body, r.Header.Get(HeaderHMAC), s.cfg.Secrets...); err != nil {
		s.reply(w, http.StatusUnauthorized, "unauthorized", "invalid hmac")
		return
	}
	if ct := r.Header.Get("Content-Type"); ct != "" {
		if mt, _, err := mime.ParseMediaType(ct); err != nil || mt != "application/json" {
			s.reply(w, http.StatusUnsupportedMediaType, "bad_request", "content type must be application/json")
			return
		}
	}
	code, result, msg := s.accept(r.Context(), r.Header.Get, body)
	s.reply(w, code, result, msg)
}

// accept checks a delivery whose signature was verified (headers of an
// HTTPS request, or attributes of a Pub/Sub message, read through header),
// stores it and enqueues its processing. The status code says what
// happened in HTTP terms (see ServeHTTP); both transports map it.
func (s *Service) accept(ctx context.Context, header func(string) string, body []byte) (code int, result, msg string) {
	topic := strings.TrimSpace(header(HeaderTopic))
	shop := strings.ToLower(strings.TrimSpace(header(HeaderShop)))
	webhookID := strings.TrimSpace(header(HeaderWebhookID))
	switch {
	case !topicRE.MatchString(topic):
		return http.StatusBadRequest, "bad_request", "missing or malformed " + HeaderTopic
	case !shopify.ValidShopDomain(shop):
		return http.StatusBadRequest, "bad_request", "missing or malformed " + HeaderShop
	case webhookID == "" || len(webhookID) > maxHeaderValue:
		return http.StatusBadRequest, "bad_request", "missing or malformed " + HeaderWebhookID
	}
	if !json.Valid(body) {
		return http.StatusBadRequest, "bad_request", "body is not valid JSON"
	}
	if err := checkPayloadShop(topic, shop, body); err != nil {
		s.log.Warn("webhook intake: rejected", "shop", shop, "topic", topic, "err", err)
		return http.StatusBadRequest, "shop_mismatch", errPayloadShop.Error()
	}
	state, err := s.shopState(ctx, shop)
	if err != nil {
		s.log.Error("webhook intake: look up shop", "shop", shop, "err", err)
		return http.StatusServiceUnavailable, "error", "temporarily unavailable"
	}
	switch {
	case state == shopUnknown && afterUninstall[topic]:
		return http.StatusOK, resultNoData, resultNoData
	case state == shopUnknown:
		return http.StatusNotFound, "unknown_shop", "shop not installed"
	case state == shopUninstalled && !afterUninstall[topic]:
		return http.StatusOK, resultIgnored, resultIgnored
	}
	ev := &db.WebhookEvent{
		Shop:        shop,
		WebhookID:   webhookID,
		EventID:     clip(header(HeaderEventID)),
		Topic:       topic,
		APIVersion:  clip(header(HeaderAPIVersion)),
		TriggeredAt: parseTriggeredAt(header(HeaderTriggeredAt)),
		Payload:     body,
		ReceivedAt:  s.now().UTC(),
	}
	if err := s.storeEvent(ctx, ev); err != nil {
		if errors.Is(err, db.ErrDuplicate) {
			return http.StatusOK, resultDuplicate, resultDuplicate
		}
		s.log.Error("webhook intake: store event", "shop", shop, "topic", topic, "err", err)
		return http.StatusServiceUnavailable, "error", "temporarily unavailable"
	}
	if err := s.enqueueAfterAck(ctx, ev.ID, ev.Topic); err != nil {
		// The event is stored: the reconciler enqueues it later. Failing
		// the delivery would only make Shopify send a duplicate.
		s.log.Warn("webhook intake: enqueue failed, reconciler will retry", "event", ev.ID, "err", err)
	}
	return http.StatusOK, resultAccepted, resultAccepted
}

func (s *Service) reply(w http.ResponseWriter, code int, result, msg string) {
	s.metrics.received.WithLabelValues(result).Inc()
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	key := "status"
	if code >= 400 {
		key = "error"
	}
	_, _ = io.WriteString(w, `{"`+key+`":`+strconv.Quote(msg)+"}\n")
}

func clip(s string) string {
	s = strings.TrimSpace(s)
	if len(s) > maxHeaderValue {
		return s[:maxHeaderValue]
	}
	return s
}

// parseTriggeredAt reads X-Shopify-Triggered-At; it is informational (and
// orders uninstall against reinstall), so a malformed value is dropped
// rather than failing the delivery.
func parseTriggeredAt(v string) *time.Time {
	v = strings.TrimSpace(v)
	if v == "" {
		return nil
	}
	t, err := time.Parse(time.RFC3339Nano, v)
	if err != nil {
		return nil
	}
	u := t.UTC()
	return &u
}

// shopState is what the intake needs to know about a shop.
type shopState int

const (
	shopUnknown shopState = iota
	shopInstalled
	shopUninstalled
)

// shopState reads the shop from the cache, which spares the intake a query
// per webhook. A stale installed entry only lets an extra event in, which
// the processor then skips (it re-reads the shop in its transaction); a
// stale uninstalled one would drop the events of a shop reinstalled within
// the TTL, so that state is read again from the database before an event
// is ignored (Shopify sends few webhooks to an uninstalled shop).
func (s *Service) shopState(ctx context.Context, domain string) (shopState, error) {
	shop, err := s.shops.Get(ctx, domain)
	if err == nil && !shop.Installed() {
		s.shops.Forget(domain)
		shop, err = s.shops.Get(ctx, domain)
	}
	switch {
	case errors.Is(err, db.ErrNotFound):
		return shopUnknown, nil
	case err != nil:
		return shopUnknown, err
	case shop.Installed():
		return shopInstalled, nil
	}
	return shopUninstalled, nil
}

package webhooks_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"shopassist/db"
	"shopassist/db/dbtest"
	"shopassist/webhooks"
)

// FuzzProcess delivers signed bodies for every subscribed topic and applies
// each stored event as its last job attempt would. Invariants: no panic
// escapes, the event never stays "received" (processed, skipped, or failed
// with a storable error text), and the error handed to River is storable.
// Seeds: every poison mutation of a few topics (poison_test.go) and the
// corpus in testdata/fuzz/FuzzProcess.
func FuzzProcess(f *testing.F) {
	store := dbtest.Open(f)
	svc, err := webhooks.New(store, nopEnqueuer{}, webhooks.Config{Secrets: []string{secret}, Logger: quiet,
		ShopCacheTTL: time.Nanosecond})
	if err != nil {
		f.Fatal(err)
	}
	topics := subscribedTopics(f)
	for i, topic := range topics {
		if i%4 != 0 {
			continue
		}
		for _, body := range poisonCases(f, topic) {
			f.Add(uint8(i), body)
		}
	}
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, topicIdx uint8, body []byte) {
		topic := topics[int(topicIdx)%len(topics)]
		install(t, store, shopDomain) // app/uninstalled and shop/redact end it
		req := signedRequest(topic, shopDomain, body)
		rec := httptest.NewRecorder()
		svc.ServeHTTP(rec, req)
		if rec.Code >= 500 {
			t.Fatalf("%s: status %d", topic, rec.Code)
		}
		if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "accepted") {
			return
		}
		var id int64
		queryRow(t, store, "SELECT id FROM webhook_events WHERE webhook_id = $1",
			[]any{req.Header.Get(webhooks.HeaderWebhookID)}, &id)
		aerr := svc.Apply(ctx, id, true)
		if aerr != nil && !storable(aerr.Error()) {
			t.Fatalf("%s: error for River is not storable: %q", topic, aerr.Error())
		}
		ev, err := store.GetWebhookEvent(ctx, shopDomain, id)
		if errors.Is(err, db.ErrNotFound) {
			return // shop/redact deletes the shop's events
		}
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case ev.Status == db.EventReceived:
			t.Fatalf("%s: event left received after its last attempt (err %v)", topic, aerr)
		case ev.Status == db.EventFailed && ev.LastError == "":
			t.Fatalf("%s: failed without an error text", topic)
		case !storable(ev.LastError):
			t.Fatalf("%s: unstorable error text %q", topic, ev.LastError)
		}
	})
}

func storable(s string) bool { return utf8.ValidString(s) && !strings.ContainsRune(s, 0) }

package app_test

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"shopassist/app"
	"shopassist/app/config"
	"shopassist/db/dbtest"
	"shopassist/shopify/shopifytest"
)

// syncBuffer is a log sink safe for the app's concurrent loggers.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// TestHandoffLogsNoPersonalData runs a whole handoff with SMTP_URL unset —
// install, a shopper giving name, email and phone and asking for a human,
// the notification job emailing the merchant through the log mailer — with
// every log line captured at debug level: the mail is logged by recipient
// and subject, and no line holds the shopper's contact data or words.
func TestHandoffLogsNoPersonalData(t *testing.T) {
	now := time.Now()
	fake := shopifytest.New(shopifytest.Options{APIKey: apiKey, APISecret: apiSecret, Expiring: true,
		Now: func() time.Time { return now }})
	t.Cleanup(fake.Close)
	fake.SetShop(shopName, shopifytest.ShopData{Name: "North Star Goods", Email: "owner@example.com", CurrencyCode: "EUR"})
	cfg, err := config.Load(func(k string) string {
		return map[string]string{
			"SHOPIFY_API_KEY": apiKey, "SHOPIFY_API_SECRET": apiSecret, "APP_URL": "https://app.example.com",
			"ENCRYPTION_KEY": encKey, "SHOPIFY_ADMIN_URL": fake.URL, "DATA_DIR": t.TempDir(),
			"WORKERS": "1", "WEBHOOK_WORKERS": "1",
		}[k]
	})
	if err != nil {
		t.Fatal(err)
	}
	logs := &syncBuffer{}
	store := dbtest.Open(t)
	a, err := app.New(context.Background(), cfg, app.Options{Store: store, Now: func() time.Time { return now },
		Logger: slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	if err := a.StartWorkers(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		sctx, scancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer scancel()
		_ = a.Close(sctx)
	})
	e := &env{app: a, fake: fake, store: store, now: now}
	installShop(t, e)
	shop, err := store.GetShop(ctx, shopName)
	if err != nil {
		t.Fatal(err)
	}
	st := shop.Settings.V
	st.Handoff.NotifyEmail = "help@north-star.example"
	if err := store.SaveSettings(ctx, shop.ID, st); err != nil {
		t.Fatal(err)
	}

	personal := []string{"Jane Roe", "jane.roe@example.com", "7700 900123", "7700900123", "Baker Street", "cracked screen"}
	var conv struct {
		ID      string `json:"conversation_id"`
		Token   string `json:"conversation_token"`
		Handoff bool   `json:"handoff"`
	}
	for _, msg := range []string{
		"Hi, I'm Jane Roe from 221B Baker Street, my phone arrived with a cracked screen",
		"my email is jane.roe@example.com and phone +44 7700 900123",
		"I want to talk to a human, please",
	} {
		body, _ := json.Marshal(map[string]string{"message": msg, "locale": "en",
			"conversation_id": conv.ID, "conversation_token": conv.Token})
		rec := e.do(t, proxyReq(t, http.MethodPost, "/proxy/chat", string(body), now, nil, nil))
		if rec.Code != http.StatusOK {
			t.Fatalf("chat %q: %d %s", msg, rec.Code, rec.Body)
		}
		if err := json.Unmarshal(rec.Body.Bytes(), &conv); err != nil {
			t.Fatal(err)
		}
	}
	if !conv.Handoff {
		t.Fatal("the conversation was not handed off")
	}
	deadline := time.Now().Add(20 * time.Second)
	for !strings.Contains(logs.String(), "SMTP_URL not set") {
		if time.Now().After(deadline) {
			t.Fatalf("handoff email never logged; logs:\n%s", logs)
		}
		time.Sleep(50 * time.Millisecond)
	}
	out := logs.String()
	var mailLine map[string]any
	for _, line := range strings.Split(out, "\n") {
		if strings.Contains(line, "SMTP_URL not set") {
			if err := json.Unmarshal([]byte(line), &mailLine); err != nil {
				t.Fatal(err)
			}
		}
	}
	if mailLine["to"] != "help@north-star.example" || !strings.HasPrefix(mailLine["subject"].(string), "Shopper needs help") {
		t.Errorf("mail log line lacks recipient or subject: %v", mailLine)
	}
	if _, ok := mailLine["body"]; ok {
		t.Error("mail body logged")
	}
	for _, p := range personal {
		if strings.Contains(strings.ToLower(out), strings.ToLower(p)) {
			t.Errorf("logs contain %q", p)
		}
	}
}

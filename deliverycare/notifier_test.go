package deliverycare_test

import (
	"context"
	"errors"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"shopassist/assistant/lang"
	"shopassist/db"
	"shopassist/db/dbtest"
	"shopassist/deliverycare"
)

// scriptedMailer fails with err (naming the recipient, as SMTP errors do)
// or records the mail.
type scriptedMailer struct {
	mu   sync.Mutex
	err  error
	sent []string // recipients
}

func (m *scriptedMailer) Send(_ context.Context, to, _, _ string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.err != nil {
		return errors.Join(m.err, errors.New("550 mailbox unavailable: "+to))
	}
	m.sent = append(m.sent, to)
	return nil
}

// scriptedChannel answers SendNotice with ok/err and records the text.
type scriptedChannel struct {
	ok    bool
	err   error
	texts []string
}

func (c *scriptedChannel) SendNotice(_ context.Context, _ *db.Shop, _ *db.Order, text string) (bool, error) {
	c.texts = append(c.texts, text)
	return c.ok, c.err
}

// careSetup is one shop with one order of one in-transit fulfillment and a
// late risk on it.
type careSetup struct {
	store *db.Store
	shop  *db.Shop
	order *db.Order
	risk  db.ShipmentRisk
}

func newCareSetup(t *testing.T, email, locale string) careSetup {
	t.Helper()
	ctx := context.Background()
	store := dbtest.Open(t)
	shop, err := store.SaveInstall(ctx, "care.myshopify.com", db.ShopTokens{AccessTokenEnc: []byte("x")})
	if err != nil {
		t.Fatal(err)
	}
	t0 := time.Date(2026, 10, 1, 8, 0, 0, 0, time.UTC)
	o := &db.Order{ShopID: shop.ID, ShopifyID: 501, Name: "#1501", OrderNumber: 1501, Email: email, CustomerLocale: locale,
		ShopifyCreatedAt: &t0, ShopifyUpdatedAt: &t0,
		Fulfillments: []db.Fulfillment{{ShopifyID: 601, Status: "success", ShipmentStatus: "in_transit",
			TrackingURLs: db.NewJSON([]string{"https://track.example/601"}), ShopifyCreatedAt: &t0, ShopifyUpdatedAt: &t0}}}
	if _, err := store.UpsertOrder(ctx, o); err != nil {
		t.Fatal(err)
	}
	stored, err := store.GetOrderByNumber(ctx, shop.ID, 1501)
	if err != nil {
		t.Fatal(err)
	}
	est := t0.Add(48 * time.Hour)
	r := &db.ShipmentRisk{ShopID: shop.ID, OrderID: stored.ID, FulfillmentID: stored.Fulfillments[0].ID, Kind: deliverycare.KindLate,
		EventKey: "2026-10-03", EstimateAt: &est}
	if _, err := store.RecordShipmentRisk(ctx, r); err != nil {
		t.Fatal(err)
	}
	return careSetup{store: store, shop: shop, order: stored, risk: *r}
}

// TestNotifierDecisions pins what happens to one notice in each situation
// the notifier can meet: who is told, which status is recorded, and that
// a failure keeps the notice pending without leaking the shopper's
// address into the error the admin shows.
func TestNotifierDecisions(t *testing.T) {
	const email = "ana.lopez@example.com"
	tests := []struct {
		name       string
		email      string
		prepare    func(t *testing.T, c careSetup)
		mailErr    error
		channel    *scriptedChannel
		wantSent   bool
		wantErr    bool
		wantStatus string
		wantMails  int
		wantInErr  string // substring of the recorded notice error
		wantOnRisk bool
	}{
		{name: "email goes out", email: email, wantSent: true, wantStatus: db.NoticeSent, wantMails: 1, wantOnRisk: true},
		{name: "no email and no channel", wantStatus: db.NoticeNoEmail, wantOnRisk: true},
		{name: "merchant turned notices off", email: email, wantStatus: db.NoticeOff, wantOnRisk: true,
			prepare: func(t *testing.T, c careSetup) {
				st := c.shop.Settings.V
				st.DeliveryCare.NoticesOff = true
				if err := c.store.SaveSettings(context.Background(), c.shop.ID, st); err != nil {
					t.Fatal(err)
				}
			}},
		{name: "shopper unsubscribed from this order", email: email, wantStatus: db.NoticeUnsubscribed, wantOnRisk: true,
			prepare: func(t *testing.T, c careSetup) {
				// Unsubscribing after the risk was queued: the notifier must
				// still respect it.
				if err := c.store.UnsubscribeOrderCare(context.Background(), c.shop.ID, c.order.ID, time.Now()); err != nil {
					t.Fatal(err)
				}
				if err := c.store.ResendRisk(context.Background(), c.shop.ID, c.risk.ID); err != nil {
					t.Fatal(err)
				}
			}},
		{name: "app uninstalled: nothing goes out, no Flow trigger", email: email, wantStatus: db.NoticeOff,
			prepare: func(t *testing.T, c careSetup) {
				if err := c.store.MarkUninstalled(context.Background(), c.shop.Domain); err != nil {
					t.Fatal(err)
				}
			}},
		{name: "mail server refuses: retried later, address hidden", email: email, mailErr: errors.New("smtp"),
			wantErr: true, wantStatus: db.NoticePending, wantInErr: "[shopper email]", wantOnRisk: true},
		{name: "channel only (no email on the order)", channel: &scriptedChannel{ok: true}, wantSent: true,
			wantStatus: db.NoticeSent, wantOnRisk: true},
		{name: "channel told them, the email failed: not retried", email: email, mailErr: errors.New("smtp"),
			channel: &scriptedChannel{ok: true}, wantSent: true, wantStatus: db.NoticeSent, wantInErr: "email: ", wantOnRisk: true},
		{name: "channel failed, the email still goes", email: email, channel: &scriptedChannel{err: errors.New("window closed")},
			wantSent: true, wantStatus: db.NoticeSent, wantMails: 1, wantInErr: "channel: window closed", wantOnRisk: true},
		{name: "channel declined and no email", channel: &scriptedChannel{ok: false}, wantStatus: db.NoticeNoEmail, wantOnRisk: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			c := newCareSetup(t, tt.email, "es")
			if tt.prepare != nil {
				tt.prepare(t, c)
			}
			risk, err := c.store.GetShipmentRisk(ctx, c.shop.ID, c.risk.ID)
			if err != nil {
				t.Fatal(err)
			}
			mailer := &scriptedMailer{err: tt.mailErr}
			onRisk := 0
			n := &deliverycare.Notifier{Store: c.store, Mailer: mailer, Signer: deliverycare.Signer{Key: []byte("k"), BaseURL: "https://app.example"},
				OnRisk: func(context.Context, *db.Shop, *db.Order, db.ShipmentRisk) { onRisk++ }, Log: quiet,
				Now: func() time.Time { return time.Date(2026, 10, 5, 9, 0, 0, 0, time.UTC) }}
			if tt.channel != nil {
				n.Channels = tt.channel
			}
			sent, err := n.Send(ctx, *risk)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tt.wantErr)
			}
			if err != nil && strings.Contains(err.Error(), tt.email) {
				t.Errorf("returned error names the shopper: %v", err)
			}
			if sent != tt.wantSent {
				t.Errorf("sent = %v, want %v", sent, tt.wantSent)
			}
			if len(mailer.sent) != tt.wantMails {
				t.Errorf("mails = %v, want %d", mailer.sent, tt.wantMails)
			}
			if (onRisk == 1) != tt.wantOnRisk || onRisk > 1 {
				t.Errorf("OnRisk ran %d times, want once=%v", onRisk, tt.wantOnRisk)
			}
			got, _ := c.store.GetShipmentRisk(ctx, c.shop.ID, c.risk.ID)
			if got.NoticeStatus != tt.wantStatus {
				t.Errorf("status = %q, want %q", got.NoticeStatus, tt.wantStatus)
			}
			if tt.wantInErr != "" && !strings.Contains(got.NoticeError, tt.wantInErr) {
				t.Errorf("notice error = %q, want it to contain %q", got.NoticeError, tt.wantInErr)
			}
			if strings.Contains(got.NoticeError, "ana.lopez") {
				t.Errorf("notice error stored the shopper's address: %q", got.NoticeError)
			}
			if got.NoticeStatus == db.NoticeSent && (got.NoticeSentAt == nil || got.NoticeLang != "es") {
				t.Errorf("sent notice: lang %q sent at %v", got.NoticeLang, got.NoticeSentAt)
			}
			if tt.channel != nil && len(tt.channel.texts) == 1 && !strings.Contains(tt.channel.texts[0], "#1501") {
				t.Errorf("channel text %q does not name the order", tt.channel.texts[0])
			}
			// A second worker that listed the same pending row sends nothing
			// more, unless the notice was left pending for a retry.
			mails := len(mailer.sent)
			again, _ := n.Send(ctx, *risk)
			if got.NoticeStatus != db.NoticePending && (again || len(mailer.sent) != mails) {
				t.Errorf("a second worker sent the %s notice again", got.NoticeStatus)
			}
		})
	}
}

// TestNotifierResolvedRiskIsNotSent: a parcel delivered between detection
// and sending needs no apology.
func TestNotifierResolvedRiskIsNotSent(t *testing.T) {
	ctx := context.Background()
	c := newCareSetup(t, "bo@example.com", "de")
	mailer := &scriptedMailer{}
	n := &deliverycare.Notifier{Store: c.store, Mailer: mailer, Log: quiet}
	risk := c.risk
	now := time.Now().UTC()
	risk.ResolvedAt = &now // delivered while queued; the row's status is still pending
	if _, err := n.Send(ctx, risk); err != nil {
		t.Fatal(err)
	}
	got, _ := c.store.GetShipmentRisk(ctx, c.shop.ID, c.risk.ID)
	if got.NoticeStatus != db.NoticeResolved || len(mailer.sent) != 0 {
		t.Fatalf("status %q, mails %v", got.NoticeStatus, mailer.sent)
	}
}

func TestSendPendingCountsAndKeepsFailures(t *testing.T) {
	ctx := context.Background()
	c := newCareSetup(t, "bo@example.com", "de")
	mailer := &scriptedMailer{err: errors.New("smtp down")}
	n := &deliverycare.Notifier{Store: c.store, Mailer: mailer, Log: quiet}
	sent, err := n.SendPending(ctx)
	if err == nil || sent != 0 {
		t.Fatalf("with the mail server down: sent %d, err %v", sent, err)
	}
	if strings.Contains(err.Error(), "bo@example.com") {
		t.Fatalf("error names the shopper: %v", err)
	}
	mailer.err = nil
	if sent, err := n.SendPending(ctx); err != nil || sent != 1 {
		t.Fatalf("after recovery: sent %d, %v; want the kept notice sent", sent, err)
	}
	if sent, err := n.SendPending(ctx); err != nil || sent != 0 {
		t.Fatalf("third run: sent %d, %v; want nothing left", sent, err)
	}
}

func TestNoticeLanguageFallbacks(t *testing.T) {
	ctx := context.Background()
	store := dbtest.Open(t)
	shop, _ := store.EnsureShop(ctx, "lang.myshopify.com")
	now := time.Now().UTC()
	conv := &db.Conversation{ID: "c-ja", ShopID: shop.ID, Language: "ja", Status: db.ConversationOpen, CustomerID: 9,
		CreatedAt: now, UpdatedAt: now, LastMessageAt: now}
	if err := store.ImportConversation(ctx, conv, nil); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		order   db.Order
		primary string
		want    string
	}{
		{"the order's locale first", db.Order{CustomerLocale: "pt-BR", CustomerID: 9}, "de", "pt"},
		{"then the customer's latest conversation", db.Order{CustomerID: 9}, "de", "ja"},
		{"an unsupported order locale falls through", db.Order{CustomerLocale: "xx", CustomerID: 9}, "de", "ja"},
		{"then the shop's primary language", db.Order{CustomerID: 10}, "fr-CA", "fr"},
		{"else the default", db.Order{}, "", lang.Default},
	}
	for _, tt := range tests {
		s := *shop
		s.PrimaryLocale = tt.primary
		got, err := deliverycare.NoticeLanguage(ctx, store, &s, &tt.order)
		if err != nil || got != tt.want {
			t.Errorf("%s: %q, %v; want %q", tt.name, got, err, tt.want)
		}
	}
}

// TestUnsubscribePageEveryLanguage: the page a shopper lands on from the
// email's link speaks their language and names their order.
func TestUnsubscribePageEveryLanguage(t *testing.T) {
	enAsk, enButton, enDone := deliverycare.UnsubscribePage("en", "#42")
	for _, l := range lang.Supported {
		ask, button, done := deliverycare.UnsubscribePage(l, "#42")
		if ask == "" || button == "" || done == "" {
			t.Errorf("%s: empty wording %q %q %q", l, ask, button, done)
		}
		if strings.Contains(ask+button+done, "{order}") {
			t.Errorf("%s: placeholder left in %q / %q", l, ask, done)
		}
		if !strings.Contains(ask+done, "#42") {
			t.Errorf("%s: the order is not named: %q / %q", l, ask, done)
		}
		if l != "en" && (ask == enAsk || button == enButton || done == enDone) {
			t.Errorf("%s: English wording", l)
		}
	}
	// An unknown language gets English rather than nothing.
	if ask, _, _ := deliverycare.UnsubscribePage("xx", "#42"); ask != enAsk {
		t.Errorf("unknown language: %q", ask)
	}
}

// TestUnsubscribeLinkRoundTrip: the link in the email verifies back to its
// own order only.
func TestUnsubscribeLinkRoundTrip(t *testing.T) {
	sg := deliverycare.Signer{Key: []byte("secret"), BaseURL: "https://app.example/"}
	link := sg.UnsubscribeURL(3, 77, "ko")
	u, err := url.Parse(link)
	if err != nil || u.Path != deliverycare.UnsubscribePath || u.Host != "app.example" || u.Query().Get("lang") != "ko" {
		t.Fatalf("link %q", link)
	}
	if s, o, err := sg.Verify(u.Query()); err != nil || s != 3 || o != 77 {
		t.Fatalf("verify own link = %d %d %v", s, o, err)
	}
	other := deliverycare.Signer{Key: []byte("other"), BaseURL: sg.BaseURL}
	if _, _, err := other.Verify(u.Query()); !errors.Is(err, deliverycare.ErrBadSignature) {
		t.Fatalf("link verified under another key: %v", err)
	}
	if _, _, err := (deliverycare.Signer{BaseURL: sg.BaseURL}).Verify(u.Query()); !errors.Is(err, deliverycare.ErrBadSignature) {
		t.Fatalf("link verified with no key configured: %v", err)
	}
}

// TestMerchantLabelsCoverEveryState: the digest and the admin name every
// kind and notice state in words, never the raw code.
func TestMerchantLabelsCoverEveryState(t *testing.T) {
	seen := map[string]string{}
	for _, k := range deliverycare.Kinds {
		l := deliverycare.KindLabel(k)
		if l == k || l == "" {
			t.Errorf("kind %q has no label", k)
		}
		if prev, dup := seen[l]; dup {
			t.Errorf("kinds %q and %q share the label %q", prev, k, l)
		}
		seen[l] = k
	}
	for _, st := range []string{db.NoticePending, db.NoticeSending, db.NoticeSent, db.NoticeNoEmail, db.NoticeUnsubscribed,
		db.NoticeOff, db.NoticeResolved} {
		if l := deliverycare.NoticeLabel(st); l == st || l == "" {
			t.Errorf("notice state %q has no label", st)
		}
	}
	if deliverycare.KindLabel("new_kind") != "new_kind" || deliverycare.NoticeLabel("new_state") != "new_state" {
		t.Error("an unknown code must show as itself, not vanish")
	}
}

func TestAge(t *testing.T) {
	now := time.Date(2026, 10, 5, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		ago  time.Duration
		want string
	}{
		{0, "0 min"},
		{59 * time.Minute, "59 min"},
		{time.Hour, "1 h"},
		{47*time.Hour + 59*time.Minute, "47 h"},
		{48 * time.Hour, "2 d"},
		{10*24*time.Hour + 5*time.Hour, "10 d"},
	}
	for _, tt := range tests {
		if got := deliverycare.Age(now.Add(-tt.ago), now); got != tt.want {
			t.Errorf("Age(%v) = %q, want %q", tt.ago, got, tt.want)
		}
	}
}

// TestEstimateTodayUsesTheShopsDay: "today" is the shop's calendar day,
// not UTC's.
func TestEstimateTodayUsesTheShopsDay(t *testing.T) {
	tokyo := deliverycare.Location("Asia/Tokyo")
	la := deliverycare.Location("America/Los_Angeles")
	now := time.Date(2026, 10, 5, 20, 0, 0, 0, time.UTC) // Oct 6, 05:00 in Tokyo; Oct 5, 13:00 in LA
	est := time.Date(2026, 10, 5, 23, 0, 0, 0, time.UTC) // Oct 6, 08:00 in Tokyo; Oct 5, 16:00 in LA
	tests := []struct {
		name string
		est  *time.Time
		loc  *time.Location
		want bool
	}{
		{"same day in Tokyo", &est, tokyo, true},
		{"same day in Los Angeles", &est, la, true},
		{"same day in UTC", &est, time.UTC, true},
		{"no estimate", nil, tokyo, false},
		{"tomorrow in UTC is tomorrow", ptr(est.Add(2 * time.Hour)), time.UTC, false},
		{"but still today in Los Angeles", ptr(est.Add(2 * time.Hour)), la, true},
	}
	for _, tt := range tests {
		if got := deliverycare.EstimateToday(tt.est, now, tt.loc); got != tt.want {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
}

func ptr[T any](v T) *T { return &v }

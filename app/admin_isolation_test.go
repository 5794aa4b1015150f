package app_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"shopassist/db"
)

// isolationArgs is a job of some feature carrying its shop, as every
// shop-scoped job does.
type isolationArgs struct {
	Shop string `json:"shop"`
}

func (isolationArgs) Kind() string { return "isolation_test_job" }

const rivalShop = "rival.myshopify.com"

// tenant is one installed shop with a session token for the admin.
type tenant struct {
	shop  *db.Shop
	token string
}

func installTenant(t *testing.T, e *env, domain string) tenant {
	t.Helper()
	shop, err := e.store.SaveInstall(context.Background(), domain, db.ShopTokens{AccessTokenEnc: []byte("sealed"), Scopes: "read_orders"})
	if err != nil {
		t.Fatal(err)
	}
	return tenant{shop: shop, token: sessionToken(t, domain, apiSecret, e.now.Add(time.Minute), nil)}
}

func (e *env) as(t *testing.T, tn tenant, method, path string, form url.Values) *httptest.ResponseRecorder {
	t.Helper()
	var body *strings.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	} else {
		body = strings.NewReader("")
	}
	req := httptest.NewRequest(method, path, body)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Authorization", "Bearer "+tn.token)
	req.Header.Set("Accept", "text/html")
	if method == http.MethodPost {
		req.Header.Set("X-Requested-With", "fetch")
	}
	return e.do(t, req)
}

// TestShopIsolation proves shop A can neither read nor change shop B's
// conversations, FAQ, settings, failed jobs or webhook events, even with
// B's ids in hand.
func TestShopIsolation(t *testing.T) {
	e := newEnv(t, time.Now())
	ctx := context.Background()
	a := installTenant(t, e, shopName)
	b := installTenant(t, e, rivalShop)

	// Shop B's data.
	start := time.Now().Add(-time.Hour).UTC()
	conv := &db.Conversation{ID: "rival-conv", ShopID: b.shop.ID, TokenHash: "x", Language: "es", Status: db.ConversationHandoff,
		Handoff: true, CreatedAt: start, UpdatedAt: start, LastMessageAt: start}
	if err := e.store.ImportConversation(ctx, conv, []*db.Message{{Role: db.RoleShopper, Text: "secreto de rival", CreatedAt: start}}); err != nil {
		t.Fatal(err)
	}
	if err := e.store.SaveFAQ(ctx, b.shop.ID, "rival-faq", []db.KnowledgeDocument{{Locale: "en", Title: "Q", Body: "rival answer",
		Questions: db.NewJSON([]string{"Q"})}}); err != nil {
		t.Fatal(err)
	}
	bSettings := b.shop.Settings.V
	ev := &db.WebhookEvent{Shop: rivalShop, WebhookID: "w1", Topic: "orders/updated", Payload: []byte("{}"), Status: db.EventFailed,
		LastError: "boom"}
	if err := e.store.InsertWebhookEvent(ctx, ev); err != nil {
		t.Fatal(err)
	}
	jobID, err := e.app.Queue().Enqueue(ctx, isolationArgs{Shop: rivalShop}, nil)
	if err != nil {
		t.Fatal(err)
	}
	// Dead-letter it the way River does when retries run out.
	if _, err := e.store.SQLDB().ExecContext(ctx, rebind(e.store, "UPDATE river_job SET state = 'discarded', finalized_at = ?, attempt = 8 WHERE id = ?"),
		time.Now().UTC(), jobID); err != nil {
		t.Fatal(err)
	}
	bid := strconv.FormatInt(jobID, 10)
	eid := strconv.FormatInt(ev.ID, 10)

	tests := []struct {
		name, method, path string
		form               url.Values
		want               int
	}{
		{"read conversation", http.MethodGet, "/app/conversations/rival-conv", nil, http.StatusNotFound},
		{"reply into conversation", http.MethodPost, "/app/conversations/rival-conv/reply", url.Values{"text": {"hi"}, "language": {"es"}}, http.StatusNotFound},
		{"resolve conversation", http.MethodPost, "/app/conversations/rival-conv/resolve", nil, http.StatusNotFound},
		{"read faq", http.MethodGet, "/app/knowledge/faq/rival-faq", nil, http.StatusNotFound},
		{"edit faq", http.MethodPost, "/app/knowledge/faq/rival-faq", url.Values{"questions.en": {"Q"}, "answer.en": {"hacked"}}, http.StatusNotFound},
		{"delete faq", http.MethodPost, "/app/knowledge/faq/rival-faq/delete", nil, http.StatusNotFound},
		{"retry job", http.MethodPost, "/app/health/jobs/" + bid + "/retry", nil, http.StatusNotFound},
		{"replay webhook", http.MethodPost, "/app/health/webhooks/" + eid + "/replay", nil, http.StatusNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := e.as(t, a, tt.method, tt.path, tt.form)
			if rec.Code != tt.want {
				t.Fatalf("status %d, want %d: %s", rec.Code, tt.want, rec.Body)
			}
			if strings.Contains(rec.Body.String(), "secreto de rival") || strings.Contains(rec.Body.String(), "rival answer") {
				t.Fatal("response leaks shop B's data")
			}
		})
	}

	// Lists of shop A never show B's rows.
	for _, path := range []string{"/app/conversations", "/app/conversations?inbox=1", "/app/knowledge", "/app/health", "/app/analytics", "/app"} {
		rec := e.as(t, a, http.MethodGet, path, nil)
		body := rec.Body.String()
		if rec.Code != http.StatusOK || strings.Contains(body, "rival-conv") || strings.Contains(body, "rival-faq") ||
			strings.Contains(body, "isolation_test_job") || strings.Contains(body, "orders/updated") {
			t.Errorf("%s as shop A: %d, leaks shop B data", path, rec.Code)
		}
	}
	// A creating its own FAQ with B's id and saving settings leaves B alone.
	if rec := e.as(t, a, http.MethodPost, "/app/knowledge/faq/new", url.Values{"id": {"rival-faq"}, "questions.en": {"Mine"},
		"answer.en": {"mine"}}); rec.Code != http.StatusSeeOther {
		t.Fatalf("A's own faq: %d %s", rec.Code, rec.Body)
	}
	settings := url.Values{"accent_color": {"#000000"}, "text_color": {"#ffffff"}, "position": {"bottom-left"}, "languages": {"en"},
		"timezone": {"UTC"}, "return_window": {"1"}, "after_failed": {"0"}, "retention_days": {"1"}}
	if rec := e.as(t, a, http.MethodPost, "/app/settings", settings); rec.Code != http.StatusSeeOther {
		t.Fatalf("A's settings: %d %s", rec.Code, rec.Body)
	}

	// Shop B's data is untouched.
	if c, err := e.store.GetConversation(ctx, b.shop.ID, "rival-conv"); err != nil || c.Status != db.ConversationHandoff || c.MessageCount != 1 {
		t.Errorf("B's conversation changed: %v %+v", err, c)
	}
	if docs, err := e.store.FAQ(ctx, b.shop.ID, "rival-faq"); err != nil || len(docs) != 1 || docs[0].Body != "rival answer" {
		t.Errorf("B's faq changed: %v %+v", err, docs)
	}
	if sb, _ := e.store.GetShop(ctx, rivalShop); sb.Settings.V.Widget.AccentColor != bSettings.Widget.AccentColor || sb.Settings.V.RetentionDays != bSettings.RetentionDays {
		t.Errorf("B's settings changed: %+v", sb.Settings.V)
	}
	if j, err := e.app.Queue().Get(ctx, jobID); err != nil || string(j.State) != "discarded" {
		t.Errorf("B's job changed: %v %+v", err, j)
	}
	if got, _ := e.store.GetWebhookEvent(ctx, rivalShop, ev.ID); got.Status != db.EventFailed {
		t.Errorf("B's webhook event changed: %+v", got)
	}

	// Shop B sees and acts on its own rows.
	rec := e.as(t, b, http.MethodGet, "/app/health", nil)
	if !strings.Contains(rec.Body.String(), `data-id="`+bid+`"`) || !strings.Contains(rec.Body.String(), "orders/updated") {
		t.Error("B's health page misses its own job or event")
	}
	if rec := e.as(t, b, http.MethodPost, "/app/health/jobs/"+bid+"/retry", nil); rec.Code != http.StatusSeeOther {
		t.Errorf("B retrying its job: %d %s", rec.Code, rec.Body)
	}
	if j, _ := e.app.Queue().Get(ctx, jobID); string(j.State) == "discarded" {
		t.Error("B's retry did not requeue the job")
	}
	if rec := e.as(t, b, http.MethodPost, "/app/health/webhooks/"+eid+"/replay", nil); rec.Code != http.StatusSeeOther {
		t.Errorf("B replaying its webhook: %d %s", rec.Code, rec.Body)
	}
	if rec := e.as(t, b, http.MethodGet, "/app/conversations/rival-conv", nil); rec.Code != http.StatusOK ||
		!strings.Contains(rec.Body.String(), "secreto de rival") {
		t.Errorf("B reading its conversation: %d", rec.Code)
	}
}

// TestShopifyMutationsNeedBearer: in Shopify mode a POST authenticated only
// by an id_token in the URL (what a forged cross-site form could carry at
// best) is refused; the App Bridge bearer token is required.
func TestShopifyMutationsNeedBearer(t *testing.T) {
	e := newEnv(t, time.Now())
	a := installTenant(t, e, shopName)
	req := httptest.NewRequest(http.MethodPost, "/app/settings?id_token="+url.QueryEscape(a.token), strings.NewReader("languages=en"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Requested-With", "fetch")
	if rec := e.do(t, req); rec.Code != http.StatusForbidden {
		t.Fatalf("mutation without bearer: %d, want 403", rec.Code)
	}
	req = httptest.NewRequest(http.MethodPost, "/app/settings", strings.NewReader("languages=en"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Authorization", "Bearer "+a.token)
	if rec := e.do(t, req); rec.Code != http.StatusForbidden {
		t.Fatalf("mutation without X-Requested-With: %d, want 403", rec.Code)
	}
	// Document loads keep the embedded query on links so they can bounce.
	rec := e.do(t, httptest.NewRequest(http.MethodGet, "/app/settings?id_token="+url.QueryEscape(a.token)+"&shop="+shopName+"&host=abc", nil))
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), `href="/app/analytics?host=abc&amp;shop=`+shopName+`"`) {
		t.Fatalf("links lose the embedded query: %d", rec.Code)
	}
	// The embedded admin loads App Bridge and Polaris from Shopify's CDN
	// (not the offline fallback) and declares its nav menu to App Bridge.
	body := rec.Body.String()
	for _, want := range []string{`<script src="https://cdn.shopify.com/shopifycloud/app-bridge.js">`,
		`<script src="https://cdn.shopify.com/shopifycloud/polaris.js">`, "<s-app-nav>", `rel="home"`, "<s-page "} {
		if !strings.Contains(body, want) {
			t.Errorf("embedded page lacks %s", want)
		}
	}
	if strings.Contains(body, "polaris-fallback") {
		t.Error("embedded page loads the offline Polaris fallback")
	}
}

// rebind turns ? placeholders into $n on PostgreSQL.
func rebind(s *db.Store, q string) string {
	if s.Dialect() != db.Postgres {
		return q
	}
	var b strings.Builder
	n := 0
	for _, r := range q {
		if r == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

package app_test

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"

	"shopassist/app"
	"shopassist/app/config"
	"shopassist/db"
	"shopassist/db/dbtest"
)

// newDemoApp runs the app in demo mode (no Shopify credentials) on a fresh
// database: the demo store, its catalog and demo conversations are seeded.
func newDemoApp(t *testing.T) *app.App {
	t.Helper()
	cfg, err := config.Load(func(k string) string {
		return map[string]string{"DATA_DIR": t.TempDir(), "WORKERS": "0", "APP_URL": "http://localhost"}[k]
	})
	if err != nil {
		t.Fatal(err)
	}
	a, err := app.New(context.Background(), cfg, app.Options{Store: dbtest.Open(t),
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = a.Close(context.Background()) })
	return a
}

func get(t *testing.T, h http.Handler, path string) (*httptest.ResponseRecorder, *goquery.Document) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(rec.Body.String()))
	if err != nil {
		t.Fatal(err)
	}
	return rec, doc
}

// post submits a form the way admin.js does (X-Requested-With, plus the
// bearer token when given).
func post(t *testing.T, h http.Handler, path string, form url.Values, bearer string) (*httptest.ResponseRecorder, *goquery.Document) {
	t.Helper()
	req := httptest.NewRequest(http.MethodPost, path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Requested-With", "fetch")
	req.Header.Set("Accept", "text/html")
	if bearer != "" {
		req.Header.Set("Authorization", "Bearer "+bearer)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(rec.Body.String()))
	if err != nil {
		t.Fatal(err)
	}
	return rec, doc
}

func tid(id string) string { return `[data-testid="` + id + `"]` }

// TestAdminReadOnly runs the checks that change nothing on one demo app
// (building an app trains the assistant's models, which takes a while).
func TestAdminReadOnly(t *testing.T) {
	h := newDemoApp(t).Handler()
	t.Run("pages render", func(t *testing.T) { checkPagesRender(t, h) })
	t.Run("theme editor link", func(t *testing.T) { checkHomeChecklist(t, h) })
	t.Run("charts match data", func(t *testing.T) { checkAnalyticsCharts(t, h) })
	t.Run("mutations need fetch header", func(t *testing.T) { checkMutationsNeedFetchHeader(t, h) })
	t.Run("test the assistant", func(t *testing.T) { checkKnowledgeTestBox(t, h) })
	t.Run("admin locales", func(t *testing.T) { checkAdminLocales(t, h) })
	t.Run("no English in other locales", func(t *testing.T) { checkNoEnglish(t, h) })
	t.Run("polaris offline", func(t *testing.T) { checkPolarisOffline(t, h) })
}

func checkPagesRender(t *testing.T, h http.Handler) {
	tests := []struct {
		path, title string
		want        map[string]int // data-testid -> minimum count
	}{
		{"/app", "Home", map[string]int{"setup-checklist": 1, "checklist-item": 5, "stats-7": 1, "stats-30": 1, "checklist-action": 1}},
		{"/app/settings", "Settings", map[string]int{"settings-form": 1, "settings-widget": 1, "settings-languages": 1,
			"settings-texts": 1, "settings-hours": 1, "settings-returns": 1, "settings-handoff": 1, "settings-retention": 1, "settings-actions": 1,
			"settings-analytics": 1}},
		{"/app/knowledge", "Knowledge", map[string]int{"sync-card": 1, "policies": 1, "pages": 1, "faq-row": 5, "doc-row": 3,
			"test-assistant": 1}},
		{"/app/knowledge/faq/new", "New question", map[string]int{"faq-form": 1, "faq-locale": 2, "back-link": 1}},
		{"/app/conversations", "Conversations", map[string]int{"filters": 1, "conversation-row": 25, "tab-inbox": 1, "page-next": 1}},
		{"/app/conversations?inbox=1", "Conversations", map[string]int{"conversation-row": 1, "waiting-count": 1}},
		{"/app/analytics", "Analytics", map[string]int{"metrics": 1, "chart-per-day": 1, "chart-intents": 1, "chart-languages": 1,
			"table-unanswered": 1, "table-products": 1, "table-revenue": 1, "metric-csat": 1, "metric-resolved": 1,
			"metric-cost-saved": 1, "export-feedback": 1, "range-form": 1}},
		{"/app/analytics?days=7", "Analytics", map[string]int{"chart-per-day": 1}},
		{"/app/health", "Webhooks & jobs", map[string]int{"event-stats": 1, "failed-jobs": 1, "jobs-empty": 1, "events-empty": 1}},
		{"/app/privacy", "Data requests", map[string]int{"data-requests": 1, "exports-empty": 1}},
		{"/app/actions", "Order actions", map[string]int{"order-actions": 1, "order-actions-empty": 1}},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			rec, doc := get(t, h, tt.path)
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d: %s", rec.Code, rec.Body)
			}
			if got := doc.Find(tid("page-title")).Text(); got != tt.title {
				t.Errorf("title %q, want %q", got, tt.title)
			}
			for id, n := range tt.want {
				if got := doc.Find(tid(id)).Length(); got < n {
					t.Errorf("%s: %d elements, want at least %d", id, got, n)
				}
			}
			if doc.Find(`script[src^="/static/admin."]`).Length() != 1 || doc.Find(`link[href^="/static/admin."]`).Length() != 1 {
				t.Error("hashed admin assets missing")
			}
		})
	}
}

func checkHomeChecklist(t *testing.T, h http.Handler) {
	_, doc := get(t, h, "/app")
	href, _ := doc.Find(`[data-testid="checklist-item"] [target="_top"]`).First().Attr("href")
	u, err := url.Parse(href)
	if err != nil || u.Host != "demo.myshopify.com" || u.Path != "/admin/themes/current/editor" ||
		u.Query().Get("context") != "apps" || !strings.HasSuffix(u.Query().Get("activateAppId"), "/assistant") {
		t.Fatalf("theme editor deep link wrong: %q", href)
	}
	if got := doc.Find(tid("stats-30") + " .value").First().Text(); got == "0" || got == "" {
		t.Errorf("30-day conversations = %q, want the seeded ones", got)
	}
}

func checkAnalyticsCharts(t *testing.T, h http.Handler) {
	_, doc := get(t, h, "/app/analytics?days=30")
	sum := 0
	doc.Find(tid("chart-per-day") + ` [data-testid="chart-bar"]`).Each(func(_ int, s *goquery.Selection) {
		v, _ := s.Attr("data-value")
		var n int
		for _, r := range v {
			n = n*10 + int(r-'0')
		}
		sum += n
	})
	want := doc.Find(tid("metric-conversations") + " .value").Text()
	if want == "" || want == "0" || itoa(sum) != want {
		t.Fatalf("per-day bars sum to %d, headline says %q", sum, want)
	}
	if n := doc.Find(tid("chart-per-day") + ` [data-testid="chart-bar"]`).Length(); n != 30 {
		t.Errorf("%d day bars, want 30", n)
	}
	for _, table := range []string{"unanswered", "products", "revenue", "no-match", "out-of-stock", "feedback", "markets"} {
		if doc.Find(tid("table-"+table)+" tbody tr").Length() == 0 {
			t.Errorf("%s table empty on the demo store", table)
		}
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for ; n > 0; n /= 10 {
		s = string(rune('0'+n%10)) + s
	}
	return s
}

func TestSettingsValidation(t *testing.T) {
	a := newDemoApp(t)
	h := a.Handler()
	valid := func() url.Values {
		return url.Values{"accent_color": {"#112233"}, "text_color": {"#ffffff"}, "position": {"bottom-left"},
			"languages": {"en", "es"}, "greeting.en": {"Hi there!"}, "greeting.es": {"¡Hola!"}, "launcher.es": {"Ayuda"},
			"timezone": {"Europe/Madrid"}, "hours_enabled": {"on"}, "hours.mon": {"09:00-17:00"}, "return_window": {"45"},
			"allow_returns": {"on"}, "handoff_request": {"on"}, "after_failed": {"3"}, "expected_reply_hours": {"4"}, "notify_email": {"help@example.com"},
			"retention_days": {"90"}, "cost_per_ticket": {"7,50"}}
	}
	tests := []struct {
		name   string
		mutate func(url.Values)
		field  string
	}{
		{"bad color", func(v url.Values) { v.Set("accent_color", "red") }, "accent_color"},
		{"bad position", func(v url.Values) { v.Set("position", "top") }, "position"},
		{"no languages", func(v url.Values) { v.Del("languages") }, "languages"},
		{"unknown language", func(v url.Values) { v["languages"] = []string{"en", "xx"} }, "languages"},
		{"greeting too long", func(v url.Values) { v.Set("greeting.es", strings.Repeat("a", 301)) }, "greeting.es"},
		{"launcher too long", func(v url.Values) { v.Set("launcher.en", strings.Repeat("b", 41)) }, "launcher.en"},
		{"bad time zone", func(v url.Values) { v.Set("timezone", "Mars/Olympus") }, "timezone"},
		{"bad hours", func(v url.Values) { v.Set("hours.mon", "9-5") }, "hours.mon"},
		{"closing before opening", func(v url.Values) { v.Set("hours.mon", "17:00-09:00") }, "hours.mon"},
		{"hours on but all closed", func(v url.Values) { v.Del("hours.mon") }, "hours.mon"},
		{"return window", func(v url.Values) { v.Set("return_window", "-1") }, "return_window"},
		{"failed answers", func(v url.Values) { v.Set("after_failed", "many") }, "after_failed"},
		{"reply time", func(v url.Values) { v.Set("expected_reply_hours", "500") }, "expected_reply_hours"},
		{"email", func(v url.Values) { v.Set("notify_email", "not an email") }, "notify_email"},
		{"retention", func(v url.Values) { v.Set("retention_days", "99999") }, "retention_days"},
		{"ticket cost", func(v url.Values) { v.Set("cost_per_ticket", "-3") }, "cost_per_ticket"},
	}
	before, _ := a.Store().GetShop(context.Background(), app.DemoShop)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			form := valid()
			tt.mutate(form)
			rec, doc := post(t, h, "/app/settings", form, "")
			if rec.Code != http.StatusUnprocessableEntity {
				t.Fatalf("status %d, want 422", rec.Code)
			}
			if doc.Find(tid("error-"+tt.field)).Length() != 1 || doc.Find(tid("form-errors")).Length() != 1 {
				t.Errorf("no inline error for %s", tt.field)
			}
			// The native control (what renders without Polaris) is marked
			// for assistive technology; a Polaris field shows the error too.
			native := `input[name="` + tt.field + `"], select[name="` + tt.field + `"], textarea[name="` + tt.field + `"]`
			if v, _ := doc.Find(native).Attr("aria-invalid"); v != "true" && tt.field != "languages" {
				t.Errorf("%s not marked aria-invalid", tt.field)
			}
			if pf := doc.Find(`[name="` + tt.field + `"]`).First(); strings.HasPrefix(goquery.NodeName(pf), "s-") && pf.AttrOr("error", "") == "" {
				t.Errorf("Polaris field %s shows no error", tt.field)
			}
			after, _ := a.Store().GetShop(context.Background(), app.DemoShop)
			if after.Settings.V.Widget.AccentColor != before.Settings.V.Widget.AccentColor {
				t.Error("invalid form changed settings")
			}
		})
	}
	rec, _ := post(t, h, "/app/settings", valid(), "")
	if rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != "/app/settings?saved=1" {
		t.Fatalf("valid save: %d %s", rec.Code, rec.Header().Get("Location"))
	}
	shop, _ := a.Store().GetShop(context.Background(), app.DemoShop)
	st := shop.Settings.V
	if st.Widget.AccentColor != "#112233" || st.Widget.Position != "bottom-left" || len(st.Languages) != 2 ||
		st.Widget.Greeting["es"] != "¡Hola!" || st.Widget.LauncherLabel["es"] != "Ayuda" || !st.BusinessHours.Enabled ||
		st.BusinessHours.Timezone != "Europe/Madrid" || st.BusinessHours.Days["mon"] != "09:00-17:00" || st.BusinessHours.Days["tue"] != "" ||
		st.Returns.WindowDays != 45 || !st.Returns.AllowReturnRequests || !st.Handoff.OnRequest || st.Handoff.OnFrustration ||
		st.Handoff.AfterFailed != 3 || st.Handoff.ExpectedReplyHours != 4 || st.Handoff.NotifyEmail != "help@example.com" || st.RetentionDays != 90 ||
		st.Analytics.CostPerTicket != 7.5 {
		t.Fatalf("saved settings wrong: %+v", st)
	}
	_, doc := get(t, h, "/app/settings?saved=1")
	if doc.Find(tid("saved-banner")).Length() != 1 {
		t.Error("no saved banner")
	}
	if v, _ := doc.Find(`[name="greeting.es"]`).Attr("value"); v != "¡Hola!" {
		t.Errorf("saved greeting not shown: %q", v)
	}
}

func checkMutationsNeedFetchHeader(t *testing.T, h http.Handler) {
	for _, path := range []string{"/app/settings", "/app/knowledge/faq/new", "/app/conversations/demo-000/reply",
		"/app/conversations/demo-000/resolve", "/app/health/jobs/1/retry", "/app/knowledge/test"} {
		req := httptest.NewRequest(http.MethodPost, path, strings.NewReader("text=hi"))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusForbidden {
			t.Errorf("%s without X-Requested-With: %d, want 403", path, rec.Code)
		}
	}
}

func TestFAQEditor(t *testing.T) {
	a := newDemoApp(t)
	h := a.Handler()
	ctx := context.Background()
	shop, _ := a.Store().GetShop(ctx, app.DemoShop)

	rec, doc := post(t, h, "/app/knowledge/faq/new", url.Values{"id": {"Bad Name!"}, "questions.en": {"Do you gift wrap?"}}, "")
	if rec.Code != http.StatusUnprocessableEntity || doc.Find(tid("error-id")).Length() != 1 || doc.Find(tid("error-answer.en")).Length() != 1 {
		t.Fatalf("invalid faq: %d, errors id=%d answer=%d", rec.Code, doc.Find(tid("error-id")).Length(), doc.Find(tid("error-answer.en")).Length())
	}
	rec, doc = post(t, h, "/app/knowledge/faq/new", url.Values{"id": {"restock"}, "questions.en": {"x"}, "answer.en": {"y"}}, "")
	if rec.Code != http.StatusUnprocessableEntity || !strings.Contains(doc.Find(tid("error-id")).Text(), "exists") {
		t.Fatalf("duplicate id accepted: %d", rec.Code)
	}
	rec, _ = post(t, h, "/app/knowledge/faq/new", url.Values{"id": {"gift-wrap"},
		"questions.en": {"Do you gift wrap?\nCan I get gift wrapping?\n\n"}, "answer.en": {"Yes, for 3 €."},
		"questions.es": {"¿Envolvéis para regalo?"}, "answer.es": {"Sí, por 3 €."}}, "")
	if rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != "/app/knowledge/faq/gift-wrap?saved=1" {
		t.Fatalf("create faq: %d %s", rec.Code, rec.Header().Get("Location"))
	}
	docs, err := a.Store().FAQ(ctx, shop.ID, "gift-wrap")
	if err != nil || len(docs) != 2 || docs[0].Locale != "en" || len(docs[0].Questions.V) != 2 || docs[1].Body != "Sí, por 3 €." ||
		docs[0].Source != "merchant" || docs[0].Kind != db.DocFAQ {
		t.Fatalf("stored faq wrong: %v %+v", err, docs)
	}
	// Editing drops the Spanish version when its fields are cleared.
	rec, _ = post(t, h, "/app/knowledge/faq/gift-wrap", url.Values{"questions.en": {"Do you gift wrap?"}, "answer.en": {"Yes, for 4 €."}}, "")
	if rec.Code != http.StatusSeeOther {
		t.Fatalf("edit faq: %d", rec.Code)
	}
	if docs, _ := a.Store().FAQ(ctx, shop.ID, "gift-wrap"); len(docs) != 1 || docs[0].Body != "Yes, for 4 €." {
		t.Fatalf("edited faq wrong: %+v", docs)
	}
	_, page := get(t, h, "/app/knowledge/faq/gift-wrap?saved=1")
	if page.Find(tid("saved-banner")).Length() != 1 || page.Find(`textarea[name="answer.en"]`).Text() != "Yes, for 4 €." {
		t.Error("editor does not show the saved entry")
	}
	if rec, _ := post(t, h, "/app/knowledge/faq/gift-wrap", url.Values{}, ""); rec.Code != http.StatusUnprocessableEntity {
		t.Errorf("empty faq accepted: %d", rec.Code)
	}
	if rec, _ := post(t, h, "/app/knowledge/faq/gift-wrap/delete", nil, ""); rec.Code != http.StatusSeeOther {
		t.Fatalf("delete: %d", rec.Code)
	}
	if rec, _ := get(t, h, "/app/knowledge/faq/gift-wrap"); rec.Code != http.StatusNotFound {
		t.Errorf("deleted faq still served: %d", rec.Code)
	}
}

func TestConversationFiltersAndHandoffReply(t *testing.T) {
	a := newDemoApp(t)
	h := a.Handler()
	ctx := context.Background()
	shop, _ := a.Store().GetShop(ctx, app.DemoShop)

	_, doc := get(t, h, "/app/conversations?language=es")
	if doc.Find(tid("conversation-row")).Length() == 0 {
		t.Fatal("no Spanish conversations listed")
	}
	doc.Find(tid("conversation-row")).Each(func(_ int, s *goquery.Selection) {
		if s.Find("s-badge").First().Text() != "es" {
			t.Errorf("filter language=es lists %q", s.Find("s-badge").First().Text())
		}
	})
	_, doc = get(t, h, "/app/conversations?rating=down&handoff=yes")
	if n := doc.Find(tid("conversation-row")).Length(); n == 0 {
		t.Error("no handed-off, rated-down conversation listed")
	}
	if v, _ := doc.Find(`select[name="rating"] option[selected]`).Attr("value"); v != "down" {
		t.Errorf("rating filter not kept in the form: %q", v)
	}

	_, inbox := get(t, h, "/app/conversations?inbox=1")
	id, ok := inbox.Find(tid("conversation-row")).First().Attr("data-id")
	if !ok {
		t.Fatal("handoff inbox empty")
	}
	_, tr := get(t, h, "/app/conversations/"+id)
	if tr.Find(tid("shopper-language")).Text() == "" || tr.Find(tid("handoff-summary")).Length() != 1 {
		t.Error("transcript lacks language or handoff info")
	}
	if tr.Find(tid("translation")).Length() == 0 && tr.Find(`[data-role="shopper"] s-badge`).First().Text() != "en" {
		t.Error("non-English transcript shows no translation")
	}
	rec, doc := post(t, h, "/app/conversations/"+id+"/reply", url.Values{"text": {"  "}, "language": {"en"}}, "")
	if rec.Code != http.StatusUnprocessableEntity || doc.Find(tid("error-text")).Length() != 1 {
		t.Fatalf("empty reply: %d", rec.Code)
	}
	lang := tr.Find(`select[name="language"] option[selected]`).AttrOr("value", "")
	rec, _ = post(t, h, "/app/conversations/"+id+"/reply", url.Values{"text": {"We are on it!"}, "language": {lang}}, "")
	if rec.Code != http.StatusSeeOther {
		t.Fatalf("reply: %d %s", rec.Code, rec.Body)
	}
	// The widget polls the conversation's messages: the reply is there as
	// an agent message.
	msgs, err := a.Store().ListMessages(ctx, id, 0, 100)
	if err != nil || msgs[len(msgs)-1].Role != db.RoleAgent || msgs[len(msgs)-1].Text != "We are on it!" || msgs[len(msgs)-1].Language != lang {
		t.Fatalf("agent reply not stored: %v %+v", err, msgs[len(msgs)-1])
	}
	if rec, _ := post(t, h, "/app/conversations/"+id+"/resolve", nil, ""); rec.Code != http.StatusSeeOther {
		t.Fatalf("resolve: %d", rec.Code)
	}
	cv, _ := a.Store().GetConversation(ctx, shop.ID, id)
	if cv.Status != db.ConversationResolved {
		t.Errorf("status %q after resolve", cv.Status)
	}
	if rec, _ := get(t, h, "/app/conversations/no-such-id"); rec.Code != http.StatusNotFound {
		t.Errorf("unknown conversation: %d", rec.Code)
	}
}

func TestRetentionJobDeletesOldConversations(t *testing.T) {
	a := newDemoApp(t)
	ctx := context.Background()
	shop, _ := a.Store().GetShop(ctx, app.DemoShop)
	st := shop.Settings.V
	st.RetentionDays = 10
	if err := a.Store().SaveSettings(ctx, shop.ID, st); err != nil {
		t.Fatal(err)
	}
	before, _ := a.Store().CountConversations(ctx, shop.ID)
	n, err := app.EnforceRetention(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	after, _ := a.Store().CountConversations(ctx, shop.ID)
	if n == 0 || after != before-n {
		t.Fatalf("deleted %d: %d -> %d", n, before, after)
	}
	cutoff := time.Now().AddDate(0, 0, -10)
	old, _ := a.Store().AdminConversations(ctx, shop.ID, db.AdminConversationFilter{Limit: 500})
	for _, c := range old {
		if c.LastMessageAt.Before(cutoff) {
			t.Errorf("conversation %s (last message %s) survived retention", c.ID, c.LastMessageAt)
		}
	}
}

func checkKnowledgeTestBox(t *testing.T, h http.Handler) {
	rec, doc := post(t, h, "/app/knowledge/test", url.Values{"message": {""}, "locale": {"es"}}, "")
	if rec.Code != http.StatusUnprocessableEntity || doc.Find(tid("error-message")).Length() != 1 {
		t.Fatalf("empty test message: %d", rec.Code)
	}
	rec, doc = post(t, h, "/app/knowledge/test", url.Values{"message": {"¿Cuánto tarda el envío a Madrid?"}, "locale": {"es"}}, "")
	if rec.Code != http.StatusOK {
		t.Fatalf("test message: %d %s", rec.Code, rec.Body)
	}
	if doc.Find(tid("probe-result")).Length() != 1 || doc.Find(tid("probe-reply")).Text() == "" {
		t.Fatal("no probe result")
	}
	if got := doc.Find(tid("probe-language")).Text(); !strings.HasPrefix(got, "Spanish") {
		t.Errorf("language %q, want Spanish", got)
	}
	if got := doc.Find(tid("probe-intent")).Text(); !strings.Contains(got, "Shipping") {
		t.Errorf("intent %q, want Shipping", got)
	}
	if v, _ := doc.Find(`#f-message`).Attr("value"); v != "¿Cuánto tarda el envío a Madrid?" {
		t.Errorf("message not kept in the box: %q", v)
	}
}

package app_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"

	"shopassist/app"
	"shopassist/app/config"
	"shopassist/db"
	"shopassist/db/dbtest"
)

// fakeTranslator is a local OpenAI-compatible chat-completions server that
// "translates" from a fixed phrase book and counts the calls; unknown text
// comes back tagged with the target language.
func fakeTranslator(t *testing.T, calls *atomic.Int64, fail *atomic.Bool) *httptest.Server {
	t.Helper()
	book := map[string]string{
		"أين طلبي؟ لم يصل بعد":                             "Where is my order? It has not arrived yet",
		"We are checking order 1042 with the carrier now.": "نتحقق الآن من الطلب 1042 مع شركة الشحن.",
	}
	target := regexp.MustCompile(`into the language with BCP-47 code (\S+?)\.`)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/v1/chat/completions" {
			http.NotFound(w, r)
			return
		}
		calls.Add(1)
		var req struct {
			Messages []struct{ Role, Content string }
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil || len(req.Messages) != 2 {
			http.Error(w, "bad body", http.StatusBadRequest)
			return
		}
		if fail.Load() {
			http.Error(w, "overloaded", http.StatusServiceUnavailable)
			return
		}
		text := req.Messages[1].Content
		out, ok := book[text]
		if !ok {
			m := target.FindStringSubmatch(req.Messages[0].Content)
			if m == nil {
				http.Error(w, "no target language", http.StatusBadRequest)
				return
			}
			out = "(" + m[1] + ") " + text
		}
		_ = json.NewEncoder(w).Encode(map[string]any{"choices": []any{map[string]any{"message": map[string]any{
			"role": "assistant", "content": out}}}})
	}))
	t.Cleanup(srv.Close)
	return srv
}

func newDemoAppWithLLM(t *testing.T, llmURL string) *app.App {
	t.Helper()
	cfg, err := config.Load(func(k string) string {
		return map[string]string{"DATA_DIR": t.TempDir(), "WORKERS": "0", "APP_URL": "http://localhost",
			"LLM_BASE_URL": llmURL, "LLM_MODEL": "fake"}[k]
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

func TestInboxTranslation(t *testing.T) {
	var calls atomic.Int64
	var fail atomic.Bool
	srv := fakeTranslator(t, &calls, &fail)
	a := newDemoAppWithLLM(t, srv.URL+"/v1")
	h := a.Handler()
	ctx := context.Background()
	shop, _ := seedHandoff(t, a, "tr-ar")

	_, doc := get(t, h, "/app/conversations/tr-ar")
	if doc.Find(`[data-testid="needs-model"]`).Length() != 0 || doc.Find(`[data-testid="will-translate"]`).Length() != 1 {
		t.Error("with a model the reply form should say replies are translated")
	}
	machine := doc.Find(`[data-role="shopper"] [data-testid="translation"][data-source="machine"]`)
	if machine.Length() == 0 || !strings.Contains(machine.Text(), "machine-translated") {
		t.Fatalf("shopper messages not machine-translated: %q", doc.Find(tid("transcript")).Text())
	}
	// Cached: a second view asks the model nothing new.
	n := calls.Load()
	get(t, h, "/app/conversations/tr-ar")
	if calls.Load() != n {
		t.Errorf("second view made %d more model calls, want 0 (translations are stored)", calls.Load()-n)
	}
	tr, err := a.Store().ConversationTranslations(ctx, shop.ID, "tr-ar", "en")
	if err != nil {
		t.Fatal(err)
	}
	machineRows := 0
	for _, r := range tr {
		if r.Source == db.TranslationMachine {
			machineRows++
		}
	}
	if machineRows < 2 {
		t.Errorf("%d machine translations stored, want one per non-English message", machineRows)
	}

	if sel := doc.Find(`select[name="language"] option[selected]`).AttrOr("value", ""); sel != "en" {
		t.Errorf("reply language defaults to %q, want the merchant's en", sel)
	}
	rec, _ := post(t, h, "/app/conversations/tr-ar/reply", url.Values{"text": {"We are checking order 1042 with the carrier now."},
		"language": {"en"}}, "")
	if rec.Code != http.StatusSeeOther {
		t.Fatalf("reply: %d", rec.Code)
	}
	msgs, err := a.Store().ConversationMessages(ctx, shop.ID, "tr-ar")
	if err != nil {
		t.Fatal(err)
	}
	last := msgs[len(msgs)-1]
	if last.Role != db.RoleAgent || last.Language != "ar" || last.Text != "نتحقق الآن من الطلب 1042 مع شركة الشحن." {
		t.Fatalf("sent %s/%s %q, want the Arabic translation", last.Role, last.Language, last.Text)
	}
	_, doc = get(t, h, "/app/conversations/tr-ar")
	orig := doc.Find(`[data-role="agent"] [data-testid="translation"][data-source="original"]`)
	if !strings.Contains(orig.Text(), "We are checking order 1042") {
		t.Errorf("agent's original not kept beside the sent reply: %q", orig.Text())
	}

	// The model failing sends nothing and says so.
	fail.Store(true)
	rec, doc = post(t, h, "/app/conversations/tr-ar/reply", url.Values{"text": {"Another update soon."}, "language": {"en"}}, "")
	if rec.Code != http.StatusBadGateway || !strings.Contains(doc.Find(tid("error-text")).Text(), "nothing was sent") {
		t.Fatalf("failed translation: %d %q", rec.Code, doc.Find(tid("error-text")).Text())
	}
	after, _ := a.Store().ConversationMessages(ctx, shop.ID, "tr-ar")
	if len(after) != len(msgs) {
		t.Error("a reply was stored although its translation failed")
	}
	// Written in the shopper's language, it goes out as written.
	rec, _ = post(t, h, "/app/conversations/tr-ar/reply", url.Values{"text": {"شكرًا"}, "language": {"ar"}}, "")
	if rec.Code != http.StatusSeeOther {
		t.Fatalf("reply in the shopper's language: %d", rec.Code)
	}
}

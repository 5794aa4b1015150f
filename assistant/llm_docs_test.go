package assistant_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"shopassist/assistant"
	"shopassist/assistant/llm"
	"shopassist/db"
)

// fakeOpenAI is a local OpenAI-compatible chat completions server. answer
// builds the reply from the system prompt (which carries the retrieved
// passages) and the shopper's message; prompts are kept for assertions.
type fakeOpenAI struct {
	mu      sync.Mutex
	prompts []string
	answer  func(system, user string) string
}

func (f *fakeOpenAI) serve(t *testing.T) *llm.Client {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			Messages []struct{ Role, Content string } `json:"messages"`
		}
		if r.URL.Path != "/v1/chat/completions" || json.NewDecoder(r.Body).Decode(&req) != nil || len(req.Messages) < 2 {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		sys, user := req.Messages[0].Content, req.Messages[len(req.Messages)-1].Content
		f.mu.Lock()
		f.prompts = append(f.prompts, sys)
		f.mu.Unlock()
		_ = json.NewEncoder(w).Encode(map[string]any{"choices": []any{map[string]any{"message": map[string]any{
			"role": "assistant", "content": f.answer(sys, user)}}}})
	}))
	t.Cleanup(srv.Close)
	c, err := llm.New(llm.Config{BaseURL: srv.URL + "/v1", APIKey: "k", Model: "m", Timeout: 2 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

var firstPassage = regexp.MustCompile(`(?s)\[1\] [^\n]*\n(.*?)\n\n`)

// The optional model receives the whole passage that governs the shopper's
// country and must quote it; an answer that invents an amount or quotes
// nothing falls back to the template passage.
func TestLLMAnswersFromWholePassages(t *testing.T) {
	tests := []struct {
		name    string
		answer  func(passage string) string
		wantLLM bool
	}{
		{"quoting the passage is used", func(p string) string { return "Here is the rule: " + p + " [1]" }, true},
		{"an invented amount falls back", func(string) string { return "Shipping to the US costs €9.99 [1]" }, false},
		{"an answer quoting no fact falls back", func(string) string { return "We ship to the US, see [1]" }, false},
	}
	base := newEnv(t, assistant.Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fake := &fakeOpenAI{answer: func(sys, _ string) string {
				m := firstPassage.FindStringSubmatch(sys)
				if m == nil {
					return "NO_ANSWER"
				}
				return tt.answer(m[1])
			}}
			env := withOptions(t, base, assistant.Options{LLM: fake.serve(t)})
			r, err := env.Engine.Reply(context.Background(), assistant.Request{Shop: env.Shop,
				Message: "How long does shipping to the US take?"})
			if err != nil {
				t.Fatal(err)
			}
			const rule = "United States: delivery in 4–7 business days with UPS or DHL Express, €14.95, free over €150."
			if len(fake.prompts) == 0 || !strings.Contains(fake.prompts[0], rule) {
				t.Fatalf("model did not get the whole governing passage: %q", fake.prompts)
			}
			if !strings.Contains(r.Text, rule) {
				t.Fatalf("reply lost the passage: %q", r.Text)
			}
			if used := strings.HasPrefix(r.Text, "Here is the rule:"); used != tt.wantLLM {
				t.Fatalf("model answer used = %v, want %v: %q", used, tt.wantLLM, r.Text)
			}
			if strings.Contains(r.Text, "9.99") {
				t.Fatalf("invented amount reached the shopper: %q", r.Text)
			}
		})
	}
}

// Without a translation of the policy (the merchant removed the Italian
// one), the model translates the passage, keeping its facts, and the reply
// says it is a machine translation.
func TestLLMTranslatesUntranslatedPassage(t *testing.T) {
	fake := &fakeOpenAI{answer: func(sys, user string) string {
		if strings.Contains(sys, "Rewrite the draft") {
			return "Resto del mondo: consegna in 7–15 giorni lavorativi, €24.95."
		}
		return "NO_ANSWER"
	}}
	env := newEnv(t, assistant.Options{LLM: fake.serve(t)})
	// The demo shop translates its shipping policy into Italian; without
	// that translation the policy is untranslated there.
	if err := env.Store.DeleteDocumentLocale(context.Background(), env.Shop.ID, db.DocPolicy, "shipping", "it"); err != nil {
		t.Fatal(err)
	}
	env.Index.Invalidate(env.Shop.Domain)
	r, err := env.Engine.Reply(context.Background(), assistant.Request{Shop: env.Shop,
		Message: "Quanto costa la spedizione in Brasile?"})
	if err != nil {
		t.Fatal(err)
	}
	if r.Language != "it" || !strings.Contains(r.Text, "(traduzione automatica)") || !strings.Contains(r.Text, "€24.95") ||
		strings.Contains(r.Text, "Rest of the world") {
		t.Fatalf("reply = %q (%s)", r.Text, r.Language)
	}
}

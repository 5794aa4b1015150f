package llm

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// rawModel answers every completion with status and body, and records the
// requests it got.
type rawModel struct {
	mu     sync.Mutex
	status int
	body   string
	reqs   []chatRequest
	auth   []string
	paths  []string
}

func (m *rawModel) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	b, _ := io.ReadAll(r.Body)
	var req chatRequest
	_ = json.Unmarshal(b, &req)
	m.mu.Lock()
	m.reqs = append(m.reqs, req)
	m.auth = append(m.auth, r.Header.Get("Authorization"))
	m.paths = append(m.paths, r.URL.Path)
	m.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(m.status)
	_, _ = io.WriteString(w, m.body)
}

func serve(t *testing.T, m *rawModel) string {
	t.Helper()
	srv := httptest.NewServer(m)
	t.Cleanup(srv.Close)
	return srv.URL
}

func choice(text string) string {
	b, _ := json.Marshal(map[string]any{"choices": []any{map[string]any{"message": map[string]any{"role": "assistant", "content": text}}}})
	return string(b)
}

// TestCompletionFailures: every way the endpoint can fail is an error the
// caller can fall back on, never a reply.
func TestCompletionFailures(t *testing.T) {
	long := strings.Repeat("x", 500)
	for _, tc := range []struct {
		name   string
		status int
		body   string
		want   string
	}{
		{"server error", http.StatusInternalServerError, `{"error":{"message":"overloaded"}}`, "answered 500"},
		{"rate limited, long body truncated", http.StatusTooManyRequests, long, "answered 429: " + strings.Repeat("x", 200) + "…"},
		{"error object with 200", http.StatusOK, `{"error":{"message":"model not found"}}`, "completion error: model not found"},
		{"not JSON", http.StatusOK, `<html>gateway</html>`, "decode completion"},
		{"no choices", http.StatusOK, `{"choices":[]}`, "no text"},
		{"blank text", http.StatusOK, choice(" \n "), "no text"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			url := serve(t, &rawModel{status: tc.status, body: tc.body})
			c := client(t, url, time.Second)
			_, err := c.Rephrase(context.Background(), "en", "hello", nil)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want it to contain %q", err, tc.want)
			}
			if strings.Contains(err.Error(), long) {
				t.Error("the whole error body was copied into the error")
			}
			if errors.Is(err, ErrRejected) {
				t.Error("a transport failure reported as a guard rejection")
			}
		})
	}
}

func TestCallerCancellation(t *testing.T) {
	srv := fakeModel(t, "late", 2*time.Second)
	ctx, cancel := context.WithCancel(context.Background())
	go func() { time.Sleep(30 * time.Millisecond); cancel() }()
	start := time.Now()
	_, err := client(t, srv.URL, 10*time.Second).Answer(ctx, "en", "q", []Passage{{Text: "p"}})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if time.Since(start) > time.Second {
		t.Error("the call outlived its caller")
	}
}

// TestRequestShape: what goes to the endpoint — the configured model, the
// key only when set, a low temperature and a token cap, the language and
// the facts in the instructions.
func TestRequestShape(t *testing.T) {
	m := &rawModel{status: http.StatusOK, body: choice("Your order #1001 ships with DHL.")}
	url := serve(t, m)
	c, err := New(Config{BaseURL: url + "/v1//"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Rephrase(context.Background(), "de", "Order #1001 ships with DHL.", []string{"#1001", "DHL"}); err != nil {
		t.Fatal(err)
	}
	if m.paths[0] != "/v1/chat/completions" {
		t.Errorf("path %q", m.paths[0])
	}
	if m.auth[0] != "" {
		t.Errorf("Authorization %q sent without a key", m.auth[0])
	}
	req := m.reqs[0]
	if req.Model != "gpt-4o-mini" || req.Temperature != 0.2 || req.MaxTokens != 400 || len(req.Messages) != 2 {
		t.Fatalf("request %+v", req)
	}
	sys, user := req.Messages[0], req.Messages[1]
	if sys.Role != "system" || !strings.Contains(sys.Content, "BCP-47 code de") || !strings.Contains(sys.Content, `"#1001", "DHL"`) {
		t.Errorf("system message %q", sys.Content)
	}
	if user.Role != "user" || user.Content != "Order #1001 ships with DHL." {
		t.Errorf("user message %+v", user)
	}

	// The passages are numbered in the instructions, the question is the user turn.
	m2 := &rawModel{status: http.StatusOK, body: choice("Returns within 30 days [2].")}
	c2 := client(t, serve(t, m2), time.Second)
	got, err := c2.Answer(context.Background(), "fr", "retours ?", []Passage{{Title: "Shipping", Text: "2-4 days"}, {Title: "Returns", Text: "30 days"}})
	if err != nil || !slices.Equal(got.Citations, []int{2}) {
		t.Fatalf("Answer = %+v, %v", got, err)
	}
	if s := m2.reqs[0].Messages[0].Content; !strings.Contains(s, "[1] Shipping\n2-4 days") || !strings.Contains(s, "[2] Returns\n30 days") ||
		!strings.Contains(s, "BCP-47 code fr") {
		t.Errorf("answer instructions %q", s)
	}
	if m2.auth[0] != "Bearer k" {
		t.Errorf("Authorization %q", m2.auth[0])
	}
}

func TestAnswerWithoutPassages(t *testing.T) {
	m := &rawModel{status: http.StatusOK, body: choice("x [1]")}
	_, err := client(t, serve(t, m), time.Second).Answer(context.Background(), "en", "q", nil)
	if err == nil || len(m.reqs) != 0 {
		t.Fatalf("err %v after %d calls: an answer without passages must not reach the model", err, len(m.reqs))
	}
}

// TestGuardNumbers: a number the model changed is caught even when it is
// part of a number in the source ("7" inside "75", a tracking number with a
// digit dropped).
func TestGuardNumbers(t *testing.T) {
	passages := []Passage{{Title: "Shipping", URL: "https://shop.example/policies/shipping-2026",
		Text: "Free shipping over 75 EUR; delivery in 2-4 business days; order 1001 shipped with tracking JD014600006281."}}
	for _, tc := range []struct {
		name, out string
		ok        bool
	}{
		{"numbers as given", "Free over 75 EUR, 2-4 business days [1].", true},
		{"a range written with words", "Delivery takes 2 to 4 business days [1].", true},
		{"a number from the question", "For 3 items: free over 75 EUR [1].", true},
		{"a number from the link", "See the 2026 shipping page [1].", true},
		{"amount shortened", "Free shipping over 7 EUR [1].", false},
		{"amount extended", "Free shipping over 750 EUR [1].", false},
		{"tracking number cut", "Tracking JD01460000628 [1].", false},
		{"order number changed", "Order 100 shipped [1].", false},
		{"citations are not numbers", "Free over 75 EUR [1]", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := CheckAnswer("Is shipping free for 3 items?", tc.out, passages)
			if tc.ok && err != nil {
				t.Fatalf("rejected: %v", err)
			}
			if !tc.ok && !errors.Is(err, ErrRejected) {
				t.Fatalf("err = %v, want a rejection", err)
			}
		})
	}

	// The same rule holds for rephrasing and translating.
	if err := CheckRephrase("Refund of 100 EUR for order #1001.", "We refunded 10 EUR for order #1001.", []string{"#1001"}); !errors.Is(err, ErrRejected) {
		t.Errorf("rephrase changing 100 to 10: %v", err)
	}
	if err := CheckTranslation("Rückerstattung 100 EUR, Bestellung 1001, 5 Artikel", "Refund 100 EUR, order 1001, 5 items, 10 days"); !errors.Is(err, ErrRejected) {
		t.Errorf("translation adding 10: %v", err)
	}
}

func TestCheckAnswerCitations(t *testing.T) {
	ps := []Passage{{Text: "a"}, {Text: "b"}, {Text: "c"}}
	for _, tc := range []struct {
		out  string
		want []int
		ok   bool
	}{
		{"b and a [2][1], b again [2].", []int{2, 1}, true},
		{"all [1] [2] [3]", []int{1, 2, 3}, true},
		{"zero [0]", nil, false},
		{"a three-digit citation [100] is not a citation", nil, false},
		{"I cannot tell. NO_ANSWER [1]", nil, false},
	} {
		got, err := CheckAnswer("q", tc.out, ps)
		if tc.ok != (err == nil) {
			t.Errorf("%q: err %v", tc.out, err)
			continue
		}
		if tc.ok && (!slices.Equal(got.Citations, tc.want) || got.Text != tc.out) {
			t.Errorf("%q: %+v, want citations %v", tc.out, got, tc.want)
		}
	}
}

func TestTranslateErrors(t *testing.T) {
	m := &rawModel{status: http.StatusOK, body: choice("x")}
	c := client(t, serve(t, m), time.Second)
	if _, err := c.Translate(context.Background(), "de", "en", "  "); err == nil || len(m.reqs) != 0 {
		t.Fatalf("blank text: %v, %d calls", err, len(m.reqs))
	}
	m.status, m.body = http.StatusBadGateway, "bad gateway"
	_, err := c.Translate(context.Background(), "", "ja", "Hallo")
	if err == nil || !strings.Contains(err.Error(), "translate →ja") || !strings.Contains(err.Error(), "502") {
		t.Fatalf("err = %v", err)
	}
	if s := m.reqs[0].Messages[0].Content; !strings.Contains(s, "from its language into the language with BCP-47 code ja") {
		t.Errorf("instructions without a source language: %q", s)
	}
	// A lost link is a rejection, wrapped with the direction.
	m.status, m.body = http.StatusOK, choice("Look here")
	_, err = c.Translate(context.Background(), "de", "en", "Schau hier: https://track.example/x")
	if !errors.Is(err, ErrRejected) || !strings.Contains(err.Error(), "translate de→en") {
		t.Fatalf("err = %v", err)
	}
}

// Package llm is an optional OpenAI-compatible chat-completions client the
// assistant uses to rephrase template replies and to answer FAQ questions
// from retrieved passages with citations. Every output passes a guard
// (guard.go) before it may replace the template reply; the caller falls back
// to the template on any error, timeout or rejection.
package llm

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
)

// Config locates the model endpoint (LLM_BASE_URL, LLM_API_KEY, LLM_MODEL).
type Config struct {
	// BaseURL is the API root, e.g. "https://api.openai.com/v1"; the client
	// posts to BaseURL + "/chat/completions".
	BaseURL string
	APIKey  string
	Model   string
	// Timeout bounds one completion (default 4 s): a slow model must not
	// hold up the shopper, the template reply is always ready.
	Timeout time.Duration
	// HTTPClient defaults to a client with Timeout.
	HTTPClient *http.Client
}

// Client calls the chat-completions endpoint. Safe for concurrent use.
type Client struct {
	cfg  Config
	http *http.Client
}

// New returns a client; BaseURL is required.
func New(cfg Config) (*Client, error) {
	if strings.TrimSpace(cfg.BaseURL) == "" {
		return nil, errors.New("llm: base URL is required")
	}
	cfg.BaseURL = strings.TrimRight(cfg.BaseURL, "/")
	if cfg.Timeout <= 0 {
		cfg.Timeout = 4 * time.Second
	}
	if cfg.Model == "" {
		cfg.Model = "gpt-4o-mini"
	}
	hc := cfg.HTTPClient
	if hc == nil {
		hc = &http.Client{Timeout: cfg.Timeout}
	}
	return &Client{cfg: cfg, http: hc}, nil
}

type chatMessage struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

type chatRequest struct {
	Model       string        `json:"model"`
	Messages    []chatMessage `json:"messages"`
	Temperature float64       `json:"temperature"`
	MaxTokens   int           `json:"max_tokens,omitempty"`
}

type chatResponse struct {
	Choices []struct {
		Message chatMessage `json:"message"`
	} `json:"choices"`
	Error *struct {
		Message string `json:"message"`
	} `json:"error"`
}

// complete sends one chat completion and returns the first choice's text.
func (c *Client) complete(ctx context.Context, msgs []chatMessage) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, c.cfg.Timeout)
	defer cancel()
	body, err := json.Marshal(chatRequest{Model: c.cfg.Model, Messages: msgs, Temperature: 0.2, MaxTokens: 400})
	if err != nil {
		return "", fmt.Errorf("encode completion request: %w", err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.cfg.BaseURL+"/chat/completions", bytes.NewReader(body))
	if err != nil {
		return "", fmt.Errorf("build completion request: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	if c.cfg.APIKey != "" {
		req.Header.Set("Authorization", "Bearer "+c.cfg.APIKey)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return "", fmt.Errorf("call completion endpoint: %w", err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return "", fmt.Errorf("read completion: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("completion endpoint answered %d: %s", resp.StatusCode, truncate(string(raw), 200))
	}
	var out chatResponse
	if err := json.Unmarshal(raw, &out); err != nil {
		return "", fmt.Errorf("decode completion: %w", err)
	}
	if out.Error != nil {
		return "", fmt.Errorf("completion error: %s", out.Error.Message)
	}
	if len(out.Choices) == 0 || strings.TrimSpace(out.Choices[0].Message.Content) == "" {
		return "", errors.New("completion has no text")
	}
	return strings.TrimSpace(out.Choices[0].Message.Content), nil
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// Rephrase asks the model to make draft sound natural in lang. facts are
// the strings that must survive verbatim (order name, tracking numbers,
// dates, links); the output is rejected unless it keeps all of them and adds
// no number, identifier or link that the draft does not contain.
func (c *Client) Rephrase(ctx context.Context, lang, draft string, facts []string) (string, error) {
	sys := "You are a friendly customer-service assistant for an online store. Rewrite the draft reply so it reads " +
		"naturally in the language with BCP-47 code " + lang + ". Keep every fact exactly as written, in particular " +
		"these strings verbatim: " + strings.Join(quoteAll(facts), ", ") + ". Do not add facts, numbers, dates, " +
		"links or promises. Answer with the rewritten reply only."
	out, err := c.complete(ctx, []chatMessage{{Role: "system", Content: sys}, {Role: "user", Content: draft}})
	if err != nil {
		return "", err
	}
	if err := CheckRephrase(draft, out, facts); err != nil {
		return "", err
	}
	return out, nil
}

// Passage is a retrieved policy, page or FAQ excerpt the model may cite.
type Passage struct {
	Title string
	URL   string
	Text  string
}

// Answer is a model answer with the 1-based passage numbers it cites.
type Answer struct {
	Text      string
	Citations []int
}

// Answer asks the model to answer question in lang from passages only,
// citing them as [1], [2]. The answer is rejected unless it cites a real
// passage and every number in it appears in the passages or the question.
func (c *Client) Answer(ctx context.Context, lang, question string, passages []Passage) (Answer, error) {
	if len(passages) == 0 {
		return Answer{}, errors.New("llm: no passages to answer from")
	}
	var b strings.Builder
	for i, p := range passages {
		fmt.Fprintf(&b, "[%d] %s\n%s\n\n", i+1, p.Title, p.Text)
	}
	sys := "You answer shoppers' questions for an online store using ONLY the numbered passages below. Reply in the " +
		"language with BCP-47 code " + lang + ", in at most three sentences, and cite the passages you used as [1], [2]. " +
		"If the passages do not contain the answer, reply exactly NO_ANSWER.\n\n" + b.String()
	out, err := c.complete(ctx, []chatMessage{{Role: "system", Content: sys}, {Role: "user", Content: question}})
	if err != nil {
		return Answer{}, err
	}
	return CheckAnswer(question, out, passages)
}

func quoteAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = fmt.Sprintf("%q", s)
	}
	return out
}

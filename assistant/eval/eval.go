// Package eval runs the labelled multilingual conversation set
// (assistant/testdata/conversations/*.json) through the engine over the demo
// store and measures intent accuracy, language accuracy and task success per
// language. cmd/eval prints the report; the package test enforces the bars.
package eval

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"shopassist/assistant"
	"shopassist/catalog"
	"shopassist/db"
	"shopassist/demoseed"
	"shopassist/knowledge"
)

// Conversation is one labelled multi-turn chat.
type Conversation struct {
	Name string `json:"name"`
	// Language is the conversation's language, used for per-language
	// figures.
	Language   string `json:"language"`
	Locale     string `json:"locale,omitempty"`
	CustomerID int64  `json:"customer_id,omitempty"`
	// AllowReturnRequests overrides the demo setting for this conversation.
	AllowReturnRequests bool   `json:"allow_return_requests,omitempty"`
	Turns               []Turn `json:"turns"`
}

// Turn is one shopper message with what the reply must show.
type Turn struct {
	Say      string `json:"say"`
	Intent   string `json:"intent"`
	Language string `json:"language,omitempty"`
	Expect   Expect `json:"expect"`
}

// Expect is the task outcome of a turn; every set field must hold.
type Expect struct {
	Contains    []string `json:"contains,omitempty"`
	NotContains []string `json:"not_contains,omitempty"`
	Handoff     *bool    `json:"handoff,omitempty"`
	// Card is "product" or "order": at least one card of that type.
	Card string `json:"card,omitempty"`
	// OrderCard is the order name the order card must carry.
	OrderCard string `json:"order_card,omitempty"`
	// MaxPrice: every product card is at or under it.
	MaxPrice float64 `json:"max_price,omitempty"`
	// Source: at least one cited source's URL contains it.
	Source string `json:"source,omitempty"`
	// NoCards: the reply shows no card (e.g. refused verification).
	NoCards bool `json:"no_cards,omitempty"`
}

// Tally counts hits out of a total.
type Tally struct{ OK, N int }

// Rate is OK/N (1 for an empty tally).
func (t Tally) Rate() float64 {
	if t.N == 0 {
		return 1
	}
	return float64(t.OK) / float64(t.N)
}

func (t *Tally) add(ok bool) {
	t.N++
	if ok {
		t.OK++
	}
}

// Scores are the three measures of one language (or overall).
type Scores struct {
	Intent, Language, Task Tally
}

// Failure describes a turn that missed something.
type Failure struct {
	Conversation string
	Turn         int
	Say          string
	Problems     []string
	Reply        string
}

// Report is the outcome of a run.
type Report struct {
	Overall    Scores
	ByLanguage map[string]*Scores
	Failures   []Failure
	Turns      int
	Duration   time.Duration
}

// Load reads every *.json conversation file of dir.
func Load(dir fs.FS) ([]Conversation, error) {
	files, err := fs.Glob(dir, "*.json")
	if err != nil {
		return nil, fmt.Errorf("list conversations: %w", err)
	}
	sort.Strings(files)
	var out []Conversation
	for _, f := range files {
		buf, err := fs.ReadFile(dir, f)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", f, err)
		}
		var cs []Conversation
		if err := json.Unmarshal(buf, &cs); err != nil {
			return nil, fmt.Errorf("parse %s: %w", f, err)
		}
		out = append(out, cs...)
	}
	return out, nil
}

// Env is a demo store with an engine over it.
type Env struct {
	Store  *db.Store
	Index  *knowledge.Manager
	Engine *assistant.Engine
	Shop   *db.Shop
	Now    time.Time
}

// NewEnv seeds the demo store into a fresh SQLite database in dir and builds
// an engine over it with a frozen clock.
func NewEnv(ctx context.Context, dir string, opts assistant.Options) (*Env, error) {
	store, err := db.Open(ctx, db.Options{DataDir: dir, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		return nil, fmt.Errorf("open eval database: %w", err)
	}
	if err := store.Migrate(ctx); err != nil {
		return nil, fmt.Errorf("migrate eval database: %w", err)
	}
	return NewEnvFor(ctx, store, opts)
}

// NewEnvFor seeds the demo store into an already migrated, empty store
// (e.g. a PostgreSQL test schema) and builds an engine over it.
func NewEnvFor(ctx context.Context, store *db.Store, opts assistant.Options) (*Env, error) {
	now := time.Now().UTC().Truncate(time.Second)
	shop, err := demoseed.Seed(ctx, store, now)
	if err != nil {
		return nil, fmt.Errorf("seed demo store: %w", err)
	}
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	// The same index source the app wires up, so the evaluation sees what
	// shoppers see.
	index := knowledge.NewManager(catalog.NewIndexSource(store, func() time.Time { return now }),
		knowledge.Options{Logger: quiet, CheckInterval: time.Hour})
	if opts.Now == nil {
		opts.Now = func() time.Time { return now }
	}
	if opts.Logger == nil {
		opts.Logger = quiet
	}
	eng, err := assistant.New(store, index, opts)
	if err != nil {
		return nil, err
	}
	return &Env{Store: store, Index: index, Engine: eng, Shop: shop, Now: now}, nil
}

// With returns an environment over the same seeded store and index whose
// engine has other options (a clock, a model): seeding and indexing the
// demo store is what an environment costs, the engine is cheap. The index
// stays the original environment's to close.
func (e *Env) With(opts assistant.Options) (*Env, error) {
	if opts.Now == nil {
		now := e.Now
		opts.Now = func() time.Time { return now }
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	eng, err := assistant.New(e.Store, e.Index, opts)
	if err != nil {
		return nil, fmt.Errorf("engine with other options: %w", err)
	}
	return &Env{Store: e.Store, Index: e.Index, Engine: eng, Shop: e.Shop, Now: e.Now}, nil
}

// Close releases the index (the database lives in the caller's dir).
func (e *Env) Close() error { return e.Index.Close() }

// Run plays every conversation and scores each turn.
func (e *Env) Run(ctx context.Context, convs []Conversation) (*Report, error) {
	rep := &Report{ByLanguage: map[string]*Scores{}}
	start := time.Now()
	for i, c := range convs {
		shop := *e.Shop
		st := shop.Settings.V
		st.Returns.AllowReturnRequests = c.AllowReturnRequests
		shop.Settings = db.NewJSON(st)
		var id, token string
		for j, turn := range c.Turns {
			r, err := e.Engine.Reply(ctx, assistant.Request{Shop: &shop, ConversationID: id, ConversationToken: token,
				Message: turn.Say, Locale: c.Locale, CustomerID: c.CustomerID,
				ClientIP: "198.51.100." + strconv.Itoa(i%250+1)})
			if err != nil {
				return nil, fmt.Errorf("conversation %q turn %d: %w", c.Name, j+1, err)
			}
			if id == "" {
				id, token = r.ConversationID, r.ConversationToken
			}
			rep.Turns++
			wantLang := turn.Language
			if wantLang == "" {
				wantLang = c.Language
			}
			problems := check(turn, wantLang, r)
			s := rep.ByLanguage[c.Language]
			if s == nil {
				s = &Scores{}
				rep.ByLanguage[c.Language] = s
			}
			intentOK, langOK := turn.Intent == "" || r.Intent == turn.Intent, r.Language == wantLang
			taskProblems := checkTask(turn.Expect, r)
			problems = append(problems, taskProblems...)
			taskOK := len(taskProblems) == 0
			for _, sc := range []*Scores{s, &rep.Overall} {
				if turn.Intent != "" {
					sc.Intent.add(intentOK)
				}
				sc.Language.add(langOK)
				sc.Task.add(taskOK)
			}
			if len(problems) > 0 {
				rep.Failures = append(rep.Failures, Failure{Conversation: c.Name, Turn: j + 1, Say: turn.Say,
					Problems: problems, Reply: r.Text})
			}
		}
	}
	rep.Duration = time.Since(start)
	return rep, nil
}

func check(turn Turn, wantLang string, r *assistant.Reply) []string {
	var p []string
	if turn.Intent != "" && r.Intent != turn.Intent {
		p = append(p, fmt.Sprintf("intent %s, want %s", r.Intent, turn.Intent))
	}
	if r.Language != wantLang {
		p = append(p, fmt.Sprintf("language %s, want %s", r.Language, wantLang))
	}
	return p
}

// checkTask verifies the turn's task outcome, independent of the labels.
func checkTask(x Expect, r *assistant.Reply) []string {
	var p []string
	low := strings.ToLower(r.Text)
	for _, s := range x.Contains {
		if !strings.Contains(low, strings.ToLower(s)) {
			p = append(p, fmt.Sprintf("reply lacks %q", s))
		}
	}
	for _, s := range x.NotContains {
		if strings.Contains(low, strings.ToLower(s)) {
			p = append(p, fmt.Sprintf("reply must not contain %q", s))
		}
	}
	if x.Handoff != nil && r.Handoff != *x.Handoff {
		p = append(p, fmt.Sprintf("handoff %v, want %v", r.Handoff, *x.Handoff))
	}
	if x.Card != "" && !hasCard(r, x.Card) {
		p = append(p, "no "+x.Card+" card")
	}
	if x.NoCards && len(r.Cards) > 0 {
		p = append(p, "unexpected cards")
	}
	if x.OrderCard != "" {
		found := false
		for _, c := range r.Cards {
			found = found || (c.Type == "order" && c.OrderName == x.OrderCard)
		}
		if !found {
			p = append(p, "no order card for "+x.OrderCard)
		}
	}
	if x.MaxPrice > 0 {
		for _, c := range r.Cards {
			if v, err := strconv.ParseFloat(c.Price, 64); c.Type == "product" && (err != nil || v > x.MaxPrice) {
				p = append(p, fmt.Sprintf("%s costs %s, over %.2f", c.Title, c.Price, x.MaxPrice))
			}
		}
	}
	if x.Source != "" {
		found := false
		for _, s := range r.Sources {
			found = found || strings.Contains(s.URL, x.Source)
		}
		if !found {
			p = append(p, "no source "+x.Source)
		}
	}
	return p
}

func hasCard(r *assistant.Reply, typ string) bool {
	for _, c := range r.Cards {
		if c.Type == typ {
			return true
		}
	}
	return false
}

// Print writes the report as a table.
func (r *Report) Print(w io.Writer) {
	langs := make([]string, 0, len(r.ByLanguage))
	for l := range r.ByLanguage {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	fmt.Fprintf(w, "%-8s %6s %8s %8s %8s\n", "lang", "turns", "intent", "language", "task")
	row := func(name string, s *Scores) {
		fmt.Fprintf(w, "%-8s %6d %7.1f%% %7.1f%% %7.1f%%\n", name, s.Language.N, 100*s.Intent.Rate(),
			100*s.Language.Rate(), 100*s.Task.Rate())
	}
	for _, l := range langs {
		row(l, r.ByLanguage[l])
	}
	row("overall", &r.Overall)
	fmt.Fprintf(w, "%d turns in %v\n", r.Turns, r.Duration.Round(time.Millisecond))
	for _, f := range r.Failures {
		fmt.Fprintf(w, "MISS %s #%d %q: %s\n    reply: %s\n", f.Conversation, f.Turn, f.Say, strings.Join(f.Problems, "; "),
			strings.ReplaceAll(f.Reply, "\n", " | "))
	}
}

// DefaultDir is the conversation set relative to the module root.
const DefaultDir = "assistant/testdata/conversations"

// OpenDir returns the conversation directory as an fs.FS.
func OpenDir(path string) fs.FS { return os.DirFS(filepath.Clean(path)) }

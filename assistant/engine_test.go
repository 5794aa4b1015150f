package assistant_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"shopassist/assistant"
	"shopassist/assistant/eval"
	"shopassist/assistant/lang"
	"shopassist/assistant/llm"
	"shopassist/db"
	"shopassist/db/dbtest"
	"shopassist/deliverycare"
	"shopassist/internal/racemode"
)

func newEnv(t testing.TB, opts assistant.Options) *eval.Env {
	t.Helper()
	// PostgreSQL when TEST_DATABASE_URL is set, SQLite otherwise.
	env, err := eval.NewEnvFor(context.Background(), dbtest.Open(t), opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { env.Close() })
	return env
}

// answerEnv is newEnv for an answer table: a test that only asks messages
// one at a time, each in a fresh conversation, and checks the replies'
// words. Under -race it skips: one goroutine asking in turn gives the
// detector nothing to find that TestConcurrentReplies and the conversation
// tests do not, at ten times the CPU. .ci/run runs these tables without
// -race, as the README's test command does. Its store is the embedded
// SQLite one, as the fact sets' is, whatever TEST_DATABASE_URL says: what
// it checks is the answer's words, and seeding the demo store into
// PostgreSQL for each of some fifty tables doubled CI's non-race step; the
// PostgreSQL paths are the conversation, action and concurrency tests'.
func answerEnv(t *testing.T) *eval.Env {
	t.Helper()
	if racemode.On {
		t.Skip("answer table: skipped under -race; .ci/run runs it without -race")
	}
	env, err := eval.NewEnvFor(context.Background(), dbtest.OpenSQLite(t), assistant.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { env.Close() })
	return env
}

// withOptions is base's seeded store with an engine of other options, for
// table tests whose cases differ only in the engine's options (a clock, a
// model) and each talk in their own conversations.
func withOptions(t testing.TB, base *eval.Env, opts assistant.Options) *eval.Env {
	t.Helper()
	env, err := base.With(opts)
	if err != nil {
		t.Fatal(err)
	}
	return env
}

// replyCase is one shopper message, in a storefront locale, and the words
// its reply must and must not contain.
type replyCase struct {
	locale, say string
	has, not    []string
}

// replyCheck is an option of checkReplies.
type replyCheck func(*replyChecks)

// replyChecks are checkReplies' options.
type replyChecks struct {
	cards   bool
	country string
	product int64
}

// withCardTitles lets a case's words be found on the reply's product cards
// too (a recommendation's or a product answer's titles), not only in its
// text; the older tables check the text alone.
func withCardTitles(o *replyChecks) { o.cards = true }

// fromStorefront asks as a shopper on the storefront of country cc (the
// widget passes the market's country), for messages that name none.
func fromStorefront(cc string) replyCheck {
	return func(o *replyChecks) { o.country = cc }
}

// onProductPage asks as a shopper viewing the product of that id (the
// widget passes the theme's product); 0 is no product page.
func onProductPage(id int64) replyCheck {
	return func(o *replyChecks) { o.product = id }
}

// checkReplies asks each message in a fresh conversation and checks the
// reply's text (case-sensitive) for the words each case names.
func checkReplies(t *testing.T, env *eval.Env, tests []replyCase, opts ...replyCheck) {
	t.Helper()
	ctx := context.Background()
	var o replyChecks
	for _, opt := range opts {
		opt(&o)
	}
	for _, tt := range tests {
		r, err := env.Engine.Reply(ctx, assistant.Request{Shop: env.Shop, Message: tt.say, Locale: tt.locale, Country: o.country,
			ProductID: o.product})
		if err != nil {
			t.Fatalf("%q: %v", tt.say, err)
		}
		text := r.Text
		if o.cards {
			for _, card := range r.Cards {
				text += "\n" + card.Title
			}
		}
		where := tt.locale
		if o.country != "" {
			where += " " + o.country
		}
		if o.product != 0 {
			where += fmt.Sprintf(" on product %d", o.product)
		}
		for _, h := range tt.has {
			if !strings.Contains(text, h) {
				t.Errorf("[%s] %q (%s): reply lacks %q: %q", where, tt.say, r.Intent, h, text)
			}
		}
		for _, n := range tt.not {
			if strings.Contains(text, n) {
				t.Errorf("[%s] %q (%s): reply has %q: %q", where, tt.say, r.Intent, n, text)
			}
		}
	}
}

func TestConversationOwnership(t *testing.T) {
	env := newEnv(t, assistant.Options{})
	ctx := context.Background()
	first, err := env.Engine.Reply(ctx, assistant.Request{Shop: env.Shop, Message: "order #1034 oliver.bennett@post.example", CustomerID: 0})
	if err != nil {
		t.Fatal(err)
	}
	if len(first.ConversationID) != 32 || len(first.ConversationToken) != 32 || first.ConversationID == first.ConversationToken {
		t.Fatalf("id %q token %q: want two distinct 128-bit hex values", first.ConversationID, first.ConversationToken)
	}
	conv, err := env.Store.GetConversation(ctx, env.Shop.ID, first.ConversationID)
	if err != nil {
		t.Fatal(err)
	}
	if conv.TokenHash == first.ConversationToken || len(conv.TokenHash) != 64 {
		t.Fatalf("token stored as %q, want its sha256", conv.TokenHash)
	}
	tests := []struct {
		name, id, token string
	}{
		{"no token", first.ConversationID, ""},
		{"wrong token", first.ConversationID, strings.Repeat("0", 32)},
		{"token of another id", "ffffffffffffffffffffffffffffffff", first.ConversationToken},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := env.Engine.Reply(ctx, assistant.Request{Shop: env.Shop, ConversationID: tt.id, ConversationToken: tt.token, Message: "and when will it arrive?"})
			if !errors.Is(err, assistant.ErrConversationNotFound) {
				t.Fatalf("Reply err = %v, want ErrConversationNotFound", err)
			}
			if _, err := env.Engine.History(ctx, env.Shop, 0, tt.id, tt.token); !errors.Is(err, assistant.ErrConversationNotFound) {
				t.Fatalf("History err = %v, want ErrConversationNotFound", err)
			}
		})
	}
	h, err := env.Engine.History(ctx, env.Shop, 0, first.ConversationID, first.ConversationToken)
	if err != nil {
		t.Fatal(err)
	}
	if len(h.Messages) != 2 || h.Messages[0].Role != "shopper" || len(h.Messages[1].Cards) != 1 || h.Messages[1].Cards[0].OrderName != "#1034" {
		t.Fatalf("history = %+v", h)
	}
	if err := env.Engine.Feedback(ctx, env.Shop, 0, first.ConversationID, first.ConversationToken, first.MessageID, 1, "quick!"); err != nil {
		t.Fatal(err)
	}
	if err := env.Engine.Feedback(ctx, env.Shop, 0, first.ConversationID, first.ConversationToken, h.Messages[0].ID, 1, ""); !errors.Is(err, assistant.ErrConversationNotFound) {
		t.Fatalf("rating a shopper message: err = %v", err)
	}
}

func TestCustomerBinding(t *testing.T) {
	env := newEnv(t, assistant.Options{})
	ctx := context.Background()
	r, err := env.Engine.Reply(ctx, assistant.Request{Shop: env.Shop, Message: "hello", CustomerID: 7100000003})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Text, "Sofía") {
		t.Fatalf("returning customer not greeted by name: %q", r.Text)
	}
	_, err = env.Engine.Reply(ctx, assistant.Request{Shop: env.Shop, ConversationID: r.ConversationID,
		ConversationToken: r.ConversationToken, Message: "where is my order?", CustomerID: 7100000001})
	if !errors.Is(err, assistant.ErrConversationNotFound) {
		t.Fatalf("another customer continued the chat: err = %v", err)
	}
	r2, err := env.Engine.Reply(ctx, assistant.Request{Shop: env.Shop, ConversationID: r.ConversationID,
		ConversationToken: r.ConversationToken, Message: "where is my order?", CustomerID: 7100000003})
	if err != nil || len(r2.Cards) != 1 || r2.Cards[0].OrderName != "#1019" {
		t.Fatalf("owner's latest order: %+v, %v", r2, err)
	}
}

func TestAnalyzeStoresNothing(t *testing.T) {
	env := newEnv(t, assistant.Options{})
	ctx := context.Background()
	a, err := env.Engine.Analyze(ctx, env.Shop, "¿Cuál es vuestra política de devoluciones?", "es")
	if err != nil {
		t.Fatal(err)
	}
	if a.Language != "es" || a.Intent != "return_policy" || len(a.Sources) == 0 || a.Reply == "" {
		t.Fatalf("analysis = %+v", a)
	}
	convs, err := env.Store.ListConversations(ctx, env.Shop.ID, db.ConversationFilter{})
	if err != nil || len(convs) != 0 {
		t.Fatalf("Analyze stored %d conversations (%v)", len(convs), err)
	}
}

// fakeLLM returns canned outputs through the real guards.
type fakeLLM struct{ rephrased string }

func (f fakeLLM) Rephrase(_ context.Context, _, draft string, facts []string) (string, error) {
	if err := llm.CheckRephrase(draft, f.rephrased, facts); err != nil {
		return "", err
	}
	return f.rephrased, nil
}

// Answer quotes the first passage, as the engine requires.
func (f fakeLLM) Answer(_ context.Context, _, q string, p []llm.Passage) (llm.Answer, error) {
	return llm.CheckAnswer(q, p[0].Text+" [1]", p)
}

func TestLLMGuardrails(t *testing.T) {
	tests := []struct {
		name, out string
		wantLLM   bool
	}{
		{"faithful rephrase is used", "Great news: #1034 is with DHL Express, tracking 4093882460, expected {eta}. Track your package: https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&tracking-id=4093882460", true},
		{"dropping the delivery estimate falls back", "Great news: #1034 is with DHL Express, tracking 4093882460. Track your package: https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&tracking-id=4093882460", false},
		{"invented tracking number falls back", "Your order #1034 ships with DHL Express, tracking 4093882460 and 999999999, expected {eta}.", false},
	}
	base := newEnv(t, assistant.Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fake := &fakeLLM{}
			env := withOptions(t, base, assistant.Options{LLM: fake})
			// The seeded estimate moves with the clock: read it back.
			o, err := env.Store.GetOrderByNumber(context.Background(), env.Shop.ID, 1034)
			if err != nil || len(o.Fulfillments) == 0 || o.Fulfillments[0].EstimatedDeliveryAt == nil {
				t.Fatalf("order #1034 has no delivery estimate: %+v, %v", o, err)
			}
			// The answer quotes the estimate's day in the shop's time zone,
			// written for the shopper's language.
			eta := deliverycare.DayOf(*o.Fulfillments[0].EstimatedDeliveryAt, deliverycare.Location(env.Shop.Timezone))
			tt.out = strings.ReplaceAll(tt.out, "{eta}", lang.FormatDate("en", eta))
			fake.rephrased = tt.out
			r, err := env.Engine.Reply(context.Background(), assistant.Request{Shop: env.Shop, Message: "order #1034 oliver.bennett@post.example"})
			if err != nil {
				t.Fatal(err)
			}
			if got := r.Text == tt.out; got != tt.wantLLM {
				t.Fatalf("LLM text used = %v, want %v; reply %q", got, tt.wantLLM, r.Text)
			}
			if !strings.Contains(r.Text, "4093882460") {
				t.Fatalf("reply lost the tracking number: %q", r.Text)
			}
			// FAQ answers come from retrieved passages with their citations.
			faq, err := env.Engine.Reply(context.Background(), assistant.Request{Shop: env.Shop, Message: "What is your return policy?"})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasSuffix(faq.Text, " [1]") || len(faq.Sources) != 1 || faq.Sources[0].URL == "" {
				t.Fatalf("LLM FAQ answer = %q, sources %+v", faq.Text, faq.Sources)
			}
		})
	}
}

// Package assistant is the conversation engine of the storefront assistant:
// it turns a shopper message and the conversation's stored state into a
// localized reply, using the NLU packages (lang, intent, entities,
// sentiment), the dialogue state (assistant/dialogue), the store's data
// (orders, returns) and the knowledge index (products, policies, FAQ).
//
// The engine keeps no per-conversation state in memory: everything is read
// from and written to the database on each call, so Reply is safe for
// concurrent use and any app server can answer any conversation.
package assistant

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"shopassist/assistant/actions"
	"shopassist/assistant/dialogue"
	"shopassist/assistant/lang"
	"shopassist/assistant/llm"
	"shopassist/assistant/nlu"
	"shopassist/assistant/replies"
	"shopassist/db"
	"shopassist/knowledge"
	"shopassist/knowledge/geo"
)

// LLM rephrases template replies and answers FAQ from passages; *llm.Client
// implements it. Outputs are already guarded by the implementation.
type LLM interface {
	Rephrase(ctx context.Context, lang, draft string, facts []string) (string, error)
	Answer(ctx context.Context, lang, question string, passages []llm.Passage) (llm.Answer, error)
}

// Options configure an Engine. Zero values pick the defaults.
type Options struct {
	// Now is the clock (tests, evaluation); default time.Now.
	Now    func() time.Time
	Logger *slog.Logger
	// LLM is optional; nil answers with templates only.
	LLM LLM
	// Returns starts return requests in Shopify; nil records them locally
	// only (demo mode).
	Returns ReturnRequester
	// MaxVerifyFailures failed order verifications lock look-ups for
	// VerifyLock (defaults 5 and 15 min), per conversation and per shop +
	// customer/IP.
	MaxVerifyFailures int
	VerifyLock        time.Duration
	// Actions applies the guarded order actions (cancel, address change,
	// return or exchange) in Shopify; nil leaves them to the merchant
	// whatever the settings say (demo mode).
	Actions OrderActions
	// ActionPolls reads of the order (ActionPollEvery apart) confirm an
	// action took effect before the shopper is told so (defaults 5 and
	// 400 ms: orderCancel runs in a background job).
	ActionPolls     int
	ActionPollEvery time.Duration
}

func (o Options) withDefaults() Options {
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.MaxVerifyFailures <= 0 {
		o.MaxVerifyFailures = 5
	}
	if o.VerifyLock <= 0 {
		o.VerifyLock = 15 * time.Minute
	}
	if o.ActionPolls <= 0 {
		o.ActionPolls = 5
	}
	if o.ActionPollEvery <= 0 {
		o.ActionPollEvery = 400 * time.Millisecond
	}
	return o
}

// Engine answers shopper messages. Safe for concurrent use.
type Engine struct {
	store   *db.Store
	index   *knowledge.Manager
	opts    Options
	nlu     *nlu.Analyzer
	catalog *replies.Catalog
	names   *catalogNames
	texts   *actions.Texts
}

// New builds an engine; it trains the language and intent models from their
// embedded corpora (well under a second).
func New(store *db.Store, index *knowledge.Manager, opts Options) (*Engine, error) {
	an, err := nlu.New()
	if err != nil {
		return nil, fmt.Errorf("assistant: %w", err)
	}
	cat, err := replies.New()
	if err != nil {
		return nil, fmt.Errorf("assistant: %w", err)
	}
	texts, err := actions.NewTexts()
	if err != nil {
		return nil, fmt.Errorf("assistant: %w", err)
	}
	return &Engine{store: store, index: index, opts: opts.withDefaults(), nlu: an,
		catalog: cat, names: newCatalogNames(), texts: texts}, nil
}

// Reply answers one shopper message, creating the conversation when the
// request carries no id, and stores both messages.
func (e *Engine) Reply(ctx context.Context, r Request) (*Reply, error) {
	if r.Shop == nil {
		return nil, fmt.Errorf("assistant reply: no shop")
	}
	text := clean(r.Message)
	if text == "" {
		return nil, ErrEmptyMessage
	}
	for attempt := 1; ; attempt++ {
		conv, token, err := e.openConversation(ctx, r)
		if errors.Is(err, ErrConversationNotFound) {
			return nil, err
		}
		if err != nil {
			return nil, e.unavailable(text, r, "", err)
		}
		t := e.newTurn(ctx, r.Shop, conv, text, r, false)
		// A turn that fails stores nothing: the shopper retries the same
		// message and the conversation is as it was.
		if err := t.run(); err != nil {
			return nil, e.unavailable(text, r, t.reply.Language, err)
		}
		err = e.persist(ctx, t)
		if errors.Is(err, db.ErrConflict) && attempt < maxTurnAttempts {
			// Another message of this conversation was answered meanwhile
			// (a double send, a retry, another replica): answer this one
			// again on top of that turn's state, as if it came second. Its
			// side effects are safe to repeat: a started return is on the
			// order by now, and a re-checked contact only counts once more
			// against the attempt limit (strict, never lenient).
			continue
		}
		if err != nil {
			return nil, e.unavailable(text, r, t.reply.Language, err)
		}
		t.reply.ConversationID = conv.ID
		t.reply.ConversationToken = token
		return t.reply, nil
	}
}

// maxTurnAttempts bounds the re-answers of a message whose conversation
// keeps changing underneath it.
const maxTurnAttempts = 5

// Analyze runs a message through the engine as a fresh anonymous
// conversation without storing anything, for the admin's test box.
func (e *Engine) Analyze(ctx context.Context, shop *db.Shop, text, locale string) (*Analysis, error) {
	if shop == nil {
		return nil, fmt.Errorf("assistant analyze: no shop")
	}
	text = clean(text)
	if text == "" {
		return nil, ErrEmptyMessage
	}
	conv := &db.Conversation{ShopID: shop.ID, Status: db.ConversationOpen}
	t := e.newTurn(ctx, shop, conv, text, Request{Shop: shop, Locale: locale}, true)
	if err := t.run(); err != nil {
		return nil, fmt.Errorf("assistant analyze: %w", err)
	}
	u := t.u
	return &Analysis{Language: u.Lang, LanguageConfidence: u.LangConf, Intent: t.reply.Intent, Confidence: u.Confidence,
		Frustrated: u.Sentiment.Frustrated, OrderNumber: u.Ents.OrderNumber, Colors: u.Ents.Colors, Sizes: u.Ents.Sizes,
		ProductWords: u.Ents.ProductWords, Sources: t.reply.Sources, Reply: t.reply.Text, Cards: t.reply.Cards}, nil
}

// unavailable wraps a failure to answer with an honest reply in the
// shopper's language (detected from the message when the turn did not get
// that far).
func (e *Engine) unavailable(text string, r Request, language string, err error) error {
	if language == "" {
		language = e.nlu.Detector().Detect(text, lang.Priors{StorefrontLocale: r.Locale,
			BrowserLanguage: r.BrowserLanguage}).Lang
	}
	return &UnavailableError{Language: language, Message: e.catalog.T(language, "temporarily_unavailable", nil), Err: err}
}

func clean(s string) string {
	// NUL cannot be stored in PostgreSQL text and is never meaningful.
	s = strings.ReplaceAll(s, "\x00", "")
	s = strings.TrimSpace(strings.ToValidUTF8(s, ""))
	if utf8.RuneCountInString(s) > MaxMessageRunes {
		s = string([]rune(s)[:MaxMessageRunes])
	}
	return s
}

// persist writes the conversation's new state (inserting it on its first
// turn) and both messages atomically.
func (e *Engine) persist(ctx context.Context, t *turn) error {
	conv := t.conv
	now := e.opts.Now().UTC()
	outcome := t.outcome()
	firstTopic := conv.Topic == ""
	// Wall-clock time, like the last_message_at SaveTurn writes, which is
	// what a reopen is measured against.
	t.recordOutcome(outcome, time.Now().UTC())
	conv.Language = t.reply.Language
	conv.LastIntent = t.reply.Intent
	conv.State = db.NewJSON(db.ConversationState(t.state))
	shopper := &db.Message{ShopID: conv.ShopID, Role: db.RoleShopper, Text: t.text, Language: t.u.Lang,
		Intent: t.reply.Intent, IntentConfidence: t.u.Confidence, Cards: db.NewJSON([]Card{}),
		Sources: db.NewJSON([]Source{}), CreatedAt: now, Outcome: outcome}
	bot := &db.Message{ShopID: conv.ShopID, Role: db.RoleBot, Text: t.reply.Text, Language: t.reply.Language,
		Intent: t.reply.Intent, IntentConfidence: t.u.Confidence, Cards: db.NewJSON(nonNil(t.reply.Cards)),
		Sources: db.NewJSON(nonNil(t.reply.Sources)), CreatedAt: now, Outcome: outcome}
	if conv.CustomerEmail != t.emailBefore || conv.CustomerPhone != t.phoneBefore {
		// A contact given or proved in this turn goes on the shop's
		// shopper record too (idempotent, so a turn retried after a
		// conflict records it again harmlessly). Deferred: SaveTurn's
		// synchronous commit below makes it durable.
		if _, err := e.store.Deferred().RecordShopperContact(ctx, conv.ShopID, conv.CustomerEmail, conv.CustomerPhone,
			conv.CustomerEmail != "" && t.provenContact == conv.CustomerEmail,
			conv.CustomerPhone != "" && t.provenContact == conv.CustomerPhone); err != nil {
			return fmt.Errorf("store contact of conversation %s: %w", conv.ID, err)
		}
	}
	// One statement on PostgreSQL: the reply's only write round trip.
	err := e.store.SaveTurn(ctx, conv, shopper, bot)
	if err != nil {
		return fmt.Errorf("store turn of conversation %s: %w", conv.ID, err)
	}
	t.reply.MessageID = strconv.FormatInt(bot.ID, 10)
	e.recordAnalytics(ctx, t, firstTopic, now)
	return nil
}

// recordAnalytics stores the turn's demand signals and, when a logged-in
// customer opens a topic, flags their earlier chat on it as reopened. The
// reply is stored already: a failure here costs a figure, not the answer,
// so it is logged rather than returned.
func (e *Engine) recordAnalytics(ctx context.Context, t *turn, firstTopic bool, now time.Time) {
	for i := range t.stats.signals {
		t.stats.signals[i].ConversationID, t.stats.signals[i].CreatedAt = t.conv.ID, now
	}
	// Deferred: a crash may lose the last signals, never the reply.
	if err := e.store.Deferred().AddDemandSignals(ctx, t.stats.signals); err != nil {
		t.logErr("store demand signals", err)
	}
	if firstTopic && t.conv.Topic != "" && t.conv.CustomerID != 0 {
		if _, err := e.store.MarkReopened(ctx, t.conv.ShopID, t.conv.CustomerID, t.conv.ID, t.conv.Topic, time.Now().UTC()); err != nil {
			t.logErr("mark reopened conversations", err)
		}
	}
}

// turn is the work of answering one message.
type turn struct {
	e        *Engine
	ctx      context.Context
	shop     *db.Shop
	settings db.Settings
	conv     *db.Conversation
	state    dialogue.State
	req      Request
	text     string
	u        understanding
	reply    *Reply
	// dry turns (admin preview) read but never write.
	dry bool
	// failed marks an answer that did not help (counts toward handoff).
	failed bool
	// inProduct is set while a product question is answered, so its
	// document fallback does not route back to products.
	inProduct bool
	// oneLine is the product line a comparison's part answers for
	// ("Ember or Nightjar?" answers each in turn); line() returns it.
	oneLine string
	// names are the shop's lower-cased product titles and vendors.
	names []string
	// located caches the message's gazetteer place (a city, state or
	// nationality standing for its country; docs.go destination), read
	// once per turn.
	located *string
	// locatedAll are all the gazetteer places the message names, in
	// order (placesCompared), set with located.
	locatedAll []geo.Mention
	// resides caches the place the message says the shopper lives in
	// or ships to (residence.go).
	resides *string
	// aliases are line names as translations write them in other scripts
	// (catalognames.go).
	aliases map[string]string
	// stats is what the turn records for analytics (outcome.go).
	stats turnStats
	// claimed is the audit row of the order action this turn confirmed.
	claimed *db.OrderAction
	// emailBefore and phoneBefore are the conversation's contacts when the
	// turn began; provenContact is one that verified an order this turn.
	emailBefore, phoneBefore, provenContact string
	// ruleFor are the countries whose rule the reply has introduced
	// ("For Canada:"); notes are sentences to say after the next quoted
	// passage (docs.go).
	ruleFor []string
	notes   []string
}

func (e *Engine) newTurn(ctx context.Context, shop *db.Shop, conv *db.Conversation, text string, r Request, dry bool) *turn {
	settings := shop.Settings.V
	if settings.Languages == nil && settings.Handoff == (db.HandoffSettings{}) && settings.Returns == (db.ReturnSettings{}) {
		settings = db.DefaultSettings()
	}
	names := e.names.get(ctx, e.store, shop.ID, e.opts.Now(), func(msg string, err error) {
		e.opts.Logger.WarnContext(ctx, msg, "shop", shop.Domain, "err", err)
	})
	u := e.understand(text, lang.Priors{PreviousLanguage: conv.Language, StorefrontLocale: r.Locale,
		BrowserLanguage: r.BrowserLanguage, Names: names})
	u.direct(r.Directive)
	reply := &Reply{Language: u.Lang, Cards: []Card{}, QuickReplies: []string{}}
	switch {
	case u.Unsupported != "":
		// A language we cannot write: answer in the store's primary
		// language, never in a third one (the note is added by run).
		if l, ok := lang.Normalize(shop.PrimaryLocale); ok {
			reply.Language = l
		}
		reply.ShopperLanguage = u.Unsupported
	case !offered(settings.Languages, u.Lang):
		// A language we can write but the merchant chose not to offer
		// (Settings → Languages): same as above, in the store's language
		// among those offered.
		reply.Language = storeLanguage(shop.PrimaryLocale, settings.Languages)
		reply.ShopperLanguage = u.Lang
	}
	return &turn{e: e, ctx: ctx, shop: shop, settings: settings, conv: conv,
		emailBefore: conv.CustomerEmail, phoneBefore: conv.CustomerPhone, state: dialogue.State(conv.State.V),
		req: r, text: text, u: u, dry: dry, reply: reply, names: names, aliases: e.names.lineAliases(shop.ID), stats: turnStats{wasHandoff: conv.Handoff}}
}

// offered reports whether the merchant offers l; an empty list (a shop
// saved before the setting existed) offers every supported language.
func offered(languages []string, l string) bool {
	return len(languages) == 0 || slices.Contains(languages, l)
}

// languageNote is the first line of a reply written in the store's language
// rather than the shopper's, saying so in the shopper's language.
func (t *turn) languageNote() string {
	sl := t.reply.ShopperLanguage
	if sl == "" {
		return ""
	}
	if note := lang.UnsupportedNote(sl); note != "" {
		return note
	}
	if !slices.Contains(lang.Supported, sl) {
		return ""
	}
	return t.e.catalog.T(sl, "language_not_offered", map[string]any{"Language": languageName(t.reply.Language, sl)})
}

// storeLanguage is the language replies fall back to: the storefront's
// primary locale when the merchant offers it, else the first offered one.
func storeLanguage(primaryLocale string, languages []string) string {
	if l, ok := lang.Normalize(primaryLocale); ok && offered(languages, l) {
		return l
	}
	if len(languages) > 0 {
		return languages[0]
	}
	return lang.Default
}

// t renders a catalog message in the reply language.
func (t *turn) t(key string, data map[string]any) string {
	return t.e.catalog.T(t.reply.Language, key, data)
}

func (t *turn) now() time.Time { return t.e.opts.Now() }

func (t *turn) say(lines ...string) {
	for _, l := range lines {
		if l = strings.TrimSpace(l); l == "" {
			continue
		}
		if t.reply.Text != "" {
			t.reply.Text += "\n"
		}
		t.reply.Text += l
	}
}

func (t *turn) logErr(msg string, err error) {
	t.e.opts.Logger.ErrorContext(t.ctx, msg, "shop", t.shop.Domain, "conversation", t.conv.ID, "err", err)
}

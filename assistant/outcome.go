package assistant

import (
	"context"
	"strconv"
	"strings"
	"time"

	"shopassist/assistant/intent"
	"shopassist/db"
	"shopassist/knowledge"
)

// reopenPause is how long a shopper must have been away before the same
// topic raised again in the same chat counts as a reopen (rather than a
// follow-up question of the same exchange).
const reopenPause = time.Hour

// turnStats is what a turn records for analytics: whether it only asked a
// clarifying question, whether no product met the shopper's constraints,
// and the demand signals it produced.
type turnStats struct {
	clarified  bool
	noMatch    bool
	wasHandoff bool
	signals    []db.DemandSignal
}

// outcome is what the turn achieved; see db.Outcome*.
func (t *turn) outcome() string {
	in := t.reply.Intent
	switch {
	case t.conv.Handoff && !t.stats.wasHandoff:
		return db.OutcomeHandoff
	case in == intent.Thanks || in == intent.Feedback:
		return db.OutcomeClosing
	case in == intent.Greeting:
		return db.OutcomeGreeting
	case t.stats.clarified:
		return db.OutcomeClarify
	case t.stats.noMatch:
		return db.OutcomeNoMatch
	case t.failed && t.u.contact() != "":
		// Contact details are never an unanswered question.
		return db.OutcomeContact
	case t.failed:
		return db.OutcomeFallback
	case in == "":
		// A contact captured for a handoff: no topic of its own.
		return db.OutcomeContact
	}
	return db.OutcomeAnswered
}

// recordOutcome moves the conversation's topic and its outcome forward.
// Closings, greetings and contact details keep the topic they follow (so
// "thanks" after an answer leaves the conversation answered); the same
// topic raised again after it was answered, following a closing or a
// pause, marks the conversation reopened.
func (t *turn) recordOutcome(outcome string, now time.Time) {
	c := t.conv
	if t.req.Country != "" {
		c.Country = t.req.Country
	}
	switch outcome {
	case db.OutcomeClosing, db.OutcomeGreeting, db.OutcomeContact:
		return
	}
	topic := t.reply.Intent
	if c.Topic == topic && c.LastOutcome == db.OutcomeAnswered && c.MessageCount > 0 &&
		(c.LastIntent == intent.Thanks || c.LastIntent == intent.Feedback || now.Sub(c.LastMessageAt) >= reopenPause) {
		c.Reopened = true
	}
	c.Topic, c.LastOutcome = topic, outcome
}

// signal records one demand signal of the turn.
func (t *turn) signal(kind string, productID, variantID int64, label string) {
	if t.dry {
		return
	}
	t.stats.signals = append(t.stats.signals, db.DemandSignal{ShopID: t.shop.ID, Kind: kind, ProductID: productID,
		VariantID: variantID, Label: label, Language: t.reply.Language})
}

// constraintLabel names what the shopper asked for in a form that is the
// same in every language: the catalog's product type, the price bounds in
// the shop currency, the colours and sizes as the entity extractor
// normalises them.
func (t *turn) constraintLabel(f knowledge.Filters) string {
	var parts []string
	if f.ProductType != "" {
		parts = append(parts, "type="+f.ProductType)
	}
	if f.MinPrice != nil {
		parts = append(parts, "min="+strconv.FormatFloat(*f.MinPrice, 'f', -1, 64)+" "+t.shop.Currency)
	}
	if f.MaxPrice != nil {
		parts = append(parts, "max="+strconv.FormatFloat(*f.MaxPrice, 'f', -1, 64)+" "+t.shop.Currency)
	}
	for _, k := range []string{"color", "size"} {
		if vs := f.Options[k]; len(vs) > 0 {
			parts = append(parts, k+"="+strings.Join(vs, "/"))
		}
	}
	if len(parts) == 0 {
		parts = append(parts, "words="+strings.ToLower(strings.Join(t.u.Ents.ProductWords, " ")))
	}
	return strings.Join(parts, " ")
}

// CartAdded records that the shopper added a product to the cart from a
// chat card (a demand signal for the merchant's analytics). The
// conversation must be the caller's, as for Feedback.
func (e *Engine) CartAdded(ctx context.Context, shop *db.Shop, customerID int64, conversationID, token string, productID, variantID int64) error {
	conv, err := e.authorize(ctx, shop, conversationID, token, customerID)
	if err != nil {
		return err
	}
	return e.store.AddDemandSignals(ctx, []db.DemandSignal{{ShopID: conv.ShopID, ConversationID: conv.ID,
		Kind: db.SignalAddedToCart, ProductID: productID, VariantID: variantID, Language: conv.Language}})
}

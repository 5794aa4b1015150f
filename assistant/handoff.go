package assistant

import (
	"fmt"
	"strings"
	"time"

	"shopassist/db"
)

// handoff flags the conversation for the merchant and tells the shopper,
// adding the offline notice outside business hours.
func (t *turn) handoff(reason, key string) error {
	t.reply.Intent = handoffIntent(t.reply.Intent, reason)
	// "I'm connecting you" is untrue outside business hours: the away
	// notice flagForMerchant adds says when the team is back instead.
	if away, _ := teamAway(t.settings.BusinessHours, t.now()); !away || reason != "requested" {
		t.say(t.t(key, nil))
	}
	if err := t.flagForMerchant(reason); err != nil {
		return err
	}
	if t.conv.CustomerEmail == "" && t.conv.CustomerPhone == "" && t.req.CustomerID == 0 {
		t.askContact()
	}
	return nil
}

func handoffIntent(current, reason string) string {
	if reason == "requested" {
		return "human_handoff"
	}
	return current
}

// flagForMerchant marks the conversation for a human with a summary.
func (t *turn) flagForMerchant(reason string) error {
	summary, err := t.summary(reason)
	if err != nil {
		return err
	}
	t.conv.Handoff = true
	t.conv.Status = db.ConversationHandoff
	t.conv.HandoffReason = reason
	t.conv.HandoffSummary = summary
	t.reply.Handoff = true
	if away, back := teamAway(t.settings.BusinessHours, t.now()); away {
		t.reply.Offline = true
		msg := t.settings.BusinessHours.OfflineMessage[t.reply.Language]
		if msg == "" {
			msg = t.awayNotice(back)
		}
		t.say(msg)
	}
	return nil
}

// awayNotice says when the team is back, in the shopper's language and
// time zone (the widget sends it) or, unknown, the store's, named.
func (t *turn) awayNotice(back time.Time) string {
	if back.IsZero() {
		return t.x("team_away", nil)
	}
	if loc, err := time.LoadLocation(t.req.TimeZone); err == nil && t.req.TimeZone != "" {
		return t.x("team_away_until", map[string]any{"When": formatWeekdayTime(t.reply.Language, back.In(loc))})
	}
	return t.x("team_away_until_store", map[string]any{"When": formatWeekdayTime(t.reply.Language, back),
		"Zone": back.Location().String()})
}

// summary is what the merchant reads first: language, intent, order, and
// the latest messages.
func (t *turn) summary(reason string) (string, error) {
	var b strings.Builder
	fmt.Fprintf(&b, "Reason: %s\nLanguage: %s\nIntent: %s\n", reason, t.reply.Language, t.reply.Intent)
	if t.state.Current != 0 {
		fmt.Fprintf(&b, "Order: #%d (verified)\n", t.state.Current)
	}
	if t.conv.CustomerEmail != "" {
		fmt.Fprintf(&b, "Email: %s\n", t.conv.CustomerEmail)
	}
	if t.req.CustomerID != 0 {
		fmt.Fprintf(&b, "Customer ID: %d\n", t.req.CustomerID)
	}
	if len(t.u.Sentiment.Signals) > 0 {
		fmt.Fprintf(&b, "Frustration signals: %s\n", strings.Join(t.u.Sentiment.Signals, ", "))
	}
	b.WriteString("Last messages:\n")
	if t.conv.ID != "" && !t.dry {
		msgs, err := t.e.store.ListMessages(t.ctx, t.conv.ID, 0, 500)
		if err != nil {
			return "", fmt.Errorf("handoff summary: %w", err)
		}
		if len(msgs) > 4 {
			msgs = msgs[len(msgs)-4:]
		}
		for _, m := range msgs {
			fmt.Fprintf(&b, "%s: %s\n", m.Role, oneLine(m.Text))
		}
	}
	fmt.Fprintf(&b, "shopper: %s\n", oneLine(t.text))
	return b.String(), nil
}

func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 200 {
		s = string(r[:200]) + "…"
	}
	return s
}

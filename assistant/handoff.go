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
	away, _ := teamAway(t.settings.BusinessHours, t.now())
	if !away || reason != "requested" {
		t.say(t.t(key, nil))
	}
	if err := t.flagForMerchant(reason); err != nil {
		return err
	}
	if !away {
		// Away, the notice already says when the team is back.
		if err := t.expectedReplyTime(); err != nil {
			return err
		}
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

// Expected reply time: measured over the last 90 days, and only told when
// at least replyTimeMinSample conversations got an agent reply, so a
// single quick answer does not become a promise.
const (
	replyTimeWindow    = 90 * 24 * time.Hour
	replyTimeMinSample = 3
)

// expectedReplyTime tells the shopper how soon the team usually answers:
// the merchant's setting, else the measured median of past first agent
// replies; nothing when neither is known.
func (t *turn) expectedReplyTime() error {
	d := time.Duration(t.settings.Handoff.ExpectedReplyHours) * time.Hour
	if d == 0 {
		median, n, err := t.e.store.MedianAgentReply(t.ctx, t.shop.ID, t.now().Add(-replyTimeWindow))
		if err != nil {
			return fmt.Errorf("expected reply time: %w", err)
		}
		if n < replyTimeMinSample {
			return nil
		}
		d = median
	}
	key, n := replyTimeWords(d)
	t.say(t.e.catalog.TN(t.reply.Language, key, n, nil))
	return nil
}

// replyTimeWords rounds a reply time the way people say it: minutes in
// fives under an hour (at least 5), whole hours above.
func replyTimeWords(d time.Duration) (key string, n int) {
	if d < 55*time.Minute {
		return "reply_within_minutes", max(5, int((d+150*time.Second)/(5*time.Minute))*5)
	}
	return "reply_within_hours", max(1, int((d+30*time.Minute)/time.Hour))
}

// awayNotice says when the team is back, in the shopper's language and
// time zone (the widget sends it) or, unknown, the store's, named.
func (t *turn) awayNotice(back time.Time) string {
	if back.IsZero() {
		return t.t("team_away", nil)
	}
	if loc, err := time.LoadLocation(t.req.TimeZone); err == nil && t.req.TimeZone != "" {
		return t.t("team_away_until", map[string]any{"When": formatWeekdayTime(t.reply.Language, back.In(loc))})
	}
	return t.t("team_away_until_store", map[string]any{"When": formatWeekdayTime(t.reply.Language, back),
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

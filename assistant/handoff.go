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
	t.say(t.t(key, nil))
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
	if offline, hours := t.offline(); offline {
		t.reply.Offline = true
		msg := t.settings.BusinessHours.OfflineMessage[t.reply.Language]
		if msg == "" {
			msg = t.t("offline_hours", map[string]any{"Hours": hours})
		}
		t.say(msg)
	}
	return nil
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

var weekdays = []string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"}

// offline reports whether humans are outside business hours now, with the
// hours to show.
func (t *turn) offline() (bool, string) {
	bh := t.settings.BusinessHours
	if !bh.Enabled {
		return false, ""
	}
	loc, err := time.LoadLocation(bh.Timezone)
	if err != nil {
		loc = time.UTC
	}
	now := t.now().In(loc)
	hours := describeHours(bh.Days)
	span, ok := bh.Days[weekdays[now.Weekday()]]
	if !ok {
		return true, hours
	}
	from, to, ok := strings.Cut(span, "-")
	if !ok {
		return true, hours
	}
	cur := now.Format("15:04")
	return cur < strings.TrimSpace(from) || cur >= strings.TrimSpace(to), hours
}

func describeHours(days map[string]string) string {
	var parts []string
	for _, d := range []string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"} {
		if span, ok := days[d]; ok {
			parts = append(parts, d+" "+span)
		}
	}
	return strings.Join(parts, ", ") + " (" + "local time" + ")"
}

package inbox

import (
	"strings"
)

// Turn is one chat message as the summary reads it: Text is the original,
// Translated its text in the merchant's language when one is stored.
type Turn struct {
	Role       string // shopper, bot or agent
	Text       string
	Translated string
}

func (t Turn) read() (text string, translated bool) {
	if t.Translated != "" {
		return t.Translated, true
	}
	return t.Text, false
}

// SummaryInput is what the admin knows about a conversation.
type SummaryInput struct {
	Reason        string // handoff reason code of the assistant
	Topic         string // merchant-facing label of the main topic
	LanguageName  string // the shopper's language, named for the merchant
	VerifiedOrder string // e.g. "#1042"; empty when none was verified
	Turns         []Turn
}

// Summary is the readable header of a handed-off conversation, replacing
// the assistant's raw "Reason: … Language: … Intent: …" dump.
type Summary struct {
	// Headline says in one sentence what the shopper wants and why a
	// person is needed.
	Headline string
	// Asked is the shopper's own request (translated when possible).
	Asked           string
	AskedTranslated bool
	// BotSaid is the assistant's last answer before the handoff.
	BotSaid           string
	BotSaidTranslated bool
	VerifiedOrder     string
}

// reasonText turns the assistant's reason codes into merchant language.
var reasonText = map[string]string{
	"requested":        "asked to talk to a person",
	"frustration":      "sounded frustrated with the assistant",
	"repeated_failure": "was not helped by the assistant after several tries",
	"cancel_request":   "wants to cancel an order",
	"return_request":   "wants to return an item",
}

// ReasonText is the merchant-facing wording of a handoff reason.
func ReasonText(code string) string {
	if t, ok := reasonText[code]; ok {
		return t
	}
	return strings.ReplaceAll(code, "_", " ")
}

// Summarize builds the header from the conversation: the shopper's longest
// substantive message stands for what they want (the first is often a
// greeting), the last bot message for what they were already told.
func Summarize(in SummaryInput) Summary {
	var s Summary
	s.VerifiedOrder = in.VerifiedOrder
	best := -1
	for i, t := range in.Turns {
		if t.Role != "shopper" {
			continue
		}
		if best < 0 || len([]rune(strings.TrimSpace(t.Text))) > len([]rune(strings.TrimSpace(in.Turns[best].Text))) {
			best = i
		}
	}
	if best >= 0 {
		s.Asked, s.AskedTranslated = in.Turns[best].read()
	}
	for i := len(in.Turns) - 1; i >= 0; i-- {
		if in.Turns[i].Role == "bot" {
			s.BotSaid, s.BotSaidTranslated = in.Turns[i].read()
			break
		}
	}
	var b strings.Builder
	if in.LanguageName != "" && in.LanguageName != "Unknown" {
		b.WriteString(in.LanguageName + "-speaking shopper")
	} else {
		b.WriteString("Shopper")
	}
	if in.Topic != "" && in.Topic != "—" {
		b.WriteString(" asking about " + strings.ToLower(in.Topic))
	}
	if in.Reason != "" {
		b.WriteString(" " + ReasonText(in.Reason))
	}
	if in.VerifiedOrder != "" {
		b.WriteString("; order " + in.VerifiedOrder + " is verified as theirs")
	}
	b.WriteString(".")
	s.Headline = b.String()
	return s
}

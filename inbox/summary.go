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
	VerifiedOrder string // e.g. "#1042"; empty when none was verified
	Turns         []Turn
}

// Summary is the readable header of a handed-off conversation, replacing
// the assistant's raw "Reason: … Language: … Intent: …" dump. Its headline
// (who asks, about what, why a person is needed) is worded by the admin in
// the merchant's language.
type Summary struct {
	// Asked is the shopper's own request (translated when possible).
	Asked           string
	AskedTranslated bool
	// BotSaid is the assistant's last answer before the handoff.
	BotSaid           string
	BotSaidTranslated bool
	VerifiedOrder     string
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
	return s
}

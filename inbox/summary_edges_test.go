package inbox

import "testing"

// TestSummarizeEdges: the handoff header must hold up for the shapes real
// conversations take, in every script: the longest request is measured in
// characters (a Japanese question is short in characters, long in bytes),
// an agent's reply is not what the assistant said, and a conversation
// without one side leaves that part empty rather than borrowing the other.
func TestSummarizeEdges(t *testing.T) {
	tests := []struct {
		name           string
		turns          []Turn
		asked, botSaid string
		askedTr, botTr bool
	}{
		{"no turns", nil, "", "", false, false},
		{"shopper only, untranslated", []Turn{{Role: "shopper", Text: "¿Dónde está mi pedido?"}},
			"¿Dónde está mi pedido?", "", false, false},
		{"characters, not bytes, decide the longest",
			[]Turn{{Role: "shopper", Text: "返品したい"}, {Role: "shopper", Text: "refund please"}},
			"refund please", "", false, false},
		{"padding does not make a message longer",
			[]Turn{{Role: "shopper", Text: "where is order 7"}, {Role: "shopper", Text: "   ok?            "}},
			"where is order 7", "", false, false},
		{"a tie keeps the earlier request",
			[]Turn{{Role: "shopper", Text: "أين طلبي"}, {Role: "shopper", Text: "أين طردي"}},
			"أين طلبي", "", false, false},
		{"the agent's reply is not the assistant's",
			[]Turn{{Role: "shopper", Text: "help"}, {Role: "bot", Text: "Connecting you."}, {Role: "agent", Text: "Hi, Ana here."}},
			"help", "Connecting you.", false, false},
		{"translation used where stored, per message",
			[]Turn{{Role: "shopper", Text: "Gdzie jest moja paczka?", Translated: "Where is my parcel?"},
				{Role: "bot", Text: "Jest w drodze."}},
			"Where is my parcel?", "Jest w drodze.", true, false},
		{"bot only", []Turn{{Role: "bot", Text: "Hello!"}}, "", "Hello!", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Summarize(SummaryInput{Turns: tt.turns})
			if s.Asked != tt.asked || s.AskedTranslated != tt.askedTr || s.BotSaid != tt.botSaid || s.BotSaidTranslated != tt.botTr {
				t.Errorf("got asked %q (%v) bot %q (%v); want %q (%v) %q (%v)",
					s.Asked, s.AskedTranslated, s.BotSaid, s.BotSaidTranslated, tt.asked, tt.askedTr, tt.botSaid, tt.botTr)
			}
			if s.VerifiedOrder != "" {
				t.Errorf("verified order invented: %q", s.VerifiedOrder)
			}
		})
	}
}

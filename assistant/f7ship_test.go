package assistant_test

import (
	"testing"
)

// TestShippingRulesSeventhRound covers delivery, return-cost, refund-timing
// and address questions worded as the seventh blind round found them
// unanswered: several destinations in one message, a gift's postage read
// as a recommendation, an order still to be placed, deductions from a
// refund, and an address to fix in a hurry.
func TestShippingRulesSeventhRound(t *testing.T) {
	env := answerEnv(t)
	t.Run("places", func(t *testing.T) {
		checkReplies(t, env, []replyCase{
			// Two destinations: each one's rule, introduced by its name.
			{"en", "What does postage cost to Munich and to Madrid?", []string{"€4.95", "€6.95", "Germany", "Spain"}, []string{"€7.95"}},
			{"nl", "Wat kost verzenden naar Antwerpen, en wat naar Milaan?", []string{"4,95", "6,95"}, []string{"7,95"}},
			{"fr", "Je commande pour Gand et pour Manchester, combien coûtent les frais de port ?", []string{"4,95", "7,95"}, []string{"6,95"}},
			{"ko", "스톡홀름이랑 오슬로로 각각 보내면 무배 되나요?", []string{"75", "16.95"}, []string{"€200"}},
			// A gift's postage is the delivery rule, not gift ideas.
			{"it", "Quanto costa spedire un regalo a mio fratello a Tokyo?", []string{"19,95"}, nil},
			{"en", "Sending a present to my aunt in Vienna, what's the postage?", []string{"€6.95"}, nil},
			// Express to a city named after a colloquial "pro".
			{"pt", "Qual o prazo do frete expresso pro Porto?", []string{"1–2"}, []string{"12,95"}},
		})
	})
	t.Run("returns and refunds", func(t *testing.T) {
		checkReplies(t, env, []replyCase{
			// What a return from a place costs, asked as a deduction.
			{"it", "Abito a Manchester: se rimando indietro la giacca, quanto mi trattenete?", []string{"5,95"}, nil},
			{"de", "Ich schicke aus Liverpool zurück – zieht ihr dafür etwas ab?", []string{"5,95"}, nil},
			// The refund's timing, not when goods are back in stock.
			{"de", "Ihr habt meine Retoure bekommen. Wie lange dauert es, bis das Geld wieder da ist?", []string{"5–10"}, []string{"Wochen"}},
		})
	})
	t.Run("address", func(t *testing.T) {
		checkReplies(t, env, []replyCase{
			{"pt", "Acabei de comprar e o CEP está errado, dá pra trocar?", []string{"1 hora"}, nil},
			{"nl", "Verdorie, ik heb net besteld met m'n oude adres erin. Kan dat nog?", []string{"1 uur"}, nil},
		})
	})
	t.Run("order still to place", func(t *testing.T) {
		for _, c := range []struct {
			country string
			replyCase
		}{
			{"NL", replyCase{"nl", "Als ik morgen om 9 uur bestel, wanneer heb ik het dan?", []string{"1–3"}, nil}},
			{"FR", replyCase{"fr", "Si je commande ce soir, je le reçois quand ?", []string{"2 à 5"}, nil}},
			{"ES", replyCase{"es", "Si pido hoy, ¿cuándo me llega?", []string{"2–5"}, nil}},
			{"AT", replyCase{"de", "Wenn ich heute bestelle, wann ist es ungefähr da?", []string{"2–5"}, nil}},
		} {
			checkReplies(t, env, []replyCase{c.replyCase}, fromStorefront(c.country))
		}
	})
}

package assistant_test

import (
	"testing"
)

// TestF8Pol: a town under 100,000 inhabitants, named after a preposition,
// decides the destination's rule as a city does (the gazetteer's towns).
func TestF8Pol(t *testing.T) {
	env := answerEnv(t)
	t.Run("MarkedTowns", func(t *testing.T) {
		checkReplies(t, env, []replyCase{
			// Swiss towns: no free shipping, duties on delivery.
			{"it", "Quanto costa mandare un pacco a Bellinzona?", []string{"16,95"}, []string{"4,95"}},
			{"de", "Was kostet der Versand nach Lugano?", []string{"16,95"}, []string{"4,95"}},
			{"de", "Ich wohne in Bellinzona, muss ich bei der Lieferung Zoll zahlen?", []string{"DAP"}, []string{"DDP"}},
			// EU towns: the EU rule.
			{"fr", "Combien coûte la livraison à Annemasse ?", []string{"6,95"}, []string{"16,95"}},
			{"en", "How much is shipping to Lörrach?", []string{"4.95"}, []string{"16.95"}},
			{"de", "Was kostet der Versand nach Bozen?", []string{"6,95"}, []string{"16,95"}},
		})
	})
}

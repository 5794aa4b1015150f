package assistant_test

import (
	"testing"

	"shopassist/assistant"
)

// TestR5RefundTiming: when the money of a return is back, asked with a
// bank's word for it (put back on the card or account), "business days", a
// verb of taking time, the tracking of the parcel sent back, or in too few
// words for the classifier: the refund passage (inspection in 2 business
// days, refund in 5–10).
func TestR5RefundTiming(t *testing.T) {
	checkReplies(t, newEnv(t, assistant.Options{}), []replyCase{
		{"nl", "Binnen hoeveel werkdagen wordt het aankoopbedrag teruggestort na mijn retour?", []string{"5–10"}, nil},
		{"pt", "Depois que a devolução chega, em quantos dias sai o estorno no cartão?", []string{"5–10"}, nil},
		{"it", "Quanto ci mette il riaccredito sulla carta dopo il reso?", []string{"5–10"}, nil},
		{"fr", "Le colis retour est parti, l'argent revient quand sur ma carte ?", []string{"5 à 10"}, nil},
		{"de", "Wann wird mir der Betrag zurückerstattet, wenn ihr die Rücksendung habt?", []string{"5–10"}, nil},
		{"zh-Hans", "退货寄回去以后，钱几天能退回到卡上？", []string{"5–10"}, nil},
		// Beside the tracking of the parcel sent back: the refund, not
		// the tracking FAQ.
		{"nl", "De track & trace zegt dat jullie mijn retour hebben. Wanneer staat het geld weer op mijn rekening?", []string{"5–10", "2 werkdagen"}, nil},
		// Argentina is no French money.
		{"it", "Quando arriva un ordine in Argentina?", []string{"7–15"}, []string{"5–10"}},
	})
}

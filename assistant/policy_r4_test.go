package assistant_test

import (
	"testing"
)

// TestPolicyAnswersRound4: policy questions whose wording used to miss the
// passage that carries the asked fact. Each row is a general cause: a
// cancel question that says the order already shipped, a repair asked
// "after the warranty", the inspection of a return, a per-country duties
// question the FAQ only summarises, two questions in one, colloquial verbs
// and place names.
func TestPolicyAnswersRound4(t *testing.T) {
	checkReplies(t, answerEnv(t), []replyCase{
		// The FAQ on cancelling says what to do once it has shipped.
		{"nl", "Kan ik nog annuleren? Mijn pakket is vanochtend al verstuurd", []string{"30"}, nil},
		{"fr", "Mon colis est déjà expédié, est-ce que je peux encore annuler la commande ?", []string{"30"}, nil},
		// A repair after the warranty is the repair entry's.
		{"pt", "Minha mochila quebrou depois da garantia, vocês consertam?", []string{"Utrecht"}, nil},
		// The inspection of a return is the first step of the refund.
		{"pt", "Quando minha devolução chegar, quanto tempo vocês levam pra analisar?", []string{"2 dias úteis"}, nil},
		// The customs page's passage carries the country's tax.
		{"pt", "Moro em Genebra na Suíça, pago imposto quando chegar?", []string{"DAP", "8,1"}, nil},
		{"nl", "Moet ik invoerrechten betalen als ik in Zwitserland woon?", []string{"DAP", "8,1"}, nil},
		{"es", "¿Pago IVA si pido desde Suiza?", []string{"8,1"}, nil},
		// Two questions: the return cost and what delivery costs.
		{"nl", "Ik woon in Birmingham. Is retourneren gratis? En wat betaal ik voor de verzending?", []string{"5,95", "7,95"}, nil},
		{"zh-Hant", "寄到大阪運費多少？退貨運費誰付？", []string{"19.95"}, nil},
		// Colloquial Brazilian "mandam" is shipping.
		{"pt", "Vocês mandam pra Noruega de graça?", []string{"16,95"}, []string{"75"}},
		// Customs clearance and being taxed, as verbs and inflected.
		{"it", "Per la Norvegia lo sdoganamento è a carico mio?", []string{"DAP"}, []string{"DDP"}},
		{"pt", "Um pedido pros Estados Unidos é tributado?", []string{"DDP"}, []string{"DAP"}},
		{"tr", "Japonya'ya gönderirseniz gümrüğe takılır mı?", []string{"DAP"}, []string{"DDP"}},
		// An amount in the message: how far it is from the threshold.
		{"nl", "Ik zit op 55 euro, hoeveel moet ik nog bijbestellen voor gratis verzending naar Antwerpen?", []string{"€20", "€75"}, nil},
		{"ko", "장바구니에 180유로 있는데 호주로 무료배송 받으려면 얼마 더 사야 해요?", []string{"€20", "€200"}, nil},
		{"tr", "Sepetimde 120 euro var, İngiltere'ye kargo bedava mı?", []string{"€100"}, []string{"€20 daha"}},
		// The amount asked about is the threshold itself: no order to compare.
		{"it", "La spedizione in Germania è gratis sopra i 75 euro?", []string{"75"}, []string{"mancano"}},
		// The cut-off for leaving the warehouse the same day.
		{"en", "What time do I need to order for same-day dispatch?", []string{"14:00"}, nil},
		{"es", "¿Hasta qué hora puedo pedir para que salga el mismo día?", []string{"14:00"}, nil},
		// The customs declaration is the same for every destination.
		{"en", "Could you declare my order as a gift to avoid customs fees?", []string{"gift"}, []string{"Which country"}},
		{"de", "Könnt ihr den Warenwert für den Zoll niedriger deklarieren?", []string{"DDP"}, []string{"€"}},
		{"nl", "Kunnen jullie de zending als cadeau aangeven bij de douane?", []string{"cadeau"}, []string{"€"}},
		// Between two sizes: the sizing entry's advice, in the shopper's language.
		{"tr", "Montta iki beden arasında kalıyorum, hangisini önerirsiniz?", []string{"İki beden arasında"}, nil},
		{"pt", "Estou entre dois tamanhos na jaqueta, pego qual?", []string{"entre dois tamanhos"}, nil},
		// A sold-out size coming back is the FAQ's, though sizes are named.
		{"ko", "품절된 사이즈 다시 입고되나요?", []string{"4–6"}, nil},
		// The carrier is a delivery question: the destination's rule names it.
		{"nl", "Met welke vervoerder komt mijn pakket naar Tokio?", []string{"Japan Post"}, []string{"78%"}},
		{"pt", "Qual transportadora vocês usam para o Japão?", []string{"Japan Post"}, nil},
		// Places by their everyday names.
		{"zh-Hant", "寄到澳門要付關稅嗎？", []string{"DAP"}, []string{"DDP"}},
		{"it", "Spedizione gratuita a Monaco di Baviera, da che importo?", []string{"75"}, []string{"24,95"}},
	})
}

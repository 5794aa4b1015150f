package assistant_test

import (
	"testing"

	"shopassist/assistant/eval"
)

// caseDutiesUnnamed: whether money is due when the parcel is handed over
// (the courier asking for money, paying at the door, on receipt) is the
// duties question asked without naming duties; the customs rule of the
// place answers, not its delivery price or a product.
func caseDutiesUnnamed(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{
		{"en", "Is the courier going to want cash from me when the box gets to Wellington?", []string{"DAP"}, []string{"DDP"}},
		{"en", "My parcel goes to Chicago. Do I have to pay anything extra on delivery?", []string{"DDP"}, []string{"DAP"}},
		{"de", "Muss ich beim Paketboten in Zürich noch etwas draufzahlen?", []string{"DAP"}, []string{"DDP"}},
		{"nl", "Moet mijn zus in Oslo bij de deur nog iets bijbetalen?", []string{"DAP"}, []string{"DDP"}},
		{"fr", "Le facteur va me demander de l'argent à Vancouver ?", []string{"DAP"}, []string{"DDP"}},
		{"es", "Vivo en Toronto, ¿el repartidor me va a cobrar algo al recibir el paquete?", []string{"DAP"}, []string{"DDP"}},
		{"pt", "Meu irmão mora em Tóquio, ele vai pagar alguma coisa ao receber?", []string{"DAP"}, []string{"DDP"}},
		{"it", "Mia madre abita a Sydney: dovrà pagare qualcosa alla consegna?", []string{"DAP"}, []string{"DDP"}},
		{"ru", "Живу в Осло. Придётся что-то доплачивать курьеру?", []string{"DAP"}, []string{"DDP"}},
		{"ko", "뉴욕에 사는 친구가 받을 때 돈을 더 내야 하나요?", []string{"DDP"}, []string{"DAP"}},
		{"zh-Hant", "寄到倫敦的包裹會被收稅嗎？", []string{"DDP"}, []string{"DAP"}},
	})
}

// caseDutiesCompared: a duties question naming two destinations states
// each place's customs rule, not the first place's only.
func caseDutiesCompared(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{
		{"en", "One gift goes to Manchester and one to Zurich: will either of them pay import duties?", []string{"DDP", "DAP"}, nil},
		{"de", "Ein Paket nach Madrid, eins nach Oslo: fällt bei beiden Zoll an?", []string{"EU", "DAP"}, nil},
		{"pt", "Passo o verão em Paris e o inverno em Nova Iorque. Onde pago taxa de importação?", []string{"UE", "DDP"}, []string{"DAP"}},
	})
}

// caseDutiesResidence: a move names the new home last ("van X naar Y"),
// and studying abroad is living there: that place's rule governs, not the
// first place named or the country of the storefront's language.
func caseDutiesResidence(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{
		{"nl", "We verhuizen van Amsterdam naar Oslo. Moeten we daar invoerrechten betalen?", []string{"DAP"}, []string{"DDP"}},
		{"en", "I'm moving from Bristol to Madrid in May, will I still pay customs there?", []string{"EU"}, []string{"DDP", "DAP"}},
		{"ko", "지금 파리에서 유학 중인데 관세 내야 해요?", []string{"EU"}, []string{"DAP", "DDP"}},
	})
}

// caseRestrictedWords: batteries and knives named by their everyday words
// (accu, Akku, batarya, the softened "bıçağı") taken to a place are the
// restriction rule (EU ground delivery only), not the product or an order.
func caseRestrictedWords(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{
		{"nl", "Mag een reserve-accu mee in het pakket naar Vancouver?", []string{"EU"}, nil},
		{"de", "Kann ich einen Ersatzakku nach Oslo bestellen?", []string{"EU"}, nil},
		{"tr", "Çakı bıçağı Berlin'e gönderebilir misiniz?", []string{"AB"}, nil},
		{"it", "Mi mandate un coltello a Torino?", []string{"UE"}, nil},
	})
}

// caseCashOnDelivery: "contra reembolso", "onder rembours" pay the carrier
// in cash: the payment methods answer, not the refund policy.
func caseCashOnDelivery(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{
		{"es", "¿Puedo pagar contra reembolso en Valencia? No uso tarjetas.", []string{"PayPal"}, []string{"5 a 10"}},
		{"nl", "Kan ik onder rembours betalen?", []string{"PayPal"}, nil},
	})
}

// caseDutiesStorefront: duties asked in a few words the classifier cannot
// place, naming no place: the storefront country's customs rule.
func caseDutiesStorefront(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{{"ko", "관부가세 있어요? 200유로 정도 주문할 건데", []string{"DAP"}, []string{"DDP"}}}, fromStorefront("JP"))
	checkReplies(t, env, []replyCase{{"ru", "при получении что-то доплачивать? растаможка?", []string{"DAP"}, []string{"DDP"}}}, fromStorefront("CH"))
	checkReplies(t, env, []replyCase{{"es", "¿me van a cobrar algo extra al entregarlo?", []string{"DDP"}, []string{"DAP"}}}, fromStorefront("US"))
}

// TestF7Duty asks the duties, restricted goods and payment cases above of
// one demo store.
func TestF7Duty(t *testing.T) {
	env := answerEnv(t)
	t.Run("DutiesUnnamed", func(t *testing.T) { caseDutiesUnnamed(t, env) })
	t.Run("DutiesCompared", func(t *testing.T) { caseDutiesCompared(t, env) })
	t.Run("DutiesResidence", func(t *testing.T) { caseDutiesResidence(t, env) })
	t.Run("RestrictedWords", func(t *testing.T) { caseRestrictedWords(t, env) })
	t.Run("CashOnDelivery", func(t *testing.T) { caseCashOnDelivery(t, env) })
	t.Run("DutiesStorefront", func(t *testing.T) { caseDutiesStorefront(t, env) })
}

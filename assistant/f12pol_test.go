package assistant_test

import (
	"testing"
)

// TestF12Pol: the currency a shopper pays in says where they live, for a
// delivery, duties or return-cost question; paying something to the
// courier or on receipt, said in words the duties lexicon lacked, is the
// duties rule.
func TestF12Pol(t *testing.T) {
	env := answerEnv(t)
	t.Run("PaysInCurrency", func(t *testing.T) {
		checkReplies(t, env, []replyCase{
			{"nl", "ik reken af in Zwitserse franken. Vanaf welk bedrag is verzending gratis?", []string{"16,95"}, []string{"75"}},
			{"de", "Ich zahle in Pfund. Ab welchem Betrag ist der Versand gratis?", []string{"100"}, []string{"150"}},
			{"es", "Pago en dólares canadienses, ¿hay algún importe a partir del cual no pague envío?", []string{"16,95"}, []string{"75"}},
			{"ko", "원화로 결제하는데 몇 유로 넘으면 배송비 무료예요?", []string{"200"}, []string{"€75"}},
			{"fr", "Je paie en francs suisses, est-ce que j'aurai des frais à régler au livreur ?", []string{"DAP", "8,1"}, nil},
			{"en", "I pay in pounds - will there be customs charges when it arrives?", []string{"DDP"}, []string{"DAP"}},
			{"it", "Pago in franchi svizzeri, quanto costa la spedizione?", []string{"16,95"}, nil},
			{"ja", "日本円で支払うんですが、配送は何日かかりますか？", []string{"DHL", "19.95"}, []string{"24.95"}},
			{"pl", "Płacę w koronach norweskich, czy zapłacę cło przy odbiorze?", []string{"DAP"}, nil},
			{"zh-Hans", "我用澳元付款，到货时要交税吗？", []string{"DAP"}, nil},
			{"ru", "Я плачу в рублях, сколько дней доставка?", []string{"7–15"}, nil},
		})
	})
	t.Run("CurrencyAloneIsTheFAQ", func(t *testing.T) {
		checkReplies(t, env, []replyCase{
			{"en", "Can I pay in Swiss francs?", []string{"25"}, []string{"16.95"}},
		})
	})
	t.Run("DueOnReceipt", func(t *testing.T) {
		checkReplies(t, env, []replyCase{
			{"tr", "Yani Roma'ya sipariş verirsem kapıda hiçbir şey ödemeyeceğim, değil mi?", []string{"AB"}, []string{"DAP"}},
			{"pl", "Siostra mieszka w Londynie – zapłaci coś kurierowi przy odbiorze?", []string{"DDP"}, []string{"DAP"}},
			{"zh-Hans", "寄到新加坡，收包裹的时候还要另外交钱吗？", []string{"DAP"}, []string{"DDP"}},
			{"zh-Hant", "寄到紐約，收件時還要補稅嗎？", []string{"DDP"}, []string{"DAP"}},
			{"fr", "Pour Oslo, il y a des frais à payer au livreur ?", []string{"DAP"}, []string{"DDP"}},
		})
	})
}

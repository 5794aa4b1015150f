package assistant_test

import "testing"

// TestCartLineKeepsToTheRule: the line about the shopper's own order says
// what is missing or that it already ships free, with the destination's
// threshold, but does not repeat the shopper's amount: beside a shipping
// rule, "€150" or "€100" reads as another zone's threshold.
func TestCartLineKeepsToTheRule(t *testing.T) {
	env := answerEnv(t)
	checkReplies(t, env, []replyCase{
		{"en", "If I spend 150 euros, is shipping to the UK free?", []string{"100", "already ships there for free"}, []string{"150"}},
		{"nl", "Mijn winkelmandje staat op 100 euro, is verzending naar België dan gratis?", []string{"75", "al gratis"}, []string{"100"}},
		{"tr", "Sepetim 150 euro, Almanya'ya kargo ücretsiz mi?", []string{"75", "zaten ücretsiz"}, []string{"150"}},
		{"pt", "Com uma compra de 200 euros o frete para Portugal é grátis?", []string{"75", "já tem frete grátis"}, []string{"200"}},
		{"ko", "150유로 주문하면 독일로 무료배송 되나요?", []string{"75", "이미 무료"}, []string{"150"}},
		{"de", "Mein Warenkorb liegt bei 50 Euro, wie viel fehlt bis zum Gratisversand nach Österreich?", []string{"75", "25"}, []string{"50 €", "€50"}},
	})
}

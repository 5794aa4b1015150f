package knowledge

import "testing"

// TestAsksRefundAcrossLanguages: a question about the money back is a
// refund question in every language the assistant answers, and a question
// about sending an item back without the money is not.
func TestAsksRefundAcrossLanguages(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"When do I get my refund?", true},
		{"¿Cuándo me reembolsan el pedido?", true},
		{"Quand serai-je remboursé ?", true},
		{"Wann wird mir der Betrag erstattet?", true},
		{"Quando ricevo il rimborso?", true},
		{"Quando recebo o reembolso?", true},
		{"Wanneer wordt het bedrag terugbetaald?", true},
		{"Kiedy dostanę zwrot pieniędzy?", true},
		{"Para iadesi ne zaman yapılır?", true},
		{"Когда вернут деньги?", true},
		{"متى يتم استرداد المبلغ؟", true},
		{"返金はいつですか？", true},
		{"退款什么时候到账？", true},
		{"환불은 언제 되나요?", true},
		{"Kapan pengembalian dana saya diproses?", true},
		{"Can I send back the jacket?", false},
		{"Is this sweater warm enough for winter?", false},
		{"Wie kann ich die Hose zurücksenden?", false},
	}
	for _, tt := range tests {
		if got := AsksRefund(tt.text); got != tt.want {
			t.Errorf("AsksRefund(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestAsksDutiesAcrossLanguages: import duties and taxes are recognised in
// each language and script, and ordinary product questions are not.
func TestAsksDutiesAcrossLanguages(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Will I have to pay customs fees in Canada?", true},
		{"¿Hay que pagar aranceles al recibirlo?", true},
		{"Dois-je payer des droits de douane ?", true},
		{"Muss ich Zoll bezahlen?", true},
		{"Ci sono dazi doganali per la Svizzera?", true},
		{"Vou pagar taxas de importação no Brasil?", true},
		{"Moet ik invoerrechten betalen?", true},
		{"Czy trzeba zapłacić cło?", true},
		{"Gümrük vergisi ödeyecek miyim?", true},
		{"Нужно ли платить таможенную пошлину?", true},
		{"هل علي دفع رسوم الجمارك؟", true},
		{"関税はかかりますか？", true},
		{"需要交关税吗？", true},
		{"需要付關稅嗎？", true},
		{"관세를 내야 하나요?", true},
		{"Apakah ada bea cukai untuk Indonesia?", true},
		{"Is the blue dress made of cotton?", false},
		{"Do you have this in size 40?", false},
	}
	for _, tt := range tests {
		if got := AsksDuties(tt.text); got != tt.want {
			t.Errorf("AsksDuties(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestServiceQuestionCombinations pins the readings that choose a store
// rule over a merchant FAQ entry: any service rule, duties with returns in
// one message, and one service word on its own.
func TestServiceQuestionCombinations(t *testing.T) {
	tests := []struct {
		text                      string
		service, dutiesAndReturns bool
	}{
		{"Do I pay duties in Norway and can I return for free?", true, true},
		{"Zahle ich Zoll in der Schweiz und kann ich kostenlos zurücksenden?", true, true},
		{"スイスで関税はかかりますか？返品はできますか？", true, true},
		{"Do you deliver to Iceland?", true, false},
		{"Can I return a sale item?", true, false},
		{"Do I pay duties in Norway?", true, false},
		{"Which colours does the scarf come in?", false, false},
		{"Muss ich in der Schweiz Zoll in Franken zahlen?", true, false},
	}
	for _, tt := range tests {
		if got := AsksServiceRule(tt.text); got != tt.service {
			t.Errorf("AsksServiceRule(%q) = %v, want %v", tt.text, got, tt.service)
		}
		if got := AsksDutiesAndReturns(tt.text); got != tt.dutiesAndReturns {
			t.Errorf("AsksDutiesAndReturns(%q) = %v, want %v", tt.text, got, tt.dutiesAndReturns)
		}
	}
}

// TestServiceWord: a single word naming a service topic in any script is
// the shopper's language, not a product name; product-like words are not.
func TestServiceWord(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"гарантия", true},
		{"Versand", true},
		{"envíos", true},
		{"返品", true},
		{"배송", true},
		{"zwrot", true},
		{"Granite", false},
		{"Merino", false},
		{"Alpaca", false},
	}
	for _, tt := range tests {
		if got := ServiceWord(tt.word); got != tt.want {
			t.Errorf("ServiceWord(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

// TestShippingAndRefundParticiples: Dutch and German past participles
// change the stem ("betalen" → "terugbetaald", "liefern" → "geliefert",
// "verzenden" → "verzonden"), so "has it been shipped/refunded?" needs the
// participle's own stem to be read as the question it is.
func TestShippingAndRefundParticiples(t *testing.T) {
	tests := []struct {
		text  string
		topic topicSet
	}{
		{"Wanneer wordt het bedrag terugbetaald?", topicRefund},
		{"Hij heeft het nog niet terugbetaalt.", topicRefund},
		{"Wordt het naar België geleverd?", topicShipping},
		{"Is mijn bestelling al verzonden?", topicShipping},
		{"Wird das auch nach Österreich geliefert?", topicShipping},
		{"Wurde meine Bestellung schon verschickt?", topicShipping},
		{"Wann wird sie zugestellt?", topicShipping},
	}
	for _, tt := range tests {
		if got := topicsOf(tt.text); got&tt.topic == 0 {
			t.Errorf("topicsOf(%q) = %b, lacks %b", tt.text, got, tt.topic)
		}
	}
}

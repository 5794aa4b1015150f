package knowledge

import "testing"

func TestTopicsOf(t *testing.T) {
	tests := []struct {
		text     string
		has, not topicSet
	}{
		// How long, not how much.
		{"J'ai combien de temps pour retourner un article ?", topicTime | topicReturns, topicCost},
		{"Berapa hari batas pengembalian?", topicTime | topicReturns, topicCost},
		{"كم يوما لدي لإرجاع المنتج؟", topicTime, topicCost},
		{"Combien coûte la livraison ?", topicCost | topicShipping, 0},
		{"what's shipping to Tel Aviv and do I pay import tax?", topicCost | topicShipping | topicDuties, 0},
		// Money back is a refund, not goods sent back.
		{"Wann bekomme ich mein Geld zurück?", topicRefund | topicTime, topicReturns},
		{"Wann kommt meine Rücksendung zurück?", topicReturns, 0},
		// The return window's label is a time span in every language.
		{"Retourtermijn", topicReturns | topicTime, 0},
		{"Rückgabefrist", topicReturns | topicTime, 0},
		{"Termin zwrotu", topicReturns | topicTime, 0},
		{"İade süresi", topicReturns | topicTime, 0},
		{"مهلة الإرجاع", topicReturns | topicTime, 0},
		// How much time one has is a time span, not a cost.
		{"¿Cuánto tiempo tengo para devolver unas botas?", topicTime | topicReturns, topicCost},
		{"Ile mam czasu na zwrot?", topicTime | topicReturns, topicCost},
		{"How much time do I have to return a jacket?", topicTime | topicReturns, topicCost},
		{"Wie viel Zeit habe ich für eine Rücksendung?", topicTime | topicReturns, topicCost},
		{"Hoeveel tijd heb ik om iets terug te sturen?", topicTime | topicReturns, 0},
		{"Сколько времени у меня есть на возврат?", topicTime | topicReturns, 0},
		{"退货有多长时间？", topicTime | topicReturns, 0},
		// An Italian amount is no import duty.
		{"Spedizione gratis sopra quale importo?", topicShipping | topicCost, topicDuties},
		{"Zijn er importkosten naar Zwitserland?", topicDuties, 0},
		{"Czy są opłaty celne do Polski?", topicDuties, 0},
		// VAT and consumption tax by their names in each script.
		{"寄到日本东京，会收消费税吗？", topicDuties, 0},
		{"Muss ich in der Schweiz Mehrwertsteuer zahlen?", topicDuties, 0},
		{"Apakah ada PPN untuk kiriman ke Swiss?", topicDuties, 0},
		{"Kan ik een pakketje naar een postbus sturen?", topicAddress, 0},
		// What one spends asks what shipping costs there; "pago" alone
		// is "I pay", not a payment method.
		{"Se ordino 80 euro a Milano pago la spedizione?", topicShipping | topicCost, topicPayment},
		{"Comprando 80 euros, pago o frete para Lisboa?", topicShipping | topicCost, topicPayment},
		{"Si gasto 60 €, ¿pago los gastos de envío?", topicShipping | topicCost, topicPayment},
		{"250유로 이상 사면 배송비 무료인가요?", topicShipping | topicCost, 0},
		{"Bij een bestelling van 90 euro, betaal ik dan verzendkosten?", topicShipping | topicCost, 0},
		{"¿Cuáles son los métodos de pago?", topicPayment, 0},
		// How or whether one can pay, with nothing else to pay.
		{"Come posso pagare?", topicPayment, 0},
		{"Czy mogę zapłacić BLIK-iem?", topicPayment, 0},
		{"Hoe kan ik betalen?", topicPayment, 0},
		{"Nasıl ödeme yapabilirim?", topicPayment, 0},
		{"Can I pay the customs fee at the door?", topicDuties, topicPayment},
		// Payment brands spelt in other scripts.
		{"페이팔로 결제 돼요?", topicPayment, 0},
		{"ペイパルは使えますか", topicPayment, 0},
		{"можно через пейпал?", topicPayment, 0},
		// The money after a return is the refund.
		{"Quando mi arrivano i soldi del reso?", topicRefund | topicTime, 0},
		{"¿En cuántos días me devolvéis el dinero?", topicRefund, 0},
		{"Hoe snel heb ik mijn geld terug na een retour?", topicRefund | topicTime, 0},
		{"Wie schnell bekomme ich mein Geld?", topicRefund | topicTime, 0},
		// Dutch import costs are duties.
		{"Komen er invoerkosten bij als ik in Zwitserland woon?", topicDuties, 0},
		{"Wie betaalt de inklaring?", topicDuties, 0},
		// The Italian names of DAP and DDP are no returns.
		{"Spediamo in regime DAP (reso al luogo di destinazione).", topicDuties, topicReturns},
		{"Spediamo DDP (reso sdoganato): nulla da pagare alla consegna.", topicDuties, topicReturns},
		{"Chi paga la spedizione del reso?", topicReturns | topicShipping, 0},
		// A knife in the singular; the parts of an address.
		{"Mag een mes mee in een zending naar Canada?", topicRestricted | topicShipping, 0},
		{"Kann ich ein Taschenmesser nach Norwegen schicken?", topicRestricted | topicShipping, 0},
		{"I typed the wrong street number", topicAddress, 0},
		{"Ik heb het verkeerde huisnummer ingevuld", topicAddress, 0},
		{"우편번호를 잘못 적었어요", topicAddress, 0},
	}
	for _, tt := range tests {
		got := topicsOf(tt.text)
		if got&tt.has != tt.has || got&tt.not != 0 {
			t.Errorf("topicsOf(%q) = %b, want %b and not %b", tt.text, got, tt.has, tt.not)
		}
	}
}

func TestAsksPlaceRule(t *testing.T) {
	for _, c := range []struct {
		text string
		want PlaceRule
		both bool
	}{
		{"In quanti giorni arriva un ordine in Belgio?", ShippingRule, false},
		{"일본 주문 시 관세가 있나요?", ShippingRule, false},
		{"I'm in Austria. When would my order arrive?", ShippingRule, false},
		{"Kanada'ya bıçak gönderebilir misiniz?", ShippingRule, false},
		{"Was kostet eine Rücksendung aus Großbritannien?", ReturnCostRule, false},
		{"Can I cancel my order?", NoPlaceRule, false},
		{"How much is shipping to Canada and will I pay customs?", ShippingRule, true},
		{"寄到美国运费多少？要交关税吗？", ShippingRule, true},
		{"Will I pay customs in Norway?", ShippingRule, false},
	} {
		if got := AsksPlaceRule(c.text); got != c.want {
			t.Errorf("AsksPlaceRule(%q) = %d, want %d", c.text, got, c.want)
		}
		if got := AsksShippingAndDuties(c.text); got != c.both {
			t.Errorf("AsksShippingAndDuties(%q) = %v, want %v", c.text, got, c.both)
		}
	}
}

func TestAsksShippingAndReturns(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"What's shipping to Glasgow and are returns free from there?", true},
		{"寄到荷兰运费多少？退货免费吗？", true},
		{"호주까지 배송비랑 반품할 때 비용 알려주세요", true},
		{"Kargo ne kadar, iade ücretsiz mi?", true},
		{"Wat kost verzending naar Lissabon en is terugsturen ook gratis?", true},
		{"Who pays the return shipping from the UK?", false},
		{"¿Cuánto cuesta el envío de la devolución desde Chile?", false},
		{"How much is shipping to Canada and will I pay customs?", false},
	} {
		if got := AsksShippingAndReturns(c.text); got != c.want {
			t.Errorf("AsksShippingAndReturns(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestAsksRestrictedShipping(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Can you ship gas canisters to the US with my stove?", true},
		{"Spedite le cartucce di gas anche in Norvegia?", true},
		{"このストーブ用のガス缶も日本に送ってもらえますか？", true},
		{"Vous pouvez m'envoyer des cartouches de gaz pour le réchaud en Suisse ?", true},
		// The product's own data, not the shipping rule.
		{"Does the Flint stove come with a gas canister?", false},
		{"How long does the headlamp battery last?", false},
		// A return of such goods is a returns question.
		{"Can I return a knife I shipped back?", false},
	} {
		if got := AsksRestrictedShipping(c.text); got != c.want {
			t.Errorf("AsksRestrictedShipping(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestTopicsOfShopperWording: slang for the money, "until when" and "to
// give back" are the refund, the time span and the return.
func TestTopicsOfShopperWording(t *testing.T) {
	for _, c := range []struct {
		text     string
		has, not topicSet
	}{
		{"¿cuánto tardáis en devolverme la pasta?", topicRefund | topicTime, topicCost},
		{"ile się czeka na zwrot kasy", topicRefund, 0},
		{"钱多久退到卡上", topicRefund | topicTime, 0},
		{"Hasta cuando puedo devolver un pantalón", topicReturns | topicTime, 0},
		{"Do kiedy mogę oddać plecak?", topicReturns | topicTime, 0},
	} {
		ts := topicsOf(c.text)
		if ts&c.has != c.has || ts&c.not != 0 {
			t.Errorf("topicsOf(%q) = %b, want %b and not %b", c.text, ts, c.has, c.not)
		}
	}
}

// TestTopicsOfMoneyWords: the money in slang and in other words, and a
// return asked as "can it go back", are the refund and the return.
func TestTopicsOfMoneyWords(t *testing.T) {
	for _, c := range []struct {
		text string
		has  topicSet
	}{
		{"wann ist die Kohle da?", topicRefund | topicTime},
		{"Po ilu dniach wraca kasa?", topicRefund | topicTime},
		{"بعد كم يوم ترجع الفلوس؟", topicRefund | topicTime},
		{"錢多久退回信用卡", topicRefund | topicTime},
		{"when does the money show up?", topicRefund | topicTime},
		{"鞋子不合适能退吗", topicReturns},
	} {
		if ts := topicsOf(c.text); ts&c.has != c.has {
			t.Errorf("topicsOf(%q) = %b, want %b", c.text, ts, c.has)
		}
	}
}

// TestTopicsOfDuration: the Arabic "how long" asked as a duration is a time
// span, not a cost.
func TestTopicsOfDuration(t *testing.T) {
	if ts := topicsOf("كم مدة الإرجاع؟"); ts&(topicTime|topicReturns) != topicTime|topicReturns || ts&topicCost != 0 {
		t.Errorf("topicsOf = %b, want time and returns, no cost", ts)
	}
}

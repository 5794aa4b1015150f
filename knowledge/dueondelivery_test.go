package knowledge

import "testing"

// TestDueOnDelivery: a sum asked for at the handover is the duties topic;
// paying the courier in cash (cash on delivery) is a payment method, and
// "reembolso" in it is no refund.
func TestDueOnDelivery(t *testing.T) {
	tests := []struct {
		text     string
		has, not topicSet
	}{
		{"Will the driver want money from me when it arrives?", topicDuties, 0},
		{"Muss ich an der Haustür noch was draufzahlen?", topicDuties, 0},
		{"Le livreur va me réclamer de l'argent ?", topicDuties, 0},
		{"Придётся доплатить при доставке?", topicDuties, 0},
		{"배달원이 돈을 더 달라고 하나요?", topicDuties, 0},
		// Paying extra with no handover is no duties question.
		{"Do I pay extra for express shipping?", topicShipping, topicDuties},
		// Cash on delivery is a payment method, not a refund.
		{"¿Aceptáis pago contra reembolso?", topicPayment, topicRefund | topicDuties},
		{"Kan ik onder rembours bestellen?", topicPayment, topicRefund},
		{"Mogę zapłacić kurierowi za pobraniem?", topicPayment, topicDuties},
	}
	for _, tt := range tests {
		got := topicsOf(tt.text)
		if got&tt.has != tt.has || got&tt.not != 0 {
			t.Errorf("topicsOf(%q) = %b, want %b and not %b", tt.text, got, tt.has, tt.not)
		}
	}
}

package entities

import (
	"strings"
	"testing"
)

func TestIsClaimedThreshold(t *testing.T) {
	tests := []struct {
		text, amount string
		want         bool
	}{
		// A condition on the shopper's own order.
		{"150유로 넘으면 무료인가요?", "150유로", false},
		{"Is shipping free over 80 euros?", "80 euros", false},
		{"Kargo 100 avro üzeri bedava mı?", "100 avro", false},
		{"Is verzenden gratis vanaf 60 euro?", "60 euro", false},
		// A threshold heard, read or checked with a tag question.
		{"일본은 300유로 넘으면 무료배송이라고 봤는데 맞아요?", "300유로", true},
		{"Ik las dat het gratis is vanaf 60 euro", "60 euro", true},
		{"50 avro üzeri kargo bedava diye duydum", "50 avro", true},
		{"Li que o frete é grátis acima de 50 euros", "50 euros", true},
		{"On m'a dit que c'est gratuit à partir de 50 €", "50 €", true},
		{"Avevo letto spedizione gratis sopra i 150 euro, confermate?", "150 euro", true},
		// A plain amount is never a threshold.
		{"I heard my basket of 50 euros ships free", "50 euros", false},
	}
	for _, tt := range tests {
		from := strings.Index(tt.text, tt.amount)
		if got := IsClaimedThreshold(tt.text, from, from+len(tt.amount)); got != tt.want {
			t.Errorf("IsClaimedThreshold(%q, %q) = %v, want %v", tt.text, tt.amount, got, tt.want)
		}
	}
}

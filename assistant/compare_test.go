package assistant

import (
	"slices"
	"testing"

	"shopassist/db"
)

// TestLines: a question naming two product lines ("A or B?") gives both,
// in whichever language or script; one line, a kind word beside a line
// ("forro polar Harbor") or the shop's own name gives one.
func TestLines(t *testing.T) {
	titles := []string{"ember -5°c down sleeping bag", "nightjar +5°c synthetic sleeping bag", "fjord 800 down jacket",
		"tundra expedition parka", "harbor grid fleece", "polar expedition mittens", "solstice 2p ultralight tent",
		"basecamp 4p family tent", "northwind gift card"}
	aliases := map[string]string{"エンバー": "ember", "ナイトジャー": "nightjar", "툰드라": "tundra", "피오르드": "fjord"}
	tests := []struct {
		text string
		want []string
	}{
		{"wat is warmer, de Ember of de Nightjar slaapzak?", []string{"ember", "nightjar"}},
		{"Ciao, meglio il Nightjar o l'Ember a ottobre?", []string{"ember", "nightjar"}},
		{"Fjord 다운 재킷이랑 Tundra 파카 중에 뭐가 더 따뜻해요?", []string{"fjord", "tundra"}},
		{"which is lighter, the Solstice or the Basecamp tent?", []string{"basecamp", "solstice"}},
		{"エンバーの寝袋とナイトジャーの寝袋、どっちが暖かいですか？", []string{"ember", "nightjar"}},
		{"Что теплее: Tundra или Fjord?", []string{"fjord", "tundra"}},
		{"Ember mı Nightjar mı daha sıcak?", []string{"ember", "nightjar"}},
		{"hay stock del forro polar Harbor en azul marino talla L?", []string{"harbor"}},
		{"Is the Ember bag warm enough?", []string{"ember"}},
		{"Northwind gift card for the Ember?", []string{"ember"}},
		{"what tents do you have?", nil},
	}
	for _, tt := range tests {
		tr := &turn{text: tt.text, shop: &db.Shop{Name: "Northwind Outfitters"}, names: titles, aliases: aliases}
		got := tr.lines(2)
		slices.Sort(got)
		if !slices.Equal(got, tt.want) {
			t.Errorf("lines(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestAsksWasPrice: a price asked before or after a reduction, in any
// language; a plain price or a shipping question with no price is not.
func TestAsksWasPrice(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"¿Cuánto costaba antes el bañador Lagoon y cuánto cuesta ahora?", true},
		{"Metro Sling çantanın normal fiyatı neydi, şimdi kaç?", true},
		{"What was the Drift hammock's price before the sale?", true},
		{"Was kostet die Lumen jetzt, und was hat sie vorher gekostet?", true},
		{"Quel était le prix du Drift avant les soldes ?", true},
		{"Qual era o preço do Drift antes? E agora?", true},
		{"Wat was de prijs van de Drift eerst?", true},
		{"Jaka była cena hamaka Drift wcześniej, a jaka teraz?", true},
		{"Сколько стоил Drift раньше, а какая цена сейчас?", true},
		{"Driftハンモックの定価はいくらですか？", true},
		{"Drift 吊床原价多少？现在价格呢？", true},
		{"Drift 해먹 원래 가격이 얼마예요?", true},
		{"كم كان سعر Drift قبل التخفيض؟", true},
		{"Berapa harga Drift sebelumnya?", true},
		{"How much is the Drift hammock?", false},
		{"When will my order arrive now?", false},
	}
	for _, tt := range tests {
		if got := asksWasPrice(tt.text); got != tt.want {
			t.Errorf("asksWasPrice(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

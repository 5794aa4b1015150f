package knowledge

import "testing"

// TestOrigin: where-made questions in several languages, and passages that
// name a country as an origin (not a "jersey" fabric).
func TestOrigin(t *testing.T) {
	asks := []struct {
		q    string
		want bool
	}{
		{"Waar wordt deze trui gemaakt?", true},
		{"Where are the socks made?", true},
		{"¿De dónde viene la lana?", true},
		{"Bu ceket nerede üretildi?", true},
		{"이 셔츠 원산지가 어디예요?", true},
		{"这件衣服的产地是哪里？", true},
		{"Is it waterproof?", false},
	}
	for _, tt := range asks {
		if got := AsksOrigin(tt.q); got != tt.want {
			t.Errorf("AsksOrigin(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
	passages := []struct {
		text string
		want bool
	}{
		{"Printed with water-based inks in Portugal", true},
		{"Yeni Zelanda'dan mulesing içermeyen merino yünü", true},
		{"180 g/m² organic cotton jersey", false},
		{"180 g/m² 오가닉 코튼 저지", false},
	}
	for _, tt := range passages {
		if got := namesCountry(tt.text); got != tt.want {
			t.Errorf("namesCountry(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestMaterialCueWordings: "de qué está hecho", Dutch "stof" and hour
// counts ask an attribute.
func TestMaterialCueWordings(t *testing.T) {
	for _, q := range []string{"¿De qué está hecha la gorra Shoreline?", "Van welke stof is die jas?", "Lumen kaç saat dayanır?",
		"몇 시간 쓸 수 있어요?", "quantos litros tem?"} {
		if !AsksAttribute(q) {
			t.Errorf("AsksAttribute(%q) = false, want true", q)
		}
	}
}

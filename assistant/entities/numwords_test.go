package entities

import "testing"

// TestSpelledBudget: a budget written in words before a currency or money
// word is read like one in digits; number words without one are no amount.
func TestSpelledBudget(t *testing.T) {
	tests := []struct {
		lang, text string
		max        float64
	}{
		{"en", "a tent under ninety-nine dollars", 99},
		{"en", "a pack for no more than two hundred and fifty euros", 250},
		{"es", "unas gafas de menos de ochenta y cinco pavos", 85},
		{"es", "algo de menos de doscientos euros", 200},
		{"fr", "un sac à moins de quatre-vingt-dix euros", 90},
		{"fr", "une lampe, deux cents balles maximum", 200},
		{"de", "höchstens hundertfünfundzwanzig Euro", 125},
		{"nl", "niet meer dan tweehonderdvijftig euro", 250},
		{"it", "sotto i centoventi euro", 120},
		{"it", "massimo trentotto euro", 38},
		{"pt", "até cento e vinte reais", 120},
		{"pl", "do stu złotych", 100},
		{"pl", "poniżej sto pięćdziesiąt złotych", 150},
		{"ru", "не дороже ста евро", 100},
		{"ru", "до пятьдесят евро", 50},
		{"tr", "yüz elli avro altında bir mont", 150},
		{"id", "di bawah lima puluh euro", 50},
		{"id", "maksimal seratus ribu rupiah", 100000},
		{"ko", "칠십오 유로 이하 배낭", 75},
		{"ja", "予算は五十ユーロです", 50},
		{"zh-Hans", "一百五十欧元以内的帐篷", 150},
		{"ar", "بأقل من مئة وخمسين يورو", 150},
		// Digits with a multiplier stay one amount.
		{"ja", "5万円以下", 50000},
	}
	for _, tt := range tests {
		p := Extract(tt.text, tt.lang).Price
		got := 0.0
		if p != nil {
			got = p.Max
		}
		if got != tt.max {
			t.Errorf("Extract(%q).Price = %+v, want a ceiling of %v", tt.text, p, tt.max)
		}
	}
	for _, text := range []string{"a tent for two", "nous sommes quatre", "zwei Schlafsäcke", "三个人的帐篷", "이 가방 있어요?"} {
		if p := Extract(text, "").Price; p != nil {
			t.Errorf("Extract(%q).Price = %+v, want none", text, p)
		}
	}
}

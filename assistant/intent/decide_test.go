package intent

import (
	"slices"
	"testing"
)

func TestDecide(t *testing.T) {
	tests := []struct {
		name   string
		scores map[string]float64
		shop   bool // Prediction.ShopWords
		want   Verdict
		alts   []string
	}{
		{"confident", map[string]float64{OrderStatus: 0.8, ShippingInfo: 0.1}, false, Answer, nil},
		{"two close topics", map[string]float64{RefundStatus: 0.33, ReturnRequest: 0.3, OutOfScope: 0.1}, false, Clarify, []string{RefundStatus, ReturnRequest}},
		{"out of scope runner-up", map[string]float64{ProductRecommendation: 0.35, OutOfScope: 0.3}, false, Unsure, nil},
		{"spread thin", map[string]float64{Invoice: 0.2, Account: 0.15, FAQ: 0.1}, false, Unsure, nil},
		// "What is the status?": off-topic for a general assistant, but two
		// shop topics keep some probability.
		{"out of scope with shop doubt", map[string]float64{OutOfScope: 0.7, OrderStatus: 0.12, Greeting: 0.1, ShippingInfo: 0.05}, false, Clarify, []string{OrderStatus, ShippingInfo}},
		{"confidently out of scope", map[string]float64{OutOfScope: 0.93, OrderStatus: 0.04, Greeting: 0.02, ShippingInfo: 0.01}, false, Answer, nil},
		// "which products would you recommend": the sentence frame is a
		// general assistant's, the concept is a shop's.
		{"confidently out of scope, names a shop concept", map[string]float64{OutOfScope: 0.96, ProductRecommendation: 0.02, Feedback: 0.01, ProductQuestion: 0.01}, true, Clarify, []string{ProductRecommendation, ProductQuestion}},
		{"certainly out of scope, names a shop concept", map[string]float64{OutOfScope: 0.995, ProductRecommendation: 0.004, ProductQuestion: 0.001}, true, Answer, nil},
		{"confident topic, names a shop concept", map[string]float64{ProductRecommendation: 0.9, ProductQuestion: 0.05}, true, Answer, nil},
		{"unsure out of scope, no shop doubt", map[string]float64{OutOfScope: 0.35, Greeting: 0.33, Thanks: 0.3, Invoice: 0.01, Account: 0.01}, false, Unsure, nil},
	}
	for _, tt := range tests {
		p := Prediction{Scores: tt.scores, ShopWords: tt.shop}
		for in, s := range tt.scores {
			if s > p.Confidence {
				p.Intent, p.Confidence = in, s
			}
		}
		v, alts := Decide(p)
		if v != tt.want || !slices.Equal(alts, tt.alts) {
			t.Errorf("%s: Decide = %v %v, want %v %v", tt.name, v, alts, tt.want, tt.alts)
		}
	}
}

func TestNeedlesslyRejected(t *testing.T) {
	oos := Prediction{Intent: OutOfScope, Confidence: 0.7}
	order := Prediction{Intent: OrderStatus, Confidence: 0.3}
	tests := []struct {
		name string
		p    Prediction
		v    Verdict
		alts []string
		want bool
	}{
		{"answered in scope", order, Answer, nil, false},
		{"answered as out of scope", oos, Answer, nil, true},
		{"clarified, right topic offered", oos, Clarify, []string{OrderStatus, ShippingInfo}, false},
		{"clarified, right topic missing", order, Clarify, []string{Invoice, Account}, true},
		{"not understood", order, Unsure, nil, true},
	}
	for _, tt := range tests {
		if got := NeedlesslyRejected(OrderStatus, tt.p, tt.v, tt.alts); got != tt.want {
			t.Errorf("%s: NeedlesslyRejected = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestLegacyLabelCoversEveryIntent(t *testing.T) {
	for _, in := range Intents {
		if !slices.Contains(LegacyIntents, LegacyLabel(in)) {
			t.Errorf("%s maps to %q, not a legacy label", in, LegacyLabel(in))
		}
	}
}

// TestShopWords: the concepts that mark a message as being about a shop,
// in every supported language, and messages that name none (or name another
// shop, which is not ours to answer).
func TestShopWords(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"I would like to get a dealership", true},
		{"which products would you recommend for a healthy lifestyle", true},
		{"is there a 100 night trial", true},
		{"how long is the warranty", true},
		{"Gibt es eine Garantie auf die Jacke?", true},
		{"¿Cuánto dura la garantía?", true},
		{"C'est quoi la période d'essai ?", true},
		{"C'è un periodo di prova?", true},
		{"Tem garantia?", true},
		{"Hoe lang is de proefperiode?", true},
		{"Garanti süresi ne kadar?", true},
		{"Jaka jest gwarancja?", true},
		{"Ada garansi?", true},
		{"هل يوجد ضمان؟", true},
		{"Какая гарантия на куртку?", true},
		{"保証期間はどのくらいですか", true},
		{"보증 기간이 얼마나 되나요", true},
		{"保修期多久", true},
		{"保固多久", true},
		{"EMI?", true},
		{"Where is your nearest showroom", true},
		{"Gibt es eine Filiale in Berlin?", true},
		{"実店舗はありますか", true},
		{"I want to become a seller on your site", true},
		{"How much more time for my parcel", true},
		{"Wo ist mein Paket?", true},
		{"我的包裹到哪了", true},
		{"what's the weather tomorrow", false},
		{"set an alarm for 7", false},
		{"tell me a joke", false},
		{"Wie wird das Wetter morgen?", false},
		{"明日の天気は？", false},
		{"今天天气怎么样", false},
		{"날씨 어때", false},
		{"my amazon order has not arrived", false},
	}
	for _, tt := range tests {
		if got := shopWords(Normalize(tt.text)); got != tt.want {
			t.Errorf("shopWords(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestPredictSetsShopWords(t *testing.T) {
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string]bool{"Need to know the warranty details": true, "tell me a joke": false} {
		if got := c.Predict(text).ShopWords; got != want {
			t.Errorf("Predict(%q).ShopWords = %v, want %v", text, got, want)
		}
	}
}

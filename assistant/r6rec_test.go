package assistant_test

import (
	"testing"
)

// TestRecommendRound6: recommendations where the wanted kind is described,
// named beside a kind the shopper only uses it with, or asked with a
// budget in slang; each reply must name the product that fits and not the
// one the extra words used to pull in.
func TestRecommendRound6(t *testing.T) {
	checkReplies(t, answerEnv(t), []replyCase{
		// A kind named as where the wanted thing goes is no kind wanted.
		{"en", "Looking for a fleece to wear under my jacket", []string{"Fleece"}, []string{"Rain Shell", "Down Jacket"}},
		{"de", "Habt ihr eine Lampe fürs Zelt?", []string{"Glow"}, []string{"Solstice", "Basecamp"}},
		{"it", "un materassino leggero da mettere nella tenda", []string{"149"}, []string{"Solstice"}},
		{"ko", "텐트 안에서 쓸 랜턴 있어요?", []string{"Glow"}, []string{"Solstice"}},
		{"nl", "heb je een regenbroek die over de bergschoenen past?", []string{"Drift"}, []string{"Granite"}},
		// Described, not named.
		{"fr", "un truc à accrocher entre deux arbres pour faire la sieste", []string{"Drift"}, []string{"Highroute"}},
		{"de", "Gibt es was, damit Schnee und Matsch nicht in die Schuhe kommen?", []string{"Gaiters"}, nil},
		// Base layers are no T-shirts.
		{"de", "Ich suche Funktionsunterwäsche zum Skifahren", []string{"Alpine Merino"}, []string{"Trailhead"}},
		{"pl", "Szukam bielizny termoaktywnej na narty", []string{"Alpine Merino"}, []string{"Trailhead"}},
		// Any bag, a small one said with a diminutive.
		{"nl", "een zwart tasje voor mijn sleutels en telefoon", []string{"Metro"}, []string{"T-shirt"}},
		{"it", "una borsetta nera sotto i 50 euro", []string{"Metro"}, []string{"Voyager"}},
		// French "un duvet" is a sleeping bag, not down clothing.
		{"fr", "je cherche un duvet chaud pour dormir dehors", []string{"Ember"}, []string{"Fjord"}},
		// Sun-protective tops.
		{"zh-TW", "想找一件防曬衣", []string{"Sunward"}, []string{"Shoreline"}},
		// A week away is a multi-day trip: the big pack.
		{"es", "una mochila para una semana de travesía", []string{"Highroute"}, []string{"Ridgeline"}},
		{"fr", "un sac à dos pour une semaine de trek", []string{"Highroute"}, []string{"Ridgeline"}},
		// Charged by the sun, said as a clause.
		{"it", "una lanterna che si ricarica al sole", []string{"Glow"}, []string{"Lumen"}},
		// Money slang is the shop's currency: the budget applies.
		{"fr", "une polaire à moins de 100 balles", []string{"100"}, []string{"Summit"}},
		{"es", "gafas de sol que no pasen de 90 pavos", []string{"Glacier"}, nil},
	})
}

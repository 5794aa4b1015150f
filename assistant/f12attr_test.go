package assistant_test

import "testing"

// TestF12Attributes: attribute questions whose asked fact was missed: a
// capacity asked with a Turkish word that drops a vowel ("hacmi"), hours
// written with a case ending ("60 saate kadar"), a shoe's drop and lugs
// in Korean and Japanese, where a sweater is knitted, a lamp that charges a
// phone (a power bank), Polish "naprawdę" (really) read as a repair, and
// the litres only the title of an untranslated product states.
func TestF12Attributes(t *testing.T) {
	env := answerEnv(t)
	const sweater, headlamp, lantern = 8000000021, 8000000055, 8000000056
	for _, c := range []struct {
		viewing int64
		replyCase
	}{
		// The volume with the lid: both litres of the description.
		{0, replyCase{"tr", "Highroute çantanın kapağıyla birlikte toplam hacmi ne kadar oluyor?", []string{"55 L", "10 L"}, nil}},
		{0, replyCase{"tr", "Highroute sırt çantasının hacmi kaç litre?", []string{"55 L"}, nil}},
		// Hours with the Turkish case ending.
		{headlamp, replyCase{"tr", "Bunun şarjı en fazla kaç saat gidiyor, nasıl şarj ediliyor?", []string{"60 saate", "USB-C"}, nil}},
		// The drop and the lugs, named in Korean and Japanese.
		{0, replyCase{"ko", "스위치백 트레일 러닝화 러그 깊이랑 드롭이 각각 몇 mm예요?", []string{"5 mm", "6 mm"}, nil}},
		{0, replyCase{"ja", "Switchbackのシューズのドロップは何ミリ？", []string{"6 mm"}, nil}},
		// Where it is knitted is where it is made.
		{sweater, replyCase{"ru", "Сколько часов уходит на один такой свитер и где его вяжут?", []string{"Норвегия", "20 h"}, nil}},
		{0, replyCase{"de", "Wo wird der Fjellvik Pullover gestrickt?", []string{"Norwegen"}, nil}},
		// Charging a phone asks whether it is a power bank.
		{lantern, replyCase{"de", "Kann ich damit auch mein Handy laden?", []string{"Powerbank"}, []string{"nicht ganz verstanden"}}},
		{lantern, replyCase{"fr", "Est-ce que je peux recharger mon téléphone avec ?", []string{"batterie externe"}, nil}},
		{lantern, replyCase{"en", "Can it charge my phone?", []string{"power bank"}, []string{"currency"}}},
		// "Naprawdę" is no repair; the seal class is the IP rating.
		{0, replyCase{"pl", "Czołówka Lumen 400 – ile naprawdę daje lumenów i czy przetrwa deszcz (jaka klasa szczelności)?",
			[]string{"400", "IPX4"}, []string{"warsztat"}}},
		{0, replyCase{"pl", "Jaką wodoszczelność ma czołówka Lumen?", []string{"IPX4"}, nil}},
		// The title states the litres an untranslated description lacks:
		// said, not the English prose.
		{0, replyCase{"tr", "Voyager çantanın hacmi kaç litre?", []string{"60 L"}, []string{"weather-resistant"}}},
		{0, replyCase{"pt", "A mala Voyager é maior que a mochila Highroute? Quantos litros tem cada uma?", []string{"60 L", "55 L"},
			[]string{"weather-resistant"}}},
	} {
		checkReplies(t, env, []replyCase{c.replyCase}, onProductPage(c.viewing))
	}
}

// TestF12StockColour: the colour asked is the variant answered: an Arabic
// colour with its article ("باللون الفحمي"), the Polish noun for green
// ("leśnej zieleni") as the shop's Forest; "noch zu haben" asks stock, not
// an order change.
func TestF12StockColour(t *testing.T) {
	env := answerEnv(t)
	checkReplies(t, env, []replyCase{
		{"ar", "هل كنزة Fjellvik باللون الفحمي مقاس S متوفرة؟", []string{"Charcoal / S متوفر"}, []string{"نفد"}},
		{"ar", "هل يوجد قميص Trailhead بالأبيض مقاس M؟", []string{"أبيض / M"}, nil},
		{"pl", "Czy hamak Drift w kolorze leśnej zieleni jest dostępny?", []string{"Forest jest dostępny"}, nil},
		{"de", "Die Polar Expedition Fäustlinge in L – sind die noch zu haben?", []string{"ausverkauft"}, []string{"Änderungen"}},
		{"de", "Ist die Drift Hängematte in Forest noch erhältlich?", []string{"Forest ist auf Lager"}, nil},
	})
}

// TestF12WaistSize: a waist in centimetres for trousers sized by waist is
// placed in the guide's row of single measurements ("32 = 81 cm"), not in
// the letter sizes beside it, unless the trousers come in letter sizes
// (both when no product is named); the measurement is no size the product
// lacks ("86 cm" is not size 86); Korean asks the size as "몇 호".
func TestF12WaistSize(t *testing.T) {
	env := answerEnv(t)
	checkReplies(t, env, []replyCase{
		// 캐니언 is the Canyon line in hangul (f15prod): its numbered sizes only.
		{"ko", "남편 허리가 81센티라서요, 캐니언 하이킹 팬츠 선물하려면 몇 호로 사야 해요?", []string{"81 cm → 32"}, []string{"M / 32"}},
		{"en", "My waist is 81 cm, what size trousers do I need?", []string{"81 cm → M / 32"}, nil},
		{"en", "My waist is 86 cm, which size of the Canyon hiking pants should I get?", []string{"86 cm → 34"}, []string{"does not come in"}},
		{"de", "Bundweite 79 cm – welche Größe bei der Canyon Wanderhose?", []string{"79 cm → 32"}, nil},
		{"fr", "Tour de taille 80 cm, quelle taille pour le pantalon Canyon Convertible ?", []string{"80 cm → M"}, nil},
	})
}

// TestF12TraditionalTitles: a product without a Traditional Chinese
// translation is shown with its original title, not the Simplified one.
func TestF12TraditionalTitles(t *testing.T) {
	env := answerEnv(t)
	checkReplies(t, env, []replyCase{
		{"zh-Hant", "給爸爸的生日禮物，預算 25 歐元，想讓他自己挑。", []string{"Northwind Gift Card"}, []string{"礼品卡"}},
		{"zh-Hant", "有禮品卡嗎？", nil, []string{"礼品卡"}},
	}, withCardTitles)
}

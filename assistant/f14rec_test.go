package assistant_test

import "testing"

// TestF14Recommend: kinds asked as alternatives ("een hoofdlamp of
// lantaarn") are each searched in the budget; a product type filter is
// the very type ("Shirts" is not "T-Shirts"); an adjective beside a kind
// ("surpantalon imperméable") names no kind of its own; compounds,
// inflections and regional words name their kinds (Regenüberhose, Karohemd,
// butów za kostkę, organizerów do walizki, 刷毛外套, zainetto).
func TestF14Recommend(t *testing.T) {
	env := answerEnv(t)
	t.Run("Alternatives", func(t *testing.T) {
		checkReplies(t, env, []replyCase{
			{"nl", "Hebben jullie een hoofdlamp of een lantaarn onder de 45 euro?", []string{"Glow", "39"}, []string{"Lumen"}},
			{"fr", "Je cherche une lampe frontale ou une lanterne à moins de 45 euros.", []string{"Glow"}, []string{"Lumen"}},
			{"it", "Cerco una lampada frontale o una lanterna sotto i 45 euro.", []string{"Glow"}, []string{"Lumen"}},
			{"pl", "Szukam czołówki albo latarni kempingowej do 45 euro.", []string{"Glow"}, []string{"Lumen"}},
			{"tr", "45 euroya kadar kafa lambası veya fener arıyorum.", []string{"Glow"}, []string{"Lumen"}},
			{"ru", "Ищу налобный фонарь или кемпинговый светильник до 45 евро.", []string{"Glow"}, []string{"Lumen"}},
			{"ko", "45유로 이하 헤드램프나 랜턴 있어요?", []string{"Glow"}, []string{"Lumen"}},
			{"zh-Hant", "有45歐元以下的頭燈或露營燈嗎？", []string{"Glow"}, []string{"Lumen"}},
			{"pt", "Quero uma lanterna de cabeça ou um lampião até 45 euros.", []string{"Glow"}, []string{"Lumen"}},
		}, withCardTitles)
	})
	t.Run("ShirtIsNoTee", func(t *testing.T) {
		checkReplies(t, env, []replyCase{
			{"ko", "체크무늬 셔츠 70유로 이하로 추천해 주세요.", []string{"Basecamp"}, []string{"Sunward", "Trailhead"}},
			{"zh-Hant", "有70歐元以下的格子襯衫嗎？", []string{"Basecamp"}, []string{"Trailhead"}},
			{"ja", "70ユーロ以下のチェックシャツはありますか？", []string{"Basecamp"}, []string{"Tシャツ"}},
			{"de", "Ich suche ein Karohemd für unter 70 Euro.", []string{"Basecamp"}, []string{"Sunward", "Trailhead"}},
			{"fr", "Une chemise à carreaux à moins de 70 euros ?", []string{"Basecamp"}, []string{"Sunward", "Trailhead"}},
			{"pl", "Koszula w kratę do 70 euro?", []string{"Basecamp"}, []string{"Trailhead"}},
			{"ru", "Рубашка в клетку до 70 евро есть?", []string{"Basecamp"}, []string{"Sunward", "Trailhead"}},
			{"en", "A flannel shirt under 70 euros?", []string{"Basecamp"}, []string{"Sunward", "Trailhead"}},
			{"en", "a t-shirt under 40", []string{"Trailhead"}, []string{"Basecamp"}},
		}, withCardTitles)
	})
	t.Run("RainPants", func(t *testing.T) {
		checkReplies(t, env, []replyCase{
			{"de", "Ich brauche eine Regenüberhose, maximal 130 Euro.", []string{"Drift"}, []string{"Ridgeline"}},
			{"nl", "Ik zoek een regenoverbroek onder de 130 euro.", []string{"Drift"}, nil},
			{"fr", "Un surpantalon imperméable à moins de 130 euros ?", []string{"Drift"}, []string{"Aurora"}},
			{"pl", "Szukam spodni przeciwdeszczowych do 130 euro.", []string{"Drift"}, nil},
			{"ru", "Нужны непромокаемые брюки до 130 евро.", []string{"Drift"}, nil},
		}, withCardTitles)
	})
	t.Run("BootsBySizeAndColour", func(t *testing.T) {
		checkReplies(t, env, []replyCase{
			{"pl", "Potrzebuję butów za kostkę na góry, rozmiar 42, max 200 euro.", []string{"Granite"}, []string{"EU 38"}},
			{"pl", "Szukam czarnych butów górskich, rozmiar 42, do 200 euro.", []string{"Granite"}, []string{"EU 38"}},
			{"tr", "42 numara siyah trekking botu, 200 euroya kadar.", []string{"Granite"}, []string{"Carbon"}},
			{"it", "Scarponi neri taglia 42 sotto i 200 euro?", []string{"Granite"}, nil},
		}, withCardTitles)
	})
	t.Run("PackingOrganizers", func(t *testing.T) {
		checkReplies(t, env, []replyCase{
			{"pl", "Macie organizery do walizki do 40 euro?", []string{"Packing Cube"}, nil},
			{"fr", "Des organisateurs de valise à moins de 40 euros ?", []string{"Packing Cube"}, nil},
			{"de", "Organizer für den Koffer bis 40 Euro?", []string{"Packing Cube"}, []string{"Trailhead"}},
			{"pt", "Organizadores de mala até 40 euros?", []string{"Packing Cube"}, nil},
			{"es", "Organizadores para la maleta por menos de 40 euros.", []string{"Packing Cube"}, nil},
			{"zh-Hant", "40歐元以下的行李箱收納袋有嗎？", []string{"Packing Cube"}, nil},
		}, withCardTitles)
	})
	t.Run("RegionalWords", func(t *testing.T) {
		checkReplies(t, env, []replyCase{
			{"zh-Hant", "有深藍色M號、100歐元以下的刷毛外套嗎？", []string{"Harbor"}, []string{"Aurora"}},
			{"nl", "Trailrunschoenen in maat 42, limoengroen, onder 150 euro?", []string{"Switchback"}, nil},
			{"pt", "Tênis de trilha tamanho 42 até 150 euros?", []string{"Switchback"}, []string{"Summit"}},
			{"it", "Uno zainetto nero sotto i 150 euro?", []string{"Ridgeline"}, nil},
		}, withCardTitles)
	})
}

package assistant_test

import "testing"

// TestF14ProductAttributes: on a product page, wading a river, how long a
// product takes to set up and what load a pack carries are the product's
// data (not products, a shipping country or a clarification), said in the
// shopper's language when the description is untranslated; "신고" of
// 신다 (wearing shoes) is no report of the shop.
func TestF14ProductAttributes(t *testing.T) {
	const (
		sandals   = 8000000033
		trekPack  = 8000000037
		campChair = 8000000058
		hammock   = 8000000059
	)
	env := answerEnv(t)
	for _, c := range []struct {
		viewing int64
		replyCase
	}{
		{sandals, replyCase{"fr", "On peut marcher dans un ruisseau avec ?", []string{"rivière"}, []string{"Voici quelques produits"}}},
		{sandals, replyCase{"de", "Kann ich damit durch einen Bach waten?", []string{"Fluss"}, nil}},
		{sandals, replyCase{"nl", "Kan ik hiermee een rivier oversteken?", []string{"rivieren"}, []string{"river crossings"}}},
		{sandals, replyCase{"pt", "Posso atravessar um riacho com elas?", []string{"rios"}, []string{"river crossings"}}},
		{sandals, replyCase{"ru", "Можно в них переходить реку вброд?", []string{"реки"}, nil}},
		{sandals, replyCase{"ko", "이거 신고 계곡 물에 들어가도 되나요?", []string{"강"}, []string{"상담원"}}},
		{hammock, replyCase{"es", "¿Se monta rápido y cuánto vale ahora?", []string{"2 minutos", "69"}, []string{"país"}}},
		{hammock, replyCase{"de", "Wie schnell ist sie aufgebaut und was kostet sie?", []string{"2 Minuten", "69"}, []string{"Land"}}},
		{hammock, replyCase{"it", "Si monta in fretta?", []string{"2 minuti"}, nil}},
		{hammock, replyCase{"zh-Hant", "搭起來要多久？", []string{"2"}, nil}},
		{campChair, replyCase{"nl", "Is hij snel op te zetten?", []string{"seconden"}, nil}},
		{trekPack, replyCase{"pl", "Ile kilo da się w nim nosić bez bólu pleców?", []string{"15 kg"}, []string{"o które z tych"}}},
		{trekPack, replyCase{"it", "Quanti chili si portano comodamente?", []string{"15 kg"}, nil}},
		{trekPack, replyCase{"fr", "Combien de kilos peut-on porter avec ?", []string{"15 kg"}, []string{"pays"}}},
	} {
		checkReplies(t, env, []replyCase{c.replyCase}, onProductPage(c.viewing))
	}
}

// TestF14HeightPick: a height given in metres, also someone else's ("Mijn
// vriend is 1,72 m") or without the unit after a cue, picks the trekking
// pole length from the description's rule (under 170 cm: 100–120 cm).
func TestF14HeightPick(t *testing.T) {
	env := answerEnv(t)
	checkReplies(t, env, []replyCase{
		{"pt", "Minha irmã tem 1,70 m. Qual comprimento dos bastões Carbon?", []string{"115–135 cm"}, nil},
		{"nl", "Mijn vriend is 1,68 m, welke Carbon stokken moet hij nemen?", []string{"100–120 cm"}, nil},
		{"it", "Sono alto 1,75, che misura dei bastoncini in carbonio?", []string{"115–135 cm"}, nil},
		{"ko", "아내 키가 160cm인데 카본 트레킹 폴 어떤 길이가 맞아요?", []string{"100–120 cm"}, nil},
		{"ru", "Рост мужа 1,85 м, какую длину палок Carbon взять?", []string{"115–135 cm"}, nil},
		{"fr", "Je fais 1m62, quels bâtons Carbon me faut-il ?", []string{"100–120 cm"}, nil},
	})
}

// TestF14CareInShopperLanguage: the care page is written in English only;
// a paragraph made of known instructions is said in the shopper's
// language (the temperature and times copied), never quoted in English.
func TestF14CareInShopperLanguage(t *testing.T) {
	env := answerEnv(t)
	checkReplies(t, env, []replyCase{
		{"nl", "Kan mijn donsjas in de droger?", []string{"tennisballen", "30 °C"}, []string{"tennis balls", "origineel"}},
		{"de", "Wie wasche ich eine Daunenjacke richtig?", []string{"Tennisbälle", "3 Stunden"}, []string{"tennis balls"}},
		{"tr", "Kaz tüyü mont nasıl yıkanır?", []string{"tenis topu"}, []string{"tennis balls"}},
		{"zh-Hant", "羽絨外套要怎麼洗？", []string{"網球"}, []string{"tennis balls"}},
		{"ru", "Как стирать вещи из мериноса?", []string{"30 °C", "шерсти"}, []string{"wool cycle"}},
		{"ko", "가죽 등산화는 어떻게 관리하나요?", []string{"왁스"}, []string{"wax"}},
		{"it", "Come si lava una maglietta di cotone?", []string{"al rovescio"}, []string{"inside out"}},
		{"pl", "Jak prać kurtkę przeciwdeszczową?", []string{"płynu zmiękczającego"}, []string{"softener"}},
	})
}

package assistant_test

import (
	"testing"

	"shopassist/assistant/eval"
)

// caseR6UntranslatedFeatures: a description the shop left in English gives
// the features it names from a closed list (anti-theft, hidden or chest
// pockets, side zips, undyed wool, a sewn-in floor, built-in shorts, piezo
// ignition, colour-coding, adjustability, solar and USB charging), the
// everyday things it measures by or holds, its accessories with whether
// they come with it, and counted rooms, in the shopper's language instead
// of the English sentence.
func caseR6UntranslatedFeatures(t *testing.T, env *eval.Env) {
	runR5Cases(t, env, []replyCase{
		{"es", "¿La Metro tiene algo contra carteristas?", []string{"antirrobo"}, []string{"against your back"}},
		{"pl", "Czy w saszetce Metro zmieści się paszport?", []string{"paszport"}, []string{"Holds a phone"}},
		{"it", "Come si mettono i sovrapantaloni Drift con gli scarponi ai piedi?", []string{"zip laterali"}, nil},
		{"nl", "Hoe klein pakt de Drift regenbroek in?", []string{"waterfles"}, nil},
		{"fr", "Le pull Fjellvik est-il teint ?", []string{"non teinte"}, nil},
		{"tr", "Basecamp çadırının tabanı dikişli mi?", []string{"dikişli taban"}, nil},
		{"de", "Wie viele Schlafkabinen hat das Basecamp Zelt?", []string{"2 Schlafkabinen"}, nil},
		{"ru", "Есть ли у платья Meadow шорты внутри?", []string{"встроенные шорты"}, nil},
		{"pl", "Czy kuchenka Flint ma zapalarkę?", []string{"zapłon piezoelektryczny", "kartusz gazowy (brak w zestawie)"}, nil},
		{"it", "Canyon Zip-Off: come distinguo la gamba sinistra dalla destra?", []string{"con codice colore"}, nil},
		{"ko", "Glow 랜턴 충전 방식이 뭐예요?", []string{"USB", "태양광"}, nil},
		{"pt", "Os óculos Glacier vêm com estojo?", []string{"estojo de microfibra (incluído)"}, nil},
		{"es", "¿La almohada Cirrus plegada qué tamaño tiene?", []string{"taza de espresso"}, []string{"Packs to"}},
	})
}

// caseR6AttributeCues: the questions that named a product but asked an
// attribute in words the cues lacked — a filling, a stainless steel grade,
// a pocket, packing small, an accessory that comes with it or has to be
// bought apart, a shoe's drop, adjusting, how much water fits, Chinese 重多少
// — answer from the product's data; a three-letter line name next to its
// kind word names the product.
func caseR6AttributeCues(t *testing.T, env *eval.Env) {
	runR5Cases(t, env, []replyCase{
		{"fr", "Avec quoi sont rembourrés les chaussons Hut ?", []string{"duvet"}, nil},
		{"en", "what are the Hut booties filled with?", []string{"Down-filled"}, nil},
		{"ar", "ما نوع الستانلس في قارورة كانتين؟", []string{"18/8"}, nil},
		{"de", "Wie klein lässt sich die Aurora Jacke verstauen?", []string{"Brusttasche"}, nil},
		{"zh-TW", "Ember睡袋有附收納袋嗎？", []string{"壓縮袋"}, nil},
		{"id", "Ransel Ridgeline ada pelindung hujannya atau beli terpisah?", []string{"Penutup hujan"}, nil},
		{"de", "Was für eine Sprengung haben die Switchback Schuhe?", []string{"6 mm"}, []string{"Bestellnummer"}},
		{"ja", "リッジラインのデイパックは何の生地？", []string{"210D"}, nil},
		{"zh-TW", "Tundra大衣重多少？", []string{"1150"}, nil},
		{"nl", "Kun je de declinatie van het Orienteering kompas verstellen?", []string{"instelbaar"}, nil},
	})
}

// caseR6ShoeSystemsAndSizes: a shoe size in a system (UK, US, EU, or said
// European in words, 欧码) asks the guide's footwear conversions; "how many
// 號" for a named boot is a fit question; "do they go up to…" and "from
// what age" list the sizes made; a height beside a named length gets the
// passage on what each length fits; two sizes offered as a choice with a
// chest in metres get the size for it.
func caseR6ShoeSystemsAndSizes(t *testing.T, env *eval.Env) {
	runR5Cases(t, env, []replyCase{
		{"de", "Ich habe UK 8 – welche EU-Größe ist das?", []string{"42"}, nil},
		{"fr", "Je chausse du US homme 10.5, ça fait quoi en taille EU ?", []string{"44"}, nil},
		{"it", "Porto il 38 europeo, quanti centimetri sono?", []string{"24"}, nil},
		{"zh-CN", "脚长28厘米穿欧码几号？", []string{"EU 44"}, nil},
		{"zh-TW", "平常穿UK 6.5，Switchback買幾號？", []string{"40"}, nil},
		{"en", "Does the Granite boot go up to a 47?", []string{"46"}, nil},
		{"ko", "Puddle 키즈 재킷은 몇 살부터 몇 살까지 있어요?", []string{"4Y", "12Y"}, nil},
		{"de", "Ich bin 1,90 groß, reicht der Ember Schlafsack in Regular?", []string{"198"}, nil},
		{"nl", "Harbor fleece: mijn borst is 1,05 m, M of L?", []string{"105 cm → L"}, nil},
		{"es", "¿Qué capacidad tiene la olla de titanio?", []string{"900"}, nil},
	})
}

// TestR6Products asks the cases above of one demo store: each message is a fresh
// conversation, and one store built once keeps the -race run short.
func TestR6Products(t *testing.T) {
	env := answerEnv(t)
	t.Run("R6UntranslatedFeatures", func(t *testing.T) { caseR6UntranslatedFeatures(t, env) })
	t.Run("R6AttributeCues", func(t *testing.T) { caseR6AttributeCues(t, env) })
	t.Run("R6ShoeSystemsAndSizes", func(t *testing.T) { caseR6ShoeSystemsAndSizes(t, env) })
}

package assistant_test

import (
	"testing"

	"shopassist/assistant/eval"
)

// caseF13DecimalIsOneNumber: a measure with a decimal comma or point
// ("0,75 Liter", "0,5 Liter") still asks for a product. Split at its mark
// it read as two numbers, the shape of an order amount, and the classifier
// sent it to a policy passage or a clarification.
func caseF13DecimalIsOneNumber(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{
		{"de", "Trinkflasche 0,75 Liter bis 40 Euro", []string{"Canteen"}, []string{"Terms", "AGB"}},
		{"de", "Trinkflasche 0,5 Liter bis 40 Euro", []string{"Canteen"}, []string{"Was davon"}},
		{"de", "Ich suche eine Trinkflasche mit 1,5 Litern, maximal 45 Euro", []string{"Canteen"}, []string{"Was davon"}},
		{"en", "water bottle 0.75 l under 40 euros", []string{"Canteen"}, nil},
		{"es", "una tienda de 2,5 kg hasta 400 euros", []string{"Solstice"}, []string{"refieres"}},
		{"en", "a 1.5 l pot under 60", []string{"Cook Pot"}, []string{"which of these"}},
	}, withCardTitles)
}

// caseF13CompoundBottle: Dutch and German name a bottle by a compound
// with the kind last ("drinkfles", "waterfles", "Wasserflasche").
func caseF13CompoundBottle(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{
		{"nl", "drinkfles onder de 40 euro", []string{"Canteen"}, []string{"Ridgeline"}},
		{"nl", "Hebben jullie een waterfles voor in de rugzak?", []string{"Canteen"}, nil},
		{"de", "Ich suche eine Wasserflasche mit 1,5 Litern, maximal 45 Euro", []string{"Canteen"}, []string{"Ridgeline"}},
	}, withCardTitles)
}

// caseF13DecimalMeasure: the amount picks the option it equals in the
// shop's unit: 0,75 l is the 750 ml bottle, 1000 ml the 1 L one.
func caseF13DecimalMeasure(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{
		{"de", "Trinkflasche 0,75 Liter bis 40 Euro", []string{"Canteen", "750"}, nil},
		{"de", "Trinkflasche 0,5 Liter bis 40 Euro", []string{"Canteen", "500"}, nil},
		{"nl", "drinkfles van 0,75 liter onder de 40 euro", []string{"Canteen", "750"}, []string{"Ridgeline"}},
		{"en", "an insulated bottle of 0.5 l under 40 euros", []string{"Canteen", "500"}, nil},
		{"fr", "une gourde de 0,75 l à moins de 40 euros", []string{"Canteen", "750"}, nil},
		{"es", "una botella de 1000 ml por menos de 40 euros", []string{"Canteen", "1 L"}, nil},
		{"it", "una borraccia da 0,75 litri sotto i 40 euro", []string{"Canteen", "750"}, nil},
		{"pl", "butelka na wodę 0,5 l do 40 euro", []string{"Canteen", "500"}, nil},
	}, withCardTitles)
}

// caseF13MeasureIsNoBudget: a number with a unit of measure is never
// money: the "k" of "2,5 kg" is no thousand, and "0,75 Liter" after
// "höchstens" is no ceiling of 75 cents.
func caseF13MeasureIsNoBudget(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{
		{"de", "ein Zelt mit höchstens 2,5 kg", []string{"Solstice"}, []string{"2500", "2.500"}},
		{"en", "a tent under 2.5 kg", []string{"Solstice"}, []string{"2500", "2,500"}},
		{"fr", "un sac de couchage de moins de 1,2 kg", []string{"Ember"}, []string{"1200", "1 200"}},
		{"de", "Trinkflasche mit höchstens 0,75 Liter", []string{"Canteen"}, []string{"0.75", "0,75 €", "Budget"}},
		{"es", "una botella de 1,5 litros como máximo", []string{"Canteen"}, []string{"1.50", "1,50"}},
	}, withCardTitles)
}

// caseF13GoesWith: what the wanted thing is worn or used with is not the
// kind wanted, also when the kind is named by two of its stems at once
// ("hiking boot" and "boots" of "my hiking boots").
func caseF13GoesWith(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{
		{"en", "Socks to wear with my hiking boots, under 30", []string{"Socks"}, []string{"Granite"}},
		{"en", "Socks for my hiking boots", []string{"Socks"}, []string{"Granite"}},
		{"es", "Calcetines para usar con mis botas de montaña, menos de 30 euros", []string{"Calcetines"}, []string{"Granite"}},
		{"it", "Calze da mettere con i miei scarponi, sotto i 30 euro", []string{"Calze"}, []string{"Granite"}},
		{"de", "Socken zum Tragen mit meinen Wanderschuhen, bis 30 Euro", []string{"Wandersocken"}, []string{"Granite"}},
		{"en", "I need hiking boots", []string{"Granite"}, nil},
	}, withCardTitles)
}

// caseF13CarryWater: taking water along, said instead of a kind, asks for
// the bottle, not everything with "water" in it (the filter, waterproof
// trousers).
func caseF13CarryWater(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{
		{"nl", "Iets voor op de fiets om water mee te nemen", []string{"Canteen"}, []string{"ClearFlow", "Drift", "Canyon"}},
		{"en", "Something to carry water on my bike rides", []string{"Canteen"}, []string{"ClearFlow"}},
		{"de", "Etwas, um beim Radfahren Wasser mitzunehmen", []string{"Canteen"}, []string{"ClearFlow"}},
		{"es", "Algo para llevar agua en la bici", []string{"Canteen"}, []string{"ClearFlow"}},
		{"en", "Something to purify water on a trek, under 50", []string{"ClearFlow"}, []string{"Canteen"}},
	}, withCardTitles)
}

// TestF13Rec asks the cases above of one demo store, built once.
func TestF13Rec(t *testing.T) {
	env := answerEnv(t)
	t.Run("DecimalIsOneNumber", func(t *testing.T) { caseF13DecimalIsOneNumber(t, env) })
	t.Run("CompoundBottle", func(t *testing.T) { caseF13CompoundBottle(t, env) })
	t.Run("DecimalMeasure", func(t *testing.T) { caseF13DecimalMeasure(t, env) })
	t.Run("MeasureIsNoBudget", func(t *testing.T) { caseF13MeasureIsNoBudget(t, env) })
	t.Run("GoesWith", func(t *testing.T) { caseF13GoesWith(t, env) })
	t.Run("CarryWater", func(t *testing.T) { caseF13CarryWater(t, env) })
}

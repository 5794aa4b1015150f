package assistant_test

import "testing"

// TestF13CompoundNamesLine: a German compound gluing a word of a title to
// that title's kind ("Expeditionsfäustlinge", "Polarfäustlinge") names
// the product, not the shipping policy its "Expedition" suggests nor other
// gloves; a compound of a word two lines share names neither.
func TestF13CompoundNamesLine(t *testing.T) {
	env := answerEnv(t)
	checkReplies(t, env, []replyCase{
		{"de", "Gibt es die Expeditionsfäustlinge noch in L?", []string{"Polar Expedition"}, []string{"Versand", "Gripline"}},
		{"de", "Sind die Expeditions-Fäustlinge wasserdicht?", []string{"Polar Expedition"}, []string{"Versand", "Gripline"}},
		{"de", "Was wiegen die Polarfäustlinge?", []string{"Polar Expedition"}, []string{"Granite", "Gripline"}},
		{"de", "Wie warm halten eure Expeditionsfäustlinge?", []string{"Polar Expedition"}, []string{"Versand"}},
	}, withCardTitles)
}

// TestF13PeopleAndSpace: how many people a product serves and how much
// space it saves are its data's to answer, for the shop's only product of
// the kind named, also when the classifier read an order task.
func TestF13PeopleAndSpace(t *testing.T) {
	env := answerEnv(t)
	checkReplies(t, env, []replyCase{
		{"en", "How many people is the first aid kit for?", []string{"one to four people"}, []string{"might like"}},
		{"de", "Für wie viele Personen reicht das Erste-Hilfe-Set?", []string{"First Aid Kit", "1–4 Personen"}, []string{"Filter"}},
		{"en", "How much space do the packing cubes save?", []string{"a third of the space"}, []string{"might like"}},
		{"es", "¿Cuánto espacio ahorran los packing cubes?", []string{"a third of the space"}, []string{"número de pedido"}},
	}, withCardTitles)
}

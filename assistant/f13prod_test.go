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

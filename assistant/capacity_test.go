package assistant

import (
	"testing"

	"shopassist/knowledge"
)

func TestPartySize(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"a tent for 4", 4},
		{"queria uma barraca ultraleve pra 2", 2},
		{"une tente légère pour 2 personnes pour le GR20 ?", 2},
		{"Zelt für die Familie, wir sind zu viert", 4},
		{"أبحث عن خيمة للعائلة، نحن أربعة", 4},
		{"a 2 person tent", 2},
		{"nous sommes quatre, quelle tente ?", 4},
		{"四人用的帐篷", 4},
		{"4인용 텐트 있어요?", 4},
		{"4 kişilik çadır", 4},
		// The people named: the shopper and those who come along; a
		// family is at least three.
		{"tent for my girlfriend and me", 2},
		{"a tent for me, my husband and our 3 children", 5},
		{"une tente pour moi, ma femme et deux enfants", 4},
		{"ein Zelt für meine Freundin und mich und 2 Freunde", 4},
		{"我和老婆还有两个孩子，买什么帐篷", 4},
		{"barraca para a família", 3},
		{"a tent for 2 nights in the Alps", 0}, // nights, not people
		{"a tent for the GR20", 0},
		{"backpack under 100 euros", 0},
	}
	for _, tt := range tests {
		if got := partySize(tt.text); got != tt.want {
			t.Errorf("partySize(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}

func TestForParty(t *testing.T) {
	two := knowledge.Hit{Handle: "solstice-2p-ultralight-tent"}
	four := knowledge.Hit{Handle: "basecamp-4p-family-tent"}
	bivy := knowledge.Hit{Handle: "ultralight-bivy-bag"}
	tests := []struct {
		party int
		hits  []knowledge.Hit
		want  []string
	}{
		{2, []knowledge.Hit{four, two, bivy}, []string{two.Handle}},
		{4, []knowledge.Hit{two, four}, []string{four.Handle}},
		{3, []knowledge.Hit{two, four}, []string{four.Handle}},             // the larger one still takes three
		{6, []knowledge.Hit{two, four}, []string{two.Handle, four.Handle}}, // nothing fits: unchanged
		{0, []knowledge.Hit{four, two}, []string{four.Handle, two.Handle}},
		{2, []knowledge.Hit{bivy}, []string{bivy.Handle}}, // no capacity given anywhere
	}
	for _, tt := range tests {
		got := forParty(tt.hits, tt.party)
		var handles []string
		for _, h := range got {
			handles = append(handles, h.Handle)
		}
		if len(handles) != len(tt.want) {
			t.Errorf("forParty(%d) = %v, want %v", tt.party, handles, tt.want)
			continue
		}
		for i := range handles {
			if handles[i] != tt.want[i] {
				t.Errorf("forParty(%d) = %v, want %v", tt.party, handles, tt.want)
				break
			}
		}
	}
}

package assistant

import "testing"

// TestF11SyllabicShortNames: a line name of few consonants written in
// katakana or hangul is found by its vowels too, and common loanwords of
// the same consonants (net, night, note, pole, blue) are not taken for it.
func TestF11SyllabicShortNames(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		want       bool
	}{
		{"エンバーの寝袋は暖かいですか", "Ember", true},
		{"ナイトジャーの寝袋", "Nightjar", true},
		{"ハイルートのザック", "Highroute", true},
		{"하이루트 배낭 있어요?", "Highroute", true},
		{"하이루트는 몇 리터예요?", "Highroute", true},
		{"그래닛 등산화 가격", "Granite", true},
		{"서밋 후디 사이즈", "Summit", true},
		{"프랑스 파리에 살고 있는데 관세가 있나요?", "Polar", false},
		{"스위스로 보내면 부가세 몇 퍼센트 내요?", "Voyager", false},
		{"ポーラーのミトン", "Polar", true},
		{"メドウのワンピース", "Meadow", true},
		{"ネットで注文しました", "Nightjar", false},
		{"ナイトハイクに行きます", "Nightjar", false},
		{"ノートパソコンが入りますか", "Nightjar", false},
		{"ポールは付いていますか", "Polar", false},
		{"ブルーはありますか", "Polar", false},
		{"メンバー割引はありますか", "Ember", false},
		{"하이킹 배낭", "Highroute", false},
		{"하루 만에 와요?", "Highroute", false},
		{"넷플릭스", "Nightjar", false},
		{"ハットはありますか", "Hilltop", false},
	} {
		if got := transliteratedIn(tc.text, tc.name); got != tc.want {
			t.Errorf("transliteratedIn(%q, %q) = %v, want %v", tc.text, tc.name, got, tc.want)
		}
	}
}

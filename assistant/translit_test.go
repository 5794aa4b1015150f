package assistant

import "testing"

// A Latin product name and its spelling in Arabic or Cyrillic letters
// share one consonant skeleton; other words do not.
func TestTransliteratedName(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		want       bool
	}{
		{"ما مدى دفء باركا تندرا؟", "tundra", true},
		{"كم تتحمل كرسي هيلتوب؟", "hilltop", true},
		{"هل حذاء غرانيت مقاوم للماء؟", "granite", true},
		{"كم وزن خيمة سولستيس؟", "solstice", true},
		{"ما هي مادة هودي سميت؟", "summit", true},
		{"حقيبة ريدجلاين", "ridgeline", true},
		{"حذاء سويتشباك للجري", "switchback", true},
		{"Насколько тёплая парка Тундра?", "tundra", true},
		{"Сколько весит стул Хилтоп?", "hilltop", true},
		{"Ботинки Гранит непромокаемые?", "granite", true},
		{"Куртка Фьорд в наличии?", "fjord", true},
		// Katakana and hangul: vowels between consonants, l = r, silent r.
		{"オーロラのジャケットは防水ですか？", "aurora", true},
		{"오로라 재킷 방수되나요?", "aurora", true},
		{"ツンドラのパーカーはどのくらい暖かいですか？", "tundra", true},
		{"툰드라 파카", "tundra", true},
		{"ソルスティスのテントの重さは？", "solstice", true},
		{"솔스티스 텐트 무게가 얼마예요?", "solstice", true},
		{"ヒルトップチェア", "hilltop", true},
		{"힐탑 의자", "hilltop", true},
		{"フィヨルドのダウン", "fjord", true},
		{"피요르드 다운 재킷", "fjord", true},
		{"ハーバーフリース", "harbor", true},
		{"하버 플리스", "harbor", true},
		{"エンバー寝袋", "ember", true},
		{"グラナイトの靴", "granite", true},
		{"그래나이트 등산화", "granite", true},
		{"ポーラーの手袋", "polar", true},
		{"하이루트 배낭 용량이 얼마예요?", "highroute", true},
		// Not the name: other words, or a skeleton too short to tell.
		{"ジャケットは防水ですか？", "aurora", false},
		{"오로라 재킷", "tundra", false},
		{"パーカーはありますか", "harbor", false},
		{"ダウンジャケット", "canyon", false},
		{"ما مدى دفء باركا تندرا؟", "granite", false},
		{"Сколько весит стул Хилтоп?", "tundra", false},
		{"هل سترة أورورا مقاومة للماء؟", "aurora", false},
		{"Is the Tundra warm?", "tundra", false}, // Latin is matched as is, elsewhere
	} {
		if got := transliteratedIn(tc.text, tc.name); got != tc.want {
			t.Errorf("transliteratedIn(%q, %q) = %v, want %v (skeleton %q)", tc.text, tc.name, got, tc.want, skeleton(tc.name))
		}
	}
}

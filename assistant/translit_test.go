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
		{"ツンドラのパーカーはどのくらい暖かいですか？", "tundra", true},
		{"툰드라 파카", "tundra", true},
		{"ソルスティスのテントの重さは？", "solstice", true},
		{"솔스티스 텐트 무게가 얼마예요?", "solstice", true},
		{"ヒルトップのチェア", "hilltop", true},
		{"힐탑 의자", "hilltop", true},
		{"フィヨルドのダウン", "fjord", true},
		{"グラナイトトレッキングシューズ", "granite", true}, // a name run on into a kind word
		{"グラナイトの靴", "granite", true},
		{"그래나이트 등산화", "granite", true},
		// Not the name: other words, or a skeleton too short to tell.
		{"ジャケットは防水ですか？", "aurora", false},
		{"오로라 재킷", "tundra", false},
		{"パーカーはありますか", "harbor", false},
		{"ダウンジャケット", "canyon", false},
		// Too few consonants to tell from common words (ブルー, ウール;
		// 일본 and "Alpine" in hangul) unless the vowels fit too
		// (ハーバー, エンバー are the names: see TestF11SyllabicShortNames).
		{"オーロラのジャケットは防水ですか？", "aurora", false},
		{"ウール", "aurora", false},
		{"ハーバーフリース", "harbor", true},
		{"エンバー寝袋", "ember", true},
		{"ブルー", "polar", false},
		{"일본 배송", "alpine", false},
		{"クーポン", "carbon", false},
		{"イギリス", "glacier", false},
		{"ポリエステル", "breeze", false},
		{"ما مدى دفء باركا تندرا؟", "granite", false},
		{"Сколько весит стул Хилтоп?", "tundra", false},
		{"هل سترة أورورا مقاومة للماء؟", "aurora", false},
		{"Is the Tundra warm?", "tundra", false}, // Latin is matched as is, elsewhere
		// A service word with the name's consonants is the word.
		{"Какая гарантия на куртки?", "granite", false},
		{"Какой срок гарантии?", "granite", false},
		{"Какая гарантия на ботинки Гранит?", "granite", true},
	} {
		if got := transliteratedIn(tc.text, tc.name); got != tc.want {
			t.Errorf("transliteratedIn(%q, %q) = %v, want %v (skeleton %q)", tc.text, tc.name, got, tc.want, skeleton(tc.name))
		}
	}
}

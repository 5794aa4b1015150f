package geo

import (
	"strings"
	"testing"
)

// f13First is the first country LocateFor reads, or "".
func f13First(m *Matcher, text string, prefer ...string) string {
	ms := m.LocateFor(text, prefer...)
	if len(ms) == 0 {
		return ""
	}
	return ms[0].Code
}

// TestF13GeoTurkishSuffix: a city named by an ordinary word (Seul, Nice,
// Porto, Faro) is a place when a Turkish case suffix follows it after an
// apostrophe; an English clitic or the bare word is not.
func TestF13GeoTurkishSuffix(t *testing.T) {
	m := New()
	for _, tt := range []struct{ text, want string }{
		{"Seul'e hem kaç günde gelir hem de kargo kaç euro?", "KR"},
		{"Nice'e kargo ne kadar?", "FR"},
		{"Porto'daki adresime gönderir misiniz?", "PT"},
		{"Seul'den iade yapabilir miyim?", "KR"},
		{"Faro'ya teslimat kaç gün?", "PT"},
		{"Nice's weather is great", ""},
		{"It's a nice jacket", ""},
		{"Le seul souci est la taille", ""},
	} {
		if got := f13First(m, tt.text); got != tt.want {
			t.Errorf("LocateFor(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestF13GeoCanton: "Canton"/"Kanton" is Guangzhou alone, but a Swiss
// canton when the canton's name follows it.
func TestF13GeoCanton(t *testing.T) {
	m := New()
	for _, tt := range []struct{ text, want string }{
		{"Spedizione gratuita in Canton Ticino? Da che cifra?", "CH"},
		{"Versand in den Kanton Zürich?", "CH"},
		{"livraison dans le canton de Vaud", "CH"},
		{"spedite nel cantone di Berna?", "CH"},
		{"Ich wohne im Kanton Graubünden", "CH"},
		{"shipping to Canton, please", "CN"},
	} {
		if got := f13First(m, tt.text); got != tt.want {
			t.Errorf("LocateFor(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestF13GeoJapaneseIslands: Japan's outlying islands named with 島 are
// Japan's, before any particle (への, まで, に); the bare word 石垣
// ("stone wall") and Italian "amami" are no place.
func TestF13GeoJapaneseIslands(t *testing.T) {
	m := New()
	for _, tt := range []struct{ text, want string }{
		{"カートが160ユーロなんですが、石垣島への送料は無料になりますか？", "JP"},
		{"宮古島まで何日かかりますか", "JP"},
		{"屋久島に住んでいます", "JP"},
		{"寄到石垣岛要多久", "JP"},
		{"Do you ship to Miyakojima?", "JP"},
		{"石垣の上に置いた", ""},
		{"Amami, per favore", ""},
	} {
		if got := f13First(m, tt.text); got != tt.want {
			t.Errorf("LocateFor(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestF13GeoLargerCity: of two cities written alike, the larger is read
// (奥克兰 is Auckland before Oakland, Франкфурт Frankfurt am Main before
// Frankfort, Kentucky), unless the shopper's storefront or language is
// the smaller one's country.
func TestF13GeoLargerCity(t *testing.T) {
	m := New()
	for _, tt := range []struct {
		text   string
		prefer []string
		want   string
	}{
		{"寄到悉尼和奥克兰，包邮门槛一样吗？", []string{"", "CN"}, "AU"},
		{"我住在奥克兰", []string{"", "CN"}, "NZ"},
		{"我住在奧克蘭", []string{"", "TW"}, "NZ"},
		{"オークランドに住んでいます", []string{"", "JP"}, "NZ"},
		{"오클랜드로 배송되나요?", []string{"", "KR"}, "NZ"},
		{"Доставка во Франкфурт", []string{"", "RU"}, "DE"},
		{"我住在奥克兰", []string{"US", "CN"}, "US"},
	} {
		if got := f13First(m, tt.text, tt.prefer...); got != tt.want {
			t.Errorf("LocateFor(%q, %v) = %q, want %q", tt.text, tt.prefer, got, tt.want)
		}
	}
	if ms := m.LocateFor("寄到悉尼和奥克兰", "", "CN"); len(ms) != 2 || ms[1].Code != "NZ" {
		t.Errorf("LocateFor(寄到悉尼和奥克兰) = %v, want AU then NZ", ms)
	}
}

// TestF13GeoDubai: Dubai and Abu Dhabi are cities (Locate), so a second
// city beside them is read too; a katakana name ending a longer katakana
// word is no place (アドバイス "advice" is no Dubai, リマインド no India),
// one starting it still is (カナダドル).
func TestF13GeoDubai(t *testing.T) {
	m := New()
	codes := func(ms []Mention) []string {
		var out []string
		for _, x := range ms {
			out = append(out, x.Code)
		}
		return out
	}
	for _, tt := range []struct {
		text         string
		find, locate string
	}{
		{"Dubai ile Londra arasında ücretsiz kargo sınırı farklı mı?", "", "AE GB"},
		{"Shipping to Dubai vs London?", "", "AE GB"},
		{"Muss ich in Abu Dhabi Zoll zahlen?", "", "AE"},
		{"كم تكلفة الشحن إلى دبي؟", "", "AE"},
		{"Do you ship to the UAE?", "AE", ""},
		{"ドバイへの送料はいくらですか？", "AE", ""},
		{"サイズのアドバイスをお願いします", "", ""},
		{"リマインドメールが届きません", "", ""},
		{"カナダドルで払えますか？", "CA", ""},
	} {
		if got := strings.Join(codes(m.Find(tt.text)), " "); got != tt.find {
			t.Errorf("Find(%q) = %q, want %q", tt.text, got, tt.find)
		}
		if tt.find != "" {
			continue
		}
		if got := strings.Join(codes(m.LocateFor(tt.text)), " "); got != tt.locate {
			t.Errorf("LocateFor(%q) = %q, want %q", tt.text, got, tt.locate)
		}
	}
}

// TestF13GeoWrittenAccent: a city named by an ordinary word is read only
// as written: after a residence marker, Italian "farò" ("I will do") is
// no Faro, while "Faro" and "Porto" still are.
func TestF13GeoWrittenAccent(t *testing.T) {
	m := New()
	for _, tt := range []struct{ text, want string }{
		{"casa e poi farò il reso", ""},
		{"FARÒ il reso domani", ""},
		{"Faro", "PT"},
		{"moro no Porto", "PT"},
		{"Nice", "FR"},
	} {
		got := ""
		if ms := m.LocateResidence(tt.text); len(ms) > 0 {
			got = ms[0].Code
		}
		if got != tt.want {
			t.Errorf("LocateResidence(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

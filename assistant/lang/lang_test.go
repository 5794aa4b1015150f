package lang

import (
	"bufio"
	"encoding/json"
	"os"
	"runtime"
	"sort"
	"testing"
)

func newDetector(t testing.TB) *Detector {
	t.Helper()
	d, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestDetect(t *testing.T) {
	d := newDetector(t)
	es := Priors{StorefrontLocale: "es-MX"}
	tests := []struct {
		name   string
		text   string
		priors Priors
		want   string
		prior  bool
	}{
		{"english sentence", "where is my order? I ordered last week", Priors{}, "en", false},
		{"spanish sentence", "¿dónde está mi pedido? lo compré la semana pasada", Priors{}, "es", false},
		{"french", "je voudrais retourner ma commande s'il vous plaît", Priors{}, "fr", false},
		{"german", "Ich möchte meine Bestellung stornieren", Priors{}, "de", false},
		{"italian", "vorrei sapere dove si trova il mio ordine", Priors{}, "it", false},
		{"portuguese", "quero saber quando meu pedido vai chegar", Priors{}, "pt", false},
		{"dutch", "wanneer wordt mijn bestelling bezorgd", Priors{}, "nl", false},
		{"turkish", "siparişim ne zaman teslim edilecek", Priors{}, "tr", false},
		{"polish", "kiedy dostanę moje zamówienie", Priors{}, "pl", false},
		{"indonesian", "kapan pesanan saya akan dikirim", Priors{}, "id", false},
		{"spanish text beats english storefront", "hola, quiero devolver unos zapatos que compré", Priors{StorefrontLocale: "en"}, "es", false},
		{"arabic", "أين طلبي رقم 1001", Priors{}, "ar", false},
		{"russian", "где мой заказ", Priors{}, "ru", false},
		{"korean", "주문한 거 언제 와요", Priors{}, "ko", false},
		{"japanese kana", "注文はいつ届きますか", Priors{}, "ja", false},
		{"simplified", "我的订单什么时候到", Priors{}, "zh-Hans", false},
		{"traditional", "我的訂單什麼時候到", Priors{}, "zh-Hant", false},
		// 紧/緊 is in OpenCC's tables, not in the old hand-written pair list.
		{"simplified by opencc pair", "尺寸偏紧", Priors{}, "zh-Hans", false},
		{"traditional by opencc pair", "尺寸偏緊", Priors{}, "zh-Hant", false},
		{"shinjitai kanji votes japanese", "天気予報", Priors{}, "ja", false},
		// Only shared characters, but Japanese compounds (Han model).
		{"japanese compounds", "送料無料", Priors{}, "ja", false},
		{"chinese compounds stay chinese", "退货运费", Priors{}, "zh-Hans", false},
		{"kanji only in a japanese conversation", "注文番号", Priors{PreviousLanguage: "ja"}, "ja", true},
		{"shared han uses zh-TW prior", "你好", Priors{StorefrontLocale: "zh-TW"}, "zh-Hant", true},
		{"hi on a spanish store", "hi", es, "es", true},
		{"ok on a spanish store", "ok", es, "es", true},
		{"refund pls", "refund pls", es, "es", true},
		{"order number only", "#1001", Priors{BrowserLanguage: "fr-CA"}, "fr", true},
		{"thanks keeps previous language", "thanks", Priors{PreviousLanguage: "de", StorefrontLocale: "en"}, "de", true},
		{"previous beats storefront", "ok", Priors{PreviousLanguage: "it", StorefrontLocale: "en", BrowserLanguage: "fr"}, "it", true},
		{"storefront beats browser", "#1001", Priors{StorefrontLocale: "pt-BR", BrowserLanguage: "en-US"}, "pt", true},
		{"unsupported prior skipped", "ok", Priors{StorefrontLocale: "sw", BrowserLanguage: "nl-BE"}, "nl", true},
		{"no priors no letters", "1001", Priors{}, "en", true},
		{"email ignored", "jane@example.com", Priors{StorefrontLocale: "ko"}, "ko", true},
		{"full-width digits only", "＃１００１", Priors{StorefrontLocale: "ja"}, "ja", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := d.Detect(tt.text, tt.priors)
			if got.Lang != tt.want || got.FromPriors != tt.prior {
				t.Errorf("Detect(%q, %+v) = %+v, want %s (fromPriors=%v)", tt.text, tt.priors, got, tt.want, tt.prior)
			}
			if got.Confidence <= 0 || got.Confidence > 1 {
				t.Errorf("confidence %v out of (0,1]", got.Confidence)
			}
		})
	}
}

func TestNormalize(t *testing.T) {
	tests := map[string]string{
		"es-MX": "es", "pt_BR": "pt", "zh-TW": "zh-Hant", "zh-HK": "zh-Hant", "zh-Hant-TW": "zh-Hant",
		"zh-CN": "zh-Hans", "zh": "zh-Hans", "EN-gb": "en", "in": "id", "ja-JP": "ja", "": "", "xx": "",
	}
	for in, want := range tests {
		got, ok := Normalize(in)
		if got != want || ok != (want != "") {
			t.Errorf("Normalize(%q) = %q,%v want %q", in, got, ok, want)
		}
	}
}

func TestHanSetsDisjoint(t *testing.T) {
	for r := range simplifiedOnly {
		if traditionalOnly[r] {
			t.Errorf("%c is in both simplified and traditional sets", r)
		}
	}
	if len(simplifiedOnly) < 100 {
		t.Errorf("only %d simplified-only characters", len(simplifiedOnly))
	}
}

type heldOutLine struct {
	Text string `json:"text"`
	Lang string `json:"lang"`
}

// HeldOutSet reads the intent package's held-out messages, which are
// labelled with their language and never used to train either model.
func heldOut(t testing.TB) []heldOutLine {
	f, err := os.Open("../intent/testdata/heldout.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []heldOutLine
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var l heldOutLine
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatal(err)
		}
		out = append(out, l)
	}
	return out
}

// TestHeldOutAccuracy measures detection on real customer messages with no
// priors at all and with a mismatching English storefront, the common case
// of a foreign shopper on an English store.
func TestHeldOutAccuracy(t *testing.T) {
	d := newDetector(t)
	lines := heldOut(t)
	for _, sc := range []struct {
		name   string
		priors Priors
		min    float64
	}{
		{"no priors", Priors{}, 0.93},
		{"storefront en", Priors{StorefrontLocale: "en"}, 0.90},
		{"storefront = true language", Priors{}, 0.98},
	} {
		per := map[string][2]int{}
		total, ok := 0, 0
		for _, l := range lines {
			p := sc.priors
			if sc.name == "storefront = true language" {
				p = Priors{StorefrontLocale: l.Lang}
			}
			got := d.Detect(l.Text, p)
			c := per[l.Lang]
			c[1]++
			total++
			if got.Lang == l.Lang {
				c[0]++
				ok++
			} else if testing.Verbose() {
				t.Logf("%s: %q want %s got %s", sc.name, l.Text, l.Lang, got.Lang)
			}
			per[l.Lang] = c
		}
		langs := make([]string, 0, len(per))
		for l := range per {
			langs = append(langs, l)
		}
		sort.Strings(langs)
		for _, l := range langs {
			t.Logf("%s %-8s %d/%d", sc.name, l, per[l][0], per[l][1])
		}
		acc := float64(ok) / float64(total)
		t.Logf("%s overall %d/%d %.1f%%", sc.name, ok, total, 100*acc)
		if acc < sc.min {
			t.Errorf("%s: accuracy %.1f%% < %.0f%%", sc.name, 100*acc, 100*sc.min)
		}
	}
}

func BenchmarkDetect(b *testing.B) {
	d := newDetector(b)
	msgs := []string{"where is my order #1001?", "quiero devolver estos zapatos", "我的订单什么时候到", "Kann ich mit PayPal zahlen?", "ok"}
	p := Priors{StorefrontLocale: "en"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		d.Detect(msgs[i%len(msgs)], p)
	}
}

// BenchmarkNewHeap reports the live heap held by one trained detector.
func BenchmarkNewHeap(b *testing.B) {
	var before, after runtime.MemStats
	var keep *Detector
	for b.Loop() {
		runtime.GC()
		runtime.ReadMemStats(&before)
		keep = newDetector(b)
		runtime.GC()
		runtime.ReadMemStats(&after)
	}
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/1e6, "heap-MB")
	runtime.KeepAlive(keep)
}

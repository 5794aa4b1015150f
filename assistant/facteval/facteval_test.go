package facteval

import (
	"context"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"shopassist/assistant"
	"shopassist/assistant/eval"
	"shopassist/demo"
	"shopassist/internal/racemode"
	"shopassist/shopdata"
)

// factFloor is the share of the fact set the assistant must answer right:
// the score measured when the set was written minus 2 points (8.6%), raised
// to 63% when the passage answers landed (measured 65.6% with the intent
// work and the demo translations merged), and to 69% with the product,
// recommendation and size-guide work (measured 71.8%), and to 74% with the
// policy and product work of 2026-12-05 (measured 75.9%), and to 77% with
// the second product pass (h13prod, 77.0%) and the second policy round
// (h13pol, 79.0%, of which 0.6 points are the grader no longer taking
// Turkish "size" and Polish "we" for English). It is a ratchet: raise it
// when the answers improve, never lower it. With h13rec (recommendations,
// FAQ first) merged too: 78% (measured 80.7%); r2pol (no-free-shipping
// statements, restriction rules in every language) kept 80.7%; 78.9% with
// the sizes and names pass r2prod (measured 80.9%); 81.4% with the third
// product pass h13prod (measured 83.4%); 82.0% with round 3 of
// recommendations and FAQ and the Italian market's translations (h13rec,
// measured 84.0% with h13prod merged); 88.0% with round 4 of the policy
// answers (h13pol: cities, states, nationalities, groupings; measured
// 90.0% merged). With all four branches of the afternoon merged (h13pol,
// h13prod, h13rec, h18b) main measures 90.7 %: 88.7 %; with the short
// second round (r2free, r2attr, r2rec) 91.3 %: 89.3 %. With the evening's
// third round (f3prod: attributes, weights, recommendation needs; f3pol:
// payment, refund timing, two questions in one, FAQ words) 92.5 %: 90.5 %.
// With the fourth round (r4prod, r4pol, r4faq, reg) 93.4 %: 91.4 %.
// With the fifth and sixth rounds (r5pol, r5prod, r5rec, r6rec, r6faq,
// r6attr, r7faq, the gazetteer in both Chinese scripts) 94.2 % (454/482, of
// which one item is the grader no longer taking the shop's own
// hyphenated loanwords for English): 92.2 %. With the seventh and eighth
// rounds (f7duty, f7ship, f7rec, f7prod, f8faq, f8prod, f8pol: duties asked
// without the word, several destinations, towns, budgets in words, FAQ
// told as stories; and the hours and address of untranslated pages)
// 94.6 % (456/482): 92.6 %. With the ninth round (f9pol, f9rec, f9attr:
// claimed thresholds, relatives' homes, budgets of a kind, two attributes
// at once; the lead's postage, exonyms and shipping-and-returns) 94.8 %
// (457/482): 92.8 %. With the fourteenth and fifteenth rounds (f14pol,
// f14prod, f14rec from blind10; f15prod, f15pol from the golden-twin
// sets of blind11: express options dropped from free-shipping answers,
// care lines, heights picking lengths, sock sizes in the singular) 95.0 %
// (458/482): the issue's own floor, 95 %, now holds and is the floor
// (issue 13: "Floor in CI: ≥ 95 % right"); it is never lowered.
const factFloor = 0.950

// heldOutFloor is the floor of the third blind set
// (assistant/testdata/blind3), held out like the golden set: written on
// 2026-12-05 by a helper that read only the demo store's data and the
// grading rules, and read by nobody who changes the answers since. It
// measured 79.5 % (210/264) when it landed and 85.2 % (225/264) after the
// fourth round of answer work, which never read it, and 89.4 % (236/264)
// after the fifth and sixth (one item of the gain is the grader reading
// "20 000 mm" typed with an ordinary space); the floor is that minus 2
// points, a ratchet like factFloor. After the seventh and eighth rounds
// 90.5 % (239/264): 88.5 %.
const heldOutFloor = 0.885

// TestFactFloor grades the golden set and the held-out blind set against
// their floors, printing aggregates only: the items are not for whoever
// improves the answers.
func TestFactFloor(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole fact set")
	}
	if racemode.On {
		t.Skip(racemode.SkipReason)
	}
	sets := []struct {
		name  string
		load  func() ([]Item, error)
		floor float64
	}{
		{"golden", Load, factFloor},
		{"blind3", func() ([]Item, error) { return LoadFile("../testdata/blind3/set3.jsonl") }, heldOutFloor},
	}
	ctx := context.Background()
	env, err := eval.NewEnv(ctx, t.TempDir(), assistant.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer env.Close()
	for _, set := range sets {
		t.Run(set.name, func(t *testing.T) {
			items, err := set.load()
			if err != nil {
				t.Fatal(err)
			}
			rep, err := Run(ctx, env, NewGrader(), items)
			if err != nil {
				t.Fatal(err)
			}
			var b strings.Builder
			rep.Print(&b)
			t.Log("\n" + b.String())
			if got := rep.Overall.Rate(); got < set.floor {
				t.Errorf("%s set %.1f%% right, under the floor %.1f%%", set.name, 100*got, 100*set.floor)
			}
		})
	}
}

// requiredLangs are the languages the issue asks the set to cover.
var requiredLangs = []string{"en", "es", "fr", "de", "it", "pt", "nl", "ja", "zh-Hans", "ar"}

func TestFactSetShape(t *testing.T) {
	items, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if len(items) < 420 {
		t.Errorf("%d items, want at least 420", len(items))
	}
	byLang, byType := map[string]int{}, map[string]int{}
	for _, it := range items {
		byLang[it.Lang]++
		byType[it.Type]++
	}
	for _, l := range requiredLangs {
		if byLang[l] < 20 {
			t.Errorf("%s has %d items, want at least 20", l, byLang[l])
		}
	}
	for _, ty := range Types {
		if byType[ty] == 0 {
			t.Errorf("no %s item", ty)
		}
	}
}

// TestFactsFromData checks the set against the demo store's data: every
// item's src names data that exists, and every fact carrying a number is
// stated in that data (any locale), so a fact can only be wrong if the
// data is.
func TestFactsFromData(t *testing.T) {
	items, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	sources := demoTexts()
	num := regexp.MustCompile(`-?\d+(?:\.\d+)?`)
	normalized := map[string]string{} // by anchors: many items share a source
	for _, it := range items {
		file, anchors, ok := strings.Cut(strings.Fields(it.Src)[0], "#")
		if !ok {
			t.Errorf("%s: src %q is not file#anchor", it.ID, it.Src)
			continue
		}
		code, err := os.ReadFile("../../" + file)
		if err != nil {
			t.Errorf("%s: %v", it.ID, err)
			continue
		}
		var text string
		for _, a := range strings.Split(anchors, ",") {
			if !strings.Contains(string(code), `"`+a+`"`) && !strings.Contains(string(code), "`"+a+"`") {
				t.Errorf("%s: %s does not define %q", it.ID, file, a)
			}
			s, ok := sources[a]
			if !ok {
				t.Errorf("%s: no demo data for %q", it.ID, a)
			}
			text += "\n" + s
		}
		for _, h := range it.OnlyProducts {
			if _, ok := sources[h]; !ok {
				t.Errorf("%s: only_products names unknown product %q", it.ID, h)
			}
		}
		norm, ok := normalized[anchors]
		if !ok {
			norm = normalize(text)
			normalized[anchors] = norm
		}
		for _, alts := range it.Must {
			checkNumbers := it.Type != "recommendation"
			if checkNumbers && !num.MatchString(strings.Join(alts, " ")) {
				continue
			}
			if anyContains(norm, alts) {
				continue
			}
			// A spelling in a language the store has no translation for
			// cannot appear in the data; its numbers must.
			found := checkNumbers
			for _, n := range num.FindAllString(normalize(alts[0]), -1) {
				found = found && contains(norm, n)
			}
			if !found {
				t.Errorf("%s: fact %q not in %s", it.ID, alts, it.Src)
			}
		}
	}
}

// demoTexts maps each anchor a src may name (policy type, page handle, FAQ
// id, product handle) to its text in every locale.
func demoTexts() map[string]string {
	out := map[string]string{}
	for _, p := range demo.Policies() {
		s := p.Body
		for _, tr := range p.Translations {
			s += "\n" + tr.Body
		}
		out[p.Type] = s
	}
	for _, p := range demo.Pages() {
		s := p.Body
		for _, tr := range p.Translations {
			s += "\n" + tr.Body
		}
		out[p.Handle] = s
	}
	for _, f := range demo.FAQs() {
		var s []string
		for _, a := range f.Answers {
			s = append(s, a)
		}
		out[f.ID] = strings.Join(s, "\n")
	}
	tr := demo.Translations()
	for _, p := range demo.Products() {
		s := []string{p.Title, shopdata.HTMLToText(p.BodyHTML)}
		for _, v := range p.Variants {
			s = append(s, v.Title, v.Price.StringFixed(2))
			if v.CompareAtPrice != nil {
				s = append(s, v.CompareAtPrice.StringFixed(2))
			}
		}
		for _, t := range tr[p.Id] {
			s = append(s, t.Title, shopdata.HTMLToText(t.BodyHTML))
		}
		out[p.Handle] = strings.Join(s, "\n")
	}
	return out
}

func TestNormalize(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"4–7 business days", "4-7 business days"},
		{"4 – 7", "4-7"},
		{"1〜3営業日", "1-3営業日"},
		{"14,95 €", "14.95 €"},
		{"€14.95", "€14.95"},
		{"20,000 mm", "20000 mm"},
		{"20.000 mm", "20000 mm"},
		{"20\u202f000 mm", "20000 mm"},
		{"1,500 litres", "1500 litres"},
		{"２５０ g", "250 g"},
		{"٣٠ يوماً", "30 يوماً"},
		{"Free  Over\u00a0€75", "free over €75"},
		{"limit −5 °C", "limit -5 °c"},
		{"25, 50, 100", "25, 50, 100"},
	} {
		if got := normalize(c.in); got != c.want {
			t.Errorf("normalize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestMatches(t *testing.T) {
	for _, c := range []struct {
		text, fact string
		want       bool
	}{
		{"United States: 4–7 business days, €14.95", "14.95", true},
		{"€14.95", "4.95", false},
		{"14,95 €", "14.95", true},
		{"30日以内", "30", true},
		{"30.95", "30", false},
		{"€229.00", "229", true},
		{"1229", "229", false},
		{"the DAP rule", "DAP", true},
		{"DAPPER", "DAP", false},
		{"4 à 7 jours ouvrés", "4 à 7", true},
		{"在 1 小时内", "1小时", true},
		{"agotada", "agotad*", true},
		{"disponible", "agotad*", false},
		{"15 kg", "5", false},
		{"خلال 30 يوماً", "30", true},
		{"الاتحاد الأوروبي", "الاتحاد الأوروبي", true},
		// Thousands grouped with an ordinary space, as translations
		// type them, count for a whole number of four digits or more;
		// two neighbouring numbers are not joined into a smaller fact.
		{"arrête la pluie (20 000 mm)", "20000", true},
		{"20 000 мм", "20 000", true},
		{"1 500 litres", "1500", true},
		{"EU 38 189.00", "189", true},
		{"EU 38 189.00", "38", true},
		{"EU 38 189.00", "381", false},
		{"EU 42 330 g", "330", true},
		{"12 000,5", "12000", false},
		{"in 2 000 stappen", "2000", true},
	} {
		if got := matches(normalize(c.text), c.fact); got != c.want {
			t.Errorf("matches(%q, %q) = %v, want %v", c.text, c.fact, got, c.want)
		}
	}
}

func TestGrade(t *testing.T) {
	g := NewGrader()
	it := Item{ID: "x", Lang: "es", Type: "shipping_cost", Question: "¿Envío a EE. UU.?",
		Must: [][]string{{"4-7"}, {"14.95"}}, MustNot: []string{"24.95"}}
	for _, c := range []struct {
		name  string
		reply assistant.Reply
		kinds []string
	}{
		{"right", assistant.Reply{Language: "es", Text: "Estados Unidos: entrega en 4–7 días hábiles, 14,95 €."}, nil},
		{"missing", assistant.Reply{Language: "es", Text: "Estados Unidos: 14,95 €."}, []string{KindMissing}},
		{"wrong rule", assistant.Reply{Language: "es", Text: "4–7 días, 14,95 €; resto del mundo 24,95 €"}, []string{KindWrong}},
		{"language", assistant.Reply{Language: "en", Text: "4–7 días, 14,95 €"}, []string{KindLanguage}},
		{"english", assistant.Reply{Language: "es", Text: "United States: delivery in 4–7 business days, 14,95 €"},
			[]string{KindEnglish}},
		{"fact on a card", assistant.Reply{Language: "es", Text: "Entrega en 4–7 días.",
			Cards: []assistant.Card{{Type: "product", Title: "Envío", Price: "14.95"}}}, nil},
	} {
		ps := g.Grade(it, &c.reply)
		var kinds []string
		for _, p := range ps {
			kinds = append(kinds, p.Kind)
		}
		if !reflect.DeepEqual(kinds, c.kinds) {
			t.Errorf("%s: problems %v, want kinds %v", c.name, ps, c.kinds)
		}
	}
}

func TestGradeRecommendation(t *testing.T) {
	g := NewGrader()
	it := Item{ID: "r", Lang: "zh-Hant", Type: "recommendation", Question: "有沒有 150 歐元以下的背包？",
		Must: [][]string{{"Ridgeline"}}, OnlyProducts: []string{"ridgeline-22l-daypack"}}
	daypack := assistant.Card{Type: "product", Title: "Ridgeline 22L Daypack", Price: "119.00"}
	duffel := assistant.Card{Type: "product", Title: "Voyager 60L Travel Duffel", Price: "149.00"}
	for _, c := range []struct {
		name  string
		reply assistant.Reply
		kinds []string
	}{
		{"only qualifying", assistant.Reply{Language: "zh-Hant", Text: "為您推薦：", Cards: []assistant.Card{daypack}}, nil},
		{"non-qualifying card", assistant.Reply{Language: "zh-Hant", Text: "為您推薦：", Cards: []assistant.Card{daypack, duffel}},
			[]string{KindWrong}},
		{"simplified script", assistant.Reply{Language: "zh-Hant", Text: "为您推荐以下商品：这个", Cards: []assistant.Card{daypack}},
			[]string{KindLanguage}},
	} {
		var kinds []string
		for _, p := range g.Grade(it, &c.reply) {
			kinds = append(kinds, p.Kind)
		}
		if !reflect.DeepEqual(kinds, c.kinds) {
			t.Errorf("%s: kinds %v, want %v", c.name, kinds, c.kinds)
		}
	}
}

func TestEnglishWords(t *testing.T) {
	g := NewGrader()
	for _, c := range []struct {
		lang, text string
		want       []string
	}{
		{"de", "Die Aurora 2.5L Rain Shell ist wasserdicht.", nil},
		{"es", "Your order ships within 2 days", []string{"your", "order", "within", "days"}},
		{"nl", "We sturen het pakket, is dat goed?", nil},
		{"pl", "To jest Merino Hiking Socks.", nil},
		{"pl", "Dostawa we Francji trwa 2–5 dni.", nil},
		{"tr", "İadeniz ulaştığında size e-posta göndeririz.", nil},
		{"fr", "Écrivez à support@northwind-outfitters.example pour le suivi.", nil},
		{"ja", "DHL Expressで5〜10営業日です。", nil},
		{"pt", "Se for possível, trocamos o tamanho.", nil},
		{"id", "Produk pre-order menampilkan perkiraan tanggal pengiriman.", nil},
		{"zh-Hant", "美麗諾羊毛無割皮（mulesing-free）", nil},
		{"id", "Kirim pre-order, free shipping for you", []string{"free", "shipping", "for", "you"}},
		{"es", "Envío free - the best", []string{"free", "the"}},
	} {
		got := g.EnglishWords(c.lang, c.text)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("EnglishWords(%s, %q) = %v, want %v", c.lang, c.text, got, c.want)
		}
	}
}

func TestSetContextByFieldName(t *testing.T) {
	type request struct {
		Country   string
		ProductID int64
	}
	var r request
	v := reflect.ValueOf(&r).Elem()
	if !setField(v, countryFields, "US", 0) || r.Country != "US" {
		t.Errorf("country not set: %+v", r)
	}
	if !setField(v, productFields, "aurora-rain-shell", productIDOf("aurora-rain-shell")) || r.ProductID == 0 {
		t.Errorf("product not set: %+v", r)
	}
	var none struct{ Other string }
	if setField(reflect.ValueOf(&none).Elem(), countryFields, "US", 0) {
		t.Error("set a field that does not exist")
	}
}

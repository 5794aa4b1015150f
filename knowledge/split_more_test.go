package knowledge

import (
	"slices"
	"testing"
)

// Policies state prices, thresholds and contacts in every shop language: a
// decimal separator, a thousands separator, a currency sign or code, an
// e-mail, a web address or an abbreviation must never end a sentence, and
// the sentence after it must still start a new one (sentences are what a
// per-country answer is cut from).
func TestSplitSentencesKeepsAmountsAndAddressesWhole(t *testing.T) {
	tests := []struct {
		lang, in string
		want     []string
	}{
		{"en", "Shipping costs CHF 9.90 per order. Free over CHF 150.",
			[]string{"Shipping costs CHF 9.90 per order.", "Free over CHF 150."}},
		{"en", "Write to help@shop.example. We reply within 24 h.",
			[]string{"Write to help@shop.example.", "We reply within 24 h."}},
		{"en", "Visit www.example.com/returns. Print the label.",
			[]string{"Visit www.example.com/returns.", "Print the label."}},
		{"en", "Returns accepted approx. 30 days after delivery. Refunds take 5 days.",
			[]string{"Returns accepted approx. 30 days after delivery.", "Refunds take 5 days."}},
		{"en", "Call +1 (555) 010-0199. Open 9 a.m. to 5 p.m. daily.",
			[]string{"Call +1 (555) 010-0199.", "Open 9 a.m. to 5 p.m. daily."}},
		{"en", "We ship to St. Lucia. Also to Mt. Pleasant.",
			[]string{"We ship to St. Lucia.", "Also to Mt. Pleasant."}},
		{"de", "Preis: 1.299,00 €. Versand gratis.", []string{"Preis: 1.299,00 €.", "Versand gratis."}},
		{"fr", "Livraison en France métropolitaine : 4,90 €. Gratuite dès 60 €.",
			[]string{"Livraison en France métropolitaine : 4,90 €.", "Gratuite dès 60 €."}},
		{"it", "Spedizione in Italia: 5,90 €. Gratis da 49 €.", []string{"Spedizione in Italia: 5,90 €.", "Gratis da 49 €."}},
		{"es", "Envío a España: 4,95 €. Gratis a partir de 50 €.", []string{"Envío a España: 4,95 €.", "Gratis a partir de 50 €."}},
		{"nl", "Verzending naar België: € 4,95. Gratis vanaf € 50.", []string{"Verzending naar België: € 4,95.", "Gratis vanaf € 50."}},
		{"pl", "Wysyłka do Polski: 19,99 zł. Darmowa od 200 zł.", []string{"Wysyłka do Polski: 19,99 zł.", "Darmowa od 200 zł."}},
		{"ru", "Доставка по России: 500 руб. Бесплатно от 5000 руб.", []string{"Доставка по России: 500 руб.", "Бесплатно от 5000 руб."}},
		{"tr", "Türkiye'ye gönderim: 99,90 TL. 1.000 TL üzeri ücretsiz.",
			[]string{"Türkiye'ye gönderim: 99,90 TL.", "1.000 TL üzeri ücretsiz."}},
		{"en", "Delivery to the UK. 5 working days.", []string{"Delivery to the UK.", "5 working days."}},
		{"id", "Pengiriman ke Indonesia: Rp 50.000. Gratis di atas Rp 500.000.",
			[]string{"Pengiriman ke Indonesia: Rp 50.000.", "Gratis di atas Rp 500.000."}},
		{"pt", "Envio para o Brasil: R$ 29,90. Grátis acima de R$ 300.", []string{"Envio para o Brasil: R$ 29,90.", "Grátis acima de R$ 300."}},
		{"ja", "日本への配送：1,500円。10,000円以上で送料無料。", []string{"日本への配送：1,500円。", "10,000円以上で送料無料。"}},
		{"ko", "배송비는 3,000원입니다. 5만원 이상 무료배송입니다.", []string{"배송비는 3,000원입니다.", "5만원 이상 무료배송입니다."}},
		{"zh-Hant", "運費為NT$120。滿NT$1,500免運。", []string{"運費為NT$120。", "滿NT$1,500免運。"}},
		{"zh-Hans", "运费15元！满199元包邮？是的", []string{"运费15元！", "满199元包邮？", "是的"}},
		{"ar", "الشحن إلى الإمارات: 25 درهم. مجاني فوق 200 درهم.", []string{"الشحن إلى الإمارات: 25 درهم.", "مجاني فوق 200 درهم."}},
		// A line break always ends a sentence, even without a mark.
		{"en", "Europe: 3 days\nWorld: 7 days", []string{"Europe: 3 days", "World: 7 days"}},
		// Closing quotes and brackets stay with their sentence.
		{"en", `They said "free returns." We agree.`, []string{`They said "free returns."`, "We agree."}},
	}
	for _, tt := range tests {
		if got := SplitSentences(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("[%s] SplitSentences(%q)\n got %q\nwant %q", tt.lang, tt.in, got, tt.want)
		}
	}
}

// Passages are what answers quote and how translations are aligned with
// the original: every line is its own passage, a short heading is joined to
// the paragraph it introduces, list items stay apart and empty lines vanish.
func TestSplitPassagesStructure(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"heading over a blank line", "Returns\n\nYou can return items within 30 days.",
			[]string{"Returns\nYou can return items within 30 days."}},
		{"heading ending in a colon", "Shipping:\nEU: 3–5 days.\nUS: 5–8 days.",
			[]string{"Shipping:\nEU: 3–5 days.", "US: 5–8 days."}},
		{"numbered steps", "1. Pack the item.\n2. Print the label.\n3) Drop it off.",
			[]string{"1. Pack the item.", "2. Print the label.", "3) Drop it off."}},
		{"bullets of every kind", "• Bullet\n* Star\n- Dash", []string{"• Bullet", "* Star", "- Dash"}},
		{"list item is never a heading", "- Free returns\nWithin 30 days.", []string{"- Free returns", "Within 30 days."}},
		{"japanese heading", "配送について\n通常3〜5営業日でお届けします。", []string{"配送について\n通常3〜5営業日でお届けします。"}},
		{"two headings: only the nearer one is joined", "Policies\nShipping\nWe ship worldwide.",
			[]string{"Policies", "Shipping\nWe ship worldwide."}},
		{"a trailing heading is kept", "We ship worldwide.\nContact", []string{"We ship worldwide.", "Contact"}},
		{"blank and space-only lines vanish", "  \n \nOnly text.\n\n", []string{"Only text."}},
		{"a long line is a paragraph, not a heading",
			"A very long line that has no punctuation at all and goes on well beyond sixty runes in length\nNext.",
			[]string{"A very long line that has no punctuation at all and goes on well beyond sixty runes in length", "Next."}},
		{"a line with a sentence inside is prose", "Questions? Ask us\nWe answer.", []string{"Questions? Ask us", "We answer."}},
		{"a line ending in a bracket is prose", "Express (2 days)\nStandard is slower.", []string{"Express (2 days)", "Standard is slower."}},
		{"empty body", "", nil},
	}
	for _, tt := range tests {
		if got := SplitPassages(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("%s: SplitPassages(%q)\n got %q\nwant %q", tt.name, tt.in, got, tt.want)
		}
	}
}

// A translation written with the same structure splits into as many
// passages as the original, in every script: that is how a translated
// passage is paired with the original one (PassageAnswer.Original).
func TestSplitPassagesAlignsTranslations(t *testing.T) {
	original := "Shipping\nWe ship worldwide.\n\n- Europe: 3–5 days, €4.95.\n- Rest of the world: 7–12 days.\nQuestions? Write to help@example.com."
	translations := map[string]string{
		"de":      "Versand\nWir versenden weltweit.\n\n- Europa: 3–5 Tage, 4,95 €.\n- Übrige Welt: 7–12 Tage.\nFragen? Schreiben Sie an help@example.com.",
		"fr":      "Livraison\nNous livrons dans le monde entier.\n\n- Europe : 3 à 5 jours, 4,95 €.\n- Reste du monde : 7 à 12 jours.\nDes questions ? Écrivez à help@example.com.",
		"es":      "Envíos\nEnviamos a todo el mundo.\n\n- Europa: 3–5 días, 4,95 €.\n- Resto del mundo: 7–12 días.\n¿Preguntas? Escribe a help@example.com.",
		"ja":      "配送\n世界中に発送します。\n\n- ヨーロッパ：3〜5日、4.95ユーロ。\n- その他の地域：7〜12日。\nご質問はhelp@example.comまで。",
		"zh-Hans": "配送\n我们发货到全世界。\n\n- 欧洲：3–5天，4.95欧元。\n- 其他地区：7–12天。\n有问题？请写信至help@example.com。",
		"ar":      "الشحن\nنشحن إلى جميع أنحاء العالم.\n\n- أوروبا: 3–5 أيام، 4.95 يورو.\n- باقي العالم: 7–12 يومًا.\nأسئلة؟ راسلنا على help@example.com.",
		"ru":      "Доставка\nМы доставляем по всему миру.\n\n- Европа: 3–5 дней, 4,95 €.\n- Остальной мир: 7–12 дней.\nВопросы? Пишите на help@example.com.",
	}
	want := len(SplitPassages(original))
	if want != 4 {
		t.Fatalf("original splits into %d passages, want 4: %q", want, SplitPassages(original))
	}
	for lang, body := range translations {
		if got := SplitPassages(body); len(got) != want {
			t.Errorf("[%s] %d passages, want %d: %q", lang, len(got), want, got)
		}
	}
}

package assistant

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"shopassist/assistant/entities"
	"shopassist/knowledge"
)

// Rules read from an original-language passage, so a shopper whose
// language the shop has not translated its policies into still gets the
// rule in their own words: delivery time and cost, free-shipping threshold,
// duties regime, return-shipping cost. The amounts are copied verbatim from
// the passage; only the words around them come from the reply catalog.
var (
	amount     = `(?:[€$£]\s?\d+(?:[.,]\d{2})?|\d+(?:[.,]\d{2})?\s?(?:EUR|USD|GBP|€))`
	daysRE     = regexp.MustCompile(`(\d+(?:\s*[–-]\s*\d+)?)\s+(?:business|working)\s+days`)
	freeOverRE = regexp.MustCompile(`(?i)free (?:over|from|above) (` + amount + `)`)
	priceRE    = regexp.MustCompile(amount)
	deductRE   = regexp.MustCompile(`(?i)deduct (` + amount + `)`)
	overFromRE = regexp.MustCompile(`(?i)(?:over|from|above|deduct)\s$`)
	euNoDutyRE = regexp.MustCompile(`(?i)(?:never pay customs|no customs|no (?:import )?duties)`)
	returnSelf = regexp.MustCompile(`(?i)(?:arrange and pay|pay (?:for )?the return shipping yourself|at your own cost)`)
	returnFree = regexp.MustCompile(`(?i)returns? [^.;]*\bfree\b|free returns?`)
	expressRE  = regexp.MustCompile(`(?i)express`)
	nextDayRE  = regexp.MustCompile(`(?i)next[- ]day`)
	hoursRE    = regexp.MustCompile(`(?i)within (\d+) hours?`)
	refundDays = regexp.MustCompile(`(?i)(?:within|in) (\d+(?:\s*[–-]\s*\d+)?) business days`)
	windowRE   = regexp.MustCompile(`(?i)(?:within|have) (\d+) days (?:of|from|after) (?:the day )?(?:your order was )?deliver`)
	// paymentBrands are names written the same in every language.
	paymentBrands = []string{"Visa", "Mastercard", "American Express", "PayPal", "Apple Pay", "Google Pay", "Shop Pay",
		"iDEAL", "Klarna", "Bancontact", "Alipay", "WeChat Pay", "Maestro", "Sofort", "Afterpay", "Affirm", "Union Pay", "JCB"}
	sentenceEnd = regexp.MustCompile(`[.;]\s`)
	freeWordRE  = regexp.MustCompile(`(?i)\bfree\b`)
)

// freeWords recognise a question about free shipping in the supported
// languages (lower-cased substrings).
var freeWords = []string{"free", "gratis", "gratuit", "gratuita", "gratuito", "grátis", "kostenlos", "versandkostenfrei",
	"portofrei", "umsonst", "offert", "senza spese", "darmow", "bezpłatn", "za darmo", "бесплатн", "ücretsiz", "ucretsiz", "bedava",
	"مجان", "無料", "免运", "免運", "包邮", "包郵", "무료", "cuma-cuma",
	// not paying for shipping, said without a word for free ("geen
	// verzendkosten", "kargo parası vermemek", Korean "무배" for 무료배송)
	"no shipping cost", "not pay shipping", "not pay for shipping", "not paying shipping", "without paying shipping", "geen verzendkosten",
	"geen porto", "geen bezorgkosten", "zonder verzendkosten", "keine versandkosten", "ohne versandkosten", "kein porto", "sans frais de port",
	"pas de frais de port", "sans frais de livraison", "pas payer la livraison", "sin gastos de envío", "sin gastos de envio", "no pagar el envío",
	"no pagar envío", "no pagar gastos", "non pagare la spedizione", "non pagare le spese", "spedizione omaggio", "sem frete", "sem pagar frete",
	"sem pagar o frete", "não pagar frete", "não pagar o frete", "frete zero", "bez kosztów wysyłki", "bez opłat za wysyłkę", "nie płacić za wysyłkę",
	"без оплаты доставки", "не платить за доставку", "kargo parası vermemek", "kargo parası ödememek", "kargo ücreti ödemeden", "kargo ücreti ödememek",
	"tanpa ongkir", "bebas ongkir", "بدون رسوم شحن", "بدون تكلفة شحن", "送料なし", "送料がかからない", "送料かからない", "送料ゼロ", "不用运费", "不用運費",
	"免邮", "免郵", "不收运费", "不收運費", "무배", "배송비 없이", "배송비 면제", "배송비 안 들",
	// free of charge in the languages' other words: "de graça", "sem
	// custo", "frete zerado", "kosteloos", "frachtfrei", "senza costi",
	// "sin costo", "за ваш счёт", "on you", タダ, 공짜, 免费, 全免
	"de graça", "sem custo", "zerado", "kosteloos", "frachtfrei", "versandfrei", "senza costi", "sin costo", "sin coste",
	"за ваш счет", "за ваш счёт", "on you", "on the house", "タダ", "ただになり", "공짜", "免费", "免費", "全免"}

// expressWords recognise a question about express delivery (lower-cased
// substrings): asked whether shipping is free, the express option's price
// is no answer unless the shopper asks about it.
var expressWords = []string{"express", "expres", "ekspres", "экспресс", "срочн", "エクスプレス", "速達", "익스프레스", "특급",
	"加急", "特快", "السريع", "next day", "next-day", "24h", "24 h", "volgende dag", "nächsten tag", "lendemain", "día siguiente",
	"giorno dopo", "dia seguinte", "翌日", "다음 날", "次日",
	// Taiwan's "next day" ("隔日到的快遞"); 快遞/快递 alone is any courier
	"隔日", "隔天到"}

// standardWords recognise a question about the standard delivery option
// (lower-cased substrings): its price, not the express option's, answers.
var standardWords = []string{"standard", "standart", "padrão", "padrao", "estándar", "estandar", "standaard", "standardow",
	"стандарт", "normale", "normal", "regular", "reguler", "biasa", "standar", "通常", "標準", "标准", "一般配送", "普通", "일반", "표준", "العادي", "عادي"}

// asksStandard reports whether the message asks about standard delivery.
func (t *turn) asksStandard() bool {
	low := strings.ToLower(t.text)
	return slices.ContainsFunc(standardWords, func(w string) bool { return strings.Contains(low, w) })
}

// asksExpress reports whether the message asks about express delivery.
func (t *turn) asksExpress() bool {
	low := strings.ToLower(t.text)
	return slices.ContainsFunc(expressWords, func(w string) bool { return strings.Contains(low, w) })
}

// asksExpressOnly reports whether the message asks about express delivery
// and nothing else of the delivery: no clause without an express word asks
// a question or a delivery cost ("寄到阿姆斯特丹，隔日到的快遞要多少錢？", but
// not "Was kostet Versand nach Bozen, und was kostet Express?").
func (t *turn) asksExpressOnly() bool {
	if !t.asksExpress() {
		return false
	}
	for _, c := range questionClauses(t.text) {
		low := strings.ToLower(c.text)
		if slices.ContainsFunc(expressWords, func(w string) bool { return strings.Contains(low, w) }) {
			continue
		}
		if c.asked || knowledge.AsksDeliveryCost(c.text) {
			return false
		}
	}
	return true
}

// clause is a stretch of a message between punctuation marks; asked when
// a question mark ends it.
type clause struct {
	text  string
	asked bool
}

// questionClauses splits a message at sentence and clause punctuation.
func questionClauses(text string) []clause {
	var out []clause
	start := 0
	for i, r := range text {
		if !strings.ContainsRune("?？.。!！,，;；", r) {
			continue
		}
		if c := strings.TrimSpace(text[start:i]); c != "" {
			out = append(out, clause{text: c, asked: r == '?' || r == '？'})
		}
		start = i + utf8.RuneLen(r)
	}
	if c := strings.TrimSpace(text[start:]); c != "" {
		out = append(out, clause{text: c})
	}
	return out
}

// alignedSentences are a passage's sentences in the primary-language
// Original and in the shown Text, which a translation must split into as
// many; false when it does not or the passage is one sentence. Sentences
// are chosen by what the Original says and kept at the same place in the
// Text.
func alignedSentences(p knowledge.PassageAnswer) (orig, shown []string, ok bool) {
	orig = knowledge.SplitSentences(p.Original)
	if len(orig) < 2 {
		return nil, nil, false
	}
	shown = orig
	if p.Text != p.Original {
		shown = knowledge.SplitSentences(p.Text)
	}
	return orig, shown, len(shown) == len(orig)
}

// sentenceSep joins the sentences of a passage in its language: no space
// in Chinese and Japanese.
func sentenceSep(locale string) string {
	if locale == "ja" || strings.HasPrefix(locale, "zh") {
		return ""
	}
	return " "
}

// isExpressOption reports whether a primary-language sentence after a
// rule's first states its express option and price.
func isExpressOption(s string) bool { return expressRE.MatchString(s) && priceRE.MatchString(s) }

// withoutExpress drops the express option from a delivery rule ("… free
// over €75. Express delivery in 1–2 business days, €14.95."): asked whether
// shipping is free, its price reads as the standard price or another zone's.
// Without aligned sentences the passage is kept whole.
func withoutExpress(p knowledge.PassageAnswer) knowledge.PassageAnswer {
	orig, shown, ok := alignedSentences(p)
	if !ok {
		return p
	}
	var keepOrig, keepShown []string
	for i, s := range orig {
		if i > 0 && isExpressOption(s) {
			continue
		}
		keepOrig, keepShown = append(keepOrig, s), append(keepShown, shown[i])
	}
	if len(keepOrig) == len(orig) {
		return p
	}
	p.Original = strings.Join(keepOrig, " ")
	p.Text = strings.Join(keepShown, sentenceSep(p.Locale))
	return p
}

// expressOnly keeps, of a delivery rule with an express option, the
// rule's destination label and the express sentences ("Netherlands, …:
// Express next-day delivery €12.95."): asked the express price, the
// standard price reads as the answer. It mirrors withoutExpress; a rule
// with no label or no express price is kept whole.
func expressOnly(p knowledge.PassageAnswer) knowledge.PassageAnswer {
	orig, shown, ok := alignedSentences(p)
	if !ok {
		return p
	}
	origLabel, shownLabel := ruleLabel(orig[0]), ruleLabel(shown[0])
	if origLabel == "" || shownLabel == "" {
		return p
	}
	var keepOrig, keepShown []string
	for i := 1; i < len(orig); i++ {
		if isExpressOption(orig[i]) {
			keepOrig, keepShown = append(keepOrig, orig[i]), append(keepShown, shown[i])
		}
	}
	if len(keepOrig) == 0 {
		return p
	}
	p.Original = origLabel + strings.Join(keepOrig, " ")
	p.Text = shownLabel + strings.Join(keepShown, sentenceSep(p.Locale))
	return p
}

// ruleLabel is a rule sentence's destination label with its colon and the
// space after it ("Rest of the European Union: ", "荷蘭、比利時…："), or "".
func ruleLabel(s string) string {
	i := strings.IndexAny(s, ":：")
	if i <= 0 {
		return ""
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	end := i + size
	for end < len(s) && s[end] == ' ' {
		end++
	}
	return s[:end]
}

// asksFreeShipping reports whether the message asks about free shipping.
func (t *turn) asksFreeShipping() bool {
	low := strings.ToLower(t.text)
	return slices.ContainsFunc(freeWords, func(w string) bool { return strings.Contains(low, w) })
}

// noFreeThreshold reports whether a delivery rule, read in the shop's
// primary language, states a time and a price but no free-shipping
// threshold ("Canada, Switzerland and Norway: delivery in 3–8 business
// days, €16.95."): asked whether shipping there is free, the answer is no,
// and the shopper must be told so rather than left to infer it.
func noFreeThreshold(original string) bool {
	return daysRE.MatchString(original) && priceRE.MatchString(original) && !freeWordRE.MatchString(original)
}

// cartAmountRE finds an amount in euros a shopper names ("60 euro", "€60",
// "120유로", "160 avro"): the order they ask free shipping for.
var cartAmountRE = regexp.MustCompile(`(?i)(?:€\s?(\d+(?:[.,]\d{1,2})?)|(\d+(?:[.,]\d{1,2})?)\s?(?:€|eur\b|euro|유로|ユーロ|欧元|歐元|евро|يورو|avro|euri\b))`)

// freeShippingGap says how far an order of the amount the message names is
// from the free-shipping threshold of the rule (read in the shop's primary
// language), or "" when the rule has no threshold in euros, the message
// names no amount in euros, or the amount is the threshold itself ("free
// over 75 euros?" asks the rule).
func (t *turn) freeShippingGap(original string) string {
	m := freeOverRE.FindStringSubmatch(original)
	if m == nil || !strings.Contains(m[1], "€") {
		return ""
	}
	threshold, ok := parseEuros(m[1])
	if !ok {
		return ""
	}
	loc := cartAmountRE.FindStringSubmatchIndex(t.text)
	if loc == nil {
		return ""
	}
	// "I read it is free from €50": an amount said as a threshold the
	// shopper was told of is a belief the rule line corrects, not their
	// order; echoing it in an order line would repeat the wrong figure.
	// Without such a marker a floor amount is a condition on their own
	// order ("150유로 넘으면 무료인가요?", "if I go over €150, is it free?")
	// and is answered like a cart.
	if entities.IsClaimedThreshold(t.text, loc[0], loc[1]) {
		return ""
	}
	c := submatches(t.text, loc)
	cart, ok := parseEuros(c[1] + c[2])
	if !ok || cart == threshold {
		return ""
	}
	// The line does not repeat the shopper's amount: next to a rule, a
	// figure such as €150 reads as another zone's threshold.
	data := map[string]any{"Threshold": m[1]}
	if cart > threshold {
		return t.t("rule_free_reached", data)
	}
	data["Missing"] = euros(threshold - cart)
	return t.t("rule_free_missing", data)
}

// submatches are the texts of a FindStringSubmatchIndex result ("" for a
// group that did not take part).
func submatches(text string, loc []int) []string {
	out := make([]string, len(loc)/2)
	for i := range out {
		if loc[2*i] >= 0 {
			out[i] = text[loc[2*i]:loc[2*i+1]]
		}
	}
	return out
}

// parseEuros reads "€75", "75", "19,95" as an amount.
func parseEuros(s string) (float64, bool) {
	s = strings.TrimSpace(strings.NewReplacer("€", "", "EUR", "", ",", ".").Replace(s))
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil
}

// euros writes an amount as the policies do: "€15", "€15.05".
func euros(v float64) string {
	if v == float64(int64(v)) {
		return "€" + strconv.FormatInt(int64(v), 10)
	}
	return "€" + strconv.FormatFloat(v, 'f', 2, 64)
}

// ruleLines states the rules a passage carries in the reply language, or
// nil when it carries none this reader knows (the passage is then quoted).
func (t *turn) ruleLines(text string) []string {
	var out []string
	// Duties: exactly one regime, or the rule is not the shopper's alone.
	ddp, dap := strings.Contains(text, "DDP"), strings.Contains(text, "DAP")
	switch {
	case ddp && !dap:
		out = append(out, t.t("rule_duties_included", nil))
	case dap && !ddp:
		out = append(out, t.t("rule_duties_on_delivery", nil))
	case !ddp && !dap && euNoDutyRE.MatchString(text):
		out = append(out, t.t("rule_duties_none_eu", nil))
	}
	if len(out) > 0 {
		return out
	}
	// Return shipping.
	if m := deductRE.FindStringSubmatch(text); m != nil {
		return []string{t.t("rule_return_deduct", map[string]any{"Amount": m[1]})}
	}
	if returnSelf.MatchString(text) {
		return []string{t.t("rule_return_self", nil)}
	}
	if strings.Contains(strings.ToLower(text), "return") && returnFree.MatchString(text) && !daysRE.MatchString(text) {
		return []string{t.t("rule_return_free", nil)}
	}
	lower := strings.ToLower(text)
	var brands []string
	for _, b := range paymentBrands {
		if strings.Contains(text, b) {
			brands = append(brands, b)
		}
	}
	if len(brands) >= 3 {
		return []string{t.t("rule_payment", map[string]any{"List": strings.Join(brands, ", ")})}
	}
	if line := t.restrictionLine(text); line != "" {
		return []string{line}
	}
	if m := hoursRE.FindStringSubmatch(text); m != nil && strings.Contains(lower, "address") {
		return []string{t.t("rule_address_change", map[string]any{"Hours": m[1]})}
	}
	if days := refundTiming(text); days != "" && !priceRE.MatchString(text) {
		return []string{t.t("rule_refund_days", map[string]any{"Days": days})}
	}
	if m := windowRE.FindStringSubmatch(text); m != nil && strings.Contains(lower, "return") {
		return []string{t.t("rule_return_window", map[string]any{"Days": m[1]})}
	}
	// Delivery: the standard rate is the first sentence's; an express
	// option follows it.
	std, express := text, ""
	if loc := sentenceEnd.FindStringIndex(text); loc != nil && expressRE.MatchString(text[loc[1]:]) {
		std, express = text[:loc[0]], text[loc[1]:]
	}
	days := daysRE.FindStringSubmatch(std)
	if days == nil {
		return nil
	}
	price := ""
	for _, loc := range priceRE.FindAllStringIndex(std, -1) {
		if !overFromRE.MatchString(std[:loc[0]]) {
			price = std[loc[0]:loc[1]]
			break
		}
	}
	if price == "" {
		return nil
	}
	out = append(out, t.t("rule_delivery", map[string]any{"Days": days[1], "Price": price}))
	if m := freeOverRE.FindStringSubmatch(std); m != nil {
		out = append(out, t.t("rule_free_over", map[string]any{"Amount": m[1]}))
	}
	if p := priceRE.FindString(express); p != "" {
		if d := daysRE.FindStringSubmatch(express); d != nil {
			out = append(out, t.t("rule_express", map[string]any{"Days": d[1], "Price": p}))
		} else if nextDayRE.MatchString(express) {
			out = append(out, t.t("rule_express_next_day", map[string]any{"Price": p}))
		}
	}
	return out
}

// refundTiming is the business days of the sentence that says when the
// refund is paid ("Approved refunds go back … within 5–10 business days"),
// not of another step in the same passage ("we inspect it within 2
// business days"); a leading label ("Refunds:") is not that sentence.
func refundTiming(text string) string {
	if i := strings.Index(text, ":"); i >= 0 && i < 25 {
		text = text[i+1:]
	}
	for _, sentence := range sentenceEnd.Split(text, -1) {
		if !strings.Contains(strings.ToLower(sentence), "refund") {
			continue
		}
		if m := refundDays.FindStringSubmatch(sentence); m != nil {
			return m[1]
		}
	}
	return ""
}

// sayRules states an untranslated passage's rules in the reply language,
// for the shopper's country, with a link to the policy; false when the
// passage states no rule this reader knows.
func (t *turn) sayRules(p knowledge.PassageAnswer) bool {
	lines := t.ruleLines(p.Text)
	if len(lines) == 0 {
		return false
	}
	if country, _ := t.destination(); country != "" && p.Rule != knowledge.RuleNone {
		t.sayRuleFor(country)
	}
	t.say(lines...)
	t.sayNotes()
	if p.URL != "" {
		t.say(t.t("doc_source_link", map[string]any{"URL": p.URL}))
	}
	return true
}

// restrictedGoods names the goods carriers restrict, as a policy written in
// English lists them, in every supported language: a restriction is stated
// in the shopper's language only when every item of its list is known here
// (otherwise the passage is quoted as written). Longer names come first so
// that "lithium batteries sold separately" is not read as "lithium
// batteries".
var restrictedGoods = []struct {
	en    string
	names map[string]string
}{
	{"lithium batteries sold separately", map[string]string{"en": "lithium batteries sold separately",
		"de": "separat verkaufte Lithiumbatterien", "es": "baterías de litio vendidas por separado",
		"fr": "piles au lithium vendues séparément", "it": "batterie al litio vendute separatamente",
		"nl": "los verkochte lithiumbatterijen", "pt": "baterias de lítio vendidas separadamente",
		"pl": "baterie litowe sprzedawane osobno", "ru": "литиевые батареи, продаваемые отдельно",
		"tr": "ayrı satılan lityum piller", "ar": "بطاريات الليثيوم المبيعة منفصلة", "ja": "単体販売のリチウム電池",
		"ko": "별도 판매 리튬 배터리", "zh-Hans": "单独销售的锂电池", "zh-Hant": "單獨銷售的鋰電池",
		"id": "baterai litium yang dijual terpisah"}},
	{"lithium batteries", map[string]string{"en": "lithium batteries", "de": "Lithiumbatterien",
		"es": "baterías de litio", "fr": "piles au lithium", "it": "batterie al litio", "nl": "lithiumbatterijen",
		"pt": "baterias de lítio", "pl": "baterie litowe", "ru": "литиевые батареи", "tr": "lityum piller",
		"ar": "بطاريات الليثيوم", "ja": "リチウム電池", "ko": "리튬 배터리", "zh-Hans": "锂电池", "zh-Hant": "鋰電池",
		"id": "baterai litium"}},
	{"gas canisters", map[string]string{"en": "gas canisters", "de": "Gaskartuschen", "es": "cartuchos de gas",
		"fr": "cartouches de gaz", "it": "bombolette di gas", "nl": "gasbusjes", "pt": "cartuchos de gás",
		"pl": "kartusze gazowe", "ru": "газовые баллоны", "tr": "gaz kartuşları", "ar": "عبوات الغاز", "ja": "ガス缶",
		"ko": "가스 캔", "zh-Hans": "气罐", "zh-Hant": "氣罐", "id": "tabung gas"}},
	{"knives", map[string]string{"en": "knives", "de": "Messer", "es": "cuchillos", "fr": "couteaux", "it": "coltelli",
		"nl": "messen", "pt": "facas", "pl": "noże", "ru": "ножи", "tr": "bıçaklar", "ar": "السكاكين", "ja": "ナイフ",
		"ko": "칼", "zh-Hans": "刀具", "zh-Hant": "刀具", "id": "pisau"}},
	{"aerosols", map[string]string{"en": "aerosols", "de": "Spraydosen", "es": "aerosoles", "fr": "aérosols",
		"it": "bombolette spray", "nl": "spuitbussen", "pt": "aerossóis", "pl": "aerozole", "ru": "аэрозоли",
		"tr": "aerosol kutuları", "ar": "علب الرذاذ", "ja": "スプレー缶", "ko": "에어로졸", "zh-Hans": "喷雾罐",
		"zh-Hant": "噴霧罐", "id": "kaleng aerosol"}},
	{"lighters", map[string]string{"en": "lighters", "de": "Feuerzeuge", "es": "mecheros", "fr": "briquets",
		"it": "accendini", "nl": "aanstekers", "pt": "isqueiros", "pl": "zapalniczki", "ru": "зажигалки",
		"tr": "çakmaklar", "ar": "الولاعات", "ja": "ライター", "ko": "라이터", "zh-Hans": "打火机", "zh-Hant": "打火機",
		"id": "korek api"}},
}

var (
	// restrictedAirEU is a restriction sentence: the goods listed before
	// "cannot be shipped by air", sold for ground delivery in the EU only.
	restrictedAirEU = regexp.MustCompile(`(?i)^(?:[A-Za-z ]{1,30}:\s*)?(.+?)\s+(?:cannot|can't|may not) be shipped by air\b.*\bEU ground delivery only`)
	listSep         = regexp.MustCompile(`\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)`)
)

// restrictionLine states a restriction passage in the reply language, or ""
// when the passage is no restriction this reader knows or lists goods it
// cannot name.
func (t *turn) restrictionLine(text string) string {
	m := restrictedAirEU.FindStringSubmatch(strings.TrimSpace(text))
	if m == nil {
		return ""
	}
	var items []string
	for _, part := range listSep.Split(m[1], -1) {
		part = strings.ToLower(strings.TrimSpace(part))
		i := slices.IndexFunc(restrictedGoods, func(g struct {
			en    string
			names map[string]string
		}) bool {
			return g.en == part
		})
		if i < 0 {
			return ""
		}
		name := restrictedGoods[i].names[t.reply.Language]
		if name == "" {
			return ""
		}
		items = append(items, name)
	}
	if len(items) == 0 {
		return ""
	}
	sep := ", "
	switch t.reply.Language {
	case "ja", "zh-Hans", "zh-Hant":
		sep = "、"
	case "ar":
		sep = "، "
	}
	list := strings.Join(items, sep)
	r, size := utf8.DecodeRuneInString(list)
	return t.t("rule_restricted_air_eu", map[string]any{"Items": string(unicode.ToUpper(r)) + list[size:]})
}

package assistant

import (
	"regexp"
	"slices"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"shopassist/assistant/actions"
	"shopassist/assistant/glossary"
	"shopassist/assistant/intent"
	"shopassist/assistant/llm"
	"shopassist/knowledge"
	"shopassist/knowledge/geo"
)

// minDocScore is the passage score under which a document is not offered
// as an answer when no policy was asked for by intent (the shopper gets the
// fallback and the failure counts). A passage sharing half the question's
// terms and its topic scores about 1.
const minDocScore = 0.8

// minOtherScore is the stricter bar for messages the classifier could not
// place (intent other): only a clear match is better than the fallback.
const minOtherScore = 1.2

// strongFAQ is the share of the message's terms that one of an FAQ entry's
// questions must carry for the entry to win over intent routing.
const strongFAQ = 0.5

// conceptFAQ is the share of an FAQ question's terms the subject the
// message names must carry ("parking" of "Is there parking at your
// store?"): the look-up text is the subject alone, so every shared term is
// the subject.
const conceptFAQ = 0.25

// taskFAQ is the closer match an FAQ needs to answer a message the
// classifier read as an order task ("Can I cancel my order?" asked in
// general, with no order number).
const taskFAQ = 0.8

// docAnswer answers from the shop's policies, pages and FAQ: the passage
// that answers the question (for the shopper's country when the rule
// depends on it), in the shopper's language when the shop translated it,
// with a link to its source. prefer ranks a document id ("policy:shipping")
// first; intro is an optional catalog key said before the passage.
func (t *turn) docAnswer(intro, prefer string) {
	t.answerFromDocs(intro, prefer, minDocScore)
}

// answerFromDocs is docAnswer with the score a passage needs when no
// document is preferred. Above minDocScore it is a probe: it reports false
// and says nothing when no passage is good enough.
func (t *turn) answerFromDocs(intro, prefer string, minScore float64) bool {
	if prefer == "" && !t.inProduct && t.namedProductQuestion() {
		// "Do you have the Aurora shell in XXL?" read as a general
		// question: the product's own data answers it.
		t.reply.Intent = intent.ProductQuestion
		t.productQuestion()
		return true
	}
	country, named := t.destination()
	region := ""
	if country == "" {
		region = t.regionNamed()
	}
	q := knowledge.PassageQuery{Text: t.text, Lang: t.reply.Language, Country: country, Limit: 3}
	if t.asksFreeShipping() && !knowledge.AsksReturn(t.text) && !knowledge.AsksDuties(t.text) && !knowledge.AsksRefund(t.text) {
		// "Ist der Versand kostenlos?" from Brazil: the return-cost rule
		// for "all other countries" shares its words ("Versand",
		// "kostenlos") but is no delivery rule.
		q.Duties = knowledge.DeliveryOnly
	}
	if region != "" {
		q.Country = region
	}
	if prefer != "" {
		q.Prefer = []string{prefer}
		if places := t.placesCompared(); len(places) > 1 && t.rulesFor(q, places, intro) {
			// "Keulen of Wenen, wat is goedkoper?": each place's rule.
			return true
		}
	}
	if prefer == "" && knowledge.AsksDuties(t.text) {
		// "Londres em março, Lisboa em abril: onde pago taxa?" read as
		// a general question still compares the places' customs rules.
		if places := t.placesCompared(); len(places) > 1 && t.rulesFor(q, places, intro) {
			return true
		}
	}
	hits, err := t.e.index.AnswerPassages(t.ctx, t.shop.Domain, q)
	if err != nil {
		t.logErr("answer from documents", err)
	}
	if region != "" && (len(hits) == 0 || hits[0].Rule == knowledge.RuleNone) {
		if t.regionRules(q, region, intro) {
			return true
		}
		// No rule is written for the region as such ("Europe" where
		// the policy has rules per EU zone): answer as if no place was
		// named, which asks for the country when the rule depends on it.
		q.Country = ""
		if hits, err = t.e.index.AnswerPassages(t.ctx, t.shop.Domain, q); err != nil {
			t.logErr("answer from documents", err)
		}
	} else if region != "" {
		// The passage names the region the shopper named: no need to
		// say whose rule it is.
		named = true
	}
	if len(hits) == 0 || (prefer == "" && hits[0].Score < minScore && hits[0].QuestionMatch < strongFAQ) {
		if minScore > minDocScore {
			return false
		}
		t.failed = true
		t.say(t.t("fallback_not_understood", nil))
		t.reply.QuickReplies = t.defaultQuickReplies()
		return true
	}
	best := hits[0]
	if best.CountrySpecific && country == "" && !best.Duties && t.asksFreeShipping() && t.freeShippingRules(best) {
		return true
	}
	if best.CountrySpecific && country == "" {
		// The rule depends on where the parcel goes and the shopper did
		// not say: ask rather than quote another country's rule.
		t.say(t.t("doc_ask_country", nil))
		t.reply.Sources = append(t.reply.Sources, Source{Kind: best.Kind, Title: best.Title, URL: best.URL})
		return true
	}
	for _, h := range hits {
		if len(t.reply.Sources) == 3 {
			break
		}
		if h.DocID == best.DocID || h.Score >= best.Score*0.8 {
			t.reply.Sources = append(t.reply.Sources, Source{Kind: h.Kind, Title: h.Title, URL: h.URL})
		}
	}
	if text, ok := t.llmAnswer(hits); ok {
		t.say(text)
		return true
	}
	if intro != "" && best.Translated {
		t.say(t.t(intro, nil))
	}
	if best.Translated && (best.Rule == knowledge.RuleRegion || best.Rule == knowledge.RuleRest || best.Rule == knowledge.RuleCountry && !named) {
		// Say whose rule this is: the passage names a region, "all other
		// countries", or a country the shopper did not type.
		t.sayRuleFor(country)
	}
	if country != "" && !best.Duties && best.Rule != knowledge.RuleNone && t.asksFreeShipping() && noFreeThreshold(best.Original) {
		// "Is shipping free to Canada?": the rule gives a price and no
		// threshold, which answers no; say it after the rule.
		t.notes = append(t.notes, t.t("rule_no_free", nil))
	}
	if country != "" && !best.Duties && best.Rule != knowledge.RuleNone && (t.asksFreeShipping() || t.cartShippingCost()) {
		// "Ik zit op 60 euro, hoeveel nog voor gratis verzending?": how
		// far that order is from the rule's threshold.
		if gap := t.freeShippingGap(best.Original); gap != "" {
			t.notes = append(t.notes, gap)
		}
	}
	second := t.otherHalf(q, best)
	t.quote(best)
	if second != nil {
		t.quote(*second)
	}
	return true
}

// maxRegionMembers bounds the look-ups of regionRules: a grouping of a few
// countries (Scandinavia, Benelux, the Balkans), not a continent.
const maxRegionMembers = 12

// regionRules answers for a grouping no passage names ("Scandinavia",
// "Benelux") with its members' rules: the one rule they share, or each rule
// introduced with the members it governs ("For Denmark, Sweden: …; For
// Norway: …"). It reports whether it answered; not when a member has no
// rule of its own.
func (t *turn) regionRules(q knowledge.PassageQuery, region, intro string) bool {
	members := knowledge.Places().Members(region)
	if len(members) == 0 || len(members) > maxRegionMembers {
		return false
	}
	return t.rulesFor(q, members, intro)
}

// rulesFor answers with the rules governing several countries: the one
// rule they share, or each rule introduced with the countries it governs.
// It reports whether it answered; not when a country has no rule of its
// own.
func (t *turn) rulesFor(q knowledge.PassageQuery, countries []string, intro string) bool {
	type rule struct {
		hit       knowledge.PassageAnswer
		countries []string
	}
	var rules []rule
	for _, c := range countries {
		q.Country = c
		hits, err := t.e.index.AnswerPassages(t.ctx, t.shop.Domain, q)
		if err != nil {
			t.logErr("answer from documents", err)
			return false
		}
		if len(hits) == 0 || hits[0].Rule == knowledge.RuleNone {
			return false
		}
		i := slices.IndexFunc(rules, func(r rule) bool { return r.hit.Text == hits[0].Text })
		if i < 0 {
			rules = append(rules, rule{hit: hits[0]})
			i = len(rules) - 1
		}
		rules[i].countries = append(rules[i].countries, c)
	}
	first := rules[0].hit
	t.reply.Sources = append(t.reply.Sources, Source{Kind: first.Kind, Title: first.Title, URL: first.URL})
	if intro != "" && first.Translated {
		t.say(t.t(intro, nil))
	}
	for _, r := range rules {
		names := make([]string, 0, len(r.countries))
		for _, c := range r.countries {
			if n := knowledge.Places().Name(c, t.reply.Language); n != "" {
				names = append(names, n)
			}
		}
		sep := ", "
		if strings.HasPrefix(t.reply.Language, "zh") || t.reply.Language == "ja" {
			sep = "、"
		}
		t.say(t.t("doc_rule_for_country", map[string]any{"Country": strings.Join(names, sep)}))
		t.ruleFor = append(t.ruleFor, r.countries...)
		if !r.hit.Duties && t.asksFreeShipping() && noFreeThreshold(r.hit.Original) {
			// Asked whether shipping is free, a rule with a price and
			// no threshold answers no for its countries.
			t.notes = append(t.notes, t.t("rule_no_free", nil))
		}
		t.quote(r.hit)
	}
	return true
}

// freeShippingRules answers "Do you offer free shipping?" asked with no
// country by quoting every delivery rule of the document, each with its
// threshold or none: where shipping is free, and from what amount, is the
// answer. It needs the shop's translation (the rules' labels are place
// names); false when the document has none in the shopper's language or
// states no delivery rule.
func (t *turn) freeShippingRules(best knowledge.PassageAnswer) bool {
	ps, err := t.e.index.DocPassages(t.ctx, t.shop.Domain, best.DocID, t.reply.Language)
	if err != nil {
		t.logErr("free shipping rules", err)
		return false
	}
	var rules []string
	anyFree := false
	for _, p := range ps {
		if !p.Translated && !strings.HasPrefix(t.reply.Language, "en") {
			return false
		}
		if !daysRE.MatchString(p.Original) || !priceRE.MatchString(p.Original) {
			continue
		}
		anyFree = anyFree || freeWordRE.MatchString(p.Original)
		if !t.asksExpress() {
			p = withoutExpress(p)
		}
		rules = append(rules, p.Text)
	}
	if len(rules) < 2 || !anyFree {
		return false
	}
	t.say(t.t("shipping_intro", nil))
	t.say(rules...)
	t.say(t.t("doc_ask_country", nil))
	t.reply.Sources = append(t.reply.Sources, Source{Kind: best.Kind, Title: best.Title, URL: best.URL})
	t.sayDocSource(ps[0])
	return true
}

// otherHalf is, for a question about both the delivery and the duties of a
// place (or its duties and return costs), the governing passage of the half
// the best passage does not answer (the customs rule after the delivery
// rule, or the reverse); nil otherwise.
func (t *turn) otherHalf(q knowledge.PassageQuery, best knowledge.PassageAnswer) *knowledge.PassageAnswer {
	if q.Country == "" || best.Rule == knowledge.RuleNone {
		return nil
	}
	q.Kinds, q.Limit = []string{"policy", "page"}, 3
	switch {
	case knowledge.AsksDutiesAndReturns(t.text):
		// "Duties in the UK, and are returns free?": the customs rule
		// and the return-cost rule.
		q.Duties = knowledge.DutiesOnly
		if best.Duties {
			q.Duties = knowledge.ReturnsOnly
		}
	case knowledge.AsksShippingAndDuties(t.text):
		q.Duties = knowledge.DutiesOnly
		if best.Duties {
			q.Duties = knowledge.DeliveryOnly
		}
	case knowledge.AsksShippingAndReturns(t.text):
		// "What's shipping to Glasgow and are returns free from
		// there?": the delivery rule and the return-cost rule.
		q.Duties = knowledge.ReturnsOnly
		if best.Returns || best.Duties {
			q.Duties = knowledge.DeliveryOnly
		}
	default:
		return nil
	}
	hits, err := t.e.index.AnswerPassages(t.ctx, t.shop.Domain, q)
	if err != nil {
		t.logErr("answer from documents", err)
		return nil
	}
	for i := range hits {
		if hits[i].Rule != knowledge.RuleNone && hits[i].Text != best.Text {
			return &hits[i]
		}
	}
	return nil
}

// quote says a passage and its source, marking an original-language
// passage as such in the shopper's language.
func (t *turn) quote(p knowledge.PassageAnswer) {
	if !p.Duties && p.Rule != knowledge.RuleNone {
		switch standard := t.asksFreeShipping() || t.asksStandard(); {
		case standard && !t.asksExpress():
			p = withoutExpress(p)
		case !standard && t.asksExpressOnly():
			p = expressOnly(p)
		}
	}
	if !p.Translated && t.e.opts.LLM != nil && !t.dry {
		// The shop has no translation: with a model configured, translate
		// the passage, keeping every amount, date and address verbatim (the
		// guard rejects anything else), and say it is a machine translation.
		out, err := t.e.opts.LLM.Rephrase(t.ctx, t.reply.Language, p.Text, passageFacts(p.Text))
		if err == nil {
			t.say(t.t("doc_machine_translated", nil), out)
			t.sayDocSource(p)
			return
		}
		t.e.opts.Logger.DebugContext(t.ctx, "llm translation fell back to the original", "err", err)
	}
	if !p.Translated && t.sayRules(p) {
		return
	}
	if !p.Translated {
		t.say(t.t("doc_untranslated", map[string]any{"Title": p.Title,
			"Language": languageName(t.reply.Language, t.reply.Language), "Original": languageName(p.Locale, t.reply.Language)}))
	}
	t.say(p.Text)
	t.sayNotes()
	t.sayDocSource(p)
}

// sayRuleFor says whose rule the following passage is ("For Canada:"),
// once per reply: a delivery-and-duties answer quotes two passages for the
// same country.
func (t *turn) sayRuleFor(country string) {
	name := knowledge.Places().Name(country, t.reply.Language)
	if name == "" || slices.Contains(t.ruleFor, country) {
		return
	}
	t.ruleFor = append(t.ruleFor, country)
	t.say(t.t("doc_rule_for_country", map[string]any{"Country": name}))
}

// sayNotes says what the answer adds to the passage just quoted (that a
// rule has no free-shipping threshold), before its source.
func (t *turn) sayNotes() {
	t.say(t.notes...)
	t.notes = nil
}

func (t *turn) sayDocSource(p knowledge.PassageAnswer) {
	src := t.t("faq_source", map[string]any{"Title": p.Title})
	if p.URL != "" {
		src += " — " + p.URL
	}
	t.say(src)
}

// factRE matches the tokens of a passage an answer must not change: those
// carrying a digit (amounts, days, dates, percentages) and emails.
var factRE = regexp.MustCompile(`[^\s()\[\]]*[0-9@][^\s()\[\]]*`)

// passageFacts lists a passage's amounts, numbers and emails.
func passageFacts(text string) []string {
	var out []string
	for _, f := range factRE.FindAllString(text, -1) {
		f = strings.TrimRight(f, ".,;:!?")
		if f != "" && !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	return out
}

// destination is the country the shopper's question is about: the first
// country the message names, else the storefront's country (market) when the
// widget sent it. named reports whether the message named it.
func (t *turn) destination() (code string, named bool) {
	if code := t.residence(); code != "" {
		// "ik ben Belg maar woon in Zürich": where the shopper lives
		// or ships to, not the nationality named first.
		return code, true
	}
	pl := knowledge.Places()
	for _, m := range pl.Find(t.text) {
		if m.Kind == geo.Country {
			return m.Code, true
		}
	}
	// No country named: a city, state or nationality stands for its
	// country ("shipping to Lyon", "I'm Canadian"), also beside a
	// region ("Scandinavia, e.g. Stockholm").
	if code := t.locate(); code != "" {
		return code, true
	}
	if code := t.paysIn(); code != "" {
		return code, true
	}
	return strings.ToUpper(strings.TrimSpace(t.req.Country)), false
}

// paysIn is the country whose currency a delivery, duties or return-cost
// question says the shopper pays in ("Ich zahle in Pfund. Ab welchem Betrag
// ist der Versand gratis?", "Je paie en francs suisses, aurai-je des frais
// à régler au livreur ?"): they live there. A message asking no such rule
// is about the currency itself, which the FAQ answers.
func (t *turn) paysIn() string {
	if !knowledge.AsksServiceRule(t.text) && knowledge.AsksPlaceRule(t.text) == knowledge.NoPlaceRule {
		return ""
	}
	return knowledge.Places().PaysIn(t.text)
}

// placesCompared are the destinations of a delivery, duties or
// return-cost question naming several ("Keulen of Wenen?", "Brussels and
// Leeds", "London or Geneva, do they pay duties?"), in order, each once;
// nil when it names one, when it says where the shopper lives or ships to
// and asks about duties, which are the home's, or moves house (the other
// places are not destinations then; "verzenden naar Antwerpen, en naar
// Milaan?" still compares two destinations), or when it asks both the
// delivery and the duties of a place, which have their own path (two
// passages for the one place).
func (t *turn) placesCompared() []string {
	if t.residence() != "" && (knowledge.AsksDuties(t.text) || t.movesHouse()) ||
		knowledge.AsksShippingAndDuties(t.text) || knowledge.AsksPlaceRule(t.text) == knowledge.NoPlaceRule {
		return nil
	}
	// Countries named as such, else the cities standing for them: a
	// city beside a named country is where in it ("nach Brasilien, Sao
	// Paulo"), or a correction, or a word read as a town ("de graça" is
	// no Graz).
	named := countriesOf(knowledge.Places().Find(t.text))
	if t.locate() == "" {
		return named
	}
	located := countriesOf(t.locatedAll)
	if len(named) > 0 && len(located) > 0 && located[0] == named[0] &&
		!slices.ContainsFunc(named, func(c string) bool { return !slices.Contains(located, c) }) {
		// Every country named is a city's too, the first place named
		// ("Dubai ile Londra", "Ciudad de México comparado con Los
		// Ángeles": the alias Dubai, the México of the capital's name):
		// the cities are the places compared. A city before the
		// country is a correction ("nach Istanbul... äh, nach
		// Brasilien, Sao Paulo").
		return located
	}
	if len(named) > 0 {
		return named
	}
	return located
}

// countriesOf are the countries of places mentioned outside parentheses,
// each once, in order.
func countriesOf(ms []geo.Mention) []string {
	var out []string
	for _, m := range ms {
		if m.Kind == geo.Country && !m.Aside && !slices.Contains(out, m.Code) {
			out = append(out, m.Code)
		}
	}
	return out
}

// locateTopics reports whether the message may ask something a
// destination decides: a message read as out of the shop's scope that asks
// no delivery, duties or return-cost rule names a city for another reason
// ("what's the weather in Rome?" asks no rule of Italy's).
func (t *turn) locateTopics() bool {
	return knowledge.AsksPlaceRule(t.text) != knowledge.NoPlaceRule || t.reply.Intent != intent.OutOfScope
}

// locate is the country of the first city, state or nationality the
// message names, or "".
func (t *turn) locate() string {
	if t.located != nil {
		return *t.located
	}
	code := ""
	if !t.locateTopics() {
		t.located = &code
		return code
	}
	pl := knowledge.Places()
	prefer := t.placePrefer()
	if ms := pl.LocateFor(t.text, prefer...); len(ms) > 0 {
		if line := lineName(t.text, t.shop.Name, t.names); line != "" {
			// "Is the Aurora jacket waterproof?": a product line
			// named like a city is the product.
			ms = pl.LocateFor(strings.ReplaceAll(strings.ToLower(t.text), line, " "), prefer...)
		}
		if len(ms) > 0 {
			code = ms[0].Code
		}
		t.locatedAll = ms
	}
	t.located = &code
	return code
}

// placePrefer are the countries chosen first for a place name several
// countries share: the storefront's, then the language's ("Valencia" in
// Spanish is Spain's).
func (t *turn) placePrefer() []string {
	prefer := []string{strings.ToUpper(strings.TrimSpace(t.req.Country))}
	if r, conf := language.Make(t.reply.Language).Region(); conf != language.No && !strings.HasPrefix(t.reply.Language, "en") {
		// English has no one home country: Manchester is England's.
		prefer = append(prefer, r.String())
	}
	return prefer
}

// regionNamed is the region (EU, Middle East, Asia, …) the message names
// when it names no country, or "". "Rest of the world" is no region: it is
// the policy's word for countries it does not list.
func (t *turn) regionNamed() string {
	for _, m := range knowledge.Places().Find(t.text) {
		if m.Kind == geo.Group {
			return m.Code
		}
	}
	return ""
}

// faqFirst answers from an FAQ entry whose question the message closely
// matches, before intent routing: the merchant wrote that answer for exactly
// this question ("can I park at your shop?" is not the return policy).
func (t *turn) faqFirst(task bool) bool {
	if task && (t.u.Ents.OrderNumber != "" || t.u.contact() != "") || t.asksAddressChange() {
		// An address to change has its flow: the rule, then the order
		// or a person (addressPolicy).
		return false
	}
	if productIntents[t.reply.Intent] && !t.asksService() && (len(t.u.Ents.Colors) > 0 || len(t.u.Ents.Sizes) > 0 || t.u.Ents.Price != nil ||
		(len(glossary.Terms(t.text)) > 0 || mentionsSize(t.text) && !slices.ContainsFunc(conceptsIn(t.text), isRestock)) &&
			!slices.ContainsFunc(conceptsIn(t.text), (*faqConcept).aboutService)) {
		// "A black fleece in size M?" asks for products; an FAQ sharing
		// its words (the size guide's) does not answer it. A store
		// service named with a category or a size ("guarantee on
		// jackets", "when is the fleece back in L?") is still the
		// service.
		return false
	}
	country, _ := t.destination()
	hits, err := t.e.index.AnswerPassages(t.ctx, t.shop.Domain, knowledge.PassageQuery{Text: t.text,
		Lang: t.reply.Language, Country: country, Kinds: []string{"faq"}, Limit: 1})
	if err != nil {
		t.logErr("match FAQ", err)
		return false
	}
	need := strongFAQ
	if task {
		need = taskFAQ
	}
	// The shopper's words may share little with the entry ("gift voucher"
	// for "gift cards", an Italian question for an FAQ written in
	// English), or share common words with another one: the subject the
	// message names decides when it matches better.
	byConcept := t.faqByConcept(task)
	// An entry whose question is not about the subject the message names
	// loses to the one that is, however many words it shares ("Posso
	// pagare in franchi svizzeri?" asks about currencies, not the payment
	// methods).
	if len(byConcept) > 0 && byConcept[0].QuestionMatch >= conceptFAQ &&
		(len(hits) == 0 || byConcept[0].QuestionMatch > hits[0].QuestionMatch || hits[0].QuestionMatch < need ||
			!sharesConcept(t.text, hits[0].Title)) {
		hits, need = byConcept, conceptFAQ
	}
	if len(hits) == 0 || hits[0].QuestionMatch < need {
		return false
	}
	// An entry about a subject no delivery rule governs (currencies, gift
	// cards, repairs) is answered whole, though it names markets ("25
	// markets, including GBP, USD …"); any other per-destination entry
	// leaves the answer to the policy, which asks for the country.
	subject := len(byConcept) > 0 && byConcept[0].QuestionMatch >= conceptFAQ &&
		byConcept[0].Title == hits[0].Title && byConcept[0].URL == hits[0].URL
	if hits[0].CountrySpecific && country == "" && !subject {
		return false // the policy answer asks for the country
	}
	h := hits[0]
	if h.Rule != knowledge.RuleNone && knowledge.AsksDuties(t.text) && knowledge.AsksDuties(h.Title) && !subject {
		// "Moro na Suíça, vou pagar imposto?": the entry's sentence for
		// the country is a summary; the customs page's passage for it
		// also says what that country charges (Swiss VAT 8.1 %).
		return false
	}
	// The topic stays what the shopper asked about (analytics and the
	// dialogue use it); only a message the classifier could not place
	// becomes a store question.
	if t.reply.Intent == intent.OutOfScope || t.reply.Intent == intent.Unclear {
		t.reply.Intent = intent.FAQ
	}
	t.reply.Sources = append(t.reply.Sources, Source{Kind: h.Kind, Title: h.Title, URL: h.URL})
	if text, ok := t.llmAnswer(hits); ok {
		t.say(text)
		return true
	}
	t.quote(h)
	return true
}

// taskFAQ quotes the FAQ entry whose question an order task's message asks
// ("Kan ik mijn bestelling nog annuleren? Ze is al verstuurd"), before the
// order is looked up. Among the entries whose answers share the message's
// words the one asked wins: another entry may share more of them ("you can
// cancel a pre-order before it ships").
func (t *turn) taskFAQ() bool {
	hits, err := t.e.index.AnswerPassages(t.ctx, t.shop.Domain, knowledge.PassageQuery{Text: t.text,
		Lang: t.reply.Language, Kinds: []string{"faq"}, Limit: 3})
	if err != nil {
		t.logErr("match FAQ for an order task", err)
		return false
	}
	var best *knowledge.PassageAnswer
	for i := range hits {
		if h := &hits[i]; !h.CountrySpecific && (best == nil || h.QuestionMatch > best.QuestionMatch) {
			best = h
		}
	}
	need := strongFAQ
	if len(hits) > 0 && knowledge.AsksCancel(t.text) && knowledge.AsksCancel(hits[0].Title) && !hits[0].CountrySpecific {
		// The best entry asks what the shopper asks; the rest of a long
		// message ("I ordered yesterday and it shipped") is its
		// circumstances, which dilute the words shared.
		best, need = &hits[0], 0
	}
	if (best == nil || best.QuestionMatch < need) && knowledge.AsksCancel(t.text) {
		// "kann ich eine davon rückgängig machen?" shares no word with
		// the entry on cancelling: looked up by its subject.
		if hits := t.faqOfConcepts([]*faqConcept{conceptNamed(cancelOrder)}); len(hits) > 0 && hits[0].QuestionMatch >= conceptFAQ {
			best, need = &hits[0], 0
		}
	}
	if best == nil || best.QuestionMatch < need || best.QuestionMatch == 0 {
		return false
	}
	t.reply.Sources = append(t.reply.Sources, Source{Kind: best.Kind, Title: best.Title, URL: best.URL})
	t.quote(*best)
	return true
}

// productIntents ask for products, not store rules.
var productIntents = map[string]bool{intent.ProductRecommendation: true, intent.ProductQuestion: true, intent.Stock: true}

// docsForOther answers a message the classifier could not place from the
// shop's documents when they clearly cover it, and continues a shipping or
// returns question when the shopper answers with a country. It reports
// whether it answered.
func (t *turn) docsForOther() bool {
	if country, named := t.destination(); named && country != "" {
		switch t.conv.LastIntent {
		case intent.ShippingInfo:
			t.reply.Intent = intent.ShippingInfo
			t.docAnswer("shipping_intro", "policy:shipping")
			return true
		case intent.ReturnPolicy:
			t.reply.Intent = intent.ReturnPolicy
			t.docAnswer("returns_policy_intro", "policy:refund")
			return true
		}
	}
	if t.answerFromDocs("", "", minOtherScore) {
		t.reply.Intent = intent.FAQ
		return true
	}
	if terms := glossary.Terms(t.text); len(terms) > 0 {
		// "Você tem mochilas?", "warm hat": a product category the
		// classifier did not place is a request for products of it (the
		// catalog's type, or titles and tags, decide which).
		t.reply.Intent = intent.ProductRecommendation
		t.recommend()
		return true
	}
	return false
}

// refundWords and whenWords recognise a general question about refund
// timing in the supported languages.
var (
	refundWords = []string{"la pasta", "zwrot kasy", "wraca kasa", "die kohle", "the money", "الفلوس", "فلوسي", "退到卡", "退回卡", "退回信用卡", "refund", "money back", "reembolso", "rembours", "erstattung", "erstattet", "rimborso", "terugbetaling",
		"iade", "geri ödeme", "zwrot pieniędzy", "zwrot środków", "pengembalian dana", "refund dana", "استرداد", "возврат денег",
		"возврат средств", "返金", "退款", "환불", "reembols", "geld zurück", "geld terug", "dinheiro de volta", "soldi indietro",
		"paramı geri", "paramı", "param ", "pieniądze", "uang kembali", "деньги",
		// "when do I get my money back": the money, in every language
		"my money", "dinero", "argent ", "argent?", "geld", "soldi", "dinheiro", "pieniędzy", "dana saya", "uang saya", "أموالي", "المسترد", "أسترد",
		"المبلغ", "돈", "お金", "钱", "錢", "hesabıma"}
	whenWords = []string{"when", "how long", "how many days", "cuándo", "cuando", "cuánto tarda", "cuanto tarda", "tardáis", "tardais", "quand",
		"combien de temps", "wann", "wie lange", "quando", "quanto tempo", "wanneer", "hoe lang", "ne zaman", "ne kadar",
		"kiedy", "ile dni", "ile czasu", "ile trwa", "ile to trwa", "jak długo", "ile się czeka", "ile sie czeka", "po ilu dniach", "كم يوم", "kapan", "berapa lama", "متى", "كم يستغرق", "когда", "сколько", "через сколько",
		"いつ", "何日", "までどれくらい", "までどのくらい", "多久", "什么时候", "什麼時候", "幾天", "几天", "언제", "며칠", "얼마나",
		"how soon", "how fast", "hoe snel", "jak szybko", "qué tan rápido", "en cuánto tiempo", "en combien de temps",
		"quanto ci vuole", "quanto demora", "seberapa cepat", "как быстро",
		"how quickly", "how quick", "wie rasch", "hoe vlug", "quão rápido", "quanto rápido", "quanto velocemente", "quanto presto",
		"как скоро", "ne kadar hızlı", "ne kadar çabuk", "بأي سرعة", "どのくらいで", "どれくらいで",
		// how many days, asked as a count
		"kaç gün", "quantos dias", "cuántos días", "cuantos dias", "quanti giorni", "hoeveel dagen", "wie viele tage", "wie schnell",
		// business days, and how long it takes as a verb
		"hoeveel werkdagen", "wie viele werktage", "quanto ci mette", "ci vuole", "quanto impiega", "quanto tarda", "kaç iş günü",
		"多少个工作日", "多少個工作日", "几个工作日", "幾個工作日", "幾個工作天", "几个工作天", "多少個工作天", "多快", "몇 일", "何日かか",
		"combien de jours", "sous combien", "berapa hari", "كم يوم", "كم يوما", "ile dni", "po jakim czasie", "за сколько дней"}
)

// addressPolicy says the shop's rule for changing a delivery address when
// the message asks about the address and a policy clearly covers it.
func (t *turn) addressPolicy() {
	if !actions.MentionsAddress(t.text) && !t.asksAddressChange() {
		return
	}
	if t.addressFAQ() {
		return
	}
	t.answerFromDocs("", "policy:shipping", minOtherScore)
}

// addressFAQ quotes the merchant's FAQ entry on changing the address,
// looked up by its subject: the shopper's words ("Ошибся в номере
// квартиры") share little with it and would rank the policy's tracking
// paragraph first.
func (t *turn) addressFAQ() bool {
	return t.faqOfConcept(addressChange)
}

// faqOfConcept quotes the merchant's FAQ entry on the named concept,
// looked up by the concept's own words in the shop's and the shopper's
// languages, and reports false when no entry matches well enough.
func (t *turn) faqOfConcept(name string) bool {
	c := conceptNamed(name)
	var best []knowledge.PassageAnswer
	for _, l := range []string{t.primaryLang(), t.reply.Language} {
		hits, err := t.e.index.AnswerPassages(t.ctx, t.shop.Domain, knowledge.PassageQuery{Text: conceptText(c, l),
			Lang: t.reply.Language, Kinds: []string{"faq"}, Limit: 1})
		if err != nil {
			t.logErr("FAQ of "+name, err)
			return false
		}
		if len(hits) > 0 && (len(best) == 0 || hits[0].QuestionMatch > best[0].QuestionMatch) {
			best = hits
		}
	}
	if len(best) == 0 || best[0].QuestionMatch < conceptFAQ {
		return false
	}
	t.reply.Sources = append(t.reply.Sources, Source{Kind: best[0].Kind, Title: best[0].Title, URL: best[0].URL})
	t.quote(best[0])
	return true
}

// refundTimingQuestion reports a general question about when refunds
// arrive (no order number, no contact, nothing awaited).
func (t *turn) refundTimingQuestion() bool {
	if t.state.Awaiting != "" || t.u.Ents.OrderNumber != "" || t.u.contact() != "" {
		return false
	}
	low := strings.ToLower(t.text)
	has := func(words []string) bool {
		return slices.ContainsFunc(words, func(w string) bool { return strings.Contains(low, w) })
	}
	// The service topics' refund words (knowledge) read the bank's
	// wording too ("estorno", "teruggestort"); refundWords add the bare
	// money words, which are no refund topic in a policy's text.
	return (has(refundWords) || knowledge.AsksRefund(t.text)) && has(whenWords) || t.refundOverdue()
}

// refundOverdue reports whether the message says the money of a return
// has not come yet and how long ago the item went back ("refund belum
// masuk, udah seminggu"): a complaint that asks, without a question word,
// when the refund is due.
func (t *turn) refundOverdue() bool {
	low := strings.ToLower(t.text)
	has := func(words []string) bool {
		return slices.ContainsFunc(words, func(w string) bool { return strings.Contains(low, w) })
	}
	if !has(refundWords) && !knowledge.AsksRefund(t.text) || !has(notYet) {
		return false
	}
	_, told := elapsedDays(t.text)
	return told
}

// returnWindowQuestion reports a general question about how long one has
// to return something ("tengo plazo para devolver…?", "Do kiedy mogę
// oddać buty?"): the policy's return window, not an order look-up.
func (t *turn) returnWindowQuestion() bool {
	if t.state.Awaiting != "" || t.u.Ents.OrderNumber != "" || t.u.contact() != "" || !knowledge.AsksReturn(t.text) {
		return false
	}
	return asksUntilWhen(t.text)
}

// windowWords ask how long one has, or until when, in the supported
// languages.
var windowWords = []string{"how long do i have", "how long have i got", "how many days do i have", "deadline", "until when", "time limit",
	"plazo", "hasta cuándo", "hasta cuando", "cuántos días tengo", "cuantos dias tengo", "délai", "jusqu'à quand", "combien de jours",
	"frist", "bis wann", "wie viel zeit", "do kiedy", "ile mam czasu", "ile mam dni", "batas waktu", "berapa hari", "срок", "сколько дней",
	"до какого", "期限", "何日以内", "几天内", "幾天內", "几天之内", "幾天之內", "多少天内", "مهلة", "كم يوم", "المدة", "kaç gün", "termijn",
	"hoeveel dagen", "entro quanto", "quanti giorni", "fino a quando", "prazo", "quantos dias", "até quando", "기간", "며칠"}

// languageName is a language's name in another language ("inglés"), from
// CLDR; the code itself when CLDR has no name.
func languageName(code, in string) string {
	tag, err := language.Parse(code)
	if err != nil {
		return code
	}
	inTag, err := language.Parse(in)
	if err != nil {
		inTag = language.English
	}
	if n := display.Languages(inTag).Name(tag); n != "" {
		return n
	}
	return code
}

// llmAnswer asks the optional model to answer from the top passages.
func (t *turn) llmAnswer(hits []knowledge.PassageAnswer) (string, bool) {
	if t.e.opts.LLM == nil {
		return "", false
	}
	n := min(len(hits), 3)
	passages := make([]llm.Passage, 0, n)
	for _, h := range hits[:n] {
		passages = append(passages, llm.Passage{Title: h.Title, URL: h.URL, Text: h.Text})
	}
	ans, err := t.e.opts.LLM.Answer(t.ctx, t.reply.Language, t.text, passages)
	if err != nil {
		t.e.opts.Logger.DebugContext(t.ctx, "llm answer fell back to template", "err", err)
		return "", false
	}
	if facts := passageFacts(hits[0].Text); len(facts) > 0 && !slices.ContainsFunc(facts, func(f string) bool {
		return strings.Contains(ans.Text, f)
	}) {
		// The answer must quote the passage it rests on: one that states
		// none of its amounts or numbers paraphrased the rule away.
		t.e.opts.Logger.DebugContext(t.ctx, "llm answer quotes no fact of the passage; template used")
		return "", false
	}
	t.reply.Sources = t.reply.Sources[:0]
	for _, c := range ans.Citations {
		h := hits[c-1]
		t.reply.Sources = append(t.reply.Sources, Source{Kind: h.Kind, Title: h.Title, URL: h.URL})
	}
	return ans.Text, true
}

// rephrase lets the optional model reword a template reply; facts must
// survive verbatim (the client's guard rejects anything else) and only this
// conversation's verified data is ever in the draft.
func (t *turn) rephrase(draft string, facts []string) string {
	if t.e.opts.LLM == nil || t.dry {
		return draft
	}
	out, err := t.e.opts.LLM.Rephrase(t.ctx, t.reply.Language, draft, facts)
	if err != nil {
		t.e.opts.Logger.DebugContext(t.ctx, "llm rephrase fell back to template", "err", err)
		return draft
	}
	return out
}

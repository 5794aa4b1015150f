package knowledge

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strings"

	"shopassist/knowledge/geo"
)

// PassageQuery asks for the passages of the shop's documents that answer a
// question.
type PassageQuery struct {
	Text string
	Lang string
	// Country is the ISO 3166 code of the destination the answer must
	// govern ("" when unknown), or the code of a region the shopper named
	// instead of a country (geo group codes: "EU", "142", geo.MiddleEast).
	Country string
	// Prefer lists document ids ("policy:shipping") considered even when
	// the text matches them poorly, ranked above other documents.
	Prefer []string
	// Kinds restricts the documents ("faq", "policy", "page"); nil means all.
	Kinds []string
	// Duties keeps only the passages about duties, or only the delivery
	// rules (neither duties nor returns); FAQ entries are left out either
	// way: a question asking both the delivery cost and the duties is
	// answered by one passage of each.
	Duties DutiesFilter
	Limit  int
}

// DutiesFilter selects passages by whether they are about duties.
type DutiesFilter int

const (
	AnyPassage DutiesFilter = iota
	DutiesOnly
	DeliveryOnly
	// ReturnsOnly keeps passages about returns: the return-cost half of
	// "do I pay duties in the UK and are returns free?".
	ReturnsOnly
)

// Rule tells how a passage was chosen for the shopper's country.
type Rule int

const (
	RuleNone    Rule = iota // no country involved
	RuleCountry             // the passage names the country
	RuleRegion              // the passage names a region containing it
	RuleRest                // the passage covers "all other countries"
)

// PassageAnswer is one passage answering a question, in the shopper's
// language when the shop has the document translated (aligned by position
// with the original) and in the original language otherwise.
type PassageAnswer struct {
	DocID string
	Kind  string
	Title string
	URL   string
	// Locale is the language of Text and Title.
	Locale string
	// Translated is false when the document has no text in the requested
	// language and Text is the original.
	Translated bool
	Index      int
	// Text is the whole passage, or, when the passage states rules for
	// several destinations, the sentences that govern Country. FAQ answers
	// are returned whole.
	Text string
	// Original is Text's passage in the shop's primary language (the same
	// sentences when Text governs one country): the facts a reader of the
	// primary language's wording checks, such as whether a delivery rule
	// has a free-shipping threshold, whatever language Text is in.
	Original string
	Rule     Rule
	Region   string // the group code when Rule is RuleRegion
	// CountrySpecific is set when the passage's rule depends on the
	// destination and no country was given.
	CountrySpecific bool
	// QuestionMatch is, for FAQ entries, the share of the text's terms
	// shared with the closest of its questions (0–1).
	QuestionMatch float64
	// Duties is set when the passage is about duties and customs.
	Duties bool
	// Returns is set when the passage is about returns (their cost, the
	// window), not about delivery.
	Returns bool
	Score   float64
}

// AnswerPassages finds the passages answering a question: documents are
// found by text (in the shopper's language and the original), passages are
// ranked by the terms and service topics they share with the question and
// by whether they govern the shopper's country, and the best ones are
// returned in the shopper's language when a translation exists.
func (m *Manager) AnswerPassages(ctx context.Context, shop string, q PassageQuery) ([]PassageAnswer, error) {
	var out []PassageAnswer
	err := m.withShop(ctx, shop, func(s *shopIndex) error {
		var err error
		out, err = s.answerPassages(ctx, q)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("answer passages of %s: %w", shop, err)
	}
	return out, nil
}

// scoring weights of a passage.
const (
	wDoc      = 0.4 // the document's search score, relative to the best
	wPrefer   = 0.6 // a preferred document
	wLex      = 1.0 // IDF-weighted share of the question's terms in the passage
	wQuestion = 0.5 // share of the question's terms in an FAQ entry's closest question
	wTopic    = 0.5 // share of the question's topics the passage covers
	wLead     = 1.5 // share of them its label or first sentence is about
	wMissing  = 2.5 // the question asks about a strong topic (duties) the passage never mentions
	wOffTopic = 0.5 // per strong topic (duties, returns) of its label the question does not ask about
	// wLeadStrong: share of the question's strong topics its label is
	// about ("Refunds:" for "when do I get my money back?").
	wLeadStrong = 0.5
	geoCountry  = 3.0
	geoRegion   = 2.0
	geoRest     = 1.0
	// geoSpecific is the most a small region adds over a large one.
	geoSpecific = 0.8
	geoOther    = -2.0 // names other places only
	// geoPassing scales the score of a place a passage names without
	// stating rules per destination.
	geoPassing = 0.5
)

// strongTopics are topics that decide what a passage is about: a duties
// paragraph does not answer a shipping-cost question.
const strongTopics = topicDuties | topicReturns | topicRefund | topicPayment | topicRestricted | topicWarranty | topicExchange | topicCancel | topicAddress

// placeTopics are the topics whose rules depend on the destination: what
// delivery takes and costs, duties, return costs and restricted goods.
const placeTopics = topicShipping | topicDuties | topicCost | topicReturns | topicRestricted

func (s *shopIndex) answerPassages(ctx context.Context, q PassageQuery) ([]PassageAnswer, error) {
	lang := langKey(q.Lang)
	limit := q.Limit
	if limit <= 0 {
		limit = 3
	}
	hits, err := s.searchDocs(ctx, q.Text, lang, 8)
	if err != nil {
		return nil, err
	}
	kindOK := func(kind string) bool {
		if len(q.Kinds) == 0 {
			return true
		}
		for _, k := range q.Kinds {
			if k == kind {
				return true
			}
		}
		return false
	}
	docW := map[string]float64{}
	var order []string
	top := 0.0
	for _, h := range hits {
		top = math.Max(top, h.Score)
	}
	for _, h := range hits {
		if !kindOK(h.Kind) {
			continue
		}
		if _, ok := docW[h.DocID]; !ok {
			order = append(order, h.DocID)
		}
		docW[h.DocID] = wDoc * h.Score / math.Max(top, 1e-9)
	}
	for _, id := range q.Prefer {
		for _, full := range s.docIDs(id) {
			if _, ok := docW[full]; !ok {
				order = append(order, full)
			}
			docW[full] += wPrefer
		}
	}
	qTopics := topicsOf(q.Text)
	if q.Duties == DeliveryOnly || q.Duties == ReturnsOnly {
		// The delivery half of "shipping and customs to Canada?", the
		// returns half of "customs and returns from the UK?".
		qTopics &^= topicDuties
	}
	if PaymentIsCondition(q.Text) {
		qTopics &^= topicPayment
	}
	if qTopics&topicRefund != 0 && qTopics&topicTime != 0 {
		// "When do I get my money back after a return?" asks when the
		// refund is paid; the return and the parcel sent back ("parayı
		// ne zaman geri gönderiyorsunuz?") are its context, not the
		// question, and no destination decides it. The card or account
		// it goes back to ("L'argent revient sur ma carte …?") is where
		// the refund lands, not a question about payment methods.
		qTopics &^= topicReturns | topicShipping | topicPayment
	}
	if qTopics&topicCancel != 0 && qTopics&(topicCost|topicTime) == 0 {
		// "Can I still cancel? It shipped yesterday": the shipping is
		// the order's state, the cancellation the question.
		qTopics &^= topicShipping
	}
	if qTopics&topicAddress != 0 && q.Country != "" && qTopics&(topicCost|topicTime|topicDuties) != 0 {
		// "bezorgadres is in Gent, hoeveel nog voor gratis verzending?",
		// "香港地址，運費有沒有滿額免運？": the address named with its place
		// says where the parcel goes; what delivery there costs or takes
		// is the question, not the address rules.
		qTopics &^= topicAddress
	}
	if qTopics&placeTopics == 0 && qTopics&strongTopics != 0 {
		// A refund's timing or the payment methods are the same
		// wherever the shopper is: the country they name ("Sent my
		// return back from Germany, when do I get my money?") picks no
		// sentence of the answer.
		q.Country = ""
	}
	// A question about a time span alone (the return window, refund
	// timing) does not depend on the destination even when the best
	// passage also lists per-country costs; shipping, duties and costs do.
	// Nor does one about a service only (payment methods, exchanges,
	// warranty): "Can I pay with Amex?" is answered by the whole entry,
	// which says where Klarna is offered, not by asking for a country.
	askPlace := q.Country == "" && (qTopics&topicTime == 0 || qTopics&(topicShipping|topicDuties|topicCost) != 0) &&
		(qTopics&placeTopics != 0 || qTopics&strongTopics == 0)
	if qTopics&topicDuties != 0 && asksDeclaration(q.Text) {
		// "Can you mark it as a gift so I avoid customs?": what the shop
		// declares is the same for every destination.
		askPlace = false
	}
	if qTopics != 0 && (len(hits) == 0 || s.passageN[lang] == 0) {
		// Documents about the question's topics, even when no word is
		// shared: the shop has nothing written in the shopper's language.
		var extra []string
		for id, ts := range s.docTopics {
			if _, ok := docW[id]; !ok && ts&qTopics != 0 && kindOK(s.kindOf(id)) {
				extra = append(extra, id)
			}
		}
		sort.Strings(extra)
		for _, id := range extra {
			docW[id] = 0
			order = append(order, id)
		}
	}
	if q.Country != "" {
		// The rules per destination, whatever words the question shares
		// with them: the destination is what it asks about.
		var extra []string
		for id := range s.placeDocs {
			if _, ok := docW[id]; !ok && kindOK(s.kindOf(id)) {
				extra = append(extra, id)
			}
		}
		sort.Strings(extra)
		for _, id := range extra {
			docW[id] = 0
			order = append(order, id)
		}
	}
	want := map[string]map[string]bool{}
	wantFor := func(l string) map[string]bool {
		if w, ok := want[l]; ok {
			return w
		}
		w := map[string]bool{}
		for _, t := range analyzeWith(s.dm, l, q.Text) {
			w[t] = true
		}
		want[l] = w
		return w
	}
	pl := places()
	var out []PassageAnswer
	for _, id := range order {
		pkey, lkey := id+"|"+s.primary, id+"|"+lang
		base, ok := s.passages[pkey]
		baseLang := s.primary
		if !ok {
			// A document only in other languages (an FAQ written in one).
			if base, ok = s.passages[lkey]; !ok {
				continue
			}
			baseLang = lang
		}
		shown, translated := s.passages[lkey]
		if translated && otherScript(q.Lang, s.documents[lkey].Locale) {
			// Simplified text is no translation for a Traditional
			// Chinese reader (and the reverse).
			shown, translated = nil, false
		}
		shownLang := lang
		if !translated {
			shown, shownLang = base, baseLang
		} else if len(shown) != len(base) {
			// The translation's structure differs: rank its own passages.
			base, baseLang = shown, lang
		}
		d := s.documents[id+"|"+shownLang]
		if !kindOK(d.Kind) {
			continue
		}
		if d.Kind == "faq" && q.Duties != AnyPassage {
			continue
		}
		if d.Kind == "faq" {
			// An FAQ answer is one passage: the whole answer.
			qm := s.questionMatch(id, lang, wantFor)
			if baseLang != lang {
				qm = math.Max(qm, s.questionMatch(id, baseLang, wantFor))
			}
			a := PassageAnswer{DocID: id, Kind: d.Kind, Title: d.Title, URL: d.URL, Locale: d.Locale,
				Translated: translated, Text: strings.TrimSpace(d.Body), QuestionMatch: qm,
				Score: docW[id] + wLex*s.faqOverlap(id, shownLang, wantFor(shownLang)) + wQuestion*qm + wTopic*topicShare(qTopics, passageTopics(shown))}
			if !translated {
				// No words to match in the shopper's language: the
				// entry's questions are about the asked topic or not.
				a.Score += wLead * topicShare(qTopics, s.docTopics[id])
			}
			missing := qTopics & strongTopics &^ (s.docTopics[id] | passageTopics(shown) | passageTopics(base))
			// Shipping is mentioned in passing by many answers (the
			// warranty's "we pay the shipping"): an entry answers a
			// delivery question when its questions or label are about it.
			missing |= qTopics & topicShipping &^ s.docTopics[id]
			if missing != 0 {
				// "Will I pay customs in Norway?" shares its words with
				// "Can I pay in my currency?"; an entry that never
				// mentions duties, or another topic the question is
				// about, does not answer it.
				a.QuestionMatch = 0
				a.Score -= wMissing
			}
			if len(shown) == 1 && shown[0].perPlace {
				// An answer with rules per destination ("UK and US orders
				// ship DDP … all other countries DAP"): keep the rule for
				// the shopper's country, or ask for it.
				if q.Country == "" {
					a.CountrySpecific = askPlace
				} else if g := geoScore(pl, &shown[0], q.Country); g.rule != RuleNone {
					fp := &shown[0]
					if len(base) == 1 {
						fp = alignedPlaces(fp, &base[0])
					}
					if txt := governingSentences(pl, fp, q.Country, g.rule); txt != "" {
						a.Text, a.Rule, a.Region = txt, g.rule, g.region
					}
				}
			}
			out = append(out, a)
			continue
		}
		best, bestScore := -1, math.Inf(-1)
		var bestGeo geoMatch
		for i := range base {
			p := &base[i]
			var alt *passage
			if i < len(shown) && baseLang != shownLang {
				alt = &shown[i]
			}
			lex := s.overlap(baseLang, wantFor(baseLang), p.terms)
			topics, lead := p.topics, p.lead
			if alt != nil {
				lex = math.Max(lex, s.overlap(shownLang, wantFor(shownLang), alt.terms))
				topics |= alt.topics
				lead |= alt.lead
			}
			if q.Duties == DutiesOnly && topics&topicDuties == 0 || q.Duties == DeliveryOnly && topics&(topicDuties|topicReturns) != 0 ||
				q.Duties == ReturnsOnly && (topics&topicReturns == 0 || topics&topicDuties != 0) {
				continue
			}
			g := geoScore(pl, p, q.Country)
			if qs := qTopics & strongTopics; qs != 0 && topics&qs == 0 && g.score > 0 {
				// The country's delivery rule does not answer whether
				// knives may go there: a place counts for the passages
				// about what was asked.
				g.score = 0
			}
			sc := docW[id] + wLex*lex + wTopic*topicShare(qTopics, topics) + wLead*topicShare(qTopics, lead) + g.score
			sc -= wOffTopic * float64(((lead &^ qTopics) & strongTopics).count())
			sc += wLeadStrong * topicShare(qTopics&strongTopics, lead)
			if qs := qTopics & strongTopics; qs != 0 && topics&qs == 0 {
				sc -= wMissing
			}
			if sc > bestScore {
				best, bestScore, bestGeo = i, sc, g
			}
		}
		if best < 0 {
			continue
		}
		p := &shown[best]
		duties := (base[best].topics|p.topics)&topicDuties != 0
		returns := (base[best].topics|p.topics)&topicReturns != 0
		text := p.text
		if q.Country != "" && bestGeo.rule != RuleNone {
			text = governingSentences(pl, alignedPlaces(p, &base[best]), q.Country, bestGeo.rule)
			if text == "" && baseLang != shownLang {
				text = p.text
			}
		}
		original := text
		if baseLang != shownLang {
			original = base[best].text
			if q.Country != "" && bestGeo.rule != RuleNone {
				if g := governingSentences(pl, &base[best], q.Country, bestGeo.rule); g != "" {
					original = g
				}
			}
		}
		out = append(out, PassageAnswer{DocID: id, Kind: d.Kind, Title: d.Title, URL: d.URL, Locale: d.Locale,
			Translated: translated, Index: best, Text: text, Original: original, Rule: bestGeo.rule, Region: bestGeo.region, Duties: duties, Returns: returns,
			CountrySpecific: askPlace && base[best].perPlace, Score: math.Round(bestScore*1e6) / 1e6})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	if len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

// kindOf is a document id's kind ("policy:shipping" → "policy").
func (s *shopIndex) kindOf(id string) string {
	kind, _, _ := strings.Cut(id, ":")
	if d, ok := s.documents[id+"|"+s.primary]; ok {
		return d.Kind
	}
	return kind
}

// otherScript reports whether two Chinese locales use different scripts.
func otherScript(want, have string) bool {
	ws, hs := chineseScript(want), chineseScript(have)
	return ws != "" && hs != "" && ws != hs
}

func chineseScript(locale string) string {
	l := strings.ToLower(strings.ReplaceAll(locale, "_", "-"))
	if !strings.HasPrefix(l, "zh") {
		return ""
	}
	switch {
	case strings.Contains(l, "hant"), strings.HasSuffix(l, "-tw"), strings.HasSuffix(l, "-hk"), strings.HasSuffix(l, "-mo"):
		return "Hant"
	}
	return "Hans"
}

// docIDs resolves a "kind:external_id" id against the indexed documents,
// whatever id scheme the source uses.
func (s *shopIndex) docIDs(id string) []string {
	if _, ok := s.passages[id+"|"+s.primary]; ok {
		return []string{id}
	}
	kind, ext, _ := strings.Cut(id, ":")
	seen := map[string]bool{}
	var out []string
	for _, d := range s.documents {
		if !seen[d.ID] && (d.ID == id || d.Kind == kind && strings.HasSuffix(d.ID, ext)) {
			seen[d.ID] = true
			out = append(out, d.ID)
		}
	}
	sort.Strings(out)
	return out
}

// questionMatch is the share of the text's terms found in the closest of
// an FAQ entry's questions in one language.
func (s *shopIndex) questionMatch(id, lang string, wantFor func(string) map[string]bool) float64 {
	qs := s.questions[id+"|"+lang]
	if len(qs) == 0 {
		return 0
	}
	want := wantFor(lang)
	if len(want) == 0 {
		return 0
	}
	idf := s.passageIDF(lang)
	wantW := 0.0
	for t := range want {
		wantW += idf(t)
	}
	best := 0.0
	for _, terms := range qs {
		shared, qW := 0.0, 0.0
		for _, t := range terms {
			qW += idf(t)
			if want[t] {
				shared += idf(t)
			}
		}
		// IDF-weighted shared terms over the heavier of the two: a rare
		// word the question lacks ("waterproof") outweighs a common one
		// it shares ("jacket"), and a one-word message does not strongly
		// match a long question.
		best = math.Max(best, shared/math.Max(wantW, qW))
	}
	return best
}

// overlap is the IDF-weighted share of the question's terms found in a
// passage: "wholesale" says more than "address" in a shop whose policies
// mention addresses in many places.
func (s *shopIndex) overlap(lang string, want map[string]bool, terms []string) float64 {
	if len(want) == 0 {
		return 0
	}
	idf := s.passageIDF(lang)
	total, got := 0.0, 0.0
	for t := range want {
		total += idf(t)
	}
	for _, t := range terms {
		if want[t] {
			got += idf(t)
		}
	}
	return got / total
}

// passageIDF is the inverse document frequency of a term among the shop's
// passages in lang.
func (s *shopIndex) passageIDF(lang string) func(t string) float64 {
	df, n := s.passageDF[lang], float64(s.passageN[lang])
	return func(t string) float64 { return math.Log(1 + (n+1)/float64(df[t]+1)) }
}

// passageTopics are the topics of a document's passages (analyzed when
// indexed).
func passageTopics(ps []passage) topicSet {
	var ts topicSet
	for i := range ps {
		ts |= ps[i].topics
	}
	return ts
}

// faqOverlap is overlap over an FAQ entry's questions and answer together.
func (s *shopIndex) faqOverlap(id, lang string, want map[string]bool) float64 {
	key := id + "|" + lang
	var terms []string
	for _, q := range s.questions[key] {
		terms = append(terms, q...)
	}
	for _, p := range s.passages[key] {
		terms = append(terms, p.terms...)
	}
	return s.overlap(lang, want, distinct(terms))
}

func topicShare(q, p topicSet) float64 {
	if q == 0 {
		return 0
	}
	return float64((q & p).count()) / float64(q.count())
}

type geoMatch struct {
	score  float64
	rule   Rule
	region string
}

// geoScore rates how a passage governs a country: by naming it, a region
// containing it, or "all other countries" in a sentence naming no other
// place. A passage naming only other places scores below one naming none.
func geoScore(pl *geo.Matcher, p *passage, country string) geoMatch {
	if country == "" || len(p.places) == 0 {
		return geoMatch{}
	}
	best := geoMatch{score: geoOther}
	if !p.perPlace {
		// A place mentioned in passing ("EU ground delivery only") does
		// not make the passage another destination's rule.
		best.score = 0
	}
	for _, s := range p.sents {
		g := sentenceGeo(pl, s.places, country)
		if !p.perPlace && g.rule != RuleNone {
			// "We ship worldwide from our warehouse in Utrecht, the
			// Netherlands" names the country but is not its rule.
			g.score *= geoPassing
		}
		if g.score > best.score {
			best = g
		}
	}
	if best.rule == RuleNone {
		// Sentence splitting may separate a heading ("Japan:") from its
		// rule; the passage as a whole still decides.
		if g := sentenceGeo(pl, p.places, country); g.score > best.score {
			best = g
		}
	}
	return best
}

func sentenceGeo(pl *geo.Matcher, ms []geo.Mention, country string) geoMatch {
	if len(ms) == 0 {
		return geoMatch{score: geoOther}
	}
	var rest bool
	var region string
	for _, m := range ms {
		switch m.Kind {
		case geo.Country:
			if m.Code == country {
				return geoMatch{score: geoCountry, rule: RuleCountry}
			}
		case geo.Group:
			if m.Code == country {
				// The shopper named the region itself ("shipping to
				// the Middle East?").
				return geoMatch{score: geoRegion + geoSpecific, rule: RuleRegion, region: m.Code}
			}
			if pl.Contains(m.Code, country) && (region == "" || pl.Size(m.Code) < pl.Size(region)) {
				region = m.Code
			}
		case geo.Other:
			rest = true
		}
	}
	if region != "" {
		return geoMatch{score: geoRegion + regionSpecificity(pl, region), rule: RuleRegion, region: region}
	}
	if rest && onlyRest(ms) && pl.Size(country) == 0 {
		// "All other countries" is every country not named elsewhere,
		// never a region the shopper named ("Europe").
		return geoMatch{score: geoRest, rule: RuleRest}
	}
	return geoMatch{score: geoOther}
}

// regionSpecificity ranks the regions containing a country: the smaller
// the region, the more it is the rule meant for the country (Kuwait is in
// both "Asia and Oceania" and "Middle East"; the Middle East rule governs).
// It stays under the gap to a passage naming the country itself.
func regionSpecificity(pl *geo.Matcher, region string) float64 {
	n := pl.Size(region)
	if n <= 1 {
		return geoSpecific
	}
	return geoSpecific * (1 - math.Log(float64(n))/math.Log(float64(pl.Size(geo.Rest))))
}

// onlyRest reports whether "all other countries" stands alone: "rest of
// the European Union" is a region rule, not the rest of the world, but
// examples after it ("all other countries (including Japan … the Gulf
// states)") do not make it one.
func onlyRest(ms []geo.Mention) bool {
	for _, m := range ms {
		if m.Kind == geo.Group && !m.Aside {
			return false
		}
	}
	return true
}

// alignedPlaces returns the shown passage with the places of the original's
// sentences when both have the same number of sentences: the original's
// names are what the recogniser reads best, and the translation's
// sentences say the same in the same order.
func alignedPlaces(shown, orig *passage) *passage {
	if shown == orig || len(shown.sents) != len(orig.sents) {
		return shown
	}
	cp := *shown
	cp.sents = make([]sentence, len(shown.sents))
	for i := range shown.sents {
		cp.sents[i] = shown.sents[i]
		cp.sents[i].places = orig.sents[i].places
	}
	return &cp
}

// governingSentences keeps the sentences of a passage that state the rule
// for the country at the level it was matched (naming it, its region, or
// all other countries), plus sentences that only continue such a rule
// (naming no place) right after it. It returns "" when no sentence of the
// passage carries the rule on its own.
// allAside reports whether every place a sentence names is inside
// parentheses (an example, not its destination).
func allAside(ms []geo.Mention) bool {
	for _, m := range ms {
		if !m.Aside {
			return false
		}
	}
	return true
}

func governingSentences(pl *geo.Matcher, p *passage, country string, rule Rule) string {
	if len(p.sents) <= 1 {
		return p.text
	}
	anyPlaced := false
	for _, s := range p.sents {
		if len(s.places) > 0 {
			anyPlaced = true
		}
	}
	if !anyPlaced {
		return p.text
	}
	var keep []string
	following := false
	for i, s := range p.sents {
		if len(s.places) == 0 {
			if following || i == 0 && sentenceGeo(pl, p.sents[min(1, len(p.sents)-1)].places, country).rule == rule {
				keep = append(keep, s.text)
			}
			continue
		}
		g := sentenceGeo(pl, s.places, country)
		// A sentence naming the country itself governs it too, after
		// a rule that reached it through a list ("All other countries
		// (including Switzerland …) … for example, Switzerland charges
		// 8.1% VAT").
		following = g.rule == rule || g.rule == RuleCountry && !allAside(s.places)
		if !following {
			continue
		}
		text := s.text
		if g.rule == RuleCountry && namesOtherCountry(s.places, country) {
			// An example with figures for several countries: the
			// country's own clause, when it can stand alone.
			if own := ownClause(pl, text, country); own != "" {
				text = own
			}
		}
		keep = append(keep, text)
	}
	if len(keep) == 0 {
		return ""
	}
	return strings.Join(keep, " ")
}

// DocPassages returns every passage of a document in the shopper's language
// (the original where the shop has no translation of it, or one whose
// passages do not align), each with its primary-language Original: an
// answer that needs all of a document's rules ("where is shipping free?")
// rather than the one governing a country.
func (m *Manager) DocPassages(ctx context.Context, shop, docID, lang string) ([]PassageAnswer, error) {
	var out []PassageAnswer
	err := m.withShop(ctx, shop, func(s *shopIndex) error {
		l := langKey(lang)
		for _, id := range s.docIDs(docID) {
			base, ok := s.passages[id+"|"+s.primary]
			if !ok {
				continue
			}
			shown, translated := s.passages[id+"|"+l]
			shownLang := l
			if !translated || len(shown) != len(base) || otherScript(lang, s.documents[id+"|"+l].Locale) {
				shown, translated, shownLang = base, false, s.primary
			}
			d := s.documents[id+"|"+shownLang]
			for i := range shown {
				out = append(out, PassageAnswer{DocID: id, Kind: d.Kind, Title: d.Title, URL: d.URL, Locale: d.Locale,
					Translated: translated, Index: i, Text: shown[i].text, Original: base[i].text})
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("passages of %s in %s: %w", docID, shop, err)
	}
	return out, nil
}

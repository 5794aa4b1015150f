package assistant

import (
	"regexp"
	"slices"
	"strings"

	"shopassist/assistant/intent"
	"shopassist/knowledge"
)

// aboutAspect is one thing shoppers ask about the company itself (when it
// was founded, how many people work there, what it gives away), with the
// words that ask it and the English words an about page says it with. No
// intent covers these questions: they were read as shipping, returns or
// not at all, and the about page that answers them was never looked at.
type aboutAspect struct {
	// page are the words of the shop's primary-language about page that
	// find the paragraph answering the aspect.
	page string
	// asks reports whether a lower-cased message asks the aspect.
	asks func(low string) bool
	// fact, when set, is what the answering paragraph must state (a
	// year for the founding, a share for giving): their words are
	// common ones ("started", "give"), so a weak match counts when the
	// paragraph states the fact.
	fact *regexp.Regexp
	// hours marks an aspect a page answers with days and times
	// (pagehours.go), stated in the shopper's language when the page
	// is not translated.
	hours bool
}

// aboutAspects are the company questions an about page answers.
var aboutAspects = []aboutAspect{
	{page: "started founded since history year began", asks: func(low string) bool { return containsAny(low, foundedWords) }, fact: yearRE},
	{page: "team people work speak languages", asks: func(low string) bool {
		return containsAny(low, howManyWords) && containsAny(low, teamWords)
	}},
	// "In how many countries can I pay in my currency?" asks the
	// currency entry's markets, not where the shop ships.
	{page: "ship countries", asks: func(low string) bool {
		return containsAny(low, howManyWords) && containsAny(low, countryWords) && !namesConcept(low, "currency")
	}, fact: countriesRE},
	{page: "give revenue percent projects donate charity profits", asks: func(low string) bool { return containsAny(low, givingWords) }, fact: shareRE},
	{page: "visit us showroom workshop store open address", asks: asksVisit, fact: visitFactRE, hours: true},
	{page: "customer service team answers email business day", asks: asksServiceHours, fact: serviceFactRE, hours: true},
}

// yearRE finds a year of the last two centuries.
var yearRE = regexp.MustCompile(`\b(19|20)\d\d\b`)

// shareRE finds a share of something ("1%", "10 %").
var shareRE = regexp.MustCompile(`\d+ ?%`)

// countriesRE finds a number of countries in the primary-language page.
var countriesRE = regexp.MustCompile(`\d+ countries`)

// countryWords say "countries": "Naar hoeveel landen sturen jullie?" asks
// the number the about page states.
var countryWords = []string{"countries", "länder", "ländern", "países", "pays", "paesi", "landen", "krajów", "krajach", "стран", "ülkeye", "ülke",
	"negara", "دولة", "دول", "か国", "カ国", "ヶ国", "나라", "국가", "个国家", "個國家"}

// foundedWords ask since when the company exists.
var foundedWords = []string{"founded", "since when do you", "since when have you", "how long have you been around", "how long have you existed",
	"how long has the company", "how long has the brand", "when did you start", "when was the company", "when was the brand", "how old is the company",
	"how old is your company", "established",
	"gegründet", "seit wann gibt", "seit wann existier", "wie lange gibt es euch", "wie lange gibt's euch", "wie lange gibt es sie", "gründung",
	"fundad", "desde cuándo exist", "desde cuándo están", "cuándo empezasteis", "cuándo empezaron", "cuántos años lleváis", "fundación",
	"fondé", "fondée", "depuis quand exist", "depuis quand êtes-vous", "depuis combien de temps exist",
	"fondat", "da quando esist", "da quanto tempo esist", "quando avete iniziato", "fondazione",
	"desde quando exist", "há quanto tempo exist", "quando começaram", "fundação",
	"opgericht", "sinds wanneer bestaa", "hoe lang bestaa", "wanneer zijn jullie begonnen",
	"założon", "od kiedy istnie", "jak długo istnie", "kiedy powstał",
	"основана", "основали", "год основания", "как давно существ", "когда вы появились", "когда появилась ваша", "с какого года вы",
	"kuruldu", "kuruluş", "ne zamandan beri var", "ne zaman kurul",
	"tokonya berdiri", "berdiri sejak", "berdiri dari tahun", "berdiri tahun", "sudah berdiri", "didirikan", "sejak kapan ada", "sejak tahun berapa",
	"تأسس", "تأسيس", "منذ متى وأنتم", "متى بدأتم",
	"設立", "創業", "創立", "いつからある", "いつから営業",
	"설립", "창립", "언제 생겼", "언제부터 있",
	"创立", "创办", "哪年开", "公司成立", "品牌成立", "創辦", "哪年開", "什么时候成立", "什麼時候成立"}

// howManyWords ask for a number of people or things.
var howManyWords = []string{"how many", "wie viele", "wieviele", "cuántos", "cuántas", "combien", "quanti", "quante", "quantos", "quantas",
	"hoeveel", "ilu ", "ile ", "сколько", "kaç", "berapa", "كم ", "何人", "몇 명", "몇명", "多少", "几个人", "幾個人", "几位", "幾位"}

// teamWords name the people who work for the company; found inside
// words, so none is the start of a word for equipment (Spanish "equipo",
// Turkish "ekipman").
var teamWords = []string{"employees", "staff", "people work", "your team", "the team",
	"mitarbeiter", "team", "leute arbeiten", "empleados", "vuestro equipo", "el equipo", "en el equipo", "trabajadores", "personas trabaj",
	"employés", "salariés", "équipe", "dipendenti", "squadra", "persone lavor", "funcionários", "equipe", "vossa equipa", "a equipa", "pessoas trabalh",
	"medewerkers", "werknemers", "mensen werken", "pracownik", "zespół", "zespole", "osób pracuje", "сотрудник", "команд", "человек работа",
	"çalışan", "ekibiniz", "ekipte", "kişi çalış", "karyawan", "timnya", "tim kalian", "tim anda", "pegawai", "موظف", "فريق", "社員", "従業員",
	"スタッフ", "チーム", "직원", "팀원", "员工", "团队", "員工", "團隊"}

// givingWords ask what the company gives away of what it earns. They are
// found inside words, so none may start another language's word: German
// "spende" is in Italian "spendere", French "dons" in Dutch "donsjas".
var givingWords = []string{"donate", "donation", "give back", "goes back to", "go back to", "charity", "of your revenue", "of what you earn",
	"your profits", "spendet ihr", "spenden ihr", "eine spende", "gemeinnützig", "vom umsatz", "eures umsatzes", "donáis", "donan ", "donación", "donaciones", "beneficencia",
	"de vuestros ingresos", "de sus ingresos", "reversez", "des dons", "chiffre d'affaires", "vos bénéfices", "donate ", "donazion", "beneficenza",
	"fatturato", "doação", "doações", "doam ", "do faturamento", "doneren", "doneer", "goede doel", "van de omzet", "jullie omzet",
	"przekazujecie", "darowizn", "przychodu", "пожертв", "жертвуете", "выручк", "bağış", "donasi", "menyumbang", "dari pendapatan",
	"تبرع", "تتبرع", "من أرباح", "من إيرادات", "寄付", "売上の", "기부", "매출의", "捐", "收入的", "营收", "營收"}

// answeredBy reports whether a page passage answers the aspect: a strong
// match, or a weaker one that states the aspect's fact.
func (a aboutAspect) answeredBy(p knowledge.PassageAnswer) bool {
	if a.fact != nil {
		return p.Score > 0 && a.fact.MatchString(p.Original)
	}
	return p.Score >= minDocScore
}

// asksAboutShop reports whether the message asks about the company itself,
// and which aspects.
func asksAboutShop(text string) []aboutAspect {
	low := strings.ToLower(text)
	var out []aboutAspect
	for _, a := range aboutAspects {
		if a.asks(low) {
			out = append(out, a)
		}
	}
	return out
}

// aboutAnswer answers a question about the company from the shop's pages:
// the paragraph that answers each aspect asked ("since when, and how many
// of you?" takes two), in the shopper's language where the page is
// translated. It reports whether a page answered.
func (t *turn) aboutAnswer() bool {
	aspects := asksAboutShop(t.text)
	if slices.ContainsFunc(aspects, func(a aboutAspect) bool { return a.hours }) && t.faqMatchesClosely() {
		// "Where can I park when I visit you?": the merchant's own
		// entry on parking answers it, not the showroom's hours.
		aspects = slices.DeleteFunc(aspects, func(a aboutAspect) bool { return a.hours })
	}
	if len(aspects) == 0 {
		return false
	}
	var found []knowledge.PassageAnswer
	hoursAsked := slices.ContainsFunc(aspects, func(a aboutAspect) bool { return a.hours })
	for _, a := range aspects {
		hits, err := t.e.index.AnswerPassages(t.ctx, t.shop.Domain, knowledge.PassageQuery{Text: a.page,
			Lang: t.reply.Language, Kinds: []string{"page"}, Limit: 3})
		if err != nil {
			t.logErr("about the shop", err)
			return false
		}
		// The first passage that answers: the words of an aspect are
		// common ones, another page may share more of them.
		i := slices.IndexFunc(hits, func(p knowledge.PassageAnswer) bool {
			return a.answeredBy(p) && (len(found) == 0 || p.DocID == found[0].DocID)
		})
		if i >= 0 && !slices.ContainsFunc(found, func(p knowledge.PassageAnswer) bool { return p.Index == hits[i].Index }) {
			found = append(found, hits[i])
		}
	}
	if len(found) == 0 {
		return false
	}
	t.reply.Intent = intent.FAQ
	t.reply.Sources = append(t.reply.Sources, Source{Kind: found[0].Kind, Title: found[0].Title, URL: found[0].URL})
	// Paragraphs in the page's order, as the shopper would read them.
	slices.SortFunc(found, func(a, b knowledge.PassageAnswer) int { return a.Index - b.Index })
	if !found[0].Translated {
		for _, p := range found {
			if !(hoursAsked && strings.HasPrefix(p.Locale, "en") && t.sayPageHours(p)) {
				t.quote(p)
			}
		}
		return true
	}
	for _, p := range found {
		t.say(p.Text)
	}
	t.sayDocSource(found[0])
	return true
}

// faqMatchesClosely reports whether an FAQ entry's question shares at
// least strongFAQ of the message's terms, or is about the FAQ subject the
// message names.
func (t *turn) faqMatchesClosely() bool {
	hits, err := t.e.index.AnswerPassages(t.ctx, t.shop.Domain, knowledge.PassageQuery{Text: t.text,
		Lang: t.reply.Language, Kinds: []string{"faq"}, Limit: 1})
	if err != nil {
		t.logErr("match FAQ", err)
		return false
	}
	if len(hits) > 0 && hits[0].QuestionMatch >= strongFAQ {
		return true
	}
	// Or an entry about the subject the message names, in other words
	// ("park my car" for "Is there parking at your store?").
	byConcept := t.faqByConcept(false)
	return len(byConcept) > 0 && byConcept[0].QuestionMatch >= conceptFAQ
}

package assistant

import (
	"slices"
	"strings"

	"shopassist/assistant/actions"
	"shopassist/assistant/dialogue"
	"shopassist/assistant/entities"
	"shopassist/assistant/glossary"
	"shopassist/assistant/intent"
	"shopassist/knowledge"
)

// switchConfidence is how sure the classifier must be before a message
// abandons the slot the bot asked for (topic switch) instead of being read
// as an answer to it.
const switchConfidence = 0.6

// orderTasks are the intents that need a verified order.
var orderTasks = map[string]bool{intent.OrderStatus: true, intent.ReturnRequest: true, intent.CancelOrder: true,
	intent.RefundStatus: true}

// addressMisread are the intents a request to change the delivery address
// is often read as.
// Order tasks keep their flow, which states the address rule before
// asking for the order (orderTask).
var addressMisread = map[string]bool{intent.ShippingInfo: true, intent.OutOfScope: true, intent.Unclear: true, intent.FAQ: true}

// storeQuestions are answered from the shop's policies, pages and FAQ.
var storeQuestions = map[string]bool{intent.FAQ: true, intent.Invoice: true, intent.PaymentMethods: true,
	intent.PaymentProblem: true, intent.Account: true, intent.Discount: true}

// productRoutable are the intents a message naming one product is answered
// from that product's data instead: the classifier knows topics, not the
// catalog, and reads "What's the R-value of the Airloft pad?" as off topic.
var productRoutable = map[string]bool{intent.Unclear: true, intent.OutOfScope: true, intent.FAQ: true,
	intent.ProductRecommendation: true}

// attributeOfNamed reports whether a message the classifier gave another
// topic asks a product attribute ("Solstice帐篷多重？" → payment problem):
// with a product's name, the product's data answers. Order tasks and
// complaints keep their route ("the Lumen light arrived broken").
func (t *turn) attributeOfNamed(in string) bool {
	switch {
	case orderTasks[in], in == intent.Complaint, in == intent.HumanHandoff:
		return false
	case in == intent.Stock, in == intent.ProductQuestion:
		return false // answered from the product already, with their own wording
	}
	return knowledge.AsksAttribute(t.text)
}

// productCue reports whether the message asks something a product's data
// answers: an attribute, where it is made ("Fjellvik kazak nerede
// örülüyor?" reads as an order's whereabouts), availability, fit, or (no
// exchange asked) which sizes or colours.
func (t *turn) productCue() bool {
	return knowledge.AsksAttribute(t.text) || knowledge.AsksOrigin(t.text) || knowledge.AsksStock(t.text) || asksFit(t.text) ||
		(asksOptions(t.text) || t.betweenSizes()) && !actions.WantsExchange(t.text)
}

// productOfOrderTask reports whether a message read as an order task names
// no order or contact and asks what the product's data answers ("Quiero las
// botas Granite negras en la 46, ¿quedan?", "il sacco a pelo Ember fino a
// che temperatura arriva?").
func (t *turn) productOfOrderTask(in string) bool {
	return (orderTasks[in] || in == intent.ChangeOrder) && t.u.Ents.OrderNumber == "" && t.u.contact() == "" && t.productCue()
}

// productNotShipping reports whether a message read as a shipping question
// names a product line and no destination, and asks what the product's data
// answers or no shipping topic once the line's own words are set aside
// ("Варежки Polar Expedition есть?": expedition is French for shipping).
func (t *turn) productNotShipping(in string) bool {
	if in != intent.ShippingInfo || t.u.Ents.OrderNumber != "" {
		return false
	}
	if asksFit(t.text) {
		// "Granite 등산화는 EU 몇으로?": EU is the shoe size system of a
		// fit question, not a destination.
		return true
	}
	if _, named := t.destination(); named || t.regionNamed() != "" {
		return false
	}
	if t.productCue() || len(t.askedSizes()) > 0 || len(t.u.Ents.Colors) > 0 {
		return true
	}
	line := t.line()
	if line != "" && asksWasPrice(t.text) {
		return true // "¿Cuánto costaba antes el bañador Lagoon?": its sale price
	}
	rest := strings.ToLower(t.text)
	for _, title := range t.names {
		if startsLine(title, line) {
			for _, w := range strings.Fields(title) {
				rest = strings.ReplaceAll(rest, w, " ")
			}
		}
	}
	return knowledge.AsksPlaceRule(rest) == knowledge.NoPlaceRule
}

// questionNotFeedback reports whether a message read as feedback is a
// question ("Wie viel Wasser filtert der ClearFlow Filter?"): feedback
// states, it does not ask.
func (t *turn) questionNotFeedback(in string) bool {
	return in == intent.Feedback && strings.ContainsAny(t.text, "?？؟")
}

// optionsOfNamed reports whether a message the classifier read as a return
// or an order change asks which sizes or colours a named product comes in
// ("W jakich rozmiarach są buty Switchback?", "Switchback越野跑鞋有哪些尺碼？"):
// no order number, no size or colour to change to, no exchange asked.
func (t *turn) optionsOfNamed(in string) bool {
	e := t.u.Ents
	return (in == intent.ReturnRequest || in == intent.ChangeOrder) && e.OrderNumber == "" && len(e.Colors) == 0 &&
		len(t.askedSizes()) == 0 && asksOptions(t.text) && !actions.WantsExchange(t.text)
}

// asksViewedProduct reports whether a message sent from a product page
// asks about that product: an attribute, availability, a size or colour,
// options, fit, or a word pointing at it ("this"), with no budget, order
// or other product named. A product kind without "this" ("waterproof
// jackets?") asks for other products.
func (t *turn) asksViewedProduct() bool {
	if t.req.ProductID == 0 || t.u.Ents.Price != nil || t.u.Ents.OrderNumber != "" || t.lineOffPage(t.line()) != "" {
		return false
	}
	if deictic(t.text) && !asksCompanion(t.text) {
		return true
	}
	// The kind words left once attribute words are set aside: Italian
	// "impermeabile" is also a raincoat, yet "È impermeabile?" asks
	// about the product on screen.
	var rest []string
	for _, w := range strings.Fields(t.text) {
		if !knowledge.AsksAttribute(w) {
			rest = append(rest, w)
		}
	}
	if len(glossary.Terms(strings.Join(rest, " "))) > 0 {
		return false
	}
	return knowledge.AsksAttribute(t.text) || knowledge.AsksStock(t.text) || asksOptions(t.text) || asksFit(t.text) ||
		len(t.askedSizes()) > 0 || len(t.u.Ents.Colors) > 0
}

// companionCues ask for another product to wear or use with the one on
// screen ("something for my legs to go with it"): "it" points at the
// viewed product, but the kind named is what the shopper wants.
var companionCues = []string{"go with", "goes with", "to match", "that match", "match it", "match this", "matching", "pair with", "wear with it", "wear with this",
	"dazu passend", "passend dazu", "passt dazu", "dazu passt", "dazu brauche", "qui va avec", "pour aller avec", "assorti", "a juego", "que combine",
	"para combinar", "da abbinare", "abbinat", "combinando", "para usar com", "die erbij past", "erbij",
	"uyumlu", "ile birlikte", "do kompletu", "pasując", "pasujące", "pasujący", "yang cocok", "untuk dipadukan", "в комплект", "подходящ",
	"к нему", "к ней", "に合う", "と合わせ", "と一緒に", "搭配", "配套", "어울리", "같이 쓸", "함께 쓸", "يتناسب", "يناسبه", "مع هذا"}

// asksCompanion reports whether a message from a product page asks for
// another kind of product to go with the viewed one: a companion cue and a
// kind named.
func asksCompanion(text string) bool {
	low := strings.ToLower(text)
	return len(glossary.Terms(text)) > 0 && slices.ContainsFunc(companionCues, func(c string) bool { return strings.Contains(low, c) })
}

// sellMisread are the intents the classifier gives a question whether the
// shop sells a kind of product when it takes the selling for the
// gift-card FAQ or a policy.
var sellMisread = map[string]bool{intent.Discount: true, intent.FAQ: true, intent.ShippingInfo: true, intent.PaymentMethods: true,
	intent.OutOfScope: true, intent.Unclear: true}

// asksAboutOnly reports whether the message asks which sizes, colours or
// lengths a product kind comes in ("Какие размеры у носков?") or one of its
// attributes ("what are the hiking socks made of"), naming no size, colour,
// budget or wanted feature, when the shop has one product of that kind:
// the question is about that product, not the size guide or suggestions.
// "Warm socks?" wants socks that are warm (a season or catalog attribute),
// and stays a request for products.
func (t *turn) asksAboutOnly(in string) bool {
	e := t.u.Ents
	if e.Price != nil || e.OrderNumber != "" || len(t.askedSizes()) > 0 || len(e.Colors) > 0 || asksFit(t.text) {
		return false
	}
	// An attribute word in a request for a recommendation ("einen warmen
	// Pullover empfehlen") is what the shopper wants, not a question about
	// the one product of that kind.
	attribute := in != intent.ProductRecommendation && knowledge.AsksAttribute(t.text) &&
		len(t.attributeWords()) == 0 && t.season() == "" && !asksCheap(t.text)
	if !asksOptions(t.text) && !attribute {
		return false
	}
	_, ok := t.onlyOfKind(glossary.Terms(t.text))
	return ok
}

// fitOfNamed reports whether a message the classifier read as a return
// asks which size to take in a product ("Granite登山鞋我平时穿42码，应该买
// 哪个尺码？"): with no order number, the product and the size guide
// answer, as for a size question without a product.
func (t *turn) fitOfNamed(in string) bool {
	return in == intent.ReturnRequest && t.u.Ents.OrderNumber == "" && asksFit(t.text)
}

// run decides what the message asks for, given the dialogue state, and
// answers it. An error means the turn could not be answered (a database
// failure on the answer path): the caller stores nothing for it.
func (t *turn) run() error {
	if t.state.Awaiting == dialogue.AwaitHandoffContact && t.captureContact() {
		return t.afterAnswer()
	}
	if t.state.Pending != nil && !t.u.Person {
		// An order action awaits details or the shopper's confirmation.
		handled, err := t.continueAction()
		if err != nil {
			return err
		}
		if handled {
			return t.afterAnswer()
		}
	}
	u := t.u
	in := t.rereadIntent(t.resolveIntent())
	t.reply.Intent = in
	hs := t.settings.Handoff

	var err error
	switch {
	case t.state.Awaiting == "" && t.u.Ents.OrderNumber == "" && t.u.contact() == "" && !u.Sentiment.Frustrated && t.aboutAnswer():
		// "Seit wann gibt's euch?", "직원은 몇 명이에요?": the company's own
		// facts are its about page's, whatever topic the classifier
		// guessed (shipping, returns, an order's status, a person: "wie
		// viele Mitarbeiter" names staff but asks for none) or none.
	case in == intent.HumanHandoff:
		// An explicit ask for a person wins over frustration and order
		// numbers alike.
		if hs.OnRequest {
			err = t.handoff("requested", "handoff_requested")
		} else {
			t.say(t.t("handoff_unavailable", map[string]any{"Contact": t.shop.Email}))
		}
	case in == intent.Thanks:
		// A closing never escalates, even after failed answers.
		t.closing("thanks_closing")
	case u.Sentiment.Frustrated && hs.OnFrustration && in != intent.Greeting:
		if t.state.Awaiting == "" && t.asksAddressChange() {
			// "Shit, my old address is still on it, can it change?": the
			// hour the shop can still change it matters before anyone
			// answers, so it is said with the handover.
			t.addressPolicy()
		}
		err = t.handoff("frustration", "handoff_frustration")
	case t.state.Awaiting == "" && t.u.Ents.OrderNumber == "" && in != intent.ReturnPolicy && t.asksRestrictedShipping():
		// "Can you ship gas canisters to the US with my stove?",
		// "cartouches de gaz pour le réchaud en Suisse ?": whether
		// restricted goods travel is the shipping policy's restriction
		// rule, whichever product or place the message also names.
		t.reply.Intent = intent.ShippingInfo
		t.docAnswer("shipping_intro", "policy:shipping")
	case t.state.Awaiting == "" && t.u.Ents.OrderNumber == "" && t.u.contact() == "" && t.returnCostOfPlace():
		// "Если возвращаю куртку из Манчестера, сколько удержите?": what
		// a return from a named place costs is the refund policy's rule
		// for that place, whichever product the message also names.
		t.reply.Intent = intent.ReturnPolicy
		t.docAnswer("returns_policy_intro", "policy:refund")
	case t.asksReturnInTime(in):
		// "Il y a 12 jours… je peux encore les renvoyer ?", "收到貨第25天了，
		// 還可以退嗎？": the return window and where the shopper stands in
		// it, then the offer to start the return, whatever the classifier
		// read (a status, a refund, a product).
		err = t.returnInTime(in)
	case t.state.Awaiting == "" && !orderTasks[in] && t.asksCareOfKind() && t.careAnswer():
		// "How do I wash my down jacket?", "ダウンジャケットの洗い方":
		// the shop's care page, not products of the kind named.
	case t.state.Awaiting == "" && (productRoutable[in] || in == intent.Stock || in == intent.ProductQuestion || t.attributeOfNamed(in) ||
		in == intent.Discount || t.fitOfNamed(in) || t.optionsOfNamed(in) || t.questionNotFeedback(in) ||
		t.productOfOrderTask(in) || t.productNotShipping(in)) && !t.asksService() && t.asksNamedProduct():
		// "How bright is the Lumen headlamp?" names one product: its data
		// answers, whatever topic the classifier guessed.
		t.reply.Intent = intent.ProductQuestion
		t.productQuestion()
	case t.state.Awaiting == "" && (productRoutable[in] || in == intent.Stock || in == intent.ProductQuestion || t.attributeOfNamed(in) ||
		in == intent.Discount && (asksPrice(t.text) || asksWasPrice(t.text)) || t.productOfOrderTask(in)) &&
		!t.asksService() && t.asksViewedProduct():
		// "È impermeabile?", "Isso é à prova d'água?" on a product page
		// ask about the product on screen, whatever topic the
		// classifier guessed for so few words (an order task with no
		// order named too: "Kann ich damit einen Fluss durchqueren?"); "這個原價多少？現在特價多少？"
		// asks its prices, not for a discount code.
		t.reply.Intent = intent.ProductQuestion
		t.productQuestion()
	case t.state.Awaiting == "" && (productRoutable[in] || in == intent.Stock || in == intent.ProductQuestion || t.productOfOrderTask(in)) &&
		!t.asksService() && t.asksAboutOnly(in):
		// "メリノソックスのサイズは？", "what are the hiking socks made
		// of": the shop's only socks, named by their kind. Read as an
		// order task with no order named ("¿Cuánto espacio ahorran los
		// packing cubes?"), the product's data answers too.
		t.reply.Intent = intent.ProductQuestion
		t.productQuestion()
	case t.state.Awaiting == "" && !orderTasks[in] && t.asksSizeGuide() || t.state.Awaiting == "" && in == intent.ReturnRequest && t.u.Ents.OrderNumber == "" && t.asksSizeGuide():
		// "Which size for a 98 cm chest?": the size guide, for the body
		// part measured.
		t.sizeGuideAnswer()
	case t.state.Awaiting == "" && t.asksForProducts(in):
		// "Hebben jullie een waterdichte jas?", "sepatu hiking ukuran 42?":
		// a category with a constraint and no product's name asks for
		// products, whichever topic its words also suggest.
		t.reply.Intent = intent.ProductRecommendation
		t.recommend()
	case t.state.Awaiting == "" && t.placeRuleQuestion(in):
		// "In quanti giorni arriva un ordine in Belgio?", "일본 주문 시
		// 관세가 있나요?": a destination and a shipping, duties or return
		// cost topic, with no order to look up, ask for the rule of that
		// place, whatever order task the classifier read.
	case (orderTasks[in] || in == intent.Unclear || in == intent.OutOfScope || in == intent.ReturnPolicy && t.state.Current == 0) && t.refundTimingQuestion():
		// "When is the money back on my card?" asked in general, also
		// beside the tracking of the parcel sent back ("track & trace
		// says you have it"): the policy's refund timing, not an order
		// look-up, the tracking FAQ or a guess at the topic. Read as
		// the return policy, an FAQ sharing a word ("wann ist das Geld
		// wieder da?" is no restock) does not answer it either.
		t.reply.Intent = intent.ReturnPolicy
		t.docAnswer("returns_policy_intro", "policy:refund")
		if t.refundOverdue() {
			// "Sent it back two weeks ago, still no refund": the timing
			// first, then that refund's order is looked up.
			t.reply.Intent = intent.RefundStatus
			err = t.orderTask(intent.RefundStatus)
		}
	case (orderTasks[in] || in == intent.Unclear || in == intent.OutOfScope) && t.asksArrivalAhead():
		// "als ik vandaag om 11 uur bestel, wanneer ligt het bij mij?",
		// "je commande un vendredi, ça arrive quand ?": an order still to
		// be placed has no status; the delivery time of the shopper's
		// country answers.
		t.reply.Intent = intent.ShippingInfo
		t.docAnswer("shipping_intro", "policy:shipping")
	case t.homeArrivalMisread(in) && t.asksArrivalHome():
		// "hoe snel in huis?", "wie schnell bei mir zu Hause?": how soon
		// at the shopper's home, in too few words for the classifier, is
		// the delivery time of their country. An order task keeps its
		// look-up ("when is my order home?").
		t.reply.Intent = intent.ShippingInfo
		t.docAnswer("shipping_intro", "policy:shipping")
	case in == intent.Unclear && t.state.Awaiting == "" && t.asksFreeShipping() && knowledge.AsksServiceRule(t.text):
		// "무배 기준 금액 알려주세요" (free delivery from what amount?) in
		// too few words for the classifier: the shipping policy's
		// thresholds.
		t.reply.Intent = intent.ShippingInfo
		t.docAnswer("shipping_intro", "policy:shipping")
	case in == intent.Unclear && t.state.Awaiting == "" && knowledge.AsksDuties(t.text) && len(glossary.Terms(t.text)) == 0:
		// "관부가세 나와요?" (duties and VAT, will there be any?) in too
		// few words for the classifier, naming no product: the customs
		// rule of the shopper's country.
		t.reply.Intent = intent.ShippingInfo
		t.docAnswer("shipping_intro", "policy:shipping")
	case in == intent.Unclear && t.state.Awaiting == "" && t.faqFirst(false):
		// A merchant FAQ written for this question answers it even when
		// the classifier could not place the wording.
	case in == intent.Unclear:
		t.clarifyOrFallback()
	case (orderTasks[in] || in == intent.ChangeOrder || in == intent.Feedback) && t.shippedChangedMind():
		// "Mein Paket ist schon unterwegs, ich will es doch nicht mehr":
		// the return policy (cancel until shipped, then return within
		// the window), not an order look-up.
		t.reply.Intent = intent.ReturnPolicy
		t.changedMindPolicy()
	case t.state.Awaiting == "" && t.faqFirst(orderTasks[in]):
		// A merchant FAQ written for this question wins over routing.
	case orderTasks[in] && t.state.Awaiting == "" && t.u.Ents.OrderNumber == "" && t.u.contact() == "" && (knowledge.AsksDuties(t.text) || t.cartShippingCost()):
		// "Can you mark the package as a gift so I avoid customs?" read
		// as an order task: with no order named, the customs rule answers.
		// So does the delivery rule for an order still to be placed of an
		// amount ("wenn er für 35 Euro bestellt, zahlt er Porto?").
		t.reply.Intent = intent.ShippingInfo
		t.docAnswer("shipping_intro", "policy:shipping")
	case orderTasks[in] && t.returnWindowQuestion():
		// "How long do I have to send it back?" asked in general: the
		// policy's return window, not an order look-up.
		t.reply.Intent = intent.ReturnPolicy
		t.docAnswer("returns_policy_intro", "policy:refund")
	case orderTasks[in]:
		err = t.orderTask(in)
	case in == intent.ReturnPolicy:
		err = t.returnPolicy()
	case in == intent.ShippingInfo:
		t.docAnswer("shipping_intro", "policy:shipping")
	case storeQuestions[in]:
		t.docAnswer("", "")
		if in == intent.PaymentProblem && !t.failed && !t.conv.Handoff {
			// A failed or double charge usually needs someone who can see
			// the payment: the policy text comes with a way to reach them.
			t.reply.QuickReplies = []string{t.t("quick_human", nil)}
		}
	case in == intent.ChangeOrder && t.settings.Returns.AllowReturnRequests && t.actionsOn() &&
		len(t.u.Ents.Sizes) > 0 && actions.WantsExchange(t.text):
		// "change the jacket of order 1019 for size M" is an exchange:
		// the guided return flow handles it when returns are enabled.
		err = t.orderTask(intent.ReturnRequest)
	case in == intent.ChangeOrder && t.settings.Actions.AddressEnabled && t.actionsOn() && t.aboutAddress():
		// The merchant lets the assistant change shipping addresses itself.
		err = t.orderTask(in)
	case in == intent.ChangeOrder:
		// An address change has a policy (how long it can still change):
		// say it, then hand over as before.
		t.addressPolicy()
		err = t.changeOrder()
	case in == intent.ProductRecommendation && t.u.Ents.Price == nil && len(t.u.Ents.Colors) == 0 && len(t.u.Ents.Sizes) == 0 &&
		knowledge.AsksDuties(t.text):
		// "Kunnen jullie het als cadeau aangeven voor de douane?" names a
		// gift but asks about customs: the customs rule answers.
		t.reply.Intent = intent.ShippingInfo
		t.docAnswer("shipping_intro", "policy:shipping")
	case in == intent.ProductRecommendation && t.state.Awaiting == "" && (t.cartShippingCost() || t.sendingCostOnly()):
		// "Meine Mutter bestellt für 40 Euro, zahlt sie Porto?" with no
		// place named: the amount is the order's value and the delivery
		// cost is asked, not products under it. The shipping rule of the
		// shopper's country answers, or asks for the country.
		t.reply.Intent = intent.ShippingInfo
		t.docAnswer("shipping_intro", "policy:shipping")
	case in == intent.ProductRecommendation:
		t.recommend()
	case in == intent.ProductQuestion, in == intent.Stock:
		t.productQuestion()
	case in == intent.Greeting:
		err = t.greet()
	case in == intent.Complaint:
		t.say(t.t("complaint_sorry", nil))
		if !t.conv.Handoff {
			t.reply.QuickReplies = []string{t.t("quick_human", nil)}
		}
	case in == intent.Feedback:
		t.closing("feedback_thanks")
	case in == intent.OutOfScope && t.docsForOther():
		// The shop's FAQ or policies cover it after all.
	case in == intent.OutOfScope:
		// Counts as a failed answer: repeated off-topic or garbled messages
		// end with the offer of a person, as unclear ones do.
		t.failed = true
		t.say(t.t("out_of_scope", nil))
		t.reply.QuickReplies = t.defaultQuickReplies()
	default:
		if !t.docsForOther() {
			t.notUnderstood()
		}
	}
	if err != nil {
		return err
	}
	if err := t.afterAnswer(); err != nil {
		return err
	}
	if note := t.languageNote(); note != "" {
		t.reply.Text = note + "\n" + t.reply.Text
	}
	return nil
}

// placeRuleIntents are the readings of a message that a named destination
// with a policy topic overrides: order tasks without an order, no reading
// at all, and a greeting that goes on to ask ("哈囉～我姊姊住在舊金山，
// 買多少可以免運？": the family talk reads as small talk).
var placeRuleIntents = map[string]bool{intent.OrderStatus: true, intent.ChangeOrder: true, intent.CancelOrder: true,
	intent.ReturnRequest: true, intent.Unclear: true, intent.OutOfScope: true, intent.Greeting: true}

// placeRuleQuestion answers a question about the shipping, duties or
// return-cost rule of a place the message names, when the classifier read
// it as an order task (no order number or contact given) or not at all. It
// reports whether it answered.
func (t *turn) placeRuleQuestion(in string) bool {
	// "Vou mandar um presente pra minha tia em Miami, tem frete grátis
	// pros EUA?" names a gift but asks whether shipping there is free: a
	// recommendation with no budget that asks about free shipping to a
	// place is that place's rule.
	// Likewise "i dazi sono a carico mio?" names no product at all: the
	// duties rule of the place it names.
	freeTo := in == intent.ProductRecommendation && (t.u.Ents.Price == nil &&
		(t.asksFreeShipping() || knowledge.AsksDuties(t.text) && len(glossary.Terms(t.text)) == 0) || t.sendingCostOnly() || t.cartShippingCost())
	if !placeRuleIntents[in] && !freeTo || t.u.Ents.OrderNumber != "" || t.u.contact() != "" {
		return false
	}
	if slices.ContainsFunc(conceptsIn(t.text), func(c *faqConcept) bool {
		return c.aboutService() && (!c.inRules() || !knowledge.AsksServiceRule(t.text))
	}) {
		// "can I pay with Klarna? I'm in Austria" asks about a store
		// service, not the delivery rule of Austria: the FAQ answers.
		// So does a gift sent there without its price ("an meine Oma
		// nach Zürich, sie soll den Preis nicht sehen"), though sending
		// is a delivery word; only a concept named in passing by a
		// delivery rule ("Zoll in Franken") leaves it to the rule.
		return false
	}
	if country, named := t.destination(); !named && t.regionNamed() == "" || named && country == "" {
		return false
	}
	switch knowledge.AsksPlaceRule(t.text) {
	case knowledge.ShippingRule:
		t.reply.Intent = intent.ShippingInfo
		t.docAnswer("shipping_intro", "policy:shipping")
	case knowledge.ReturnCostRule:
		if in == intent.ReturnRequest && !knowledge.AsksReturnCost(t.text) {
			// "I want to return my jacket from Canada" starts a return;
			// "…, who pays the return shipping?" asks its cost first.
			return false
		}
		t.reply.Intent = intent.ReturnPolicy
		t.docAnswer("returns_policy_intro", "policy:refund")
	default:
		return false
	}
	return true
}

// sendingCostOnly reports whether a message read as a recommendation asks
// what sending costs and names no product kind, colour or size: "Quanto mi
// costa mandare un regalo a Singapore?" is about the delivery, the gift is
// no product asked for (an amount it names is the order's value, "beide
// onder de 75 euro").
func (t *turn) sendingCostOnly() bool {
	e := t.u.Ents
	return len(e.Colors) == 0 && len(e.Sizes) == 0 && len(glossary.Terms(t.text)) == 0 && knowledge.AsksDeliveryCost(t.text)
}

// cartShippingCost reports whether a message read as a recommendation
// asks what shipping an order of a stated value costs, or whether it ships
// free ("mijn mandje is 60 euro, wat kost de verzending?", "dia mau beli
// jaket 90 euro, kena ongkir?"): a plain amount in euros is the cart, not a
// budget ("a jacket under 90 euros" is a budget), and the rule of the
// destination answers with how far the cart is from free shipping.
func (t *turn) cartShippingCost() bool {
	if t.u.Ents.Price == nil || !t.asksFreeShipping() && !knowledge.AsksDeliveryCost(t.text) {
		return false
	}
	loc := cartAmountRE.FindStringIndex(t.text)
	return loc != nil && !entities.IsBoundAmount(t.text, loc[0], loc[1])
}

// asksRestrictedShipping reports whether the message asks to send goods
// the carriers restrict: with a shipping word, or to a place it names
// ("Kunnen de gaspatronen ook mee naar Bergen?"). A product line named
// like a city (Flint) is no place (locate sets it aside).
func (t *turn) asksRestrictedShipping() bool {
	if knowledge.AsksRestrictedShipping(t.text) {
		return true
	}
	if !knowledge.NamesRestrictedGoods(t.text) {
		return false
	}
	country, named := t.destination()
	return named && country != "" || t.regionNamed() != ""
}

// returnCostOfPlace reports whether the message asks what returning
// costs, or who pays it, from a place it names.
func (t *turn) returnCostOfPlace() bool {
	if !knowledge.AsksReturnCost(t.text) || knowledge.AsksPlaceRule(t.text) != knowledge.ReturnCostRule {
		return false
	}
	country, named := t.destination()
	return named && country != "" || t.regionNamed() != ""
}

// changeOrder passes a request to modify a placed order to the merchant
// (the assistant has no Admin API write for it), like a handoff with its
// own wording.
func (t *turn) changeOrder() error {
	if !t.settings.Handoff.OnRequest {
		t.say(t.t("handoff_unavailable", map[string]any{"Contact": t.shop.Email}))
		return nil
	}
	t.say(t.t("handoff_change_order", nil))
	if err := t.flagForMerchant("change_order"); err != nil {
		return err
	}
	if t.conv.CustomerEmail == "" && t.conv.CustomerPhone == "" && t.req.CustomerID == 0 {
		t.say(t.t("handoff_ask_email", nil))
	}
	return nil
}

// misreading is one correction of the classifier's reading: a message read
// as one of the from intents that test says is about another is read as
// to instead.
type misreading struct {
	from map[string]bool
	test func(t *turn) bool
	to   string
}

// readAsPerson is the reading a misreading of a request for a person
// starts from.
var readAsPerson = map[string]bool{intent.HumanHandoff: true}

// misreadings are the classifier's known misreadings, applied in order (a
// correction may feed the next one).
var misreadings = []misreading{
	// "I moved, can the parcel go to my new flat?", "Typo in my
	// postcode": a change of the address, whatever the classifier read
	// (a status, a cancellation, shipping).
	{addressMisread, (*turn).asksAddressChange, intent.ChangeOrder},
	// "How do I get told when the boot is back in my size?": being
	// contacted about a store service reads as asking for a person to the
	// classifier, but no person was asked for and the FAQ answers.
	{readAsPerson, func(t *turn) bool { return !t.u.Person && t.asksService() }, intent.FAQ},
	// "物流追蹤好幾天都沒更新，要等多久才聯絡你們？": when to get in touch
	// about a parcel that does not move reads as asking for a person, but
	// none was asked for; the tracking entry says when (after 7 business
	// days).
	{readAsPerson, func(t *turn) bool {
		return t.noPersonAsked() && slices.ContainsFunc(conceptsIn(t.text), isTracking)
	}, intent.FAQ},
	// "Ik wil een lichte tent", "Quero uma bússola", "Нужен термос": a wish
	// to buy a kind of product reads as asking for a person, but no person
	// was asked for; products answer. So do the people a kind is for
	// ("Палатка для четырёх человек": "человек" counts them, it asks for
	// none).
	{readAsPerson, func(t *turn) bool {
		return t.noPersonAsked() && (wantsToBuy(t.text) || partySize(t.text) > 0) && len(glossary.Terms(t.text)) > 0
	}, intent.ProductRecommendation},
	// "我人在纽约，下单后几个工作日能到？": the colloquial 人在 ("I am
	// (physically) in") reads as asking for a person, but none was asked
	// for; a place named with a delivery, duties or return-cost topic
	// asks that place's rule, which placeRuleQuestion answers.
	{readAsPerson, func(t *turn) bool {
		if !t.noPersonAsked() || knowledge.AsksPlaceRule(t.text) == knowledge.NoPlaceRule {
			return false
		}
		_, named := t.destination()
		return named
	}, intent.Unclear},
	// "Kann ich damit durch einen Bach waten?" on a product page: a
	// name-like word ("Bach") reads as asking for a person, but no person
	// was asked for; the product answers.
	{readAsPerson, func(t *turn) bool { return t.noPersonAsked() && t.asksViewedProduct() }, intent.ProductQuestion},
	// "Verkopen jullie tenten?", "Güneş gözlüğü satıyor musunuz?", "Gibt es
	// eine Reisehängematte?": asking whether the shop sells or has a kind
	// of product reads as the gift-card FAQ ("do you sell gift cards?"),
	// the price match ("gibt es eine Preisgarantie?") or a policy; the
	// products of that kind answer.
	{sellMisread, func(t *turn) bool {
		return !t.u.Person && t.u.Ents.OrderNumber == "" &&
			(asksSells(t.text) && len(glossary.Terms(t.text)) > 0 || asksKindAfterCue(t.text))
	}, intent.ProductRecommendation},
}

// noPersonAsked reports that a message reading as a request for a person
// asks for none: no person named, no frustration, no order or contact
// given.
func (t *turn) noPersonAsked() bool {
	u := t.u
	return !u.Person && !u.Sentiment.Frustrated && u.Ents.OrderNumber == "" && u.contact() == ""
}

// rereadIntent corrects the classifier's reading where the message says
// otherwise (misreadings), only when the bot awaits no answer.
func (t *turn) rereadIntent(in string) string {
	if t.state.Awaiting != "" {
		return in
	}
	for _, m := range misreadings {
		if m.from[in] && m.test(t) {
			in = m.to
		}
	}
	return in
}

// resolveIntent combines the classifier with the dialogue: an answer to the
// bot's question continues the task in progress; a confident other intent
// switches topic.
func (t *turn) resolveIntent() string {
	u, st := t.u, &t.state
	in := u.Intent
	if u.Person || (in == intent.Thanks && u.Verdict == intent.Answer && u.Ents.OrderNumber == "" && u.contact() == "") {
		// Neither is an answer to the bot's question: a person is
		// explicitly wanted, or the shopper is done.
		st.Drop()
		return in
	}
	if st.Awaiting != "" {
		answered := (st.Awaiting == dialogue.AwaitOrderNumber && u.Ents.OrderNumber != "") ||
			(st.Awaiting == dialogue.AwaitContact && (u.contact() != "" || u.Ents.OrderNumber != ""))
		switch {
		case answered:
			return st.Task
		case in == st.Task || orderTasks[in]:
			return in
		case in != intent.OutOfScope && u.Verdict == intent.Answer && u.Confidence >= switchConfidence:
			st.Drop()
			return in
		default:
			// Neither an answer nor a clear new request: ask again.
			return st.Task
		}
	}
	if u.contact() != "" && (in == intent.OutOfScope || u.Verdict != intent.Answer) {
		return intent.OrderStatus
	}
	if t.state.Current != 0 && t.followUp() && (in == intent.ShippingInfo || in == intent.OutOfScope || u.Verdict != intent.Answer) {
		// "and when will it arrive?" right after an order's status is about
		// that order, not the shipping policy or off topic.
		return intent.OrderStatus
	}
	if u.Verdict != intent.Answer {
		return intent.Unclear
	}
	return in
}

// clarifyOrFallback answers a message no intent is sure for: one question
// with the two likeliest topics as quick replies when two share most of the
// probability, otherwise an honest "I didn't understand" offering a person.
func (t *turn) clarifyOrFallback() {
	if t.u.Verdict == intent.Clarify && len(t.u.Alternatives) == 2 {
		t.stats.clarified = true
		// A question asked instead of the out-of-scope reply
		// (intent.OutOfScopeDoubt) answered nothing either: it counts
		// toward the handoff after repeated failed answers, as that reply
		// does, so garbled messages still end with a person.
		if t.u.Intent == intent.OutOfScope {
			t.failed = true
		}
		t.say(t.t("clarify_question", nil))
		for _, in := range t.u.Alternatives {
			t.reply.QuickReplies = append(t.reply.QuickReplies, t.t("topic_"+in, nil))
		}
		if !t.conv.Handoff {
			t.reply.QuickReplies = append(t.reply.QuickReplies, t.t("quick_human", nil))
		}
		return
	}
	t.notUnderstood()
}

// closing ends the exchange politely and offers a rating of the chat; it
// never counts as a failed answer, so "thanks" then "bye" cannot escalate.
func (t *turn) closing(key string) {
	t.say(t.t(key, nil))
	t.reply.AskRating = true
}

// followUp reports whether a delivery question refers to the verified order
// under discussion ("and when will it arrive?") rather than to the policy.
func (t *turn) followUp() bool {
	return t.conv.LastIntent == intent.OrderStatus && t.u.Ents.OrderNumber == "" && len([]rune(t.text)) < 60
}

// afterAnswer counts unhelpful answers and hands over after too many.
func (t *turn) afterAnswer() error {
	if !t.failed {
		if t.reply.Intent != intent.Unclear {
			t.conv.FailedAnswers = 0
		}
		t.finishQuickReplies()
		return nil
	}
	t.conv.FailedAnswers++
	if n := t.settings.Handoff.AfterFailed; n > 0 && t.conv.FailedAnswers >= n && !t.conv.Handoff {
		t.reply.Text = ""
		if err := t.handoff("repeated_failure", "handoff_repeated_failure"); err != nil {
			return err
		}
	}
	t.finishQuickReplies()
	return nil
}

func (t *turn) finishQuickReplies() {
	t.reply.Handoff = t.conv.Handoff
	if len(t.reply.QuickReplies) > 0 {
		return
	}
	switch t.reply.Intent {
	case intent.Greeting, intent.Unclear:
		t.reply.QuickReplies = t.defaultQuickReplies()
	}
}

func (t *turn) defaultQuickReplies() []string {
	qr := []string{t.t("quick_track_order", nil), t.t("quick_return_item", nil), t.t("quick_recommend", nil)}
	if !t.conv.Handoff {
		qr = append(qr, t.t("quick_human", nil))
	}
	return qr
}

func (t *turn) notUnderstood() {
	t.failed = true
	t.say(t.t("fallback_not_understood", nil))
	t.reply.QuickReplies = t.defaultQuickReplies()
}

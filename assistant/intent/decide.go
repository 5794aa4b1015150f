package intent

import (
	"slices"
	"sort"
)

// Verdict is what the assistant should do with a prediction.
type Verdict int

const (
	// Answer: the top intent is sure enough to act on.
	Answer Verdict = iota
	// Clarify: two in-scope intents share most of the probability; ask the
	// shopper which one they mean, offering both as quick replies.
	Clarify
	// Unsure: no intent is likely enough; say so and offer a person.
	Unsure
)

func (v Verdict) String() string {
	switch v {
	case Answer:
		return "answer"
	case Clarify:
		return "clarify"
	default:
		return "unsure"
	}
}

// Thresholds of Decide, chosen on 5-fold cross-validated predictions of the
// training corpus so that at most ~5 % of in-scope messages are held back
// (README.md, "Calibrated uncertainty"); they are not tuned on any
// evaluation set.
const (
	// AnswerConfidence is the top probability from which the assistant acts.
	AnswerConfidence = 0.40
	// ClarifyMass is the probability the two likeliest intents must share
	// for a clarifying question to be worth asking.
	ClarifyMass = 0.55
	// OutOfScopeDoubt: when out_of_scope is the likeliest reading but the
	// two likeliest askable intents together still hold this much
	// probability, the assistant asks which of the two is meant instead of
	// saying it only helps with the shop. Short support fragments ("what is
	// the status?", "when can we expect", "EMI?") share their wording with
	// the general-assistant requests the out_of_scope class learnt from
	// CLINC150, so a shopper who means the shop is often read as off-topic;
	// a clarifying question is as safe as the out-of-scope reply on a
	// message that really is off-topic (it answers no topic and offers a
	// person), and reaches the right topic in one tap on one that is not.
	// Read off 5-fold out-of-fold predictions (TestCalibration): 0.10 cuts
	// in-scope messages needlessly rejected (NeedlesslyRejected) on the
	// public train splits from 5.3 % to 3.5 %, out-of-scope handling stays
	// 86.9 %, and 14.6 % of out-of-scope messages get the question instead
	// of the out-of-scope reply (0.15: 3.9 % and 10.7 %).
	OutOfScopeDoubt = 0.10
	// SocialDoubt: an out-of-scope reading whose likeliest other intent is
	// a greeting or a closing holding at least this much is read as that
	// greeting or closing ("tata for now", "I appreciate what you did").
	// The out-of-scope reply counts as a failed answer, so a shopper saying
	// goodbye would be pushed toward a person, which issue #12 forbids; a
	// friendly greeting or closing to a message that really is off-topic
	// costs little. Out-of-fold (TestCalibration): 0.25 cuts needless
	// rejections on the public train splits by a further ~0.3 points and
	// lowers out-of-scope handling by ~1.2.
	SocialDoubt = 0.25
	// ShopDoubt replaces OutOfScopeDoubt for a message that names a shop
	// concept (Prediction.ShopWords): "I would like to get dealership",
	// "which products would you recommend", "100 night trial?" are read
	// as off-topic with confidence because the general-assistant requests
	// of CLINC150 share their sentence frames, yet the concept says the
	// shopper is talking about the shop. Read off out-of-fold predictions
	// (TestCalibration; README.md, round 4): 0.01 cuts needless rejections
	// on the public train splits from 2.9 % to 2.5 % (before the greeting
	// reread), leaves out-of-scope handling unchanged (a question counts as
	// handled) and clarifies 15.1 % of out-of-scope messages instead of
	// 14.3 % (0.00: 2.5 % and 17.0 %).
	ShopDoubt = 0.01
)

// Ranked returns the intents ordered by decreasing probability.
func (p Prediction) Ranked() []string {
	out := make([]string, 0, len(p.Scores))
	for in := range p.Scores {
		out = append(out, in)
	}
	sort.Slice(out, func(i, j int) bool {
		if p.Scores[out[i]] != p.Scores[out[j]] {
			return p.Scores[out[i]] > p.Scores[out[j]]
		}
		return out[i] < out[j]
	})
	return out
}

// clarifiable are the intents a clarifying question can offer: a shopper
// cannot be asked "did you mean: out of scope?".
func clarifiable(in string) bool {
	switch in {
	case OutOfScope, Greeting, Thanks, Complaint, Feedback:
		return false
	}
	return true
}

// Decide turns a prediction into a verdict and, for Clarify, the two
// intents to offer.
func Decide(p Prediction) (Verdict, []string) { return decide(p, OutOfScopeDoubt, ShopDoubt) }

func decide(p Prediction, doubt, shopDoubt float64) (Verdict, []string) {
	if social(p) {
		return Answer, nil
	}
	if p.ShopWords {
		doubt = min(doubt, shopDoubt)
	}
	if p.Intent == OutOfScope {
		if alts := askable(p, 2); len(alts) == 2 && p.Scores[alts[0]]+p.Scores[alts[1]] >= doubt {
			return Clarify, alts
		}
	}
	if p.Confidence >= AnswerConfidence {
		return Answer, nil
	}
	r := p.Ranked()
	if len(r) >= 2 && clarifiable(r[0]) && clarifiable(r[1]) && p.Scores[r[0]]+p.Scores[r[1]] >= ClarifyMass {
		return Clarify, r[:2]
	}
	return Unsure, nil
}

// Reread returns p with an out-of-scope reading replaced by the greeting or
// closing that is its runner-up with at least SocialDoubt; Confidence
// becomes the probability of the two together (what the reading is sure
// of: the message asks about no shop topic). Other predictions are
// returned as they are. Call it before Decide.
func Reread(p Prediction) Prediction { return reread(p, SocialDoubt) }

func reread(p Prediction, g float64) Prediction {
	if p.Intent != OutOfScope {
		return p
	}
	r := p.Ranked()
	if len(r) < 2 || (r[1] != Greeting && r[1] != Thanks) || p.Scores[r[1]] < g {
		return p
	}
	return Prediction{Intent: r[1], Confidence: p.Scores[r[0]] + p.Scores[r[1]], Scores: p.Scores}
}

// social reports whether a prediction was reread as a greeting or closing
// over an out-of-scope reading (Reread): it is answered as such.
func social(p Prediction) bool {
	return (p.Intent == Greeting || p.Intent == Thanks) && len(p.Scores) > 0 && p.Scores[OutOfScope] > p.Scores[p.Intent]
}

// askable returns the n likeliest intents a clarifying question can offer.
func askable(p Prediction, n int) []string {
	var out []string
	for _, in := range p.Ranked() {
		if len(out) == n {
			break
		}
		if clarifiable(in) {
			out = append(out, in)
		}
	}
	return out
}

// OutOfScopeConfident reports whether a prediction reads the message as out
// of scope with the confidence Decide answers at, whatever the verdict (an
// out-of-scope reading with some in-scope doubt is clarified, but it is
// still no evidence that the message is about the shop).
func OutOfScopeConfident(p Prediction) bool {
	return p.Intent == OutOfScope && p.Confidence >= AnswerConfidence
}

// Handled reports whether a verdict on a prediction keeps the assistant from
// answering a topic: it falls back, clarifies, or the message was read as
// out of scope or as a request for a person. Used to score out-of-scope
// sets.
func Handled(p Prediction, v Verdict) bool {
	return v != Answer || p.Intent == OutOfScope || p.Intent == HumanHandoff
}

// NeedlesslyRejected reports whether a message that wants an in-scope
// intent was kept from it: not understood, answered as out of scope, or
// asked a clarifying question that does not offer the intent. A clarifying
// question offering it is not a rejection: one tap on its quick reply gets
// the answer (issue #12 asks for exactly this question when unsure).
func NeedlesslyRejected(want string, p Prediction, v Verdict, alts []string) bool {
	switch v {
	case Answer:
		return p.Intent == OutOfScope
	case Clarify:
		return !slices.Contains(alts, want)
	}
	return true
}

// legacyLabels maps each intent to the 11-label taxonomy used before issue
// #12, so sets written then (fresh.jsonl) are still scored without being
// relabelled by someone who would have to read them.
var legacyLabels = map[string]string{
	OrderStatus: OrderStatus, ShippingInfo: ShippingInfo, ReturnRequest: ReturnRequest,
	RefundStatus: ReturnRequest, ReturnPolicy: ReturnPolicy, CancelOrder: CancelOrder,
	ChangeOrder: FAQ, Invoice: FAQ, PaymentMethods: FAQ, PaymentProblem: FAQ, Account: FAQ,
	Discount: FAQ, ProductQuestion: ProductQuestion, ProductRecommendation: ProductRecommendation,
	Stock: ProductQuestion, HumanHandoff: HumanHandoff, Complaint: Unclear, Feedback: Unclear,
	Greeting: Greeting, Thanks: Unclear, FAQ: FAQ, OutOfScope: Unclear,
}

// LegacyLabel is the pre-#12 label an intent falls under ("other" for
// thanks, feedback, complaints and out-of-scope messages).
func LegacyLabel(in string) string { return legacyLabels[in] }

// LegacyIntents are the labels of the pre-#12 taxonomy.
var LegacyIntents = []string{OrderStatus, ReturnRequest, ReturnPolicy, CancelOrder, ShippingInfo,
	ProductRecommendation, ProductQuestion, FAQ, HumanHandoff, Greeting, Unclear}

package assistant

import (
	"shopassist/assistant/dialogue"
	"shopassist/assistant/intent"
)

// switchConfidence is how sure the classifier must be before a message
// abandons the slot the bot asked for (topic switch) instead of being read
// as an answer to it.
const switchConfidence = 0.6

// orderTasks are the intents that need a verified order.
var orderTasks = map[string]bool{intent.OrderStatus: true, intent.ReturnRequest: true, intent.CancelOrder: true}

// run decides what the message asks for, given the dialogue state, and
// answers it. An error means the turn could not be answered (a database
// failure on the answer path): the caller stores nothing for it.
func (t *turn) run() error {
	if t.state.Awaiting == dialogue.AwaitHandoffContact && t.captureContact() {
		return t.afterAnswer()
	}
	if t.closing() {
		return t.afterAnswer()
	}
	u := t.u
	in := t.resolveIntent()
	t.reply.Intent = in
	hs := t.settings.Handoff

	var err error
	switch {
	case u.Sentiment.Frustrated && hs.OnFrustration && in != intent.Greeting:
		err = t.handoff("frustration", "handoff_frustration")
	case in == intent.HumanHandoff:
		if hs.OnRequest {
			err = t.handoff("requested", "handoff_requested")
		} else {
			t.say(t.x("handoff_unavailable", map[string]any{"Contact": t.shop.Email}))
		}
	case orderTasks[in]:
		err = t.orderTask(in)
	case in == intent.ReturnPolicy:
		err = t.returnPolicy()
	case in == intent.ShippingInfo:
		if t.state.Current != 0 && t.followUp() {
			t.reply.Intent = intent.OrderStatus
			err = t.orderTask(intent.OrderStatus)
		} else {
			t.docAnswer("shipping_intro", "policy:shipping")
		}
	case in == intent.FAQ:
		t.docAnswer("", "")
	case in == intent.ProductRecommendation:
		t.recommend()
	case in == intent.ProductQuestion:
		t.productQuestion()
	case in == intent.Greeting:
		err = t.greet()
	default:
		t.notUnderstood()
	}
	if err != nil {
		return err
	}
	return t.afterAnswer()
}

// resolveIntent combines the classifier with the dialogue: an answer to the
// bot's question continues the task in progress; a confident other intent
// switches topic.
func (t *turn) resolveIntent() string {
	u, st := t.u, &t.state
	in := u.Intent
	if st.Awaiting != "" {
		answered := (st.Awaiting == dialogue.AwaitOrderNumber && u.Ents.OrderNumber != "") ||
			(st.Awaiting == dialogue.AwaitContact && (u.contact() != "" || u.Ents.OrderNumber != ""))
		switch {
		case answered:
			return st.Task
		case in == st.Task || orderTasks[in]:
			return in
		case in != intent.Other && u.Confidence >= switchConfidence:
			st.Drop()
			return in
		default:
			// Neither an answer nor a clear new request: ask again.
			return st.Task
		}
	}
	if u.contact() != "" && in == intent.Other {
		return intent.OrderStatus
	}
	return in
}

// followUp reports whether a delivery question refers to the verified order
// under discussion ("and when will it arrive?") rather than to the policy.
func (t *turn) followUp() bool {
	return t.conv.LastIntent == intent.OrderStatus && t.u.Ents.OrderNumber == "" && len([]rune(t.text)) < 60
}

// afterAnswer counts unhelpful answers and hands over after too many.
func (t *turn) afterAnswer() error {
	if !t.failed {
		if t.reply.Intent != intent.Other {
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
	case intent.Greeting, intent.Other:
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

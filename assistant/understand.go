package assistant

import (
	"strings"

	"shopassist/assistant/entities"
	"shopassist/assistant/intent"
	"shopassist/assistant/lang"
	"shopassist/assistant/sentiment"
)

// understanding is what the NLU found in one message.
type understanding struct {
	Lang       string
	LangConf   float64
	Intent     string
	Confidence float64
	Ents       entities.Entities
	Sentiment  sentiment.Result
}

// understand runs language detection, intent classification, entity
// extraction and frustration scoring on a message.
func (e *Engine) understand(text string, priors lang.Priors) understanding {
	a := e.nlu.Analyze(text, priors)
	u := understanding{Lang: a.Lang, LangConf: a.LangConfidence, Intent: a.Intent, Confidence: a.IntentConfidence,
		Ents: a.Entities, Sentiment: a.Sentiment}
	// A bare order number or contact detail carries no intent words; the
	// dialogue decides what it continues, so do not let "other" win on a
	// guess.
	if u.Ents.OrderNumber != "" && u.Intent == intent.Other {
		u.Intent = intent.OrderStatus
	}
	return u
}

// hasContact reports whether the message carries an email or phone number.
func (u understanding) contact() string {
	if u.Ents.Email != "" {
		return u.Ents.Email
	}
	return u.Ents.Phone
}

// productQuery is the text sent to the index: the content words when the
// NLU found any, the message otherwise.
func (u understanding) productQuery(text string) string {
	if len(u.Ents.ProductWords) > 0 {
		return strings.Join(u.Ents.ProductWords, " ")
	}
	return text
}

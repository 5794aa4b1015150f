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
	Lang     string
	LangConf float64
	// Unsupported is the shopper's language when it is not supported
	// (ISO 639-1); Lang is then only the detector's fallback.
	Unsupported string
	Intent      string
	Confidence  float64
	// Verdict and Alternatives: whether to act on Intent, ask which of
	// Alternatives the shopper means, or admit not understanding.
	Verdict      intent.Verdict
	Alternatives []string
	// Person: the shopper explicitly asked for a human.
	Person    bool
	Ents      entities.Entities
	Sentiment sentiment.Result
}

// understand runs language detection, intent classification, entity
// extraction and frustration scoring on a message.
func (e *Engine) understand(text string, priors lang.Priors) understanding {
	a := e.nlu.Analyze(text, priors)
	u := understanding{Lang: a.Lang, LangConf: a.LangConfidence, Unsupported: a.Unsupported, Intent: a.Intent, Confidence: a.IntentConfidence,
		Verdict: a.Verdict, Alternatives: a.Alternatives, Person: a.AsksForPerson, Ents: a.Entities, Sentiment: a.Sentiment}
	// nlu.Analyze already lets an order number win over an unsure or
	// out-of-scope reading, so nlueval measures what the chat does.
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

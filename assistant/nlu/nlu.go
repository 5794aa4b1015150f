// Package nlu is the single entry point of the assistant's language
// understanding: one call detects the language, classifies the intent,
// extracts entities and rates frustration.
package nlu

import (
	"fmt"
	"strings"
	"unicode"

	"shopassist/assistant/entities"
	"shopassist/assistant/intent"
	"shopassist/assistant/lang"
	"shopassist/assistant/sentiment"
)

// Analyzer holds the trained models. Build one per process with New; it is
// immutable and safe for concurrent use.
type Analyzer struct {
	detector   *lang.Detector
	classifier *intent.Classifier
}

// Analysis is everything the dialogue engine needs to know about a message.
type Analysis struct {
	Lang           string
	LangConfidence float64
	// LangFromPriors is true when the message was too short to tell and the
	// language came from the conversation, storefront or browser.
	LangFromPriors bool
	// DetectedLang is the language the message is written in: Lang, or an
	// unsupported language's ISO 639-1 code, in which case the reply is in
	// Lang with a one-line note in DetectedLang (lang.UnsupportedNote).
	DetectedLang string
	// Unsupported is DetectedLang when it is not a supported language.
	Unsupported      string
	Intent           string
	IntentConfidence float64
	// IntentScores holds every intent's probability, for engines that want a
	// second choice or their own threshold.
	IntentScores map[string]float64
	// Verdict says whether the intent is sure enough to act on, worth a
	// clarifying question between Alternatives, or not understood
	// (intent.Decide).
	Verdict      intent.Verdict
	Alternatives []string
	// AsksForPerson is true when the message explicitly asks for a human
	// (intent.AsksForPerson); Intent is then human_handoff.
	AsksForPerson bool
	Entities      entities.Entities
	Sentiment     sentiment.Result
}

// New trains the language detector and the intent classifier from their
// embedded corpora (deterministic; about half a second on one core).
func New() (*Analyzer, error) {
	det, err := lang.New()
	if err != nil {
		return nil, fmt.Errorf("nlu: language detector: %w", err)
	}
	clf, err := intent.Load()
	if err != nil {
		return nil, fmt.Errorf("nlu: intent classifier: %w", err)
	}
	return &Analyzer{detector: det, classifier: clf}, nil
}

// Analyze understands one shopper message given what is known of the
// shopper's language beforehand.
func (a *Analyzer) Analyze(text string, priors lang.Priors) Analysis {
	l := a.detector.Detect(text, priors)
	p := intent.Reread(a.classifier.Predict(text))
	verdict, alts := intent.Decide(p)
	person := intent.AsksForPerson(text)
	if person {
		// An explicit ask for a person wins over whatever else the message
		// is about (an order number, a complaint).
		p.Intent, verdict, alts = intent.HumanHandoff, intent.Answer, nil
	}
	ents := entities.Extract(text, l.Lang)
	// A bare order number carries no intent words: "#1017", "order
	// 00004587345 ??". An unsure or out-of-scope reading would answer a
	// shopper who is plainly asking about an order with a fallback, so the
	// order number wins unless the shopper asked for a person. A confident
	// out-of-scope sentence that merely contains a number ("what is 300
	// divided by 42", "films from 2001") stays out of scope.
	// An out-of-scope reading that Decide only clarifies for some in-scope
	// doubt is still a confident out-of-scope reading here.
	offTopic := intent.OutOfScopeConfident(p)
	if ents.OrderNumber != "" && p.Intent != intent.HumanHandoff &&
		(verdict != intent.Answer && !offTopic || p.Intent == intent.OutOfScope && letterWords(text) <= bareNumberWords) {
		p.Intent, verdict, alts = intent.OrderStatus, intent.Answer, nil
	}
	return Analysis{
		Lang:             l.Lang,
		LangConfidence:   l.Confidence,
		LangFromPriors:   l.FromPriors,
		DetectedLang:     detected(l),
		Unsupported:      l.Unsupported,
		Intent:           p.Intent,
		IntentConfidence: p.Confidence,
		IntentScores:     p.Scores,
		Verdict:          verdict,
		AsksForPerson:    person,
		Alternatives:     alts,
		Entities:         ents,
		Sentiment:        sentiment.Score(text, l.Lang),
	}
}

// Detector exposes the language detector for callers that only need it.
func (a *Analyzer) Detector() *lang.Detector { return a.detector }

// Classifier exposes the intent classifier, e.g. for evaluation.
func (a *Analyzer) Classifier() *intent.Classifier { return a.classifier }

// bareNumberWords is how many words besides an order number a message may
// have and still be "just the order number" ("order 1017 please ??").
const bareNumberWords = 3

// letterWords counts the words with a letter in them; a Han, kana or Hangul
// run counts one word per two characters, as these scripts use no spaces.
func letterWords(text string) int {
	n := 0
	for _, f := range strings.Fields(text) {
		latin, cjk := false, 0
		for _, r := range f {
			switch {
			case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul):
				cjk++
			case unicode.IsLetter(r):
				latin = true
			}
		}
		if latin {
			n++
		}
		n += (cjk + 1) / 2
	}
	return n
}

func detected(r lang.Result) string {
	if r.Unsupported != "" {
		return r.Unsupported
	}
	return r.Lang
}

package assistant

import (
	"slices"
	"strings"

	"shopassist/assistant/entities"
	"shopassist/assistant/intent"
	"shopassist/assistant/lang"
)

// Directive states what a structured caller asks — an outside AI agent
// through the MCP endpoint, which fills in a tool's typed arguments — so
// the engine need not guess it from words. Everything after understanding
// is the widget's path: the same skills, identity proof, attempt limits and
// replies, so an agent gets exactly the answers a shopper would.
type Directive struct {
	// Intent is one of intent.Intents; empty keeps the classifier's.
	Intent string
	// OrderNumber is the order's name or number ("#1001", "1001").
	OrderNumber string
	// Contact is the email or phone the caller offers as proof of
	// identity for OrderNumber; it is checked like a typed one.
	Contact string
	// Language is the reply language (a supported BCP-47 tag); empty
	// detects it from the message.
	Language string
	// Constraints of a product search, added to what the message names.
	Price  *entities.PriceRange
	Colors []string
	Sizes  []string
}

// ValidIntent reports whether name is an intent a Directive may carry.
func ValidIntent(name string) bool { return slices.Contains(intent.Intents, name) }

// direct overrides the understanding with what the directive states.
func (u *understanding) direct(d *Directive) {
	if d == nil {
		return
	}
	if l, ok := lang.Normalize(d.Language); ok && d.Language != "" {
		u.Lang, u.LangConf, u.Unsupported = l, 1, ""
	}
	if ValidIntent(d.Intent) {
		u.Intent, u.Confidence, u.Verdict, u.Alternatives = d.Intent, 1, intent.Answer, nil
		u.Person = d.Intent == intent.HumanHandoff
	}
	if n := strings.TrimSpace(d.OrderNumber); n != "" {
		if ents := entities.Extract("#"+strings.TrimLeft(n, "#"), u.Lang); ents.OrderNumber != "" {
			u.Ents.OrderNumber = ents.OrderNumber
		}
	}
	if c := strings.TrimSpace(d.Contact); c != "" {
		// Normalised exactly as a typed contact would be.
		ents := entities.Extract(c, u.Lang)
		switch {
		case ents.Email != "":
			u.Ents.Email, u.Ents.Phone = ents.Email, ""
		case ents.Phone != "":
			u.Ents.Email, u.Ents.Phone = "", ents.Phone
		}
	}
	if d.Price != nil {
		p := *d.Price
		u.Ents.Price = &p
	}
	// Colours and sizes are canonicalised as in a message ("rot" → red,
	// "xl" → XL), so the caller may name them in any language.
	if len(d.Colors) > 0 {
		u.Ents.Colors = appendNew(u.Ents.Colors, entities.Extract(strings.Join(d.Colors, ", "), u.Lang).Colors)
	}
	if len(d.Sizes) > 0 {
		u.Ents.Sizes = appendNew(u.Ents.Sizes, entities.Extract("size "+strings.Join(d.Sizes, ", size "), u.Lang).Sizes)
	}
}

func appendNew(have, add []string) []string {
	for _, v := range add {
		if v = strings.TrimSpace(v); v != "" && !slices.Contains(have, v) {
			have = append(have, v)
		}
	}
	return have
}

package app

import (
	"context"

	"shopassist/assistant"
	"shopassist/db"
)

// engineTester adapts the assistant engine's dry run to the admin's test box.
type engineTester struct{ e *assistant.Engine }

// Probe answers without storing anything; suggested products count as
// sources so the merchant sees everything the answer drew on.
func (t engineTester) Probe(ctx context.Context, shop *db.Shop, message, locale string) (AssistantProbe, error) {
	an, err := t.e.Analyze(ctx, shop, message, locale)
	if err != nil {
		return AssistantProbe{}, err
	}
	p := AssistantProbe{Reply: an.Reply, Language: an.Language, Intent: an.Intent, Confidence: an.Confidence}
	for _, s := range an.Sources {
		p.Sources = append(p.Sources, ProbeSource{Kind: s.Kind, Title: s.Title, URL: s.URL})
	}
	for _, c := range an.Cards {
		if c.Type == "product" && c.Title != "" {
			p.Sources = append(p.Sources, ProbeSource{Kind: "product", Title: c.Title})
		}
	}
	return p, nil
}

package app

import (
	"context"
	"strconv"

	"shopassist/assistant"
	"shopassist/views"
)

// probeView shows the engine's dry run of a merchant's test message.
// Suggested products count as sources so the merchant sees everything the
// answer drew on.
func probeView(ctx context.Context, message string, an *assistant.Analysis) *views.ProbeView {
	pv := &views.ProbeView{Message: message, Reply: an.Reply, Language: views.LanguageName(ctx, an.Language),
		Intent: views.IntentLabel(ctx, an.Intent)}
	if an.Confidence > 0 {
		pv.Confidence = strconv.Itoa(int(an.Confidence*100+0.5)) + "%"
	}
	for _, s := range an.Sources {
		pv.Sources = append(pv.Sources, views.Source{Kind: s.Kind, Title: s.Title, URL: s.URL})
	}
	for _, c := range an.Cards {
		if c.Type == "product" && c.Title != "" {
			pv.Sources = append(pv.Sources, views.Source{Kind: "product", Title: c.Title})
		}
	}
	return pv
}

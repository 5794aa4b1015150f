package app

import (
	"fmt"

	"shopassist/assistant"
	"shopassist/assistant/actionapi"
	"shopassist/assistant/llm"
	"shopassist/assistant/returnapi"
)

// registerAssistant builds the conversation engine on the knowledge index;
// the optional LLM and Shopify return requests are wired when configured.
func (a *App) registerAssistant() error {
	opts := assistant.Options{Now: a.now, Logger: a.log}
	if a.cfg.LLMBaseURL != "" {
		client, err := llm.New(llm.Config{BaseURL: a.cfg.LLMBaseURL, APIKey: a.cfg.LLMAPIKey, Model: a.cfg.LLMModel})
		if err != nil {
			return fmt.Errorf("assistant llm: %w", err)
		}
		opts.LLM = client
		a.llm = client
	}
	if !a.cfg.Demo() {
		opts.Returns = returnapi.New(a.shopify, a.tokens)
		// Guarded order actions; each stays off until the merchant
		// switches it on under Settings → Actions.
		opts.Actions = actionapi.New(a.shopify, a.tokens)
	}
	engine, err := assistant.New(a.store, a.Knowledge(), opts)
	if err != nil {
		return err
	}
	a.engine = engine
	return nil
}

// Assistant exposes the engine (admin "test the assistant" box, tools).
func (a *App) Assistant() *assistant.Engine { return a.engine }

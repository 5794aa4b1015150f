package llm

import (
	"context"
	"fmt"
	"strings"
)

// Translate renders text from one language into another for the agent
// inbox: a shopper's message into the merchant's language, an agent's reply
// into the shopper's. The output is rejected unless it keeps every number,
// identifier and link of the source and adds none (a wrong order number or
// amount in a translated reply is worse than no translation).
func (c *Client) Translate(ctx context.Context, from, to, text string) (string, error) {
	text = strings.TrimSpace(text)
	if text == "" {
		return "", fmt.Errorf("llm: nothing to translate")
	}
	src := "the language with BCP-47 code " + from
	if from == "" {
		src = "its language"
	}
	sys := "Translate the customer-service chat message from " + src + " into the language with BCP-47 code " + to +
		". Keep names, numbers, order numbers, tracking numbers, amounts, dates, email addresses and links exactly as " +
		"written. Translate only; do not answer, add or omit anything. Reply with the translation only."
	out, err := c.complete(ctx, []chatMessage{{Role: "system", Content: sys}, {Role: "user", Content: text}})
	if err != nil {
		return "", fmt.Errorf("translate %s→%s: %w", from, to, err)
	}
	if err := CheckTranslation(text, out); err != nil {
		return "", fmt.Errorf("translate %s→%s: %w", from, to, err)
	}
	return out, nil
}

// CheckTranslation accepts out only when every digit-bearing token and
// link of the source survives verbatim and none is invented.
func CheckTranslation(source, out string) error {
	for _, tok := range append(factToken.FindAllString(source, -1), urlToken.FindAllString(source, -1)...) {
		tok = strings.TrimRight(tok, ".,:;!?")
		if tok != "" && !strings.Contains(out, tok) {
			return fmt.Errorf("%w: %q lost in translation", ErrRejected, tok)
		}
	}
	if tok, ok := novel(out, source); ok {
		return fmt.Errorf("%w: invented %q", ErrRejected, tok)
	}
	return nil
}

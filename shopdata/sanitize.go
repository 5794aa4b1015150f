package shopdata

import (
	"bytes"
	"encoding/json"
	"fmt"

	"shopassist/db"
)

// nulEscape is how a NUL character appears inside a JSON string; raw NUL
// bytes are not valid JSON, so the intake never stores them.
var nulEscape = []byte(`\u0000`)

// CleanPayload returns a payload whose strings hold no NUL character.
// PostgreSQL cannot store NUL in text (SQLSTATE 22021) nor "\u0000" in jsonb
// (22P05), so a signed body carrying one would fail every attempt; each NUL
// becomes U+FFFD instead. Payloads without the escape (all of Shopify's)
// are returned as they are without being parsed.
func CleanPayload(b []byte) ([]byte, error) {
	if !bytes.Contains(b, nulEscape) {
		return b, nil
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber() // keep ids and amounts exactly as sent
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, fmt.Errorf("clean payload: %w", err)
	}
	out, err := json.Marshal(cleanValue(v))
	if err != nil {
		return nil, fmt.Errorf("clean payload: %w", err)
	}
	return out, nil
}

func cleanValue(v any) any {
	switch t := v.(type) {
	case string:
		return db.CleanText(t)
	case map[string]any:
		out := make(map[string]any, len(t))
		for k, val := range t {
			out[db.CleanText(k)] = cleanValue(val)
		}
		return out
	case []any:
		for i := range t {
			t[i] = cleanValue(t[i])
		}
	}
	return v
}

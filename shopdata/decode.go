package shopdata

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"

	goshopify "github.com/bold-commerce/go-shopify/v4"
)

// lenientNumberFields are fields go-shopify types as numbers that some
// payloads (older API versions, Shopify's own library fixtures) send as
// strings, e.g. address latitude "45.41634".
var lenientNumberFields = map[string]bool{"latitude": true, "longitude": true}

// DecodeOrder parses an order payload. It accepts the order object itself
// (webhook body) or one wrapped as {"order": {...}}.
func DecodeOrder(b []byte) (*goshopify.Order, error) {
	var o goshopify.Order
	if err := decodeLenient(b, "order", &o); err != nil {
		return nil, fmt.Errorf("decode order payload: %w", err)
	}
	return &o, nil
}

// DecodeProduct parses a product payload (bare or wrapped).
func DecodeProduct(b []byte) (*goshopify.Product, error) {
	var p goshopify.Product
	if err := decodeLenient(b, "product", &p); err != nil {
		return nil, fmt.Errorf("decode product payload: %w", err)
	}
	return &p, nil
}

// DecodeFulfillment parses a fulfillment payload (bare or wrapped).
func DecodeFulfillment(b []byte) (*goshopify.Fulfillment, error) {
	var f goshopify.Fulfillment
	if err := decodeLenient(b, "fulfillment", &f); err != nil {
		return nil, fmt.Errorf("decode fulfillment payload: %w", err)
	}
	return &f, nil
}

// DecodeFulfillmentEvent parses a fulfillment event payload
// (fulfillment_events/create; bare or wrapped).
func DecodeFulfillmentEvent(b []byte) (*goshopify.FulfillmentEvent, error) {
	var e goshopify.FulfillmentEvent
	if err := decodeLenient(b, "fulfillment_event", &e); err != nil {
		return nil, fmt.Errorf("decode fulfillment event payload: %w", err)
	}
	return &e, nil
}

// DecodeRefund parses a refund payload (bare or wrapped).
func DecodeRefund(b []byte) (*goshopify.Refund, error) {
	var r goshopify.Refund
	if err := decodeLenient(b, "refund", &r); err != nil {
		return nil, fmt.Errorf("decode refund payload: %w", err)
	}
	return &r, nil
}

// ErrMalformed marks a payload that can never be decoded.
var ErrMalformed = errors.New("malformed payload")

// decodeLenient decodes b into out. go-shopify's custom UnmarshalJSON
// methods panic on some shapes a signed body can still have (a null inside
// "line_items" dereferences a nil pointer), so a panic becomes an error: a
// malformed payload, never a crashed worker.
func decodeLenient(b []byte, wrapper string, out any) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: decoder panicked: %v", ErrMalformed, r)
		}
	}()
	b = bytes.TrimSpace(b)
	if len(b) == 0 || b[0] != '{' {
		return errors.New("payload is not a JSON object")
	}
	b = unwrap(b, wrapper)
	// Payloads with string coordinates would fail the first decode and go
	// through the generic retry below (three more passes over the body,
	// most of a webhook worker's CPU in bench/webhooks): fixed up front in
	// one scan instead.
	if bytes.Contains(b, []byte(`"latitude"`)) || bytes.Contains(b, []byte(`"longitude"`)) {
		b = fixLenientStrings(b)
	}
	err = json.Unmarshal(b, out)
	var typeErr *json.UnmarshalTypeError
	if err == nil || !errors.As(err, &typeErr) {
		return err
	}
	// Retry once with string-typed numbers converted; anything else is a
	// genuinely malformed payload.
	var generic any
	if err := json.Unmarshal(b, &generic); err != nil {
		return err
	}
	fixed, err := json.Marshal(fixNumbers(generic))
	if err != nil {
		return err
	}
	return json.Unmarshal(fixed, out)
}

// unwrap returns the object inside {"<wrapper>": {...}} (the shape of
// go-shopify's fixtures and of REST responses), else b. It reads tokens
// only up to the first key, so a webhook body, which is never wrapped, is
// not parsed twice.
func unwrap(b []byte, wrapper string) []byte {
	dec := json.NewDecoder(bytes.NewReader(b))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return b
	}
	if t, err := dec.Token(); err != nil || t != wrapper {
		return b
	}
	var inner json.RawMessage
	if err := dec.Decode(&inner); err != nil {
		return b
	}
	if t, err := dec.Token(); err != nil || t != json.Delim('}') {
		return b
	}
	return inner
}

// fixLenientStrings rewrites the string values of lenientNumberFields keys
// in a JSON text as numbers, or null when they hold none (as fixNumbers
// does on the decoded value, where such a key is dropped), without decoding
// it. It returns b itself when there is nothing to rewrite or the text is
// not well formed (the decoder then reports it). String tokens are skipped
// whole, so a key spelled inside another string is never touched.
func fixLenientStrings(b []byte) []byte {
	var out []byte // nil until something is rewritten
	last := 0
	for i := 0; i < len(b); i++ {
		if b[i] != '"' {
			continue
		}
		end := stringEnd(b, i)
		if end < 0 {
			return b
		}
		if lenientNumberFields[string(b[i+1:end])] {
			j := skipSpace(b, end+1)
			if j < len(b) && b[j] == ':' {
				k := skipSpace(b, j+1)
				if k < len(b) && b[k] == '"' {
					vend := stringEnd(b, k)
					if vend < 0 {
						return b
					}
					repl := "null"
					if f, err := strconv.ParseFloat(string(b[k+1:vend]), 64); err == nil && !math.IsInf(f, 0) && !math.IsNaN(f) {
						repl = strconv.FormatFloat(f, 'g', -1, 64)
					}
					out = append(append(out, b[last:k]...), repl...)
					last, i = vend+1, vend
					continue
				}
			}
		}
		i = end
	}
	if out == nil {
		return b
	}
	return append(out, b[last:]...)
}

// stringEnd returns the index of the quote closing the JSON string opening
// at b[start], or -1.
func stringEnd(b []byte, start int) int {
	for i := start + 1; i < len(b); i++ {
		switch b[i] {
		case '\\':
			i++
		case '"':
			return i
		}
	}
	return -1
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

func fixNumbers(v any) any {
	switch t := v.(type) {
	case map[string]any:
		for k, val := range t {
			if s, ok := val.(string); ok && lenientNumberFields[k] {
				if f, err := strconv.ParseFloat(s, 64); err == nil {
					t[k] = f
				} else {
					delete(t, k)
				}
				continue
			}
			t[k] = fixNumbers(val)
		}
	case []any:
		for i := range t {
			t[i] = fixNumbers(t[i])
		}
	}
	return v
}

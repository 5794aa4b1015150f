package shopdata

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

func TestCleanPayload(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, in, want string }{
		{"no nul is untouched", `{"id": 12345678901234567890, "a": "x"}`, `{"id": 12345678901234567890, "a": "x"}`},
		{"nul in value", `{"gid":"gid://x/1\u0000"}`, `{"gid":"gid://x/1\ufffd"}`},
		{"nul in key and array", `{"k\u0000":["\u0000",1.50]}`, `{"k\ufffd":["\ufffd",1.50]}`},
		{"big numbers kept exactly", `{"id":123456789012345678901,"s":"\u0000"}`, `{"id":123456789012345678901,"s":"\ufffd"}`},
	} {
		got, err := CleanPayload([]byte(tc.in))
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		// want spells U+FFFD as an escape for readability.
		if want := strings.ReplaceAll(tc.want, `\ufffd`, "\ufffd"); !bytes.Equal(got, []byte(want)) {
			t.Errorf("%s: got %s, want %s", tc.name, got, tc.want)
		}
	}
}

// go-shopify's LineItem.UnmarshalJSON panics on a null element; the
// decoders turn that into ErrMalformed.
func TestDecodersRecoverFromPanics(t *testing.T) {
	t.Parallel()
	for name, decode := range map[string]func([]byte) error{
		"order":       func(b []byte) error { _, err := DecodeOrder(b); return err },
		"fulfillment": func(b []byte) error { _, err := DecodeFulfillment(b); return err },
	} {
		err := decode([]byte(`{"id": 1, "order_id": 2, "line_items": [null], "refund_line_items": [null]}`))
		if !errors.Is(err, ErrMalformed) {
			t.Errorf("%s: want ErrMalformed, got %v", name, err)
		}
	}
}

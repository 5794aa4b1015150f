package shopdata

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestFixLenientStrings(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"number string", `{"latitude":"45.41634","x":1}`, `{"latitude":45.41634,"x":1}`},
		{"spaces around colon", `{"longitude" : "-75.68"}`, `{"longitude" : -75.68}`},
		{"not a number becomes null", `{"latitude":"north"}`, `{"latitude":null}`},
		{"empty string becomes null", `{"latitude":""}`, `{"latitude":null}`},
		{"NaN becomes null", `{"latitude":"NaN"}`, `{"latitude":null}`},
		{"already a number", `{"latitude":45.5}`, `{"latitude":45.5}`},
		{"nested, twice", `{"a":{"latitude":"1"},"b":[{"longitude":"2.5"}]}`, `{"a":{"latitude":1},"b":[{"longitude":2.5}]}`},
		{"inside another string untouched", `{"note":"\"latitude\":\"1\"","latitude":"2"}`, `{"note":"\"latitude\":\"1\"","latitude":2}`},
		{"as a value, not a key", `{"field":"latitude","v":"3"}`, `{"field":"latitude","v":"3"}`},
		{"escaped backslash before quote", `{"s":"a\\","latitude":"4"}`, `{"s":"a\\","latitude":4}`},
		{"unterminated string left alone", `{"latitude":"4`, `{"latitude":"4`},
		{"other keys untouched", `{"price":"4.50"}`, `{"price":"4.50"}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := string(fixLenientStrings([]byte(tc.in))); got != tc.want {
				t.Errorf("got %s, want %s", got, tc.want)
			}
		})
	}
}

// TestFixLenientStringsMatchesGenericFix decodes the order fixtures (string
// coordinates included) both ways: the one-scan fix and the generic
// decode-fix-encode retry must give the same order.
func TestFixLenientStringsMatchesGenericFix(t *testing.T) {
	for _, name := range []string{"orders_updated.json", "orders_create.json"} {
		b, err := os.ReadFile(filepath.Join("..", "webhooks", "testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		got, err := DecodeOrder(b)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var generic any
		if err := json.Unmarshal(b, &generic); err != nil {
			t.Fatal(err)
		}
		fixed, err := json.Marshal(fixNumbers(generic))
		if err != nil {
			t.Fatal(err)
		}
		want, err := DecodeOrder(fixed)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: one-scan fix decodes differently from the generic fix", name)
		}
	}
}

// BenchmarkDecodeOrder decodes the ruby order fixture (string coordinates)
// as a webhook worker does.
func BenchmarkDecodeOrder(b *testing.B) {
	body, err := os.ReadFile(filepath.Join("..", "webhooks", "testdata", "orders_updated.json"))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := DecodeOrder(body); err != nil {
			b.Fatal(err)
		}
	}
}

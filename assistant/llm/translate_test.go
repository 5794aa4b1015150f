package llm

import (
	"context"
	"errors"
	"testing"
	"time"
)

func TestTranslate(t *testing.T) {
	for _, tc := range []struct {
		name, source, reply, want string
		rejected                  bool
	}{
		{"keeps the order number", "¿Dónde está mi pedido 1042?", "Where is my order 1042?", "Where is my order 1042?", false},
		{"lost number", "¿Dónde está mi pedido 1042?", "Where is my order?", "", true},
		{"invented amount", "Gracias", "Thanks, that is 30 EUR", "", true},
		{"link kept", "Sigue aquí: https://track.example/abc1", "Follow it here: https://track.example/abc1", "Follow it here: https://track.example/abc1", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := fakeModel(t, tc.reply, 0)
			got, err := client(t, srv.URL, time.Second).Translate(context.Background(), "es", "en", tc.source)
			if tc.rejected {
				if !errors.Is(err, ErrRejected) {
					t.Fatalf("got %q, %v; want rejection", got, err)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Fatalf("got %q, %v; want %q", got, err, tc.want)
			}
		})
	}
}

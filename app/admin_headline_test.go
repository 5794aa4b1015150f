package app

import (
	"context"
	"testing"

	"shopassist/views/adminlocale"
)

func TestHandoffHeadline(t *testing.T) {
	for _, tc := range []struct {
		lang, reason, topic, name string
		known                     bool
		verified, want            string
	}{
		{"en", "repeated_failure", "Order status", "German (Deutsch)", true, "#1042",
			"German (Deutsch)-speaking shopper asking about order status was not helped by the assistant after several tries; order #1042 is verified as theirs."},
		{"en", "requested", "", "", false, "", "Shopper asked to talk to a person."},
		{"en", "new_reason", "—", "French", true, "", "French-speaking shopper new reason."},
		{"de", "cancel_request", "Bestellstatus", "Französisch", true, "#1001",
			"Kunde (spricht Französisch) · fragt nach: Bestellstatus · möchte eine Bestellung stornieren · Bestellung #1001 gehört nachweislich diesem Kunden."},
		{"ja", "return_request", "注文状況", "英語", true, "", "英語を話すお客様 · 問い合わせ内容: 注文状況 · 商品の返品を希望。"},
		{"zh-CN", "frustration", "", "", false, "", "顾客 · 对助手表现出不满。"},
	} {
		t.Run(tc.lang+"/"+tc.reason, func(t *testing.T) {
			ctx := adminlocale.WithLang(context.Background(), tc.lang)
			if got := handoffHeadline(ctx, tc.reason, tc.topic, tc.name, tc.known, tc.verified); got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

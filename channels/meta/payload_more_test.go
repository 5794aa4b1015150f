package meta

import (
	"slices"
	"testing"
	"time"

	"shopassist/channels"
)

// wa wraps one WhatsApp "value" object in a webhook body.
func wa(field, value string) []byte {
	return []byte(`{"object":"whatsapp_business_account","entry":[{"id":"WABA","changes":[{"field":"` + field + `","value":` + value + `}]}]}`)
}

// TestParseEdgeCases: Meta adds objects, fields and event kinds over time
// and some events lack what a reply needs; those are skipped, not errors,
// so a delivery is never retried forever for them.
func TestParseEdgeCases(t *testing.T) {
	at := time.Date(2026, 12, 5, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		name     string
		body     []byte
		msgs     []Message
		statuses []Status
	}{
		{"empty object", []byte(`{}`), nil, nil},
		{"JSON null", []byte(`null`), nil, nil},
		{"unknown object", []byte(`{"object":"user","entry":[{"id":"1","changes":[{"field":"messages","value":{}}]}]}`), nil, nil},
		{"template status field skipped", wa("message_template_status_update",
			`{"event":"APPROVED","message_template_name":"agent_reply"}`), nil, nil},
		{"message without id or sender dropped", wa("messages",
			`{"metadata":{"phone_number_id":"P"},"messages":[{"from":"","id":"w1","type":"text","text":{"body":"a"}},{"from":"491","id":"","type":"text","text":{"body":"b"}}]}`),
			nil, nil},
		{"names from contacts, per sender", wa("messages",
			`{"metadata":{"phone_number_id":"P"},"contacts":[{"profile":{"name":"Ana"},"wa_id":"34600"},{"profile":{"name":"Ben"},"wa_id":"44700"}],
			"messages":[{"from":"44700","id":"w2","timestamp":"1796464800","type":"text","text":{"body":"hi"}},
			{"from":"34600","id":"w3","timestamp":"bad","type":"text","text":{"body":"hola"}}]}`),
			[]Message{{Channel: channels.WhatsApp, Business: "P", From: "44700", Name: "Ben", Text: "hi", ProviderMessageID: "w2", At: at},
				{Channel: channels.WhatsApp, Business: "P", From: "34600", Name: "Ana", Text: "hola", ProviderMessageID: "w3"}}, nil},
		{"template quick-reply button", wa("messages",
			`{"metadata":{"phone_number_id":"P"},"messages":[{"from":"1","id":"w4","type":"button","button":{"payload":"STOP","text":"Stop notices"}}]}`),
			[]Message{{Channel: channels.WhatsApp, Business: "P", From: "1", Text: "Stop notices", ProviderMessageID: "w4"}}, nil},
		{"list reply title when the id is empty", wa("messages",
			`{"metadata":{"phone_number_id":"P"},"messages":[{"from":"1","id":"w5","type":"interactive","interactive":{"type":"list_reply","list_reply":{"id":"","title":"Returns"}}}]}`),
			[]Message{{Channel: channels.WhatsApp, Business: "P", From: "1", Text: "Returns", ProviderMessageID: "w5"}}, nil},
		{"document with caption", wa("messages",
			`{"metadata":{"phone_number_id":"P"},"messages":[{"from":"1","id":"w6","type":"document","document":{"id":"M9","mime_type":"application/pdf","caption":"my invoice","filename":"invoice.pdf"}}]}`),
			[]Message{{Channel: channels.WhatsApp, Business: "P", From: "1", Text: "my invoice", ProviderMessageID: "w6",
				Attachments: []channels.Attachment{{Name: "invoice.pdf", ContentType: "application/pdf", URL: "media:M9"}}}}, nil},
		{"status without id dropped, error kept", wa("messages",
			`{"metadata":{"phone_number_id":"P"},"statuses":[{"id":"","status":"sent"},{"id":"wamid.1","status":"failed","errors":[{"code":131049,"title":"Ecosystem engagement"}]}]}`),
			nil, []Status{{Channel: channels.WhatsApp, Business: "P", ProviderID: "wamid.1", Status: "failed", Error: "(#131049) Ecosystem engagement"}}},
		{"messenger echo of our own message ignored", []byte(`{"object":"page","entry":[{"id":"PAGE","messaging":[
			{"sender":{"id":"PAGE"},"recipient":{"id":"U"},"timestamp":1796464800000,"message":{"mid":"m1","text":"our reply","is_echo":true}}]}]}`),
			nil, nil},
		{"postback without mid gets a stable id", []byte(`{"object":"page","entry":[{"id":"PAGE","messaging":[
			{"sender":{"id":"U"},"recipient":{"id":"PAGE"},"timestamp":1796464800000,"postback":{"title":"Get started","payload":""}}]}]}`),
			[]Message{{Channel: channels.Messenger, Business: "PAGE", From: "U", Text: "Get started",
				ProviderMessageID: "postback:U:1796464800000", At: at}}, nil},
		{"delivery of several messages, read by mid, watermark-only read skipped", []byte(`{"object":"instagram","entry":[{"id":"IG","messaging":[
			{"sender":{"id":"U"},"recipient":{"id":"IG"},"delivery":{"mids":["m1","m2"],"watermark":1}},
			{"sender":{"id":"U"},"recipient":{"id":"IG"},"read":{"mid":"m2"}},
			{"sender":{"id":"U"},"recipient":{"id":"IG"},"read":{"watermark":1796464800000}}]}]}`),
			nil, []Status{{Channel: channels.Instagram, Business: "IG", ProviderID: "m1", Status: "delivered"},
				{Channel: channels.Instagram, Business: "IG", ProviderID: "m2", Status: "delivered"},
				{Channel: channels.Instagram, Business: "IG", ProviderID: "m2", Status: "read"}}},
		{"entry id when the recipient is missing", []byte(`{"object":"page","entry":[{"id":"PAGE","messaging":[
			{"sender":{"id":"U"},"timestamp":1796464800000,"message":{"mid":"m3","text":"hi"}}]}]}`),
			[]Message{{Channel: channels.Messenger, Business: "PAGE", From: "U", Text: "hi", ProviderMessageID: "m3", At: at}}, nil},
		{"messenger message without mid dropped", []byte(`{"object":"page","entry":[{"id":"PAGE","messaging":[
			{"sender":{"id":"U"},"recipient":{"id":"PAGE"},"message":{"text":"hi"}}]}]}`), nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msgs, sts, err := Parse(tt.body)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if !slices.EqualFunc(msgs, tt.msgs, sameMessage) {
				t.Errorf("messages = %+v\nwant %+v", msgs, tt.msgs)
			}
			if !slices.Equal(sts, tt.statuses) {
				t.Errorf("statuses = %+v\nwant %+v", sts, tt.statuses)
			}
		})
	}
	for _, bad := range []string{``, `[]`, `{"object":"page","entry":{}}`, `{"object":`} {
		if _, _, err := Parse([]byte(bad)); err == nil {
			t.Errorf("Parse(%q) succeeded", bad)
		}
	}
}

func sameMessage(a, b Message) bool {
	return a.Channel == b.Channel && a.Business == b.Business && a.From == b.From && a.Name == b.Name && a.Text == b.Text &&
		a.ProviderMessageID == b.ProviderMessageID && a.At.Equal(b.At) && slices.Equal(a.Attachments, b.Attachments)
}

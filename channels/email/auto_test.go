package email

import (
	"net/textproto"
	"testing"
)

func TestAutomatic(t *testing.T) {
	tests := []struct {
		name    string
		headers map[string]string
		from    string
		auto    bool
	}{
		{"person", map[string]string{"Content-Type": "text/plain"}, "ana@example.com", false},
		{"auto-submitted no", map[string]string{"Auto-Submitted": "no"}, "ana@example.com", false},
		{"auto-replied", map[string]string{"Auto-Submitted": "auto-replied"}, "ana@example.com", true},
		{"auto-generated", map[string]string{"Auto-Submitted": "auto-generated"}, "ana@example.com", true},
		{"precedence bulk", map[string]string{"Precedence": "bulk"}, "news@example.com", true},
		{"precedence junk", map[string]string{"Precedence": "junk"}, "x@example.com", true},
		{"precedence list", map[string]string{"Precedence": "list"}, "x@example.com", true},
		{"precedence first-class", map[string]string{"Precedence": "first-class"}, "x@example.com", false},
		{"null return path", map[string]string{"Return-Path": "<>"}, "x@example.com", true},
		{"normal return path", map[string]string{"Return-Path": "<ana@example.com>"}, "ana@example.com", false},
		{"x-autoreply", map[string]string{"X-Autoreply": "yes"}, "ana@example.com", true},
		{"x-autorespond", map[string]string{"X-Autorespond": "Out of office"}, "ana@example.com", true},
		{"exchange oof", map[string]string{"X-Auto-Response-Suppress": "All"}, "ana@example.com", true},
		{"list-id", map[string]string{"List-Id": "<news.example.com>"}, "news@example.com", true},
		{"dsn", map[string]string{"Content-Type": `multipart/report; report-type=delivery-status; boundary="x"`}, "ana@example.com", true},
		{"mdn", map[string]string{"Content-Type": `multipart/report; report-type=disposition-notification; boundary="x"`}, "ana@example.com", true},
		{"mailer-daemon", nil, "MAILER-DAEMON@mx.example.com", true},
		{"postmaster", nil, "postmaster@example.com", true},
		{"no-reply", nil, "no-reply@marketplace.example", true},
		{"verp bounce", nil, "bounces+123-abc@mail.example", true},
		{"no sender", nil, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := textproto.MIMEHeader{}
			for k, v := range tt.headers {
				h.Set(k, v)
			}
			got := Automatic(h.Get, tt.from)
			if (got != "") != tt.auto {
				t.Errorf("Automatic() = %q, want automatic %v", got, tt.auto)
			}
		})
	}
}

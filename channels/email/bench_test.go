package email

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkParse measures reading one inbound mail end to end: MIME,
// charset decoding, automatic-mail checks, quote and signature stripping
// (HTML and text).
func BenchmarkParse(b *testing.B) {
	for _, name := range []string{"gmail_reply.eml", "outlook_reply.eml", "attachment.eml"} {
		raw, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(raw)))
			for b.Loop() {
				if _, err := Parse(bytes.NewReader(raw)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkReplyBuild measures composing one threaded multipart reply.
func BenchmarkReplyBuild(b *testing.B) {
	r := Reply{Subject: "Re: Où est ma commande ?", InReplyTo: "m2@example.com",
		References: []string{"m1@example.com", "m2@example.com"}, Lang: "fr", Automatic: true,
		Text: "Bonjour,\n\nVotre commande #1001 est en route : https://track.example/1\n\nRépondez à cet e-mail pour poursuivre la conversation."}
	r.From.Address, r.To.Address = "support@shop.example", "ana@example.com"
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := r.Build(); err != nil {
			b.Fatal(err)
		}
	}
}

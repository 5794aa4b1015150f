// Package meta connects WhatsApp (Cloud API), Messenger and Instagram
// messaging through Meta's one webhook and Graph API: the verification
// handshake, X-Hub-Signature-256 checks, durable intake, parsing of the
// documented payloads into channels.Inbound and status updates, and the
// senders that fit replies to each channel's limits.
package meta

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
)

// SignatureHeader carries "sha256=" + hex HMAC-SHA256 of the raw body keyed
// with the app secret.
const SignatureHeader = "X-Hub-Signature-256"

// Signature errors: a missing header is answered 401, a wrong one 403.
var (
	ErrNoSignature  = errors.New("missing X-Hub-Signature-256")
	ErrBadSignature = errors.New("invalid X-Hub-Signature-256")
)

// Sign returns the header value Meta sends for body.
func Sign(appSecret string, body []byte) string {
	m := hmac.New(sha256.New, []byte(appSecret))
	m.Write(body)
	return "sha256=" + hex.EncodeToString(m.Sum(nil))
}

// Verify checks header against body under any of the app secrets (the
// current one and, during a rotation, the previous one), in constant time.
func Verify(header string, body []byte, secrets ...string) error {
	header = strings.TrimSpace(header)
	if header == "" {
		return ErrNoSignature
	}
	hexSig, ok := strings.CutPrefix(header, "sha256=")
	if !ok {
		return ErrBadSignature
	}
	got, err := hex.DecodeString(hexSig)
	if err != nil || len(got) != sha256.Size {
		return ErrBadSignature
	}
	for _, s := range secrets {
		if s == "" {
			continue
		}
		m := hmac.New(sha256.New, []byte(s))
		m.Write(body)
		if hmac.Equal(got, m.Sum(nil)) {
			return nil
		}
	}
	return ErrBadSignature
}

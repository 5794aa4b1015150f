package shopify

import (
	"errors"
	"net/url"
	"testing"
	"time"
)

// Vectors from Shopify's documentation, secret "hush".
const (
	docSecret         = "hush"
	docWebhookBody    = `"my secret message"`
	docWebhookHMAC    = "hMTq0K2x7oyOjoBwGYeTj5oxfnaVYXzbanUG9aajpKI="
	docOAuthQuery     = "code=0907a61c0c8d55e99db179b68161bc00&shop=some-shop.myshopify.com&state=0.6784241404160823&timestamp=1337178173"
	docOAuthHMAC      = "700e2dadb827fcc8609e9d5ce208b2e9cdaab9df07390d2cbca10d7c328fc4bf"
	docProxyQuery     = "extra=1&extra=2&logged_in_customer_id=1&path_prefix=%2Fapps%2Fawesome_reviews&shop=shop-name.myshopify.com&timestamp=1317327555"
	docProxySignature = "4c68c8624d737112c91818c11017d24d334b524cb5c2b8ba08daa056f7395ddb"
	docProxyTimestamp = 1317327555
)

func mustQuery(t *testing.T, raw string) url.Values {
	t.Helper()
	q, err := url.ParseQuery(raw)
	if err != nil {
		t.Fatal(err)
	}
	return q
}

func TestWebhookHMACDocumentedVector(t *testing.T) {
	if got := WebhookHMAC([]byte(docWebhookBody), docSecret); got != docWebhookHMAC {
		t.Fatalf("WebhookHMAC = %s, want %s", got, docWebhookHMAC)
	}
}

func TestVerifyWebhookHMAC(t *testing.T) {
	body := []byte(docWebhookBody)
	tests := []struct {
		name    string
		body    []byte
		header  string
		secrets []string
		want    error
	}{
		{"documented vector", body, docWebhookHMAC, []string{docSecret}, nil},
		{"previous secret during rotation", body, docWebhookHMAC, []string{"new-secret", docSecret}, nil},
		{"empty secrets skipped", body, docWebhookHMAC, []string{"", docSecret}, nil},
		{"missing header", body, "", []string{docSecret}, ErrMissingHMAC},
		{"not base64", body, "%%%", []string{docSecret}, ErrBadHMAC},
		{"wrong secret", body, docWebhookHMAC, []string{"other"}, ErrBadHMAC},
		{"only empty secret", body, WebhookHMAC(body, ""), []string{""}, ErrBadHMAC},
		{"no secrets", body, docWebhookHMAC, nil, ErrBadHMAC},
		{"body altered", []byte(`"my secret message" `), docWebhookHMAC, []string{docSecret}, ErrBadHMAC},
		{"truncated mac", body, docWebhookHMAC[:20], []string{docSecret}, ErrBadHMAC},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := VerifyWebhookHMAC(tt.body, tt.header, tt.secrets...)
			if !errors.Is(err, tt.want) || (tt.want == nil && err != nil) {
				t.Fatalf("VerifyWebhookHMAC = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestSignQueryDocumentedVector(t *testing.T) {
	q := mustQuery(t, docOAuthQuery)
	if got := SignQuery(q, docSecret); got != docOAuthHMAC {
		t.Fatalf("SignQuery = %s, want %s", got, docOAuthHMAC)
	}
	// hmac and signature are excluded from the message, whatever their value.
	q.Set("hmac", "anything")
	q.Set("signature", "legacy")
	if got := SignQuery(q, docSecret); got != docOAuthHMAC {
		t.Fatalf("SignQuery with hmac/signature present = %s, want %s", got, docOAuthHMAC)
	}
}

func TestVerifyQueryHMAC(t *testing.T) {
	signed := docOAuthQuery + "&hmac=" + docOAuthHMAC
	tests := []struct {
		name  string
		query string
		want  error
	}{
		{"documented vector", signed, nil},
		{"uppercase hex accepted", docOAuthQuery + "&hmac=700E2DADB827FCC8609E9D5CE208B2E9CDAAB9DF07390D2CBCA10D7C328FC4BF", nil},
		{"parameter order irrelevant", "timestamp=1337178173&hmac=" + docOAuthHMAC + "&state=0.6784241404160823&shop=some-shop.myshopify.com&code=0907a61c0c8d55e99db179b68161bc00", nil},
		{"missing hmac", docOAuthQuery, ErrMissingHMAC},
		{"tampered shop", "code=0907a61c0c8d55e99db179b68161bc00&shop=evil-shop.myshopify.com&state=0.6784241404160823&timestamp=1337178173&hmac=" + docOAuthHMAC, ErrBadHMAC},
		{"extra parameter", signed + "&host=abc", ErrBadHMAC},
		{"non-hex hmac", docOAuthQuery + "&hmac=zz", ErrBadHMAC},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := VerifyQueryHMAC(mustQuery(t, tt.query), docSecret)
			if !errors.Is(err, tt.want) || (tt.want == nil && err != nil) {
				t.Fatalf("VerifyQueryHMAC = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestQueryMessageEscapingAndArrays(t *testing.T) {
	q := url.Values{
		"ids[]": {"1", "2"},
		"a&b":   {"x=y&z%"},
		"shop":  {"s.myshopify.com"},
	}
	want := `a%26b=x=y%26z%25&ids=["1", "2"]&shop=s.myshopify.com`
	if got := queryMessage(q); got != want {
		t.Fatalf("queryMessage = %s, want %s", got, want)
	}
	// An attacker cannot move a value boundary without changing the MAC.
	a := SignQuery(url.Values{"a": {"1&b=2"}}, docSecret)
	b := SignQuery(url.Values{"a": {"1"}, "b": {"2"}}, docSecret)
	if a == b {
		t.Fatal("value containing '&' signs the same as two parameters")
	}
}

func TestSignProxyQueryDocumentedVector(t *testing.T) {
	q := mustQuery(t, docProxyQuery)
	if got := SignProxyQuery(q, docSecret); got != docProxySignature {
		t.Fatalf("SignProxyQuery = %s, want %s", got, docProxySignature)
	}
	if got := hexHMAC(docSecret, "extra=1,2logged_in_customer_id=1path_prefix=/apps/awesome_reviewsshop=shop-name.myshopify.comtimestamp=1317327555"); got != docProxySignature {
		t.Fatalf("documented message signs as %s", got)
	}
}

func TestVerifyProxySignature(t *testing.T) {
	docTime := time.Unix(docProxyTimestamp, 0)
	signed := docProxyQuery + "&signature=" + docProxySignature
	tests := []struct {
		name  string
		query string
		now   time.Time
		want  error
	}{
		{"documented vector", signed, docTime, nil},
		{"within skew", signed, docTime.Add(89 * time.Second), nil},
		{"clock behind", signed, docTime.Add(-89 * time.Second), nil},
		{"stale", signed, docTime.Add(91 * time.Second), ErrStaleTimestamp},
		{"from the future", signed, docTime.Add(-91 * time.Second), ErrStaleTimestamp},
		{"missing signature", docProxyQuery, docTime, ErrMissingHMAC},
		{"tampered customer", "extra=1&extra=2&logged_in_customer_id=2&path_prefix=%2Fapps%2Fawesome_reviews&shop=shop-name.myshopify.com&timestamp=1317327555&signature=" + docProxySignature, docTime, ErrBadHMAC},
		{"repeated values reordered", "extra=2&extra=1&logged_in_customer_id=1&path_prefix=%2Fapps%2Fawesome_reviews&shop=shop-name.myshopify.com&timestamp=1317327555&signature=" + docProxySignature, docTime, ErrBadHMAC},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := VerifyProxySignature(mustQuery(t, tt.query), docSecret, tt.now, 90*time.Second)
			if !errors.Is(err, tt.want) || (tt.want == nil && err != nil) {
				t.Fatalf("VerifyProxySignature = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestVerifyProxySignatureRequiresTimestamp(t *testing.T) {
	q := url.Values{"shop": {"shop-name.myshopify.com"}}
	q.Set("signature", SignProxyQuery(q, docSecret))
	if err := VerifyProxySignature(q, docSecret, time.Now(), time.Minute); !errors.Is(err, ErrStaleTimestamp) {
		t.Fatalf("VerifyProxySignature without timestamp = %v, want ErrStaleTimestamp", err)
	}
}

func BenchmarkVerifyWebhookHMAC(b *testing.B) {
	body := make([]byte, 8<<10)
	mac := WebhookHMAC(body, docSecret)
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		if err := VerifyWebhookHMAC(body, mac, docSecret); err != nil {
			b.Fatal(err)
		}
	}
}

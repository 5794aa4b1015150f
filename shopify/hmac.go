package shopify

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Sentinel errors of the signature checks. Callers map all of them to 401.
var (
	ErrMissingHMAC    = errors.New("shopify: missing hmac")
	ErrBadHMAC        = errors.New("shopify: hmac mismatch")
	ErrStaleTimestamp = errors.New("shopify: timestamp outside allowed window")
)

// SignQuery computes the hex HMAC-SHA256 Shopify puts in the `hmac` parameter
// of OAuth redirects and admin launch URLs: every parameter except `hmac` and
// `signature`, as k=v sorted and joined by "&".
func SignQuery(q url.Values, secret string) string {
	return hexHMAC(secret, queryMessage(q))
}

// VerifyQueryHMAC checks the `hmac` parameter of an OAuth or admin launch
// request in constant time.
func VerifyQueryHMAC(q url.Values, secret string) error {
	got := q.Get("hmac")
	if got == "" {
		return ErrMissingHMAC
	}
	if !equalHex(got, SignQuery(q, secret)) {
		return ErrBadHMAC
	}
	return nil
}

// queryMessage builds the signed string. Shopify escapes '%' and '&' in keys
// and values and '=' in keys so the message cannot be made ambiguous, and
// sends array parameters (ids[]=1&ids[]=2, from bulk actions in the admin)
// signed as ids=["1", "2"].
func queryMessage(q url.Values) string {
	pairs := make([]string, 0, len(q))
	for k, vs := range q {
		if k == "hmac" || k == "signature" {
			continue
		}
		var v string
		if name, ok := strings.CutSuffix(k, "[]"); ok {
			quoted := make([]string, len(vs))
			for i, s := range vs {
				quoted[i] = strconv.Quote(s)
			}
			k, v = name, "["+strings.Join(quoted, ", ")+"]"
		} else {
			v = strings.Join(vs, ",")
		}
		pairs = append(pairs, escapeKey(k)+"="+escapeValue(v))
	}
	sort.Strings(pairs)
	return strings.Join(pairs, "&")
}

var (
	keyEscaper   = strings.NewReplacer("%", "%25", "&", "%26", "=", "%3D")
	valueEscaper = strings.NewReplacer("%", "%25", "&", "%26")
)

func escapeKey(s string) string   { return keyEscaper.Replace(s) }
func escapeValue(s string) string { return valueEscaper.Replace(s) }

// WebhookHMAC computes the base64 HMAC-SHA256 of a raw webhook body, the value
// Shopify sends in X-Shopify-Hmac-Sha256.
func WebhookHMAC(body []byte, secret string) string {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write(body)
	return base64.StdEncoding.EncodeToString(m.Sum(nil))
}

// VerifyWebhookHMAC checks the X-Shopify-Hmac-Sha256 header against the raw
// body. Several secrets may be given so webhooks signed with the previous
// secret keep verifying while a rotation is in progress; empty secrets are
// skipped so an unset "previous secret" never matches anything.
func VerifyWebhookHMAC(body []byte, header string, secrets ...string) error {
	if header == "" {
		return ErrMissingHMAC
	}
	got, err := base64.StdEncoding.DecodeString(header)
	if err != nil {
		return fmt.Errorf("%w: header is not base64", ErrBadHMAC)
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
	return ErrBadHMAC
}

// SignProxyQuery computes the app proxy `signature`: every parameter except
// `signature` as k=v (repeated values joined by ","), sorted and concatenated
// with no separator.
func SignProxyQuery(q url.Values, secret string) string {
	pairs := make([]string, 0, len(q))
	for k, vs := range q {
		if k == "signature" {
			continue
		}
		pairs = append(pairs, k+"="+strings.Join(vs, ","))
	}
	sort.Strings(pairs)
	return hexHMAC(secret, strings.Join(pairs, ""))
}

// VerifyProxySignature checks an app proxy request's `signature` and that its
// `timestamp` lies within maxSkew of now, which bounds replay of a captured
// storefront URL.
func VerifyProxySignature(q url.Values, secret string, now time.Time, maxSkew time.Duration) error {
	got := q.Get("signature")
	if got == "" {
		return ErrMissingHMAC
	}
	if !equalHex(got, SignProxyQuery(q, secret)) {
		return ErrBadHMAC
	}
	ts, err := strconv.ParseInt(q.Get("timestamp"), 10, 64)
	if err != nil {
		return fmt.Errorf("%w: missing or malformed timestamp", ErrStaleTimestamp)
	}
	if d := now.Sub(time.Unix(ts, 0)); d > maxSkew || d < -maxSkew {
		return fmt.Errorf("%w: off by %s", ErrStaleTimestamp, d.Round(time.Second))
	}
	return nil
}

func hexHMAC(secret, msg string) string {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write([]byte(msg))
	return hex.EncodeToString(m.Sum(nil))
}

// equalHex compares hex digests in constant time, case-insensitively, without
// letting a malformed input short-circuit differently from a wrong one.
func equalHex(got, want string) bool {
	g, err := hex.DecodeString(got)
	if err != nil {
		return false
	}
	w, _ := hex.DecodeString(want)
	return hmac.Equal(g, w)
}

// Package clientip finds the address of the client behind a chain of
// trusted reverse proxies. Each proxy appends the address it received the
// request from to X-Forwarded-For, so only the last entries, one per
// trusted hop, are facts; anything left of them was sent by the client and
// is whatever it chose (rotating it must not buy a fresh rate limit or
// lockout).
package clientip

import (
	"net"
	"net/http"
	"strings"
)

// DefaultHops is one trusted proxy: Shopify's app proxy, which appends the
// shopper's address, talking to the app directly.
const DefaultHops = 1

// FromRequest returns the client address as the outermost of hops trusted
// proxies saw it. hops is the number of proxies in front of the app that
// append to X-Forwarded-For (Shopify's app proxy, plus a load balancer or
// ingress if there is one); 0 trusts no header and uses the peer address.
// IPv6 addresses are reduced to their /64, which one subscriber usually
// holds whole.
func FromRequest(r *http.Request, hops int) string {
	if hops > 0 {
		var entries []string
		for _, h := range r.Header.Values("X-Forwarded-For") {
			for _, e := range strings.Split(h, ",") {
				if e = strings.TrimSpace(e); e != "" {
					entries = append(entries, e)
				}
			}
		}
		if len(entries) > 0 {
			// Fewer entries than hops: some trusted proxy added none, so
			// even the leftmost entry came from a trusted proxy.
			if ip := parse(entries[max(0, len(entries)-hops)]); ip != "" {
				return ip
			}
		}
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	if ip := parse(host); ip != "" {
		return ip
	}
	return host
}

// parse normalizes one address ("203.0.113.7", "[2001:db8::1]:443",
// "203.0.113.7:1234"); empty when it is not one.
func parse(s string) string {
	if h, _, err := net.SplitHostPort(s); err == nil {
		s = h
	}
	ip := net.ParseIP(strings.Trim(s, "[]"))
	if ip == nil {
		return ""
	}
	if v4 := ip.To4(); v4 != nil {
		return v4.String()
	}
	return (&net.IPNet{IP: ip.Mask(net.CIDRMask(64, 128)), Mask: net.CIDRMask(64, 128)}).String()
}

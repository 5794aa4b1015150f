package clientip

import (
	"net/http/httptest"
	"testing"
)

func TestFromRequest(t *testing.T) {
	tests := []struct {
		name   string
		xff    []string
		remote string
		hops   int
		want   string
	}{
		{"shopify only", []string{"203.0.113.7"}, "23.227.38.1:443", 1, "203.0.113.7"},
		{"client-sent entry ignored", []string{"1.2.3.4, 203.0.113.7"}, "23.227.38.1:443", 1, "203.0.113.7"},
		{"rotated first entry ignored", []string{"9.9.9.9, 8.8.8.8, 203.0.113.7"}, "23.227.38.1:443", 1, "203.0.113.7"},
		{"behind a load balancer", []string{"1.2.3.4, 203.0.113.7, 23.227.38.1"}, "10.0.0.2:5000", 2, "203.0.113.7"},
		{"two header lines", []string{"1.2.3.4", "203.0.113.7"}, "23.227.38.1:443", 1, "203.0.113.7"},
		{"fewer entries than hops", []string{"203.0.113.7"}, "10.0.0.2:5000", 2, "203.0.113.7"},
		{"no header", nil, "203.0.113.9:1234", 1, "203.0.113.9"},
		{"hops 0 ignores the header", []string{"203.0.113.7"}, "198.51.100.1:80", 0, "198.51.100.1"},
		{"garbage entry falls back to peer", []string{"1.2.3.4, not-an-ip"}, "198.51.100.1:80", 1, "198.51.100.1"},
		{"ipv6 reduced to /64", []string{"2001:db8:1:2:aaaa::1"}, "23.227.38.1:443", 1, "2001:db8:1:2::/64"},
		{"ipv6 with port", []string{"[2001:db8:1:2::5]:443"}, "23.227.38.1:443", 1, "2001:db8:1:2::/64"},
		{"ipv4-mapped", []string{"::ffff:203.0.113.7"}, "23.227.38.1:443", 1, "203.0.113.7"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := httptest.NewRequest("GET", "/", nil)
			r.RemoteAddr = tt.remote
			for _, v := range tt.xff {
				r.Header.Add("X-Forwarded-For", v)
			}
			if got := FromRequest(r, tt.hops); got != tt.want {
				t.Fatalf("FromRequest = %q, want %q", got, tt.want)
			}
		})
	}
}

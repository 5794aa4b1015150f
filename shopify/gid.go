package shopify

import (
	"fmt"
	"strconv"
	"strings"
)

// ParseGID returns the numeric id of a Shopify global id of the given
// resource type ("gid://shopify/Order/123", "Order" → 123). A plain
// positive number is accepted too, since surfaces hand out either form. An
// id of another type is an error: a Customer id must never be read as an
// Order id.
func ParseGID(gid, kind string) (int64, error) {
	s := strings.TrimSpace(gid)
	if rest, ok := strings.CutPrefix(s, "gid://shopify/"); ok {
		typ, num, _ := strings.Cut(rest, "/")
		if typ != kind {
			return 0, fmt.Errorf("global id %q is not a %s", gid, kind)
		}
		// Some ids carry a query (?session=…); the number ends before it.
		num, _, _ = strings.Cut(num, "?")
		s = num
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("bad %s id %q", kind, gid)
	}
	return n, nil
}

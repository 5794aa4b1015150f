package views

import (
	"net/url"
	"strings"

	"github.com/a-h/templ"
)

// externalURL returns raw as a link target only when it is an absolute
// http(s) URL. URLs in synced store data (policies, pages, products) come
// from outside the app: a "javascript:" or "data:" URL must render as plain
// text, never as something a merchant can click inside the admin.
func externalURL(raw string) templ.SafeURL {
	raw = strings.TrimSpace(raw)
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return ""
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		return templ.SafeURL(u.String())
	}
	return ""
}

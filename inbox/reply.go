package inbox

import (
	"strconv"
	"strings"

	"shopassist/assistant/lang"
)

// Canonical maps a BCP-47 tag to the supported language whose texts it
// reads: exact match first, then the Chinese script (zh-TW/HK/MO read
// Traditional, other zh Simplified), then the base language.
func Canonical(tag string) string {
	t := strings.ReplaceAll(strings.TrimSpace(tag), "_", "-")
	for _, l := range lang.Supported {
		if strings.EqualFold(l, t) {
			return l
		}
	}
	base, rest, _ := strings.Cut(strings.ToLower(t), "-")
	if base == "zh" {
		for _, trad := range []string{"hant", "tw", "hk", "mo"} {
			for _, part := range strings.Split(rest, "-") {
				if part == trad {
					return "zh-Hant"
				}
			}
		}
		return "zh-Hans"
	}
	for _, l := range lang.Supported {
		if l == base {
			return l
		}
	}
	return base
}

// Pick returns the text of texts for the shopper's language, else for the
// merchant's, and the language it is in. ok is false when nothing fits
// either; inShopperLang tells whether the shopper gets their own language.
func Pick(texts map[string]string, shopper, merchant string) (text, lang string, inShopperLang, ok bool) {
	find := func(tag string) (string, string, bool) {
		want := Canonical(tag)
		for l, s := range texts {
			if strings.TrimSpace(s) != "" && Canonical(l) == want {
				return s, l, true
			}
		}
		return "", "", false
	}
	if s, l, found := find(shopper); found && shopper != "" {
		return s, l, true, true
	}
	if s, l, found := find(merchant); found && merchant != "" {
		return s, l, false, true
	}
	return "", "", false, false
}

// Reply is a saved reply as the inbox offers it: a shipped starter (Key
// set, ID 0), the merchant's edit of one (Key and ID set), or one of the
// merchant's own (ID set).
type Reply struct {
	ID    int64
	Key   string
	Title string
	Texts map[string]string
}

// Ref identifies the reply in a form value: "starter:<key>" (shipped or
// edited, the same ref either way) or "own:<id>".
func (r Reply) Ref() string {
	if r.Key != "" {
		return "starter:" + r.Key
	}
	return "own:" + strconv.FormatInt(r.ID, 10)
}

// Edited reports whether the reply is the merchant's edit of a starter.
func (r Reply) Edited() bool { return r.Key != "" && r.ID != 0 }

// Catalog lists the merchant's own replies first, then the starters, each
// replaced by the merchant's edit of it when there is one. An edit of a
// starter the app no longer ships is listed with the merchant's replies.
func Catalog(own []Reply) []Reply {
	var out []Reply
	edits := map[string]Reply{}
	for _, r := range own {
		if r.Key != "" && IsStarter(r.Key) {
			edits[r.Key] = r
			continue
		}
		r.Key = ""
		out = append(out, r)
	}
	for _, s := range Starters {
		if e, ok := edits[s.Key]; ok {
			out = append(out, e)
			continue
		}
		out = append(out, Reply{Key: s.Key, Title: s.Title, Texts: s.Texts})
	}
	return out
}

// IsStarter reports whether key names a shipped starter reply.
func IsStarter(key string) bool {
	for _, s := range Starters {
		if s.Key == key {
			return true
		}
	}
	return false
}

// Find looks a reply up by its Ref.
func Find(replies []Reply, ref string) (Reply, bool) {
	for _, r := range replies {
		if r.Ref() == ref {
			return r, true
		}
	}
	return Reply{}, false
}

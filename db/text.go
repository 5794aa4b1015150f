package db

import (
	"strings"
	"unicode/utf8"
)

// textReplacement stands in for characters the database cannot store.
const textReplacement = "\uFFFD"

// CleanText makes s storable in any text column on both dialects and in
// River's JSON error list: PostgreSQL rejects NUL in text (SQLSTATE 22021)
// and "\u0000" in jsonb (22P05), so NUL characters and invalid UTF-8 become
// U+FFFD. Apply it to every string derived from a payload or an error
// before it is written.
func CleanText(s string) string {
	if utf8.ValidString(s) && strings.IndexByte(s, 0) < 0 {
		return s
	}
	return strings.ReplaceAll(strings.ToValidUTF8(s, textReplacement), "\x00", textReplacement)
}

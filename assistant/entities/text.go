package entities

import (
	"unicode"
	"unicode/utf8"
)

func isWordRune(r rune) bool {
	return unicode.In(r, unicode.Latin, unicode.Cyrillic) && unicode.IsLetter(r)
}

func isLatinOrCyrillicTail(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return isWordRune(r)
}

func isLatinOrCyrillicHead(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isWordRune(r)
}

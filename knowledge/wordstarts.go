package knowledge

import "strings"

// wordStarts finds which of many words occur at the start of a word in a
// text, in one pass over the text: topicsOf runs on every passage when an
// index is built and on every message, and calling containsWordStart once
// per word made it scan the text ~900 times.
type wordStarts struct {
	// byPair holds the words under their first two bytes; short holds the
	// one-byte words, which have no pair.
	byPair map[[2]byte][]startWord
	short  []startWord
}

// startWord is one word and the tags a match adds.
type startWord struct {
	w   string
	tag topicSet
}

// newWordStarts indexes each list's words under the list's tag.
func newWordStarts(lists map[topicSet][]string) *wordStarts {
	x := &wordStarts{byPair: map[[2]byte][]startWord{}}
	for tag, words := range lists {
		for _, w := range words {
			switch {
			case w == "":
			case len(w) == 1:
				x.short = append(x.short, startWord{w, tag})
			default:
				k := [2]byte{w[0], w[1]}
				x.byPair[k] = append(x.byPair[k], startWord{w, tag})
			}
		}
	}
	return x
}

// find returns the tags of the words that occur in s at the start of a
// word, as containsWordStart decides it for each word alone: at the start
// of s, or after a character that is no Latin or Cyrillic letter or digit.
func (x *wordStarts) find(s string) topicSet {
	var ts topicSet
	inWord := false
	for at, r := range s {
		if !inWord {
			if at+1 < len(s) {
				for _, c := range x.byPair[[2]byte{s[at], s[at+1]}] {
					if ts&c.tag != c.tag && strings.HasPrefix(s[at:], c.w) {
						ts |= c.tag
					}
				}
			}
			for _, c := range x.short {
				if s[at] == c.w[0] {
					ts |= c.tag
				}
			}
		}
		inWord = wordRune(r)
	}
	return ts
}

// has reports whether any word occurs in s at the start of a word.
func (x *wordStarts) has(s string) bool { return x.find(s) != 0 }

// wordRune reports whether r continues a word for containsWordStart: a
// lower-case Latin letter, a digit, or an accented Latin, Greek or
// Cyrillic letter.
func wordRune(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= '0' && r <= '9'
	}
	return r >= 0xC0 && r < 0x530
}

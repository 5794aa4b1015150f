// Package sentiment detects shopper frustration and anger in every supported
// language from a weighted lexicon plus typographic signals (shouting in
// capitals, runs of "!" or "?"). The assistant hands a frustrated shopper
// over to the merchant instead of trying again.
package sentiment

import (
	"math"
	"sort"
	"strings"
	"unicode"
)

// Threshold is the Score above which a message counts as frustrated.
const Threshold = 0.5

// Result is the frustration estimate for one message.
type Result struct {
	Frustrated bool
	// Score in [0,1): 1-exp(-evidence), so independent signals add up.
	Score float64
	// Signals names what fired (lexicon phrases, "caps", "exclamations"),
	// for the merchant's handoff summary.
	Signals []string
}

// Score rates the frustration of text written in lang. Phrases from the
// message's language and from English (shoppers mix in "wtf", "scam") count.
func Score(text, lang string) Result {
	low := strings.ToLower(text)
	var evidence float64
	var signals []string
	base, _, _ := strings.Cut(lang, "-")
	seen := map[string]bool{}
	for _, l := range []string{base, "en"} {
		if seen[l] {
			continue
		}
		seen[l] = true
		for _, p := range sortedPhrases[l] {
			if containsPhrase(low, p) {
				evidence += lexicon[l][p]
				signals = append(signals, p)
			}
		}
	}
	if n := maxRun(text, '!') + maxRun(text, '！'); n >= 2 {
		evidence += 0.3 * math.Min(float64(n-1), 3)
		signals = append(signals, "exclamations")
	}
	if n := maxRun(text, '?') + maxRun(text, '？'); n >= 3 {
		evidence += 0.3
		signals = append(signals, "question marks")
	}
	if shouting(text) {
		evidence += 0.8
		signals = append(signals, "caps")
	}
	score := 1 - math.Exp(-evidence)
	return Result{Frustrated: score >= Threshold, Score: score, Signals: signals}
}

// sortedPhrases fixes the order phrases are tried in, so Signals is stable.
var sortedPhrases = func() map[string][]string {
	out := make(map[string][]string, len(lexicon))
	for l, phrases := range lexicon {
		keys := make([]string, 0, len(phrases))
		for p := range phrases {
			keys = append(keys, p)
		}
		sort.Strings(keys)
		out[l] = keys
	}
	return out
}()

// containsPhrase finds p in s; for alphabetic phrases the match must start
// and end at word boundaries ("nul" must not match "annuler").
func containsPhrase(s, p string) bool {
	alphabetic := isAlpha(firstRune(p))
	off := 0
	for {
		i := strings.Index(s[off:], p)
		if i < 0 {
			return false
		}
		i += off
		end := i + len(p)
		if !alphabetic {
			return true
		}
		before := lastRune(s[:i])
		after := firstRune(s[end:])
		if !isAlpha(before) && !isAlpha(after) {
			return true
		}
		off = i + 1
	}
}

func isAlpha(r rune) bool {
	return unicode.IsLetter(r) && unicode.In(r, unicode.Latin, unicode.Cyrillic, unicode.Arabic)
}

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

func lastRune(s string) rune {
	r := rune(0)
	for _, c := range s {
		r = c
	}
	return r
}

func maxRun(s string, c rune) int {
	best, cur := 0, 0
	for _, r := range s {
		if r == c {
			cur++
			best = max(best, cur)
		} else {
			cur = 0
		}
	}
	return best
}

// shouting is true when at least two words of three or more letters are
// written entirely in capitals and they make up most of the cased words
// (so "I ordered from DHL" is not shouting). E-mail addresses and links
// are not words: phones and some keyboards write an address in capitals,
// and that is no anger.
func shouting(text string) bool {
	var upperWords, casedWords int
	var words []string
	for _, tok := range strings.Fields(text) {
		low := strings.ToLower(tok)
		if strings.Contains(tok, "@") || strings.Contains(low, "://") || strings.HasPrefix(low, "www.") {
			continue
		}
		words = append(words, strings.FieldsFunc(tok, func(r rune) bool { return !unicode.IsLetter(r) })...)
	}
	for _, w := range words {
		letters, upper := 0, 0
		for _, r := range w {
			if unicode.IsUpper(r) || unicode.IsLower(r) {
				letters++
				if unicode.IsUpper(r) {
					upper++
				}
			}
		}
		if letters < 3 {
			continue
		}
		casedWords++
		if upper == letters {
			upperWords++
		}
	}
	return upperWords >= 2 && upperWords*2 > casedWords
}

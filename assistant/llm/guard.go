package llm

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// ErrRejected wraps every guard refusal; callers fall back to the template.
var ErrRejected = errors.New("llm output rejected")

var (
	// factToken matches ASCII tokens that carry a digit: amounts, order
	// numbers, dates, tracking numbers (models invent these most easily).
	// ASCII only, so CJK words glued to a number ("1001已发货") still compare.
	factToken = regexp.MustCompile(`[A-Za-z0-9][A-Za-z0-9\-./:]*[0-9][A-Za-z0-9\-./:]*|[0-9]+`)
	urlToken  = regexp.MustCompile(`https?://[^\s)\]>"']+`)
	citation  = regexp.MustCompile(`\[(\d{1,2})\]`)
	// contactToken matches email addresses and www. hosts written without
	// a scheme: a model can send the shopper there as easily as to a link.
	contactToken = regexp.MustCompile(`[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+|\bwww\.[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+`)
)

// CheckRephrase accepts out only when it keeps every fact verbatim and
// contains no digit-bearing token or link absent from the draft.
func CheckRephrase(draft, out string, facts []string) error {
	for _, f := range facts {
		if f != "" && !strings.Contains(out, f) {
			return fmt.Errorf("%w: fact %q missing", ErrRejected, f)
		}
	}
	if tok, ok := novel(out, draft+" "+strings.Join(facts, " ")); ok {
		return fmt.Errorf("%w: invented %q", ErrRejected, tok)
	}
	return nil
}

// CheckAnswer parses the model's FAQ answer: it must cite at least one
// passage that exists, and every number or link in it must come from the
// passages or the question.
func CheckAnswer(question, out string, passages []Passage) (Answer, error) {
	if strings.Contains(out, "NO_ANSWER") {
		return Answer{}, fmt.Errorf("%w: model has no answer", ErrRejected)
	}
	var cites []int
	seen := map[int]bool{}
	for _, m := range citation.FindAllStringSubmatch(out, -1) {
		n, _ := strconv.Atoi(m[1])
		if n < 1 || n > len(passages) {
			return Answer{}, fmt.Errorf("%w: cites missing passage [%d]", ErrRejected, n)
		}
		if !seen[n] {
			seen[n] = true
			cites = append(cites, n)
		}
	}
	if len(cites) == 0 {
		return Answer{}, fmt.Errorf("%w: no citation", ErrRejected)
	}
	var src strings.Builder
	src.WriteString(question)
	for _, p := range passages {
		src.WriteString(" " + p.Title + " " + p.Text + " " + p.URL)
	}
	if tok, ok := novel(citation.ReplaceAllString(out, " "), src.String()); ok {
		return Answer{}, fmt.Errorf("%w: invented %q", ErrRejected, tok)
	}
	return Answer{Text: out, Citations: cites}, nil
}

// novel returns the first digit-bearing token, link, email address or www.
// host of out that does not occur in source. Tokens compare whole (or as a
// part of a source token split at - . / :, so "2 to 4" may quote "2-4"): a
// number that is only a substring of the source's ("7" in "75", a tracking
// number with a digit dropped) is a changed fact.
func novel(out, source string) (string, bool) {
	for _, u := range urlToken.FindAllString(out, -1) {
		if !strings.Contains(source, strings.TrimRight(u, ".,;")) {
			return u, true
		}
	}
	if c, ok := novelContact(urlToken.ReplaceAllString(out, " "), source); ok {
		return c, true
	}
	known := map[string]bool{}
	for _, tok := range factToken.FindAllString(source, -1) {
		tok = strings.TrimRight(tok, ".,:;-/")
		known[tok] = true
		for _, part := range strings.FieldsFunc(tok, func(r rune) bool { return strings.ContainsRune("-./:", r) }) {
			known[part] = true
		}
	}
	rest := urlToken.ReplaceAllString(out, " ")
	for _, tok := range factToken.FindAllString(rest, -1) {
		tok = strings.TrimRight(tok, ".,:;-/")
		if tok == "" {
			continue
		}
		if !known[tok] {
			return tok, true
		}
	}
	return "", false
}

// novelContact returns the first email address or www. host of out that
// source does not contain (host names and addresses compare without case).
func novelContact(out, source string) (string, bool) {
	lower := strings.ToLower(source)
	for _, c := range contactToken.FindAllString(out, -1) {
		if !strings.Contains(lower, strings.ToLower(c)) {
			return c, true
		}
	}
	return "", false
}

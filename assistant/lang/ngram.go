package lang

import (
	"bufio"
	"bytes"
	"fmt"
	"math"
	"strings"
	"unicode"
)

// latinLangs are the languages scored by the n-gram model, in column order.
var latinLangs = []string{"en", "es", "fr", "de", "it", "pt", "nl", "tr", "pl", "id"}

const (
	maxOrder = 5
	// alpha is the additive smoothing mass of an unseen n-gram.
	alpha = 0.5
)

// ngramModel holds log P(gram | language) for every n-gram seen in training,
// one float32 column per Latin language.
type ngramModel struct {
	index  map[string]int32
	logp   []float32
	unseen [maxOrder + 1][]float32
}

// eachLatinLine calls fn with every line of the corpus's "@@lang" sections
// of Latin-script languages and the language's column in latinLangs; the
// n-gram and the word model read the corpus alike.
func eachLatinLine(corpus []byte, fn func(line string, col int)) error {
	cols := make(map[string]int, len(latinLangs))
	for i, l := range latinLangs {
		cols[l] = i
	}
	cur := -1
	sc := bufio.NewScanner(bytes.NewReader(corpus))
	for sc.Scan() {
		line := sc.Text()
		if name, ok := strings.CutPrefix(line, "@@"); ok {
			c, latin := cols[name]
			cur = -1
			if latin {
				cur = c
			}
			continue
		}
		if cur >= 0 {
			fn(line, cur)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read language corpus: %w", err)
	}
	return nil
}

// trainNgrams builds the model from a corpus of "@@lang" sections, one
// message per line; sections of non-Latin languages are ignored.
func trainNgrams(corpus []byte) (*ngramModel, error) {
	counts := make(map[string][]int)
	var totals [maxOrder + 1][]int
	for n := range totals {
		totals[n] = make([]int, len(latinLangs))
	}
	err := eachLatinLine(corpus, func(line string, cur int) {
		eachGram(prepare(line), func(g string, n int) {
			row := counts[g]
			if row == nil {
				row = make([]int, len(latinLangs))
				counts[g] = row
			}
			row[cur]++
			totals[n][cur]++
		})
	})
	if err != nil {
		return nil, err
	}
	var vocab [maxOrder + 1]int
	for g := range counts {
		vocab[len([]rune(g))]++
	}
	m := &ngramModel{index: make(map[string]int32, len(counts)), logp: make([]float32, 0, len(counts)*len(latinLangs))}
	for n := 1; n <= maxOrder; n++ {
		m.unseen[n] = make([]float32, len(latinLangs))
		for li := range latinLangs {
			m.unseen[n][li] = float32(math.Log(alpha / (float64(totals[n][li]) + alpha*float64(vocab[n]))))
		}
	}
	for g, row := range counts {
		n := len([]rune(g))
		m.index[g] = int32(len(m.logp) / len(latinLangs))
		for li, c := range row {
			m.logp = append(m.logp, float32(math.Log((float64(c)+alpha)/(float64(totals[n][li])+alpha*float64(vocab[n])))))
		}
	}
	return m, nil
}

// score adds the log-likelihood of text under each language to dst.
func (m *ngramModel) score(text string, dst []float64) int {
	grams := 0
	eachGram(prepare(text), func(g string, n int) {
		grams++
		if row, ok := m.index[g]; ok {
			base := int(row) * len(latinLangs)
			for li := range latinLangs {
				dst[li] += float64(m.logp[base+li])
			}
			return
		}
		for li := range latinLangs {
			dst[li] += float64(m.unseen[n][li])
		}
	})
	return grams
}

// prepare lower-cases text and keeps only Latin letter runs, each padded by
// one space so that word starts and ends become n-grams of their own.
func prepare(text string) string {
	var b strings.Builder
	b.WriteByte(' ')
	space := true
	for _, field := range fieldsFunc(text) {
		if isAddress(field) {
			continue
		}
		for _, r := range strings.ToLower(field) {
			if unicode.Is(unicode.Latin, r) {
				b.WriteRune(r)
				space = false
			} else if !space {
				b.WriteByte(' ')
				space = true
			}
		}
		if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	return b.String()
}

// eachGram calls fn with every character n-gram (1..maxOrder) of s that is
// not pure padding, without allocating.
func eachGram(s string, fn func(g string, n int)) {
	// starts holds the byte offsets of the last maxOrder runes.
	var starts [maxOrder + 1]int
	count := 0
	for i := range s {
		copy(starts[:], starts[1:])
		starts[maxOrder] = i
		count++
		end := i + runeLen(s[i:])
		for n := 1; n <= maxOrder && n <= count; n++ {
			g := s[starts[maxOrder-n+1]:end]
			if g == " " {
				continue
			}
			fn(g, n)
		}
	}
}

func runeLen(s string) int {
	for i := range s {
		if i > 0 {
			return i
		}
	}
	return len(s)
}

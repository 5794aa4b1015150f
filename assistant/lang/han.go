package lang

import (
	"bufio"
	"bytes"
	"fmt"
	"math"
	"strings"
	"unicode"
)

// hanModel tells Japanese from Chinese in text written in Han characters
// only ("返品", "在庫ありますか" without its kana is rare, but "送料無料"
// and "返品交換" are common): naive Bayes over the Han characters and
// character pairs of the Japanese and Chinese training messages. Japanese
// compounds (返品, 在庫, 送料, 注文) differ from the Chinese ones (退货,
// 库存, 运费, 订单) even where every character is shared.
type hanModel struct {
	// logRatio[g] is log P(g | ja) − log P(g | zh) for every gram seen.
	logRatio map[string]float64
	// unseenJa and unseenZh are the smoothed log probabilities of a gram
	// never seen in that language, per gram length (1 or 2).
	unseenRatio [3]float64
}

func trainHan(corpus []byte) (*hanModel, error) {
	counts := [2]map[string]int{{}, {}} // 0 = ja, 1 = zh
	var totals [2][3]int
	cur := -1
	sc := bufio.NewScanner(bytes.NewReader(corpus))
	for sc.Scan() {
		line := sc.Text()
		if name, ok := strings.CutPrefix(line, "@@"); ok {
			switch name {
			case "ja":
				cur = 0
			case "zh-Hans", "zh-Hant":
				cur = 1
			default:
				cur = -1
			}
			continue
		}
		if cur < 0 {
			continue
		}
		eachHanGram(line, func(g string, n int) {
			counts[cur][g]++
			totals[cur][n]++
		})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read Han corpus: %w", err)
	}
	vocab := [3]int{}
	seen := map[string]bool{}
	for _, c := range counts {
		for g := range c {
			if !seen[g] {
				seen[g] = true
				vocab[len([]rune(g))]++
			}
		}
	}
	logp := func(lang int, g string, n int) float64 {
		return math.Log((float64(counts[lang][g]) + alpha) / (float64(totals[lang][n]) + alpha*float64(vocab[n])))
	}
	m := &hanModel{logRatio: make(map[string]float64, len(seen))}
	for g := range seen {
		n := len([]rune(g))
		m.logRatio[g] = logp(0, g, n) - logp(1, g, n)
	}
	for n := 1; n <= 2; n++ {
		m.unseenRatio[n] = logp(0, "", n) - logp(1, "", n)
	}
	return m, nil
}

// japaneseEvidence is log P(text | ja) − log P(text | zh) over the Han
// characters and adjacent pairs of text.
func (m *hanModel) japaneseEvidence(text string) float64 {
	var sum float64
	eachHanGram(text, func(g string, n int) {
		if r, ok := m.logRatio[g]; ok {
			sum += r
		} else {
			sum += m.unseenRatio[n]
		}
	})
	return sum
}

// eachHanGram calls fn with every Han character and every pair of adjacent
// Han characters of text.
func eachHanGram(text string, fn func(g string, n int)) {
	var prev rune
	for _, r := range text {
		if !unicode.Is(unicode.Han, r) {
			prev = 0
			continue
		}
		fn(string(r), 1)
		if prev != 0 {
			fn(string([]rune{prev, r}), 2)
		}
		prev = r
	}
}

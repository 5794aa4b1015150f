package intent

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode"
)

// TrainOptions controls the stochastic gradient descent.
type TrainOptions struct {
	Epochs       int
	LearningRate float64
	// Seed fixes shuffling and augmentation so training is reproducible.
	Seed uint64
	// Augment adds a typo'd copy of every Latin-script example, since
	// shoppers type fast on phones.
	Augment bool
}

// DefaultTrainOptions returns the settings used by Load.
func DefaultTrainOptions() TrainOptions {
	return TrainOptions{Epochs: 14, LearningRate: 1.5, Seed: 5, Augment: true}
}

// Train fits a classifier on examples.
func Train(examples []Example, opt TrainOptions) (*Classifier, error) {
	if numClasses != len(Intents) {
		return nil, fmt.Errorf("intent: numClasses %d != %d intents", numClasses, len(Intents))
	}
	if len(examples) == 0 {
		return nil, fmt.Errorf("intent: no training examples")
	}
	index := make(map[string]int, len(Intents))
	for i, in := range Intents {
		index[in] = i
	}
	rng := rand.New(rand.NewPCG(opt.Seed, opt.Seed^0x9e3779b97f4a7c15))

	type sample struct {
		feats []uint32
		label int
	}
	samples := make([]sample, 0, 2*len(examples))
	for _, ex := range examples {
		label, ok := index[ex.Intent]
		if !ok {
			return nil, fmt.Errorf("intent: unknown label %q", ex.Intent)
		}
		samples = append(samples, sample{features(Normalize(ex.Text), nil), label})
		if opt.Augment {
			if typo, ok := addTypo(ex.Text, rng); ok {
				samples = append(samples, sample{features(Normalize(typo), nil), label})
			}
		}
	}

	c := &Classifier{weights: make([]float32, numBuckets*numClasses)}
	c.pool.New = func() any { s := make([]uint32, 0, 256); return &s }
	order := make([]int, len(samples))
	for i := range order {
		order[i] = i
	}
	for epoch := 0; epoch < opt.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		lr := opt.LearningRate / (1 + float64(epoch)*0.5)
		for _, i := range order {
			s := samples[i]
			p := softmax(c.logits(s.feats))
			scale := featureScale(len(s.feats))
			var grad [numClasses]float32
			for k := range p {
				target := 0.0
				if k == s.label {
					target = 1
				}
				grad[k] = float32(lr * (target - p[k]) * scale)
			}
			for _, f := range s.feats {
				row := c.weights[int(f)*numClasses : int(f)*numClasses+numClasses]
				for k := range row {
					row[k] += grad[k]
				}
			}
		}
	}
	return c, nil
}

// addTypo drops, doubles or swaps one letter of a Latin-script word, the
// common slips of phone typing. Other scripts are left alone: an IME typo
// produces a different character, not a missing one.
func addTypo(text string, rng *rand.Rand) (string, bool) {
	runes := []rune(text)
	var letters []int
	for i, r := range runes {
		if r < 0x250 && unicode.IsLetter(r) {
			letters = append(letters, i)
		}
	}
	if len(letters) < 6 {
		return "", false
	}
	i := letters[1+rng.IntN(len(letters)-2)]
	var out []rune
	switch rng.IntN(3) {
	case 0:
		out = append(append(out, runes[:i]...), runes[i+1:]...)
	case 1:
		out = append(append(append(out, runes[:i+1]...), runes[i]), runes[i+1:]...)
	default:
		out = append(out, runes...)
		if i+1 < len(out) {
			out[i], out[i+1] = out[i+1], out[i]
		}
	}
	return strings.TrimSpace(string(out)), true
}

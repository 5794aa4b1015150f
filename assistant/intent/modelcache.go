package intent

import (
	"bufio"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// CacheEnv names the environment variable that holds a directory where the
// trained model is kept for other processes of the same build. Every
// process that classifies trains the model once (about 2.5 s of CPU, ten
// times that under the race detector); CI's test binaries, a dozen of
// them built from one commit, share one training this way. Unset, every
// process trains, as the app does in production. The cache is keyed by
// the corpora and options, not by the code: it is meant for one build's
// processes (a fresh directory per CI run), never across code changes.
const CacheEnv = "SHOPASSIST_INTENT_CACHE"

// modelMagic starts a cached model file.
const modelMagic = "shopassist-intent-v1"

// cacheKey names the cached model of a training: the corpora, the options
// and the model's shape.
func cacheKey(corpora [][]byte, opt TrainOptions) string {
	h := sha256.New()
	for _, c := range corpora {
		fmt.Fprintf(h, "%d:", len(c))
		h.Write(c)
	}
	fmt.Fprintf(h, "%+v|%d|%d", opt, numBuckets, numClasses)
	return "intent-" + hex.EncodeToString(h.Sum(nil))[:32] + ".bin"
}

// readModel loads a cached model; an error when there is none or it is not
// one of this shape.
func readModel(path string) (*Classifier, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 1<<20)
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(r, magic); err != nil || string(magic) != modelMagic {
		return nil, errors.New("intent: not a cached model")
	}
	c := newClassifier()
	if err := binary.Read(r, binary.LittleEndian, c.weights); err != nil {
		return nil, fmt.Errorf("intent: read cached model: %w", err)
	}
	return c, nil
}

// writeModel stores a model for other processes, atomically: a reader sees
// a whole file or none.
func writeModel(path string, c *Classifier) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".intent-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	w := bufio.NewWriterSize(tmp, 1<<20)
	if _, err := w.WriteString(modelMagic); err != nil {
		tmp.Close()
		return err
	}
	if err := binary.Write(w, binary.LittleEndian, c.weights); err != nil {
		tmp.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

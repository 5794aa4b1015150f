// Package evalset holds what the evaluation-set converters share: reading a
// two-column CSV, a deterministic stratified sample and JSONL output. It uses
// the standard library only, like the converters.
package evalset

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand"
	"os"
	"sort"
)

// ReadCSV returns the records of a CSV file whose header is exactly the two
// named columns.
func ReadCSV(path, col1, col2 string) ([][2]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	header, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("read header of %s: %w", path, err)
	}
	if len(header) != 2 || header[0] != col1 || header[1] != col2 {
		return nil, fmt.Errorf("%s: unexpected header %q (want %s,%s)", path, header, col1, col2)
	}
	var recs [][2]string
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return recs, nil
		}
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", path, err)
		}
		recs = append(recs, [2]string{rec[0], rec[1]})
	}
}

// RoundRobin takes up to limit rows from the buckets in turn (each bucket
// sorted by text, then shuffled with the seeded rng, buckets visited in
// sorted order) so a large bucket cannot crowd out the others and the output
// is the same on every run.
func RoundRobin[T any](buckets map[string][]T, limit int, rng *rand.Rand, text func(T) string) []T {
	keys := SortedKeys(buckets)
	for _, k := range keys {
		b := buckets[k]
		sort.Slice(b, func(i, j int) bool { return text(b[i]) < text(b[j]) })
		rng.Shuffle(len(b), func(i, j int) { b[i], b[j] = b[j], b[i] })
	}
	var out []T
	for i := 0; len(out) < limit; i++ {
		added := false
		for _, k := range keys {
			if i < len(buckets[k]) && len(out) < limit {
				out = append(out, buckets[k][i])
				added = true
			}
		}
		if !added {
			break
		}
	}
	return out
}

// SortedKeys returns the map's keys in order, so iteration is deterministic.
func SortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// WriteJSONL writes one JSON object per row (HTML characters unescaped).
func WriteJSONL[T any](path string, rows []T) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("create output: %w", err)
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, r := range rows {
		if err := enc.Encode(r); err != nil {
			f.Close()
			return fmt.Errorf("encode row: %w", err)
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("flush output: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("close output: %w", err)
	}
	return nil
}

package knowledge

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"os"
	"sort"
)

// productStore keeps the full products of an on-disk index in one
// append-only file of binary records, so the heap holds only the compact
// entries. Records are read back with pread (never mmapped), so the file
// lives in the kernel's page cache, not in the process's resident memory,
// and a hit costs one read and one decode. Appends happen under the shop
// index's write lock (or while a build or compaction owns the file);
// concurrent reads are safe.
type productStore struct {
	f    *os.File
	size int64 // bytes written
}

// storeLoc is where a product's record sits in the store.
type storeLoc struct {
	off int64
	n   uint32
}

func newProductStore(dir string) (*productStore, error) {
	f, err := os.CreateTemp(dir, "products-*.bin")
	if err != nil {
		return nil, fmt.Errorf("create product store: %w", err)
	}
	return &productStore{f: f}, nil
}

// put appends one product.
func (st *productStore) put(p *Product) (storeLoc, error) {
	return st.putRecord(encodeProduct(nil, p))
}

// putRecord appends an encoded record (compaction copies them as they are).
func (st *productStore) putRecord(rec []byte) (storeLoc, error) {
	if _, err := st.f.WriteAt(rec, st.size); err != nil {
		return storeLoc{}, fmt.Errorf("write product store: %w", err)
	}
	loc := storeLoc{off: st.size, n: uint32(len(rec))}
	st.size += int64(len(rec))
	return loc, nil
}

// record reads one encoded record.
func (st *productStore) record(loc storeLoc) ([]byte, error) {
	buf := make([]byte, loc.n)
	if _, err := st.f.ReadAt(buf, loc.off); err != nil {
		return nil, fmt.Errorf("read product store at %d: %w", loc.off, err)
	}
	return buf, nil
}

// get reads one product.
func (st *productStore) get(loc storeLoc) (*Product, error) {
	rec, err := st.record(loc)
	if err != nil {
		return nil, err
	}
	p, err := decodeProduct(rec)
	if err != nil {
		return nil, fmt.Errorf("product store record at %d: %w", loc.off, err)
	}
	return p, nil
}

// close closes and deletes the file.
func (st *productStore) close() error {
	err := st.f.Close()
	if rerr := os.Remove(st.f.Name()); err == nil && rerr != nil {
		err = fmt.Errorf("remove product store: %w", rerr)
	}
	return err
}

// storeWriter appends many records through a buffer (full builds and
// compaction write the whole catalog); flush before reading them back.
type storeWriter struct {
	st  *productStore
	w   *bufio.Writer
	buf []byte
}

func (st *productStore) writer() *storeWriter {
	return &storeWriter{st: st, w: bufio.NewWriterSize(&appendFile{st}, 1<<20)}
}

func (sw *storeWriter) put(p *Product) (storeLoc, error) {
	sw.buf = encodeProduct(sw.buf[:0], p)
	return sw.putRecord(sw.buf)
}

func (sw *storeWriter) putRecord(rec []byte) (storeLoc, error) {
	loc := storeLoc{off: sw.st.size + int64(sw.w.Buffered()), n: uint32(len(rec))}
	if _, err := sw.w.Write(rec); err != nil {
		return storeLoc{}, fmt.Errorf("write product store: %w", err)
	}
	return loc, nil
}

func (sw *storeWriter) flush() error {
	if err := sw.w.Flush(); err != nil {
		return fmt.Errorf("write product store: %w", err)
	}
	return nil
}

// appendFile writes at the end of the store, advancing its size.
type appendFile struct{ st *productStore }

func (a *appendFile) Write(b []byte) (int, error) {
	n, err := a.st.f.WriteAt(b, a.st.size)
	a.st.size += int64(n)
	return n, err
}

// The record format: unsigned varints for counts and lengths, zigzag
// varints for integers, 8 little-endian bytes for floats. Counts are
// stored plus one, zero meaning nil, so a product comes back exactly as it
// went in (nil and empty maps and slices stay apart).

func encodeProduct(b []byte, p *Product) []byte {
	b = binary.AppendVarint(b, p.ID)
	for _, s := range []string{p.Handle, p.Title, p.Description, p.Vendor, p.ProductType, p.URL, p.ImageURL, p.Status} {
		b = appendString(b, s)
	}
	b = appendStrings(b, p.Tags)
	b = appendCount(b, len(p.Options), p.Options == nil)
	for _, o := range p.Options {
		b = appendString(b, o.Name)
		b = appendStrings(b, o.Values)
	}
	b = appendCount(b, len(p.Variants), p.Variants == nil)
	for _, v := range p.Variants {
		b = binary.AppendVarint(b, v.ID)
		b = appendString(b, v.Title)
		b = appendString(b, v.SKU)
		b = appendFloat(b, v.Price)
		b = appendFloat(b, v.CompareAtPrice)
		b = appendMap(b, v.Options)
		if v.Available {
			b = append(b, 1)
		} else {
			b = append(b, 0)
		}
		b = binary.AppendVarint(b, int64(v.Inventory))
		b = binary.AppendVarint(b, int64(v.Grams))
	}
	b = appendCount(b, len(p.Translations), p.Translations == nil)
	for _, loc := range sortedLocales(p.Translations) {
		tr := p.Translations[loc]
		b = appendString(b, loc)
		b = appendString(b, tr.Title)
		b = appendString(b, tr.Description)
		b = appendString(b, tr.ProductType)
		b = appendMap(b, tr.OptionValues)
	}
	b = appendStrings(b, p.Collections)
	b = appendFloat(b, p.Popularity)
	t, _ := p.UpdatedAt.MarshalBinary() // fails only for zone offsets that are not whole minutes
	return appendString(b, string(t))
}

func appendCount(b []byte, n int, isNil bool) []byte {
	if isNil {
		return append(b, 0)
	}
	return binary.AppendUvarint(b, uint64(n)+1)
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func appendStrings(b []byte, ss []string) []byte {
	b = appendCount(b, len(ss), ss == nil)
	for _, s := range ss {
		b = appendString(b, s)
	}
	return b
}

func appendFloat(b []byte, f float64) []byte {
	return binary.LittleEndian.AppendUint64(b, math.Float64bits(f))
}

func appendMap(b []byte, m map[string]string) []byte {
	b = appendCount(b, len(m), m == nil)
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		b = appendString(b, k)
		b = appendString(b, m[k])
	}
	return b
}

var errCorruptRecord = errors.New("corrupt product record")

// decoder reads a record; the strings it returns share one copy of it.
type decoder struct {
	s   string
	err error
}

func decodeProduct(rec []byte) (*Product, error) {
	d := &decoder{s: string(rec)}
	p := &Product{ID: d.varint()}
	for _, f := range []*string{&p.Handle, &p.Title, &p.Description, &p.Vendor, &p.ProductType, &p.URL, &p.ImageURL, &p.Status} {
		*f = d.string()
	}
	p.Tags = d.strings()
	if n, ok := d.count(); ok {
		p.Options = make([]Option, n)
		for i := range p.Options {
			p.Options[i] = Option{Name: d.string(), Values: d.strings()}
		}
	}
	if n, ok := d.count(); ok {
		p.Variants = make([]Variant, n)
		for i := range p.Variants {
			v := &p.Variants[i]
			v.ID = d.varint()
			v.Title, v.SKU = d.string(), d.string()
			v.Price, v.CompareAtPrice = d.float(), d.float()
			v.Options = d.stringMap()
			v.Available = d.byte() == 1
			v.Inventory = int(d.varint())
			v.Grams = int(d.varint())
		}
	}
	if n, ok := d.count(); ok {
		p.Translations = make(map[string]Translation, n)
		for range n {
			loc := d.string()
			p.Translations[loc] = Translation{Title: d.string(), Description: d.string(), ProductType: d.string(),
				OptionValues: d.stringMap()}
		}
	}
	p.Collections = d.strings()
	p.Popularity = d.float()
	if t := d.string(); d.err == nil {
		if err := p.UpdatedAt.UnmarshalBinary([]byte(t)); err != nil {
			return nil, fmt.Errorf("%w: %w", errCorruptRecord, err)
		}
	}
	if d.err == nil && d.s != "" {
		d.err = errCorruptRecord
	}
	if d.err != nil {
		return nil, d.err
	}
	return p, nil
}

func (d *decoder) fail() { d.err, d.s = errCorruptRecord, "" }

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	var v uint64
	for i := 0; i < len(d.s) && i < binary.MaxVarintLen64; i++ {
		c := d.s[i]
		v |= uint64(c&0x7f) << (7 * i)
		if c < 0x80 {
			d.s = d.s[i+1:]
			return v
		}
	}
	d.fail()
	return 0
}

func (d *decoder) varint() int64 {
	u := d.uvarint()
	return int64(u>>1) ^ -int64(u&1) // zigzag, as binary.AppendVarint writes
}

func (d *decoder) count() (int, bool) {
	n := d.uvarint()
	if n == 0 || n-1 > uint64(len(d.s)) { // every element takes at least a byte
		if n != 0 {
			d.fail()
		}
		return 0, false
	}
	return int(n - 1), true
}

func (d *decoder) string() string {
	n := d.uvarint()
	if n > uint64(len(d.s)) {
		d.fail()
		return ""
	}
	s := d.s[:n]
	d.s = d.s[n:]
	return s
}

func (d *decoder) strings() []string {
	n, ok := d.count()
	if !ok {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = d.string()
	}
	return out
}

func (d *decoder) stringMap() map[string]string {
	n, ok := d.count()
	if !ok {
		return nil
	}
	m := make(map[string]string, n)
	for range n {
		k := d.string()
		m[k] = d.string()
	}
	return m
}

func (d *decoder) float() float64 {
	if d.err != nil || len(d.s) < 8 {
		d.fail()
		return 0
	}
	var u uint64
	for i := 7; i >= 0; i-- {
		u = u<<8 | uint64(d.s[i])
	}
	v := math.Float64frombits(u)
	d.s = d.s[8:]
	return v
}

func (d *decoder) byte() byte {
	if d.err != nil || len(d.s) < 1 {
		d.fail()
		return 0
	}
	c := d.s[0]
	d.s = d.s[1:]
	return c
}

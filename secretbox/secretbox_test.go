package secretbox

import (
	"bytes"
	"errors"
	"path/filepath"
	"testing"
)

func TestSealOpen(t *testing.T) {
	key := bytes.Repeat([]byte{7}, 32)
	b, err := New(key)
	if err != nil {
		t.Fatal(err)
	}
	ct, err := b.Seal([]byte("shpat_secret"), []byte("a.myshopify.com"))
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(ct, []byte("shpat_secret")) {
		t.Fatal("ciphertext contains the plaintext")
	}
	other, _ := New(bytes.Repeat([]byte{8}, 32))
	tampered := append([]byte(nil), ct...)
	tampered[len(tampered)-1] ^= 1
	tests := []struct {
		name string
		box  *Box
		ct   []byte
		ad   string
		ok   bool
	}{
		{"round trip", b, ct, "a.myshopify.com", true},
		{"other shop", b, ct, "b.myshopify.com", false},
		{"wrong key", other, ct, "a.myshopify.com", false},
		{"tampered", b, tampered, "a.myshopify.com", false},
		{"truncated", b, ct[:5], "a.myshopify.com", false},
	}
	for _, tt := range tests {
		pt, err := tt.box.Open(tt.ct, []byte(tt.ad))
		if tt.ok && (err != nil || string(pt) != "shpat_secret") {
			t.Errorf("%s: %q, %v", tt.name, pt, err)
		}
		if !tt.ok && !errors.Is(err, ErrDecrypt) {
			t.Errorf("%s: err = %v, want ErrDecrypt", tt.name, err)
		}
	}
}

func TestParseKeyAndKeyFile(t *testing.T) {
	for _, s := range []string{"0707070707070707070707070707070707070707070707070707070707070707", "BwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc="} {
		if k, err := ParseKey(s); err != nil || len(k) != 32 {
			t.Errorf("ParseKey(%q) = %v", s, err)
		}
	}
	if _, err := ParseKey("short"); err == nil {
		t.Error("short key accepted")
	}
	p := filepath.Join(t.TempDir(), "k", "key")
	k1, err := LoadOrCreateKeyFile(p)
	if err != nil {
		t.Fatal(err)
	}
	k2, err := LoadOrCreateKeyFile(p)
	if err != nil || !bytes.Equal(k1, k2) {
		t.Fatalf("key file not stable: %v", err)
	}
}

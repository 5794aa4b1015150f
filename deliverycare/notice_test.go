package deliverycare

import (
	"errors"
	"net/url"
	"strings"
	"testing"
	"time"

	"shopassist/assistant/lang"
)

// Every supported language has every kind and line, in its own words.
func TestNoticeTextsCoverEveryLanguage(t *testing.T) {
	en := noticeTexts["en"]
	for _, l := range lang.Supported {
		tx, ok := noticeTexts[l]
		if !ok {
			t.Errorf("%s: no notice texts", l)
			continue
		}
		for _, k := range Kinds {
			s := tx.Kinds[k]
			if !strings.Contains(s, "{order}") {
				t.Errorf("%s/%s: %q lacks {order}", l, k, s)
			}
			if l != "en" && s == en.Kinds[k] {
				t.Errorf("%s/%s: English copy", l, k)
			}
		}
		if !strings.Contains(tx.Kinds[KindLate], "{expected}") || !strings.Contains(tx.Estimate, "{date}") ||
			!strings.Contains(tx.Code, "{code}") || !strings.Contains(tx.Code, "{percent}") {
			t.Errorf("%s: a placeholder is missing", l)
		}
		for name, s := range map[string]string{"Subject": tx.Subject, "Track": tx.Track, "Unsub": tx.Unsub, "UnsubDone": tx.UnsubDone} {
			if s == "" || (l != "en" && s == map[string]string{"Subject": en.Subject, "Track": en.Track, "Unsub": en.Unsub, "UnsubDone": en.UnsubDone}[name]) {
				t.Errorf("%s: %s missing or English", l, name)
			}
		}
	}
}

func TestCompose(t *testing.T) {
	exp := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	est := time.Date(2026, 12, 8, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		in   NoticeInput
		want []string
	}{
		{"late with a new estimate, French", NoticeInput{Lang: "fr", ShopName: "Nord", OrderName: "#1019", Kind: KindLate,
			Expected: &exp, NewEstimate: &est, TrackingURL: "https://t.example/1", UnsubURL: "https://app/u"},
			[]string{"#1019", "01/12/2026", "08/12/2026", "https://t.example/1", "https://app/u", "Nord"}},
		{"delayed, Arabic digits", NoticeInput{Lang: "ar", OrderName: "#7", Kind: KindDelayed, NewEstimate: &est},
			[]string{"#7", "٨\u200f/١٢\u200f/٢٠٢٦"}},
		{"discount with cap, German", NoticeInput{Lang: "de", OrderName: "#8", Kind: KindLate, Expected: &exp,
			Discount: &Discount{Code: "SORRY-8", Value: FormatPercent("de", 10)}},
			[]string{"SORRY-8", "über 10\u00a0% Rabatt"}},
		{"capped discount as an amount, French", NoticeInput{Lang: "fr", OrderName: "#8", Kind: KindLate, Expected: &exp,
			Discount: &Discount{Code: "SORRY-9", Value: FormatMoney("fr", "EUR", 12.5)}},
			[]string{"SORRY-9", "de 12,50\u00a0€ de réduction"}},
		{"unknown language falls back to English", NoticeInput{Lang: "xx", OrderName: "#9", Kind: KindCustoms},
			[]string{"held at customs"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := Compose(tt.in)
			all := n.Subject + "\n" + n.Body
			for _, w := range tt.want {
				if !strings.Contains(all, w) {
					t.Errorf("notice lacks %q:\n%s", w, all)
				}
			}
			if !strings.Contains(n.Body, n.Text) {
				t.Errorf("widget text %q is not the email's", n.Text)
			}
		})
	}
}

func TestSigner(t *testing.T) {
	s := Signer{Key: []byte("secret"), BaseURL: "https://app.example/"}
	u, err := url.Parse(s.UnsubscribeURL(3, 42, "de"))
	if err != nil {
		t.Fatal(err)
	}
	if u.Path != UnsubscribePath {
		t.Fatalf("path %s", u.Path)
	}
	shop, order, err := s.Verify(u.Query())
	if err != nil || shop != 3 || order != 42 {
		t.Fatalf("verify: %d %d %v", shop, order, err)
	}
	for name, mutate := range map[string]func(q url.Values){
		"other order":  func(q url.Values) { q.Set("o", "43") },
		"other shop":   func(q url.Values) { q.Set("s", "4") },
		"no sig":       func(q url.Values) { q.Del("sig") },
		"bad sig":      func(q url.Values) { q.Set("sig", "AAAA") },
		"not a number": func(q url.Values) { q.Set("o", "x") },
	} {
		q := u.Query()
		mutate(q)
		if _, _, err := s.Verify(q); err == nil {
			t.Errorf("%s: verified", name)
		}
	}
	if _, _, err := (Signer{}).Verify(u.Query()); err == nil {
		t.Error("a signer without a key must refuse every link")
	}
}

func TestWithoutAddress(t *testing.T) {
	base := errors.New("smtp send to a@b.example via relay:587: 550 mailbox a@b.example unknown")
	err := WithoutAddress(base, "a@b.example")
	if strings.Contains(err.Error(), "a@b.example") || !errors.Is(err, base) {
		t.Fatalf("%v (is base: %v)", err, errors.Is(err, base))
	}
}

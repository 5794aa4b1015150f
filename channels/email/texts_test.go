package email

import (
	"strings"
	"testing"

	"shopassist/assistant/lang"
)

func TestMailTextsCoverSupportedLanguages(t *testing.T) {
	en := mailTexts["en"]
	for _, l := range lang.Supported {
		tx, ok := mailTexts[l]
		if !ok {
			t.Errorf("%s: no email wording", l)
			continue
		}
		if tx.Choices == "" || tx.Continue == "" || !strings.Contains(tx.Subject, "{shop}") {
			t.Errorf("%s: incomplete wording %+v", l, tx)
		}
		if l != "en" && (tx.Choices == en.Choices || tx.Continue == en.Continue || tx.Subject == en.Subject) {
			t.Errorf("%s: English copy instead of a translation", l)
		}
	}
	if got := FirstSubject("pt-BR", "Loja"); got != "Sua conversa com Loja" {
		t.Errorf("FirstSubject(pt-BR) = %q", got)
	}
	if got := FirstSubject("xx", "Shop"); got != "Your conversation with Shop" {
		t.Errorf("FirstSubject(xx) = %q", got)
	}
}

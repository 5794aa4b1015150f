package assistant_test

import (
	"context"
	"strings"
	"testing"

	"shopassist/assistant"
	"shopassist/db"
)

// TestLanguagesSettingIsHonoured: a shopper writing in a language the
// merchant did not offer (Settings → Languages) is answered in the store's
// language, with one line saying so in the shopper's language; offered
// languages are answered in their own.
func TestLanguagesSettingIsHonoured(t *testing.T) {
	env := newEnv(t, assistant.Options{})
	ctx := context.Background()
	tests := []struct {
		name      string
		offered   []string
		primary   string
		msg       string
		wantLang  string
		wantNote  string // in the reply's first line; "" means no note
		wantAbout string // the shopper language the reply says it could not use
	}{
		{"offered language answered in it", []string{"en", "de"}, "de", "Wo ist meine Bestellung? Ich warte seit zwei Wochen", "de", "", ""},
		{"not offered → primary, note in French", []string{"en", "de"}, "de", "Où est ma commande ? J'attends depuis deux semaines", "de", "répond en allemand", "fr"},
		{"primary not offered → first offered", []string{"en"}, "fr", "¿Dónde está mi pedido? Llevo dos semanas esperando", "en", "responde en inglés", "es"},
		{"Japanese note names the language in Japanese", []string{"en"}, "en", "注文した商品がまだ届きません。どこにありますか？", "en", "英語で回答します", "ja"},
		{"empty list (older shop) offers every language", nil, "en", "Où est ma commande ? J'attends depuis deux semaines", "fr", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			shop := *env.Shop
			st := db.DefaultSettings()
			st.Languages = tt.offered
			shop.Settings = db.NewJSON(st)
			shop.PrimaryLocale = tt.primary
			r, err := env.Engine.Reply(ctx, assistant.Request{Shop: &shop, Message: tt.msg})
			if err != nil {
				t.Fatal(err)
			}
			if r.Language != tt.wantLang {
				t.Errorf("reply language %s, want %s (%q)", r.Language, tt.wantLang, r.Text)
			}
			first, _, _ := strings.Cut(r.Text, "\n")
			if tt.wantNote == "" {
				if r.ShopperLanguage != "" {
					t.Errorf("note for %s on an offered language: %q", r.ShopperLanguage, r.Text)
				}
				return
			}
			if r.ShopperLanguage != tt.wantAbout || !strings.Contains(first, tt.wantNote) {
				t.Errorf("shopper language %q, first line %q; want %q containing %q", r.ShopperLanguage, first, tt.wantAbout, tt.wantNote)
			}
		})
	}
}

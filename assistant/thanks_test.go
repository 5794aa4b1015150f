package assistant_test

import (
	"context"
	"testing"

	"shopassist/assistant"
)

// TestThanksAndByeNeverHandOff: closing words in every supported language,
// even repeated (two "failed" turns would otherwise trigger the
// repeated-failure handoff), never hand the chat to a human.
func TestThanksAndByeNeverHandOff(t *testing.T) {
	tests := []struct{ lang, thanks, bye string }{
		{"en", "thanks!", "bye"},
		{"es", "gracias", "adiós"},
		{"fr", "merci beaucoup", "au revoir"},
		{"de", "danke schön", "tschüss"},
		{"it", "grazie mille", "ciao, arrivederci"},
		{"pt", "obrigado", "tchau"},
		{"nl", "dank je wel", "doei"},
		{"pl", "dziękuję", "do widzenia"},
		{"tr", "teşekkürler", "görüşürüz"},
		{"ru", "спасибо", "до свидания"},
		{"ar", "شكرا", "مع السلامة"},
		{"ja", "ありがとうございます", "さようなら"},
		{"ko", "감사합니다", "안녕히 계세요"},
		{"zh-Hans", "谢谢", "再见"},
		{"zh-Hant", "謝謝", "再見"},
		{"id", "terima kasih", "sampai jumpa"},
	}
	env := newEnv(t, assistant.Options{})
	ctx := context.Background()
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			var id, token string
			for _, m := range []string{tt.thanks, tt.bye, tt.thanks, tt.bye} {
				r, err := env.Engine.Reply(ctx, assistant.Request{Shop: env.Shop, ConversationID: id, ConversationToken: token, Message: m})
				if err != nil {
					t.Fatal(err)
				}
				if id == "" {
					id, token = r.ConversationID, r.ConversationToken
				}
				if r.Handoff {
					t.Fatalf("%q handed off (intent %s): %q", m, r.Intent, r.Text)
				}
			}
		})
	}
}

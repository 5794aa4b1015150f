package assistant

import (
	"strings"
	"unicode"

	"shopassist/assistant/dialogue"
	"shopassist/assistant/identity"
	"shopassist/assistant/intent"
)

// maxContactAsks is how often the bot asks for a contact after a handoff
// before it lets the shopper carry on without one.
const maxContactAsks = 2

// declinePhrases are short refusals to share a contact, lower-case, in every
// supported language. Matched as substrings of a short message.
var declinePhrases = []string{
	"no thanks", "no thank you", "no, thanks", "nope", "rather not", "i'd rather not", "skip", "don't want to", "no",
	"no gracias", "prefiero no", "nein danke", "nein, danke", "lieber nicht", "möchte ich nicht", "nein",
	"non merci", "non, merci", "je préfère pas", "je préfère ne pas", "non", "no grazie", "preferisco di no",
	"não, obrigado", "não obrigado", "não obrigada", "prefiro não", "não", "nee bedankt", "nee, bedankt", "liever niet", "nee",
	"nie dziękuję", "nie, dziękuję", "wolę nie", "nie", "hayır teşekkürler", "hayır, teşekkürler", "istemiyorum", "hayır",
	"нет, спасибо", "нет спасибо", "не хочу", "нет", "لا شكرا", "لا، شكرا", "لا شكرًا", "لا",
	"いいえ", "結構です", "けっこうです", "大丈夫です", "아니요", "괜찮아요", "괜찮습니다", "아뇨",
	"不用了", "不用", "不要", "不需要", "tidak, terima kasih", "tidak terima kasih", "tidak usah", "nggak usah", "tidak",
}

// declines reports whether a short message refuses to share a contact.
func declines(text string) bool {
	s := strings.ToLower(strings.TrimSpace(text))
	s = strings.Trim(s, " .!。！")
	if len([]rune(s)) > 40 {
		return false
	}
	for _, p := range declinePhrases {
		if s == p || strings.HasPrefix(s, p+" ") || strings.HasPrefix(s, p+",") || (wordy(p) && strings.Contains(s, p)) {
			return true
		}
	}
	return false
}

// contactWords name an email address or a phone in the supported
// languages: a message with one is an (unreadable) answer to the contact
// question, never a new topic, whatever the classifier guesses.
var contactWords = []string{"mail", "@", "phone", "mobile", "handy", "telefon", "correo", "teléfono", "móvil",
	"courriel", "portable", "téléphone", "cellulare", "telefone", "celular", "telefoon", "mobiel", "komórk", "почт",
	"телефон", "мобильн", "بريد", "هاتف", "جوال", "メール", "電話", "携帯", "이메일", "메일", "전화", "휴대폰", "邮箱",
	"邮件", "电话", "手机", "郵件", "電郵", "手機", "surel", "nomor", "ponsel", "cellphone"}

func mentionsContact(text string) bool {
	s := strings.ToLower(text)
	for _, w := range contactWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// wordy reports whether a decline phrase is distinctive enough to match
// inside a message: several Latin words, or CJK text (written without
// spaces), but not "no" or "لا", which occur inside other words.
func wordy(p string) bool {
	for _, r := range p {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
			return true
		}
	}
	return len([]rune(p)) > 3 && !unicode.In([]rune(p)[0], unicode.Arabic)
}

// captureContact handles the shopper's answer to "could you share your
// email?" after a handoff. It reports false when the message is not an
// answer (a new, confident request): the turn then runs as usual.
func (t *turn) captureContact() bool {
	st := &t.state
	if email, ok := identity.Email(t.u.Ents.Email); ok {
		t.conv.CustomerEmail = email
		t.contactCaptured(email)
		return true
	}
	if t.u.Ents.Phone != "" {
		if phone, ok := identity.Phone(t.u.Ents.Phone, t.reply.Language); ok {
			t.conv.CustomerPhone = phone
			t.contactCaptured(phone)
			return true
		}
	}
	if declines(t.text) {
		st.Drop()
		st.ContactAsks = 0
		t.reply.Intent = intent.HumanHandoff
		t.say(t.t("contact_declined", nil))
		return true
	}
	in := t.u.Intent
	if !mentionsContact(t.text) && in != intent.Unclear && in != intent.Greeting && in != intent.HumanHandoff && t.u.Confidence >= switchConfidence {
		st.Drop()
		return false
	}
	if st.ContactAsks >= maxContactAsks {
		st.Drop()
		st.ContactAsks = 0
		return false
	}
	st.ContactAsks++
	t.reply.Intent = intent.HumanHandoff
	t.say(t.t("contact_invalid", nil))
	return true
}

func (t *turn) contactCaptured(contact string) {
	t.state.Drop()
	t.state.ContactAsks = 0
	t.reply.Intent = intent.HumanHandoff
	t.say(t.t("contact_saved", map[string]any{"Contact": contact}))
}

// askContact asks for a way to reach the shopper after a handoff and waits
// for the answer.
func (t *turn) askContact() {
	t.say(t.t("handoff_ask_email", nil))
	t.state.Await(intent.HumanHandoff, dialogue.AwaitHandoffContact)
}

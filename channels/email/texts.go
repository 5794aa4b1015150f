package email

import (
	"strings"

	"shopassist/assistant/lang"
)

// mailText is the fixed wording around a reply by email in one language.
type mailText struct {
	// Choices introduces the quick replies, which email cannot show as
	// buttons.
	Choices string
	// Continue closes a reply: answering the mail continues the
	// conversation.
	Continue string
	// Subject is used when the thread has none (a first mail to the
	// shopper); {shop} is the shop's name.
	Subject string
}

// mailTexts cover every language the assistant answers in.
var mailTexts = map[string]mailText{
	"en":      {"You can reply with one of these:", "Reply to this email to continue the conversation.", "Your conversation with {shop}"},
	"es":      {"Puedes responder con una de estas opciones:", "Responde a este correo para continuar la conversación.", "Tu conversación con {shop}"},
	"fr":      {"Vous pouvez répondre par l'une de ces options :", "Répondez à cet e-mail pour poursuivre la conversation.", "Votre conversation avec {shop}"},
	"de":      {"Sie können mit einer dieser Optionen antworten:", "Antworten Sie auf diese E-Mail, um das Gespräch fortzusetzen.", "Ihr Gespräch mit {shop}"},
	"it":      {"Puoi rispondere con una di queste opzioni:", "Rispondi a questa email per continuare la conversazione.", "La tua conversazione con {shop}"},
	"pt":      {"Você pode responder com uma destas opções:", "Responda a este e-mail para continuar a conversa.", "Sua conversa com {shop}"},
	"nl":      {"Je kunt antwoorden met een van deze opties:", "Beantwoord deze e-mail om het gesprek voort te zetten.", "Je gesprek met {shop}"},
	"pl":      {"Możesz odpowiedzieć jedną z tych opcji:", "Odpowiedz na tę wiadomość, aby kontynuować rozmowę.", "Twoja rozmowa z {shop}"},
	"tr":      {"Şunlardan biriyle yanıt verebilirsiniz:", "Sohbete devam etmek için bu e-postayı yanıtlayın.", "{shop} ile görüşmeniz"},
	"ru":      {"Вы можете ответить одним из вариантов:", "Ответьте на это письмо, чтобы продолжить разговор.", "Ваш разговор с {shop}"},
	"ar":      {"يمكنك الرد بأحد هذه الخيارات:", "ردّ على هذه الرسالة لمتابعة المحادثة.", "محادثتك مع {shop}"},
	"ja":      {"次のいずれかでご返信いただけます：", "このメールに返信すると会話を続けられます。", "{shop}とのお問い合わせ"},
	"ko":      {"다음 중 하나로 답장하실 수 있습니다:", "이 이메일에 답장하시면 대화를 이어갈 수 있습니다.", "{shop}과의 대화"},
	"zh-Hans": {"您可以回复以下任一选项：", "回复此邮件即可继续对话。", "您与 {shop} 的对话"},
	"zh-Hant": {"您可以回覆以下任一選項：", "回覆此郵件即可繼續對話。", "您與 {shop} 的對話"},
	"id":      {"Anda dapat membalas dengan salah satu pilihan ini:", "Balas email ini untuk melanjutkan percakapan.", "Percakapan Anda dengan {shop}"},
}

// textsFor returns the wording in language l, English when it has none.
func textsFor(l string) mailText {
	if t, ok := mailTexts[l]; ok {
		return t
	}
	if base, ok := lang.Normalize(l); ok {
		if t, ok := mailTexts[base]; ok {
			return t
		}
	}
	return mailTexts["en"]
}

// FirstSubject is the subject of a mail that starts a thread.
func FirstSubject(language, shopName string) string {
	return strings.ReplaceAll(textsFor(language).Subject, "{shop}", shopName)
}

package assistant

import (
	"strings"
	"unicode"

	"shopassist/assistant/intent"
)

// thanksPhrases and byePhrases close a chat in every supported language.
// They are answered politely and never count as an unhelpful answer: a
// shopper who says "thanks" twice must not be handed to a human.
var (
	thanksPhrases = []string{
		"thanks", "thank you", "thx", "ty", "cheers", "great thanks", "ok thanks", "perfect thanks",
		"gracias", "muchas gracias", "merci", "merci beaucoup", "danke", "danke schön", "danke schon", "vielen dank",
		"grazie", "grazie mille", "obrigado", "obrigada", "muito obrigado", "muito obrigada", "bedankt", "dank je",
		"dank je wel", "dank u", "dank u wel", "dziękuję", "dzięki", "teşekkürler", "teşekkür ederim", "sağ ol",
		"спасибо", "спасибо большое", "благодарю", "شكرا", "شكرًا", "شكرا لك", "شكرا جزيلا", "ありがとう",
		"ありがとうございます", "どうも", "감사합니다", "고마워요", "고맙습니다", "谢谢", "谢谢你", "多谢", "謝謝",
		"謝謝你", "多謝", "terima kasih", "makasih", "trims",
	}
	byePhrases = []string{
		"bye", "goodbye", "bye bye", "see you", "adiós", "adios", "hasta luego", "chao", "au revoir", "à bientôt",
		"tschüss", "tschüs", "auf wiedersehen", "ciao", "arrivederci", "tchau", "adeus", "até logo", "doei", "dag",
		"tot ziens", "do widzenia", "cześć", "pa", "görüşürüz", "hoşça kal", "до свидания", "пока", "مع السلامة",
		"وداعا", "さようなら", "またね", "じゃあね", "안녕히 계세요", "안녕히 가세요", "안녕", "再见", "拜拜", "再見",
		"sampai jumpa", "dadah", "selamat tinggal",
	}
)

// closingPhrase reports whether text is only thanks and/or a goodbye
// ("thanks, bye!", "ciao, arrivederci"), and whether it says goodbye.
func closingPhrase(text string) (closing, bye bool) {
	s := strings.ToLower(text)
	s = strings.Map(func(r rune) rune {
		if unicode.IsPunct(r) || unicode.IsSymbol(r) {
			return ' '
		}
		return r
	}, s)
	s = strings.Join(strings.Fields(s), " ")
	if s == "" || len([]rune(s)) > 40 {
		return false, false
	}
	for s != "" {
		found := false
		// Longest phrase first, so "thank you" is not read as "thank" + "you".
		best, isBye := "", false
		for i, list := range [][]string{thanksPhrases, byePhrases} {
			for _, p := range list {
				if (s == p || strings.HasPrefix(s, p+" ")) && len(p) > len(best) {
					best, isBye = p, i == 1
				}
			}
		}
		if best != "" {
			found = true
			bye = bye || isBye
			s = strings.TrimSpace(s[len(best):])
		}
		if !found {
			return false, false
		}
	}
	return true, bye
}

// closing answers thanks or goodbye; it reports false for anything else.
func (t *turn) closing() bool {
	ok, bye := closingPhrase(t.text)
	if !ok {
		return false
	}
	t.reply.Intent = intent.Greeting
	if bye {
		t.say(t.x("social_bye", nil))
	} else {
		t.say(t.t("social_thanks", nil))
	}
	return true
}

package actions

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Short answers to "Shall I…?" in the supported languages. The quick
// replies are the main path; these cover a shopper who types the answer.
var (
	yesWords = []string{"yes", "yeah", "yep", "ok", "okay", "sure", "please do", "ja", "jawohl", "gerne", "sí", "si", "claro",
		"vale", "oui", "d'accord", "volontiers", "sì", "certo", "va bene", "sim", "pode", "graag", "prima", "نعم", "أجل", "حسنا",
		"是", "是的", "好", "好的", "可以", "对", "對", "はい", "お願いします", "ええ", "네", "예", "좋아요", "да", "давайте", "evet",
		"tamam", "tak", "dobrze", "ya", "iya", "boleh", "oke"}
	noWords = []string{"no", "nope", "don't", "nein", "lieber nicht", "non", "não", "nao", "nee", "لا", "不", "不要", "不用",
		"いいえ", "やめて", "아니요", "아니", "нет", "не надо", "hayır", "nie", "tidak", "jangan", "gak"}
	exchangeWords = []string{"exchange", "swap", "umtausch", "umtauschen", "tauschen", "cambiar", "cambio", "échange",
		"échanger", "cambiare", "trocar", "troca", "ruilen", "omruilen", "استبدال", "تبديل", "换", "換", "交換", "교환",
		"обмен", "обменять", "değiş", "wymian", "wymien", "wymień", "tukar"}
)

func short(text string) string {
	t := strings.ToLower(strings.TrimSpace(text))
	t = strings.TrimRightFunc(t, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) })
	return t
}

func answerIs(text string, words []string) bool {
	t := short(text)
	if len([]rune(t)) > 30 {
		return false
	}
	for _, w := range words {
		rest, ok := strings.CutPrefix(t, w)
		if !ok {
			continue
		}
		if rest == "" {
			return true
		}
		r, _ := utf8.DecodeRuneInString(rest)
		switch {
		case r == ' ' || r == ',' || r == '!' || (!isLatin(w) && (unicode.IsSpace(r) || unicode.IsPunct(r))):
			return true
		case unspaced(w) && !hedged(rest):
			// Chinese and Japanese write no spaces: "好的谢谢" is a yes.
			return true
		}
		// Otherwise the word only begins another one ("дайте", "예약").
	}
	return false
}

// unspaced reports whether w is written without spaces between words (Han,
// kana), where a yes runs straight into what follows.
func unspaced(w string) bool {
	for _, r := range w {
		if !unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) {
			return false
		}
	}
	return true
}

// hedges after an unspaced yes word turn it into something else: a
// negation ("对不起" sorry, "是不是" whether, "はいりません" not needed) or a
// question ("可以吗").
var hedges = []string{"不", "没", "沒", "别", "別", "ない", "ません", "吗", "嗎", "?", "？"}

func hedged(rest string) bool {
	for _, h := range hedges {
		if strings.Contains(rest, h) {
			return true
		}
	}
	return strings.HasSuffix(rest, "か")
}

func isLatin(s string) bool {
	for _, r := range s {
		if r > unicode.MaxLatin1 && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

// Confirms reports whether text accepts a preview: the confirm quick
// reply (label) or a short yes.
func Confirms(text, label string) bool {
	return strings.EqualFold(strings.TrimSpace(text), label) || (!Declines(text, "") && answerIs(text, yesWords))
}

// Declines reports whether text turns a preview down: the keep quick
// reply (label) or a short no.
func Declines(text, label string) bool {
	return (label != "" && strings.EqualFold(strings.TrimSpace(text), label)) || answerIs(text, noWords)
}

// WantsExchange reports whether a return message asks for an exchange.
func WantsExchange(text string) bool {
	low := strings.ToLower(text)
	for _, w := range exchangeWords {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// addressWords name a shipping address across the supported languages.
var addressWords = []string{"address", "ship to", "deliver to", "adresse", "dirección", "direccion", "domicilio", "indirizzo",
	"endereço", "endereco", "morada", "adres", "anschrift", "عنوان", "地址", "住所", "お届け先", "配送先", "주소", "배송지", "адрес", "alamat",
	// a part of the address: "I typed the wrong street number"
	"street", "house number", "zip code", "postcode", "postal code", "calle", "código postal", "numéro de rue", "code postal",
	"straße", "strasse", "hausnummer", "postleitzahl", "numero civico", "número da casa", "straat", "huisnummer", "ulic",
	"numer domu", "kod pocztowy", "sokak", "cadde", "kapı numara", "posta kodu", "kode pos", "o cep", "meu cep", "cep errado", "شارع", "الرمز البريدي",
	"улиц", "номер дома", "почтовый индекс", "番地", "郵便番号", "门牌", "邮编", "門牌", "郵遞區號", "우편번호", "번지", "도로명",
	// the flat: "I got the apartment number wrong"
	"apartment", "flat number", "el piso", "número de piso", "appartement", "wohnungsnummer", "appartamento", "apartamento", "appartement",
	"mieszkani", "квартир", "شقة", "الشقة", "部屋番号", "号室", "房间号", "房號", "daire numara", "nomor rumah", "호수"}

// MentionsAddress reports whether a change request is about the shipping
// address (the assistant changes nothing else on a placed order).
func MentionsAddress(text string) bool {
	low := strings.ToLower(text)
	for _, w := range addressWords {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

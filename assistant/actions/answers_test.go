package actions

import "testing"

// TestTypedAnswers pins how a typed reply to "Shall I cancel/change/
// request…?" is read. A confirmation executes an order action, so words
// that only begin with a yes ("对不起" sorry, "дайте" give me, "예약"
// reservation, "はいりません" not needed) must not count as one.
func TestTypedAnswers(t *testing.T) {
	const confirmLabel, keepLabel = "Yes, cancel the order", "Keep the order"
	tests := []struct {
		text              string
		confirms, decline bool
	}{
		// The quick replies themselves, whatever the case.
		{"Yes, cancel the order", true, false},
		{"  yes, CANCEL the order ", true, false},
		{"Keep the order", false, true},

		// A short typed yes in each supported language.
		{"yes", true, false},
		{"Sure!", true, false},
		{"ok, go ahead", true, false},
		{"Ja, bitte", true, false},
		{"oui", true, false},
		{"d'accord", true, false},
		{"sí, claro", true, false},
		{"sì", true, false},
		{"sim", true, false},
		{"graag", true, false},
		{"tak", true, false},
		{"evet", true, false},
		{"iya", true, false},
		{"да, пожалуйста", true, false},
		{"давайте", true, false},
		{"نعم", true, false},
		{"是的,取消订单", true, false},
		{"好的", true, false},
		{"好的谢谢", true, false},
		{"對", true, false},
		{"はい、お願いします", true, false},
		{"お願いします", true, false},
		{"네, 취소해 주세요", true, false},
		{"좋아요", true, false},

		// A short typed no.
		{"no", false, true},
		{"No, thanks.", false, true},
		{"nein", false, true},
		{"lieber nicht", false, true},
		{"non merci", false, true},
		{"não", false, true},
		{"nee", false, true},
		{"nie", false, true},
		{"hayır", false, true},
		{"tidak", false, true},
		{"нет", false, true},
		{"لا", false, true},
		{"不要", false, true},
		{"不用了", false, true},
		{"いいえ", false, true},
		{"아니요", false, true},

		// Not an answer: longer messages and words that merely start like one.
		{"yesterday I ordered a jacket", false, false},
		{"okinawa", false, false},
		{"Yes, but first tell me when the parcel would arrive if I keep it", false, false},
		{"notebook", false, false},
		{"对不起,我改主意了", false, false},
		{"是不是要付手续费?", false, false},
		{"可以吗?", false, false},
		{"дайте подумать", false, false},
		{"дата доставки?", false, false},
		{"예약 번호가 뭐예요?", false, false},
		{"はいりません", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := Confirms(tt.text, confirmLabel); got != tt.confirms {
				t.Errorf("Confirms = %v, want %v", got, tt.confirms)
			}
			if got := Declines(tt.text, keepLabel); got != tt.decline {
				t.Errorf("Declines = %v, want %v", got, tt.decline)
			}
		})
	}
	// Without a keep label only the words decline.
	if Declines("", "") || !Declines("nope", "") {
		t.Error("Declines with no label")
	}
}

func TestWantsExchange(t *testing.T) {
	for text, want := range map[string]bool{
		"I'd like to exchange the boots for a bigger size": true,
		"Kann ich das umtauschen?":                         true,
		"je voudrais échanger la veste":                    true,
		"quiero cambiar la talla":                          true,
		"vorrei cambiare il colore":                        true,
		"posso trocar o tamanho?":                          true,
		"kan ik dit ruilen":                                true,
		"chcę wymienić rozmiar":                            true,
		"أريد استبدال المقاس":                              true,
		"我想换一个尺码":                                          true,
		"サイズを交換したい":                                        true,
		"사이즈 교환 가능한가요":                                     true,
		"хочу обменять куртку":                             true,
		"bedeni değiştirmek istiyorum":                     true,
		"saya mau tukar ukuran":                            true,
		"I want my money back":                             false,
		"Ich möchte es zurückschicken":                     false,
		"返品したいです":                                          false,
	} {
		if got := WantsExchange(text); got != want {
			t.Errorf("WantsExchange(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestMentionsAddress(t *testing.T) {
	for text, want := range map[string]bool{
		"Can you change the shipping address?": true,
		"please ship to my office instead":     true,
		"Lieferadresse ändern":                 true,
		"changer l'adresse de livraison":       true,
		"cambiar la dirección de envío":        true,
		"cambiare l'indirizzo":                 true,
		"alterar o endereço":                   true,
		"adres wijzigen":                       true,
		"تغيير العنوان":                        true,
		"修改收货地址":                               true,
		"配送先を変更したい":                            true,
		"배송지 변경":                               true,
		"изменить адрес доставки":              true,
		"ubah alamat pengiriman":               true,
		"can I change the colour of my order?": false,
		"Kann ich die Größe noch ändern?":      false,
		"サイズを変更できますか":                          false,
	} {
		if got := MentionsAddress(text); got != want {
			t.Errorf("MentionsAddress(%q) = %v, want %v", text, got, want)
		}
	}
}

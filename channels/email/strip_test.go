package email

import "testing"

func TestStripQuoted(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "Where is my order?", "Where is my order?"},
		{"gt lines", "Yes please.\n> Do you want a refund?\n> Best", "Yes please."},
		{"en attribution", "Thanks!\n\nOn Mon, Jun 3, 2024 at 9:00 AM Shop <s@shop.example> wrote:\n> hi", "Thanks!"},
		{"en wrapped attribution", "Thanks!\n\nOn Mon, Jun 3, 2024 at 9:00 AM Shop Support <support@shop.example>\nwrote:\n> hi", "Thanks!"},
		{"en mention is not a quote", "On Monday I wrote to you about my order, any news?", "On Monday I wrote to you about my order, any news?"},
		{"fr", "Merci\n\nLe lun. 3 juin 2024 à 09:00, Boutique <s@shop.example> a écrit :\n> bonjour", "Merci"},
		{"de", "Danke\n\nAm Mo., 3. Juni 2024 um 09:00 Uhr schrieb Shop <s@shop.example>:\n> hallo", "Danke"},
		{"es", "Gracias\n\nEl lun, 3 jun 2024 a las 9:00, Tienda (<s@shop.example>) escribió:\n> hola", "Gracias"},
		{"it", "Grazie\n\nIl giorno lun 3 giu 2024 alle ore 09:00 Shop <s@shop.example> ha scritto:\n> ciao", "Grazie"},
		{"pt", "Obrigado\n\nEm seg., 3 de jun. de 2024 às 09:00, Loja <s@shop.example> escreveu:\n> olá", "Obrigado"},
		{"nl", "Bedankt\n\nOp ma 3 jun. 2024 om 09:00 schreef Winkel <s@shop.example>:\n> hoi", "Bedankt"},
		{"pl", "Dzięki\n\nW dniu pon., 3.06.2024 o 09:00 Sklep <s@shop.example> napisał(a):\n> cześć", "Dzięki"},
		{"tr", "Teşekkürler\n\nShop <s@shop.example>, 3 Haz 2024 Pzt, 09:00 tarihinde şunu yazdı:\n> merhaba", "Teşekkürler"},
		{"ru", "Спасибо\n\nпн, 3 июн. 2024 г. в 09:00, Магазин <s@shop.example>:\n> привет", "Спасибо"},
		{"ru pishet", "Спасибо\n\n3 июня 2024, Магазин пишет:\n> привет", "Спасибо"},
		{"ja", "ありがとうございます\n\n2024年6月3日(月) 9:00 Shop <s@shop.example>:\n> こんにちは", "ありがとうございます"},
		{"ja kakimashita", "ありがとう\n\n2024/06/03 9:00、Shopが書きました:\n> こんにちは", "ありがとう"},
		{"ko", "감사합니다\n\n2024년 6월 3일 (월) 오전 9:00, Shop <s@shop.example>님이 작성:\n> 안녕하세요", "감사합니다"},
		{"zh", "谢谢\n\nShop <s@shop.example> 于2024年6月3日周一 09:00写道：\n> 你好", "谢谢"},
		{"zh-Hant", "謝謝\n\nShop <s@shop.example> 於 2024年6月3日 週一 09:00 寫道：\n> 你好", "謝謝"},
		{"id", "Terima kasih\n\nPada tanggal Sen, 3 Jun 2024 pukul 09.00 Shop <s@shop.example> menulis:\n> halo", "Terima kasih"},
		{"ar", "شكرا\n\nفي الاثنين، 3 يونيو 2024، كتب Shop <s@shop.example>:\n> مرحبا", "شكرا"},
		{"outlook block", "Yes\n\nFrom: Shop <s@shop.example>\nSent: Monday, June 3, 2024 9:00 AM\nTo: me\nSubject: x\n\nold", "Yes"},
		{"outlook de", "Ja\n\nVon: Shop <s@shop.example>\nGesendet: Montag, 3. Juni 2024 09:00\nAn: mir\n\nalt", "Ja"},
		{"outlook fr bold", "Oui\n\n*De :* Shop <s@shop.example>\n*Envoyé :* lundi 3 juin 2024 09:00\n\nancien", "Oui"},
		{"from line alone is text", "From: the order page I cannot pay", "From: the order page I cannot pay"},
		{"original message", "Ok\n\n-----Original Message-----\nFrom: x\nold", "Ok"},
		{"ursprüngliche", "Ok\n\n-----Ursprüngliche Nachricht-----\nVon: x", "Ok"},
		{"sig dash", "My order is late.\n\n-- \nAna García\n+34 600 000 000", "My order is late."},
		{"iphone en", "Is it waterproof?\n\nSent from my iPhone", "Is it waterproof?"},
		{"iphone fr", "Est-ce imperméable ?\n\nEnvoyé de mon iPhone", "Est-ce imperméable ?"},
		{"iphone es", "¿Es impermeable?\n\nEnviado desde mi iPhone", "¿Es impermeable?"},
		{"iphone ja", "防水ですか？\n\niPhoneから送信", "防水ですか？"},
		{"iphone zh", "防水吗？\n\n发自我的iPhone", "防水吗？"},
		{"iphone ko", "방수인가요?\n\n내 iPhone에서 보냄", "방수인가요?"},
		{"outlook mobile", "Ok thanks\n\nGet Outlook for Android", "Ok thanks"},
		{"android pl", "Dzięki\n\nWysłane z mojego Galaxy", "Dzięki"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := StripQuoted(tt.in); got != tt.want {
				t.Errorf("StripQuoted() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestHTMLText(t *testing.T) {
	tests := []struct {
		name, in   string
		skipQuotes bool
		want       string
	}{
		{"gmail", `<div dir="ltr">Where is it?</div><br><div class="gmail_quote"><div class="gmail_attr">On Mon wrote:</div><blockquote>old</blockquote></div>`, true, "Where is it?"},
		{"gmail full", `<div dir="ltr">Where is it?</div><div class="gmail_quote"><blockquote>old</blockquote></div>`, false, "Where is it?\nold"},
		{"outlook", `<div>Yes please<br>Ana</div><div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>From:</b> Shop</div><div>old text</div>`, true, "Yes please\nAna"},
		{"apple", `<div>Ok</div><div><br><blockquote type="cite">old</blockquote></div>`, true, "Ok"},
		{"thunderbird", `<p>Fine</p><div class="moz-cite-prefix">On 3/6 Shop wrote:</div><blockquote type="cite">old</blockquote>`, true, "Fine"},
		{"script dropped", `<style>p{}</style><script>x()</script><p>Hi &amp; bye</p>`, false, "Hi & bye"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := HTMLText(tt.in, tt.skipQuotes); got != tt.want {
				t.Errorf("HTMLText() = %q, want %q", got, tt.want)
			}
		})
	}
}

package sentiment

import "testing"

func TestScore(t *testing.T) {
	tests := []struct {
		lang, text string
		want       bool
	}{
		{"en", "where is my order?", false},
		{"en", "thanks, that helps a lot", false},
		{"en", "this is a SCAM, where is my money", true},
		{"en", "WHERE IS MY ORDER I PAID TWO WEEKS AGO", true},
		{"en", "still not delivered, this is ridiculous!!!", true},
		{"en", "I ordered from DHL Express", false},
		{"en", "OLIVER.BENNETT@POST.EXAMPLE", false},
		{"en", "WHERE IS MY ORDER, I WROTE FROM OLIVER@POST.EXAMPLE TWICE", true},
		{"en", "order 1034 HTTPS://SHOP.EXAMPLE/ACCOUNT/ORDERS", false},
		{"es", "¿cuándo llega mi pedido?", false},
		{"es", "esto es una estafa, estoy harta", true},
		{"es", "pésimo servicio, todavía no llega nada!!", true},
		{"fr", "je voudrais annuler ma commande", false},
		{"fr", "c'est une arnaque, service nul", true},
		{"de", "wann kommt meine Bestellung?", false},
		{"de", "Frechheit! Immer noch nicht da, ich bin echt sauer", true},
		{"it", "il mio ordine è in ritardo?", false},
		{"it", "è una truffa, servizio pessimo", true},
		{"pt", "quero trocar o tamanho", false},
		{"pt", "que absurdo, ainda não chegou, vou no procon", true},
		{"nl", "wanneer wordt het bezorgd", false},
		{"nl", "belachelijk, nog steeds niet geleverd", true},
		{"tr", "siparişim ne zaman gelir", false},
		{"tr", "rezalet, hala gelmedi bıktım", true},
		{"pl", "kiedy dotrze paczka", false},
		{"pl", "to oszustwo, mam dość", true},
		{"id", "kapan pesanan saya sampai", false},
		{"id", "penipu, saya kecewa banget", true},
		{"ar", "متى يصل طلبي", false},
		{"ar", "هذا نصب واحتيال، غير مقبول", true},
		{"ru", "когда придёт мой заказ", false},
		{"ru", "это обман, до сих пор не пришло, надоело", true},
		{"ja", "注文はいつ届きますか", false},
		{"ja", "最悪です。いい加減にしてください", true},
		{"ko", "주문 언제 와요", false},
		{"ko", "진짜 최악이네요 짜증나요", true},
		{"zh-Hans", "我的订单什么时候到", false},
		{"zh-Hans", "你们是骗子吧，气死我了", true},
		{"zh-Hant", "我的訂單什麼時候到", false},
		{"zh-Hant", "太離譜了，我要投訴", true},
	}
	for _, tt := range tests {
		got := Score(tt.text, tt.lang)
		if got.Frustrated != tt.want {
			t.Errorf("[%s] %q: frustrated=%v (score %.2f, %v), want %v", tt.lang, tt.text, got.Frustrated, got.Score, got.Signals, tt.want)
		}
		if got.Score < 0 || got.Score >= 1 {
			t.Errorf("score %v out of [0,1)", got.Score)
		}
	}
}

func TestScoreGrowsWithEvidence(t *testing.T) {
	calm := Score("my order is late", "en").Score
	angry := Score("my order is late, this is ridiculous", "en").Score
	furious := Score("my order is late, this is RIDICULOUS AND UNACCEPTABLE!!!", "en").Score
	if !(calm < angry && angry < furious) {
		t.Errorf("scores not increasing: %v %v %v", calm, angry, furious)
	}
}

func BenchmarkScore(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Score("still not delivered, this is ridiculous!!!", "en")
	}
}

package intent

import "testing"

// The core requests of a shop's customer service, one phrasing per language
// and intent, are read and answered (not clarified or refused) in all 16
// languages. Many are close to training sentences: this pins that the
// model keeps them, it does not measure generalisation (TestHeldOutAccuracy
// does).
func TestCoreRequestsInEveryLanguage(t *testing.T) {
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	byIntent := map[string]map[string]string{
		OrderStatus: {
			"en": "Where is my order?", "de": "Wo ist meine Bestellung?", "fr": "Où est ma commande ?", "es": "¿Dónde está mi pedido?",
			"it": "Dov'è il mio ordine?", "nl": "Waar is mijn bestelling?", "pt": "Onde está meu pedido?", "pl": "Gdzie jest moje zamówienie?",
			"ja": "注文した商品はどこですか？", "zh-Hans": "我的订单在哪里？", "zh-Hant": "我的訂單在哪裡？", "ko": "제 주문은 어디에 있나요?",
			"ar": "أين طلبي؟", "ru": "Где мой заказ?", "tr": "Siparişim nerede?", "id": "Di mana pesanan saya?",
		},
		ReturnPolicy: {
			"en": "What is your return policy?", "de": "Wie sind Ihre Rückgabebedingungen?", "fr": "Quelle est votre politique de retour ?",
			"es": "¿Cuál es su política de devoluciones?", "it": "Qual è la vostra politica di reso?", "nl": "Wat is jullie retourbeleid?",
			"pt": "Qual é a política de devolução?", "pl": "Jaka jest polityka zwrotów?", "ja": "返品ポリシーを教えてください",
			"zh-Hans": "你们的退货政策是什么？", "zh-Hant": "你們的退貨政策是什麼？", "ko": "반품 정책이 어떻게 되나요?",
			"ar": "ما هي سياسة الإرجاع؟", "ru": "Какие у вас условия возврата?", "tr": "İade politikanız nedir?", "id": "Bagaimana kebijakan pengembalian?",
		},
		HumanHandoff: {
			"en": "I want to talk to a human", "de": "Ich möchte mit einem Menschen sprechen", "fr": "Je voudrais parler à un humain",
			"es": "Quiero hablar con un agente", "it": "Vorrei parlare con un operatore", "nl": "Ik wil met een medewerker praten",
			"pt": "Quero falar com um atendente", "pl": "Chcę rozmawiać z konsultantem", "ja": "担当者と話したいです",
			"zh-Hans": "我要找人工客服", "zh-Hant": "我要找真人客服", "ko": "상담원과 통화하고 싶어요", "ar": "أريد التحدث مع موظف",
			"ru": "Хочу поговорить с оператором", "tr": "Bir temsilciyle konuşmak istiyorum", "id": "Saya mau bicara dengan CS",
		},
		Greeting: {
			"en": "Hello", "de": "Hallo", "fr": "Bonjour", "es": "Hola", "it": "Ciao", "nl": "Hallo", "pt": "Olá", "pl": "Cześć",
			"ja": "こんにちは", "zh-Hans": "你好", "zh-Hant": "你好", "ko": "안녕하세요", "ar": "مرحبا", "ru": "Привет", "tr": "Merhaba", "id": "Halo",
		},
		Thanks: {
			"en": "Thank you so much!", "de": "Vielen Dank!", "fr": "Merci beaucoup !", "es": "¡Muchas gracias!", "it": "Grazie mille!",
			"nl": "Dank je wel!", "pt": "Muito obrigado!", "pl": "Dziękuję bardzo!", "ja": "ありがとうございます", "zh-Hans": "谢谢你",
			"zh-Hant": "謝謝你", "ko": "감사합니다", "ar": "شكرا جزيلا", "ru": "Спасибо большое!", "tr": "Çok teşekkürler!", "id": "Terima kasih banyak!",
		},
	}
	for in, texts := range byIntent {
		if len(texts) != 16 {
			t.Errorf("%s: %d languages, want all 16", in, len(texts))
		}
		for lang, text := range texts {
			p := Reread(c.Predict(text))
			v, alts := Decide(p)
			if p.Intent != in || v != Answer {
				t.Errorf("[%s] %q: %s (%.2f) %v %v, want %s answered", lang, text, p.Intent, p.Confidence, v, alts, in)
			}
		}
	}
	// Off-topic requests stay off-topic.
	for _, text := range []string{"What's the capital of Australia?", "Can you set an alarm for 7am?"} {
		if p := c.Predict(text); !OutOfScopeConfident(p) {
			t.Errorf("%q: %s (%.2f), want confidently out of scope", text, p.Intent, p.Confidence)
		}
	}
}

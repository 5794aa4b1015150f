package assistant_test

import (
	"context"
	"testing"

	"shopassist/assistant"
	"shopassist/assistant/eval"
	"shopassist/assistant/intent"
)

// caseR6ReturnInTime: a return asked with the time gone since delivery
// ("two weeks ago", "il y a 2 mois", "45 gün önce", "3週了") or whether it
// is still possible, whatever topic the classifier read: the policy's
// 30-day window, whether the time told is inside it, and the offer to start
// the return with the order number.
func caseR6ReturnInTime(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{
		{"en", "My boots came 10 days ago, can I still return them?", []string{"30", "still within", "order number"}, nil},
		{"en", "The tent showed up around 5 weeks back. Am I too late to send it back?", []string{"30", "has most likely passed"}, nil},
		{"es", "Recibí el pantalón hace 9 días, ¿aún puedo devolverlo?", []string{"30", "todavía estás dentro"}, nil},
		{"de", "Die Jacke wurde vor 5 Wochen geliefert, kann ich sie noch zurückschicken?", []string{"30", "abgelaufen"}, nil},
		{"fr", "J'ai reçu le sac il y a 2 mois, est-ce que je peux encore le retourner ?", []string{"30", "dépassé"}, nil},
		{"it", "Mi è arrivato 3 settimane fa, posso ancora restituirlo?", []string{"30", "ancora entro"}, nil},
		{"nl", "Ik kreeg de jas 6 weken geleden, kan ik hem nog terugsturen?", []string{"30", "verstreken"}, nil},
		{"pt", "Chegou faz 10 dias, ainda posso devolver?", []string{"30", "ainda está dentro"}, nil},
		{"pl", "Buty doszły 2 tygodnie temu, czy mogę jeszcze je zwrócić?", []string{"30", "jeszcze w"}, nil},
		{"ru", "Получил куртку 2 месяца назад, ещё можно вернуть?", []string{"30", "истёк"}, nil},
		{"tr", "Ayakkabılar 45 gün önce geldi, hâlâ iade edebilir miyim?", []string{"30", "dolmuş"}, nil},
		{"id", "Jaketnya sampai 5 hari lalu, masih bisa dikembalikan?", []string{"30", "masih dalam"}, nil},
		{"ar", "وصلني الحذاء قبل 10 أيام، هل لسه أقدر أرجعه؟", []string{"30", "ما زلت ضمن"}, nil},
		{"ja", "2週間前に届いたジャケット、まだ返品できますか？", []string{"30", "まだ30日以内"}, nil},
		{"ko", "3주 전에 받은 신발 아직 반품 돼요?", []string{"30", "아직 30일 이내"}, nil},
		{"zh-Hans", "上周收到的外套，还能退货吗？", []string{"30", "仍在"}, nil},
		{"zh-Hant", "外套收到 3 週了，還可以退貨嗎？", []string{"30", "仍在"}, nil},
		// A date with no elapsed time, asked as until when: the window,
		// not the return-cost passage (which depends on the country), and
		// no verdict.
		{"it", "Il pacco è arrivato il 4 aprile, fino a quando posso rimandarlo indietro?", []string{"30"}, []string{"entro i 30 giorni"}},
		// The money of a return already sent is the refund's (its
		// order is looked up), not the window; nor is "do I have 14
		// days" time gone by.
		{"en", "I sent my parcel back 2 weeks ago and I still haven't got my refund", []string{"order number"}, []string{"30 days", "still within"}},
		{"en", "Do I have 14 days to return an item?", []string{"30"}, []string{"still within"}},
	})
}

// TestR6ReturnInTimeContinues: after the window, the order number the
// shopper sends continues the return, not a new topic.
func TestR6ReturnInTimeContinues(t *testing.T) {
	env := newEnv(t, assistant.Options{})
	ctx := context.Background()
	first, err := env.Engine.Reply(ctx, assistant.Request{Shop: env.Shop, Locale: "en",
		Message: "got the fleece 12 days ago, is it still ok to send it back?"})
	if err != nil {
		t.Fatal(err)
	}
	if first.Intent != intent.ReturnRequest {
		t.Fatalf("first turn intent %q, want %q: %q", first.Intent, intent.ReturnRequest, first.Text)
	}
	next, err := env.Engine.Reply(ctx, assistant.Request{Shop: env.Shop, Locale: "en", ConversationID: first.ConversationID,
		ConversationToken: first.ConversationToken, Message: "#1001"})
	if err != nil {
		t.Fatal(err)
	}
	if next.Intent != intent.ReturnRequest {
		t.Errorf("order number after the window: intent %q, want %q: %q", next.Intent, intent.ReturnRequest, next.Text)
	}
}

// caseR6BankTransferWords: paying into the shop's bank account, said as a
// bank says it ("무통장입금", "振込", "汇款", "轉帳"), is a payment-methods
// question; Korean "무통장입금" matched the price-match entry before.
func caseR6BankTransferWords(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{
		{"ko", "주문하고 무통장으로 넣어도 되나요?", []string{"PayPal"}, []string{"차액"}},
		{"ko", "계좌 이체로 결제 가능해요?", []string{"PayPal"}, nil},
		{"ja", "振り込みで支払いたいのですが可能ですか？", []string{"PayPal"}, nil},
		{"zh-Hans", "能用汇款的方式付吗？", []string{"PayPal"}, nil},
		{"zh-Hant", "我想用轉帳付款，可以嗎？", []string{"PayPal"}, nil},
	})
}

// TestR6ReturnAndFAQ asks the cases above of one demo store: each message is a fresh
// conversation, and one store built once keeps the -race run short.
func TestR6ReturnAndFAQ(t *testing.T) {
	env := answerEnv(t)
	t.Run("R6ReturnInTime", func(t *testing.T) { caseR6ReturnInTime(t, env) })
	t.Run("R6BankTransferWords", func(t *testing.T) { caseR6BankTransferWords(t, env) })
}

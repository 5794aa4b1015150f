// Package inbox holds the agent workspace's logic that does not need HTTP:
// the shipped multilingual saved replies, choosing the text to send in the
// shopper's language, and the readable handoff summary.
package inbox

// Languages are the storefront languages the assistant supports; every
// starter reply has a text in each.
var Languages = []string{"en", "es", "fr", "de", "it", "pt", "nl", "tr", "pl", "id", "ar", "ru", "ja", "ko", "zh-Hans", "zh-Hant"}

// Starter is a saved reply the app ships, written by hand in every
// supported language so a merchant without a translation model can still
// answer each shopper in their own language.
type Starter struct {
	Key   string
	Title string
	Texts map[string]string
}

// Starters is the shipped set, in menu order.
var Starters = []Starter{
	{Key: "where_is_my_order", Title: "Where is my order", Texts: map[string]string{
		"en":      "Thanks for waiting! Your order is on its way. You can follow it with the tracking link in your shipping confirmation email.",
		"es":      "¡Gracias por esperar! Tu pedido está en camino. Puedes seguirlo con el enlace de seguimiento del correo de confirmación de envío.",
		"fr":      "Merci de votre patience ! Votre commande est en route. Vous pouvez la suivre avec le lien de suivi de l'e-mail de confirmation d'expédition.",
		"de":      "Danke fürs Warten! Deine Bestellung ist unterwegs. Du kannst sie über den Sendungslink in der Versandbestätigung per E-Mail verfolgen.",
		"it":      "Grazie per l'attesa! Il tuo ordine è in viaggio. Puoi seguirlo con il link di tracciamento nell'email di conferma di spedizione.",
		"pt":      "Obrigado por aguardar! O seu pedido está a caminho. Pode acompanhá-lo com o link de rastreio no e-mail de confirmação de envio.",
		"nl":      "Bedankt voor je geduld! Je bestelling is onderweg. Je kunt hem volgen met de track-and-tracelink in de verzendbevestiging per e-mail.",
		"tr":      "Beklediğiniz için teşekkürler! Siparişiniz yolda. Kargo onay e-postasındaki takip bağlantısıyla siparişinizi izleyebilirsiniz.",
		"pl":      "Dziękujemy za cierpliwość! Twoje zamówienie jest w drodze. Możesz je śledzić za pomocą linku w e-mailu z potwierdzeniem wysyłki.",
		"id":      "Terima kasih sudah menunggu! Pesanan Anda sedang dalam perjalanan. Anda bisa melacaknya lewat tautan pelacakan di email konfirmasi pengiriman.",
		"ar":      "شكرًا لانتظارك! طلبك في الطريق إليك. يمكنك تتبّعه عبر رابط التتبّع في رسالة تأكيد الشحن المرسلة إلى بريدك الإلكتروني.",
		"ru":      "Спасибо за ожидание! Ваш заказ уже в пути. Отследить его можно по ссылке в письме с подтверждением отправки.",
		"ja":      "お待たせしました！ご注文の商品は配送中です。発送確認メールの追跡リンクから配送状況をご確認いただけます。",
		"ko":      "기다려 주셔서 감사합니다! 주문하신 상품이 배송 중입니다. 배송 확인 이메일의 추적 링크로 확인하실 수 있습니다.",
		"zh-Hans": "感谢您的耐心等待！您的订单正在配送中。您可以通过发货确认邮件中的物流追踪链接查看进度。",
		"zh-Hant": "感謝您的耐心等候！您的訂單正在配送中。您可以透過出貨確認郵件中的物流追蹤連結查看進度。",
	}},
	{Key: "return_steps", Title: "How to return an item", Texts: map[string]string{
		"en":      "To return an item, reply with your order number and the item you'd like to return. We'll email you a return label and the next steps.",
		"es":      "Para devolver un artículo, responde con tu número de pedido y el artículo que quieres devolver. Te enviaremos por correo una etiqueta de devolución y los siguientes pasos.",
		"fr":      "Pour retourner un article, répondez avec votre numéro de commande et l'article concerné. Nous vous enverrons par e-mail une étiquette de retour et la marche à suivre.",
		"de":      "Für eine Rücksendung antworte bitte mit deiner Bestellnummer und dem Artikel, den du zurückschicken möchtest. Wir schicken dir ein Rücksendeetikett und die nächsten Schritte per E-Mail.",
		"it":      "Per restituire un articolo, rispondi con il numero d'ordine e l'articolo da restituire. Ti invieremo via email un'etichetta di reso e i passaggi successivi.",
		"pt":      "Para devolver um artigo, responda com o número do pedido e o artigo que quer devolver. Enviaremos por e-mail uma etiqueta de devolução e os próximos passos.",
		"nl":      "Om een artikel terug te sturen, antwoord je met je bestelnummer en het artikel dat je wilt retourneren. We mailen je een retourlabel en de volgende stappen.",
		"tr":      "Bir ürünü iade etmek için sipariş numaranızı ve iade etmek istediğiniz ürünü yazın. Size e-postayla bir iade etiketi ve sonraki adımları göndereceğiz.",
		"pl":      "Aby zwrócić produkt, odpisz z numerem zamówienia i nazwą produktu. Wyślemy Ci e-mailem etykietę zwrotną i dalsze instrukcje.",
		"id":      "Untuk mengembalikan barang, balas dengan nomor pesanan dan barang yang ingin dikembalikan. Kami akan mengirimkan label retur dan langkah selanjutnya lewat email.",
		"ar":      "لإرجاع منتج، يُرجى الرد برقم طلبك والمنتج الذي تريد إرجاعه. سنرسل إليك عبر البريد الإلكتروني ملصق الإرجاع والخطوات التالية.",
		"ru":      "Чтобы вернуть товар, пришлите номер заказа и укажите товар, который хотите вернуть. Мы отправим вам по почте этикетку для возврата и дальнейшие инструкции.",
		"ja":      "返品をご希望の場合は、ご注文番号と返品したい商品をお知らせください。返品ラベルと今後の手順をメールでお送りします。",
		"ko":      "반품하시려면 주문 번호와 반품할 상품을 알려 주세요. 반품 라벨과 다음 단계를 이메일로 보내 드리겠습니다.",
		"zh-Hans": "如需退货，请回复您的订单号和想要退回的商品。我们会通过邮件发送退货标签和后续步骤。",
		"zh-Hant": "如需退貨，請回覆您的訂單編號和想要退回的商品。我們會透過郵件寄送退貨標籤和後續步驟。",
	}},
	{Key: "delay_apology", Title: "Apology for a delay", Texts: map[string]string{
		"en":      "We're sorry your order is taking longer than expected. We're checking with the carrier and will update you as soon as we hear back.",
		"es":      "Sentimos que tu pedido esté tardando más de lo previsto. Lo estamos consultando con la empresa de transporte y te avisaremos en cuanto tengamos respuesta.",
		"fr":      "Nous sommes désolés que votre commande prenne plus de temps que prévu. Nous vérifions auprès du transporteur et vous tiendrons informé dès que nous aurons une réponse.",
		"de":      "Es tut uns leid, dass deine Bestellung länger braucht als erwartet. Wir klären das mit dem Versanddienstleister und melden uns, sobald wir eine Antwort haben.",
		"it":      "Ci dispiace che il tuo ordine stia impiegando più del previsto. Stiamo verificando con il corriere e ti aggiorneremo appena avremo notizie.",
		"pt":      "Lamentamos que o seu pedido esteja a demorar mais do que o previsto. Estamos a verificar com a transportadora e daremos notícias assim que tivermos resposta.",
		"nl":      "Het spijt ons dat je bestelling langer duurt dan verwacht. We vragen het na bij de vervoerder en laten het je weten zodra we iets horen.",
		"tr":      "Siparişinizin beklenenden uzun sürdüğü için özür dileriz. Kargo firmasıyla kontrol ediyoruz ve yanıt alır almaz sizi bilgilendireceğiz.",
		"pl":      "Przepraszamy, że realizacja zamówienia trwa dłużej, niż zakładaliśmy. Sprawdzamy to u przewoźnika i damy znać, gdy tylko otrzymamy odpowiedź.",
		"id":      "Mohon maaf pesanan Anda memakan waktu lebih lama dari perkiraan. Kami sedang mengeceknya dengan kurir dan akan segera mengabari Anda.",
		"ar":      "نعتذر عن تأخر طلبك أكثر من المتوقع. نحن نتحقق من الأمر مع شركة الشحن وسنوافيك بالمستجدات فور تلقي الرد.",
		"ru":      "Приносим извинения за то, что доставка заказа занимает больше времени, чем ожидалось. Мы уточняем у перевозчика и сообщим вам, как только получим ответ.",
		"ja":      "ご注文のお届けが予定より遅れており、申し訳ございません。配送業者に確認中ですので、回答があり次第ご連絡いたします。",
		"ko":      "주문이 예상보다 늦어지고 있어 죄송합니다. 택배사에 확인 중이며, 답변을 받는 대로 바로 알려 드리겠습니다.",
		"zh-Hans": "很抱歉您的订单比预期慢了。我们正在向物流公司核实，一有消息会立即通知您。",
		"zh-Hant": "很抱歉您的訂單比預期慢了。我們正在向物流公司確認，一有消息會立即通知您。",
	}},
	{Key: "address_change", Title: "Change of address", Texts: map[string]string{
		"en":      "We can change the shipping address as long as the order hasn't shipped yet. Please send us the complete new address.",
		"es":      "Podemos cambiar la dirección de envío mientras el pedido no se haya enviado. Envíanos la nueva dirección completa, por favor.",
		"fr":      "Nous pouvons modifier l'adresse de livraison tant que la commande n'est pas expédiée. Merci de nous envoyer la nouvelle adresse complète.",
		"de":      "Wir können die Lieferadresse ändern, solange die Bestellung noch nicht versendet wurde. Bitte schick uns die vollständige neue Adresse.",
		"it":      "Possiamo cambiare l'indirizzo di spedizione finché l'ordine non è stato spedito. Inviaci il nuovo indirizzo completo, per favore.",
		"pt":      "Podemos alterar a morada de envio enquanto o pedido ainda não tiver sido enviado. Envie-nos a nova morada completa, por favor.",
		"nl":      "We kunnen het verzendadres wijzigen zolang de bestelling nog niet is verzonden. Stuur ons alsjeblieft het volledige nieuwe adres.",
		"tr":      "Sipariş henüz kargoya verilmediyse teslimat adresini değiştirebiliriz. Lütfen yeni adresin tamamını bize gönderin.",
		"pl":      "Możemy zmienić adres dostawy, dopóki zamówienie nie zostało wysłane. Prześlij nam proszę pełny nowy adres.",
		"id":      "Kami dapat mengubah alamat pengiriman selama pesanan belum dikirim. Silakan kirimkan alamat baru Anda secara lengkap.",
		"ar":      "يمكننا تغيير عنوان الشحن ما دام الطلب لم يُشحن بعد. يُرجى إرسال العنوان الجديد كاملًا.",
		"ru":      "Мы можем изменить адрес доставки, пока заказ ещё не отправлен. Пожалуйста, пришлите новый адрес полностью.",
		"ja":      "ご注文が発送される前であれば、お届け先住所を変更できます。新しいご住所をすべてお送りください。",
		"ko":      "주문이 아직 발송되지 않았다면 배송 주소를 변경할 수 있습니다. 새 주소 전체를 보내 주세요.",
		"zh-Hans": "只要订单尚未发货，我们就可以修改收货地址。请将完整的新地址发给我们。",
		"zh-Hant": "只要訂單尚未出貨，我們就可以修改收件地址。請將完整的新地址傳給我們。",
	}},
	{Key: "refund_timing", Title: "Refund timing", Texts: map[string]string{
		"en":      "Your refund has been issued. Depending on your bank, it can take 5–10 business days to appear on your statement.",
		"es":      "Tu reembolso ya se ha emitido. Según tu banco, puede tardar de 5 a 10 días hábiles en aparecer en tu extracto.",
		"fr":      "Votre remboursement a été émis. Selon votre banque, il peut falloir 5 à 10 jours ouvrés pour qu'il apparaisse sur votre relevé.",
		"de":      "Deine Erstattung wurde veranlasst. Je nach Bank kann es 5–10 Werktage dauern, bis sie auf deinem Kontoauszug erscheint.",
		"it":      "Il rimborso è stato emesso. A seconda della tua banca, possono servire 5–10 giorni lavorativi prima che compaia nell'estratto conto.",
		"pt":      "O seu reembolso foi emitido. Dependendo do seu banco, pode levar 5 a 10 dias úteis a aparecer no extrato.",
		"nl":      "Je terugbetaling is verwerkt. Afhankelijk van je bank kan het 5 tot 10 werkdagen duren voordat die op je afschrift staat.",
		"tr":      "İadeniz gerçekleştirildi. Bankanıza bağlı olarak hesap özetinizde görünmesi 5–10 iş günü sürebilir.",
		"pl":      "Zwrot pieniędzy został zlecony. W zależności od banku może minąć 5–10 dni roboczych, zanim pojawi się na wyciągu.",
		"id":      "Pengembalian dana Anda sudah diproses. Tergantung bank Anda, dana bisa muncul di rekening dalam 5–10 hari kerja.",
		"ar":      "تم إصدار المبلغ المسترد. قد يستغرق ظهوره في كشف حسابك من 5 إلى 10 أيام عمل حسب البنك الذي تتعامل معه.",
		"ru":      "Возврат средств оформлен. В зависимости от банка деньги могут появиться на счёте в течение 5–10 рабочих дней.",
		"ja":      "返金手続きが完了しました。ご利用の銀行によっては、明細に反映されるまで5〜10営業日かかる場合があります。",
		"ko":      "환불이 처리되었습니다. 은행에 따라 명세서에 반영되기까지 영업일 기준 5~10일이 걸릴 수 있습니다.",
		"zh-Hans": "您的退款已发出。根据您的银行不同，可能需要5至10个工作日才会显示在账单上。",
		"zh-Hant": "您的退款已發出。視您的銀行而定，可能需要5至10個工作天才會顯示在帳單上。",
	}},
	{Key: "thanks_for_waiting", Title: "Thanks for waiting", Texts: map[string]string{
		"en":      "Thank you for waiting! A member of our team is looking at your question now.",
		"es":      "¡Gracias por esperar! Un miembro de nuestro equipo está revisando tu consulta ahora mismo.",
		"fr":      "Merci de votre patience ! Un membre de notre équipe examine votre question en ce moment.",
		"de":      "Danke fürs Warten! Jemand aus unserem Team sieht sich deine Frage gerade an.",
		"it":      "Grazie per l'attesa! Un membro del nostro team sta esaminando la tua domanda proprio ora.",
		"pt":      "Obrigado por aguardar! Um membro da nossa equipa está a analisar a sua questão agora.",
		"nl":      "Bedankt voor het wachten! Iemand van ons team bekijkt je vraag nu.",
		"tr":      "Beklediğiniz için teşekkürler! Ekibimizden biri şu anda sorunuzla ilgileniyor.",
		"pl":      "Dziękujemy za cierpliwość! Ktoś z naszego zespołu właśnie zajmuje się Twoim pytaniem.",
		"id":      "Terima kasih sudah menunggu! Salah satu tim kami sedang menangani pertanyaan Anda sekarang.",
		"ar":      "شكرًا على انتظارك! أحد أعضاء فريقنا يطّلع على سؤالك الآن.",
		"ru":      "Спасибо за ожидание! Сотрудник нашей команды уже занимается вашим вопросом.",
		"ja":      "お待たせいたしました！ただいまスタッフがお問い合わせ内容を確認しております。",
		"ko":      "기다려 주셔서 감사합니다! 지금 저희 팀원이 문의 내용을 확인하고 있습니다.",
		"zh-Hans": "感谢您的等待！我们的团队成员正在处理您的问题。",
		"zh-Hant": "感謝您的等候！我們的團隊成員正在處理您的問題。",
	}},
}

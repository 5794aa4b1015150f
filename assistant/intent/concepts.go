package intent

import (
	"hash/fnv"
	"strings"
)

// conceptStems maps a concept to the word stems that express it in the
// supported languages. A message containing any stem gets the concept as an
// extra feature, shared by all languages and all wordings: "rebate",
// "reimbursement" and "money back" all light up REFUND, so a paraphrase the
// corpus never saw still carries the evidence its synonyms were trained
// with. Latin, Cyrillic and Arabic stems match at the start of a word (after
// Normalize: lower case, accents folded); Han, kana and Hangul stems anywhere.
// Written from dictionaries and the languages' common shop vocabulary, not
// from any evaluation set.
var conceptStems = map[string][]string{
	"REFUND": {"refund", "reimburs", "money back", "rebate", "repay", "my money", "erstatt", "ruckerstatt", "geld zuruck", "mein geld",
		"mon argent", "reembols", "mi dinero", "devolucion del dinero", "rimbors", "i miei soldi", "estorno", "meu dinheiro",
		"terugbetal", "geld terug", "mijn geld", "geri odeme", "param", "para iade", "zwrot pieniedzy", "zwrot srodkow", "pieniadze",
		"pengembalian dana", "dana kembali", "uang kembali", "uang saya", "استرداد", "استرجاع المبلغ", "فلوسي", "أموالي", "المبلغ",
		"возврат денег", "вернуть деньги", "мои деньги", "деньги", "返金", "환불", "退款", "退钱", "退錢"},
	"RETURN": {"return", "send back", "sent back", "send it back", "retour", "zurucksend", "rucksend", "zuruckschick", "umtausch", "devolver",
		"devolucion", "devolvi", "reso", "rendere", "restituir", "devoluc", "devolvi", "retourner", "renvoy", "terugstur", "ruilen",
		"iade", "degisim", "zwrot", "odesl", "zwroc", "retur", "kembalikan", "tukar", "إرجاع", "ارجاع", "أرجع", "ارجع", "استبدال",
		"вернуть", "возврат", "обмен", "返品", "交換", "반품", "교환", "退货", "退貨", "换货", "換貨"},
	"INVOICE": {"invoice", "receipt", "bill", "factur", "recu", "rechnung", "quittung", "beleg", "recibo", "comprobante", "fattur", "ricevut",
		"scontrino", "nota fiscal", "fatura", "factuur", "bonnetje", "faktur", "kuitansi", "nota", "struk", "makbuz", "fis", "paragon",
		"rachun", "فاتور", "إيصال", "ايصال", "счет", "счёт", "чек", "領収書", "請求書", "レシート", "영수증", "계산서", "发票", "發票", "收据", "收據"},
	"PAY": {"pay", "paid", "card", "klarna", "zahl", "bezahl", "karte", "pago", "pagar", "pague", "tarjeta", "paiement", "payer", "paye", "carte",
		"pagament", "pagare", "pagato", "carta", "cartao", "betal", "kaart", "odeme", "ode", "kart", "plat", "zaplac", "karta", "bayar",
		"pembayaran", "kartu", "دفع", "الدفع", "بطاقة", "оплат", "плат", "заплат", "карт", "支払", "払", "決済", "カード", "결제", "카드",
		"付款", "支付", "付钱", "付錢", "信用卡"},
	// PAYMETHOD names ways to pay, brands included: a shopper asks "BLIK?"
	// or "PayPay使えますか" without any word for "pay" (issue #12).
	"PAYMETHOD": {"emi", "no cost emi", "interest free", "interest-free", "0% interest", "zero interest", "monthly payments", "zinsfrei", "finanzierung",
		"monatsrate", "sin intereses", "meses sin intereses", "cuotas", "mensualidades", "sans frais", "mensualit", "tasso zero", "a rate",
		"sem juros", "termijnen", "rentevrij", "bez odsetek", "ratach", "без процентов", "vade farks", "tanpa bunga", "بدون فوائد",
		"أقساط", "اقساط", "金利", "무이자", "免息", "零利率", "paypal", "apple pay", "google pay", "klarna", "afterpay", "clearpay", "affirm", "sezzle", "shop pay", "amex",
		"american express", "visa", "mastercard", "maestro", "cash on delivery", "installment", "instalment", "pay later",
		"bank transfer", "wire transfer", "sofort", "giropay", "ratenzahlung", "auf rechnung", "vorkasse", "uberweisung",
		"en 3 fois", "en plusieurs fois", "carte bleue", "virement", "contre remboursement", "bizum", "contra reembolso",
		"a plazos", "transferencia", "satispay", "contrassegno", "pagamento a rate", "bonifico", "postepay", "scalapay", "pix", "boleto",
		"mb way", "multibanco", "parcelad", "parcelar", "ideal", "bancontact", "achteraf betalen", "rembours", "kapida odeme", "taksit", "havale",
		"blik", "przelewy", "przelew", "za pobraniem", "raty", "gopay", "ovo", "shopeepay", "cod", "transfer bank",
		"cicilan", "virtual account", "مدى", "stc pay", "tabby", "tamara", "الدفع عند الاستلام", "تقسيط", "تحويل بنكي",
		"сбп", "мир", "юмани", "наложенн", "рассрочк", "перевод", "paypay", "代引", "コンビニ払", "分割", "銀行振込", "後払い",
		"楽天ペイ", "카카오페이", "네이버페이", "토스", "무통장", "할부", "계좌이체", "支付宝", "支付寶", "微信支付", "货到付款",
		"貨到付款", "分期", "银联", "銀聯", "街口", "line pay", "转账", "轉帳"},
	// OTHERSHOP names marketplaces, other shops and delivery apps: an order
	// or a return there is not ours to answer (out_of_scope), however much
	// it reads like one of our order questions.
	"OTHERSHOP": {"amazon", "ebay", "aliexpress", "alibaba", "temu", "shein", "etsy", "walmart", "target", "zalando", "otto",
		"about you", "vinted", "leboncoin", "cdiscount", "fnac", "mercado livre", "mercado libre", "mercadolibre", "shopee",
		"lazada", "tokopedia", "bukalapak", "blibli", "trendyol", "hepsiburada", "n11", "allegro", "olx", "bol com", "coolblue",
		"wildberries", "ozon", "avito", "noon", "namshi", "talabat", "uber", "deliveroo", "glovo", "just eat", "lieferando",
		"thuisbezorgd", "pyszne", "ifood", "rappi", "gofood", "grabfood", "grab", "gojek", "yemeksepeti", "getir", "doordash",
		"нун", "озон", "озона", "вайлдберриз", "яндекс", "أمازون", "امازون", "نون", "طلبات", "شي ان", "rakuten",
		"楽天", "メルカリ", "アマゾン", "出前館", "ヨドバシ", "쿠팡", "배민", "배달의민족", "11번가", "g마켓", "지마켓", "요기요",
		"淘宝", "淘寶", "天猫", "天貓", "京东", "京東", "拼多多", "美团", "美團", "饿了么", "蝦皮", "虾皮", "momo", "pchome",
		"露天", "foodpanda", "熊猫外卖", "熊貓"},
	// BATTERY is charging a device ("charge the headlamp"), which must not
	// read as being charged money; شحن is both shipping and charging.
	"BATTERY": {"battery", "batteries", "recharg", "usb", "charging", "power bank", "akku", "aufladen", "ladekabel", "batterie",
		"recharge", "bateria", "cargar", "cargador", "carica", "ricaric", "batteria", "carregar", "carregador", "opladen", "accu",
		"sarj", "ladowa", "ladowar", "bateri", "baterai", "ngecas", "dicas", "بطارية", "شاحن", "заряд", "аккумулятор",
		"батаре", "充電", "バッテリー", "電池", "충전", "배터리", "充电", "电池", "充電器", "充电宝", "行動電源"},
	// PRICE is asking what something costs — a product question, not a
	// payment or shipping one.
	"PRICE": {"mrp", "pricing", "price list", "rate of", "price", "cost", "how much", "preis", "kostet", "wie teuer", "prix", "coute", "combien", "precio", "cuesta", "cuanto vale",
		"prezzo", "quanto costa", "quanto viene", "preco", "custa", "quanto sai", "valor", "prijs", "kost", "kosten", "hoe duur", "fiyat",
		"kac para", "cena", "kosztuje", "harga", "berapa", "berapaan", "سعر", "بكم", "цена", "стоит", "сколько стоит", "値段",
		"価格", "いくら", "가격", "얼마", "价格", "價格", "多少钱", "多少錢", "价钱", "價錢"},
	"CHARGE": {"charged", "charge", "debited", "taken from my", "abgebucht", "belastet", "debite", "preleve", "cobrad", "cobrar", "cobraron",
		"addebit", "cobrado", "cobraram", "afgeschreven", "cekildi", "tahsil", "pobran", "pobral", "obciaz", "terpotong", "ditagih",
		"انخصم", "تم الخصم", "سحب", "списа", "снял", "引き落と", "請求され", "결제됐", "청구", "빠져나", "扣款", "扣了", "扣钱", "扣錢"},
	"FAIL": {"declin", "reject", "refus", "fail", "error", "doesn't go through", "didn't go through", "abgelehnt", "fehlgeschlagen",
		"fehler", "rechaz", "fallo", "fallido", "rifiut", "fallit", "errore", "recusad", "falhou", "erro", "geweigerd", "mislukt",
		"fout", "reddedil", "basarisiz", "hata", "odrzuc", "nieudan", "blad", "ditolak", "gagal", "رفض", "مرفوض", "فشل", "خطأ",
		"отклон", "ошибк", "не прош", "拒否", "エラー", "失敗", "通らない", "거절", "실패", "오류", "被拒", "失败", "错误", "錯誤"},
	"ACCOUNT": {"account", "password", "login", "log in", "sign in", "sign up", "konto", "passwort", "kennwort", "anmeld", "einlogg",
		"compte", "mot de passe", "connect", "cuenta", "contrasena", "sesion", "accesso", "accedere", "conta", "senha", "wachtwoord",
		"inlog", "hesab", "hesap", "sifre", "giris", "haslo", "zalog", "akun", "sandi", "حساب", "كلمة المرور", "كلمة السر",
		"аккаунт", "учетн", "пароль", "войти", "кабинет", "アカウント", "パスワード", "ログイン", "계정", "비밀번호", "로그인",
		"账号", "账户", "帳號", "帳戶", "密码", "密碼", "登录", "登入",
		// membership and mailing lists
		"membership", "member", "newsletter", "unsubscribe", "mitgliedschaft", "abmelden", "adhesion", "desinscri", "socio",
		"darme de baja", "iscrizione", "disiscriv", "assinatura", "lidmaatschap", "nieuwsbrief", "uyelik", "bulten", "czlonkostw",
		"wypisz", "berlangganan", "langganan", "عضوية", "عضويتي", "النشرة", "членств", "рассылк", "отпиш", "会員", "退会",
		"メルマガ", "회원", "탈퇴", "뉴스레터", "会员", "會員", "注销", "註銷", "订阅", "訂閱"},
	"DISCOUNT": { // referral programmes
		"refer", "referral", "invite a friend", "freunde werben", "empfehlungsprogramm", "parrain", "referido", "invita a un amigo",
		"invita un amico", "indicacao", "indique um amigo", "vriend aanbreng", "program polecen", "davet", "arkadasini getir", "ajak teman",
		"referal", "ادع صديق", "دعوة صديق", "приведи друга", "пригласи друга", "友達紹介", "紹介特典", "추천인", "친구 추천", "邀请好友",
		"邀請好友", "推荐好友", "推薦好友", "discount", "promo", "coupon", "voucher", "gift card", "rabatt", "gutschein", "reduc", "remise", "descuento", "cupon",
		"sconto", "buono", "desconto", "cupom", "korting", "indirim", "kupon", "znizk", "rabat", "diskon", "potongan", "كوبون",
		"قسيمة", "скидк", "промокод", "купон", "割引", "クーポン", "할인", "쿠폰", "折扣", "优惠", "優惠", "打折",
		// sales and offers
		"offer", "sale", "angebot", "aktion", "soldes", "oferta", "rebajas", "offert", "saldi", "promoc", "liquidac", "aanbieding",
		"kampanya", "wyprzeda", "عروض", "عرض", "تخفيض", "تخفيضات", "акци", "распродаж", "セール", "キャンペーン", "세일", "특가",
		"特价", "特價", "促销", "促銷"},
	"SHIP": {"ship", "deliver", "versand", "versend", "liefer", "zustell", "envio", "envia", "entrega", "livr", "expedi", "spedi", "consegn",
		"verzend", "lever", "bezorg", "kargo", "teslimat", "gonderi", "wysyl", "dostaw", "kirim", "pengiriman", "ongkir", "شحن",
		"توصيل", "доставк", "отправк", "配送", "発送", "送料", "배송", "택배", "发货", "發貨", "出貨", "运费", "運費", "寄送"},
	"DURATION": {"how long", "how many days", "period", "timeframe", "wie lange", "dauer", "wie viele tage", "delai", "combien de temps",
		"plazo", "cuanto tarda", "cuantos dias", "tempi", "quanto tempo", "quanti giorni", "prazo", "quantos dias", "levertijd",
		"hoe lang", "hoeveel dagen", "kac gun", "ne kadar sur", "sure", "ile trwa", "ile dni", "berapa lama", "berapa hari",
		"كم يوم", "مدة", "сколько дней", "срок", "как долго", "何日", "日数", "どのくらい", "며칠", "기간", "얼마나 걸", "多久", "几天", "幾天"},
	"ORDER": {"order", "bestell", "commande", "pedido", "ordine", "ordinat", "encomenda", "sipari", "zamowien", "pesanan", "الطلب",
		"طلبي", "заказ", "注文", "주문", "订单", "訂單"},
	"CANCEL": {"cancel", "storn", "annul", "anular", "annull", "iptal", "anulow", "batal", "إلغاء", "الغاء", "الغي", "отмен",
		"キャンセル", "취소", "取消"},
	"CHANGE": {"change", "modify", "update", "edit", "switch", "ander", "modifi", "chang", "cambi", "alter", "mudar", "mude", "wijzig",
		"verander", "aanpass", "degistir", "zmien", "ubah", "ganti", "تغيير", "غير", "تعديل", "измен", "помен", "変更", "変え",
		"변경", "바꾸", "바꿀", "修改", "更改", "改成"},
	"ADDRESS": {"address", "adress", "direccion", "indirizzo", "endereco", "adres", "alamat", "عنوان", "адрес", "住所", "届け先",
		"주소", "地址"},
	"STOCK": {"in stock", "out of stock", "available", "availab", "sold out", "restock", "back in", "lager", "verfugbar", "ausverkauft",
		"disponib", "epuise", "agotad", "esaurit", "esgotad", "estoque", "voorraad", "uitverkocht", "beschikbaar", "stok", "mevcut",
		"tuken", "dostepn", "wyprzedan", "na stanie", "tersedia", "habis", "ready", "متوفر", "متاح", "نفد", "наличи", "распрод",
		"在庫", "入荷", "売り切れ", "品切れ", "재고", "품절", "입고", "有货", "有貨", "缺货", "缺貨", "补货", "補貨", "库存", "庫存", "现货", "現貨"},
	"STILL": {"still", "not yet", "waiting", "noch", "warte", "toujours", "pas encore", "attend", "todavia", "aun no", "esperando",
		"ancora", "aspett", "ainda", "esperando", "nog steeds", "nog niet", "wacht", "hala", "henuz", "bekli", "nadal", "jeszcze",
		"czekam", "masih", "belum", "menunggu", "لم يصل", "لسه", "ما زلت", "انتظر", "ещё", "еще", "до сих пор", "жду", "まだ", "待って",
		"아직", "기다", "还没", "還沒", "还是没", "還是沒", "一直没", "一直沒"},
	"POLICY": {"policy", "rules", "conditions", "terms", "richtlinie", "bedingung", "regel", "politique", "condition", "politica",
		"condicion", "condizion", "regole", "condicoes", "beleid", "voorwaarden", "regels", "politika", "kosul", "sart", "zasad",
		"regulamin", "kebijakan", "syarat", "ketentuan", "سياسة", "شروط", "правил", "услови", "ポリシー", "規約", "条件", "정책",
		"규정", "조건", "政策", "规定", "規定", "条款", "條款"},
	// CONTACT is reaching the shop by phone, mail or a call-back, which a
	// shop assistant hands to people; a general assistant hears "call".
	"CONTACT": {"contact", "reach you", "get in touch", "call me", "callback", "call back", "kontakt", "erreich", "zuruckruf", "ruft mich",
		"anrufen", "contacto", "contactar", "llamame", "llamenme", "contacter", "joindre", "rappel", "contatt", "chiamatemi", "richiam",
		"contato", "me liga", "me liguem", "bereik", "terugbel", "bel me", "zadzwon", "oddzwon", "skontakt", "связат", "позвон",
		"перезвон", "iletisim", "ulasabilirim", "ulasirim", "geri ara", "hubungi", "telepon", "telpon", "تواصل", "اتصل", "اتصلوا",
		"連絡", "電話", "折り返し", "연락", "전화", "联系", "聯繫", "聯絡", "回电", "回電", "致电", "致電"},
	// BUSINESS is selling the shop's goods or buying in bulk: the FAQ's
	// wholesale answer, not an order.
	"BUSINESS": {"franchise", "dealer", "distributor", "reseller", "resell", "wholesale", "become a seller", "partnership", "b2b",
		"bulk order", "grosshandel", "handler werden", "wiederverkauf", "franquicia", "distribuidor", "mayorista", "revendedor",
		"franchis", "revendeur", "grossiste", "rivendit", "ingrosso", "atacado", "revenda", "groothandel", "wederverkop", "hurtow",
		"dystrybut", "bayilik", "bayiniz", "toptan", "grosir", "agen resmi", "موزع", "بالجملة", "وكيل", "оптом", "оптов", "дилер",
		"дистрибьют", "代理店", "卸売", "대리점", "도매", "代理商", "批发", "批發", "经销", "經銷", "加盟",
		// selling through the shop
		"seller", "vendor", "sell your products", "verkaufer werden", "devenir vendeur", "ser vendedor", "diventare venditore",
		"verkoper worden", "satici olmak", "zostac sprzedawc", "menjadi penjual", "jadi reseller", "أصبح بائع", "стать продавцом",
		"出店", "입점", "入驻", "入駐"},
	// STATUS is asking where something stands, which in a shop is an order.
	"STATUS": {"status", "stand der", "wie ist der stand", "estado de", "en que estado", "statut", "ou en est", "a che punto", "stato del",
		"situacao", "status van", "jaki jest status", "статус", "durum", "statusnya", "حالة", "الحالة", "状況", "ステータス", "상황",
		"상태", "状态", "狀態", "进度", "進度"},
	// WARRANTY, TRIAL and PRODUCT are what a shop is asked about its goods
	// whatever it sells (a mattress's warranty, a 100-night trial, a size
	// chart, a supplement's ingredients); a general assistant is not.
	"WARRANTY": {"warrant", "guarant", "garan", "gewahrleist", "gwaranc", "rekojm", "гарант", "ضمان", "كفالة", "保証", "保障",
		"보증", "워런티", "保修", "保固", "质保", "質保"},
	"TRIAL": {"trial", "risk free", "risk-free", "try at home", "test period", "probezeit", "zur probe", "probeschlaf", "testphase",
		"periode d'essai", "periode d essai", "a l'essai", "essai gratuit", "periodo de prueba", "prueba gratis", "periodo di prova",
		"prova gratuita", "periodo de teste", "teste gratis", "experimentar", "proefperiode", "proefslap", "uitproberen",
		"deneme suresi", "ucretsiz deneme", "okres probny", "na probe", "za darmo testowac", "masa percobaan", "uji coba",
		"coba gratis", "فترة تجربة", "فترة تجريبية", "تجربة مجانية", "пробный период", "тест-драйв", "бесплатно попробовать",
		"お試し", "試用", "トライアル", "体験", "체험", "트라이얼", "试用", "试睡", "試睡", "免费试", "免費試"},
	"PRODUCT": {"product", "item", "size chart", "size guide", "ingredient", "expiry", "expiration date", "produkt", "artikel",
		"grossentabelle", "inhaltsstoff", "haltbarkeit", "produit", "guide des tailles", "ingredient", "producto", "articulo",
		"guia de tallas", "caducidad", "prodott", "articol", "tabella taglie", "ingredient", "scadenza", "produto", "tabela de medidas",
		"validade", "maattabel", "houdbaar", "urun", "beden tablosu", "icindekiler", "son kullanma", "tabela rozmiarow", "skladnik",
		"produk", "barang", "panduan ukuran", "komposisi", "kadaluarsa", "kedaluwarsa", "منتج", "المنتج", "جدول المقاسات", "مكونات",
		"تاريخ الانتهاء", "товар", "продукт", "таблица размеров", "состав", "срок годности", "商品", "製品", "サイズ表", "成分",
		"賞味期限", "消費期限", "상품", "제품", "사이즈표", "성분", "유통기한", "产品", "產品", "尺码表", "尺碼表", "成分", "保质期", "保質期"},
	"HUMAN": {"human", "person", "agent", "someone", "representative", "mensch", "mitarbeiter", "humain", "personne", "conseiller",
		"humano", "persona", "agente", "asesor", "operator", "atendente", "pessoa", "medewerker", "mens", "temsilci", "yetkili",
		"insan", "konsultant", "czlowiek", "manusia", "petugas", "موظف", "شخص", "оператор", "человек", "менеджер", "担当者",
		"オペレーター", "人間", "상담원", "상담사", "사람", "人工", "真人", "客服人员", "客服人員"},
	"THANKS": {"thank", "thx", "merci", "danke", "gracias", "grazie", "obrigad", "valeu", "bedankt", "dank je", "dank u", "tesekkur",
		"sag ol", "sagol", "dzieki", "dziekuj", "terima kasih", "makasih", "شكرا", "شكر", "спасибо", "благодар", "ありがと", "감사",
		"고마", "谢谢", "謝謝", "感谢", "感謝", "多谢", "多謝"},
	"BYE": {"bye", "goodbye", "see you", "tschuss", "au revoir", "adios", "hasta luego", "ciao", "arrivederci", "tchau", "doei",
		"tot ziens", "gorusuruz", "hosca kal", "do widzenia", "dadah", "sampai jumpa", "مع السلامة", "пока", "до свидания",
		"さようなら", "バイバイ", "またね", "안녕히", "再见", "再見", "拜拜"},
	"BAD": {"terrible", "awful", "worst", "disappoint", "horrible", "useless", "unacceptable", "ridiculous", "schrecklich", "enttausch",
		"furchtbar", "unverschamt", "decu", "inadmissible", "nul", "pesim", "decepcion", "inaceptable", "pessim", "delus", "inaccettabil",
		"decepcionad", "inaceitavel", "slecht", "teleurgesteld", "waardeloos", "berbat", "rezalet", "hayal kirikligi", "fataln",
		"rozczarow", "okropn", "kecewa", "parah", "buruk", "سيئ", "سيئة", "محبط", "مهزلة", "ужасн", "разочаров", "плох", "最悪",
		"がっかり", "ひどい", "최악", "실망", "별로", "太差", "失望", "糟糕", "离谱", "離譜"},
	"PRAISE": {"love", "great", "awesome", "amazing", "review", "rating", "liebe", "toll", "bewert", "adore", "genial", "avis", "encanta",
		"resena", "valora", "adoro", "recension", "ottim", "amo ", "otimo", "avalia", "geweldig", "beoordel", "recensie", "bayil",
		"harika", "yorum", "uwielbiam", "swietn", "opini", "recenzj", "suka", "keren", "ulasan", "أحب", "رائع", "تقييم", "обожа",
		"отлич", "отзыв", "大好き", "最高", "レビュー", "좋아", "최고", "후기", "리뷰", "喜欢", "喜歡", "评价", "評價", "好评", "好評"},
	"SUGGEST": {"recommend", "suggest", "gift", "idea", "looking for", "empfehl", "geschenk", "suche", "recommand", "conseil", "cadeau",
		"cherche", "recomiend", "recomend", "regalo", "busco", "consigli", "cerco", "presente", "procuro", "aanrad", "zoek", "oner",
		"hediye", "ariyorum", "polec", "prezent", "szukam", "rekomendasi", "hadiah", "cari", "اقترح", "هدية", "أبحث", "посоветуй",
		"подарок", "ищу", "おすすめ", "プレゼント", "探して", "추천", "선물", "찾고", "推荐", "推薦", "礼物", "禮物"},
}

// gateStems are concepts that only tell a shop message from an off-topic
// one (shopWords), without being features of the model.
var gateStems = map[string][]string{
	// STORE is the shop's own premises, where a shopper sees or tries the
	// goods before buying ("Where can I see the product before I buy").
	"STORE": {"showroom", "experience cent", "experience store", "your store", "your shop", "store near", "physical store",
		"offline store", "visit your", "filiale", "ladengeschaft", "euer geschaft", "ihr geschaft", "votre boutique", "votre magasin",
		"magasin physique", "tienda fisica", "su tienda", "vuestra tienda", "negozio fisico", "vostro negozio", "loja fisica",
		"sua loja", "jullie winkel", "fysieke winkel", "magazaniz", "fiziksel magaza", "sklep stacjonarny", "wasz sklep",
		"toko fisik", "toko offline", "gerai", "معرضكم", "متجركم", "فرع", "فروع", "ваш магазин", "шоурум", "офлайн магазин",
		"店舗", "ショールーム", "実店舗", "매장", "쇼룸", "오프라인", "门店", "門市", "实体店", "實體店", "专卖店", "專賣店"},
	// PARCEL is the thing on its way and following it: "how much longer
	// for my parcel" asks about an order without the word "order". As a
	// feature of the model it also pulled off-topic messages ("package
	// holiday", "fitness tracking") onto order topics, so it only marks a
	// message as being about a shop.
	"PARCEL": {"parcel", "package", "packet", "courier", "tracking", "track my", "paket", "sendungsverfolgung", "colis",
		"numero de suivi", "paquete", "seguimiento", "mensajeria", "pacco", "tracciamento", "corriere", "pacote", "rastreio",
		"rastreamento", "pakket", "pakje", "track en trace", "kargo takip", "paczk", "przesylk", "kurier", "resi", "lacak",
		"طرد", "الطرد", "تتبع", "شحنتي", "посылк", "отслежива", "трек-номер", "трек номер", "курьер", "荷物", "追跡", "小包",
		"소포", "송장", "운송장", "包裹", "快递", "快遞", "物流", "追踪", "追蹤", "单号", "單號"},
}

// conceptMatcher is the compiled lexicon: stems normalised like messages,
// indexed by their first two bytes (word-start stems) or first rune (Han,
// kana, Hangul stems) so a message is scanned once instead of once per stem.
type conceptMatcher struct {
	wordStart map[string][]conceptStem
	anywhere  map[rune][]conceptStem
}

type conceptStem struct {
	stem    string
	feature uint32
}

var (
	concepts     = compileConcepts(conceptStems)
	gateConcepts = compileConcepts(gateStems)
)

func compileConcepts(src map[string][]string) *conceptMatcher {
	m := &conceptMatcher{wordStart: map[string][]conceptStem{}, anywhere: map[rune][]conceptStem{}}
	for concept, stems := range src {
		f := conceptFeature(concept)
		for _, s := range stems {
			n := strings.TrimSpace(Normalize(s))
			if n == "" {
				continue
			}
			if isLogographic([]rune(n)) {
				r := []rune(n)[0]
				m.anywhere[r] = append(m.anywhere[r], conceptStem{n, f})
			} else if len(n) >= 2 {
				m.wordStart[n[:2]] = append(m.wordStart[n[:2]], conceptStem{n, f})
			}
		}
	}
	return m
}

// appendConcepts adds the features of the concepts whose stems occur in the
// normalised text (each concept once, repeated conceptRepeat times).
func (m *conceptMatcher) appendConcepts(normalized string, dst []uint32) []uint32 {
	start := len(dst)
	add := func(f uint32) {
		for _, g := range dst[start:] {
			if g == f {
				return
			}
		}
		dst = append(dst, f)
	}
	prevSpace := true
	for i, r := range normalized {
		if r == ' ' {
			prevSpace = true
			continue
		}
		if prevSpace && i+2 <= len(normalized) {
			for _, s := range m.wordStart[normalized[i:i+2]] {
				if strings.HasPrefix(normalized[i:], s.stem) {
					add(s.feature)
				}
			}
		}
		prevSpace = false
		if r >= 0x1100 {
			for _, s := range m.anywhere[r] {
				if strings.HasPrefix(normalized[i:], s.stem) {
					add(s.feature)
				}
			}
		}
	}
	for i, n := start, len(dst); i < n; i++ {
		for k := 1; k < conceptRepeat; k++ {
			dst = append(dst, dst[i])
		}
	}
	return dst
}

// conceptRepeat counts each concept feature this many times, so one concept
// weighs like several n-grams against the hundreds a message has.
const conceptRepeat = 3

// shopConcepts are the concepts that name something only a shop is asked
// about. BATTERY, OTHERSHOP and the everyday ones (PAY, CHANGE, STILL,
// HUMAN, THANKS, ...) are left out: a general assistant hears them too
// ("pay my electricity bill", "change my alarm"), or, for OTHERSHOP, the
// message is about another shop.
var shopConcepts = []string{"REFUND", "RETURN", "INVOICE", "PAYMETHOD", "PRICE", "SHIP", "PARCEL", "ORDER", "STOCK", "POLICY",
	"CONTACT", "BUSINESS", "STORE", "STATUS", "DISCOUNT", "SUGGEST", "WARRANTY", "TRIAL", "PRODUCT"}

// conceptFeature is the hashed feature of a concept (compileConcepts).
func conceptFeature(concept string) uint32 {
	h := fnv.New32a()
	h.Write([]byte("k:" + concept))
	return h.Sum32() & (numBuckets - 1)
}

var (
	shopFeatures  = featureSet(shopConcepts)
	otherFeatures = featureSet([]string{"OTHERSHOP"})
)

func featureSet(names []string) map[uint32]bool {
	m := make(map[uint32]bool, len(names))
	for _, n := range names {
		m[conceptFeature(n)] = true
	}
	return m
}

// shopWords reports whether a normalised message names a shop concept
// (shopConcepts) and no other shop or marketplace.
func shopWords(normalized string) bool {
	var buf [16]uint32
	found := false
	for _, f := range gateConcepts.appendConcepts(normalized, concepts.appendConcepts(normalized, buf[:0])) {
		if otherFeatures[f] {
			return false
		}
		found = found || shopFeatures[f]
	}
	return found
}

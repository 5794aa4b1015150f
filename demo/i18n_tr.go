package demo

// trDocs is the Turkish (tr) translation of the policies, pages and FAQ.
func trDocs() localeDocs {
	return localeDocs{
		shipping: PolicyText{Title: "Kargo politikası", Body: `Hollanda'nın Utrecht kentindeki depomuzdan tüm dünyaya gönderim yapıyoruz. İş günlerinde saat 14:00'ten (Orta Avrupa Saati) önce verilen siparişler aynı gün depodan çıkar; diğer tüm siparişler bir sonraki iş günü kargoya verilir. Ön siparişli ürünler ürün sayfasında belirtilen tarihte gönderilir; karma bir siparişin geri kalanını ise hazır olur olmaz göndeririz.

Hollanda, Belçika, Lüksemburg ve Almanya: DHL veya PostNL ile 1–3 iş gününde standart teslimat, 4,95 €, 75 € üzeri ücretsiz. Ertesi gün ekspres teslimat 12,95 €.

Avrupa Birliği'nin geri kalanı: DHL, La Poste - Colissimo veya ulusal posta hizmetiyle 2–5 iş gününde standart teslimat, 6,95 €, 75 € üzeri ücretsiz. DHL Express ile 1–2 iş gününde ekspres teslimat, 14,95 €.

Birleşik Krallık: 3–5 iş gününde teslimat, 7,95 €, 100 € üzeri ücretsiz.

Amerika Birleşik Devletleri: UPS veya DHL Express ile 4–7 iş gününde teslimat, 14,95 €, 150 € üzeri ücretsiz.

Kanada, İsviçre ve Norveç: 3–8 iş gününde teslimat, 16,95 €.

Asya ve Okyanusya (Japonya, Çin, Güney Kore, Singapur, Avustralya ve Yeni Zelanda dahil): DHL Express, Japan Post veya SF Express ile 5–10 iş gününde teslimat, 19,95 €, 200 € üzeri ücretsiz.

Orta Doğu (Birleşik Arap Emirlikleri, Suudi Arabistan, Katar ve İsrail dahil): Aramex veya DHL Express ile 5–9 iş gününde teslimat, 19,95 €, 200 € üzeri ücretsiz.

Dünyanın geri kalanı: 7–15 iş gününde teslimat, 24,95 €.

Gümrük ve vergiler: AB ülkelerine giden siparişler hiçbir zaman gümrük ödemez. Birleşik Krallık ve Amerika Birleşik Devletleri'ne DDP (gümrük vergileri ödenmiş teslim) koşuluyla gönderiyoruz: fiyatlara ithalat vergileri ve harçlar dahildir, teslimatta başka bir ödeme yapılmaz. Diğer tüm ülkelere DAP (belirlenen yerde teslim) koşuluyla gönderiyoruz: ithalat vergileri, harçlar ve kargo firmasının gümrükleme ücreti teslimatta kargo firması tarafından tahsil edilir ve müşteriye aittir. Siparişleri hediye olarak gösteremez veya daha düşük bir değer beyan edemeyiz. Bir DAP paketini teslim almayı reddederseniz, sipariş tutarını iade kargo ücreti ve bizden tahsil edilen vergiler düşülerek iade ederiz.

Kargo takibi: siparişiniz kargoya verildiğinde takip numarasını ve bağlantısını e-postayla göndeririz; sipariş numaranız ve e-posta adresinizle sohbet asistanımıza da durumunu sorabilirsiniz. İlk taramanın görünmesi 24 saate kadar sürebilir. Paketiniz 7 iş günü boyunca hiç hareket etmezse bizimle iletişime geçin; kargo firması nezdinde inceleme başlatalım.

Adresler: posta kutularına ve paket dolaplarına yalnızca standart teslimatla gönderim yapıyoruz. Lütfen adresinizi dikkatle kontrol edin; değişmesi gerekiyorsa sipariş verdikten sonraki 1 saat içinde bize ulaşın. Paket depodan çıktıktan sonra adres yalnızca kargo firması üzerinden değiştirilebilir.

Kısıtlamalar: gaz kartuşları, ayrı satılan lityum piller ve bıçaklar hava yoluyla gönderilemez; bunlar yalnızca AB içinde kara yolu teslimatıyla sunulur.`},
		refund: PolicyText{Title: "İade politikası", Body: `Ekipmanınızı sevmenizi istiyoruz. Bir sorun varsa, teslimattan itibaren 30 gün içinde para iadesi veya değişim için ürünü iade edebilirsiniz.

İade süresi: iade başlatmak için siparişinizin teslim edildiği günden itibaren 30 gününüz var. Ürünler giyilmemiş, yıkanmamış, orijinal durumunda ve tüm etiketleri takılı olmalıdır. Ayakkabılar yalnızca ev içinde denenmiş olmalı ve ayakkabı kutusu kargo kutusu olarak kullanılmamalıdır.

Nasıl iade edilir: iadenizi iadeler sayfasından başlatın ya da sipariş numaranız ve siparişte kullandığınız e-posta adresi veya telefon numarasıyla sohbet asistanımızdan isteyin. Size e-postayla bir iade etiketi ve talimatlar göndeririz. Ürünleri sağlam şekilde paketleyin ve paketi 7 gün içinde herhangi bir kargo noktasına bırakın.

İade kargo ücreti: Avrupa Birliği'nden iadeler ücretsizdir; ön ödemeli bir etiket göndeririz. Birleşik Krallık ve Amerika Birleşik Devletleri'nden ön ödemeli etiket gönderir ve iade tutarınızdan 5,95 € keseriz. Diğer tüm ülkelerden iade kargosunu kendiniz ayarlar ve ödersiniz; lütfen takipli bir hizmet kullanın ve paketin üzerine "Returned goods" yazın. Bir ürün kusurlu, hasarlı ya da sipariş ettiğinizden farklı geldiyse, nerede olursanız olun iade kargosunu her zaman biz öderiz.

Son satış ürünleri: ürün sayfasında "Final sale" olarak işaretlenen ürünler, kusurlu olmadıkça iade edilemez veya değiştirilemez. Bu, tasfiye ve seçili indirimli ürünleri, iç giyim ve mayoları (hijyen nedeniyle) ve hediye kartlarını kapsar.

Para iadeleri: iadeniz depomuza ulaştığında 2 iş günü içinde kontrol eder ve size e-posta göndeririz. Onaylanan iadeler 5–10 iş günü içinde orijinal ödeme yönteminize yapılır; bankanızın bunu göstermesi birkaç gün daha sürebilir. Siparişin tamamını iade ederseniz, ilk standart kargo ücretini de iade ederiz. AB, Birleşik Krallık ve ABD dışındaki teslimatlarda kargo firmasına ödediğiniz ithalat vergileri ve harçlar bizim tarafımızdan değil, yerel gümrük idarenizce iade edilir; gereken belgeleri size göndeririz.

Değişim: AB içinde beden ve renk değişimi ücretsizdir; iade paketiniz kargo firması tarafından tarandığı anda yeni ürünü göndeririz. Diğer ülkelerde ürünü para iadesi için geri gönderin ve yeni bir sipariş verin.

İptaller: siparişinizi kargoya verilene kadar ücretsiz iptal edebilirsiniz. Kargoya verildikten sonra lütfen bu politikaya göre iade edin.

Garanti: tüm ürünlerimiz, teslimat tarihinden itibaren üretim hatalarına karşı 2 yıl garantilidir. Merino yürüyüş çoraplarımız deliklere karşı ömür boyu garantilidir. Sipariş numaranız ve sorunun bir fotoğrafıyla bize ulaşın.`},
		pages: map[string]PolicyText{
			"about-us": {Title: "Hakkımızda", Body: `Northwind Outfitters, 2016 yılında Utrecht'te ortak kullanılan bir garajda, yürüyüş tutkunu iki arkadaşın tırmanış kulüpleri için yağmurluk tamir etmesiyle başladı. Bugün doğa yürüyüşü, seyahat ve açık havada gündelik yaşam için giyim ve ekipman tasarlıyor, 60'tan fazla ülkeye gönderiyoruz.

Daha az ama daha iyi üretiyoruz. Her ürün satışa çıkmadan önce Alpler'in, İskoçya'nın ve Norveç fiyortlarının patikalarında test edilir; sattığımız her şey için yedek parça ve tamir kılavuzu bulundururuz.

Malzeme önemlidir: koleksiyonumuzun %78'inde geri dönüştürülmüş, organik veya sorumlu kaynaklardan elde edilmiş malzemeler kullanılır; kaz tüyümüz RDS sertifikalı, merino yünümüz mulesing içermez. Climate Neutral sertifikalı bir şirketiz ve gelirimizin %1'ini patikaların bakımına ve doğaya erişim projelerine bağışlıyoruz.

Utrecht'te çalışan 34 kişilik ekibimiz toplamda on bir dil konuşuyor; bu yüzden size kendi dilinizde yanıt veriyoruz.`},
			"size-guide": {Title: "Beden rehberi", Body: `Giysilerimiz Avrupa beden ölçülerine göredir ve katmanlı giyime uygun kesimlidir. İki beden arasında kalırsanız dış katmanlarda büyük bedeni, iç katmanlarda küçük bedeni seçin.

Üstler ve montlar (göğüs çevresi): XS 84–88 cm, S 89–94 cm, M 95–100 cm, L 101–107 cm, XL 108–114 cm, XXL 115–121 cm.

Pantolonlar (bel çevresi): 28 = 71 cm, 30 = 76 cm, 32 = 81 cm, 34 = 86 cm, 36 = 91 cm. Harfli bedenler: S 72–77 cm, M 78–84 cm, L 85–91 cm, XL 92–98 cm. Standart iç bacak boyu 81 cm'dir.

Ayakkabılar: AB numaralarını kullanıyoruz. EU 38 = UK 5 = US erkek 6 / kadın 7 = 24 cm; EU 40 = UK 6,5 = US erkek 7,5 / kadın 8,5 = 25,5 cm; EU 42 = UK 8 = US erkek 9 / kadın 10 = 26,5 cm; EU 44 = UK 9,5 = US erkek 10,5 = 28 cm; EU 46 = UK 11 = US erkek 12 = 29,5 cm. Yürüyüş botları tam kalıptır; kalın çorap giyiyorsanız yarım numara büyük alın.

Çocuk: bedenler yaşa göredir (4 ile 12 yaş arası) ve yaklaşık bir yıllık büyüme payı içerir.

Çoraplar: S, EU 36–38; M, EU 39–42; L, EU 43–46 numaralara uyar.

Hâlâ emin değil misiniz? Boyunuzu ve genelde giydiğiniz bedeni sohbet asistanımıza yazın ya da AB içinde ücretsiz beden değişiminden yararlanın.`},
			"customs-and-duties": {Title: "Gümrük ve vergiler", Body: `Teslimatta bir şey ödeyip ödemeyeceğiniz, siparişinizin nereye gittiğine bağlıdır.

Avrupa Birliği: gümrük işlemi ve ek ücret yoktur. Fiyatlara ülkenizin KDV'si dahildir.

Birleşik Krallık ve Amerika Birleşik Devletleri: DDP (gümrük vergileri ödenmiş teslim) koşuluyla gönderiyoruz. Ödeme sırasında gördüğünüz fiyata tüm ithalat vergileri ve harçlar dahildir; kargo firması teslimatta sizden asla para istemez.

Diğer tüm ülkeler (İsviçre, Norveç, Kanada, Japonya, Çin, Avustralya, Körfez ülkeleri ve dünyanın geri kalanı dahil): DAP (belirlenen yerde teslim) koşuluyla gönderiyoruz. İthalat vergileri, harçlar ve kargo firmasının gümrükleme ücreti fiyatlarımıza dahil değildir. Kargo firması bunları teslimattan önce veya teslimat sırasında tahsil eder. Tutar, ülkenizin kurallarına ve sipariş değerine bağlıdır; örneğin İsviçre çoğu siparişte %8,1 KDV alır, Japonya ise genellikle 10.000 ¥ üzerindeki siparişlerde %10 tüketim vergisi uygular.

Siparişleri hediye olarak gösteremez veya daha düşük değer beyan edemeyiz; bu yasa dışıdır ve paketinizi geciktirir.

DAP uygulanan bir ülkeden ürün iade ederseniz, yerel gümrük idareniz genellikle vergileri iade edebilir; bunun için gereken ticari faturayı ve iade belgesini size göndeririz.`},
		},
		faqs: map[string]faqText{
			"gift-cards": {questions: []string{"Hediye kartı satıyor musunuz?", "Hediye kartları nasıl çalışıyor?", "Hediye kartlarının süresi doluyor mu?"},
				answer: "Evet. 25 €, 50 €, 100 € ve 200 € değerindeki dijital hediye kartları birkaç dakika içinde e-postayla gönderilir, süresi dolmaz ve satış yaptığımız her para biriminde tüm ürünlerde kullanılabilir. Bir siparişte birden fazla hediye kartını birlikte kullanabilirsiniz. Hediye kartları iade edilemez ve nakde çevrilemez."},
			"payment-methods": {questions: []string{"Hangi ödeme yöntemlerini kabul ediyorsunuz?", "PayPal ile ödeyebilir miyim?", "Klarna veya sonra öde seçeneği var mı?"},
				answer: "Visa, Mastercard, American Express, PayPal, Apple Pay, Google Pay, Shop Pay ve iDEAL kabul ediyoruz. Klarna (sonra öde veya 3 taksit) Hollanda, Almanya, Avusturya, Belçika, Finlandiya ve İsveç'te kullanılabilir. Kapıda ödeme ve banka havalesi kabul etmiyoruz."},
			"change-address": {questions: []string{"Teslimat adresimi değiştirebilir miyim?", "Yanlış adres girdim", "Siparişimin teslimat adresini nasıl güncellerim?"},
				answer: "Sipariş verdikten sonraki 1 saat içinde bize ulaşın, sipariş paketlenmeden adresi güncelleyelim. Sipariş kargoya verildikten sonra artık değiştiremeyiz; paketi yönlendirmek veya bir teslim alma noktası seçmek için kargo firmasının takip bağlantısını kullanın."},
			"discount-codes": {questions: []string{"İndirim kodum çalışmıyor", "İki indirim kodu kullanabilir miyim?", "İndirim kodumu girmeyi unuttum"},
				answer: "Her siparişte yalnızca bir indirim kodu kullanılabilir; kodlar indirimli ürünlerde, son satış ürünlerinde ve hediye kartlarında geçerli değildir. Aldığınız e-postada son kullanma tarihini ve varsa minimum sipariş tutarını kontrol edin. Geçerli bir kodu girmeyi unuttuysanız 7 gün içinde bize ulaşın, indirim tutarını iade edelim."},
			"warranty": {questions: []string{"Garantiniz nedir?", "Montum kusurlu", "Ürünlerinizin garantisi var mı?"},
				answer: "Tüm ürünler teslimat tarihinden itibaren üretim hatalarına karşı 2 yıl garantilidir; merino yürüyüş çoraplarımız ise deliklere karşı ömür boyu garantilidir. Sorunun fotoğrafını sipariş numaranızla birlikte e-postayla gönderin; onarır, değiştirir veya para iadesi yaparız ve kargo ücretini biz öderiz."},
			"sizes": {questions: []string{"Bedenimi nasıl seçerim?", "Kıyafetleriniz dar mı kalıp?", "Hangi bedeni almalıyım?"},
				answer: "Giysilerimiz Avrupa bedenlerini kullanır ve tam kalıptır. İki beden arasında kalırsanız montlarda büyük, iç katmanlarda küçük bedeni seçin. Ayakkabılar AB numarasıdır; kalın çorapla yarım numara büyük alın. Beden rehberinde her beden için göğüs, bel ve ayak ölçüleri yer alır."},
			"sustainability": {questions: []string{"Ürünleriniz sürdürülebilir mi?", "Kaz tüyünüz etik kaynaklı mı?", "Hangi malzemeleri kullanıyorsunuz?"},
				answer: "Koleksiyonumuzun %78'i geri dönüştürülmüş, organik veya sorumlu kaynaklardan elde edilmiş malzemelerden üretilir. Kaz tüyümüz RDS sertifikalı, merinomuz mulesing içermez ve pamuğumuz GOTS sertifikalı organiktir. Climate Neutral sertifikalıyız, gelirimizin %1'ini patika projelerine bağışlıyor ve ürünleri maliyetine tamir ediyoruz."},
			"customs-duties": {questions: []string{"Gümrük veya ithalat vergisi ödemem gerekecek mi?", "Vergiler fiyata dahil mi?", "Kurye neden benden vergi istedi?"},
				answer: "AB'ye giden siparişler asla gümrük ödemez. Birleşik Krallık ve ABD siparişleri DDP ile gönderilir: vergiler ve harçlar dahildir, teslimatta hiçbir ödeme yapılmaz. Diğer tüm ülkelere DAP ile gönderilir: ithalat vergileri, harçlar ve kargo firmasının gümrükleme ücreti kargo firması tarafından tahsil edilir ve sizin tarafınızdan ödenir."},
			"track-order": {questions: []string{"Siparişimi nasıl takip ederim?", "Paketim nerede?", "Takip numarası almadım"},
				answer: "Siparişiniz kargoya verildiğinde kargo firmasını ve takip bağlantısını e-postayla göndeririz. Sipariş numaranız ve siparişte kullandığınız e-posta adresi veya telefon numarasıyla sohbet asistanımıza da sorabilirsiniz. İlk taramanın görünmesi 24 saate kadar sürebilir; paket 7 iş günü boyunca hareket etmezse bize ulaşın."},
			"cancel-order": {questions: []string{"Siparişimi iptal edebilir miyim?", "Bir siparişi nasıl iptal ederim?", "Yanlışlıkla sipariş verdim"},
				answer: "Siparişiniz kargoya verilene kadar ücretsiz iptal edebilirsiniz. Sipariş numaranız ve e-posta adresinizle sohbet asistanımızdan isteyin ya da support@northwind-outfitters.example adresine yazın. Kargoya verildikten sonra, teslimattan itibaren 30 gün içinde iade edebilirsiniz."},
			"exchange-size": {questions: []string{"Başka bir bedenle değiştirebilir miyim?", "Değişim nasıl yapılıyor?", "Beden olmadı, değiştirebilir miyim?"},
				answer: "AB içinde beden ve renk değişimi ücretsizdir: bir iade başlatın, 'değişim'i seçin; kargo firması paketinizi taradığı anda yeni ürünü göndeririz. AB dışında ürünü para iadesi için geri gönderin ve yeni sipariş verin. Son satış ürünleri değiştirilemez."},
			"restock": {questions: []string{"Bu ürün ne zaman tekrar stoğa girecek?", "Bedenim tekrar gelecek mi?", "Stoğa girince haber alabilir miyim?"},
				answer: "Temel ürünlerin çoğu 4–6 haftada bir yenilenir. Ürün sayfasında 'Bana haber ver'e tıklayın; bedeniniz geldiğinde size bir kez e-posta göndeririz. 'Geçen sezon' olarak işaretli ürünler yenilenmez."},
			"pre-orders": {questions: []string{"Ön sipariş nasıl çalışıyor?", "Ön siparişim ne zaman gönderilecek?", "Ön sipariş için hemen ödeme alınıyor mu?"},
				answer: "Ön siparişli ürünlerde tahmini gönderim tarihi ürün sayfasında yazar. Ödeme sipariş verirken alınır. Siparişinizde stokta olan ürünler de varsa, bunları ek ücret olmadan önce göndeririz. Ön siparişi gönderilmeden önce istediğiniz zaman iptal edebilirsiniz."},
			"repairs": {questions: []string{"Ürün tamiri yapıyor musunuz?", "Fermuarım bozuldu, tamir edebilir misiniz?", "Yedek parça satın alabilir miyim?"},
				answer: "Evet. 2 yıl içindeki kusurları garanti kapsamında ücretsiz onarır veya değiştiririz. Sonrasında Utrecht'teki atölyemiz Northwind ürünlerini maliyetine tamir eder; ayrıca yedek toka, fermuar çekeceği ve tamir yaması satıyoruz. Başlamak için bize bir fotoğraf ve sipariş numaranızı e-postayla gönderin."},
			"currencies": {questions: []string{"Kendi para birimimle ödeyebilir miyim?", "Hangi para birimlerini kabul ediyorsunuz?", "Euro olarak mı ücretlendirileceğim?"},
				answer: "Evet. GBP, USD, CHF, NOK, CAD, JPY, CNY, AUD ve AED dahil 25 pazarda fiyatlar günlük kurla çevrilerek yerel para biriminizde gösterilir ve tahsil edilir. Diğer her yerde euro ile ödersiniz. İadeler ödeme yaptığınız para biriminde yapılır."},
			"newsletter-discount": {questions: []string{"İlk siparişe indirim var mı?", "Bültene kaydolunca indirim var mı?", "Öğrenci indirimi var mı?"},
				answer: "Bültenimize kaydolun, ilk siparişinizde geçerli %10 indirim kodu kazanın (indirimli ürünlerde ve hediye kartlarında geçerli değildir). Öğrenciler, öğrenci doğrulama ortağımız aracılığıyla ayda bir kez %15 indirim alır."},
			"gift-wrapping": {questions: []string{"Hediye paketi yapıyor musunuz?", "Hediye notu ekleyebilir miyim?", "Paketin içine fiyat koymayabilir misiniz?"},
				answer: "Evet: 4 € karşılığında elle yazılmış bir kart ve yeniden kullanılabilir furoshiki ambalaj eklemek için sepette 'Bu bir hediye' kutusunu işaretleyin. Hediye siparişlerinde fiyat bulunmaz. AB dışına gönderimlerde gümrük faturasında değer yine de yer alır."},
			"price-match": {questions: []string{"Fiyat eşleştirme yapıyor musunuz?", "Sipariş verdikten sonra fiyat düştü", "İndirimli fiyatı alabilir miyim?"},
				answer: "Diğer mağazaların fiyatlarıyla eşleştirme yapmıyoruz. Kendi fiyatlarımızdan biri siparişinizden sonraki 14 gün içinde düşerse bize ulaşın; aradaki farkı orijinal ödeme yönteminize iade ederiz."},
		},
	}
}

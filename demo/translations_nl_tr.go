package demo

// nlCatalog holds the Dutch (nl) product translations: the products
// shoppers ask most about (materials, warmth, waterproofing, sizes).
func nlCatalog() localeCatalog {
	return localeCatalog{
		optionNames: map[string]string{"Color": "Kleur", "Size": "Maat", "Length": "Lengte", "Zip": "Rits", "Capacity": "Inhoud"},
		optionValues: map[string]string{
			"Black": "Zwart", "Forest": "Bosgroen", "Glacier Blue": "Gletsjerblauw", "Rust": "Roest", "Heather Grey": "Grijs gemêleerd",
			"Navy": "Marineblauw", "Charcoal": "Antraciet", "Ocean": "Oceaan", "White": "Wit", "Terracotta": "Terracotta",
			"Sage": "Salie", "Brown": "Bruin", "Sand": "Zand", "Glacier": "Gletsjer", "Orange": "Oranje",
			"Regular": "Normaal", "Long": "Lang", "Left": "Links", "Right": "Rechts",
		},
		products: map[string]productText{
			"aurora-rain-shell": {title: "Aurora 2.5L regenjas", ptype: "Jassen",
				body: `<p>Een lichte, volledig getapete regenjas voor wandelingen en dagen in de stad. De 2,5-laagse buitenstof van gerecycled nylon houdt zware regen tegen (20.000 mm) en blijft ademend bij steile klimmen.</p>` +
					`<ul><li>Helmcompatibele capuchon met verstevigde klep</li><li>Ventilatieritsen onder de armen</li><li>Op te bergen in de eigen borstzak</li></ul>`},
			"fjord-down-jacket": {title: "Fjord 800 donsjas", ptype: "Jassen",
				body: `<p>Onze warmste jas voor elke dag, gevuld met RDS-gecertificeerd ganzendons met een vulkracht van 800. Licht genoeg voor een skitrip, warm genoeg voor een Noorse winter.</p>` +
					`<ul><li>Waterafstotende ripstop buitenstof</li><li>Verstelbare capuchon en zoom</li><li>Twee handzakken met rits</li></ul>`},
			"tundra-expedition-parka": {title: "Tundra expeditieparka", ptype: "Jassen",
				body: `<p>Gemaakt voor poolexpedities en lang wachten bij de bushalte in februari. Een waterdichte, winddichte buitenlaag over dons met vulkracht 700, comfortabel tot -25 °C, met een tunnelcapuchon zonder nepbont.</p>`},
			"harbor-grid-fleece": {title: "Harbor Grid fleecetrui", ptype: "Fleece",
				body: `<p>Een fleece met rasterstructuur van gerecycled polyester die warmte vasthoudt en snel droogt. De middenlaag die je het hele jaar pakt.</p>` +
					`<ul><li>Halve rits met kinbescherming</li><li>Borstzak met rits</li><li>Gemaakt van 100% gerecycled polyester</li></ul>`},
			"summit-merino-hoodie": {title: "Summit merino hoodie", ptype: "Fleece",
				body: `<p>Een merino hoodie van 250 g/m² die je temperatuur regelt en geurtjes tegengaat, zodat je hem dagenlang op pad of op reis kunt dragen.</p>` +
					`<ul><li>Mulesingvrije merinowol uit Nieuw-Zeeland</li><li>Nauwsluitende capuchon en duimlussen</li><li>Wasbaar in de machine op 30 °C</li></ul>`},
			"trailhead-organic-tee": {title: "Trailhead T-shirt van biologisch katoen", ptype: "T-shirts",
				body: `<p>Een stevig T-shirt van GOTS-gecertificeerd biologisch katoen met ons kleine berglogo op de borst. Voorgewassen en ruim gesneden.</p>` +
					`<ul><li>Tricot van biologisch katoen, 180 g/m²</li><li>In Portugal bedrukt met inkt op waterbasis</li><li>Ruime unisex pasvorm</li></ul>`},
			"granite-mid-gtx-hiking-boots": {title: "Granite Mid GTX wandelschoenen", ptype: "Schoenen",
				body: `<p>Waterdichte halfhoge wandelschoenen met een GORE-TEX-membraan en een Vibram-zool met veel grip. Meteen comfortabel en stevig bij rotsige afdalingen.</p>` +
					`<ul><li>Bovenwerk van volnerfleer en gerecyclede mesh</li><li>Vibram Megagrip-loopzool</li><li>EU-maten; vallen normaal, kies een halve maat groter voor dikke sokken</li></ul>`},
			"ridgeline-22l-daypack": {title: "Ridgeline 22L dagrugzak", ptype: "Rugzakken",
				body: `<p>Een dagrugzak van 22 liter met geventileerd rugpaneel, heupgordelzakken en een vak voor een drinkzak. Groot genoeg voor een hele dag in de bergen, klein genoeg voor kantoor.</p>` +
					`<ul><li>Gerecycled 210D ripstop nylon</li><li>Ingebouwde regenhoes</li><li>Past een laptop van 15"</li></ul>`},
			"solstice-2p-ultralight-tent": {title: "Solstice 2P ultralichte tent", ptype: "Tenten",
				body: `<p>Een vrijstaande tweepersoonstent die maar 1,24 kg weegt. Twee ingangen, twee apsissen en genoeg hoofdruimte om rechtop te zitten en te kaarten als het regent.</p>` +
					`<ul><li>Pre-order: wordt binnen 3–4 weken verzonden</li><li>Ripstop buitentent met siliconencoating, 3.000 mm</li><li>Aluminium stokken van DAC</li></ul>`},
			"ember-down-sleeping-bag": {title: "Ember -5°C donsslaapzak", ptype: "Slaapzakken",
				body: `<p>Een mummyslaapzak voor drie seizoenen, gevuld met RDS-gecertificeerd dons met vulkracht 750. Comforttemperatuur 0 °C, limiet -5 °C.</p>` +
					`<ul><li>Normaal past tot 183 cm, Lang tot 198 cm</li><li>Warmtekraag en rits die niet vasthaakt</li><li>Compressiezak inbegrepen</li></ul>`},
			"canteen-insulated-bottle": {title: "Canteen thermosfles", ptype: "Flessen",
				body: `<p>Een dubbelwandige fles van roestvrij staal die drankjes 24 uur koud of 12 uur warm houdt. Lekvrije dop met draaglus.</p>` +
					`<ul><li>Voedselveilig roestvrij staal 18/8, BPA-vrij</li><li>Past in de meeste bekerhouders in de auto (500 en 750 ml)</li><li>Alleen met de hand wassen</li></ul>`},
			"lumen-400-headlamp": {title: "Lumen 400 oplaadbare hoofdlamp", ptype: "Verlichting",
				body: `<p>Een hoofdlamp van 400 lumen met rood nachtzichtlicht en een vergrendeling, zodat hij nooit in je tas aangaat. Oplaadbaar via USB-C.</p>` +
					`<ul><li>Tot 60 uur op de laagste stand</li><li>Spatwaterdicht volgens IPX4</li><li>Batterij-indicator</li></ul>`},
		},
	}
}

// trCatalog holds the Turkish (tr) product translations.
func trCatalog() localeCatalog {
	return localeCatalog{
		optionNames: map[string]string{"Color": "Renk", "Size": "Beden", "Length": "Uzunluk", "Zip": "Fermuar", "Capacity": "Hacim"},
		optionValues: map[string]string{
			"Black": "Siyah", "Forest": "Orman Yeşili", "Glacier Blue": "Buzul Mavisi", "Rust": "Pas", "Heather Grey": "Melanj Gri",
			"Navy": "Lacivert", "Charcoal": "Antrasit", "Ocean": "Okyanus", "White": "Beyaz", "Terracotta": "Kiremit",
			"Sage": "Adaçayı", "Brown": "Kahverengi", "Sand": "Kum", "Glacier": "Buzul", "Orange": "Turuncu",
			"Regular": "Standart", "Long": "Uzun", "Left": "Sol", "Right": "Sağ",
		},
		products: map[string]productText{
			"aurora-rain-shell": {title: "Aurora 2.5L yağmurluk", ptype: "Montlar",
				body: `<p>Doğa yürüyüşleri ve şehir günleri için tüm dikişleri bantlı, hafif bir yağmurluk. 2,5 katmanlı geri dönüştürülmüş naylon dış kumaş şiddetli yağmuru geçirmez (20.000 mm) ve dik tırmanışlarda nefes almaya devam eder.</p>` +
					`<ul><li>Kask uyumlu, sertleştirilmiş siperli kapüşon</li><li>Havalandırma için koltuk altı fermuarları</li><li>Kendi göğüs cebine katlanır</li></ul>`},
			"fjord-down-jacket": {title: "Fjord 800 kaz tüyü mont", ptype: "Montlar",
				body: `<p>En sıcak günlük montumuz; 800 dolgu gücünde, RDS sertifikalı kaz tüyüyle doldurulmuştur. Kayak tatili için yeterince hafif, bir İskandinav kışı için yeterince sıcak.</p>` +
					`<ul><li>Su itici ripstop dış kumaş</li><li>Ayarlanabilir kapüşon ve etek ucu</li><li>Fermuarlı iki el cebi</li></ul>`},
			"tundra-expedition-parka": {title: "Tundra ekspedisyon parkası", ptype: "Montlar",
				body: `<p>Kutup ekspedisyonları ve şubatta otobüs duraklarındaki uzun bekleyişler için üretildi. 700 dolgu gücünde kaz tüyünün üzerinde su ve rüzgâr geçirmez bir dış katman; -25 °C'ye kadar konfor sağlar, suni kürk içermeyen tünel kapüşonludur.</p>`},
			"harbor-grid-fleece": {title: "Harbor Grid polar", ptype: "Polar",
				body: `<p>Geri dönüştürülmüş polyesterden yapılmış, ısıyı tutan ve hızla kuruyan ızgara dokulu bir polar. Yıl boyunca elinizin gideceği ara katman.</p>` +
					`<ul><li>Çene korumalı yarım fermuar</li><li>Fermuarlı göğüs cebi</li><li>%100 geri dönüştürülmüş polyesterden yapılmıştır</li></ul>`},
			"summit-merino-hoodie": {title: "Summit merino kapüşonlu üst", ptype: "Polar",
				body: `<p>Vücut ısısını dengeleyen ve kokuya direnen 250 g/m² merino kapüşonlu üst; patikada ya da yolculukta günlerce giyilebilir.</p>` +
					`<ul><li>Yeni Zelanda'dan mulesing içermeyen merino yünü</li><li>Oturan kapüşon ve başparmak halkaları</li><li>30 °C'de makinede yıkanabilir</li></ul>`},
			"trailhead-organic-tee": {title: "Trailhead organik pamuklu tişört", ptype: "Tişörtler",
				body: `<p>GOTS sertifikalı organik pamuktan, göğsünde küçük dağ logomuz bulunan kalın bir tişört. Önceden yıkanmış, rahat kesim.</p>` +
					`<ul><li>180 g/m² organik pamuk süprem</li><li>Portekiz'de su bazlı boyalarla basılmıştır</li><li>Rahat, uniseks kalıp</li></ul>`},
			"granite-mid-gtx-hiking-boots": {title: "Granite Mid GTX yürüyüş botu", ptype: "Ayakkabı",
				body: `<p>GORE-TEX membranlı ve iyi tutunan Vibram tabanlı, su geçirmez bilekli yürüyüş botları. İlk günden rahat, kayalık inişlerde destekleyici.</p>` +
					`<ul><li>Tam tahıllı deri ve geri dönüştürülmüş file saya</li><li>Vibram Megagrip dış taban</li><li>AB numaraları; tam kalıptır, kalın çorap için yarım numara büyük seçin</li></ul>`},
			"ridgeline-22l-daypack": {title: "Ridgeline 22L günlük sırt çantası", ptype: "Sırt çantaları",
				body: `<p>Havalandırmalı sırt paneli, bel kemeri cepleri ve su torbası bölmesi olan 22 litrelik günlük sırt çantası. Dağda bütün bir gün için yeterince büyük, ofis için yeterince küçük.</p>` +
					`<ul><li>Geri dönüştürülmüş 210D ripstop naylon</li><li>Entegre yağmur kılıfı</li><li>15" dizüstü bilgisayar sığar</li></ul>`},
			"solstice-2p-ultralight-tent": {title: "Solstice 2P ultra hafif çadır", ptype: "Çadırlar",
				body: `<p>Yalnızca 1,24 kg ağırlığında, kendi başına duran iki kişilik çadır. İki kapı, iki giriş sundurması ve yağmurda oturup kâğıt oynayacak kadar tavan yüksekliği.</p>` +
					`<ul><li>Ön sipariş: 3–4 hafta içinde gönderilir</li><li>Silikon kaplı ripstop dış tente, 3.000 mm</li><li>DAC alüminyum direkler</li></ul>`},
			"ember-down-sleeping-bag": {title: "Ember -5°C kaz tüyü uyku tulumu", ptype: "Uyku tulumları",
				body: `<p>750 dolgu gücünde RDS sertifikalı kaz tüyüyle doldurulmuş, üç mevsimlik mumya tipi uyku tulumu. Konfor sıcaklığı 0 °C, alt sınır -5 °C.</p>` +
					`<ul><li>Standart 183 cm'ye, Uzun 198 cm'ye kadar uygundur</li><li>Isı yakası ve takılmayan fermuar</li><li>Sıkıştırma torbası dahildir</li></ul>`},
			"canteen-insulated-bottle": {title: "Canteen termos matara", ptype: "Mataralar",
				body: `<p>İçecekleri 24 saat soğuk ya da 12 saat sıcak tutan çift cidarlı paslanmaz çelik matara. Taşıma halkalı, sızdırmaz kapak.</p>` +
					`<ul><li>18/8 gıdaya uygun paslanmaz çelik, BPA içermez</li><li>Çoğu araç bardaklığına sığar (500 ve 750 ml)</li><li>Yalnızca elde yıkayın</li></ul>`},
			"lumen-400-headlamp": {title: "Lumen 400 şarj edilebilir kafa lambası", ptype: "Aydınlatma",
				body: `<p>Kırmızı gece görüşü modu ve çantada kendiliğinden yanmasını önleyen kilidi olan 400 lümenlik kafa lambası. USB-C ile şarj olur.</p>` +
					`<ul><li>En düşük ayarda 60 saate kadar</li><li>IPX4 sıçramaya dayanıklı</li><li>Pil durumu göstergesi</li></ul>`},
		},
	}
}

package demo

// idCatalog holds the Indonesian (id) product translations.
func idCatalog() localeCatalog {
	return localeCatalog{
		optionNames: map[string]string{"Color": "Warna", "Size": "Ukuran", "Length": "Panjang", "Zip": "Ritsleting", "Capacity": "Kapasitas"},
		optionValues: map[string]string{
			"Black": "Hitam", "Forest": "Hijau Hutan", "Glacier Blue": "Biru Gletser", "Rust": "Karat", "Heather Grey": "Abu-abu Melange",
			"Navy": "Biru Dongker", "Charcoal": "Arang", "Ocean": "Samudra", "White": "Putih", "Terracotta": "Terakota",
			"Sage": "Hijau Sage", "Brown": "Cokelat", "Sand": "Pasir", "Glacier": "Gletser", "Orange": "Oranye",
			"Regular": "Reguler", "Long": "Panjang", "Left": "Kiri", "Right": "Kanan",
		},
		products: map[string]productText{
			"aurora-rain-shell": {title: "Jaket hujan Aurora 2.5L", ptype: "Jaket",
				body: `<p>Jaket hujan ringan dengan semua jahitan dilapisi seam tape, untuk mendaki dan hari-hari di kota. Kain luar nilon daur ulang 2,5 lapis menahan hujan lebat (20.000 mm) dan tetap bernapas saat tanjakan curam.</p>` +
					`<ul><li>Tudung yang muat helm dengan lidah kaku</li><li>Ritsleting ventilasi di ketiak</li><li>Bisa dilipat ke dalam saku dadanya sendiri</li></ul>`},
			"fjord-down-jacket": {title: "Jaket bulu angsa Fjord 800", ptype: "Jaket",
				body: `<p>Jaket harian kami yang paling hangat, diisi bulu angsa bersertifikat RDS dengan daya isi 800. Cukup ringan untuk dibawa bermain ski, cukup hangat untuk musim dingin Nordik.</p>` +
					`<ul><li>Kain luar ripstop anti air ringan</li><li>Tudung dan keliman yang bisa diatur</li><li>Dua saku tangan beritsleting</li></ul>`},
			"tundra-expedition-parka": {title: "Parka ekspedisi Tundra", ptype: "Jaket",
				body: `<p>Dibuat untuk ekspedisi kutub dan menunggu lama di halte bus pada bulan Februari. Lapisan luar tahan air dan tahan angin di atas bulu angsa berdaya isi 700, nyaman hingga -25 °C, dengan tudung terowongan tanpa bulu imitasi.</p>`},
			"harbor-grid-fleece": {title: "Fleece Harbor Grid", ptype: "Fleece",
				body: `<p>Fleece bertekstur kisi dari poliester daur ulang yang menahan hangat dan cepat kering. Lapisan tengah yang akan Anda pakai sepanjang tahun.</p>` +
					`<ul><li>Setengah ritsleting dengan pelindung dagu</li><li>Saku dada beritsleting</li><li>Terbuat dari 100% poliester daur ulang</li></ul>`},
			"summit-merino-hoodie": {title: "Hoodie merino Summit", ptype: "Fleece",
				body: `<p>Hoodie merino 250 g/m² yang mengatur suhu tubuh dan menahan bau, sehingga bisa dipakai berhari-hari di jalur pendakian atau dalam perjalanan.</p>` +
					`<ul><li>Wol merino dari Selandia Baru tanpa mulesing</li><li>Tudung pas dan lubang ibu jari</li><li>Bisa dicuci dengan mesin pada 30 °C</li></ul>`},
			"trailhead-organic-tee": {title: "Kaos katun organik Trailhead", ptype: "Kaos",
				body: `<p>Kaos tebal dari katun organik bersertifikat GOTS dengan logo gunung kecil kami di dada. Sudah dicuci sebelumnya dan berpotongan longgar.</p>` +
					`<ul><li>Jersey katun organik 180 g/m²</li><li>Disablon di Portugal dengan tinta berbasis air</li><li>Potongan longgar uniseks</li></ul>`},
			"granite-mid-gtx-hiking-boots": {title: "Sepatu hiking Granite Mid GTX", ptype: "Alas kaki",
				body: `<p>Sepatu hiking mid-cut tahan air dengan membran GORE-TEX dan sol Vibram yang mencengkeram. Nyaman sejak dipakai pertama kali dan kokoh di turunan berbatu.</p>` +
					`<ul><li>Bagian atas kulit full-grain dan jaring daur ulang</li><li>Sol luar Vibram Megagrip</li><li>Ukuran EU; sesuai ukuran, pilih setengah ukuran lebih besar untuk kaus kaki tebal</li></ul>`},
			"ridgeline-22l-daypack": {title: "Ransel harian Ridgeline 22L", ptype: "Ransel",
				body: `<p>Ransel harian 22 liter dengan panel punggung berventilasi, saku sabuk pinggang, dan selongsong kantong air. Cukup besar untuk seharian di gunung, cukup kecil untuk ke kantor.</p>` +
					`<ul><li>Nilon ripstop 210D daur ulang</li><li>Penutup hujan terintegrasi</li><li>Muat laptop 15"</li></ul>`},
			"solstice-2p-ultralight-tent": {title: "Tenda ultraringan Solstice 2P", ptype: "Tenda",
				body: `<p>Tenda dua orang yang berdiri sendiri dengan berat hanya 1,24 kg. Dua pintu, dua teras, dan ruang kepala yang cukup untuk duduk dan bermain kartu saat hujan.</p>` +
					`<ul><li>Pra-pesan: dikirim dalam 3–4 minggu</li><li>Flysheet ripstop berlapis silikon, 3.000 mm</li><li>Tiang aluminium DAC</li></ul>`},
			"ember-down-sleeping-bag": {title: "Kantong tidur bulu angsa Ember -5°C", ptype: "Kantong tidur",
				body: `<p>Kantong tidur model mumi tiga musim berisi bulu angsa bersertifikat RDS dengan daya isi 750. Suhu nyaman 0 °C, batas -5 °C.</p>` +
					`<ul><li>Reguler muat hingga 183 cm, Panjang hingga 198 cm</li><li>Kerah penahan hangat dan ritsleting anti-nyangkut</li><li>Termasuk kantong kompresi</li></ul>`},
			"canteen-insulated-bottle": {title: "Botol termos Canteen", ptype: "Botol",
				body: `<p>Botol baja tahan karat berdinding ganda yang menjaga minuman tetap dingin selama 24 jam atau panas selama 12 jam. Tutup anti bocor dengan tali pembawa.</p>` +
					`<ul><li>Baja tahan karat 18/8 food grade, bebas BPA</li><li>Muat di sebagian besar tempat gelas mobil (500 dan 750 ml)</li><li>Cuci dengan tangan saja</li></ul>`},
			"lumen-400-headlamp": {title: "Senter kepala isi ulang Lumen 400", ptype: "Penerangan",
				body: `<p>Senter kepala 400 lumen dengan mode penglihatan malam merah dan kunci agar tidak pernah menyala di dalam tas. Diisi daya lewat USB-C.</p>` +
					`<ul><li>Hingga 60 jam pada pengaturan terendah</li><li>Tahan cipratan IPX4</li><li>Indikator status baterai</li></ul>`},
		},
	}
}

// zhTWCatalog holds the Traditional Chinese (zh-TW) product translations.
func zhTWCatalog() localeCatalog {
	return localeCatalog{
		optionNames: map[string]string{"Color": "顏色", "Size": "尺寸", "Length": "長度", "Zip": "拉鍊", "Capacity": "容量"},
		optionValues: map[string]string{
			"Black": "黑色", "Forest": "森林綠", "Glacier Blue": "冰川藍", "Rust": "鐵鏽紅", "Heather Grey": "麻花灰",
			"Navy": "海軍藍", "Charcoal": "炭灰", "Ocean": "海洋藍", "White": "白色", "Terracotta": "赤陶色",
			"Sage": "鼠尾草綠", "Brown": "棕色", "Sand": "沙色", "Glacier": "冰川色", "Orange": "橘色",
			"Regular": "標準", "Long": "加長", "Left": "左", "Right": "右",
		},
		products: map[string]productText{
			"aurora-rain-shell": {title: "Aurora 2.5L 防水外套", ptype: "外套",
				body: `<p>一件全壓膠的輕量防水外套，適合健行，也適合城市日常。2.5 層再生尼龍面料可抵擋大雨（耐水壓 20,000 毫米），在陡峭爬升時依然透氣。</p>` +
					`<ul><li>可戴安全帽的兜帽，附硬挺帽簷</li><li>腋下透氣拉鍊</li><li>可收進自己的胸前口袋</li></ul>`},
			"fjord-down-jacket": {title: "Fjord 800 羽絨外套", ptype: "外套",
				body: `<p>我們最保暖的日常外套，填充 RDS 認證的 800 蓬鬆度鵝絨。輕到可以帶去滑雪，暖到足以度過北歐的冬天。</p>` +
					`<ul><li>防潑水格紋尼龍表布</li><li>可調節兜帽與下擺</li><li>兩個拉鍊手口袋</li></ul>`},
			"tundra-expedition-parka": {title: "Tundra 極地探險大衣", ptype: "外套",
				body: `<p>為極地探險和二月在公車站的漫長等待而設計。700 蓬鬆度羽絨外覆防水防風外層，舒適溫度低至 -25 °C，隧道式兜帽不使用人造毛。</p>`},
			"harbor-grid-fleece": {title: "Harbor Grid 刷毛上衣", ptype: "刷毛",
				body: `<p>以再生聚酯纖維製成的格紋刷毛，保暖又快乾。一年四季都會穿上的中層衣物。</p>` +
					`<ul><li>半開拉鍊，附護下巴設計</li><li>拉鍊胸前口袋</li><li>100% 再生聚酯纖維製成</li></ul>`},
			"summit-merino-hoodie": {title: "Summit 美麗諾羊毛連帽衫", ptype: "刷毛",
				body: `<p>250 g/m² 美麗諾羊毛連帽衫，能調節體溫並抑制異味，在步道上或旅途中可以連穿好幾天。</p>` +
					`<ul><li>來自紐西蘭的無割皮美麗諾羊毛</li><li>貼合兜帽與拇指孔</li><li>可用洗衣機以 30 °C 清洗</li></ul>`},
			"trailhead-organic-tee": {title: "Trailhead 有機棉 T 恤", ptype: "T 恤",
				body: `<p>以 GOTS 認證有機棉製成的厚磅 T 恤，胸前有我們的小山形標誌。預先縮水處理，寬鬆剪裁。</p>` +
					`<ul><li>180 g/m² 有機棉針織布</li><li>在葡萄牙以水性油墨印製</li><li>寬鬆中性版型</li></ul>`},
			"granite-mid-gtx-hiking-boots": {title: "Granite Mid GTX 登山鞋", ptype: "鞋款",
				body: `<p>防水中筒登山鞋，採用 GORE-TEX 防水膜和抓地力強的 Vibram 大底。第一次穿就舒適，下岩石坡時穩定支撐。</p>` +
					`<ul><li>全粒面皮革與再生網布鞋面</li><li>Vibram Megagrip 大底</li><li>歐洲尺碼；尺寸標準，穿厚襪請選大半號</li></ul>`},
			"ridgeline-22l-daypack": {title: "Ridgeline 22L 日用背包", ptype: "背包",
				body: `<p>22 公升日用背包，具通風背板、腰帶口袋和水袋隔層。大到足以在山上待一整天，小到適合通勤上班。</p>` +
					`<ul><li>再生 210D 格紋尼龍</li><li>內建防雨罩</li><li>可放 15 吋筆電</li></ul>`},
			"solstice-2p-ultralight-tent": {title: "Solstice 雙人超輕帳篷", ptype: "帳篷",
				body: `<p>一頂僅重 1.24 公斤的自立式雙人帳篷。兩個門、兩個前庭，下雨時也有足夠高度坐起來打牌。</p>` +
					`<ul><li>預購：3–4 週內出貨</li><li>矽膠塗層格紋外帳，耐水壓 3,000 毫米</li><li>DAC 鋁合金營柱</li></ul>`},
			"ember-down-sleeping-bag": {title: "Ember -5°C 羽絨睡袋", ptype: "睡袋",
				body: `<p>三季用木乃伊型睡袋，填充 RDS 認證的 750 蓬鬆度羽絨。舒適溫度 0 °C，極限溫度 -5 °C。</p>` +
					`<ul><li>標準款適合身高 183 公分以下，加長款適合 198 公分以下</li><li>防風保暖領與防夾拉鍊</li><li>附壓縮袋</li></ul>`},
			"canteen-insulated-bottle": {title: "Canteen 保溫瓶", ptype: "水瓶",
				body: `<p>雙層不鏽鋼保溫瓶，冷飲可保冷 24 小時，熱飲可保溫 12 小時。防漏瓶蓋附提環。</p>` +
					`<ul><li>18/8 食品級不鏽鋼，不含 BPA</li><li>適合大多數車用杯架（500 與 750 ml）</li><li>僅限手洗</li></ul>`},
			"lumen-400-headlamp": {title: "Lumen 400 充電式頭燈", ptype: "照明",
				body: `<p>400 流明頭燈，具紅光夜視模式和鎖定功能，絕不會在包包裡自己亮起。以 USB-C 充電。</p>` +
					`<ul><li>最低亮度下最長 60 小時</li><li>IPX4 防潑水</li><li>電量指示燈</li></ul>`},
		},
	}
}

package demo

// idDocs is the Indonesian (id) translation of the policies, pages and FAQ.
func idDocs() localeDocs {
	return localeDocs{
		shipping: PolicyText{Title: "Kebijakan pengiriman", Body: `Kami mengirim ke seluruh dunia dari gudang kami di Utrecht, Belanda. Pesanan yang dibuat sebelum pukul 14.00 CET pada hari kerja akan keluar dari gudang pada hari yang sama; pesanan lainnya dikirim pada hari kerja berikutnya. Produk pre-order dikirim pada tanggal yang tertera di halaman produk, dan sisa pesanan campuran kami kirim segera setelah siap.

Belanda, Belgia, Luksemburg, dan Jerman: pengiriman standar dengan DHL atau PostNL dalam 1–3 hari kerja, €4,95, gratis untuk pembelian di atas €75. Pengiriman ekspres keesokan harinya €12,95.

Negara Uni Eropa lainnya: pengiriman standar dalam 2–5 hari kerja dengan DHL, La Poste - Colissimo, atau layanan pos nasional, €6,95, gratis untuk pembelian di atas €75. Pengiriman ekspres dalam 1–2 hari kerja dengan DHL Express, €14,95.

Inggris Raya: pengiriman dalam 3–5 hari kerja, €7,95, gratis untuk pembelian di atas €100.

Amerika Serikat: pengiriman dalam 4–7 hari kerja dengan UPS atau DHL Express, €14,95, gratis untuk pembelian di atas €150.

Kanada, Swiss, dan Norwegia: pengiriman dalam 3–8 hari kerja, €16,95.

Asia dan Oseania (termasuk Jepang, Tiongkok, Korea Selatan, Singapura, Australia, dan Selandia Baru): pengiriman dalam 5–10 hari kerja dengan DHL Express, Japan Post, atau SF Express, €19,95, gratis untuk pembelian di atas €200.

Timur Tengah (termasuk Uni Emirat Arab, Arab Saudi, Qatar, dan Israel): pengiriman dalam 5–9 hari kerja dengan Aramex atau DHL Express, €19,95, gratis untuk pembelian di atas €200.

Negara lainnya di dunia: pengiriman dalam 7–15 hari kerja, €24,95.

Bea cukai dan bea masuk: pesanan ke negara-negara UE tidak pernah dikenai bea cukai. Ke Inggris Raya dan Amerika Serikat kami mengirim dengan ketentuan DDP (diserahkan dengan bea dibayar): harga sudah termasuk bea masuk dan pajak impor, sehingga tidak ada lagi yang perlu dibayar saat barang tiba. Ke semua negara lain kami mengirim dengan ketentuan DAP (diserahkan di tempat tujuan): bea masuk, pajak, dan biaya pengurusan bea cukai dari kurir ditagih oleh kurir saat pengiriman dan menjadi tanggung jawab pelanggan. Kami tidak dapat menandai pesanan sebagai hadiah atau mencantumkan nilai yang lebih rendah. Jika Anda menolak paket DAP, kami akan mengembalikan dana pesanan Anda dikurangi ongkos kirim balik dan bea yang dibebankan kepada kami.

Pelacakan: saat pesanan Anda dikirim, kami mengirimkan nomor dan tautan pelacakan lewat email; Anda juga dapat menanyakan statusnya kepada asisten chat kami dengan nomor pesanan dan email Anda. Pemindaian pertama bisa baru muncul hingga 24 jam kemudian. Jika paket Anda tidak bergerak selama 7 hari kerja, hubungi kami dan kami akan membuka investigasi dengan kurir.

Alamat: kami mengirim ke kotak pos dan loker paket hanya dengan pengiriman standar. Periksa alamat Anda dengan teliti; hubungi kami dalam 1 jam setelah memesan jika alamat perlu diubah. Setelah paket keluar dari gudang, alamat hanya dapat diubah melalui kurir.

Pembatasan: tabung gas, baterai litium yang dijual terpisah, dan pisau tidak dapat dikirim melalui udara dan hanya tersedia untuk pengiriman darat di dalam UE.`},
		refund: PolicyText{Title: "Kebijakan pengembalian dana", Body: `Kami ingin Anda menyukai perlengkapan Anda. Jika ada yang kurang pas, Anda dapat mengembalikannya dalam 30 hari setelah barang diterima untuk pengembalian dana atau penukaran.

Batas waktu pengembalian: Anda punya waktu 30 hari sejak tanggal pesanan diterima untuk memulai pengembalian. Barang harus belum dipakai, belum dicuci, dalam kondisi asli, dan semua labelnya masih terpasang. Alas kaki hanya boleh dicoba di dalam ruangan, dan kotak sepatu tidak boleh dipakai sebagai kardus pengiriman.

Cara mengembalikan: mulai pengembalian dari halaman pengembalian atau minta bantuan asisten chat kami dengan nomor pesanan serta email atau nomor telepon yang digunakan untuk pesanan. Kami akan mengirimkan label pengembalian dan petunjuknya lewat email. Kemas barang dengan aman dan serahkan paket ke titik kurir mana pun dalam 7 hari.

Ongkos kirim pengembalian: pengembalian dari Uni Eropa gratis; kami mengirimkan label prabayar. Dari Inggris Raya dan Amerika Serikat kami mengirimkan label prabayar dan memotong €5,95 dari dana yang dikembalikan. Dari semua negara lain, Anda mengatur dan membayar sendiri pengiriman baliknya; gunakan layanan yang bisa dilacak dan tandai paket dengan "Returned goods". Jika barang tiba dalam keadaan cacat, rusak, atau tidak sesuai pesanan, kami selalu menanggung ongkos kirim pengembalian, di mana pun Anda berada.

Barang final sale: barang bertanda "Final sale" di halaman produk tidak dapat dikembalikan atau ditukar kecuali cacat. Ini mencakup barang cuci gudang dan barang diskon tertentu, pakaian dalam dan pakaian renang (demi kebersihan), serta kartu hadiah.

Pengembalian dana: setelah barang yang dikembalikan tiba di gudang kami, kami memeriksanya dalam 2 hari kerja dan mengirimi Anda email. Pengembalian dana yang disetujui dikembalikan ke metode pembayaran awal dalam 5–10 hari kerja; bank Anda mungkin perlu beberapa hari lagi untuk menampilkannya. Jika Anda mengembalikan seluruh pesanan, kami juga mengembalikan ongkos kirim standar awalnya. Bea masuk dan pajak yang Anda bayarkan kepada kurir saat pengiriman di luar UE, Inggris Raya, dan AS dikembalikan oleh kantor bea cukai setempat, bukan oleh kami; kami akan mengirimkan dokumen yang Anda perlukan.

Penukaran: di dalam UE kami menukar ukuran dan warna secara gratis; kami mengirim barang baru segera setelah paket pengembalian dipindai oleh kurir. Di luar UE, kembalikan barang untuk pengembalian dana lalu buat pesanan baru.

Pembatalan: Anda dapat membatalkan pesanan tanpa biaya selama pesanan belum dikirim. Setelah dikirim, silakan kembalikan sesuai kebijakan ini.

Garansi: semua produk bergaransi 2 tahun terhadap cacat produksi sejak tanggal barang diterima. Kaus kaki hiking merino kami bergaransi seumur hidup terhadap lubang. Hubungi kami dengan nomor pesanan dan foto masalahnya.`},
		pages: map[string]PolicyText{
			"about-us": {Title: "Tentang kami", Body: `Northwind Outfitters dimulai pada 2016 di sebuah garasi bersama di Utrecht, tempat dua sahabat pendaki memperbaiki jaket hujan untuk klub panjat tebing mereka. Kini kami merancang pakaian dan perlengkapan untuk hiking, traveling, dan kehidupan sehari-hari di alam terbuka, dan mengirimkannya ke lebih dari 60 negara.

Kami membuat lebih sedikit, tetapi lebih baik. Setiap produk diuji di jalur pendakian Pegunungan Alpen, Skotlandia, dan fyord Norwegia sebelum dijual, dan kami menyediakan suku cadang serta panduan perbaikan untuk semua yang kami jual.

Bahan itu penting: 78% koleksi kami menggunakan bahan daur ulang, organik, atau bersumber secara bertanggung jawab; bulu angsa kami bersertifikat RDS dan wol merino kami bebas mulesing. Kami adalah perusahaan bersertifikat Climate Neutral dan menyumbangkan 1% pendapatan kami untuk perawatan jalur pendakian dan proyek akses ke alam.

Tim kami yang berjumlah 34 orang bekerja dari Utrecht dan bersama-sama menguasai sebelas bahasa; karena itulah kami menjawab dalam bahasa Anda.`},
			"size-guide": {Title: "Panduan ukuran", Body: `Pakaian kami mengikuti ukuran Eropa dan dipotong untuk dipakai berlapis. Jika ukuran Anda di antara dua ukuran, pilih yang lebih besar untuk lapisan luar dan yang lebih kecil untuk base layer.

Atasan dan jaket (lingkar dada): XS 84–88 cm, S 89–94 cm, M 95–100 cm, L 101–107 cm, XL 108–114 cm, XXL 115–121 cm.

Celana (lingkar pinggang): 28 = 71 cm, 30 = 76 cm, 32 = 81 cm, 34 = 86 cm, 36 = 91 cm. Ukuran huruf: S 72–77 cm, M 78–84 cm, L 85–91 cm, XL 92–98 cm. Panjang inseam standar adalah 81 cm.

Alas kaki: kami menggunakan ukuran EU. EU 38 = UK 5 = US pria 6 / wanita 7 = 24 cm; EU 40 = UK 6,5 = US pria 7,5 / wanita 8,5 = 25,5 cm; EU 42 = UK 8 = US pria 9 / wanita 10 = 26,5 cm; EU 44 = UK 9,5 = US pria 10,5 = 28 cm; EU 46 = UK 11 = US pria 12 = 29,5 cm. Sepatu hiking sesuai ukuran; naikkan setengah ukuran jika Anda memakai kaus kaki tebal.

Anak-anak: ukuran berdasarkan usia (4 hingga 12 tahun) dan sudah memberi ruang tumbuh sekitar satu tahun.

Kaus kaki: S untuk EU 36–38, M untuk EU 39–42, L untuk EU 43–46.

Masih ragu? Tanyakan kepada asisten chat kami dengan menyebutkan tinggi badan dan ukuran yang biasa Anda pakai, atau manfaatkan penukaran ukuran gratis di dalam UE.`},
			"customs-and-duties": {Title: "Bea cukai & bea masuk", Body: `Apakah Anda perlu membayar sesuatu saat barang tiba tergantung pada tujuan pesanan Anda.

Uni Eropa: tanpa formalitas bea cukai dan tanpa biaya tambahan. Harga sudah termasuk PPN negara Anda.

Inggris Raya dan Amerika Serikat: kami mengirim dengan ketentuan DDP (diserahkan dengan bea dibayar). Harga saat checkout sudah termasuk semua bea masuk dan pajak impor, dan kurir tidak akan pernah meminta uang kepada Anda saat pengiriman.

Semua negara lain (termasuk Swiss, Norwegia, Kanada, Jepang, Tiongkok, Australia, negara-negara Teluk, dan negara lainnya di dunia): kami mengirim dengan ketentuan DAP (diserahkan di tempat tujuan). Bea masuk, pajak, dan biaya pengurusan bea cukai dari kurir tidak termasuk dalam harga kami. Kurir menagihnya sebelum atau saat pengiriman. Jumlahnya tergantung pada aturan negara Anda dan nilai pesanan; misalnya, Swiss mengenakan PPN 8,1% pada sebagian besar pesanan, dan Jepang biasanya mengenakan pajak konsumsi 10% untuk pesanan di atas ¥10.000.

Kami tidak dapat menandai pesanan sebagai hadiah atau mencantumkan nilai yang lebih rendah, karena hal itu melanggar hukum dan membuat paket Anda tertahan.

Jika Anda mengembalikan barang dari negara DAP, kantor bea cukai setempat biasanya dapat mengembalikan bea masuknya; kami akan mengirimkan faktur komersial dan bukti pengembalian yang Anda perlukan.`},
		},
		faqs: map[string]faqText{
			"gift-cards": {questions: []string{"Apakah kalian menjual kartu hadiah?", "Bagaimana cara kerja kartu hadiah?", "Apakah kartu hadiah ada masa berlakunya?"},
				answer: "Ya. Kartu hadiah digital senilai €25, €50, €100, dan €200 dikirim lewat email dalam beberapa menit, tidak pernah kedaluwarsa, dan dapat digunakan untuk semua produk dalam mata uang apa pun yang kami layani. Anda dapat menggabungkan beberapa kartu hadiah dalam satu pesanan. Kartu hadiah termasuk final sale dan tidak dapat ditukar dengan uang tunai."},
			"payment-methods": {questions: []string{"Metode pembayaran apa saja yang diterima?", "Bisa bayar pakai PayPal?", "Apakah ada Klarna atau bayar nanti?"},
				answer: "Kami menerima Visa, Mastercard, American Express, PayPal, Apple Pay, Google Pay, Shop Pay, dan iDEAL. Klarna (bayar nanti atau cicil 3 kali) tersedia di Belanda, Jerman, Austria, Belgia, Finlandia, dan Swedia. Kami tidak menerima bayar di tempat (COD) maupun transfer bank."},
			"change-address": {questions: []string{"Bisakah saya mengubah alamat pengiriman?", "Saya salah memasukkan alamat", "Bagaimana cara memperbarui alamat pengiriman pesanan saya?"},
				answer: "Hubungi kami dalam 1 jam setelah memesan dan kami akan memperbarui alamatnya sebelum pesanan dikemas. Setelah pesanan dikirim, kami tidak bisa lagi mengubahnya; gunakan tautan pelacakan dari kurir untuk mengalihkan paket atau memilih titik pengambilan."},
			"discount-codes": {questions: []string{"Kode diskon saya tidak berfungsi", "Bisakah saya memakai dua kode diskon?", "Saya lupa memasukkan kode diskon"},
				answer: "Hanya satu kode diskon yang dapat digunakan per pesanan, dan kode tidak berlaku untuk barang diskon, barang final sale, atau kartu hadiah. Periksa tanggal kedaluwarsa dan minimum pembelian di email yang Anda terima. Jika Anda lupa memasukkan kode yang valid, hubungi kami dalam 7 hari dan kami akan mengembalikan nilai diskonnya."},
			"warranty": {questions: []string{"Apa garansi yang kalian berikan?", "Jaket saya cacat", "Apakah produk kalian bergaransi?"},
				answer: "Semua produk bergaransi 2 tahun terhadap cacat produksi sejak tanggal barang diterima, dan kaus kaki hiking merino kami bergaransi seumur hidup terhadap lubang. Kirimkan foto masalahnya beserta nomor pesanan lewat email; kami akan memperbaiki, mengganti, atau mengembalikan dana, dan kami yang menanggung ongkos kirimnya."},
			"sizes": {questions: []string{"Bagaimana cara memilih ukuran?", "Apakah ukuran pakaian kalian kecil?", "Ukuran apa yang sebaiknya saya ambil?"},
				answer: "Pakaian kami memakai ukuran Eropa dan sesuai ukuran. Jika di antara dua ukuran, pilih yang lebih besar untuk jaket dan yang lebih kecil untuk base layer. Alas kaki memakai ukuran EU; naikkan setengah ukuran untuk kaus kaki tebal. Panduan ukuran mencantumkan ukuran dada, pinggang, dan kaki untuk setiap ukuran."},
			"sustainability": {questions: []string{"Apakah produk kalian ramah lingkungan?", "Apakah bulu angsa kalian bersumber secara etis?", "Bahan apa yang kalian gunakan?"},
				answer: "78% koleksi kami dibuat dari bahan daur ulang, organik, atau bersumber secara bertanggung jawab. Bulu angsa kami bersertifikat RDS, merino kami bebas mulesing, dan katun kami organik bersertifikat GOTS. Kami bersertifikat Climate Neutral, menyumbangkan 1% pendapatan untuk proyek jalur pendakian, dan memperbaiki produk dengan harga modal."},
			"customs-duties": {questions: []string{"Apakah saya harus membayar bea cukai atau bea masuk?", "Apakah bea masuk sudah termasuk?", "Kenapa kurir meminta saya membayar pajak?"},
				answer: "Pesanan ke UE tidak pernah dikenai bea cukai. Pesanan ke Inggris Raya dan AS dikirim DDP: bea masuk dan pajak sudah termasuk, tidak ada yang perlu dibayar saat barang tiba. Semua negara lain dikirim DAP: bea masuk, pajak, dan biaya pengurusan bea cukai ditagih oleh kurir dan dibayar oleh Anda."},
			"track-order": {questions: []string{"Bagaimana cara melacak pesanan saya?", "Di mana paket saya?", "Saya belum menerima nomor resi"},
				answer: "Saat pesanan Anda dikirim, kami mengirimkan nama kurir dan tautan pelacakan lewat email. Anda juga bisa bertanya kepada asisten chat kami dengan nomor pesanan serta email atau nomor telepon yang digunakan untuk pesanan. Pemindaian pertama bisa memerlukan hingga 24 jam untuk muncul; jika paket tidak bergerak selama 7 hari kerja, hubungi kami."},
			"cancel-order": {questions: []string{"Bisakah saya membatalkan pesanan?", "Bagaimana cara membatalkan pesanan?", "Saya tidak sengaja memesan"},
				answer: "Anda dapat membatalkan tanpa biaya selama pesanan belum dikirim. Minta bantuan asisten chat kami dengan nomor pesanan dan email Anda, atau kirim email ke support@northwind-outfitters.example. Setelah dikirim, Anda dapat mengembalikannya dalam 30 hari setelah barang diterima."},
			"exchange-size": {questions: []string{"Bisakah saya menukar dengan ukuran lain?", "Bagaimana cara penukaran?", "Ukurannya salah, bisa ditukar?"},
				answer: "Di dalam UE, penukaran ukuran dan warna gratis: mulai pengembalian, pilih 'tukar', dan kami mengirim barang baru segera setelah kurir memindai paket Anda. Di luar UE, kembalikan barang untuk pengembalian dana lalu buat pesanan baru. Barang final sale tidak dapat ditukar."},
			"restock": {questions: []string{"Kapan produk ini tersedia lagi?", "Apakah ukuran saya akan di-restock?", "Bisakah saya diberi tahu saat barang tersedia?"},
				answer: "Sebagian besar produk utama di-restock setiap 4–6 minggu. Klik 'Beri tahu saya' di halaman produk dan kami akan mengirim satu email saat ukuran Anda tersedia kembali. Produk bertanda 'musim lalu' tidak di-restock."},
			"pre-orders": {questions: []string{"Bagaimana cara kerja pre-order?", "Kapan pre-order saya dikirim?", "Apakah pre-order langsung ditagih?"},
				answer: "Produk pre-order menampilkan perkiraan tanggal pengiriman di halaman produk. Pembayaran ditagih saat Anda memesan. Jika pesanan Anda juga berisi barang yang tersedia, kami mengirimkannya lebih dulu tanpa biaya tambahan. Anda dapat membatalkan pre-order kapan saja sebelum dikirim."},
			"repairs": {questions: []string{"Apakah kalian menerima perbaikan produk?", "Ritsleting saya rusak, bisa diperbaiki?", "Bisakah saya membeli suku cadang?"},
				answer: "Ya. Cacat dalam 2 tahun diperbaiki atau diganti gratis dengan garansi. Setelah itu, bengkel kami di Utrecht memperbaiki produk Northwind dengan harga modal, dan kami menjual gesper, penarik ritsleting, dan tambalan perbaikan cadangan. Kirimkan foto dan nomor pesanan Anda lewat email untuk memulai."},
			"currencies": {questions: []string{"Bisakah saya membayar dalam mata uang saya sendiri?", "Mata uang apa saja yang diterima?", "Apakah saya akan ditagih dalam euro?"},
				answer: "Ya. Di 25 pasar, termasuk GBP, USD, CHF, NOK, CAD, JPY, CNY, AUD, dan AED, harga ditampilkan dan ditagih dalam mata uang lokal Anda, dikonversi dengan kurs harian. Di tempat lain Anda membayar dalam euro. Pengembalian dana dilakukan dalam mata uang yang Anda gunakan untuk membayar."},
			"newsletter-discount": {questions: []string{"Apakah ada diskon untuk pesanan pertama?", "Apakah ada diskon berlangganan newsletter?", "Ada diskon pelajar?"},
				answer: "Daftar ke newsletter kami dan dapatkan kode diskon 10% untuk pesanan pertama Anda (tidak berlaku untuk barang diskon atau kartu hadiah). Pelajar mendapat diskon 15% sebulan sekali melalui mitra verifikasi pelajar kami."},
			"gift-wrapping": {questions: []string{"Apakah ada bungkus kado?", "Bisakah saya menambahkan pesan hadiah?", "Bisakah harga tidak dicantumkan di paket?"},
				answer: "Ya: centang 'Ini hadiah' di keranjang untuk menambahkan kartu tulisan tangan dan bungkus furoshiki yang dapat dipakai ulang seharga €4. Pesanan hadiah tidak mencantumkan harga. Untuk pengiriman ke luar UE, faktur bea cukai tetap menunjukkan nilainya."},
			"price-match": {questions: []string{"Apakah kalian menyamakan harga?", "Harga turun setelah saya memesan", "Bisakah saya mendapat harga diskon?"},
				answer: "Kami tidak menyamakan harga dengan toko lain. Jika salah satu harga kami sendiri turun dalam 14 hari setelah pesanan Anda, hubungi kami dan kami akan mengembalikan selisihnya ke metode pembayaran awal Anda."},
		},
	}
}

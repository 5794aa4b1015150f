package lang

// unsupportedNotes is the one line said, in the shopper's language, before
// a reply that comes in the store's language because the shopper's is not
// supported. The 16 supported plus these 33 make 49 languages the assistant
// recognises; text in another unsupported language whatlanggo knows still
// gets the reply in the store's language, without the note.
var unsupportedNotes = map[string]string{
	"da": "Beklager, jeg kan ikke skrive på dansk endnu, så jeg svarer på butikkens sprog.",
	"nb": "Beklager, jeg kan ikke skrive på norsk ennå, så jeg svarer på butikkens språk.",
	"sv": "Tyvärr kan jag inte skriva på svenska än, så jag svarar på butikens språk.",
	"fi": "Valitettavasti en osaa vielä kirjoittaa suomeksi, joten vastaan kaupan kielellä.",
	"cs": "Omlouvám se, česky zatím psát neumím, odpovím proto v jazyce obchodu.",
	"sk": "Prepáčte, po slovensky zatiaľ písať neviem, odpoviem preto v jazyku obchodu.",
	"hu": "Sajnos még nem tudok magyarul írni, ezért az áruház nyelvén válaszolok.",
	"ro": "Îmi pare rău, încă nu pot scrie în română, așa că răspund în limba magazinului.",
	"bg": "Съжалявам, все още не мога да пиша на български, затова отговарям на езика на магазина.",
	"uk": "Вибачте, я ще не вмію писати українською, тому відповідаю мовою магазину.",
	"el": "Λυπάμαι, δεν μπορώ ακόμη να γράψω στα ελληνικά, οπότε απαντώ στη γλώσσα του καταστήματος.",
	"he": "מצטער, אני עדיין לא יכול לכתוב בעברית, לכן אענה בשפת החנות.",
	"hi": "क्षमा करें, मैं अभी हिंदी में नहीं लिख सकता, इसलिए मैं स्टोर की भाषा में जवाब दे रहा हूँ।",
	"bn": "দুঃখিত, আমি এখনও বাংলায় লিখতে পারি না, তাই দোকানের ভাষায় উত্তর দিচ্ছি।",
	"th": "ขออภัย ตอนนี้ยังเขียนภาษาไทยไม่ได้ จึงขอตอบเป็นภาษาของร้าน",
	"vi": "Xin lỗi, tôi chưa thể viết bằng tiếng Việt, nên tôi sẽ trả lời bằng ngôn ngữ của cửa hàng.",
	"tl": "Paumanhin, hindi pa ako makasulat sa Filipino, kaya sasagot ako sa wika ng tindahan.",
	"sw": "Samahani, bado siwezi kuandika kwa Kiswahili, kwa hiyo nitajibu kwa lugha ya duka.",
	"fa": "متأسفم، هنوز نمی\u200cتوانم به فارسی بنویسم، پس به زبان فروشگاه پاسخ می\u200cدهم.",
	"ur": "معذرت، میں ابھی اردو میں نہیں لکھ سکتا، اس لیے اسٹور کی زبان میں جواب دے رہا ہوں۔",
	"hr": "Nažalost, još ne mogu pisati na hrvatskom, pa odgovaram na jeziku trgovine.",
	"sr": "Нажалост, још не могу да пишем на српском, па одговарам на језику продавнице.",
	"sl": "Žal še ne znam pisati v slovenščini, zato odgovarjam v jeziku trgovine.",
	"lt": "Atsiprašau, dar negaliu rašyti lietuviškai, todėl atsakau parduotuvės kalba.",
	"lv": "Atvainojiet, es vēl nevaru rakstīt latviski, tāpēc atbildu veikala valodā.",
	"et": "Vabandust, ma ei oska veel eesti keeles kirjutada, seega vastan poe keeles.",
	"ta": "மன்னிக்கவும், என்னால் இன்னும் தமிழில் எழுத முடியாது, எனவே கடையின் மொழியில் பதிலளிக்கிறேன்.",
	"mr": "माफ करा, मला अजून मराठीत लिहिता येत नाही, म्हणून मी दुकानाच्या भाषेत उत्तर देत आहे.",
	"ka": "ბოდიში, ჯერ ქართულად წერა არ შემიძლია, ამიტომ მაღაზიის ენაზე გიპასუხებთ.",
	"am": "ይቅርታ፣ እስካሁን በአማርኛ መጻፍ አልችልም፣ ስለዚህ በመደብሩ ቋንቋ እመልሳለሁ።",
	"zu": "Uxolo, angikakwazi ukubhala ngesiZulu, ngakho ngizophendula ngolimi lwesitolo.",
	"ca": "Ho sento, encara no puc escriure en català, així que et responc en la llengua de la botiga.",
	"kk": "Кешіріңіз, мен әлі қазақша жаза алмаймын, сондықтан дүкеннің тілінде жауап беремін.",
}

// UnsupportedNote returns the note for a Result.Unsupported code, or "" when
// the table has none.
func UnsupportedNote(code string) string { return unsupportedNotes[code] }

// Recognised lists the language codes the detector can name: the supported
// ones and the unsupported ones with a note.
func Recognised() []string {
	out := append([]string(nil), Supported...)
	for c := range unsupportedNotes {
		out = append(out, c)
	}
	return out
}

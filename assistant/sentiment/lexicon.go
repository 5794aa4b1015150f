package sentiment

// Lexicon entries are phrases with a weight: 1.0 for anger, insults and
// accusations ("scam", "worst"), 0.5 for frustration markers ("still not",
// "again", "waiting for weeks"). Phrases are matched on lower-cased text, as
// whole words for alphabetic scripts and as substrings for CJK.
var lexicon = map[string]map[string]float64{
	"en": {
		"scam": 1, "fraud": 1, "ripoff": 1, "rip off": 1, "worst": 1, "terrible": 1, "horrible": 1, "awful": 1, "ridiculous": 1,
		"unacceptable": 1, "disgusting": 1, "useless": 1, "pathetic": 1, "furious": 1, "angry": 1, "pissed": 1, "wtf": 1,
		"damn": 1, "shit": 1, "fucking": 1, "joke": 0.5, "never again": 1, "lawyer": 1, "report you": 1, "chargeback": 1,
		"still not": 0.5, "still haven't": 0.5, "still no": 0.5, "again": 0.3, "nobody": 0.5, "no one answers": 0.8, "waiting for weeks": 0.8,
		"fed up": 1, "sick of": 1, "annoyed": 0.8, "frustrated": 1, "disappointed": 0.8, "third time": 0.8, "how many times": 0.8,
	},
	"es": {
		"estafa": 1, "estafadores": 1, "fraude": 1, "timo": 1, "el peor": 1, "la peor": 1, "pésimo": 1, "pesimo": 1, "horrible": 1, "terrible": 1,
		"vergüenza": 1, "verguenza": 1, "inaceptable": 1, "ridículo": 1, "ridiculo": 1, "inútil": 1, "inutil": 1, "harto": 1, "harta": 1,
		"enojado": 1, "enojada": 1, "enfadado": 1, "enfadada": 1, "furioso": 1, "mierda": 1, "joder": 1, "denuncia": 1, "abogado": 1,
		"todavía no": 0.5, "todavia no": 0.5, "aún no": 0.5, "otra vez": 0.4, "nadie responde": 0.8, "nadie me contesta": 0.8, "decepcionado": 0.8, "decepcionada": 0.8,
	},
	"fr": {
		"arnaque": 1, "escroquerie": 1, "escrocs": 1, "pire": 1, "nul": 1, "nulle": 1, "honteux": 1, "honte": 1, "inadmissible": 1, "inacceptable": 1,
		"ridicule": 1, "scandaleux": 1, "furieux": 1, "furieuse": 1, "énervé": 1, "énervée": 1, "merde": 1, "avocat": 1, "en colère": 1, "marre": 1,
		"toujours pas": 0.5, "encore une fois": 0.4, "personne ne répond": 0.8, "déçu": 0.8, "déçue": 0.8, "inutile": 0.8,
	},
	"de": {
		"betrug": 1, "abzocke": 1, "betrüger": 1, "schlechteste": 1, "katastrophe": 1, "unverschämt": 1, "frechheit": 1, "inakzeptabel": 1,
		"lächerlich": 1, "nutzlos": 1, "sauer": 1, "wütend": 1, "verärgert": 1, "scheiße": 1, "scheisse": 1, "anwalt": 1, "schrecklich": 1,
		"immer noch nicht": 0.6, "schon wieder": 0.5, "niemand antwortet": 0.8, "enttäuscht": 0.8, "reicht mir": 1, "die nase voll": 1,
	},
	"it": {
		"truffa": 1, "truffatori": 1, "peggiore": 1, "pessimo": 1, "vergogna": 1, "inaccettabile": 1, "ridicolo": 1, "inutile": 0.8,
		"arrabbiato": 1, "arrabbiata": 1, "furioso": 1, "schifo": 1, "cazzo": 1, "avvocato": 1, "terribile": 1, "stufo": 1, "stufa": 1,
		"ancora non": 0.5, "non ancora": 0.5, "di nuovo": 0.4, "nessuno risponde": 0.8, "deluso": 0.8, "delusa": 0.8,
	},
	"pt": {
		"golpe": 1, "fraude": 1, "enganação": 1, "pior": 1, "péssimo": 1, "pessimo": 1, "vergonha": 1, "absurdo": 1, "inaceitável": 1,
		"ridículo": 1, "inútil": 1, "irritado": 1, "irritada": 1, "furioso": 1, "merda": 1, "advogado": 1, "procon": 1, "horrível": 1, "cansado": 0.6,
		"ainda não": 0.5, "de novo": 0.4, "ninguém responde": 0.8, "decepcionado": 0.8, "decepcionada": 0.8, "palhaçada": 1,
	},
	"nl": {
		"oplichting": 1, "oplichters": 1, "slechtste": 1, "schandalig": 1, "belachelijk": 1, "onacceptabel": 1, "nutteloos": 1, "boos": 1,
		"woedend": 1, "kut": 1, "advocaat": 1, "verschrikkelijk": 1, "klote": 1, "ben het zat": 1,
		"nog steeds niet": 0.6, "alweer": 0.4, "niemand reageert": 0.8, "teleurgesteld": 0.8,
	},
	"tr": {
		"dolandırıcı": 1, "rezalet": 1, "berbat": 1, "kabul edilemez": 1, "saçma": 1, "işe yaramaz": 1, "sinirli": 1, "kızgın": 1,
		"avukat": 1, "şikayet": 0.8, "hâlâ gelmedi": 0.6, "hala gelmedi": 0.6, "yine": 0.4, "kimse cevap vermiyor": 0.8, "hayal kırıklığı": 0.8, "bıktım": 1,
	},
	"pl": {
		"oszustwo": 1, "oszuści": 1, "najgorszy": 1, "skandal": 1, "żenada": 1, "niedopuszczalne": 1, "śmieszne": 0.8, "bezużyteczny": 1,
		"wściekły": 1, "wściekła": 1, "zły": 0.6, "prawnik": 1, "kurwa": 1, "okropny": 1, "dalej nic": 0.6, "nadal nie": 0.6, "znowu": 0.4,
		"nikt nie odpowiada": 0.8, "rozczarowany": 0.8, "mam dość": 1,
	},
	"id": {
		"penipu": 1, "penipuan": 1, "terburuk": 1, "parah": 1, "kecewa": 0.8, "keterlaluan": 1, "tidak masuk akal": 1, "tidak berguna": 1,
		"marah": 1, "kesal": 1, "sebel": 0.8, "lapor": 0.6, "anjing": 1, "masih belum": 0.5, "lagi-lagi": 0.4, "tidak ada yang balas": 0.8, "capek": 0.6,
	},
	"ar": {
		"نصب": 1, "احتيال": 1, "محتال": 1, "أسوأ": 1, "اسوأ": 1, "سيء جدا": 1, "زفت": 1, "مهزلة": 1, "غير مقبول": 1, "سخيف": 1,
		"غاضب": 1, "زعلان": 0.8, "محامي": 1, "شكوى": 0.8, "حتى الآن لم": 0.5, "لسه ما": 0.5, "مرة أخرى": 0.4, "لا أحد يرد": 0.8, "محبط": 0.8, "خيبة": 0.8, "تعبت": 0.8,
	},
	"ru": {
		"мошенники": 1, "обман": 1, "развод": 1, "худший": 1, "ужасно": 1, "ужасный": 1, "отвратительно": 1, "безобразие": 1, "позор": 1,
		"неприемлемо": 1, "бесполезный": 1, "злой": 0.6, "бесит": 1, "достали": 1, "чёрт": 0.8, "блин": 0.6, "юрист": 1, "жалоба": 0.8,
		"до сих пор не": 0.6, "опять": 0.4, "снова": 0.4, "никто не отвечает": 0.8, "разочарован": 0.8, "надоело": 1,
	},
	"ja": {
		"詐欺": 1, "最悪": 1, "ひどい": 1, "酷い": 1, "ふざけ": 1, "ありえない": 1, "あり得ない": 1, "許せない": 1, "怒": 1, "腹が立": 1, "いい加減": 1,
		"弁護士": 1, "クレーム": 0.8, "まだ届かない": 0.6, "まだ届いていない": 0.5, "また": 0.3, "誰も返事": 0.8, "がっかり": 0.8, "残念": 0.5, "うんざり": 1, "役に立たない": 1,
	},
	"ko": {
		"사기": 1, "최악": 1, "짜증": 1, "화가": 1, "화나": 1, "어이없": 1, "말이 안": 1, "장난하": 1, "열받": 1, "진짜 너무": 0.8, "변호사": 1,
		// Reporting the shop ("신고할게요", "신고해요"), not "신고" of 신다,
		// wearing shoes ("이거 신고 계곡에 들어가도 돼요?").
		"신고할": 0.8, "신고하": 0.8, "신고해": 0.8, "신고 넣": 0.8,
		"아직도": 0.6, "또": 0.3, "아무도 답": 0.8, "실망": 0.8, "쓸모없": 1, "미치겠": 1,
	},
	"zh": {
		"骗子": 1, "騙子": 1, "诈骗": 1, "詐騙": 1, "最差": 1, "太差": 1, "垃圾": 1, "离谱": 1, "離譜": 1, "气死": 1, "氣死": 1, "生气": 1, "生氣": 1,
		"愤怒": 1, "憤怒": 1, "投诉": 0.8, "投訴": 0.8, "律师": 1, "律師": 1, "无语": 0.8, "無語": 0.8, "还没到": 0.5, "還沒到": 0.5, "又": 0.2,
		"没人回": 0.8, "沒人回": 0.8, "失望": 0.8, "受够": 1, "受夠": 1, "没用": 1, "沒用": 1, "搞什么": 1, "搞什麼": 1,
	},
}

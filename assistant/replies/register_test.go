package replies

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// words builds a whole-word matcher for the alternatives. Go's \b only knows
// ASCII letters, so the boundaries are spelled out with \p{L} to work for
// "möchtest", Cyrillic and Turkish too. An alternative may itself be a
// regexp (e.g. a suffix pattern).
func words(caseFold bool, alts ...string) *regexp.Regexp {
	flags := ""
	if caseFold {
		flags = "(?i)"
	}
	return regexp.MustCompile(flags + `(?:^|[^\p{L}\p{N}_])(?:` + strings.Join(alts, "|") + `)(?:$|[^\p{L}\p{N}_])`)
}

// register is the form of address a language's texts use and the markers of
// the other one, which must not appear: a shop talks to a shopper in one
// register, not "Sie" in the greeting and "du" in the refund rule.
type register struct {
	lang, uses string
	banned     []*regexp.Regexp
	// caught are phrases in the banned register the markers must flag, so
	// the test cannot pass by matching nothing.
	caught []string
}

var registers = []register{
	{lang: "de", uses: "Sie", banned: []*regexp.Regexp{
		words(true, "du", "dir", "dich", `dein(?:e|en|em|er|es)?`, "euch", "euer", "eure",
			"kannst", "hast", "bist", "musst", "willst", "möchtest", "wirst", "findest", "bekommst", "erhältst", "siehst",
			"entschuldige", "frag", "lass", "komm", "schreib", "schick", "kontaktiere", "tippe"),
		// informal imperatives that are also first person ("ich prüfe")
		// only count after "bitte"
		words(true, `bitte (?:prüfe|sende|versuche|antworte|wähle|gib|nenne|beachte)`),
	}, caught: []string{"Bitte prüfe die Adresse.", "bitte kontaktiere uns", "Melde dich bei uns.", "Entschuldige, das ging schief.", "Kannst du sie prüfen?", "Frag einfach noch einmal.", "auf deine Zahlungsart"}},
	// "ton" is left out: it is also the noun "tone" (le ton).
	{lang: "fr", uses: "vous", banned: []*regexp.Regexp{
		words(true, "tu", "toi", "te", "ta", "tes", "tien", "tienne"),
		words(true, `t['’]\p{L}+`),
	}, caught: []string{"Tu peux réessayer.", "Je vais t'aider.", "Vérifie ta commande.", "Je te réponds ici."}},
	// Spanish stores often say tú and these texts do; usted verb forms are
	// also third person ("el pedido puede"), so only pronouns and
	// unambiguous usted imperatives are markers.
	{lang: "es", uses: "tú", banned: []*regexp.Regexp{
		words(true, "usted", "ustedes", `uds?\.`, "disculpe", "compruebe", "escríbanos", "contáctenos", "póngase", "díganos", "indíquenos"),
	}, caught: []string{"¿En qué puedo ayudarle a usted?", "Disculpe las molestias.", "Póngase en contacto con nosotros."}},
	// Lei forms are capitalised in shop texts; lowercase "lei" is "she".
	{lang: "it", uses: "tu", banned: []*regexp.Regexp{
		words(false, "Lei", "Suo", "Sua", "Suoi", "Sue"),
		words(true, "voi", "vostro", "vostra", "vostri", "vostre", "siete", "potete", "volete", "mi dica", "mi scusi"),
	}, caught: []string{"La ringraziamo per il Suo ordine.", "Potete scriverci.", "Mi scusi, non ho capito."}},
	{lang: "pt", uses: "você", banned: []*regexp.Regexp{
		words(true, "tu", "te", "ti", "contigo", "teu", "tua", "teus", "tuas", "podes", "queres", "tens", "estás", "vós", "vosso", "vossa"),
	}, caught: []string{"Podes verificar a tua encomenda?", "Tu recebes um e-mail.", "Vou te ajudar."}},
	// Dutch webshops mostly say je; these texts do. "je" is the marker of
	// the kept register, u/uw (and uzelf) of the other.
	{lang: "nl", uses: "je", banned: []*regexp.Regexp{
		words(true, "u", "uw", "uzelf"),
	}, caught: []string{"Waarmee kan ik u helpen?", "Uw bestelling is verstuurd.", "Wilt u iets anders?"}},
	// The texts say ty (with the capitalised Twój/Ci customary in Polish
	// shops), so Pan/Pani/Państwo and the plural forms are markers.
	{lang: "pl", uses: "ty", banned: []*regexp.Regexp{
		words(true, "pan", "pani", "pana", "panu", "panią", "panem", "państwo", "państwa", "państwu", "państwem",
			"wasz", "wasza", "wasze", "waszego", "waszej", "waszym", "możecie", "chcecie", "macie", "jesteście"),
	}, caught: []string{"Czy Pan chce zwrócić?", "Państwa zamówienie", "Możecie Państwo napisać."}},
	{lang: "ru", uses: "вы", banned: []*regexp.Regexp{
		words(true, "ты", "тебя", "тебе", "тобой", "твой", "твоя", "твоё", "твое", "твои", "твоего", "твоей", "твоему", "твоим", "твоих", "твою",
			"можешь", "хочешь", "напиши", "проверь", "отправь", "выбери", "попробуй", "свяжись", "укажи", "извини"),
	}, caught: []string{"Проверь твой заказ.", "Ты можешь написать нам.", "Извини, я не понял."}},
	{lang: "tr", uses: "siz", banned: []*regexp.Regexp{
		words(true, "sen", "seni", "sana", "senin", "sende", "senden", "seninle", "misin", "mısın", "musun", "müsün", `\p{L}+[ae]bilirsin`),
	}, caught: []string{"Sana yardımcı olabilirim.", "Siparişini kontrol edebilirsin.", "Bize yazar mısın?"}},
	{lang: "id", uses: "Anda", banned: []*regexp.Regexp{
		words(true, "kamu", "kau", "engkau", "dikau", "harimu", "pesananmu"),
	}, caught: []string{"Apa kamu butuh bantuan?", "Semoga harimu menyenangkan!"}},
}

// catalogs are the shopper-facing catalogs: this package's and the order
// actions' (assistant/actions/locales), which reach the same chat.
func registerCatalogs(t *testing.T) map[string]*Catalog {
	t.Helper()
	actions, err := Load(os.DirFS("../actions"), "locales")
	if err != nil {
		t.Fatal(err)
	}
	return map[string]*Catalog{"replies": newCatalog(t), "actions": actions}
}

// TestOneRegister fails naming the key when a language's text uses the
// register that language's texts do not use.
func TestOneRegister(t *testing.T) {
	cats := registerCatalogs(t)
	for _, r := range registers {
		t.Run(r.lang, func(t *testing.T) {
			for _, p := range r.caught {
				if registerMarker(r, p) == "" {
					t.Errorf("markers miss %q: the banned register is not recognised", p)
				}
			}
			for name, c := range cats {
				msgs := c.messages[r.lang]
				if len(msgs) == 0 {
					t.Fatalf("%s: no %s catalog", name, r.lang)
				}
				for _, key := range c.Keys(r.lang) {
					m := msgs[key]
					for _, s := range []string{m.Zero, m.One, m.Two, m.Few, m.Many, m.Other} {
						if w := registerMarker(r, s); w != "" {
							t.Errorf("%s %s/%s addresses the shopper with %q, the texts use %s: %q", name, r.lang, key, strings.TrimSpace(w), r.uses, s)
						}
					}
				}
			}
		})
	}
}

// registerMarker returns the first banned marker in s, or "".
func registerMarker(r register, s string) string {
	for _, re := range r.banned {
		if w := re.FindString(s); w != "" {
			return w
		}
	}
	return ""
}

package glossary

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// contextBefore are the prepositions, with their article or possessive,
// that name a kind as the place or companion of the thing wanted rather
// than the thing itself: "a lamp for in the tent", "une polaire pour mettre
// sous ma veste", "een overbroek over mn wandelschoenen". Bare "for" is not
// one: "looking for a tent" wants the tent.
var contextBefore = []string{
	"for the", "for my", "in the", "in my", "inside the", "inside my", "under the", "under my", "over the", "over my", "into the",
	"into my", "on my", "with my",
	"voor in de", "voor de", "voor mijn", "voor mn", "voor m'n", "in de", "in het", "in mijn", "in mn", "in m'n", "over mijn", "over mn",
	"over m'n", "over de", "onder mijn", "onder mn", "onder m'n", "onder de", "bij mijn", "bij mn", "bij de", "op mijn",
	"sous ma", "sous mon", "sous mes", "sous la", "sous le", "sur ma", "sur mon", "sur mes", "dans ma", "dans mon", "dans mes",
	"dans la", "dans le", "dans les", "pour ma", "pour mon", "pour mes", "pour la", "pour le", "avec ma", "avec mon", "avec mes",
	"para la", "para el", "para mi", "para mis", "en la", "en el", "en mi", "en mis", "dentro de la", "dentro del", "dentro de mi",
	"debajo de la", "debajo del", "debajo de mi", "bajo la", "bajo el", "bajo mi", "encima de la", "encima del", "encima de mi",
	"sobre la", "sobre el", "sobre mi", "con mi", "con mis", "con la", "con las", "con los",
	"para a", "para o", "para minha", "para meu", "pra minha", "pro meu", "pra a", "no meu", "na minha", "nas minhas", "nos meus",
	"dentro da", "dentro do", "dentro das", "dentro dos", "debaixo da", "debaixo do", "por baixo da", "por baixo do",
	"por cima da", "por cima do", "em cima da", "em cima do", "sobre a", "sobre o", "com minha", "com meu", "com as minhas", "com os meus", "com minhas", "com meus",
	"für meine", "für meinen", "für mein", "für die", "für den", "für das", "fürs", "im", "in der", "in die", "in den", "in meinem",
	"in meiner", "in meine", "unter meine", "unter meiner", "unter meinem", "unter die", "unter der", "unter den", "über meine",
	"über meiner", "über meinem", "über die", "über der", "über den", "mit meiner", "mit meinem", "mit meinen",
	"per la", "per il", "per lo", "per la mia", "per il mio", "nella", "nello", "nel", "nella mia", "nel mio", "dentro la",
	"dentro lo", "dentro il", "sotto la", "sotto il", "sotto lo", "sotto la mia", "sotto il mio", "sopra la", "sopra il",
	"con la mia", "con il mio", "con i miei", "con le mie",
	"для", "в", "во", "под", "поверх", "do", "w", "we", "pod", "dla", "na moją", "na mój",
	"untuk", "di dalam", "di bawah", "di atas",
	"تحت", "داخل", "فوق",
	// Chinese puts the place before the thing: "放在帐篷里的灯".
	"放在", "放進", "放进",
}

// contextAfter are what follows a kind named as a place or use in the
// languages that put it after the noun: "テント泊用の", "텐트용", "帐篷里用的",
// "çadırın içinde", "ceketin altına".
var contextAfter = []string{
	"用", "泊", "の中", "内", "の下", "の上", "里", "裡", "下面", "里面", "裡面",
	"용", "안", "속", "에서", "위에", "밑에", "아래",
	"için", "içine", "içinde", "altına", "altında", "üstüne", "üzerine",
}

// contextEndings are the Turkish locative endings on a kind's word that
// name it as where the thing wanted is used: "çadırda kitap okumak için
// kafa lambası" wants the headlamp, read in the tent.
var contextEndings = []string{"da", "de", "ta", "te", "nda", "nde", "ında", "inde", "unda", "ünde", "ımda", "imde", "umda", "ümde"}

// isContext reports whether a kind found between before and after is named
// as the place or companion of the thing wanted.
func isContext(before, after string) bool {
	before = strings.TrimRightFunc(before, unicode.IsSpace)
	for _, c := range contextBefore {
		if strings.HasSuffix(before, c) && wordStart(before[:len(before)-len(c)], c) {
			return true
		}
	}
	// The rest of the kind's word ("çadır|ın", "palatk|u"), then what
	// follows it.
	rest := strings.TrimLeftFunc(after, isLetterOrMark)
	if rest != after && !strings.ContainsFunc(after[:len(after)-len(rest)], isSpaceless) {
		if slices.Contains(contextEndings, after[:len(after)-len(rest)]) {
			return true
		}
		after = rest
	}
	after = strings.TrimLeftFunc(after, unicode.IsSpace)
	return slices.ContainsFunc(contextAfter, func(c string) bool {
		if !strings.HasPrefix(after, c) {
			return false
		}
		next, _ := utf8.DecodeRuneInString(after[len(c):])
		return !spaced(c) || !isLetter(next)
	})
}

// wordStart reports whether cue, found at the end of the text before it,
// starts a word there (CJK cues need no boundary).
func wordStart(before, cue string) bool {
	return before == "" || !spaced(cue) || !isLetter(lastRune(before))
}

func isLetterOrMark(r rune) bool { return unicode.IsLetter(r) || unicode.Is(unicode.M, r) }

// isSpaceless is true for the scripts written without spaces, whose
// following characters are a new word, not the kind's inflection.
func isSpaceless(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

package email

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// attribution lines that open a quoted reply, in the mail clients'
// wordings for the supported languages ("On Mon, 3 Jun 2024, Ana wrote:").
var attribution = regexp.MustCompile(`(?i)^\s*(` + strings.Join([]string{
	`on\b.*\bwrote\s*:`,                // en
	`le\b.*\ba écrit\s*:`,              // fr
	`am\b.*\bschrieb\b.*:`,             // de
	`.*\bschrieb\b.*<.*>.*:`,           // de, "Ana <a@b> schrieb am …:"
	`el\b.*\bescribió\s*:`,             // es
	`il\b.*\bha scritto\s*:`,           // it
	`em\b.*\bescreveu\s*:`,             // pt
	`op\b.*\bschreef\b.*:`,             // nl
	`w dniu\b.*\bnapisał(a)?.*:`,       // pl
	`.*\btarihinde\b.*\byazdı\s*:`,     // tr
	`.*(пишет|написал|написала)\s*:`,   // ru
	`.*كتب.*:`,                         // ar
	`.*(が書きました|は書きました)\s*[:：]?`,        // ja
	`.*님이 작성\s*:?`,                     // ko
	`.*(写道|寫道)\s*[:：]?`,                // zh
	`pada\b.*\bmenulis\s*:`,            // id
	`.*\d.*<[^<>\s]+@[^<>\s]+>\s*[:：]`, // "2024年6月3日(月) 10:00 Ana <a@b>:" and other dated forms
}, "|") + `)\s*$`)

// outlookHeader opens Outlook's quoted block: a "From:" line (in the
// client's language) followed within a few lines by "Sent:"/"Date:".
var (
	outlookFrom = regexp.MustCompile(`(?i)^\s*\*?(from|de|von|van|da|od|от|kimden|差出人|发件人|寄件者|보낸 사람|dari|من)\s*\*?\s*[:：]`)
	outlookSent = regexp.MustCompile(`(?i)^\s*\*?(sent|date|envoyé|gesendet|datum|enviado|enviada|fecha|inviato|data|verzonden|wysłano|wysłane|отправлено|дата|gönderildi|tarih|送信日時|日付|发送时间|發送時間|寄件日期|보낸 날짜|날짜|dikirim|tanggal|التاريخ|تاريخ الإرسال|أرسلت)\s*\*?\s*[:：]`)
	originalMsg = regexp.MustCompile(`(?i)^\s*-{2,}\s*(original message|forwarded message|message d'origine|message transféré|ursprüngliche nachricht|originalnachricht|weitergeleitete nachricht|mensaje original|mensaje reenviado|messaggio originale|messaggio inoltrato|mensagem original|mensagem encaminhada|oorspronkelijk bericht|doorgestuurd bericht|wiadomość oryginalna|oryginalna wiadomość|исходное сообщение|пересылаемое сообщение|orijinal mesaj|الرسالة الأصلية|元のメッセージ|原始邮件|原始郵件|원본 메시지|pesan asli)\s*-{2,}\s*$`)
	underline   = regexp.MustCompile(`^\s*_{10,}\s*$`)
)

// signOff lines from mobile clients ("Sent from my iPhone") in the
// supported languages; everything from one of them on is dropped.
var signOff = regexp.MustCompile(`(?i)^\s*(` + strings.Join([]string{
	`sent from my \S.*`, `sent from (outlook|mail|yahoo mail|samsung).*`, `get outlook for \S.*`, `sent via \S.*`, `sent with \S.*`,
	`envoyé de mon \S.*`, `envoyé depuis mon \S.*`, `obtenir outlook pour \S.*`,
	`von meinem \S.*gesendet`, `gesendet von meinem \S.*`, `outlook für \S.* herunterladen`,
	`enviado desde mi \S.*`, `obtener outlook para \S.*`,
	`inviato da(l mio)? \S.*`, `scarica outlook per \S.*`,
	`enviado do meu \S.*`, `enviado de meu \S.*`, `baixe o outlook para \S.*`,
	`verzonden (vanaf|met) mijn \S.*`, `outlook voor \S.* downloaden`,
	`wysłane z (mojego )?\S.*`,
	`отправлено с (моего )?\S.*`,
	`\S+'?(umdan|imden|dan) gönderildi`,
	`\S*から送信`,
	`내 \S.*에서 보냄`,
	`(发自|發自)我的\S*`, `從我的 ?\S.* 傳送`,
	`dikirim dari \S.*`,
	`(أرسلت|أُرسلت|تم الإرسال) من \S.*`,
}, "|") + `)\s*$`)

// StripQuoted returns the new part of a reply: the text before the quoted
// history (an attribution line, an Outlook header block, "Original
// Message" separators), without ">" lines and without the signature
// ("-- " separator or a mobile sign-off).
func StripQuoted(text string) string {
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	cut := len(lines)
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		t := strings.TrimSpace(l)
		if originalMsg.MatchString(t) || underline.MatchString(t) && nextOutlook(lines, i+1) {
			cut = i
			break
		}
		if attribution.MatchString(t) {
			cut = i
			break
		}
		// Gmail wraps a long attribution: "On Mon, … Ana <ana@x>\nwrote:".
		if i+1 < len(lines) && isAttributionStart(t) && attribution.MatchString(t+" "+strings.TrimSpace(lines[i+1])) {
			cut = i
			break
		}
		if outlookFrom.MatchString(t) && nextOutlook(lines, i+1) {
			cut = i
			break
		}
		if t == "--" || l == "-- " || strings.TrimRight(l, " ") == "--" {
			cut = i
			break
		}
		if signOff.MatchString(t) {
			cut = i
			break
		}
	}
	var out []string
	for _, l := range lines[:cut] {
		if strings.HasPrefix(strings.TrimLeft(l, " "), ">") {
			continue
		}
		out = append(out, strings.TrimRight(l, " \t"))
	}
	return collapseBlank(strings.Join(out, "\n"))
}

func isAttributionStart(t string) bool {
	lt := strings.ToLower(t)
	for _, p := range []string{"on ", "le ", "am ", "el ", "il ", "em ", "op ", "w dniu ", "pada "} {
		if strings.HasPrefix(lt, p) {
			return true
		}
	}
	return false
}

// nextOutlook reports whether a "Sent:"/"Date:" line follows within the
// next four lines: the Outlook header block.
func nextOutlook(lines []string, from int) bool {
	for j := from; j < len(lines) && j < from+4; j++ {
		t := strings.TrimSpace(lines[j])
		if outlookSent.MatchString(t) || outlookFrom.MatchString(t) && j+1 < len(lines) && outlookSent.MatchString(strings.TrimSpace(lines[j+1])) {
			return true
		}
	}
	return false
}

func collapseBlank(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	var out []string
	blank := false
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			if blank {
				continue
			}
			blank = true
			out = append(out, "")
			continue
		}
		blank = false
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// quoteContainer reports an element that holds quoted history in the big
// clients' HTML: Gmail's gmail_quote, Apple Mail and Thunderbird
// blockquotes, Outlook's divRplyFwdMsg/appendonsend, Yahoo's yahoo_quoted.
func quoteContainer(n *html.Node) bool {
	if n.DataAtom == atom.Blockquote {
		return true
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "class":
			for _, c := range strings.Fields(a.Val) {
				switch c {
				case "gmail_quote", "gmail_quote_container", "yahoo_quoted", "moz-cite-prefix", "protonmail_quote", "zmail_extra":
					return true
				}
			}
		case "id":
			switch a.Val {
			case "divRplyFwdMsg", "appendonsend", "mail-editor-reference-message-container", "reply-intro", "isForwardContent", "isReplyContent":
				return true
			}
		}
	}
	return false
}

// HTMLText renders an HTML body as plain text (blocks and <br> become line
// breaks, scripts and styles are dropped); with skipQuotes the quoted
// history containers are left out too.
func HTMLText(src string, skipQuotes bool) string {
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return ""
	}
	var b strings.Builder
	// Outlook and Gmail put the history after their marker element as
	// siblings, so everything from the marker on is dropped.
	stop := false
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if stop {
			return
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Head, atom.Title:
				return
			case atom.Br:
				b.WriteString("\n")
				return
			}
			if skipQuotes && quoteContainer(n) {
				stop = n.DataAtom != atom.Blockquote
				return
			}
		}
		if n.Type == html.TextNode {
			b.WriteString(strings.Join(strings.Fields(n.Data), " "))
			if strings.HasSuffix(n.Data, " ") {
				b.WriteString(" ")
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode && isBlock(n.DataAtom) {
			b.WriteString("\n")
		}
	}
	walk(doc)
	var out []string
	for _, l := range strings.Split(b.String(), "\n") {
		out = append(out, strings.TrimSpace(l))
	}
	return collapseBlank(strings.Join(out, "\n"))
}

func isBlock(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Li, atom.Tr, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Blockquote, atom.Pre, atom.Table, atom.Ul, atom.Ol, atom.Hr, atom.Section, atom.Article:
		return true
	}
	return false
}

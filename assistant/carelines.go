package assistant

import (
	"regexp"
	"slices"
	"strings"

	"shopassist/knowledge"
)

// Care pages are often written once, in the shop's primary language. The
// instructions they give come from a small vocabulary (a temperature, a
// detergent, a drying method), so a paragraph made only of known
// instructions is said in the shopper's language from the reply catalog,
// the temperature and times copied from the page. A paragraph with any
// other words is quoted as the original, marked as such: no instruction
// is dropped or guessed.

// careFact is one instruction a care paragraph may give, in the primary
// language, and its reply-catalog line; arg names the catalog parameter
// the pattern's first group fills.
type careFact struct {
	key string
	re  *regexp.Regexp
	arg string
}

var careFacts = []careFact{
	{"care_wash", regexp.MustCompile(`(?i)(?:machine )?wash at (\d+) ?°C`), "Temp"},
	{"care_down_detergent", regexp.MustCompile(`(?i)(?:with|using) a down detergent`), ""},
	{"care_tumble_low", regexp.MustCompile(`(?i)tumble dry on low(?: heat)?`), ""},
	{"care_tennis_balls", regexp.MustCompile(`(?i)with two clean tennis balls`), ""},
	{"care_dry_hours", regexp.MustCompile(`(?i)until (?:completely|fully) dry, which can take (\w+) hours`), "Hours"},
	{"care_store_loose", regexp.MustCompile(`(?i)store (?:it )?loosely, never compressed`), ""},
	{"care_wool_cycle", regexp.MustCompile(`(?i)on the wool cycle`), ""},
	{"care_dry_flat_shade", regexp.MustCompile(`(?i)dry flat in the shade`), ""},
	{"care_merino_less_often", regexp.MustCompile(`(?i)merino needs washing far less often than synthetics; airing it overnight is often enough`), ""},
	{"care_inside_out", regexp.MustCompile(`(?i)inside out to keep the print bright`), ""},
	{"care_line_dry", regexp.MustCompile(`(?i)line dry to avoid shrinking`), ""},
	{"care_technical_detergent", regexp.MustCompile(`(?i)(?:with|using) a technical detergent`), ""},
	{"care_no_softener", regexp.MustCompile(`(?i)no fabric softener`), ""},
	{"care_iron_reactivate", regexp.MustCompile(`(?i)or iron on a low setting without steam to reactivate the water-repellent finish`), ""},
	{"care_reproof", regexp.MustCompile(`(?i)re-proof once a season with a wash-in treatment`), ""},
	{"care_brush_dirt", regexp.MustCompile(`(?i)brush off dirt after every trip`), ""},
	{"care_boots_dry_room", regexp.MustCompile(`(?i)let the boots dry at room temperature away from radiators`), ""},
	{"care_wax_leather", regexp.MustCompile(`(?i)treat leather with wax twice a year`), ""},
	{"care_dry_before_storing", regexp.MustCompile(`(?i)dry completely before storing`), ""},
	{"care_store_bag", regexp.MustCompile(`(?i)store (?:it )?loose in the storage bag provided`), ""},
	{"care_no_machine_tent", regexp.MustCompile(`(?i)never machine wash a tent`), ""},
}

var (
	// careLabelRE is a paragraph's heading ("Down:", "Merino wool:").
	careLabelRE = regexp.MustCompile(`^[^:.;]{1,60}:\s*`)
	// careGlueRE is what may remain between known instructions:
	// punctuation and the words joining them ("…, then …", "… and …").
	careGlueRE = regexp.MustCompile(`(?i)^(?:[\s.,;:]|\bthen\b|\band\b)*$`)
)

// careLines states a care paragraph's instructions in the reply language,
// in the paragraph's order, or nil when any part of it is not a known
// instruction.
func (t *turn) careLines(text string) []string {
	body := careLabelRE.ReplaceAllString(strings.TrimSpace(text), "")
	type found struct {
		at   int
		line string
	}
	var got []found
	rest := []byte(body)
	for _, f := range careFacts {
		for _, loc := range f.re.FindAllStringSubmatchIndex(body, -1) {
			var data map[string]any
			if f.arg != "" {
				v := body[loc[2]:loc[3]]
				if d, ok := countWords[strings.ToLower(v)]; ok {
					v = d // "three hours" → "3"
				}
				data = map[string]any{f.arg: v}
			}
			got = append(got, found{loc[0], t.t(f.key, data)})
			for i := loc[0]; i < loc[1]; i++ {
				rest[i] = ' '
			}
		}
	}
	if len(got) == 0 || !careGlueRE.Match(rest) {
		return nil
	}
	slices.SortFunc(got, func(a, b found) int { return a.at - b.at })
	out := make([]string, 0, len(got))
	for _, g := range got {
		out = append(out, g.line)
	}
	return out
}

// sayCare states an untranslated care paragraph's instructions in the
// reply language with a link to the page; false when the paragraph holds
// anything this reader does not know (it is then quoted).
func (t *turn) sayCare(p knowledge.PassageAnswer) bool {
	if p.Translated || p.Locale == t.reply.Language {
		return false
	}
	orig := p.Original
	if orig == "" {
		orig = p.Text
	}
	lines := t.careLines(orig)
	if len(lines) == 0 {
		return false
	}
	t.say(lines...)
	if p.URL != "" {
		t.say(t.t("doc_source_link", map[string]any{"URL": p.URL}))
	}
	return true
}

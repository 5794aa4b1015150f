package assistant

import (
	"regexp"
	"strconv"
	"strings"

	"shopassist/knowledge"
)

// A shopper who gives a height ("Meu namorado tem 1,72 m", "Ich bin 1,80")
// asks which length of a product fits it. Descriptions state the rule
// once, in the shop's language ("Choose 100–120 cm if you are under 170 cm
// tall"): read from the original, the rule picks the variant, whatever
// language the shopper writes in.

var (
	// metresRE is a height in metres ("1,72 m", "1.80m", "2,01 м").
	metresRE = regexp.MustCompile(`(?:^|[^\d.,])([12])[.,](\d{1,2})\s?(?:m|м|米|미터|メートル)(?:[^\p{L}\d]|$)`)
	// metreCmRE is a height written "1m72".
	metreCmRE = regexp.MustCompile(`(?:^|[^\d])1\s?m\s?(\d{2})(?:[^\d]|$)`)
	// heightCmRE is a height in centimetres ("185 cm", "172cm", "178 см"):
	// a height only beside a height cue, since products measure in cm too.
	heightCmRE = regexp.MustCompile(`(?:^|[^\d])(1[4-9]\d|20\d)\s?(?:cm|см|㎝|センチ|센티|公分|厘米)`)
	// bareMetresRE is a height in metres written without the unit ("1,75").
	bareMetresRE = regexp.MustCompile(`(?:^|[^\d.,])([12])[.,](\d{2})(?:[^\d]|$)`)
	// heightRuleRE is a description's rule for choosing a length by
	// height ("Choose 100–120 cm if you are under 170 cm tall").
	heightRuleRE = regexp.MustCompile(`(?i)choose ([\d.,]+\s?[–-]\s?[\d.,]+\s?cm|\S+) if you(?:'re| are) (under|below|shorter than|over|above|taller than) (\d{3})\s?cm`)
	// heightLimitRE is one length's limit in a rule that lists them
	// ("Regular fits up to 183 cm, Long up to 198 cm").
	heightLimitRE = regexp.MustCompile(`(?i)^\s*(.+?)\s+(?:fits\s+|for\s+)?(?:people\s+)?up to (\d{3})\s?cm\s*$`)
)

// statedHeightCm is the height in centimetres the message gives, or 0:
// a height in metres by its form, one in centimetres only with a cue.
func statedHeightCm(text string) int {
	inRange := func(cm int) int {
		if cm < 140 || cm > 210 {
			return 0
		}
		return cm
	}
	if m := metresRE.FindStringSubmatch(text); m != nil {
		frac := m[2]
		if len(frac) == 1 {
			frac += "0"
		}
		whole, _ := strconv.Atoi(m[1])
		part, _ := strconv.Atoi(frac)
		return inRange(whole*100 + part)
	}
	if m := metreCmRE.FindStringSubmatch(text); m != nil {
		part, _ := strconv.Atoi(m[1])
		return inRange(100 + part)
	}
	if containsAny(" "+strings.ToLower(text)+" ", heightCues) {
		if m := heightCmRE.FindStringSubmatch(text); m != nil {
			cm, _ := strconv.Atoi(m[1])
			return inRange(cm)
		}
		if m := bareMetresRE.FindStringSubmatch(text); m != nil {
			// "Sono alto 1,75": metres without the unit, after a cue.
			whole, _ := strconv.Atoi(m[1])
			part, _ := strconv.Atoi(m[2])
			return inRange(whole*100 + part)
		}
	}
	return 0
}

// heightVariant is the variant the description's height rule picks for
// the height the message gives, or nil (no height, no rule, or a rule
// whose lengths are not the product's two option values). limits is set
// when the rule lists each length's limit ("Long up to 198 cm"), which
// the reply then quotes: the pick alone does not say how much room is left.
func (t *turn) heightVariant(f *knowledge.ProductFacts) (v *knowledge.VariantFact, limits bool) {
	cm := statedHeightCm(t.text)
	if cm == 0 {
		return nil, false
	}
	orig, err := t.e.index.ProductFacts(t.ctx, t.shop.Domain, f.ProductID, "choose if you are under over tall fits up to", t.primaryLang())
	if err != nil {
		t.logErr("height rule", err)
		return nil, false
	}
	if orig == nil {
		return nil, false
	}
	for _, d := range orig.Details {
		m := heightRuleRE.FindStringSubmatch(d)
		if m == nil {
			continue
		}
		limit, _ := strconv.Atoi(m[3])
		below := strings.Contains("under below shorter than", strings.ToLower(m[2]))
		named := (cm < limit) == below
		return variantOfLength(f, m[1], named), false
	}
	for _, d := range orig.Details {
		if length := lengthByLimits(d, cm); length != "" {
			return variantOfLength(f, length, true), true
		}
	}
	return nil, false
}

// lengthByLimits is the length a rule listing each length's limit gives
// the height ("Regular fits up to 183 cm, Long up to 198 cm": 185 → Long):
// the shortest whose limit the height does not pass, else the longest.
// "" when the detail is no such rule (fewer than two limits).
func lengthByLimits(detail string, cm int) string {
	pick, pickLimit := "", 0
	longest, longestLimit := "", 0
	limits := 0
	for _, part := range strings.FieldsFunc(detail, func(r rune) bool { return r == ',' || r == ';' }) {
		m := heightLimitRE.FindStringSubmatch(part)
		if m == nil {
			continue
		}
		limit, _ := strconv.Atoi(m[2])
		limits++
		if limit > longestLimit {
			longest, longestLimit = m[1], limit
		}
		if cm <= limit && (pick == "" || limit < pickLimit) {
			pick, pickLimit = m[1], limit
		}
	}
	switch {
	case limits < 2:
		return ""
	case pick == "":
		return longest
	}
	return pick
}

// variantOfLength is the first available variant (else the first) whose
// original option value is the rule's length (named) or the one other
// value of that option (not named).
func variantOfLength(f *knowledge.ProductFacts, length string, named bool) *knowledge.VariantFact {
	norm := func(s string) string {
		return strings.NewReplacer(" ", "", "-", "–").Replace(strings.ToLower(s))
	}
	want := norm(length)
	var pick *knowledge.VariantFact
	for i := range f.Variants {
		v := &f.Variants[i]
		for name, val := range v.Original {
			if optionKind(name) == "color" {
				continue
			}
			if (norm(val) == want) == named && optionValues(f, name) == 2 && (pick == nil || v.Available && !pick.Available) {
				pick = v
			}
		}
	}
	return pick
}

// optionValues is how many values the product's option of that original
// name has.
func optionValues(f *knowledge.ProductFacts, name string) int {
	seen := map[string]bool{}
	for _, v := range f.Variants {
		if val, ok := v.Original[name]; ok {
			seen[val] = true
		}
	}
	return len(seen)
}

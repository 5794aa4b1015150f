// Command hint3conv turns the two e-commerce bots of the public HINT3 dataset
// (Arora et al., "HINT3: Raising the bar for Intent Detection in the Wild",
// EMNLP 2020 Insights workshop, github.com/hellohaptik/HINT3, dataset/v2,
// Open Database License 1.0 / Database Contents License 1.0) into an intent
// evaluation file in the project's JSONL format.
//
// HINT3 holds messages that shoppers typed into two live Indian web-shop
// assistants built on Haptik: SOFMattress (a mattress brand) and Curekart (a
// health-supplement shop). Its test split is real user traffic; its train
// split was written by the bots' designers. The third bot (Powerplay11,
// fantasy sports) is not a shop and is not read.
//
// HINT3's labels are bot-specific and several mix what our taxonomy keeps
// apart (one "RETURN_EXCHANGE" label covers a return request and the return
// policy; "CHAT_WITH_AGENT" covers asking for a person and pure venting). So
// each (bot, label) has an ordered list of rules: the first rule whose
// pattern matches the message decides our label; a message no rule matches
// is dropped. Labels without rules are dropped whole, and so is
// NO_NODES_DETECTED (it means "none of this bot's intents", which is not our
// out_of_scope: many such messages are about the shop). The table is
// repeated in SOURCES.md.
//
// Usage:
//
//	go run ./assistant/intent/testdata/independent/cmd/hint3conv \
//	    -dir HINT3/dataset/v2 -out assistant/intent/testdata/independent/hint3_en.jsonl
package main

import (
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"shopassist/assistant/intent/testdata/independent/cmd/internal/evalset"
)

// rule maps messages matching match (and not skip) to intent.
type rule struct {
	intent string
	match  *regexp.Regexp
	skip   *regexp.Regexp
}

func r(intent, match, skip string) rule {
	ru := rule{intent: intent, match: regexp.MustCompile("(?i)" + match)}
	if skip != "" {
		ru.skip = regexp.MustCompile("(?i)" + skip)
	}
	return ru
}

const anyText = `.`

// rules is the documented mapping, keyed "bot/LABEL".
var rules = map[string][]rule{
	// SOFMattress
	"sofmattress/ORDER_STATUS":      {r("order_status", anyText, "")},
	"sofmattress/DELAY_IN_DELIVERY": {r("order_status", anyText, `how many days we can get`)},
	"sofmattress/CANCEL_ORDER":      {r("cancel_order", anyText, `payment|status`)},
	"sofmattress/CHECK_PINCODE":     {r("shipping_info", anyText, "")},
	"sofmattress/COD":               {r("payment_methods", anyText, `not showing|leda`)},
	"sofmattress/EMI":               {r("payment_methods", anyText, "")},
	"sofmattress/OFFERS":            {r("discount", anyText, "")},
	"sofmattress/DISTRIBUTORS": {r("faq",
		`showroom|show room|store|shop|outlet|dealer|delar|distribut|retailer|office|branch|visit|see the product`, `price`)},
	"sofmattress/ABOUT_SOF_MATTRESS": {r("faq", `about|company|who|what is sof|why sof|different`, "")},
	"sofmattress/WARRANTY":           {r("product_question", anyText, "")},
	"sofmattress/SIZE_CUSTOMIZATION": {r("product_question",
		`customi[sz]|custom size|available|possible|option to`, `change|cannot|where is|scaled|i want|i need|need custom|require`)},
	"sofmattress/WHAT_SIZE_TO_ORDER": {
		r("product_question", `available sizes|sizes available|what are the sizes|available mattress sizes`, ""),
		r("faq", `size chart|size structure`, ""),
	},
	"sofmattress/MATTRESS_COST": {r("product_question", anyText, `offer|code|discount|concession|less price|low price`)},
	"sofmattress/ERGO_FEATURES": {r("product_question", `feature|foam|what|tell me|about|support|explain`, `buy`)},
	"sofmattress/ORTHO_FEATURES": {r("product_question",
		`feature|material|tell me|orthop(a)?edic`, `available|which|looking|back pain`)},
	"sofmattress/RETURN_EXCHANGE": {
		r("return_policy", `policy|can we return|can i return|\bif\b.*return|if size is problem`, ""),
		r("return_request", `i want to return|return my|need my money back|i want refund|not happy.*return|help me with exchange|how do i return it|how can i replace`, ""),
	},
	"sofmattress/LEAD_GEN": {r("human_handoff",
		`call|agent|touch|contact|representative`, `i am calling`)},

	// Curekart
	"curekart/ORDER_STATUS":    {r("order_status", anyText, `where do you live|previous|containment|can not be delivered`)},
	"curekart/DELAY_IN_PARCEL": {r("order_status", anyText, `pandemic|covid|how much time taken|contact|incomplete|don't deliver in time`)},
	"curekart/CANCEL_ORDER":    {r("cancel_order", anyText, `i just cancel|buy offline`)},
	"curekart/CHECK_PINCODE": {r("shipping_info", anyText,
		`cart|why|not delivering|trying to order|rivamal|provision|product service|keep delivery`)},
	"curekart/CALL_CENTER": {r("human_handoff",
		`number|call|contact|reach|customer care|touch|toll free|consumer care|no\b`, `time|hours|covid|lockdown|functioning|open|hub`)},
	"curekart/CHAT_WITH_AGENT": {
		r("complaint", `pathetic|useless|waste of|fraud|poor|bad service|always slow|done with`, `complain`),
		r("human_handoff", `agent|human|person|representative|executive|supervisor|someone|talk|chat|customer support|contact support`, `complain|expert`),
	},
	"curekart/STORE_INFORMATION":      {r("faq", anyText, "")},
	"curekart/FRANCHISE":              {r("faq", anyText, "")},
	"curekart/SIGN_UP":                {r("account", `sign up`, "")},
	"curekart/REFER_EARN":             {r("discount", anyText, "")},
	"curekart/MODES_OF_PAYMENTS":      {r("payment_methods", anyText, `can't`)},
	"curekart/INTERNATIONAL_SHIPPING": {r("shipping_info", anyText, "")},
	"curekart/EXPIRY_DATE":            {r("product_question", anyText, `receive`)},
	"curekart/SIDE_EFFECT":            {r("product_question", anyText, "")},
	"curekart/MODIFY_ADDRESS":         {r("change_order", `order|delivery|shipping|wrong`, "")},
	"curekart/PAYMENT_AND_BILL": {
		r("invoice", `bill|invoice`, `payments? (and|&) bill`),
		r("payment_problem", `deducted|debited|paid amount`, ""),
	},
	"curekart/REFUNDS_RETURNS_REPLACEMENTS": {
		r("refund_status", `refund status|where is my refund|refund not received|received my refund|how much time will it take|when i will get it`, `cancel`),
		r("return_policy", `policy`, `nowhere`),
		r("return_request", `want to return|return my|return the product|return a part|initiate return|replace|want my money back|back my money|refund my|want refund|please refund|i want to refund|nowhere option to return`,
			`meal replacement|status|know about|my replacement order|^replacement order$|not received|^replacement$|15 days|query|^refund & replacement$`),
	},
	"curekart/RECOMMEND_PRODUCT": {r("product_recommendation", `\b(best|suggest|recommend|looking for|looking|which)\b`, `offer|price|stock`)},
	"curekart/ORDER_TAKING": {
		r("faq", `how (to|can i|do i|and where to) (place|order)|how can i place|place an order$`, `cod|prepaid`),
		r("payment_methods", `\bcod\b|cash on delivery|pay cash later`, `my cod order|not allowing|prepaid|not showing|no option|not available|there is no|no cod|send me`),
	},
}

var (
	// hinglishRE drops romanised Hindi/Telugu messages: our lang field
	// would be wrong for them.
	hinglishRE    = regexp.MustCompile(`(?i)\b(hai|kya|nahi|mera|mujhe|kab|karo|karna|chahiye|leda|kaise|bhai)\b`)
	orderNumberRE = regexp.MustCompile(`(?i)#\s?\d{4,}|order (no\.?|number|#)\s*\d{4,}`)
)

type row struct {
	Text        string   `json:"text"`
	Intent      string   `json:"intent"`
	Lang        string   `json:"lang"`
	Tags        []string `json:"tags,omitempty"`
	Source      string   `json:"source"`
	Bot         string   `json:"hint3_bot"`
	SourceLabel string   `json:"source_intent"`
	Split       string   `json:"hint3_split"`
}

func main() {
	dir := flag.String("dir", "", "HINT3 dataset/v2 directory (holds train/ and test/)")
	out := flag.String("out", "", "output JSONL")
	// The evaluation set keeps only the test split (real traffic) so the
	// classifier may train on the designers' train split; both splits are
	// always read, test first, so a train row repeating a test message is
	// dropped from -keep train as well.
	keep := flag.String("keep", "test", "split to write: test (evaluation set), train (training corpus) or all")
	flag.Parse()
	if err := run(*dir, *out, *keep); err != nil {
		slog.Error("hint3conv failed", "err", err)
		os.Exit(1)
	}
}

func run(dir, out, keep string) error {
	if dir == "" || out == "" {
		return errors.New("both -dir and -out are required")
	}
	if keep != "test" && keep != "train" && keep != "all" {
		return fmt.Errorf("-keep %q: want test, train or all", keep)
	}
	seen := map[string]bool{}
	skipped := map[string]int{}
	var rows []row
	// test first, so a message present in both splits is kept as real traffic.
	for _, split := range []string{"test", "train"} {
		for _, bot := range []string{"curekart", "sofmattress"} {
			recs, err := evalset.ReadCSV(filepath.Join(dir, split, bot+"_"+split+".csv"), "sentence", "label")
			if err != nil {
				return err
			}
			for _, rec := range recs {
				text := strings.Join(strings.Fields(rec[0]), " ")
				key := strings.ToLower(text)
				if text == "" || seen[key] {
					skipped["empty or duplicate"]++
					continue
				}
				intent, why := classify(bot, rec[1], text)
				if why != "" {
					skipped[why]++
					continue
				}
				seen[key] = true
				if keep != "all" && keep != split {
					skipped["other split"]++
					continue
				}
				rows = append(rows, row{Text: text, Intent: intent, Lang: "en", Tags: tags(text),
					Source: "hint3", Bot: bot, SourceLabel: rec[1], Split: split})
			}
		}
	}
	sort.SliceStable(rows, func(a, b int) bool {
		x, y := rows[a], rows[b]
		if x.Intent != y.Intent {
			return x.Intent < y.Intent
		}
		if x.Bot != y.Bot {
			return x.Bot < y.Bot
		}
		if x.SourceLabel != y.SourceLabel {
			return x.SourceLabel < y.SourceLabel
		}
		return x.Text < y.Text
	})
	if err := evalset.WriteJSONL(out, rows); err != nil {
		return err
	}
	counts := map[string]int{}
	for _, r := range rows {
		counts[r.Intent]++
	}
	slog.Info("hint3conv done", "written", len(rows), "per_intent", counts, "skipped", skipped)
	return nil
}

// classify returns our label for one HINT3 message, or a reason to drop it.
func classify(bot, label, text string) (string, string) {
	rs, ok := rules[bot+"/"+label]
	if !ok {
		return "", "label not mapped"
	}
	if hinglishRE.MatchString(text) {
		return "", "romanised Hindi/Telugu"
	}
	for _, ru := range rs {
		if ru.match.MatchString(text) && (ru.skip == nil || !ru.skip.MatchString(text)) {
			return ru.intent, ""
		}
	}
	return "", "no rule of a mapped label matched"
}

func tags(text string) []string {
	var t []string
	if n := len(strings.Fields(text)); n >= 1 && n <= 3 {
		t = append(t, "short")
	}
	if orderNumberRE.MatchString(text) {
		t = append(t, "order_number")
	}
	return t
}

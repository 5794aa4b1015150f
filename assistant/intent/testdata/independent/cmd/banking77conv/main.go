// Command banking77conv turns the public Banking77 dataset (Casanueva et al.,
// 2020, github.com/PolyAI-LDN/task-specific-datasets, banking_data/*.csv,
// CC BY 4.0) into an intent evaluation file in the project's JSONL format.
//
// Banking77 holds real-world style customer-service queries to an online
// bank. Only the few categories whose queries mean the same thing when sent
// to a shop's assistant are kept (a declined card, a charge twice, a missing
// refund, a forgotten password, deleting the account, accepted cards); every
// other category is dropped. Within kept categories, rows that only make sense
// for a bank (top-ups, transfers, ATMs, PINs, …) are dropped too. See the
// mapping below and SOURCES.md.
//
// Usage:
//
//	go run ./assistant/intent/testdata/independent/cmd/banking77conv \
//	    -in banking_data/train.csv -in banking_data/test.csv \
//	    -out assistant/intent/testdata/independent/banking77_en.jsonl
package main

import (
	"errors"
	"flag"
	"log/slog"
	"math/rand"
	"os"
	"regexp"
	"sort"
	"strings"

	"shopassist/assistant/intent/testdata/independent/cmd/internal/evalset"
)

// categoryIntent is the documented mapping (SOURCES.md repeats it with the
// reasons). Categories missing here are dropped.
var categoryIntent = map[string]string{
	"declined_card_payment":          "payment_problem",
	"card_payment_not_recognised":    "payment_problem",
	"transaction_charged_twice":      "payment_problem",
	"Refund_not_showing_up":          "refund_status",
	"passcode_forgotten":             "account",
	"terminate_account":              "account",
	"edit_personal_details":          "account",
	"supported_cards_and_currencies": "payment_methods",
}

// quota caps each of our labels; rows are taken round-robin across the
// Banking77 categories that feed the label.
var quota = map[string]int{
	"payment_problem": 450,
	"refund_status":   150,
	"account":         450,
	"payment_methods": 150,
}

var (
	// bankOnlyRE drops rows that only make sense for a bank or a
	// card issuer, whatever their category.
	bankOnlyRE = regexp.MustCompile(`(?i)\b(top[ -]?ups?|topping|topped|top(ping)? up|add(ing)? money|add funds|transfers?|transferr\w*|freez\w*|frozen|cancel(led)? (my|the) card|duplicate card|new card|adding funds|funds? into|put funds|place money|top off|top my card|atm|cash|withdraw\w*|cheque|check deposit|deposit\w*|pin|exchange rate|rate of exchange|fiat|app|apple watch|virtual card|disposable|bank\w*|statement|direct debit|overdraft|loan|salary|beneficiary|restaurant|hotel|taxi|uber|holiday|travel\w*|abroad)\b`)
	// addressRE drops profile rows about a new home address: in a shop an
	// address change can just as well be a change to a placed order.
	addressRE = regexp.MustCompile(`(?i)address|adress|residen|relocat|moved|moving|live\b|living|location|somewhere else`)
	// thirdPartyRE drops refund rows about chasing another merchant ("the
	// seller won't respond, refund me yourselves"): to a shop, the seller
	// is the shop, so the row loses its meaning.
	thirdPartyRE = regexp.MustCompile(`(?i)merchant|seller|supplier|vendor|\bstore\b|\bnext\b|pet smart|instead of`)
	// placeRE drops payment rows that happened at another merchant or place
	// ("declined in a shop", "a business I don't know"): to a shop, such a
	// charge or decline is not about its own checkout.
	placeRE = regexp.MustCompile(`(?i)\b(shops?|stores?|station|grocer\w*|tickets|meal|location|place|business|company|name|person|vendor|merchant)\b|wasn't declined`)
	// generalRefundRE drops refund-timing questions that read as policy
	// ("how long does it take for a refund?" is return_policy).
	generalRefundRE = regexp.MustCompile(`(?i)how long (does|will) it take`)
	// handoffRE drops rows that ask for a person; they are human_handoff.
	handoffRE = regexp.MustCompile(`(?i)\b(speak|talk) (to|with)\b|\bagent\b|\bhuman\b|\bsomeone\b|\bcall me\b|who (do|should) i contact|contact customer`)
)

type row struct {
	Text         string   `json:"text"`
	Intent       string   `json:"intent"`
	Lang         string   `json:"lang"`
	Tags         []string `json:"tags,omitempty"`
	Source       string   `json:"source"`
	SourceIntent string   `json:"source_intent"`
}

type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

func main() {
	var ins multiFlag
	flag.Var(&ins, "in", "Banking77 CSV (text,category); repeat for train and test")
	out := flag.String("out", "", "output JSONL")
	seed := flag.Int64("seed", 9, "sampling seed")
	flag.Parse()
	if err := run(ins, *out, *seed); err != nil {
		slog.Error("banking77conv failed", "err", err)
		os.Exit(1)
	}
}

func run(ins []string, out string, seed int64) error {
	if len(ins) == 0 || out == "" {
		return errors.New("at least one -in and -out are required")
	}
	seen := map[string]bool{}
	byIntent := map[string]map[string][]row{} // our intent -> category -> rows
	skipped := map[string]int{}
	for _, in := range ins {
		recs, err := evalset.ReadCSV(in, "text", "category")
		if err != nil {
			return err
		}
		for _, rec := range recs {
			text, cat := strings.Join(strings.Fields(rec[0]), " "), rec[1]
			intent, ok := categoryIntent[cat]
			if !ok {
				skipped["unmapped category"]++
				continue
			}
			key := strings.ToLower(text)
			switch {
			case text == "" || seen[key]:
				skipped["empty or duplicate"]++
				continue
			case bankOnlyRE.MatchString(text):
				skipped["bank-only wording"]++
				continue
			case intent == "account" && addressRE.MatchString(text):
				skipped["address change (account or change_order)"]++
				continue
			case intent == "refund_status" && (thirdPartyRE.MatchString(text) || generalRefundRE.MatchString(text)):
				skipped["refund from a third party or general refund timing"]++
				continue
			case intent == "payment_problem" && placeRE.MatchString(text):
				skipped["payment at another merchant or place"]++
				continue
			case handoffRE.MatchString(text):
				skipped["asks for a person"]++
				continue
			}
			seen[key] = true
			if byIntent[intent] == nil {
				byIntent[intent] = map[string][]row{}
			}
			byIntent[intent][cat] = append(byIntent[intent][cat],
				row{Text: text, Intent: intent, Lang: "en", Tags: tags(text), Source: "banking77", SourceIntent: cat})
		}
	}
	rng := rand.New(rand.NewSource(seed))
	var all []row
	for _, intent := range evalset.SortedKeys(byIntent) {
		all = append(all, evalset.RoundRobin(byIntent[intent], quota[intent], rng, rowText)...)
	}
	sort.SliceStable(all, func(a, b int) bool {
		if all[a].Intent != all[b].Intent {
			return all[a].Intent < all[b].Intent
		}
		return all[a].SourceIntent < all[b].SourceIntent
	})
	if err := evalset.WriteJSONL(out, all); err != nil {
		return err
	}
	counts := map[string]int{}
	for _, r := range all {
		counts[r.SourceIntent]++
	}
	slog.Info("banking77conv done", "written", len(all), "per_category", counts, "skipped", skipped)
	return nil
}

func tags(text string) []string {
	if n := len(strings.Fields(text)); n >= 1 && n <= 3 {
		return []string{"short"}
	}
	return nil
}

func rowText(r row) string { return r.Text }

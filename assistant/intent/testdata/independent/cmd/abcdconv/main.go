// Command abcdconv turns the public ABCD dataset (Action-Based Conversations
// Dataset, ASAPP Research, MIT licence, github.com/asappresearch/abcd) into an
// intent evaluation file in the project's JSONL format.
//
// For every conversation it takes the first substantive customer utterance
// (greeting-only turns are skipped), maps ABCD's flow/subflow onto our
// taxonomy where the mapping is unambiguous (see subflowIntent; everything
// else is dropped), and writes a stratified, deterministic sample.
//
// Usage:
//
//	go run ./assistant/intent/testdata/independent/cmd/abcdconv \
//	    -in abcd_v1.1.json.gz -out assistant/intent/testdata/independent/abcd_en.jsonl
//
// The input may be the full release (an object of splits "train", "dev",
// "test", gzipped or not) or data/abcd_sample.json (a bare array).
package main

import (
	"compress/gzip"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math/rand"
	"os"
	"regexp"
	"sort"
	"strings"

	"shopassist/assistant/intent/testdata/independent/cmd/internal/evalset"
)

// subflowIntent is the documented mapping (SOURCES.md repeats it). Subflows
// missing here are dropped because their first utterance could honestly
// belong to more than one of our labels.
var subflowIntent = map[string]string{
	"account_access/recover_username":                    "account",
	"account_access/recover_password":                    "account",
	"account_access/reset_2fa":                           "account",
	"manage_account/manage_change_name":                  "account",
	"manage_account/manage_change_phone":                 "account",
	"manage_account/status_shipping_question":            "shipping_info",
	"order_issue/status_mystery_fee":                     "payment_problem",
	"order_issue/manage_upgrade":                         "change_order",
	"order_issue/manage_downgrade":                       "change_order",
	"order_issue/manage_create":                          "change_order",
	"order_issue/manage_cancel":                          "cancel_order",
	"product_defect/refund_initiate":                     "return_request",
	"product_defect/return_stain":                        "return_request",
	"product_defect/return_color":                        "return_request",
	"product_defect/return_size":                         "return_request",
	"product_defect/refund_status":                       "refund_status",
	"purchase_dispute/out_of_stock_general":              "stock",
	"purchase_dispute/promo_code_invalid":                "discount",
	"purchase_dispute/promo_code_out_of_date":            "discount",
	"purchase_dispute/mistimed_billing_already_returned": "refund_status",
	"purchase_dispute/mistimed_billing_never_bought":     "payment_problem",
	"shipping_issue/status":                              "order_status",
	"shipping_issue/missing":                             "order_status",
	"shipping_issue/manage":                              "change_order",
	"single_item_query/boots":                            "product_question",
	"single_item_query/shirt":                            "product_question",
	"single_item_query/jeans":                            "product_question",
	"single_item_query/jacket":                           "product_question",
	"troubleshoot_site/credit_card":                      "payment_problem",
}

type scenario struct {
	Flow    string `json:"flow"`
	Subflow string `json:"subflow"`
}

type conversation struct {
	ConvoID  json.RawMessage `json:"convo_id"`
	Scenario scenario        `json:"scenario"`
	Original [][2]string     `json:"original"`
}

type row struct {
	Text    string   `json:"text"`
	Intent  string   `json:"intent"`
	Lang    string   `json:"lang"`
	Tags    []string `json:"tags,omitempty"`
	Source  string   `json:"source"`
	ConvoID string   `json:"convo_id"`
	Flow    string   `json:"abcd_flow"`
	Subflow string   `json:"abcd_subflow"`
}

var (
	wordRE = regexp.MustCompile(`[a-z0-9']+`)
	// filler words that alone do not make a request ("hi there, how are you?")
	filler = map[string]bool{"hi": true, "hello": true, "hey": true, "there": true, "good": true, "morning": true,
		"afternoon": true, "evening": true, "how": true, "are": true, "you": true, "doing": true, "today": true,
		"thanks": true, "thank": true, "yes": true, "ok": true, "okay": true, "i'm": true, "im": true, "fine": true,
		"great": true, "and": true, "yourself": true, "well": true, "is": true, "this": true, "agent": true}
	orderNumberRE = regexp.MustCompile(`\d{4,}`)
	// FAQ subflows carry a question variant ("timing_4"); the mapping is per subflow.
	variantSuffixRE = regexp.MustCompile(`_\d+$`)
	// single-item FAQs include "is it in stock" questions, which are our stock label.
	stockRE = regexp.MustCompile(`(?i)\bin stock\b|\bout of stock\b|\bavailable\b`)
)

func main() {
	in := flag.String("in", "", "ABCD json or json.gz")
	out := flag.String("out", "", "output JSONL")
	limit := flag.Int("n", 1500, "maximum rows")
	seed := flag.Int64("seed", 12, "sampling seed")
	flag.Parse()
	if err := run(*in, *out, *limit, *seed); err != nil {
		slog.Error("abcdconv failed", "err", err)
		os.Exit(1)
	}
}

func run(in, out string, limit int, seed int64) error {
	if in == "" || out == "" {
		return errors.New("both -in and -out are required")
	}
	convos, err := load(in)
	if err != nil {
		return err
	}
	byIntent := map[string][]row{}
	dropped := map[string]int{}
	for _, c := range convos {
		key := c.Scenario.Flow + "/" + variantSuffixRE.ReplaceAllString(c.Scenario.Subflow, "")
		intent, ok := subflowIntent[key]
		if !ok {
			dropped["unmapped "+key]++
			continue
		}
		text, ok := firstSubstantive(c.Original)
		if !ok {
			dropped["no substantive customer turn"]++
			continue
		}
		if intent == "product_question" && stockRE.MatchString(text) {
			dropped["single-item stock question"]++
			continue
		}
		byIntent[intent] = append(byIntent[intent], row{Text: text, Intent: intent, Lang: "en", Tags: tags(text),
			Source: "abcd", ConvoID: strings.Trim(string(c.ConvoID), `"`), Flow: c.Scenario.Flow, Subflow: c.Scenario.Subflow})
	}
	sample := stratify(byIntent, limit, rand.New(rand.NewSource(seed)))
	if err := evalset.WriteJSONL(out, sample); err != nil {
		return err
	}
	slog.Info("abcdconv done", "conversations", len(convos), "written", len(sample), "dropped", dropped)
	return nil
}

func load(path string) ([]conversation, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open dataset: %w", err)
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		gz, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("gunzip dataset: %w", err)
		}
		defer gz.Close()
		r = gz
	}
	raw, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read dataset: %w", err)
	}
	var list []conversation
	if err := json.Unmarshal(raw, &list); err == nil {
		return list, nil
	}
	var splits map[string][]conversation
	if err := json.Unmarshal(raw, &splits); err != nil {
		return nil, fmt.Errorf("decode dataset (neither array nor split object): %w", err)
	}
	names := make([]string, 0, len(splits))
	for k := range splits {
		names = append(names, k)
	}
	sort.Strings(names) // deterministic order: dev, test, train
	for _, k := range names {
		list = append(list, splits[k]...)
	}
	return list, nil
}

// firstSubstantive returns the first customer turn that says more than a
// greeting. ABCD turns are [speaker, text] with speaker customer/agent/action.
func firstSubstantive(turns [][2]string) (string, bool) {
	for _, t := range turns {
		if t[0] != "customer" {
			continue
		}
		text := strings.TrimSpace(t[1])
		content := 0
		for _, w := range wordRE.FindAllString(strings.ToLower(text), -1) {
			if !filler[w] {
				content++
			}
		}
		if content >= 2 {
			return text, true
		}
	}
	return "", false
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

// stratify takes rows round-robin across intents (each intent shuffled) so a
// large class cannot crowd out the small ones; output is sorted by intent.
func stratify(byIntent map[string][]row, limit int, rng *rand.Rand) []row {
	intents := make([]string, 0, len(byIntent))
	for k := range byIntent {
		intents = append(intents, k)
	}
	// Shuffle in sorted key order: one shared generator consumed in Go's
	// random map order would give a different sample on every run.
	sort.Strings(intents)
	for _, k := range intents {
		rows := byIntent[k]
		rng.Shuffle(len(rows), func(i, j int) { rows[i], rows[j] = rows[j], rows[i] })
	}
	var out []row
	for i := 0; len(out) < limit; i++ {
		added := false
		for _, k := range intents {
			if i < len(byIntent[k]) && len(out) < limit {
				out = append(out, byIntent[k][i])
				added = true
			}
		}
		if !added {
			break
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Intent < out[b].Intent })
	return out
}

// Command nlueval prints intent and language-detection accuracy per
// language on the held-out set and exits non-zero when a bar is missed.
//
//	go run ./assistant/cmd/nlueval [-heldout assistant/intent/testdata/heldout.jsonl]
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"sort"
	"text/tabwriter"

	"shopassist/assistant/intent"
	"shopassist/assistant/lang"
	"shopassist/assistant/nlu"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout); err != nil {
		slog.Error("nlueval", "err", err)
		os.Exit(1)
	}
}

// bars are the accuracy thresholds the evaluation must meet.
type bars struct {
	intentOverall, intentLang, langOverall, langPerLang float64
}

func run(_ context.Context, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("nlueval", flag.ContinueOnError)
	path := fs.String("heldout", "assistant/intent/testdata/heldout.jsonl", "held-out JSONL (text, lang, intent)")
	var b bars
	fs.Float64Var(&b.intentOverall, "min-intent", 0.95, "minimum overall intent accuracy")
	fs.Float64Var(&b.intentLang, "min-intent-lang", 0.90, "minimum intent accuracy in every language")
	fs.Float64Var(&b.langOverall, "min-lang", 0.95, "minimum overall language-detection accuracy (no priors)")
	fs.Float64Var(&b.langPerLang, "min-lang-lang", 0.80, "minimum language-detection accuracy in every language (no priors)")
	verbose := fs.Bool("v", false, "list every miss")
	if err := fs.Parse(args); err != nil {
		return err
	}
	f, err := os.Open(*path)
	if err != nil {
		return fmt.Errorf("open held-out set: %w", err)
	}
	defer f.Close()
	examples, err := intent.ReadExamples(f)
	if err != nil {
		return fmt.Errorf("read %s: %w", *path, err)
	}
	a, err := nlu.New()
	if err != nil {
		return err
	}
	rep := evaluate(a, examples)
	rep.print(out, *verbose)
	if failures := rep.check(b); len(failures) > 0 {
		for _, f := range failures {
			fmt.Fprintln(out, "FAIL:", f)
		}
		return fmt.Errorf("%d bar(s) missed", len(failures))
	}
	fmt.Fprintln(out, "PASS: all bars met")
	return nil
}

type tally struct{ ok, n int }

func (t tally) acc() float64 {
	if t.n == 0 {
		return 0
	}
	return float64(t.ok) / float64(t.n)
}

func (t *tally) add(ok bool) {
	t.n++
	if ok {
		t.ok++
	}
}

type row struct {
	intent, langNone, langEN, langTrue tally
}

type report struct {
	rows   map[string]*row
	total  row
	misses []string
}

func evaluate(a *nlu.Analyzer, examples []intent.Example) report {
	rep := report{rows: map[string]*row{}}
	det := a.Detector()
	for _, ex := range examples {
		r := rep.rows[ex.Lang]
		if r == nil {
			r = &row{}
			rep.rows[ex.Lang] = r
		}
		p := a.Classifier().Predict(ex.Text)
		none := det.Detect(ex.Text, lang.Priors{})
		en := det.Detect(ex.Text, lang.Priors{StorefrontLocale: "en"})
		truth := det.Detect(ex.Text, lang.Priors{StorefrontLocale: ex.Lang})
		for _, t := range []*row{r, &rep.total} {
			t.intent.add(p.Intent == ex.Intent)
			t.langNone.add(none.Lang == ex.Lang)
			t.langEN.add(en.Lang == ex.Lang)
			t.langTrue.add(truth.Lang == ex.Lang)
		}
		if p.Intent != ex.Intent {
			rep.misses = append(rep.misses, fmt.Sprintf("intent [%s] %q: want %s got %s (%.2f)", ex.Lang, ex.Text, ex.Intent, p.Intent, p.Confidence))
		}
		if none.Lang != ex.Lang {
			rep.misses = append(rep.misses, fmt.Sprintf("lang   [%s] %q: got %s", ex.Lang, ex.Text, none.Lang))
		}
	}
	return rep
}

func (rep report) langs() []string {
	out := make([]string, 0, len(rep.rows))
	for l := range rep.rows {
		out = append(out, l)
	}
	sort.Strings(out)
	return out
}

func (rep report) print(out io.Writer, verbose bool) {
	w := tabwriter.NewWriter(out, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "lang\tn\tintent\tlang (no priors)\tlang (storefront en)\tlang (storefront = lang)\t")
	line := func(name string, r row) {
		fmt.Fprintf(w, "%s\t%d\t%.1f%%\t%.1f%%\t%.1f%%\t%.1f%%\t\n", name, r.intent.n,
			100*r.intent.acc(), 100*r.langNone.acc(), 100*r.langEN.acc(), 100*r.langTrue.acc())
	}
	for _, l := range rep.langs() {
		line(l, *rep.rows[l])
	}
	line("overall", rep.total)
	w.Flush()
	if verbose {
		for _, m := range rep.misses {
			fmt.Fprintln(out, m)
		}
	}
}

func (rep report) check(b bars) []string {
	var fails []string
	if a := rep.total.intent.acc(); a < b.intentOverall {
		fails = append(fails, fmt.Sprintf("overall intent accuracy %.1f%% < %.1f%%", 100*a, 100*b.intentOverall))
	}
	if a := rep.total.langNone.acc(); a < b.langOverall {
		fails = append(fails, fmt.Sprintf("overall language accuracy %.1f%% < %.1f%%", 100*a, 100*b.langOverall))
	}
	for _, l := range rep.langs() {
		r := rep.rows[l]
		if a := r.intent.acc(); a < b.intentLang {
			fails = append(fails, fmt.Sprintf("%s intent accuracy %.1f%% < %.1f%%", l, 100*a, 100*b.intentLang))
		}
		if a := r.langNone.acc(); a < b.langPerLang {
			fails = append(fails, fmt.Sprintf("%s language accuracy %.1f%% < %.1f%%", l, 100*a, 100*b.langPerLang))
		}
	}
	return fails
}

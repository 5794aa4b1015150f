package adminlocale

import (
	"context"
	"strconv"
	"strings"
	"time"

	"github.com/go-playground/locales"
	"github.com/go-playground/locales/de"
	"github.com/go-playground/locales/en"
	"github.com/go-playground/locales/es"
	"github.com/go-playground/locales/fr"
	"github.com/go-playground/locales/ja"
	"github.com/go-playground/locales/zh"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
)

// Numbers come from golang.org/x/text's CLDR data (grouping, decimal sign,
// percent spacing); dates from go-playground/locales, which carries CLDR's
// date and time patterns and month names per locale (x/text has no date
// formatting). Both are chosen per admin language, never per shop.

// calendar is the CLDR date data of an admin language, with the two CLDR
// patterns the admin needs and go-playground does not expose: the
// day-and-month skeleton (availableFormats MMMd) and the date-time glue
// (dateTimeFormats medium).
type calendar struct {
	tr locales.Translator
	// dayMonth is CLDR's MMMd with MMM and d as the only fields.
	dayMonth func(month, day string) string
	// glue joins a date and a time.
	glue string
}

func calendarOf(lang string) calendar {
	switch lang {
	case "de":
		return calendar{de.New(), func(m, d string) string { return d + ". " + m }, ", "}
	case "es":
		return calendar{es.New(), func(m, d string) string { return d + " " + m }, ", "}
	case "fr":
		return calendar{fr.New(), func(m, d string) string { return d + " " + m }, " "}
	case "ja":
		return calendar{ja.New(), func(m, d string) string { return m + d + "日" }, " "}
	case "zh-CN":
		return calendar{zh.New(), func(m, d string) string { return m + d + "日" }, " "}
	}
	return calendar{en.New(), func(m, d string) string { return m + " " + d }, ", "}
}

// tag is the x/text language of an admin language.
func tag(lang string) language.Tag {
	t, err := language.Parse(lang)
	if err != nil {
		return language.English
	}
	return t
}

// Tag is the x/text language of ctx's admin language, for CLDR data
// (currency formats, region and language names).
func Tag(ctx context.Context) language.Tag { return tag(Lang(ctx)) }

// Decimal writes f with at most digits fraction digits, the language's
// decimal sign and grouping ("3.5", "3,5").
func Decimal(ctx context.Context, f float64, digits int) string {
	return message.NewPrinter(tag(Lang(ctx))).Sprint(number.Decimal(f, number.MaxFractionDigits(digits)))
}

// Int writes a count with the language's digit grouping ("12,345",
// "12.345", "12 345").
func Int(ctx context.Context, n int64) string {
	return message.NewPrinter(tag(Lang(ctx))).Sprint(number.Decimal(n))
}

// Percent writes a rate between 0 and 1 as a whole percentage the way the
// language writes it ("45%", "45 %").
func Percent(ctx context.Context, rate float64) string {
	return message.NewPrinter(tag(Lang(ctx))).Sprint(number.Percent(rate, number.MaxFractionDigits(0)))
}

// DateTime writes a moment (already in the shop's time zone) as a medium
// date and a short time: "Mar 5, 2026, 2:07 pm", "05.03.2026, 14:07",
// "2026/03/05 14:07".
func DateTime(ctx context.Context, t time.Time) string {
	c := calendarOf(Lang(ctx))
	return c.tr.FmtDateMedium(t) + c.glue + c.tr.FmtTimeShort(t)
}

// Date writes a day as a medium date: "Mar 5, 2026", "05.03.2026".
func Date(ctx context.Context, t time.Time) string {
	return calendarOf(Lang(ctx)).tr.FmtDateMedium(t)
}

// DayMonth writes a day without the year, for chart axes: "Mar 5",
// "5. März", "5 mars", "3月5日".
func DayMonth(ctx context.Context, t time.Time) string {
	c := calendarOf(Lang(ctx))
	m := c.tr.MonthAbbreviated(t.Month())
	if l := Lang(ctx); l == "ja" || l == "zh-CN" {
		// CJK's MMMd is M月d日: the abbreviated month already ends in 月.
		m = strings.TrimSuffix(m, "月") + "月"
	}
	return c.dayMonth(m, strconv.Itoa(t.Day()))
}

// Money writes an amount in a currency the admin language's way: CLDR's
// currency pattern puts the symbol after the number in de, es and fr
// ("443,70 €") and before it in en, ja and zh ("€443.70"); x/text formats
// the number and names the symbol but always puts the symbol first.
func Money(ctx context.Context, amount float64, code string) string {
	lang := Lang(ctx)
	p := message.NewPrinter(tag(lang))
	unit, err := currency.ParseISO(code)
	if err != nil {
		return p.Sprint(number.Decimal(amount, number.Scale(2))) + " " + code
	}
	scale, _ := currency.Standard.Rounding(unit)
	n := p.Sprint(number.Decimal(amount, number.Scale(scale)))
	sym := p.Sprint(currency.Symbol(unit))
	switch lang {
	case "de", "es", "fr":
		return n + "\u00a0" + sym
	}
	return sym + n
}

package app

import (
	"context"
	"encoding/csv"
	"math/big"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"shopassist/channels"
	"shopassist/db"
	"shopassist/views"
	"shopassist/views/adminlocale"
)

// maxAnalyticsDays bounds a custom range (a year and a bit).
const maxAnalyticsDays = 400

// analyticsPeriod reads the period: ?from=YYYY-MM-DD&to=YYYY-MM-DD (days
// in the shop's time zone, both included) or ?days=7|30|90 (default 30).
func analyticsPeriod(c echo.Context, now time.Time, loc *time.Location) (since, until time.Time, days int, err error) {
	from, to := c.QueryParam("from"), c.QueryParam("to")
	if from == "" && to == "" {
		days = 30
		switch c.QueryParam("days") {
		case "7":
			days = 7
		case "90":
			days = 90
		}
		return periodStart(now, days, loc), now, days, nil
	}
	f, err1 := time.ParseInLocation("2006-01-02", from, loc)
	t, err2 := time.ParseInLocation("2006-01-02", to, loc)
	if err1 != nil || err2 != nil {
		return since, until, 0, echo.NewHTTPError(http.StatusBadRequest, tr(c.Request().Context(), "an.err_dates"))
	}
	until = t.AddDate(0, 0, 1)
	if !f.Before(until) || until.Sub(f) > maxAnalyticsDays*24*time.Hour {
		return since, until, 0, echo.NewHTTPError(http.StatusBadRequest,
			tr(c.Request().Context(), "an.err_range", maxAnalyticsDays))
	}
	return f, until, 0, nil
}

func (p *adminPages) analytics(c echo.Context) error {
	shop := ShopFrom(c)
	loc := shopLocation(shop)
	now := p.now()
	since, until, days, err := analyticsPeriod(c, now, loc)
	if err != nil {
		return err
	}
	channel := c.QueryParam("channel")
	if channel != "" && !channels.Channel(channel).Valid() {
		return echo.NewHTTPError(http.StatusBadRequest, tr(c.Request().Context(), "an.err_channel", channel))
	}
	r, err := p.store.Analytics(c.Request().Context(), db.ReportQuery{ShopID: shop.ID, Since: since, Until: until, Loc: loc, Now: now,
		Channel: channel})
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	d := analyticsView(ctx, r, days, loc, shop)
	d.Channel, d.Channels = channel, channelOptions(ctx)
	if id := c.QueryParam("export"); id != "" {
		for _, t := range analyticsTables(figures{ctx: adminlocale.WithLang(ctx, "en"), export: true}, r, loc) {
			if t.ID == id {
				return writeCSV(c, "analytics-"+id+"-"+since.Format("20060102")+"-"+until.AddDate(0, 0, -1).Format("20060102")+".csv", t)
			}
		}
		return echo.NewHTTPError(http.StatusNotFound, tr(ctx, "an.err_table"))
	}
	return render(c, http.StatusOK, views.Analytics(p.page(c, tr(c.Request().Context(), "nav.analytics"), "analytics"), d))
}

// writeCSV sends one analytics table as CSV.
func writeCSV(c echo.Context, name string, t views.DataTable) error {
	h := c.Response().Header()
	h.Set(echo.HeaderContentType, "text/csv; charset=utf-8")
	h.Set(echo.HeaderContentDisposition, `attachment; filename="`+name+`"`)
	c.Response().WriteHeader(http.StatusOK)
	w := csv.NewWriter(c.Response())
	if err := w.Write(t.Columns); err != nil {
		return err
	}
	for _, row := range t.Rows {
		if err := w.Write(csvSafe(row)); err != nil {
			return err
		}
	}
	w.Flush()
	return w.Error()
}

// csvSafe keeps spreadsheet programs from running a cell (a shopper's
// question or comment) as a formula.
func csvSafe(row []string) []string {
	out := make([]string, len(row))
	for i, v := range row {
		if v != "" && strings.ContainsRune("=+-@\t\r", rune(v[0])) {
			if _, err := strconv.ParseFloat(v, 64); err != nil {
				v = "'" + v
			}
		}
		out[i] = v
	}
	return out
}

// analyticsView turns a report into the page's figures, charts and tables,
// in the admin's language.
func analyticsView(ctx context.Context, r *db.Report, days int, loc *time.Location, shop *db.Shop) views.AnalyticsData {
	cur, prev := r.Summary, r.Previous
	cost := shop.Settings.V.Analytics.TicketCost()
	f := figures{ctx: ctx}
	money := func(v float64) string { return formatMoney(ctx, v, shop.Currency) }
	d := views.AnalyticsData{Days: days, Empty: cur.Conversations == 0,
		From: r.Since.In(loc).Format("2006-01-02"), To: r.Until.In(loc).Add(-time.Nanosecond).Format("2006-01-02"),
		Metrics: []views.Metric{
			{Label: tr(ctx, "an.m.conversations"), Value: f.n(cur.Conversations), TestID: "metric-conversations",
				Delta: f.deltaCount(cur.Conversations, prev.Conversations),
				Hint:  tr(ctx, "an.m.conversations_hint", f.n(cur.Engaged))},
			{Label: tr(ctx, "home.stat.resolved"), Value: f.pct(cur.ResolutionRate(), cur.Engaged), TestID: "metric-resolved",
				Delta: f.deltaPoints(cur.ResolutionRate(), cur.Engaged, prev.ResolutionRate(), prev.Engaged),
				Hint:  tr(ctx, "an.m.resolved_hint", f.n(cur.Resolved), f.n(cur.Engaged), f.n(cur.Durable), f.n(cur.Pending))},
			{Label: tr(ctx, "an.m.reopened"), Value: f.n(cur.Reopened), TestID: "metric-reopened",
				Hint: tr(ctx, "an.m.reopened_hint")},
			{Label: tr(ctx, "an.m.human"), Value: f.n(cur.AssistedByHuman), TestID: "metric-human",
				Delta: f.deltaCount(cur.AssistedByHuman, prev.AssistedByHuman), Hint: tr(ctx, "an.m.human_hint")},
			{Label: tr(ctx, "an.m.csat"), Value: f.pct(cur.CSAT(), cur.RatedUp+cur.RatedDown), TestID: "metric-csat",
				Delta: f.deltaPoints(cur.CSAT(), cur.RatedUp+cur.RatedDown, prev.CSAT(), prev.RatedUp+prev.RatedDown),
				Hint:  tr(ctx, "an.m.csat_hint", f.n(cur.RatedUp), f.n(cur.RatedDown))},
			{Label: tr(ctx, "an.m.orders"), Value: f.n(cur.AssistedOrders), TestID: "metric-orders",
				Delta: f.deltaCount(cur.AssistedOrders, prev.AssistedOrders),
				Hint:  tr(ctx, "an.m.orders_hint", f.pct(cur.ConversionRate(), cur.Engaged))},
			{Label: tr(ctx, "an.m.revenue"), Value: moneyList(ctx, cur.Revenue), TestID: "metric-revenue",
				Hint: tr(ctx, "an.m.revenue_hint", moneyList(ctx, prev.Revenue))},
			{Label: tr(ctx, "an.m.cost_saved"), Value: money(float64(cur.Resolved) * cost), TestID: "metric-cost-saved",
				Hint: tr(ctx, "an.m.cost_saved_hint", f.n(cur.Resolved), money(cost))},
			{Label: tr(ctx, "an.m.first_reply"), Value: duration(ctx, r.MedianFirstReply, cur.Conversations > 0), TestID: "metric-first-reply",
				Hint: tr(ctx, "an.m.first_reply_hint", duration(ctx, r.MedianAgentReply, r.AgentReplies > 0))},
		}}
	for _, dc := range r.PerDay {
		d.PerDay = append(d.PerDay, views.Bar{Label: adminlocale.DayMonth(ctx, dc.Day), Value: dc.N})
	}
	for _, c := range r.Topics {
		d.Intents = append(d.Intents, views.Bar{Label: views.IntentLabel(ctx, c.Label), Value: c.N})
	}
	for _, g := range r.Languages {
		d.Languages = append(d.Languages, views.Bar{Label: views.LanguageName(ctx, g.Key), Value: g.Conversations})
	}
	d.Tables = analyticsTables(f, r, loc)
	return d
}

// figures writes the analytics numbers: in the admin's language on the
// page; for a CSV export plainly (digits without grouping, ISO dates) so
// spreadsheets and scripts read them the same whoever exported.
type figures struct {
	ctx    context.Context
	export bool
}

func (f figures) n(n int) string {
	if f.export {
		return strconv.Itoa(n)
	}
	return adminlocale.Int(f.ctx, int64(n))
}

// pct is a rate as a whole percentage, a dash when there is nothing to
// measure.
func (f figures) pct(rate float64, n int) string {
	if f.export || n == 0 {
		return percent(rate, n)
	}
	return adminlocale.Percent(f.ctx, rate)
}

func (f figures) dateTime(t time.Time) string {
	if f.export {
		return t.Format("2006-01-02 15:04")
	}
	return adminlocale.DateTime(f.ctx, t)
}

func (f figures) date(t time.Time) string {
	if f.export {
		return t.Format("2006-01-02")
	}
	return adminlocale.Date(f.ctx, t)
}

// analyticsTables are the page's tables; each is also a CSV export. An
// export is built with f.export in English: its column names and labels
// stay the same for every merchant, so a spreadsheet or script built on one
// export keeps working (the page itself is in the admin's language).
func analyticsTables(f figures, r *db.Report, loc *time.Location) []views.DataTable {
	ctx := f.ctx
	itoa := f.n
	var t []views.DataTable
	add := func(dt views.DataTable) { t = append(t, dt) }
	cols := func(keys ...string) []string {
		out := make([]string, len(keys))
		for i, k := range keys {
			out[i] = tr(ctx, k)
		}
		return out
	}

	outcomes := views.DataTable{ID: "outcomes", Title: tr(ctx, "an.t.outcomes"),
		Hint:    tr(ctx, "an.t.outcomes_hint"),
		Columns: cols("an.c.ending", "an.m.conversations", "an.c.share"), Empty: tr(ctx, "an.t.outcomes_empty")}
	for _, c := range r.Outcomes {
		outcomes.Rows = append(outcomes.Rows, []string{outcomeLabel(ctx, c.Label), itoa(c.N), f.pct(db.Rate(c.N, r.Engaged), r.Engaged)})
	}
	add(outcomes)

	reasons := views.DataTable{ID: "handoff-reasons", Title: tr(ctx, "an.t.reasons"), Columns: cols("dc.col_reason", "an.m.conversations"),
		Empty: tr(ctx, "an.t.reasons_empty")}
	for _, c := range r.HandoffReasons {
		reasons.Rows = append(reasons.Rows, []string{handoffReasonLabel(ctx, c.Label), itoa(c.N)})
	}
	add(reasons)

	segment := func(id, titleKey, firstKey string, gs []db.Segment, label func(context.Context, string) string) {
		dt := views.DataTable{ID: id, Title: tr(ctx, titleKey), Columns: cols(firstKey, "an.m.conversations", "an.c.with_question",
			"an.c.resolved", "an.c.resolution", "an.c.ratings", "an.m.csat"), Empty: tr(ctx, "an.t.segment_empty")}
		for _, g := range gs {
			dt.Rows = append(dt.Rows, []string{label(ctx, g.Key), itoa(g.Conversations), itoa(g.Engaged), itoa(g.Resolved),
				f.pct(g.ResolutionRate(), g.Engaged), itoa(g.Rated), f.pct(g.CSAT(), g.Rated)})
		}
		add(dt)
	}
	segment("languages", "an.t.by_language", "an.c.language", r.Languages, views.LanguageName)
	segment("topics", "an.t.by_topic", "an.c.topic", r.TopicSegments, views.IntentLabel)
	segment("channels", "an.t.by_channel", "ch.col_channel", r.Channels, views.ChannelLabel)

	markets := views.DataTable{ID: "markets", Title: tr(ctx, "an.t.markets"), Hint: tr(ctx, "an.t.markets_hint"),
		Columns: cols("an.c.country", "an.c.language", "an.m.conversations"), Empty: tr(ctx, "an.t.markets_empty")}
	for _, m := range r.Markets {
		country := m.Country
		if !f.export {
			country = countryName(ctx, m.Country)
		}
		markets.Rows = append(markets.Rows, []string{country, views.LanguageName(ctx, m.Language), itoa(m.N)})
	}
	add(markets)

	products := views.DataTable{ID: "products", Title: tr(ctx, "an.t.products"),
		Hint:    tr(ctx, "an.t.products_hint"),
		Columns: cols("an.c.product", "an.c.product_id", "an.c.questions", "an.c.recommended", "an.c.added_to_cart"), Empty: tr(ctx, "an.t.products_empty")}
	for _, p := range r.Products {
		products.Rows = append(products.Rows, []string{p.Title, strconv.FormatInt(p.ProductID, 10), itoa(p.Asked), itoa(p.Recommended), itoa(p.AddedToCart)})
	}
	add(products)

	noMatch := views.DataTable{ID: "no-match", Title: tr(ctx, "an.t.no_match"),
		Hint:    tr(ctx, "an.t.no_match_hint"),
		Columns: cols("an.c.constraint", "an.c.times"), Empty: tr(ctx, "an.t.no_match_empty")}
	for _, c := range r.NoMatch {
		noMatch.Rows = append(noMatch.Rows, []string{c.Label, itoa(c.N)})
	}
	add(noMatch)

	oos := views.DataTable{ID: "out-of-stock", Title: tr(ctx, "an.t.oos"), Columns: cols("an.c.variant", "an.c.variant_id", "an.c.times_asked"),
		Empty: tr(ctx, "an.t.oos_empty")}
	for _, v := range r.OutOfStock {
		oos.Rows = append(oos.Rows, []string{v.Title, strconv.FormatInt(v.VariantID, 10), itoa(v.N)})
	}
	add(oos)

	unanswered := views.DataTable{ID: "unanswered", Title: tr(ctx, "an.t.unanswered"),
		Hint:    tr(ctx, "an.t.unanswered_hint"),
		Columns: cols("kn.col_question", "an.c.times"), Empty: tr(ctx, "an.t.unanswered_empty")}
	for _, c := range r.Unanswered {
		unanswered.Rows = append(unanswered.Rows, []string{c.Label, itoa(c.N)})
	}
	add(unanswered)

	revenue := views.DataTable{ID: "revenue", Title: tr(ctx, "an.t.revenue"),
		Hint:    tr(ctx, "an.t.revenue_hint"),
		Columns: cols("an.c.currency", "an.c.orders", "an.c.revenue", "an.c.of_which_chat"), Empty: tr(ctx, "an.t.revenue_empty")}
	lines := map[string]string{}
	for _, m := range r.ChatLinesRevenue {
		lines[m.Currency] = m.Amount
	}
	for _, m := range r.Revenue {
		revenue.Rows = append(revenue.Rows, []string{m.Currency, itoa(m.Orders), m.Amount, firstNonEmpty(lines[m.Currency], "0.00")})
	}
	add(revenue)

	feedback := views.DataTable{ID: "feedback", Title: tr(ctx, "an.t.feedback"), Hint: tr(ctx, "an.t.feedback_hint"),
		Columns: cols("an.c.date", "an.c.language", "an.c.topic", "an.c.rating", "an.c.comment", "actions.conversation"), Empty: tr(ctx, "an.t.feedback_empty")}
	for _, fb := range r.Feedback {
		rating := "👍"
		if fb.Rating < 0 {
			rating = "👎"
		}
		feedback.Rows = append(feedback.Rows, []string{f.dateTime(fb.At.In(loc)), views.LanguageName(ctx, fb.Language),
			views.IntentLabel(ctx, fb.Topic), rating, fb.Comment, fb.ConversationID})
	}
	add(feedback)

	perDay := views.DataTable{ID: "per-day", Title: tr(ctx, "an.per_day"), Columns: cols("an.c.day", "an.m.conversations"), Hidden: true}
	for _, dc := range r.PerDay {
		perDay.Rows = append(perDay.Rows, []string{f.date(dc.Day), itoa(dc.N)})
	}
	add(perDay)
	return t
}

// countryName names a storefront country code in the admin's language
// (CLDR region names); an unknown code is shown as it is.
func countryName(ctx context.Context, code string) string {
	region, err := language.ParseRegion(code)
	if err != nil {
		return code
	}
	if n := display.Regions(adminlocale.Tag(ctx)); n != nil {
		if name := n.Name(region); name != "" {
			return name
		}
	}
	return code
}

func outcomeLabel(ctx context.Context, s string) string {
	if key := "an.outcome." + s; adminlocale.Has(key) {
		return tr(ctx, key)
	}
	return s
}

func handoffReasonLabel(ctx context.Context, s string) string {
	if key := "an.reason." + s; adminlocale.Has(key) {
		return tr(ctx, key)
	}
	return s
}

// deltaCount compares a count with the previous period's.
func (f figures) deltaCount(cur, prev int) string {
	d := cur - prev
	switch {
	case prev == 0 && cur == 0:
		return ""
	case d > 0:
		return tr(f.ctx, "an.delta", "+"+f.n(d))
	case d < 0:
		return tr(f.ctx, "an.delta", "-"+f.n(-d))
	}
	return tr(f.ctx, "an.delta_same")
}

// deltaPoints compares two rates in percentage points; nothing when either
// period has no data.
func (f figures) deltaPoints(cur float64, curN int, prev float64, prevN int) string {
	if curN == 0 || prevN == 0 {
		return ""
	}
	d := int((cur-prev)*100 + 0.5*sign(cur-prev))
	switch {
	case d > 0:
		return tr(f.ctx, "an.delta_points", "+"+f.n(d))
	case d < 0:
		return tr(f.ctx, "an.delta_points", "-"+f.n(-d))
	}
	return tr(f.ctx, "an.delta_same")
}

func sign(f float64) float64 {
	if f < 0 {
		return -1
	}
	return 1
}

// moneyList shows per-currency totals side by side.
func moneyList(ctx context.Context, ms []db.Money) string {
	if len(ms) == 0 {
		return "—"
	}
	parts := make([]string, 0, len(ms))
	for _, m := range ms {
		v, _ := new(big.Rat).SetString(m.Amount)
		f := 0.0
		if v != nil {
			f, _ = v.Float64()
		}
		parts = append(parts, formatMoney(ctx, f, m.Currency))
	}
	return strings.Join(parts, " · ")
}

// formatMoney formats an amount with its currency the admin language's way
// (CLDR: symbol and its place, grouping and decimal signs).
func formatMoney(ctx context.Context, v float64, code string) string {
	return adminlocale.Money(ctx, v, code)
}

// duration formats a delay for people: "0.8 s", "42 s", "12 min", "3.5 h"
// (unit names and decimal sign in the admin's language).
func duration(ctx context.Context, d time.Duration, ok bool) string {
	switch {
	case !ok:
		return "—"
	case d < 10*time.Second:
		return tr(ctx, "unit.seconds", adminlocale.Decimal(ctx, d.Seconds(), 1))
	case d < 2*time.Minute:
		return tr(ctx, "unit.seconds", adminlocale.Decimal(ctx, float64(int(d.Seconds())), 0))
	case d < 2*time.Hour:
		return tr(ctx, "unit.minutes", adminlocale.Decimal(ctx, float64(int(d.Minutes())), 0))
	}
	return tr(ctx, "unit.hours", adminlocale.Decimal(ctx, d.Hours(), 1))
}

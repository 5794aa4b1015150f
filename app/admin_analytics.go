package app

import (
	"encoding/csv"
	"math/big"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"shopassist/channels"
	"shopassist/db"
	"shopassist/views"
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
		return since, until, 0, echo.NewHTTPError(http.StatusBadRequest, "Dates must look like 2026-03-31.")
	}
	until = t.AddDate(0, 0, 1)
	if !f.Before(until) || until.Sub(f) > maxAnalyticsDays*24*time.Hour {
		return since, until, 0, echo.NewHTTPError(http.StatusBadRequest,
			"The start date must be on or before the end date, at most "+strconv.Itoa(maxAnalyticsDays)+" days apart.")
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
		return echo.NewHTTPError(http.StatusBadRequest, "Unknown channel "+strconv.Quote(channel)+".")
	}
	r, err := p.store.Analytics(c.Request().Context(), db.ReportQuery{ShopID: shop.ID, Since: since, Until: until, Loc: loc, Now: now,
		Channel: channel})
	if err != nil {
		return err
	}
	d := analyticsView(r, days, loc, shop)
	d.Channel, d.Channels = channel, channelOptions()
	if id := c.QueryParam("export"); id != "" {
		for _, t := range d.Tables {
			if t.ID == id {
				return writeCSV(c, "analytics-"+id+"-"+since.Format("20060102")+"-"+until.AddDate(0, 0, -1).Format("20060102")+".csv", t)
			}
		}
		return echo.NewHTTPError(http.StatusNotFound, "No such table.")
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

// analyticsView turns a report into the page's figures, charts and tables.
func analyticsView(r *db.Report, days int, loc *time.Location, shop *db.Shop) views.AnalyticsData {
	cur, prev := r.Summary, r.Previous
	cost := shop.Settings.V.Analytics.TicketCost()
	d := views.AnalyticsData{Days: days, Empty: cur.Conversations == 0,
		From: r.Since.In(loc).Format("2006-01-02"), To: r.Until.In(loc).Add(-time.Nanosecond).Format("2006-01-02"),
		Metrics: []views.Metric{
			{Label: "Conversations", Value: strconv.Itoa(cur.Conversations), TestID: "metric-conversations",
				Delta: deltaCount(cur.Conversations, prev.Conversations),
				Hint:  strconv.Itoa(cur.Engaged) + " asked something"},
			{Label: "Resolved by the assistant", Value: percent(cur.ResolutionRate(), cur.Engaged), TestID: "metric-resolved",
				Delta: deltaPoints(cur.ResolutionRate(), cur.Engaged, prev.ResolutionRate(), prev.Engaged),
				Hint: strconv.Itoa(cur.Resolved) + " of " + strconv.Itoa(cur.Engaged) + " ended on an answer, no 👎, not reopened · " +
					strconv.Itoa(cur.Durable) + " durable (7 days passed), " + strconv.Itoa(cur.Pending) + " may still reopen"},
			{Label: "Reopened", Value: strconv.Itoa(cur.Reopened), TestID: "metric-reopened",
				Hint: "Answered, then the same topic came back within 7 days"},
			{Label: "Assisted by a person", Value: strconv.Itoa(cur.AssistedByHuman), TestID: "metric-human",
				Delta: deltaCount(cur.AssistedByHuman, prev.AssistedByHuman), Hint: "Handed off to your team"},
			{Label: "CSAT", Value: percent(cur.CSAT(), cur.RatedUp+cur.RatedDown), TestID: "metric-csat",
				Delta: deltaPoints(cur.CSAT(), cur.RatedUp+cur.RatedDown, prev.CSAT(), prev.RatedUp+prev.RatedDown),
				Hint:  "End-of-chat ratings: " + strconv.Itoa(cur.RatedUp) + " 👍 · " + strconv.Itoa(cur.RatedDown) + " 👎"},
			{Label: "Orders after a chat", Value: strconv.Itoa(cur.AssistedOrders), TestID: "metric-orders",
				Delta: deltaCount(cur.AssistedOrders, prev.AssistedOrders),
				Hint:  "Conversion of chatting shoppers: " + percent(cur.ConversionRate(), cur.Engaged)},
			{Label: "Revenue from chat", Value: moneyList(cur.Revenue), TestID: "metric-revenue",
				Hint: "Per currency, never converted · before: " + moneyList(prev.Revenue)},
			{Label: "Cost saved (estimate)", Value: formatMoney(float64(cur.Resolved)*cost, shop.Currency), TestID: "metric-cost-saved",
				Hint: strconv.Itoa(cur.Resolved) + " resolved × " + formatMoney(cost, shop.Currency) +
					" per human ticket (an estimate; set your own figure in Settings)"},
			{Label: "Median first reply", Value: duration(r.MedianFirstReply, cur.Conversations > 0), TestID: "metric-first-reply",
				Hint: "Your replies on handoffs: " + duration(r.MedianAgentReply, r.AgentReplies > 0)},
		}}
	for _, dc := range r.PerDay {
		d.PerDay = append(d.PerDay, views.Bar{Label: dc.Day.Format("Jan 2"), Value: dc.N})
	}
	for _, c := range r.Topics {
		d.Intents = append(d.Intents, views.Bar{Label: views.IntentLabel(c.Label), Value: c.N})
	}
	for _, g := range r.Languages {
		d.Languages = append(d.Languages, views.Bar{Label: views.LanguageName(g.Key), Value: g.Conversations})
	}
	d.Tables = analyticsTables(r, loc)
	return d
}

// analyticsTables are the page's tables; each is also a CSV export.
func analyticsTables(r *db.Report, loc *time.Location) []views.DataTable {
	itoa := strconv.Itoa
	var t []views.DataTable
	add := func(dt views.DataTable) { t = append(t, dt) }

	outcomes := views.DataTable{ID: "outcomes", Title: "How conversations ended",
		Hint:    "The last topic's outcome. Only “answered” counts as resolved.",
		Columns: []string{"Ending", "Conversations", "Share"}, Empty: "No questions in this period."}
	for _, c := range r.Outcomes {
		outcomes.Rows = append(outcomes.Rows, []string{outcomeLabel(c.Label), itoa(c.N), percent(db.Rate(c.N, r.Engaged), r.Engaged)})
	}
	add(outcomes)

	reasons := views.DataTable{ID: "handoff-reasons", Title: "Handoff reasons", Columns: []string{"Reason", "Conversations"},
		Empty: "No handoffs."}
	for _, c := range r.HandoffReasons {
		reasons.Rows = append(reasons.Rows, []string{handoffReasonLabel(c.Label), itoa(c.N)})
	}
	add(reasons)

	segment := func(id, title string, gs []db.Segment, label func(string) string) {
		dt := views.DataTable{ID: id, Title: title, Columns: []string{"", "Conversations", "With a question", "Resolved",
			"Resolution", "Ratings", "CSAT"}, Empty: "No conversations."}
		dt.Columns[0] = strings.TrimPrefix(title, "By ")
		for _, g := range gs {
			dt.Rows = append(dt.Rows, []string{label(g.Key), itoa(g.Conversations), itoa(g.Engaged), itoa(g.Resolved),
				percent(g.ResolutionRate(), g.Engaged), itoa(g.Rated), percent(g.CSAT(), g.Rated)})
		}
		add(dt)
	}
	segment("languages", "By language", r.Languages, views.LanguageName)
	segment("topics", "By topic", r.TopicSegments, views.IntentLabel)
	segment("channels", "By channel", r.Channels, func(c string) string { return channels.Channel(c).Label() })

	markets := views.DataTable{ID: "markets", Title: "Markets asking", Hint: "Conversations with a question, by storefront country and language.",
		Columns: []string{"Country", "Language", "Conversations"}, Empty: "No questions yet."}
	for _, m := range r.Markets {
		markets.Rows = append(markets.Rows, []string{m.Country, views.LanguageName(m.Language), itoa(m.N)})
	}
	add(markets)

	products := views.DataTable{ID: "products", Title: "Products in demand",
		Hint:    "One row per product, whatever language shoppers used.",
		Columns: []string{"Product", "Product ID", "Questions", "Recommended", "Added to cart from chat"}, Empty: "No product activity yet."}
	for _, p := range r.Products {
		products.Rows = append(products.Rows, []string{p.Title, strconv.FormatInt(p.ProductID, 10), itoa(p.Asked), itoa(p.Recommended), itoa(p.AddedToCart)})
	}
	add(products)

	noMatch := views.DataTable{ID: "no-match", Title: "Searches nobody could meet",
		Hint:    "Constraints no product matched, grouped across languages: stock ideas.",
		Columns: []string{"Constraint", "Times"}, Empty: "Every search found something."}
	for _, c := range r.NoMatch {
		noMatch.Rows = append(noMatch.Rows, []string{c.Label, itoa(c.N)})
	}
	add(noMatch)

	oos := views.DataTable{ID: "out-of-stock", Title: "Sold-out variants asked for", Columns: []string{"Variant", "Variant ID", "Times asked"},
		Empty: "Nobody asked for a sold-out variant."}
	for _, v := range r.OutOfStock {
		oos.Rows = append(oos.Rows, []string{v.Title, strconv.FormatInt(v.VariantID, 10), itoa(v.N)})
	}
	add(oos)

	unanswered := views.DataTable{ID: "unanswered", Title: "Top unanswered questions",
		Hint:    "Knowledge gaps: add these to your FAQ. Contact details and closings (thanks, bye) are left out.",
		Columns: []string{"Question", "Times"}, Empty: "Every question was answered. 🎉"}
	for _, c := range r.Unanswered {
		unanswered.Rows = append(unanswered.Rows, []string{c.Label, itoa(c.N)})
	}
	add(unanswered)

	revenue := views.DataTable{ID: "revenue", Title: "Revenue attributed to chat",
		Hint:    "Orders carrying the chat's cart attribute, per currency (amounts in different currencies are never added).",
		Columns: []string{"Currency", "Orders", "Revenue", "Of which products added from chat"}, Empty: "No orders after a chat yet."}
	lines := map[string]string{}
	for _, m := range r.ChatLinesRevenue {
		lines[m.Currency] = m.Amount
	}
	for _, m := range r.Revenue {
		revenue.Rows = append(revenue.Rows, []string{m.Currency, itoa(m.Orders), m.Amount, firstNonEmpty(lines[m.Currency], "0.00")})
	}
	add(revenue)

	feedback := views.DataTable{ID: "feedback", Title: "Shopper feedback", Hint: "End-of-chat ratings with a comment, newest first.",
		Columns: []string{"Date", "Language", "Topic", "Rating", "Comment", "Conversation"}, Empty: "No comments yet."}
	for _, f := range r.Feedback {
		rating := "👍"
		if f.Rating < 0 {
			rating = "👎"
		}
		feedback.Rows = append(feedback.Rows, []string{f.At.In(loc).Format("2006-01-02 15:04"), views.LanguageName(f.Language),
			views.IntentLabel(f.Topic), rating, f.Comment, f.ConversationID})
	}
	add(feedback)

	perDay := views.DataTable{ID: "per-day", Title: "Conversations per day", Columns: []string{"Day", "Conversations"}, Hidden: true}
	for _, dc := range r.PerDay {
		perDay.Rows = append(perDay.Rows, []string{dc.Day.Format("2006-01-02"), itoa(dc.N)})
	}
	add(perDay)
	return t
}

func outcomeLabel(s string) string {
	switch s {
	case db.OutcomeAnswered:
		return "Answered (resolved)"
	case db.OutcomeFallback:
		return "Not understood"
	case db.OutcomeClarify:
		return "Left at a clarifying question"
	case db.OutcomeNoMatch:
		return "No product matched"
	case db.OutcomeHandoff:
		return "Handed to a person"
	case "reopened":
		return "Answered, then reopened"
	case "rated_down":
		return "Answered, rated 👎"
	}
	return s
}

func handoffReasonLabel(s string) string {
	switch s {
	case "requested":
		return "Shopper asked for a person"
	case "frustration":
		return "Shopper frustrated"
	case "repeated_failure":
		return "Assistant failed repeatedly"
	case "change_order":
		return "Order change request"
	}
	return s
}

// deltaCount compares a count with the previous period's.
func deltaCount(cur, prev int) string {
	d := cur - prev
	switch {
	case prev == 0 && cur == 0:
		return ""
	case d > 0:
		return "+" + strconv.Itoa(d) + " vs previous period"
	case d < 0:
		return strconv.Itoa(d) + " vs previous period"
	}
	return "same as previous period"
}

// deltaPoints compares two rates in percentage points; nothing when either
// period has no data.
func deltaPoints(cur float64, curN int, prev float64, prevN int) string {
	if curN == 0 || prevN == 0 {
		return ""
	}
	d := int((cur-prev)*100 + 0.5*sign(cur-prev))
	switch {
	case d > 0:
		return "+" + strconv.Itoa(d) + " pts vs previous period"
	case d < 0:
		return strconv.Itoa(d) + " pts vs previous period"
	}
	return "same as previous period"
}

func sign(f float64) float64 {
	if f < 0 {
		return -1
	}
	return 1
}

// moneyList shows per-currency totals side by side.
func moneyList(ms []db.Money) string {
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
		parts = append(parts, formatMoney(f, m.Currency))
	}
	return strings.Join(parts, " · ")
}

// formatMoney formats an amount with its currency for the (English) admin.
func formatMoney(v float64, code string) string {
	unit, err := currency.ParseISO(code)
	if err != nil {
		return strconv.FormatFloat(v, 'f', 2, 64) + " " + code
	}
	return message.NewPrinter(language.English).Sprint(currency.Symbol(unit.Amount(v)))
}

// duration formats a delay for people: "0.8 s", "42 s", "12 min", "3.5 h".
func duration(d time.Duration, ok bool) string {
	switch {
	case !ok:
		return "—"
	case d < 10*time.Second:
		return strconv.FormatFloat(d.Seconds(), 'f', 1, 64) + " s"
	case d < 2*time.Minute:
		return strconv.Itoa(int(d.Seconds())) + " s"
	case d < 2*time.Hour:
		return strconv.Itoa(int(d.Minutes())) + " min"
	}
	return strconv.FormatFloat(d.Hours(), 'f', 1, 64) + " h"
}

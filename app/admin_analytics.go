package app

import (
	"net/http"
	"strconv"
	"time"

	"github.com/labstack/echo/v4"

	"shopassist/db"
	"shopassist/views"
)

func (p *adminPages) analytics(c echo.Context) error {
	shop := ShopFrom(c)
	days := 30
	switch c.QueryParam("days") {
	case "7":
		days = 7
	case "90":
		days = 90
	}
	loc := shopLocation(shop)
	now := p.now()
	r, err := p.store.Analytics(c.Request().Context(), shop.ID, periodStart(now, days, loc), now, loc)
	if err != nil {
		return err
	}
	return render(c, http.StatusOK, views.Analytics(p.page(c, "Analytics", "analytics"), analyticsView(r, days)))
}

// analyticsView turns a report into the page's figures and chart bars.
func analyticsView(r *db.Report, days int) views.AnalyticsData {
	rated := r.RatedUp + r.RatedDown
	d := views.AnalyticsData{Days: days, Empty: r.Conversations == 0,
		Metrics: []views.Metric{
			{Label: "Conversations", Value: strconv.Itoa(r.Conversations), TestID: "metric-conversations"},
			{Label: "Automated resolution", Value: percent(r.AutomationRate(), r.Conversations), TestID: "metric-automation",
				Hint: "Ended without a handoff or a 👎"},
			{Label: "Handoff rate", Value: percent(r.HandoffRate(), r.Conversations), TestID: "metric-handoff",
				Hint: strconv.Itoa(r.Handoffs) + " handed to you"},
			{Label: "CSAT", Value: percent(r.CSAT(), rated), TestID: "metric-csat",
				Hint: strconv.Itoa(r.RatedUp) + " 👍 · " + strconv.Itoa(r.RatedDown) + " 👎"},
			{Label: "Median first reply", Value: duration(r.MedianFirstReply, r.Conversations > 0), TestID: "metric-first-reply",
				Hint: "Your replies on handoffs: " + duration(r.MedianAgentReply, r.AgentReplies > 0)},
		}}
	for _, dc := range r.PerDay {
		d.PerDay = append(d.PerDay, views.Bar{Label: dc.Day.Format("Jan 2"), Value: dc.N})
	}
	for _, c := range r.Intents {
		d.Intents = append(d.Intents, views.Bar{Label: views.IntentLabel(c.Label), Value: c.N})
	}
	for _, c := range r.Languages {
		d.Languages = append(d.Languages, views.Bar{Label: views.LanguageName(c.Label), Value: c.N})
	}
	for _, c := range r.Unanswered {
		d.Unanswered = append(d.Unanswered, views.Bar{Label: c.Label, Value: c.N})
	}
	for _, c := range r.Products {
		d.Products = append(d.Products, views.Bar{Label: c.Label, Value: c.N})
	}
	return d
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

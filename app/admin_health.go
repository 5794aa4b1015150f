package app

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"
	"github.com/riverqueue/river/rivertype"

	"shopassist/db"
	"shopassist/views"
	"shopassist/views/adminlocale"
	"shopassist/webhooks"
)

// failedScan bounds how many dead-letter jobs (of all shops) are read to
// find the current shop's; the queue has no per-shop index.
const failedScan = 500

// jobShop reads the shop a job belongs to from its args. Feature packages
// name it "shop" (domain) or "shop_id"; a job naming neither belongs to no
// shop and is never shown in a shop's admin.
func jobShop(j *rivertype.JobRow) (domain string, id int64) {
	var args struct {
		Shop       string `json:"shop"`
		ShopDomain string `json:"shop_domain"`
		ShopID     int64  `json:"shop_id"`
	}
	if err := json.Unmarshal(j.EncodedArgs, &args); err != nil {
		return "", 0
	}
	return firstNonEmpty(args.Shop, args.ShopDomain), args.ShopID
}

func ownsJob(shop *db.Shop, j *rivertype.JobRow) bool {
	domain, id := jobShop(j)
	return (domain != "" && domain == shop.Domain) || (id != 0 && id == shop.ID)
}

// shopFailedJobs lists the dead-letter jobs of one shop only.
func (p *adminPages) shopFailedJobs(ctx context.Context, shop *db.Shop) ([]*rivertype.JobRow, error) {
	all, err := p.queue.Failed(ctx, failedScan)
	if err != nil {
		return nil, err
	}
	var out []*rivertype.JobRow
	for _, j := range all {
		if ownsJob(shop, j) {
			out = append(out, j)
		}
	}
	return out, nil
}

func (p *adminPages) health(c echo.Context) error {
	ctx := c.Request().Context()
	shop := ShopFrom(c)
	loc := shopLocation(shop)
	d := views.HealthData{}
	switch c.QueryParam("done") {
	case "retried":
		d.Notice, d.NoticeTone = tr(ctx, "health.job_queued"), "success"
	case "replayed":
		d.Notice, d.NoticeTone = tr(ctx, "health.webhook_queued"), "success"
	}
	events, err := p.store.RecentWebhookEvents(ctx, shop.Domain, 50)
	if err != nil {
		return err
	}
	for _, e := range events {
		d.Events = append(d.Events, views.EventRow{ID: e.ID, Topic: e.Topic, Status: e.Status, Received: when(ctx, e.ReceivedAt, loc),
			Error: truncateRunes(e.LastError, 200), APIVersion: e.APIVersion, Attempts: e.Attempts})
	}
	stats, err := p.store.WebhookEventStats(ctx, shop.Domain)
	if err != nil {
		return err
	}
	var total int64
	for _, n := range stats {
		total += n
	}
	d.Stats = []views.Metric{
		{Label: tr(ctx, "health.stat_received"), Value: adminlocale.Int(ctx, total), TestID: "stat-received"},
		{Label: tr(ctx, "health.stat_processed"), Value: adminlocale.Int(ctx, stats[db.EventProcessed]+stats[db.EventSkipped]), TestID: "stat-processed"},
		{Label: tr(ctx, "health.stat_waiting"), Value: adminlocale.Int(ctx, stats[db.EventReceived]), TestID: "stat-waiting"},
		{Label: tr(ctx, "health.stat_failed"), Value: adminlocale.Int(ctx, stats[db.EventFailed]), TestID: "stat-failed"},
	}
	jobs, err := p.shopFailedJobs(ctx, shop)
	if err != nil {
		return err
	}
	for _, j := range jobs {
		row := views.JobRow{ID: j.ID, Kind: j.Kind, Attempts: j.Attempt}
		if n := len(j.Errors); n > 0 {
			row.Error = truncateRunes(j.Errors[n-1].Error, 300)
			row.Failed = when(ctx, j.Errors[n-1].At, loc)
		}
		if j.FinalizedAt != nil {
			row.Failed = when(ctx, *j.FinalizedAt, loc)
		}
		d.Jobs = append(d.Jobs, row)
	}
	return render(c, http.StatusOK, views.Health(p.page(c, tr(c.Request().Context(), "nav.health"), "health"), d))
}

func (p *adminPages) retryJob(c echo.Context) error {
	ctx := c.Request().Context()
	shop := ShopFrom(c)
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound, tr(c.Request().Context(), "err.not_found.job"))
	}
	// Load the job and check its shop before retrying: a guessed id of
	// another shop's job is reported as missing, exactly like a wrong id.
	job, err := p.queue.Get(ctx, id)
	if err != nil || !ownsJob(shop, job) || job.State != rivertype.JobStateDiscarded {
		return echo.NewHTTPError(http.StatusNotFound, tr(c.Request().Context(), "err.not_found.job")).SetInternal(err)
	}
	if err := p.queue.Retry(ctx, id); err != nil {
		return err
	}
	return p.seeOther(c, p.page(c, "", "").URL("/app/health?done=retried"))
}

func (p *adminPages) replayEvent(c echo.Context) error {
	ctx := c.Request().Context()
	shop := ShopFrom(c)
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound, tr(c.Request().Context(), "err.not_found.webhook"))
	}
	// Scope check here as well as in the replayer: the admin never asks
	// another component to act on an id the shop does not own.
	if _, err := p.store.GetWebhookEvent(ctx, shop.Domain, id); err != nil {
		return notFound(c.Request().Context(), err, "err.not_found.webhook")
	}
	if err := p.webhooks.Replay(ctx, shop.Domain, id); err != nil {
		if errors.Is(err, db.ErrNotFound) {
			return notFound(c.Request().Context(), err, "err.not_found.webhook")
		}
		if errors.Is(err, webhooks.ErrPayloadPurged) {
			return echo.NewHTTPError(http.StatusConflict,
				tr(ctx, "health.replay_expired"))
		}
		return fmt.Errorf("replay webhook %d of %s: %w", id, shop.Domain, err)
	}
	return p.seeOther(c, p.page(c, "", "").URL("/app/health?done=replayed"))
}

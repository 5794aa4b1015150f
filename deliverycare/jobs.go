package deliverycare

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/riverqueue/river"

	"shopassist/db"
	"shopassist/jobs"
)

// Periods of the delivery-care jobs.
const (
	// NoticeEvery is how often pending notices are sent: a risk recorded
	// by a webhook reaches the shopper within about this long.
	NoticeEvery = time.Minute
	// SweepEvery is how often the clock-driven checks run.
	SweepEvery = time.Hour
	// DigestEvery is the merchant digest's period.
	DigestEvery = 24 * time.Hour
)

// NoticeArgs sends the pending notices.
type NoticeArgs struct{}

// Kind implements river.JobArgs.
func (NoticeArgs) Kind() string { return "delivery_care_notices" }

// SweepArgs runs the clock-driven checks over every installed shop.
type SweepArgs struct{}

// Kind implements river.JobArgs.
func (SweepArgs) Kind() string { return "delivery_care_sweep" }

// DigestArgs emails each merchant the daily digest.
type DigestArgs struct{}

// Kind implements river.JobArgs.
func (DigestArgs) Kind() string { return "delivery_care_digest" }

// Jobs are the delivery-care workers.
type Jobs struct {
	Notifier *Notifier
	// AdminLink is the merchant's delivery-care page of a shop.
	AdminLink func(shop *db.Shop) string
}

// Register adds the workers and their schedules.
func (j *Jobs) Register(workers *river.Workers, q *jobs.Queue) error {
	river.AddWorker(workers, &noticeWorker{j: j})
	river.AddWorker(workers, &sweepWorker{j: j})
	river.AddWorker(workers, &digestWorker{j: j})
	if err := q.Schedule(jobs.Every{ID: NoticeArgs{}.Kind(), Interval: NoticeEvery, Args: NoticeArgs{}, RunOnStart: true}); err != nil {
		return err
	}
	if err := q.ScheduleOverdue(SweepArgs{}.Kind(), SweepEvery, SweepArgs{}); err != nil {
		return err
	}
	return q.ScheduleOverdue(DigestArgs{}.Kind(), DigestEvery, DigestArgs{})
}

type noticeWorker struct {
	river.WorkerDefaults[NoticeArgs]
	j *Jobs
}

func (w *noticeWorker) Work(ctx context.Context, _ *river.Job[NoticeArgs]) error {
	_, err := w.j.Notifier.SendPending(ctx)
	return err
}

type sweepWorker struct {
	river.WorkerDefaults[SweepArgs]
	j *Jobs
}

func (w *sweepWorker) Work(ctx context.Context, _ *river.Job[SweepArgs]) error {
	n := w.j.Notifier
	_, err := jobs.RunIfOverdue(ctx, n.Store, SweepArgs{}.Kind(), SweepEvery, n.now(), func(ctx context.Context) error {
		_, err := SweepAll(ctx, n.Store, n.now())
		return err
	})
	return err
}

// SweepAll runs SweepShop over every installed shop.
func SweepAll(ctx context.Context, store *db.Store, now time.Time) (int, error) {
	shops, err := store.ListInstalledShops(ctx)
	if err != nil {
		return 0, err
	}
	total := 0
	var errs []error
	for i := range shops {
		n, err := SweepShop(ctx, store, &shops[i], now)
		total += n
		if err != nil {
			errs = append(errs, err)
		}
	}
	return total, errors.Join(errs...)
}

type digestWorker struct {
	river.WorkerDefaults[DigestArgs]
	j *Jobs
}

func (w *digestWorker) Work(ctx context.Context, _ *river.Job[DigestArgs]) error {
	n := w.j.Notifier
	_, err := jobs.RunIfOverdue(ctx, n.Store, DigestArgs{}.Kind(), DigestEvery, n.now(), func(ctx context.Context) error {
		_, err := w.j.SendDigests(ctx)
		return err
	})
	return err
}

// SendDigests emails every shop with open risks its digest; it returns how
// many went out.
func (j *Jobs) SendDigests(ctx context.Context) (int, error) {
	n := j.Notifier
	shops, err := n.Store.ListInstalledShops(ctx)
	if err != nil {
		return 0, err
	}
	sent := 0
	var errs []error
	for i := range shops {
		shop := &shops[i]
		to := DigestRecipient(shop)
		if to == "" {
			continue
		}
		risks, err := n.Store.ListShopRisks(ctx, shop.ID, false, 200)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if len(risks) == 0 {
			continue
		}
		link := ""
		if j.AdminLink != nil {
			link = j.AdminLink(shop)
		}
		subject, body := ComposeDigest(shop, risks, n.now(), link)
		if err := n.Mailer.Send(ctx, to, subject, body); err != nil {
			errs = append(errs, fmt.Errorf("delivery care digest for %s: %w", shop.Domain, err))
			continue
		}
		sent++
	}
	return sent, errors.Join(errs...)
}

// DigestRecipient is where a shop's digest goes: the delivery-care
// address, else the handoff address, else the shop's email.
func DigestRecipient(shop *db.Shop) string {
	st := shop.Settings.V
	for _, a := range []string{st.DeliveryCare.DigestEmail, st.Handoff.NotifyEmail, shop.Email} {
		if a = strings.TrimSpace(a); a != "" {
			return a
		}
	}
	return ""
}

// KindLabel is the merchant-facing (English, like the admin) name of a kind.
func KindLabel(kind string) string {
	switch kind {
	case KindDelayed:
		return "Carrier reports a delay"
	case KindLate:
		return "Estimated delivery passed"
	case KindStalled:
		return "No carrier news"
	case KindCustoms:
		return "Held at customs"
	case KindFailure:
		return "Delivery failed"
	case KindAttempted:
		return "Delivery attempted"
	case KindReadyForPickup:
		return "Waiting at pickup point"
	case KindException:
		return "Shopper action required"
	}
	return kind
}

// NoticeLabel is the merchant-facing state of a notice.
func NoticeLabel(status string) string {
	switch status {
	case db.NoticePending, db.NoticeSending:
		return "Sending"
	case db.NoticeSent:
		return "Sent"
	case db.NoticeNoEmail:
		return "Not sent: no email on the order"
	case db.NoticeUnsubscribed:
		return "Not sent: shopper unsubscribed"
	case db.NoticeOff:
		return "Not sent: notices are off"
	case db.NoticeResolved:
		return "Not sent: delivered meanwhile"
	}
	return status
}

// Age writes how long ago a risk was detected ("3 h", "2 d").
func Age(since, now time.Time) string {
	d := now.Sub(since)
	switch {
	case d < time.Hour:
		return fmt.Sprintf("%d min", int(d.Minutes()))
	case d < 48*time.Hour:
		return fmt.Sprintf("%d h", int(d.Hours()))
	}
	return fmt.Sprintf("%d d", int(d.Hours()/24))
}

// ComposeDigest writes a shop's digest: one line per open risk. It names
// orders, never shoppers.
func ComposeDigest(shop *db.Shop, risks []db.AdminRisk, now time.Time, link string) (subject, body string) {
	subject = fmt.Sprintf("%s: %d shipment(s) at risk", shopName(shop), len(risks))
	var b strings.Builder
	fmt.Fprintf(&b, "Shipments at risk in %s today:\n\n", shopName(shop))
	for _, r := range risks {
		fmt.Fprintf(&b, "- %s: %s, %s ago; notice: %s\n", r.OrderName, KindLabel(r.Kind), Age(r.DetectedAt, now), NoticeLabel(r.NoticeStatus))
	}
	if link != "" {
		b.WriteString("\nReview them and send notices again: " + link + "\n")
	}
	return subject, b.String()
}

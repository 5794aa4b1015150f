package deliverycare

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"

	"shopassist/assistant/lang"
	"shopassist/db"
	"shopassist/notify"
)

// Notice is a composed shopper notice.
type Notice struct {
	Lang    string
	Subject string
	// Text is the short form the widget shows: what happened and the new
	// estimate.
	Text string
	Body string
	// TrackingURL is the carrier's link, empty when unknown.
	TrackingURL string
}

// NoticeInput is what a notice says.
type NoticeInput struct {
	Lang        string
	ShopName    string
	OrderName   string
	Kind        string
	Expected    *time.Time // the passed estimate (late)
	NewEstimate *time.Time // the carrier's new estimate, if any
	TrackingURL string
	Discount    *Discount
	UnsubURL    string
	Loc         *time.Location
}

// Discount is a compensation code as the notice quotes it.
type Discount struct {
	Code string
	// Value is what the code takes off, formatted for the shopper's
	// locale: "10 %" or, for a capped rule, "€ 12.50".
	Value string
}

func textsFor(l string) noticeText {
	if t, ok := noticeTexts[l]; ok {
		return t
	}
	return noticeTexts[lang.Default]
}

// Compose writes the notice in in.Lang (English when it has no texts).
func Compose(in NoticeInput) Notice {
	t := textsFor(in.Lang)
	if _, ok := noticeTexts[in.Lang]; !ok {
		in.Lang = lang.Default
	}
	loc := in.Loc
	if loc == nil {
		loc = time.UTC
	}
	date := func(p *time.Time) string {
		if p == nil {
			return ""
		}
		return lang.FormatDate(in.Lang, p.In(loc))
	}
	r := strings.NewReplacer("{order}", in.OrderName, "{shop}", in.ShopName, "{expected}", date(in.Expected),
		"{date}", date(in.NewEstimate))
	what := r.Replace(t.Kinds[in.Kind])
	short := what
	if in.NewEstimate != nil && (in.Expected == nil || !in.NewEstimate.Equal(*in.Expected)) {
		short += " " + r.Replace(t.Estimate)
	}
	var b strings.Builder
	b.WriteString(t.Hello + "\n\n" + short + "\n")
	if in.TrackingURL != "" {
		b.WriteString("\n" + t.Track + "\n" + in.TrackingURL + "\n")
	}
	if d := in.Discount; d != nil && d.Code != "" {
		b.WriteString("\n" + strings.NewReplacer("{percent}", d.Value, "{code}", d.Code).Replace(t.Code) + "\n")
	}
	b.WriteString("\n" + r.Replace(t.Help) + "\n")
	if in.UnsubURL != "" {
		b.WriteString("\n--\n" + t.Unsub + "\n" + in.UnsubURL + "\n")
	}
	return Notice{Lang: in.Lang, Subject: r.Replace(t.Subject), Text: short, Body: b.String(), TrackingURL: in.TrackingURL}
}

// FormatPercent writes a percentage the CLDR way for the language ("10%",
// "10 %", "%10", "٪١٠").
func FormatPercent(l string, pct float64) string {
	tag, err := language.Parse(l)
	if err != nil {
		tag = language.English
	}
	return message.NewPrinter(tag).Sprint(number.Percent(pct / 100))
}

// NoticeLanguage picks the notice's language: the order's locale, else the
// language of the customer's latest conversation, else the shop's primary
// language, else English.
func NoticeLanguage(ctx context.Context, store *db.Store, shop *db.Shop, o *db.Order) (string, error) {
	if l, ok := lang.Normalize(o.CustomerLocale); ok {
		return l, nil
	}
	conv, err := store.LatestConversationLanguage(ctx, shop.ID, o.CustomerID, o.Email)
	if err != nil {
		return "", err
	}
	if l, ok := lang.Normalize(conv); ok {
		return l, nil
	}
	if l, ok := lang.Normalize(shop.PrimaryLocale); ok {
		return l, nil
	}
	return lang.Default, nil
}

// Signer signs and checks per-order unsubscribe links, so a link from one
// email opts out only its order and cannot be forged for another.
type Signer struct {
	Key []byte
	// BaseURL is this app's public URL (the link's host).
	BaseURL string
}

// UnsubscribePath is the route of the unsubscribe page.
const UnsubscribePath = "/care/unsubscribe"

func (s Signer) mac(shopID, orderID int64) string {
	h := hmac.New(sha256.New, s.Key)
	fmt.Fprintf(h, "delivery-care-unsubscribe:%d:%d", shopID, orderID)
	return base64.RawURLEncoding.EncodeToString(h.Sum(nil))
}

// UnsubscribeURL is the signed link of one order.
func (s Signer) UnsubscribeURL(shopID, orderID int64, l string) string {
	q := url.Values{"s": {strconv.FormatInt(shopID, 10)}, "o": {strconv.FormatInt(orderID, 10)}, "sig": {s.mac(shopID, orderID)}}
	if l != "" {
		q.Set("lang", l)
	}
	return strings.TrimRight(s.BaseURL, "/") + UnsubscribePath + "?" + q.Encode()
}

// ErrBadSignature is returned for a tampered or truncated link.
var ErrBadSignature = errors.New("delivery care: invalid unsubscribe link")

// Verify parses and checks a link's query.
func (s Signer) Verify(q url.Values) (shopID, orderID int64, err error) {
	shopID, err1 := strconv.ParseInt(q.Get("s"), 10, 64)
	orderID, err2 := strconv.ParseInt(q.Get("o"), 10, 64)
	if err1 != nil || err2 != nil || shopID <= 0 || orderID <= 0 || len(s.Key) == 0 {
		return 0, 0, ErrBadSignature
	}
	if !hmac.Equal([]byte(q.Get("sig")), []byte(s.mac(shopID, orderID))) {
		return 0, 0, ErrBadSignature
	}
	return shopID, orderID, nil
}

// UnsubscribePage is the wording of the unsubscribe page in l.
func UnsubscribePage(l, orderName string) (ask, button, done string) {
	t := textsFor(l)
	r := strings.NewReplacer("{order}", orderName)
	return r.Replace(t.UnsubAsk), r.Replace(t.UnsubButton), r.Replace(t.UnsubDone)
}

// DiscountMaker creates a single-use discount code for a shop.
type DiscountMaker interface {
	CreateDiscount(ctx context.Context, shop *db.Shop, req DiscountRequest) (string, error)
}

// DiscountRequest is one compensation code to create: a percentage, or a
// fixed Amount in the shop currency (Shopify's basic code discounts cannot
// cap a percentage, so a capped rule becomes the amount it is worth on the
// late order).
type DiscountRequest struct {
	OrderName string
	Percent   float64
	Amount    float64
	StartsAt  time.Time
	EndsAt    time.Time
}

// ChannelNotice sends a notice on the messaging channel (WhatsApp,
// Messenger, Instagram) where the order's shopper talks to the shop;
// false when there is none or the channel's window forbids it
// (channels.CareNotices).
type ChannelNotice interface {
	SendNotice(ctx context.Context, shop *db.Shop, o *db.Order, text string) (bool, error)
}

// Notifier sends the pending notices: one email per risk row (and a message
// on the shopper's messaging channel when Channels is set), then marks it,
// so a notice goes out once whatever runs it.
type Notifier struct {
	Store     *db.Store
	Mailer    notify.Mailer
	Channels  ChannelNotice // nil: email only
	Signer    Signer
	Discounts DiscountMaker // nil: compensation unavailable
	// OnRisk, when set, runs for each open risk as its notice is decided
	// (the merchant's Shopify Flow trigger), whether or not the shopper
	// can be emailed.
	OnRisk func(ctx context.Context, shop *db.Shop, o *db.Order, r db.ShipmentRisk)
	Now    func() time.Time
	Log    *slog.Logger
}

func (n *Notifier) now() time.Time {
	if n.Now != nil {
		return n.Now()
	}
	return time.Now()
}

func (n *Notifier) log() *slog.Logger {
	if n.Log != nil {
		return n.Log
	}
	return slog.Default()
}

// sendingStale is how long a claimed notice may stay "sending" before its
// process is presumed dead and the notice pending again.
const sendingStale = 10 * time.Minute

// SendPending sends every pending notice; it returns how many emails went
// out and the errors of those that failed (they stay pending for the next
// run).
func (n *Notifier) SendPending(ctx context.Context) (int, error) {
	now := n.now()
	risks, err := n.Store.PendingRisks(ctx, now.Add(-sendingStale), 200)
	if err != nil {
		return 0, err
	}
	sent := 0
	var errs []error
	for _, r := range risks {
		ok, err := n.Send(ctx, r)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if ok {
			sent++
		}
	}
	return sent, errors.Join(errs...)
}

// Send decides and sends one risk's notice; true when it went out, by
// email or by a channel message.
func (n *Notifier) Send(ctx context.Context, r db.ShipmentRisk) (bool, error) {
	claimed, err := n.Store.ClaimRiskNotice(ctx, r.ID, r.NoticeStatus, n.now())
	if err != nil || !claimed {
		return false, err
	}
	status, upd, err := n.send(ctx, r)
	if err != nil {
		// Back to pending so the next run retries; the error is kept for
		// the admin.
		ferr := n.Store.FinishRiskNotice(ctx, r.ID, db.RiskNoticeUpdate{Status: db.NoticePending, Lang: upd.Lang, Error: err.Error()})
		return false, errors.Join(fmt.Errorf("delivery notice for risk %d: %w", r.ID, err), ferr)
	}
	upd.Status = status
	if err := n.Store.FinishRiskNotice(ctx, r.ID, upd); err != nil {
		return false, err
	}
	return status == db.NoticeSent, nil
}

func (n *Notifier) send(ctx context.Context, r db.ShipmentRisk) (string, db.RiskNoticeUpdate, error) {
	var upd db.RiskNoticeUpdate
	shop, err := n.Store.GetShopByID(ctx, r.ShopID)
	if err != nil {
		return "", upd, err
	}
	if r.ResolvedAt != nil {
		return db.NoticeResolved, upd, nil
	}
	o, err := n.Store.GetOrder(ctx, shop.ID, r.OrderID)
	if err != nil {
		return "", upd, err
	}
	if n.OnRisk != nil && shop.UninstalledAt == nil {
		n.OnRisk(ctx, shop, o, r)
	}
	flags, err := n.Store.GetOrderCareFlags(ctx, shop.ID, o.ID)
	if err != nil {
		return "", upd, err
	}
	set := shop.Settings.V.DeliveryCare
	switch {
	case shop.UninstalledAt != nil:
		return db.NoticeOff, upd, nil
	case flags.UnsubscribedAt != nil:
		return db.NoticeUnsubscribed, upd, nil
	case set.NoticesOff:
		return db.NoticeOff, upd, nil
	case o.Email == "" && n.Channels == nil:
		return db.NoticeNoEmail, upd, nil
	}
	l, err := NoticeLanguage(ctx, n.Store, shop, o)
	if err != nil {
		return "", upd, err
	}
	upd.Lang = l
	in := n.input(shop, o, r, l)
	if d, err := n.compensate(ctx, shop, o, r, l); err != nil {
		// A code that could not be created must not hold back the news
		// itself; the admin shows why there is no code.
		n.log().WarnContext(ctx, "delivery care: compensation code not created", "shop", shop.Domain, "risk", r.ID, "err", err)
		upd.Error = "compensation: " + err.Error()
	} else if d != nil {
		in.Discount = d
		upd.DiscountCode = d.Code
	}
	sent := false
	if n.Channels != nil {
		ok, err := n.Channels.SendNotice(ctx, shop, o, WidgetText(in))
		if err != nil {
			// The email still goes; the admin shows why the message did not.
			n.log().WarnContext(ctx, "delivery care: channel notice not sent", "shop", shop.Domain, "risk", r.ID, "err", err)
			upd.Error = strings.TrimPrefix(upd.Error+"; channel: "+err.Error(), "; ")
		}
		sent = ok
	}
	if o.Email != "" {
		notice := Compose(in)
		if err := n.Mailer.Send(ctx, o.Email, notice.Subject, notice.Body); err != nil {
			if !sent {
				return "", upd, WithoutAddress(err, o.Email)
			}
			// Already told on the channel: retrying would repeat that
			// message, so the failed email is only recorded.
			upd.Error = strings.TrimPrefix(upd.Error+"; email: "+WithoutAddress(err, o.Email).Error(), "; ")
		} else {
			sent = true
		}
	}
	if !sent {
		return db.NoticeNoEmail, upd, nil
	}
	now := n.now().UTC()
	upd.SentAt = &now
	n.log().InfoContext(ctx, "delivery notice sent", "shop", shop.Domain, "risk", r.ID, "kind", r.Kind, "lang", l)
	return db.NoticeSent, upd, nil
}

// input gathers what the email about r says.
func (n *Notifier) input(shop *db.Shop, o *db.Order, r db.ShipmentRisk, l string) NoticeInput {
	in := InputFor(shop, o, r, l, n.now())
	in.UnsubURL = n.Signer.UnsubscribeURL(shop.ID, o.ID, l)
	return in
}

// InputFor gathers what a notice about r says (email and widget alike):
// the shipment's tracking link and, when the carrier moved it, the new
// estimate.
func InputFor(shop *db.Shop, o *db.Order, r db.ShipmentRisk, l string, now time.Time) NoticeInput {
	in := NoticeInput{Lang: l, ShopName: shopName(shop), OrderName: o.Name, Kind: r.Kind, Loc: Location(shop.Timezone)}
	for _, f := range o.Fulfillments {
		if f.ID != r.FulfillmentID {
			continue
		}
		if len(f.TrackingURLs.V) > 0 {
			in.TrackingURL = f.TrackingURLs.V[0]
		}
		est := f.EstimatedDeliveryAt
		if r.Kind == KindLate {
			in.Expected = r.EstimateAt
			// Only an estimate the carrier moved since is news.
			if est != nil && r.EstimateAt != nil && est.After(*r.EstimateAt) {
				in.NewEstimate = est
			}
		} else if est != nil && est.After(now) {
			in.NewEstimate = est
		}
	}
	return in
}

// WidgetText is the notice as the chat shows it: what happened, the new
// estimate, the tracking link.
func WidgetText(in NoticeInput) string {
	n := Compose(in)
	if n.TrackingURL == "" {
		return n.Text
	}
	return n.Text + "\n" + textsFor(n.Lang).Track + " " + n.TrackingURL
}

func shopName(shop *db.Shop) string {
	if shop.Name != "" {
		return shop.Name
	}
	return shop.Domain
}

// addressFreeError hides a shopper's address in an error's text (mailer
// errors name the recipient; the text reaches the admin, River's job row
// and logs) while keeping the chain for errors.Is.
type addressFreeError struct {
	msg string
	err error
}

func (e *addressFreeError) Error() string { return e.msg }
func (e *addressFreeError) Unwrap() error { return e.err }

// WithoutAddress returns err with every occurrence of addr replaced.
func WithoutAddress(err error, addr string) error {
	if err == nil || addr == "" {
		return err
	}
	return &addressFreeError{msg: strings.ReplaceAll(err.Error(), addr, "[shopper email]"), err: err}
}

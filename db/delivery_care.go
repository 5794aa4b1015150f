package db

import (
	"context"
	"fmt"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// Notice states of a shipment risk.
const (
	NoticePending      = "pending"
	NoticeSending      = "sending"
	NoticeSent         = "sent"
	NoticeNoEmail      = "no_email"
	NoticeUnsubscribed = "unsubscribed"
	NoticeOff          = "off"
	NoticeResolved     = "resolved"
)

// ShipmentRisk is one risk the delivery-care detector found on a shipment:
// one row per (fulfillment, kind, event key), so each risk event is
// announced once.
type ShipmentRisk struct {
	ID            int64
	ShopID        int64
	OrderID       int64
	FulfillmentID int64
	Kind          string
	// EventKey tells two occurrences of one kind apart: the carrier
	// event's time, the passed estimate's date, the stalled event's time.
	EventKey     string
	EstimateAt   *time.Time
	DetectedAt   time.Time
	ResolvedAt   *time.Time
	NoticeStatus string
	NoticeLang   string
	NoticeSentAt *time.Time
	NoticeError  string
	DiscountCode string
	// SeenAt is when the widget showed the notice to the shopper.
	SeenAt    *time.Time
	UpdatedAt time.Time
}

// RecordShipmentRisk stores a risk unless the same (fulfillment, kind,
// event) is already recorded; inserted reports whether it is new.
func (s *Store) RecordShipmentRisk(ctx context.Context, r *ShipmentRisk) (inserted bool, err error) {
	now := time.Now().UTC()
	if r.DetectedAt.IsZero() {
		r.DetectedAt = now
	}
	r.UpdatedAt = now
	if r.NoticeStatus == "" {
		r.NoticeStatus = NoticePending
	}
	res := s.db(ctx).Clauses(clause.OnConflict{
		Columns:   []clause.Column{{Name: "shop_id"}, {Name: "fulfillment_id"}, {Name: "kind"}, {Name: "event_key"}},
		DoNothing: true,
	}).Create(r)
	if res.Error != nil {
		return false, fmt.Errorf("record %s risk on fulfillment %d: %w", r.Kind, r.FulfillmentID, res.Error)
	}
	return res.RowsAffected == 1, nil
}

// CareShipment is a fulfillment the periodic sweep checks, with what the
// detector needs of its order.
type CareShipment struct {
	Fulfillment
	OrderShopifyCreatedAt *time.Time
}

// InFlightShipments lists a shop's fulfillments not delivered and not
// cancelled, created after since (older parcels are the merchant's to
// chase), for the time-based checks: passed estimate, no news.
func (s *Store) InFlightShipments(ctx context.Context, shopID int64, since time.Time, limit int) ([]Fulfillment, error) {
	var out []Fulfillment
	err := s.db(ctx).Table("fulfillments AS f").Select("f.*").
		Joins("JOIN orders o ON o.id = f.order_id").
		Where("f.shop_id = ? AND f.delivered_at IS NULL AND f.shipment_status <> ? AND f.status NOT IN ?",
			shopID, "delivered", []string{"cancelled", "error", "failure"}).
		Where("o.cancelled_at IS NULL AND COALESCE(f.shopify_created_at, f.created_at) >= ?", since.UTC()).
		Order("f.id").Limit(limit).Find(&out).Error
	if err != nil {
		return nil, fmt.Errorf("in-flight shipments of shop %d: %w", shopID, err)
	}
	return out, nil
}

// PendingRisks lists risks whose notice is still to be decided, oldest
// first; a notice stuck in "sending" since before staleBefore (its process
// died mid-send) counts as pending again.
func (s *Store) PendingRisks(ctx context.Context, staleBefore time.Time, limit int) ([]ShipmentRisk, error) {
	var out []ShipmentRisk
	err := s.db(ctx).Where("notice_status = ? OR (notice_status = ? AND updated_at < ?)",
		NoticePending, NoticeSending, staleBefore.UTC()).Order("id").Limit(limit).Find(&out).Error
	if err != nil {
		return nil, fmt.Errorf("pending shipment risks: %w", err)
	}
	return out, nil
}

// ClaimRiskNotice moves a risk's notice from want to "sending" so one
// worker sends it; false when another worker got there first.
func (s *Store) ClaimRiskNotice(ctx context.Context, id int64, want string, at time.Time) (bool, error) {
	res := s.db(ctx).Model(&ShipmentRisk{}).Where("id = ? AND notice_status = ?", id, want).
		Updates(map[string]any{"notice_status": NoticeSending, "updated_at": at.UTC()})
	if res.Error != nil {
		return false, fmt.Errorf("claim notice of risk %d: %w", id, res.Error)
	}
	return res.RowsAffected == 1, nil
}

// RiskNoticeUpdate is the outcome of a notice.
type RiskNoticeUpdate struct {
	Status       string
	Lang         string
	SentAt       *time.Time
	Error        string
	DiscountCode string
}

// FinishRiskNotice records a notice's outcome.
func (s *Store) FinishRiskNotice(ctx context.Context, id int64, u RiskNoticeUpdate) error {
	upd := map[string]any{"notice_status": u.Status, "notice_lang": u.Lang, "notice_error": CleanText(u.Error),
		"updated_at": time.Now().UTC()}
	if u.SentAt != nil {
		upd["notice_sent_at"] = u.SentAt.UTC()
	}
	if u.DiscountCode != "" {
		upd["discount_code"] = u.DiscountCode
	}
	if err := s.db(ctx).Model(&ShipmentRisk{}).Where("id = ?", id).Updates(upd).Error; err != nil {
		return fmt.Errorf("finish notice of risk %d: %w", id, err)
	}
	return nil
}

// ResendRisk queues a risk's notice again (the merchant's "send again").
func (s *Store) ResendRisk(ctx context.Context, shopID, id int64) error {
	res := s.db(ctx).Model(&ShipmentRisk{}).Where("shop_id = ? AND id = ? AND notice_status <> ?", shopID, id, NoticeSending).
		Updates(map[string]any{"notice_status": NoticePending, "notice_error": "", "updated_at": time.Now().UTC()})
	if res.Error != nil {
		return fmt.Errorf("resend risk %d of shop %d: %w", id, shopID, res.Error)
	}
	if res.RowsAffected == 0 {
		return fmt.Errorf("resend risk %d of shop %d: %w", id, shopID, ErrNotFound)
	}
	return nil
}

// ResolveShipmentRisks closes a fulfillment's open risks (it was
// delivered); pending notices are dropped, the parcel arrived.
func (s *Store) ResolveShipmentRisks(ctx context.Context, shopID, fulfillmentID int64, at time.Time) error {
	err := s.db(ctx).Transaction(func(g *gorm.DB) error {
		if err := g.Model(&ShipmentRisk{}).Where("shop_id = ? AND fulfillment_id = ? AND resolved_at IS NULL", shopID, fulfillmentID).
			Updates(map[string]any{"resolved_at": at.UTC(), "updated_at": time.Now().UTC()}).Error; err != nil {
			return err
		}
		return g.Model(&ShipmentRisk{}).Where("shop_id = ? AND fulfillment_id = ? AND notice_status = ?", shopID, fulfillmentID, NoticePending).
			Updates(map[string]any{"notice_status": NoticeResolved}).Error
	})
	if err != nil {
		return fmt.Errorf("resolve risks of fulfillment %d: %w", fulfillmentID, err)
	}
	return nil
}

// AdminRisk is a risk as the merchant's list shows it.
type AdminRisk struct {
	ShipmentRisk
	OrderName       string
	OrderNumber     int64
	TrackingCompany string
	ShipmentStatus  string
	// ConversationID is the latest conversation of the order's customer,
	// empty when there is none.
	ConversationID string
}

// ListShopRisks lists a shop's unresolved risks, newest first, with their
// order; includeResolved adds the resolved ones.
func (s *Store) ListShopRisks(ctx context.Context, shopID int64, includeResolved bool, limit int) ([]AdminRisk, error) {
	q := s.db(ctx).Table("shipment_risks AS r").
		Select("r.*, o.name AS order_name, o.order_number AS order_number, f.tracking_company AS tracking_company, f.shipment_status AS shipment_status, "+
			"(SELECT c.id FROM conversations c WHERE c.shop_id = r.shop_id AND o.customer_id <> 0 AND c.customer_id = o.customer_id ORDER BY c.updated_at DESC LIMIT 1) AS conversation_id").
		Joins("JOIN orders o ON o.id = r.order_id").
		Joins("JOIN fulfillments f ON f.id = r.fulfillment_id").
		Where("r.shop_id = ?", shopID)
	if !includeResolved {
		q = q.Where("r.resolved_at IS NULL")
	}
	var out []AdminRisk
	if err := q.Order("r.detected_at DESC, r.id DESC").Limit(limit).Scan(&out).Error; err != nil {
		return nil, fmt.Errorf("list risks of shop %d: %w", shopID, err)
	}
	return out, nil
}

// GetShipmentRisk loads one risk of a shop.
func (s *Store) GetShipmentRisk(ctx context.Context, shopID, id int64) (*ShipmentRisk, error) {
	var r ShipmentRisk
	if err := s.db(ctx).Where("shop_id = ? AND id = ?", shopID, id).Take(&r).Error; err != nil {
		return nil, fmt.Errorf("get risk %d of shop %d: %w", id, shopID, notFound(err))
	}
	return &r, nil
}

// UnseenOrderRisks lists the unresolved risks of the given orders the
// widget has not shown yet, oldest first.
func (s *Store) UnseenOrderRisks(ctx context.Context, shopID int64, orderIDs []int64) ([]ShipmentRisk, error) {
	if len(orderIDs) == 0 {
		return nil, nil
	}
	var out []ShipmentRisk
	err := s.db(ctx).Where("shop_id = ? AND order_id IN ? AND resolved_at IS NULL AND seen_at IS NULL AND notice_status <> ?",
		shopID, orderIDs, NoticeUnsubscribed).Order("id").Find(&out).Error
	if err != nil {
		return nil, fmt.Errorf("unseen risks of shop %d: %w", shopID, err)
	}
	return out, nil
}

// UnsubscribeOrderCare stops delivery-care emails for one order and drops
// its pending notices.
func (s *Store) UnsubscribeOrderCare(ctx context.Context, shopID, orderID int64, at time.Time) error {
	err := s.db(ctx).Transaction(func(g *gorm.DB) error {
		res := g.Model(&Order{}).Where("shop_id = ? AND id = ? AND care_unsubscribed_at IS NULL", shopID, orderID).
			Update("care_unsubscribed_at", at.UTC())
		if res.Error != nil {
			return res.Error
		}
		return g.Model(&ShipmentRisk{}).Where("shop_id = ? AND order_id = ? AND notice_status = ?", shopID, orderID, NoticePending).
			Updates(map[string]any{"notice_status": NoticeUnsubscribed, "updated_at": time.Now().UTC()}).Error
	})
	if err != nil {
		return fmt.Errorf("unsubscribe order %d of shop %d from delivery care: %w", orderID, shopID, err)
	}
	return nil
}

// OrderCareFlags are an order's delivery-care opt-out and compensation.
type OrderCareFlags struct {
	UnsubscribedAt *time.Time `gorm:"column:care_unsubscribed_at"`
	CompensatedAt  *time.Time `gorm:"column:care_compensated_at"`
}

// GetOrderCareFlags reads an order's delivery-care flags.
func (s *Store) GetOrderCareFlags(ctx context.Context, shopID, orderID int64) (OrderCareFlags, error) {
	var f OrderCareFlags
	err := s.db(ctx).Table("orders").Select("care_unsubscribed_at, care_compensated_at").
		Where("shop_id = ? AND id = ?", shopID, orderID).Take(&f).Error
	if err != nil {
		return f, fmt.Errorf("care flags of order %d: %w", orderID, notFound(err))
	}
	return f, nil
}

// ClaimOrderCompensation marks an order compensated, once: false when it
// already was.
func (s *Store) ClaimOrderCompensation(ctx context.Context, shopID, orderID int64, at time.Time) (bool, error) {
	res := s.db(ctx).Table("orders").Where("shop_id = ? AND id = ? AND care_compensated_at IS NULL", shopID, orderID).
		Update("care_compensated_at", at.UTC())
	if res.Error != nil {
		return false, fmt.Errorf("claim compensation of order %d: %w", orderID, res.Error)
	}
	return res.RowsAffected == 1, nil
}

// ReleaseOrderCompensation gives the claim back when the code could not be
// created.
func (s *Store) ReleaseOrderCompensation(ctx context.Context, shopID, orderID int64) error {
	if err := s.db(ctx).Table("orders").Where("shop_id = ? AND id = ?", shopID, orderID).
		Update("care_compensated_at", nil).Error; err != nil {
		return fmt.Errorf("release compensation of order %d: %w", orderID, err)
	}
	return nil
}

// GetFulfillmentByShopifyID loads a shop's fulfillment by its Shopify id.
func (s *Store) GetFulfillmentByShopifyID(ctx context.Context, shopID, shopifyID int64) (*Fulfillment, error) {
	var f Fulfillment
	if err := s.db(ctx).Where("shop_id = ? AND shopify_id = ?", shopID, shopifyID).Take(&f).Error; err != nil {
		return nil, fmt.Errorf("get fulfillment %d of shop %d: %w", shopifyID, shopID, notFound(err))
	}
	return &f, nil
}

// LatestConversationLanguage is the language of the latest conversation of
// an order's customer (by customer id, or by the email the shopper verified
// with), "" when there is none.
func (s *Store) LatestConversationLanguage(ctx context.Context, shopID, customerID int64, email string) (string, error) {
	if customerID == 0 && email == "" {
		return "", nil
	}
	q := s.db(ctx).Model(&Conversation{}).Where("shop_id = ? AND language <> ''", shopID)
	switch {
	case customerID != 0 && email != "":
		q = q.Where("(customer_id = ? OR customer_email = ?)", customerID, NormalizeEmail(email))
	case customerID != 0:
		q = q.Where("customer_id = ?", customerID)
	default:
		q = q.Where("customer_email = ?", NormalizeEmail(email))
	}
	var langs []string
	if err := q.Order("updated_at DESC").Limit(1).Pluck("language", &langs).Error; err != nil {
		return "", fmt.Errorf("conversation language in shop %d: %w", shopID, err)
	}
	if len(langs) == 0 {
		return "", nil
	}
	return langs[0], nil
}

// DeliverRiskToConversation shows a risk's notice in a conversation once:
// it claims the risk as seen and appends the message in one transaction,
// so two widget polls at once add it once. False when it was already seen.
func (s *Store) DeliverRiskToConversation(ctx context.Context, shopID, riskID int64, m *Message, at time.Time) (bool, error) {
	delivered := false
	err := s.db(ctx).Transaction(func(g *gorm.DB) error {
		res := g.Model(&ShipmentRisk{}).Where("shop_id = ? AND id = ? AND seen_at IS NULL", shopID, riskID).
			Updates(map[string]any{"seen_at": at.UTC(), "updated_at": time.Now().UTC()})
		if res.Error != nil || res.RowsAffected == 0 {
			return res.Error
		}
		m.ShopID = shopID
		if m.CreatedAt.IsZero() {
			m.CreatedAt = at.UTC()
		}
		if err := g.Create(m).Error; err != nil {
			return err
		}
		delivered = true
		return g.Exec("UPDATE conversations SET message_count = message_count + 1, last_message_at = ?, updated_at = ? WHERE id = ?",
			m.CreatedAt, m.CreatedAt, m.ConversationID).Error
	})
	if err != nil {
		return false, fmt.Errorf("deliver risk %d to conversation %s: %w", riskID, m.ConversationID, err)
	}
	return delivered, nil
}

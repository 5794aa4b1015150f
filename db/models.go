package db

import "time"

// Shop is one installation of the app on a Shopify store.
type Shop struct {
	ID                    int64
	Domain                string
	Name                  string
	Email                 string
	Currency              string
	PrimaryLocale         string
	Locales               JSON[[]string]
	Timezone              string
	AccessTokenEnc        []byte
	RefreshTokenEnc       []byte
	TokenExpiresAt        *time.Time
	RefreshTokenExpiresAt *time.Time
	Scopes                string
	Settings              JSON[Settings]
	CatalogVersion        int64
	InstalledAt           *time.Time
	UninstalledAt         *time.Time
	CreatedAt             time.Time
	UpdatedAt             time.Time
}

// Installed reports whether the app is currently installed with a token.
func (s *Shop) Installed() bool { return s.UninstalledAt == nil && len(s.AccessTokenEnc) > 0 }

// Order mirrors the parts of a Shopify order the assistant may talk about.
type Order struct {
	ID                  int64
	ShopID              int64
	ShopifyID           int64
	Name                string
	OrderNumber         int64
	Email               string
	Phone               string
	CustomerID          int64
	CustomerName        string
	CustomerLocale      string
	FinancialStatus     string
	FulfillmentStatus   string
	CancelReason        string
	CancelledAt         *time.Time
	ClosedAt            *time.Time
	ProcessedAt         *time.Time
	Currency            string
	PresentmentCurrency string
	TotalPrice          string
	SubtotalPrice       string
	ShippingCountry     string
	// ShippingPhone and BillingPhone are the addresses' phones, normalized
	// like Phone; BillingCountry is the billing address's ISO country.
	ShippingPhone    string
	BillingPhone     string
	BillingCountry   string
	OrderStatusURL   string `gorm:"column:order_status_url"`
	Tags             string
	ShopifyCreatedAt *time.Time
	ShopifyUpdatedAt *time.Time
	CreatedAt        time.Time
	UpdatedAt        time.Time

	LineItems    []OrderLineItem `gorm:"foreignKey:OrderID"`
	Fulfillments []Fulfillment   `gorm:"foreignKey:OrderID"`
	Refunds      []Refund        `gorm:"foreignKey:OrderID"`
	Returns      []Return        `gorm:"foreignKey:OrderID"`
}

// OrderLineItem is one line of an order.
type OrderLineItem struct {
	ID                  int64
	ShopID              int64
	OrderID             int64
	ShopifyID           int64
	ProductID           int64
	VariantID           int64
	Title               string
	VariantTitle        string
	SKU                 string `gorm:"column:sku"`
	Quantity            int
	Price               string
	FulfillableQuantity int
	FulfillmentStatus   string
}

// FulfillmentLine says how many of which order line a shipment carries.
type FulfillmentLine struct {
	LineItemID int64  `json:"line_item_id"`
	Title      string `json:"title"`
	Quantity   int    `json:"quantity"`
}

// Fulfillment is one shipment of (part of) an order.
type Fulfillment struct {
	ID                  int64
	ShopID              int64
	OrderID             int64
	ShopifyID           int64
	Name                string
	Status              string
	ShipmentStatus      string
	TrackingCompany     string
	TrackingNumbers     JSON[[]string]
	TrackingURLs        JSON[[]string] `gorm:"column:tracking_urls"`
	LineItems           JSON[[]FulfillmentLine]
	EstimatedDeliveryAt *time.Time
	DeliveredAt         *time.Time
	// LastEventAt is when the last applied fulfillment event happened.
	LastEventAt      *time.Time
	ShopifyCreatedAt *time.Time
	ShopifyUpdatedAt *time.Time
	CreatedAt        time.Time
	UpdatedAt        time.Time
}

// RefundLine is one refunded order line.
type RefundLine struct {
	LineItemID int64  `json:"line_item_id"`
	Quantity   int    `json:"quantity"`
	Subtotal   string `json:"subtotal"`
}

// Refund is money returned on an order.
type Refund struct {
	ID               int64
	ShopID           int64
	OrderID          int64
	ShopifyID        int64
	Note             string
	Amount           string
	Currency         string
	LineItems        JSON[[]RefundLine]
	ShopifyCreatedAt *time.Time
	CreatedAt        time.Time
}

// ReturnLine is one line of a return request.
type ReturnLine struct {
	LineItemID int64  `json:"line_item_id"`
	Quantity   int    `json:"quantity"`
	Reason     string `json:"reason,omitempty"`
}

// Return tracks a return requested through the assistant or reported by Shopify.
type Return struct {
	ID             int64
	ShopID         int64
	OrderID        int64
	ShopifyGID     string `gorm:"column:shopify_gid"`
	Name           string
	Status         string
	Reason         string
	LineItems      JSON[[]ReturnLine]
	ConversationID string
	CreatedAt      time.Time
	UpdatedAt      time.Time
}

// ProductOption is a product option such as Color with its values.
type ProductOption struct {
	Name   string   `json:"name"`
	Values []string `json:"values"`
}

// ProductImage is one product image.
type ProductImage struct {
	Src string `json:"src"`
	Alt string `json:"alt,omitempty"`
}

// Product is a catalog product.
type Product struct {
	ID               int64
	ShopID           int64
	ShopifyID        int64
	Handle           string
	Title            string
	Description      string
	BodyHTML         string `gorm:"column:body_html"`
	Vendor           string
	ProductType      string
	Tags             JSON[[]string]
	Status           string
	Options          JSON[[]ProductOption]
	Images           JSON[[]ProductImage]
	Collections      JSON[[]string]
	OnlineStoreURL   string `gorm:"column:online_store_url"`
	CatalogVersion   int64
	DeletedAt        *time.Time
	ShopifyUpdatedAt *time.Time
	CreatedAt        time.Time
	UpdatedAt        time.Time

	Variants     []Variant            `gorm:"foreignKey:ProductID"`
	Translations []ProductTranslation `gorm:"foreignKey:ProductID"`
}

// Variant is a purchasable variant of a product.
type Variant struct {
	ID                int64
	ShopID            int64
	ProductID         int64
	ShopifyID         int64
	Title             string
	SKU               string `gorm:"column:sku"`
	Price             string
	CompareAtPrice    string
	Option1           string
	Option2           string
	Option3           string
	InventoryQuantity int
	Available         bool
	Position          int
	// InventoryItemID maps inventory_levels/update back to the variant.
	InventoryItemID int64
	// Grams is the variant's shipping weight (0: unknown).
	Grams int
}

// ProductTranslation holds a product's texts in one locale.
type ProductTranslation struct {
	ID           int64
	ShopID       int64
	ProductID    int64
	Locale       string
	Title        string
	Description  string
	ProductType  string
	OptionValues JSON[map[string]string]
}

// Knowledge document kinds.
const (
	DocPolicy = "policy"
	DocPage   = "page"
	DocFAQ    = "faq"
)

// KnowledgeDocument is a policy, page or merchant FAQ entry in one locale.
type KnowledgeDocument struct {
	ID         int64
	ShopID     int64
	Kind       string
	ExternalID string
	Locale     string
	Title      string
	Body       string
	URL        string `gorm:"column:url"`
	Questions  JSON[[]string]
	Source     string
	CreatedAt  time.Time
	UpdatedAt  time.Time
}

// Conversation statuses.
const (
	ConversationOpen     = "open"
	ConversationHandoff  = "handoff"
	ConversationResolved = "resolved"
)

// Conversation is one shopper's chat with the assistant.
type Conversation struct {
	ID             string
	ShopID         int64
	TokenHash      string
	CustomerID     int64
	CustomerEmail  string
	CustomerPhone  string
	Language       string
	Status         string
	Handoff        bool
	HandoffReason  string
	HandoffSummary string
	// AssignedTo is the staff user id (session token sub) handling the
	// conversation, empty while nobody has taken it.
	AssignedTo    string
	LastIntent    string
	Rating        int
	FailedAnswers int
	MessageCount  int
	State         JSON[ConversationState]
	// Version counts the writes of the conversation's turns; SaveTurn
	// writes only over the version it was given (optimistic locking).
	Version int64
	// Channel is where the conversation happens ("web" for the widget);
	// ChannelAddress is the shopper's address there (email address,
	// WhatsApp wa_id, Messenger PSID, Instagram IGSID) and ChannelThread
	// the email thread's root Message-ID. See package channels.
	Channel        string
	ChannelAddress string
	ChannelThread  string
	CreatedAt      time.Time
	UpdatedAt      time.Time
	LastMessageAt  time.Time
	// Topic is the last intent the shopper asked about (closings and
	// greetings keep the one before), LastOutcome what the assistant's
	// answer to it achieved (an Outcome*), Reopened whether the shopper
	// came back on that topic after it had been answered.
	Topic       string
	LastOutcome string
	Reopened    bool
	// Country is the storefront market of the conversation's last message.
	Country string
	// FeedbackComment is the shopper's optional end-of-chat comment.
	FeedbackComment string
}

// Message roles.
const (
	RoleShopper = "shopper"
	RoleBot     = "bot"
	RoleAgent   = "agent"
)

// Message is one turn in a conversation.
type Message struct {
	ID               int64
	ConversationID   string
	ShopID           int64
	Role             string
	Text             string
	Language         string
	Intent           string
	IntentConfidence float64
	Cards            JSON[[]Card]
	Sources          JSON[[]Source]
	Rating           int
	// Outcome is what the turn achieved (an Outcome*), on both messages of
	// the turn.
	Outcome   string
	CreatedAt time.Time
}

// Turn outcomes, stored on messages (Message.Outcome) and on the
// conversation for its current topic (Conversation.LastOutcome).
const (
	OutcomeAnswered = "answered"
	OutcomeFallback = "fallback"
	OutcomeClarify  = "clarify"
	// OutcomeNoMatch: no product met the shopper's constraints.
	OutcomeNoMatch  = "no_match"
	OutcomeHandoff  = "handoff"
	OutcomeClosing  = "closing"
	OutcomeGreeting = "greeting"
	// OutcomeContact: the shopper gave an email or phone (never a
	// question, never listed as unanswered).
	OutcomeContact = "contact"
)

// Webhook event statuses.
const (
	EventReceived  = "received"
	EventProcessed = "processed"
	EventFailed    = "failed"
	EventSkipped   = "skipped"
)

// WebhookEvent is a received webhook, stored before it is acknowledged.
type WebhookEvent struct {
	ID          int64
	Shop        string
	WebhookID   string
	EventID     string
	Topic       string
	APIVersion  string `gorm:"column:api_version"`
	TriggeredAt *time.Time
	Payload     []byte
	Status      string
	Attempts    int
	LastError   string
	ReceivedAt  time.Time
	ProcessedAt *time.Time
}

package agentmcp

import (
	"context"
	"errors"
	"strconv"
	"strings"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"shopassist/assistant"
	"shopassist/assistant/intent"
)

// Conversation continues an earlier answer's conversation; both empty
// starts a new one.
type Conversation struct {
	ID    string `json:"conversation_id,omitempty" jsonschema:"conversation_id of an earlier answer, to continue that conversation"`
	Token string `json:"conversation_token,omitempty" jsonschema:"conversation_token returned when the conversation was started"`
}

// AskInput is a free question about the store.
type AskInput struct {
	Conversation
	Question string `json:"question" jsonschema:"the shopper's question, in any language"`
	Language string `json:"language,omitempty" jsonschema:"reply language as a BCP-47 tag (en, de, es, fr, ja, zh-CN, ...); default: the language of the question"`
	Country  string `json:"country,omitempty" jsonschema:"ISO 3166-1 alpha-2 country the shopper ships to, for shipping, duties and returns rules"`
	// ProductID is the product the shopper is looking at, for questions
	// such as "is it waterproof?".
	ProductID int64 `json:"product_id,omitempty" jsonschema:"Shopify product id the question is about, if any"`
}

// SearchInput is a product search with constraints.
type SearchInput struct {
	Conversation
	Query    string   `json:"query" jsonschema:"what the shopper is looking for, in any language"`
	Language string   `json:"language,omitempty" jsonschema:"reply language (BCP-47)"`
	MinPrice float64  `json:"min_price,omitempty" jsonschema:"lowest price"`
	MaxPrice float64  `json:"max_price,omitempty" jsonschema:"highest price"`
	Currency string   `json:"currency,omitempty" jsonschema:"ISO 4217 currency of the prices"`
	Colors   []string `json:"colors,omitempty" jsonschema:"wanted colours, in any language"`
	Sizes    []string `json:"sizes,omitempty" jsonschema:"wanted sizes (S, M, XL, 42, ...) that must be in stock"`
}

// OrderInput identifies an order and proves the caller may see it.
type OrderInput struct {
	Conversation
	OrderNumber  string `json:"order_number" jsonschema:"the order's number or name, e.g. #1001"`
	EmailOrPhone string `json:"email_or_phone,omitempty" jsonschema:"the email address or phone number on the order (proof of identity); may be omitted once the order was verified in this conversation"`
	Language     string `json:"language,omitempty" jsonschema:"reply language (BCP-47)"`
}

// ReturnInput starts a return.
type ReturnInput struct {
	OrderInput
	Details string `json:"details,omitempty" jsonschema:"what to return and why, in the shopper's words"`
}

// MessageInput continues a conversation in free text.
type MessageInput struct {
	Conversation
	Message  string `json:"message" jsonschema:"the shopper's message, e.g. the answer to the assistant's last question"`
	Language string `json:"language,omitempty" jsonschema:"reply language (BCP-47)"`
}

// HumanInput asks for a person.
type HumanInput struct {
	Conversation
	Message  string `json:"message" jsonschema:"what the shopper needs help with"`
	Language string `json:"language,omitempty" jsonschema:"reply language (BCP-47)"`
}

// Answer is every tool's structured result.
type Answer struct {
	ConversationID string `json:"conversation_id"`
	// ConversationToken is returned by the call that started the
	// conversation; later calls must pass it back.
	ConversationToken string    `json:"conversation_token,omitempty"`
	Text              string    `json:"text"`
	Language          string    `json:"language"`
	Topic             string    `json:"topic"`
	Handoff           bool      `json:"handoff"`
	QuickReplies      []string  `json:"quick_replies,omitempty"`
	Products          []Product `json:"products,omitempty"`
	Orders            []Order   `json:"orders,omitempty"`
	Sources           []Source  `json:"sources,omitempty"`
}

// Product is a product card.
type Product struct {
	ProductID int64  `json:"product_id"`
	VariantID int64  `json:"variant_id,omitempty"`
	Title     string `json:"title"`
	Price     string `json:"price,omitempty"`
	Currency  string `json:"currency,omitempty"`
	URL       string `json:"url,omitempty"`
	ImageURL  string `json:"image_url,omitempty"`
	Available *bool  `json:"available,omitempty"`
}

// Order is an order card (only ever for a verified order).
type Order struct {
	Name      string               `json:"name"`
	Status    string               `json:"status"`
	Summary   string               `json:"summary,omitempty"`
	Shipments []assistant.Shipment `json:"shipments,omitempty"`
}

// Source is a policy, page or FAQ entry an answer came from.
type Source struct {
	Kind  string `json:"kind"`
	Title string `json:"title"`
	URL   string `json:"url,omitempty"`
}

func answerOf(r *assistant.Reply, conv Conversation) Answer {
	a := Answer{ConversationID: r.ConversationID, ConversationToken: r.ConversationToken, Text: r.Text,
		Language: r.Language, Topic: r.Intent, Handoff: r.Handoff, QuickReplies: r.QuickReplies}
	if a.ConversationToken == "" && conv.ID == r.ConversationID {
		a.ConversationToken = conv.Token
	}
	for _, c := range r.Cards {
		switch c.Type {
		case "product":
			a.Products = append(a.Products, Product{ProductID: c.ProductID, VariantID: c.VariantID, Title: c.Title,
				Price: c.Price, Currency: c.Currency, URL: c.URL, ImageURL: c.ImageURL, Available: c.Available})
		case "order":
			a.Orders = append(a.Orders, Order{Name: c.OrderName, Status: c.Status, Summary: c.StatusText, Shipments: c.Shipments})
		}
	}
	for _, s := range r.Sources {
		a.Sources = append(a.Sources, Source(s))
	}
	return a
}

type tools struct {
	h *Handler
	c *caller
}

func readOnly(title string) *mcp.ToolAnnotations {
	return &mcp.ToolAnnotations{Title: title, ReadOnlyHint: true, IdempotentHint: true, OpenWorldHint: new(false)}
}

func (t *tools) register(s *mcp.Server) {
	mcp.AddTool(s, &mcp.Tool{Name: "ask_store", Annotations: readOnly("Ask the store"),
		Description: "Ask the store a question: shipping times and costs to a country, import duties, return and refund rules, payment methods, anything in its policies, pages and FAQ, or a question about one product. Answers quote the store's own text, in the shopper's language."},
		func(ctx context.Context, _ *mcp.CallToolRequest, in AskInput) (*mcp.CallToolResult, Answer, error) {
			return t.ask(ctx, in.Conversation, in.Question, in.Country, in.ProductID, &assistant.Directive{Language: in.Language})
		})
	mcp.AddTool(s, &mcp.Tool{Name: "search_products", Annotations: readOnly("Search products"),
		Description: "Find products in the store's catalog that match a need and every constraint given (category, price range, colour, size in stock). When nothing matches, the answer says so and names the closest alternatives."},
		func(ctx context.Context, _ *mcp.CallToolRequest, in SearchInput) (*mcp.CallToolResult, Answer, error) {
			if in.MinPrice < 0 || in.MaxPrice < 0 || (in.MaxPrice > 0 && in.MinPrice > in.MaxPrice) {
				return nil, Answer{}, errors.New("min_price and max_price must be positive, min_price ≤ max_price")
			}
			return t.ask(ctx, in.Conversation, in.Query, "", 0, &assistant.Directive{Intent: intent.ProductRecommendation,
				Language: in.Language, Price: priceRange(in), Colors: in.Colors, Sizes: in.Sizes})
		})
	mcp.AddTool(s, &mcp.Tool{Name: "order_status", Annotations: readOnly("Order status"),
		Description: "Status, shipments, tracking and estimated delivery of one order. Requires the order number and the email address or phone number on the order; after too many wrong guesses look-ups are locked for a while."},
		func(ctx context.Context, _ *mcp.CallToolRequest, in OrderInput) (*mcp.CallToolResult, Answer, error) {
			return t.ask(ctx, in.Conversation, orderText("Where is my order", in), "", 0, orderDirective(intent.OrderStatus, in))
		})
	mcp.AddTool(s, &mcp.Tool{Name: "start_return", Annotations: &mcp.ToolAnnotations{Title: "Return eligibility and request",
		DestructiveHint: new(false), OpenWorldHint: new(false)},
		Description: "Check whether an order can be returned and start the return where the store allows it. Requires the order number and the email address or phone number on the order. The assistant may ask which items and why, and asks for confirmation before anything is requested: answer with send_message."},
		func(ctx context.Context, _ *mcp.CallToolRequest, in ReturnInput) (*mcp.CallToolResult, Answer, error) {
			text := orderText("I want to return items from order", in.OrderInput)
			if d := strings.TrimSpace(in.Details); d != "" {
				text += ": " + d
			}
			return t.ask(ctx, in.Conversation, text, "", 0, orderDirective(intent.ReturnRequest, in.OrderInput))
		})
	mcp.AddTool(s, &mcp.Tool{Name: "send_message", Annotations: &mcp.ToolAnnotations{Title: "Send a message",
		DestructiveHint: new(false), OpenWorldHint: new(false)},
		Description: "Send the shopper's next message in an existing conversation: an answer to the assistant's question (for example a confirmation or the items to return), or a follow-up."},
		func(ctx context.Context, _ *mcp.CallToolRequest, in MessageInput) (*mcp.CallToolResult, Answer, error) {
			if in.ID == "" {
				return nil, Answer{}, errors.New("send_message continues a conversation: pass conversation_id and conversation_token")
			}
			return t.ask(ctx, in.Conversation, in.Message, "", 0, &assistant.Directive{Language: in.Language})
		})
	mcp.AddTool(s, &mcp.Tool{Name: "request_human", Annotations: &mcp.ToolAnnotations{Title: "Hand over to the store's team",
		DestructiveHint: new(false), OpenWorldHint: new(false)},
		Description: "Hand the conversation to the store's customer-service team with everything said so far; the answer says when they are available and how they will reply."},
		func(ctx context.Context, _ *mcp.CallToolRequest, in HumanInput) (*mcp.CallToolResult, Answer, error) {
			return t.ask(ctx, in.Conversation, in.Message, "", 0, &assistant.Directive{Intent: intent.HumanHandoff, Language: in.Language})
		})
}

// orderText is the message stored in the conversation for an order tool:
// what was asked, without the contact (it is checked, never stored as text).
func orderText(prefix string, in OrderInput) string {
	n := strings.TrimLeft(strings.TrimSpace(in.OrderNumber), "#")
	if _, err := strconv.ParseInt(n, 10, 64); err == nil {
		n = "#" + n
	}
	return prefix + " " + n
}

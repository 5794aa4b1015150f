package demoseed

import (
	"cmp"
	"context"
	"fmt"
	"math/big"
	"time"

	"shopassist/db"
	"shopassist/demo"
)

// demoTurn is one shopper question of the demo conversations, with the
// English translation the merchant sees next to it.
type demoTurn struct {
	lang, text, en, intent string
	conf                   float64
	reply                  string
	product                bool // the reply suggests a product
	handoff                bool
	rating                 int
	agent                  string // the merchant's reply on a handoff
}

var demoTurns = []demoTurn{
	{lang: "en", text: "Where is my order #1002?", intent: "order_status", conf: 0.97, reply: "Order #1002 shipped with DHL yesterday; it should arrive on Friday.", rating: 1},
	{lang: "es", text: "¿Dónde está mi pedido #1004?", en: "Where is my order #1004?", intent: "order_status", conf: 0.95, reply: "Tu pedido #1004 está en camino con UPS. Llegará el jueves.", rating: 1},
	{lang: "fr", text: "Je cherche une veste imperméable pour la randonnée", en: "I'm looking for a waterproof jacket for hiking", intent: "product_recommendation", conf: 0.91, reply: "Voici une veste imperméable qui pourrait vous plaire :", product: true, rating: 1},
	{lang: "de", text: "Wie lange habe ich Zeit, etwas zurückzuschicken?", en: "How long do I have to send something back?", intent: "return_policy", conf: 0.93, reply: "Du kannst Artikel innerhalb von 30 Tagen nach Lieferung zurückgeben."},
	{lang: "ja", text: "日本への送料はいくらですか？", en: "How much is shipping to Japan?", intent: "shipping_info", conf: 0.88, reply: "日本への送料は15ユーロです。", rating: 1},
	{lang: "en", text: "I want to talk to a person", intent: "human_handoff", conf: 0.99, reply: "I'm connecting you with the team. They'll reply here.", handoff: true, agent: "Hi, this is Ana from the shop. How can I help?"},
	{lang: "es", text: "Quiero devolver las botas, me quedan pequeñas", en: "I want to return the boots, they are too small", intent: "return_request", conf: 0.9, reply: "Puedo ayudarte con la devolución. ¿Me das el número de pedido y tu email?"},
	{lang: "it", text: "Avete lo zaino in colore verde?", en: "Do you have the backpack in green?", intent: "product_question", conf: 0.86, reply: "Sì, lo zaino è disponibile in verde:", product: true, rating: 1},
	{lang: "en", text: "Do you sell gift cards?", intent: "other", conf: 0.31, reply: "Sorry, I don't know that yet. Would you like to talk to the team?", rating: -1},
	{lang: "de", text: "Kann ich meine Bestellung stornieren?", en: "Can I cancel my order?", intent: "cancel_order", conf: 0.94, reply: "Bestellungen können storniert werden, solange sie nicht versandt sind. Wie lautet deine Bestellnummer?"},
	{lang: "fr", text: "Vous faites des emballages cadeaux ?", en: "Do you do gift wrapping?", intent: "other", conf: 0.28, reply: "Je ne suis pas sûr. Voulez-vous parler à l'équipe ?", handoff: true, rating: -1},
	{lang: "zh-Hans", text: "你们有适合冬天的睡袋吗？", en: "Do you have sleeping bags for winter?", intent: "product_recommendation", conf: 0.89, reply: "这款睡袋适合寒冷天气：", product: true},
	{lang: "en", text: "hi", intent: "greeting", conf: 0.98, reply: "Hi! How can I help you today?"},
	{lang: "ar", text: "هل يمكنني تغيير المقاس؟", en: "Can I change the size?", intent: "faq", conf: 0.84, reply: "نعم، يمكنك استبدال المقاس مجانًا خلال 30 يومًا.", rating: 1},
	{lang: "pt", text: "Vocês entregam no Brasil?", en: "Do you deliver to Brazil?", intent: "shipping_info", conf: 0.9, reply: "Sim, enviamos para o Brasil em 7 a 12 dias úteis."},
	{lang: "en", text: "Is the trail running shoe true to size?", intent: "product_question", conf: 0.87, reply: "Most customers find it true to size. Here it is:", product: true, rating: 1},
	{lang: "es", text: "¿Aceptan pagos a plazos?", en: "Do you accept payment in instalments?", intent: "other", conf: 0.35, reply: "No tengo esa información. ¿Quieres hablar con el equipo?", handoff: true, agent: "¡Hola! Sí, ofrecemos pago en 3 plazos con Shop Pay."},
	{lang: "nl", text: "Wanneer komt de regenjas weer op voorraad?", en: "When will the rain jacket be back in stock?", intent: "faq", conf: 0.8, reply: "We verwachten nieuwe voorraad binnen twee weken."},
}

// SeedConversations gives the demo admin something to show: a month of
// multilingual conversations with handoffs, ratings and product cards. Runs
// once (only when the shop has no conversations), after Seed.
func SeedConversations(ctx context.Context, store *db.Store, now time.Time) error {
	shop, err := store.GetShop(ctx, demo.ShopDomain)
	if err != nil {
		return fmt.Errorf("seed demo conversations: %w", err)
	}
	n, err := store.CountConversations(ctx, shop.ID)
	if err != nil {
		return fmt.Errorf("seed demo conversations: %w", err)
	}
	if n > 0 {
		return nil
	}
	products, err := store.ListProducts(ctx, shop.ID, 0, 50)
	if err != nil {
		return fmt.Errorf("seed demo conversations: %w", err)
	}
	now = now.UTC()
	const total = 54
	for i := 0; i < total; i++ {
		t := demoTurns[(i*7)%len(demoTurns)]
		// Spread over 30 days with more traffic recently, at shop-ish hours.
		start := now.Add(-time.Duration((i*i)%(30*24)) * time.Hour).Add(-time.Duration(i*13%60) * time.Minute)
		if i < 3 {
			start = now.Add(-time.Duration(20+i*35) * time.Minute)
		}
		status := db.ConversationResolved
		if t.handoff {
			status = db.ConversationHandoff
			if t.agent != "" && i%2 == 0 {
				status = db.ConversationResolved
			}
		} else if i < 6 {
			status = db.ConversationOpen
		}
		outcome := demoOutcome(t)
		c := &db.Conversation{ID: fmt.Sprintf("demo-%03d", i), ShopID: shop.ID, TokenHash: fmt.Sprintf("demo-token-%03d", i),
			Language: t.lang, Status: status, Handoff: t.handoff, LastIntent: t.intent, Rating: t.rating, CreatedAt: start,
			Country: demoCountries[t.lang], LastOutcome: outcome}
		if outcome != db.OutcomeGreeting {
			c.Topic = t.intent
		}
		if t.rating != 0 && i%2 == 0 {
			c.FeedbackComment = demoComments[t.rating > 0][t.lang]
		}
		if t.handoff {
			c.HandoffReason = map[bool]string{true: "asked for a person", false: "could not answer"}[t.intent == "human_handoff"]
			c.HandoffSummary = cmp.Or(t.en, t.text)
		}
		msgs := []*db.Message{
			{Role: db.RoleShopper, Text: t.text, Language: t.lang, Intent: t.intent, IntentConfidence: t.conf, CreatedAt: start,
				Outcome: outcome},
			{Role: db.RoleBot, Text: t.reply, Language: t.lang, Intent: t.intent, Rating: t.rating,
				CreatedAt: start.Add(time.Duration(400+i*37%900) * time.Millisecond), Outcome: outcome},
		}
		var signals []db.DemandSignal
		price := ""
		if t.product && len(products) > 0 {
			p := products[(i*5)%len(products)]
			signals = demoSignals(shop.ID, c.ID, t, p, i, start)
			card := db.Card{Type: "product", ProductID: p.ShopifyID, Title: p.Title}
			if len(p.Variants) > 0 {
				price = p.Variants[0].Price
				card.Price = price
			}
			msgs[1].Cards = db.NewJSON([]db.Card{card})
		}
		if t.agent != "" && (status == db.ConversationResolved || i%3 == 0) {
			msgs = append(msgs, &db.Message{Role: db.RoleAgent, Text: t.agent, Language: t.lang,
				CreatedAt: start.Add(time.Duration(4+i%40) * time.Minute)})
		}
		c.UpdatedAt, c.LastMessageAt = msgs[len(msgs)-1].CreatedAt, msgs[len(msgs)-1].CreatedAt
		if err := store.ImportConversation(ctx, c, msgs); err != nil {
			return fmt.Errorf("seed demo conversation %s: %w", c.ID, err)
		}
		if t.en != "" {
			if err := store.SaveMessageTranslation(ctx, shop.ID, msgs[0].ID, "en", t.en); err != nil {
				return fmt.Errorf("seed demo conversation %s: %w", c.ID, err)
			}
		}
		if err := store.AddDemandSignals(ctx, signals); err != nil {
			return fmt.Errorf("seed demo conversation %s: %w", c.ID, err)
		}
		if err := seedChatOrder(ctx, store, shop, c, signals, price, i); err != nil {
			return fmt.Errorf("seed demo conversation %s: %w", c.ID, err)
		}
	}
	return nil
}

// demoOutcome is the outcome the assistant would have stored for a demo turn.
func demoOutcome(t demoTurn) string {
	switch {
	case t.handoff:
		return db.OutcomeHandoff
	case t.intent == "greeting":
		return db.OutcomeGreeting
	case t.conf < 0.5:
		return db.OutcomeFallback
	}
	return db.OutcomeAnswered
}

// demoCountries is the storefront market the demo shoppers browse from.
var demoCountries = map[string]string{"en": "US", "es": "ES", "fr": "FR", "de": "DE", "ja": "JP", "it": "IT",
	"zh-Hans": "CN", "ar": "AE", "pt": "BR", "nl": "NL"}

// demoComments are end-of-chat comments in the shoppers' languages.
var demoComments = map[bool]map[string]string{
	true: {"en": "Quick and clear, thanks!", "es": "¡Muy rápido, gracias!", "fr": "Très utile, merci.",
		"ja": "とても分かりやすかったです。", "it": "Perfetto, grazie!", "ar": "مفيد جدًا، شكرًا."},
	false: {"en": "It didn't know about gift cards.", "fr": "Pas de réponse sur l'emballage cadeau."},
}

// demoSignals records what a product conversation tells about demand: the
// product asked about or recommended, sometimes added to the cart, and a
// sold-out size now and then.
func demoSignals(shopID int64, convID string, t demoTurn, p db.Product, i int, at time.Time) []db.DemandSignal {
	kind := db.SignalRecommended
	if t.intent == "product_question" {
		kind = db.SignalAsked
	}
	out := []db.DemandSignal{{ShopID: shopID, ConversationID: convID, Kind: kind, ProductID: p.ShopifyID, Language: t.lang, CreatedAt: at}}
	if i%2 == 0 && len(p.Variants) > 0 {
		out = append(out, db.DemandSignal{ShopID: shopID, ConversationID: convID, Kind: db.SignalAddedToCart, ProductID: p.ShopifyID,
			VariantID: p.Variants[0].ShopifyID, Language: t.lang, CreatedAt: at.Add(time.Minute)})
	}
	if i%5 == 0 && len(p.Variants) > 0 {
		v := p.Variants[len(p.Variants)-1]
		out = append(out, db.DemandSignal{ShopID: shopID, ConversationID: convID, Kind: db.SignalOutOfStock, ProductID: p.ShopifyID,
			VariantID: v.ShopifyID, Language: t.lang, CreatedAt: at})
	}
	if t.intent == "product_recommendation" && i%2 == 1 {
		out = append(out, db.DemandSignal{ShopID: shopID, ConversationID: convID, Kind: db.SignalNoMatch,
			Label: []string{"size=xxl", "color=green max=100", "type=Backpacks max=80"}[(i/2)%3], Language: t.lang, CreatedAt: at})
	}
	return out
}

// seedChatOrder places an order after the product conversations whose
// product went to the cart, linked the way a real order is: its id comes
// back through note_attributes on orders/create.
func seedChatOrder(ctx context.Context, store *db.Store, shop *db.Shop, c *db.Conversation, signals []db.DemandSignal, price string, i int) error {
	for _, s := range signals {
		if s.Kind != db.SignalAddedToCart || price == "" {
			continue
		}
		_, err := store.LinkChatOrder(ctx, db.ChatOrder{ShopID: shop.ID, OrderShopifyID: 9_000_000 + int64(i),
			ConversationID: c.ID, OrderName: fmt.Sprintf("#%d", 5000+i), Currency: shop.Currency,
			TotalPrice: addDecimal(price, "4.90"), ChatLinesTotal: price, OrderedAt: c.CreatedAt.Add(20 * time.Minute)})
		return err
	}
	return nil
}

// addDecimal adds two decimal strings exactly (a line plus shipping).
func addDecimal(a, b string) string {
	x, ok1 := new(big.Rat).SetString(a)
	y, ok2 := new(big.Rat).SetString(b)
	if !ok1 || !ok2 {
		return a
	}
	return x.Add(x, y).FloatString(2)
}

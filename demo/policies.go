package demo

// PolicyText is a policy or page title and body in one locale.
type PolicyText struct {
	Title string
	Body  string
}

// Policy is one of the store's legal policies. Body is plain text with
// paragraphs separated by blank lines, which is how the assistant splits it
// into passages.
type Policy struct {
	// Type is one of refund, shipping, privacy, terms, contact.
	Type  string
	Title string
	Body  string
	URL   string
	// Translations maps a locale to the translated title and body.
	Translations map[string]PolicyText
}

// Facts the policies state and the orders rely on. Kept as constants so that
// tests can tie the order data to the policy text.
const (
	// ReturnWindowDays is the return window, counted from delivery.
	ReturnWindowDays = 30
	// FinalSaleTag is the product tag of items that cannot be returned.
	FinalSaleTag = tagFinalSale
)

// Policies returns the store's refund, shipping, privacy, terms and contact
// policies.
func Policies() []Policy {
	return []Policy{
		{Type: "refund", Title: "Refund policy", URL: storeURL + "/policies/refund-policy",
			Body: refundPolicyEN, Translations: merge(refundPolicyTranslations(), refundPolicyAsiaTranslations(), morePolicyTranslations("refund"))},
		{Type: "shipping", Title: "Shipping policy", URL: storeURL + "/policies/shipping-policy",
			Body: shippingPolicyEN, Translations: merge(shippingPolicyTranslations(), shippingPolicyAsiaTranslations(), morePolicyTranslations("shipping"))},
		{Type: "privacy", Title: "Privacy policy", URL: storeURL + "/policies/privacy-policy", Body: privacyPolicyEN},
		{Type: "terms", Title: "Terms of service", URL: storeURL + "/policies/terms-of-service", Body: termsEN},
		{Type: "contact", Title: "Contact information", URL: storeURL + "/policies/contact-information", Body: contactEN},
	}
}

const refundPolicyEN = `We want you to love your gear. If something is not right, you can return it within 30 days of delivery for a refund or an exchange.

Return window: you have 30 days from the day your order was delivered to start a return. Items must be unworn, unwashed and in their original condition with all tags attached. Footwear must have been tried on indoors only, and the shoe box must not be used as the shipping box.

How to return: start your return from the returns page or ask our chat assistant with your order number and the email address or phone number used for the order. We email you a return label and instructions. Pack the items securely and drop the parcel at any carrier point within 7 days.

Return shipping costs: returns from the European Union are free; we send a prepaid label. From the United Kingdom and the United States we send a prepaid label and deduct €5.95 from your refund. From all other countries you arrange and pay the return shipping yourself; please use a tracked service and mark the parcel "Returned goods". If an item arrived faulty, damaged or was not what you ordered, we always pay the return shipping, wherever you are.

Final sale items: items marked "Final sale" on the product page cannot be returned or exchanged unless they are faulty. This covers clearance and selected sale items, underwear and swimwear (for hygiene reasons) and gift cards.

Refunds: once your return arrives at our warehouse we inspect it within 2 business days and email you. Approved refunds go back to your original payment method within 5–10 business days; your bank may need a few more days to show it. If you return the complete order, we also refund the original standard shipping cost. Import duties and taxes you paid to a carrier on delivery outside the EU, UK and US are refunded by your local customs office, not by us; we send you the paperwork you need.

Exchanges: within the EU we exchange sizes and colours for free; we ship the new item as soon as the return is scanned by the carrier. Elsewhere, return the item for a refund and place a new order.

Cancellations: you can cancel an order free of charge until it has been shipped. Once shipped, please return it under this policy.

Warranty: all products carry a 2-year warranty against manufacturing defects from the date of delivery. Our merino hiking socks have a lifetime guarantee against holes. Contact us with your order number and a photo of the problem.`

const shippingPolicyEN = `We ship worldwide from our warehouse in Utrecht, the Netherlands. Orders placed before 14:00 CET on a business day leave the warehouse the same day; all other orders ship on the next business day. Pre-order items ship on the date shown on the product page, and we ship the rest of a mixed order as soon as it is ready.

Netherlands, Belgium, Luxembourg and Germany: standard delivery with DHL or PostNL in 1–3 business days, €4.95, free over €75. Express next-day delivery €12.95.

Rest of the European Union: standard delivery in 2–5 business days with DHL, La Poste - Colissimo or the national postal service, €6.95, free over €75. Express delivery in 1–2 business days with DHL Express, €14.95.

United Kingdom: delivery in 3–5 business days, €7.95, free over €100.

United States: delivery in 4–7 business days with UPS or DHL Express, €14.95, free over €150.

Canada, Switzerland and Norway: delivery in 3–8 business days, €16.95.

Asia and Oceania (including Japan, China, South Korea, Singapore, Australia and New Zealand): delivery in 5–10 business days with DHL Express, Japan Post or SF Express, €19.95, free over €200.

Middle East (including the United Arab Emirates, Saudi Arabia, Qatar and Israel): delivery in 5–9 business days with Aramex or DHL Express, €19.95, free over €200.

Rest of the world: delivery in 7–15 business days, €24.95.

Customs and duties: orders to EU countries never pay customs. For the United Kingdom and the United States we ship DDP (delivered duty paid): prices include import duties and taxes and nothing more is due on delivery. To all other countries we ship DAP (delivered at place): import duties, taxes and the carrier's clearance fee are charged by the carrier on delivery and are the customer's responsibility. We cannot mark orders as gifts or declare a lower value. If you refuse a DAP parcel, we refund your order minus the return shipping and any duties we are charged.

Tracking: when your order ships we email a tracking number and link; you can also ask our chat assistant for the status with your order number and email. Tracking can take up to 24 hours to show the first scan. If your parcel shows no movement for 7 business days, contact us and we will open an investigation with the carrier.

Addresses: we ship to PO boxes and parcel lockers only with standard delivery. Please check your address carefully; contact us within 1 hour of ordering if it needs to change. Once a parcel has left the warehouse, the address can only be changed through the carrier.

Restrictions: gas canisters, lithium batteries sold separately and knives cannot be shipped by air and are available for EU ground delivery only.`

const privacyPolicyEN = `Northwind Outfitters B.V. ("we") is the controller of the personal data you share when you visit or shop in our store. This policy explains what we collect, why, and your rights under the GDPR.

What we collect: contact details (name, email, phone), shipping and billing addresses, order history, payment confirmation (we never see or store full card numbers), device and browsing data collected by cookies, and the messages you send to our customer service, including the chat assistant.

Why we use it: to process and deliver your orders, to answer your questions, to prevent fraud, to meet legal and tax obligations, and, only with your consent, to send you newsletters and to measure our marketing.

Who we share it with: Shopify (our e-commerce platform), payment providers, the carriers that deliver your order, and our customs broker for shipments outside the EU. We do not sell your data. Some providers process data outside the EU under the European Commission's standard contractual clauses.

How long we keep it: order records for 7 years (tax law); chat conversations for 12 months; marketing consent until you withdraw it.

Your rights: you can access, correct, delete or export your data, object to processing and withdraw consent at any time. Email privacy@northwind-outfitters.example. You may also complain to your data protection authority; ours is the Dutch Autoriteit Persoonsgegevens.`

const termsEN = `These terms apply to every purchase from Northwind Outfitters B.V., registered in the Netherlands. By placing an order you accept them.

Orders and prices: prices are shown in euros and include VAT for EU deliveries and duties for UK and US deliveries. Prices in other currencies are converted at checkout and charged in that currency. A contract is formed when we email your shipping confirmation; until then we may cancel an order, for example if an item is out of stock or priced in error, and we refund you in full.

Payment: we accept Visa, Mastercard, American Express, PayPal, Apple Pay, Google Pay, iDEAL, Klarna and Shop Pay. Payment is taken when you place the order.

Right of withdrawal: consumers in the EU and UK may withdraw from the purchase within 14 days of delivery without giving a reason. Our 30-day return policy extends this right; see the refund policy for details.

Liability: we are not liable for indirect loss. Nothing in these terms limits your statutory rights as a consumer.

Governing law: Dutch law applies. Disputes go to the competent court in Utrecht, unless the law of your country of residence gives you the right to go to your local court. You may also use the EU Online Dispute Resolution platform.`

const contactEN = `Northwind Outfitters B.V.
Havenstraat 12, 3511 AB Utrecht, the Netherlands
Chamber of Commerce (KvK): 00000000 · VAT: NL000000000B01

Customer service: support@northwind-outfitters.example. We answer within one business day, Monday to Friday 09:00–17:00 CET, in English, Spanish, French and German. Our chat assistant answers around the clock in many more languages and can look up your order.

Returns address (use the label we send you): Northwind Outfitters Returns, Industrieweg 40, 3542 AD Utrecht, the Netherlands.

Press and wholesale: hello@northwind-outfitters.example.`

// merge combines per-file translation tables into one map.
func merge(tables ...map[string]PolicyText) map[string]PolicyText {
	out := map[string]PolicyText{}
	for _, t := range tables {
		for locale, text := range t {
			out[locale] = text
		}
	}
	return out
}

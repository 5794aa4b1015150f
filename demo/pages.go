package demo

// Page is an online-store page. Body is plain text with paragraphs separated
// by blank lines.
type Page struct {
	Handle string
	Title  string
	Body   string
	URL    string
	// Translations maps a locale to the translated title and body.
	Translations map[string]PolicyText
}

// Pages returns the store's content pages: about us, size guide, care
// instructions, customs and duties, and contact.
func Pages() []Page {
	pages := []Page{
		{Handle: "about-us", Title: "About us", Body: aboutEN, Translations: merge(aboutTranslations(), asiaArPageTranslations("about-us"), morePageTranslations("about-us"))},
		{Handle: "size-guide", Title: "Size guide", Body: sizeGuideEN, Translations: merge(sizeGuideTranslations(), asiaArPageTranslations("size-guide"), morePageTranslations("size-guide"))},
		{Handle: "care-instructions", Title: "Care instructions", Body: careEN},
		{Handle: "customs-and-duties", Title: "Customs & duties", Body: customsEN, Translations: merge(customsTranslations(), morePageTranslations("customs-and-duties"))},
		{Handle: "contact", Title: "Contact", Body: contactPageEN},
	}
	for i := range pages {
		pages[i].URL = storeURL + "/pages/" + pages[i].Handle
	}
	return pages
}

const aboutEN = `Northwind Outfitters started in 2016 in a shared garage in Utrecht, where two hiking friends repaired rain jackets for their climbing club. Today we design clothing and gear for hiking, travel and everyday life outdoors, and ship it to more than 60 countries.

We make fewer things, better. Every product is tested on the trails of the Alps, Scotland and the Norwegian fjords before it goes on sale, and we keep spare parts and repair guides for everything we sell.

Materials matter: 78% of our collection uses recycled, organic or responsibly sourced materials, our down is RDS certified and our merino is mulesing-free. We are a Climate Neutral certified company and give 1% of our revenue to trail maintenance and outdoor access projects.

Our team of 34 people works from Utrecht and speaks eleven languages between them, which is why we answer you in yours.`

const sizeGuideEN = `Our clothing follows European sizing and is cut for layering. If you are between two sizes, choose the larger size for outer layers and the smaller size for base layers.

Tops and jackets (chest circumference): XS 84–88 cm, S 89–94 cm, M 95–100 cm, L 101–107 cm, XL 108–114 cm, XXL 115–121 cm.

Trousers (waist circumference): 28 = 71 cm, 30 = 76 cm, 32 = 81 cm, 34 = 86 cm, 36 = 91 cm. Letter sizes: S 72–77 cm, M 78–84 cm, L 85–91 cm, XL 92–98 cm. Standard inseam is 81 cm.

Footwear: we use EU sizes. EU 38 = UK 5 = US men's 6 / women's 7 = 24 cm; EU 40 = UK 6.5 = US men's 7.5 / women's 8.5 = 25.5 cm; EU 42 = UK 8 = US men's 9 / women's 10 = 26.5 cm; EU 44 = UK 9.5 = US men's 10.5 = 28 cm; EU 46 = UK 11 = US men's 12 = 29.5 cm. Hiking boots fit true to size; go half a size up if you wear thick socks.

Kids: sizes are by age (4Y to 12Y) and include growing room of about one year.

Socks: S fits EU 36–38, M fits EU 39–42, L fits EU 43–46.

Still unsure? Ask our chat assistant with your height and usual size, or use our free size exchange within the EU.`

const careEN = `Waterproof jackets and trousers: wash at 30 °C with a technical detergent, no fabric softener. Tumble dry on low or iron on a low setting without steam to reactivate the water-repellent finish. Re-proof once a season with a wash-in treatment.

Down: wash at 30 °C with a down detergent, then tumble dry on low with two clean tennis balls until completely dry, which can take three hours. Store loosely, never compressed.

Merino wool: machine wash at 30 °C on the wool cycle, dry flat in the shade. Merino needs washing far less often than synthetics; airing it overnight is often enough.

Organic cotton and linen: wash at 30 °C inside out to keep the print bright; line dry to avoid shrinking.

Footwear: brush off dirt after every trip, let the boots dry at room temperature away from radiators, and treat leather with wax twice a year.

Tents and sleeping bags: dry completely before storing, store loose in the storage bag provided, and never machine wash a tent.

Repairs: we sell spare buckles, zip pullers and repair patches, and our Utrecht workshop repairs Northwind products at cost.`

const customsEN = `Whether you pay anything on delivery depends on where your order goes.

European Union: no customs formalities and no extra charges. Prices include the VAT of your country.

United Kingdom and United States: we ship DDP (delivered duty paid). The price at checkout includes all import duties and taxes, and the carrier will never ask you for money on delivery.

All other countries (including Switzerland, Norway, Canada, Japan, China, Australia, the Gulf states and the rest of the world): we ship DAP (delivered at place). Import duties, taxes and the carrier's clearance fee are not included in our prices. The carrier collects them before or on delivery. The amount depends on your country's rules and the order value; for example, Switzerland charges 8.1% VAT on most orders, and Japan usually charges consumption tax of 10% on orders over ¥10,000.

We cannot mark orders as gifts or declare a lower value, as this is illegal and delays your parcel.

If you return an item from a DAP country, your local customs office can usually refund the duties; we send you the commercial invoice and proof of return you need.`

const contactPageEN = `Questions about an order, sizing or a product? Our chat assistant answers right away in your language, day and night, and can look up your order with your order number and email address.

Email: support@northwind-outfitters.example. Our customer service team answers within one business day, Monday to Friday 09:00–17:00 CET.

Returns: start a return from the returns page or in the chat. Please do not send returns without a return label.

Visit us: our workshop and showroom is at Havenstraat 12, Utrecht, open Thursday to Saturday 10:00–18:00.`

package demo

// FAQ is one entry of the merchant's FAQ, with question phrasings and the
// answer per locale.
type FAQ struct {
	ID string
	// Questions maps a locale to the ways shoppers phrase the question.
	Questions map[string][]string
	// Answers maps a locale to the answer.
	Answers map[string]string
	// SourceURL is the page the answer is based on, used for citations.
	SourceURL string
}

// FAQs returns the store's FAQ. The first entries are answered in every
// published locale; the rest were written for the European markets first and
// translated into the other locales since (i18n_asia_ar.go, i18n_*.go).
func FAQs() []FAQ {
	var out []FAQ
	out = append(out, faqsAllLocales()...)
	out = append(out, faqsEuropean()...)
	return withMoreLocales(withAsiaArLocales(out))
}

func policyURL(handle string) string { return storeURL + "/policies/" + handle }
func pageURL(handle string) string   { return storeURL + "/pages/" + handle }

// faqsEuropean are the entries answered in en, es, fr and de.
func faqsEuropean() []FAQ {
	return []FAQ{
		{ID: "cancel-order", SourceURL: policyURL("refund-policy"),
			Questions: map[string][]string{
				"en": {"Can I cancel my order?", "How do I cancel an order?", "I ordered by mistake"},
				"es": {"¿Puedo cancelar mi pedido?", "¿Cómo cancelo un pedido?"},
				"fr": {"Puis-je annuler ma commande ?", "Comment annuler une commande ?"},
				"de": {"Kann ich meine Bestellung stornieren?", "Wie storniere ich eine Bestellung?"},
			},
			Answers: map[string]string{
				"en": "You can cancel free of charge until your order has shipped. Ask our chat assistant with your order number and email, or email support@northwind-outfitters.example. Once it has shipped, you can return it within 30 days of delivery.",
				"es": "Puedes cancelar sin coste hasta que tu pedido se haya enviado. Pídeselo a nuestro asistente de chat con tu número de pedido y tu correo electrónico, o escribe a support@northwind-outfitters.example. Si ya se ha enviado, puedes devolverlo en los 30 días siguientes a la entrega.",
				"fr": "Vous pouvez annuler gratuitement tant que votre commande n'a pas été expédiée. Demandez-le à notre assistant de chat avec votre numéro de commande et votre e-mail, ou écrivez à support@northwind-outfitters.example. Une fois expédiée, vous pouvez la retourner dans les 30 jours suivant la livraison.",
				"de": "Du kannst kostenlos stornieren, solange deine Bestellung noch nicht versendet wurde. Frag unseren Chat-Assistenten mit Bestellnummer und E-Mail-Adresse oder schreib an support@northwind-outfitters.example. Nach dem Versand kannst du sie innerhalb von 30 Tagen nach Zustellung zurückschicken.",
			}},
		{ID: "exchange-size", SourceURL: policyURL("refund-policy"),
			Questions: map[string][]string{
				"en": {"Can I exchange for a different size?", "How do exchanges work?", "Wrong size, can I swap it?"},
				"es": {"¿Puedo cambiarlo por otra talla?", "¿Cómo funcionan los cambios?"},
				"fr": {"Puis-je échanger contre une autre taille ?", "Comment fonctionnent les échanges ?"},
				"de": {"Kann ich in eine andere Größe umtauschen?", "Wie funktioniert ein Umtausch?"},
			},
			Answers: map[string]string{
				"en": "Within the EU, size and colour exchanges are free: start a return, choose 'exchange', and we ship the new item as soon as the carrier scans your parcel. Outside the EU, return the item for a refund and place a new order. Final-sale items cannot be exchanged.",
				"es": "Dentro de la UE, los cambios de talla y color son gratuitos: inicia una devolución, elige «cambio» y enviaremos el artículo nuevo en cuanto el transportista escanee tu paquete. Fuera de la UE, devuelve el artículo para obtener un reembolso y haz un pedido nuevo. Los artículos de venta final no se pueden cambiar.",
				"fr": "Dans l'UE, les échanges de taille et de couleur sont gratuits : lancez un retour, choisissez « échange » et nous expédions le nouvel article dès que le transporteur scanne votre colis. Hors UE, retournez l'article pour un remboursement et passez une nouvelle commande. Les articles en vente finale ne peuvent pas être échangés.",
				"de": "Innerhalb der EU ist der Umtausch von Größe und Farbe kostenlos: Melde eine Rücksendung an, wähle „Umtausch“, und wir versenden den neuen Artikel, sobald der Versanddienstleister dein Paket scannt. Außerhalb der EU schick den Artikel zur Erstattung zurück und bestelle neu. Endgültig verkaufte Artikel sind vom Umtausch ausgeschlossen.",
			}},
		{ID: "restock", SourceURL: storeURL + "/pages/faq#restock",
			Questions: map[string][]string{
				"en": {"When will this be back in stock?", "Will you restock my size?", "Can I get notified when it's available?"},
				"es": {"¿Cuándo volverá a estar disponible?", "¿Vais a reponer mi talla?"},
				"fr": {"Quand ce produit sera-t-il de nouveau en stock ?", "Allez-vous réapprovisionner ma taille ?"},
				"de": {"Wann ist der Artikel wieder verfügbar?", "Wird meine Größe nachbestellt?"},
			},
			Answers: map[string]string{
				"en": "Most core products are restocked every 4–6 weeks. Click 'Notify me' on the product page and we will email you once when your size is back. Products marked 'last season' are not restocked.",
				"es": "La mayoría de los productos básicos se reponen cada 4–6 semanas. Pulsa «Avísame» en la página del producto y te enviaremos un correo cuando vuelva tu talla. Los productos marcados como «temporada pasada» no se reponen.",
				"fr": "La plupart de nos produits permanents sont réapprovisionnés toutes les 4 à 6 semaines. Cliquez sur « M'avertir » sur la fiche produit et nous vous enverrons un e-mail quand votre taille sera de retour. Les produits « saison passée » ne sont pas réassortis.",
				"de": "Die meisten Basisprodukte werden alle 4–6 Wochen nachbestellt. Klick auf der Produktseite auf „Benachrichtigen“, dann schicken wir dir eine E-Mail, sobald deine Größe wieder da ist. Artikel der letzten Saison werden nicht nachbestellt.",
			}},
		{ID: "pre-orders", SourceURL: policyURL("shipping-policy"),
			Questions: map[string][]string{
				"en": {"How do pre-orders work?", "When will my pre-order ship?", "Do you charge for pre-orders now?"},
				"es": {"¿Cómo funcionan las reservas?", "¿Cuándo se envía mi reserva?"},
				"fr": {"Comment fonctionnent les précommandes ?", "Quand ma précommande sera-t-elle expédiée ?"},
				"de": {"Wie funktionieren Vorbestellungen?", "Wann wird meine Vorbestellung versendet?"},
			},
			Answers: map[string]string{
				"en": "Pre-order items show the expected shipping date on the product page. Payment is taken when you order. If your order also contains items in stock, we ship those first at no extra cost. You can cancel a pre-order at any time before it ships.",
				"es": "Los artículos en reserva muestran la fecha de envío prevista en la página del producto. El pago se realiza al hacer el pedido. Si tu pedido incluye también artículos en stock, los enviamos primero sin coste adicional. Puedes cancelar una reserva en cualquier momento antes del envío.",
				"fr": "Les articles en précommande affichent la date d'expédition prévue sur la fiche produit. Le paiement est débité à la commande. Si votre commande contient aussi des articles en stock, nous les expédions d'abord sans frais supplémentaires. Vous pouvez annuler une précommande à tout moment avant son expédition.",
				"de": "Bei vorbestellbaren Artikeln steht das voraussichtliche Versanddatum auf der Produktseite. Die Zahlung erfolgt bei der Bestellung. Enthält deine Bestellung auch lieferbare Artikel, versenden wir diese ohne Mehrkosten vorab. Du kannst eine Vorbestellung jederzeit vor dem Versand stornieren.",
			}},
		{ID: "repairs", SourceURL: pageURL("care-instructions"),
			Questions: map[string][]string{
				"en": {"Do you repair products?", "My zip broke, can you fix it?", "Can I buy spare parts?"},
				"es": {"¿Reparáis productos?", "Se me ha roto la cremallera, ¿podéis arreglarla?"},
				"fr": {"Réparez-vous les produits ?", "Ma fermeture éclair est cassée, pouvez-vous la réparer ?"},
				"de": {"Repariert ihr Produkte?", "Mein Reißverschluss ist kaputt, könnt ihr ihn reparieren?"},
			},
			Answers: map[string]string{
				"en": "Yes. Defects within 2 years are repaired or replaced free under warranty. After that, our Utrecht workshop repairs Northwind products at cost, and we sell spare buckles, zip pullers and repair patches. Email us a photo and your order number to start.",
				"es": "Sí. Los defectos durante los 2 primeros años se reparan o sustituyen gratis en garantía. Después, nuestro taller de Utrecht repara los productos Northwind a precio de coste, y vendemos hebillas, tiradores de cremallera y parches de repuesto. Envíanos una foto y tu número de pedido para empezar.",
				"fr": "Oui. Les défauts survenant dans les 2 ans sont réparés ou remplacés gratuitement sous garantie. Au-delà, notre atelier d'Utrecht répare les produits Northwind à prix coûtant, et nous vendons boucles, tirettes et patchs de réparation. Envoyez-nous une photo et votre numéro de commande pour commencer.",
				"de": "Ja. Mängel innerhalb von 2 Jahren reparieren oder ersetzen wir im Rahmen der Garantie kostenlos. Danach repariert unsere Werkstatt in Utrecht Northwind-Produkte zum Selbstkostenpreis, und wir verkaufen Ersatzschnallen, Zipper und Reparaturflicken. Schick uns ein Foto und deine Bestellnummer.",
			}},
		{ID: "currencies", SourceURL: pageURL("customs-and-duties"),
			Questions: map[string][]string{
				"en": {"Can I pay in my own currency?", "Which currencies do you accept?", "Will I be charged in euros?"},
				"es": {"¿Puedo pagar en mi moneda?", "¿Qué monedas aceptáis?"},
				"fr": {"Puis-je payer dans ma devise ?", "Quelles devises acceptez-vous ?"},
				"de": {"Kann ich in meiner Währung bezahlen?", "Welche Währungen akzeptiert ihr?"},
			},
			Answers: map[string]string{
				"en": "Yes. Prices are shown and charged in your local currency in 25 markets, including GBP, USD, CHF, NOK, CAD, JPY, CNY, AUD and AED, converted at the daily rate. Everywhere else you pay in euros. Refunds are made in the currency you paid in.",
				"es": "Sí. En 25 mercados, entre ellos GBP, USD, CHF, NOK, CAD, JPY, CNY, AUD y AED, los precios se muestran y se cobran en tu moneda local al tipo de cambio del día. En el resto, pagas en euros. Los reembolsos se hacen en la moneda en la que pagaste.",
				"fr": "Oui. Dans 25 marchés, dont GBP, USD, CHF, NOK, CAD, JPY, CNY, AUD et AED, les prix sont affichés et débités dans votre devise au taux du jour. Ailleurs, vous payez en euros. Les remboursements sont effectués dans la devise utilisée pour le paiement.",
				"de": "Ja. In 25 Märkten, darunter GBP, USD, CHF, NOK, CAD, JPY, CNY, AUD und AED, werden die Preise in deiner Landeswährung zum Tageskurs angezeigt und abgerechnet. Überall sonst zahlst du in Euro. Erstattungen erfolgen in der Währung, in der du bezahlt hast.",
			}},
		{ID: "newsletter-discount", SourceURL: storeURL + "/pages/faq#newsletter",
			Questions: map[string][]string{
				"en": {"Do you have a first order discount?", "Is there a newsletter discount?", "Student discount?"},
				"es": {"¿Tenéis descuento en el primer pedido?", "¿Hay descuento por suscribirse?"},
				"fr": {"Avez-vous une réduction sur la première commande ?", "Y a-t-il une réduction newsletter ?"},
				"de": {"Gibt es einen Rabatt auf die erste Bestellung?", "Gibt es einen Newsletter-Rabatt?"},
			},
			Answers: map[string]string{
				"en": "Sign up for our newsletter and you get a 10% code for your first order (not valid on sale items or gift cards). Students get 15% through our student verification partner, once a month.",
				"es": "Suscríbete a nuestra newsletter y recibirás un código del 10 % para tu primer pedido (no válido en artículos rebajados ni tarjetas regalo). Los estudiantes tienen un 15 % a través de nuestro servicio de verificación de estudiantes, una vez al mes.",
				"fr": "Inscrivez-vous à notre newsletter et recevez un code de 10 % pour votre première commande (non valable sur les articles soldés ni les cartes cadeaux). Les étudiants bénéficient de 15 % via notre partenaire de vérification, une fois par mois.",
				"de": "Melde dich für unseren Newsletter an und du erhältst einen 10-%-Code für deine erste Bestellung (nicht gültig für reduzierte Artikel und Geschenkkarten). Studierende bekommen über unseren Verifizierungspartner einmal im Monat 15 %.",
			}},
		{ID: "gift-wrapping", SourceURL: storeURL + "/pages/faq#gift-wrapping",
			Questions: map[string][]string{
				"en": {"Do you offer gift wrapping?", "Can I add a gift message?", "Can you leave the price off the parcel?"},
				"es": {"¿Ofrecéis envoltorio de regalo?", "¿Puedo añadir un mensaje de regalo?"},
				"fr": {"Proposez-vous un emballage cadeau ?", "Puis-je ajouter un message cadeau ?"},
				"de": {"Bietet ihr Geschenkverpackung an?", "Kann ich eine Grußkarte hinzufügen?"},
			},
			Answers: map[string]string{
				"en": "Yes: tick 'This is a gift' in the cart to add a handwritten card and a reusable furoshiki wrap for €4. Gift orders include no prices. For shipments outside the EU, the customs invoice still shows the value.",
				"es": "Sí: marca «Es un regalo» en el carrito para añadir una tarjeta escrita a mano y un envoltorio furoshiki reutilizable por 4 €. Los pedidos de regalo no muestran precios. En los envíos fuera de la UE, la factura de aduanas sigue indicando el valor.",
				"fr": "Oui : cochez « C'est un cadeau » dans le panier pour ajouter une carte manuscrite et un emballage furoshiki réutilisable pour 4 €. Les commandes cadeaux ne comportent aucun prix. Pour les envois hors UE, la facture douanière indique toutefois la valeur.",
				"de": "Ja: Kreuze im Warenkorb „Das ist ein Geschenk“ an, um für 4 € eine handgeschriebene Karte und eine wiederverwendbare Furoshiki-Verpackung hinzuzufügen. Geschenkbestellungen enthalten keine Preise. Bei Sendungen außerhalb der EU zeigt die Zollrechnung trotzdem den Warenwert.",
			}},
		{ID: "price-match", SourceURL: storeURL + "/pages/faq#price-match",
			Questions: map[string][]string{
				"en": {"Do you price match?", "The price dropped after I ordered", "Can I get the sale price?"},
				"es": {"¿Igualáis precios?", "El precio bajó después de mi pedido"},
				"fr": {"Alignez-vous vos prix ?", "Le prix a baissé après ma commande"},
				"de": {"Gibt es eine Preisgarantie?", "Der Preis ist nach meiner Bestellung gesunken"},
			},
			Answers: map[string]string{
				"en": "We do not match other retailers' prices. If one of our own prices drops within 14 days of your order, contact us and we refund the difference to your original payment method.",
				"es": "No igualamos precios de otras tiendas. Si uno de nuestros precios baja en los 14 días siguientes a tu pedido, escríbenos y te reembolsaremos la diferencia en tu método de pago original.",
				"fr": "Nous ne nous alignons pas sur les prix d'autres enseignes. Si l'un de nos prix baisse dans les 14 jours suivant votre commande, contactez-nous et nous vous remboursons la différence sur votre moyen de paiement d'origine.",
				"de": "Wir gleichen keine Preise anderer Händler an. Sinkt einer unserer eigenen Preise innerhalb von 14 Tagen nach deiner Bestellung, melde dich, und wir erstatten dir die Differenz auf dein ursprüngliches Zahlungsmittel.",
			}},
	}
}

package demo

// refundPolicyTranslations returns the refund policy in es, fr and de.
func refundPolicyTranslations() map[string]PolicyText {
	return map[string]PolicyText{
		"es": {Title: "Política de reembolso", Body: `Queremos que disfrutes de tu equipo. Si algo no va bien, puedes devolverlo en un plazo de 30 días desde la entrega para obtener un reembolso o un cambio.

Plazo de devolución: tienes 30 días desde el día en que se entregó tu pedido para iniciar una devolución. Los artículos deben estar sin usar, sin lavar y en su estado original, con todas las etiquetas. El calzado solo debe haberse probado en interiores y la caja de las zapatillas no debe usarse como caja de envío.

Cómo devolver: inicia la devolución desde la página de devoluciones o pregunta a nuestro asistente de chat indicando el número de pedido y el correo electrónico o teléfono usado en el pedido. Te enviaremos por correo una etiqueta de devolución y las instrucciones. Embala bien los artículos y entrega el paquete en cualquier punto del transportista en un plazo de 7 días.

Gastos de envío de la devolución: las devoluciones desde la Unión Europea son gratuitas; te enviamos una etiqueta prepagada. Desde el Reino Unido y Estados Unidos te enviamos una etiqueta prepagada y descontamos 5,95 € del reembolso. Desde el resto de países, tú organizas y pagas el envío de la devolución; utiliza un servicio con seguimiento y marca el paquete como «Mercancía devuelta». Si un artículo llegó defectuoso, dañado o no era lo que pediste, siempre pagamos nosotros el envío de la devolución, estés donde estés.

Artículos de venta final: los artículos marcados como «Venta final» en la página del producto no se pueden devolver ni cambiar, salvo que sean defectuosos. Esto incluye los artículos de liquidación y algunos artículos rebajados, la ropa interior y el baño (por motivos de higiene) y las tarjetas regalo.

Reembolsos: cuando tu devolución llega a nuestro almacén, la revisamos en 2 días hábiles y te escribimos. Los reembolsos aprobados se abonan en el método de pago original en un plazo de 5 a 10 días hábiles; tu banco puede tardar unos días más en mostrarlo. Si devuelves el pedido completo, también reembolsamos los gastos de envío estándar originales. Los aranceles e impuestos de importación que pagaste al transportista en entregas fuera de la UE, el Reino Unido y Estados Unidos los reembolsa tu oficina de aduanas local, no nosotros; te enviamos la documentación necesaria.

Cambios: dentro de la UE cambiamos tallas y colores gratis; enviamos el artículo nuevo en cuanto el transportista escanea la devolución. En el resto de países, devuelve el artículo para obtener un reembolso y haz un pedido nuevo.

Cancelaciones: puedes cancelar un pedido sin coste hasta que se haya enviado. Una vez enviado, devuélvelo según esta política.

Garantía: todos los productos tienen una garantía de 2 años contra defectos de fabricación desde la fecha de entrega. Nuestros calcetines de senderismo de merino tienen garantía de por vida contra agujeros. Escríbenos con tu número de pedido y una foto del problema.`},
		"fr": {Title: "Politique de remboursement", Body: `Nous voulons que vous aimiez votre équipement. Si quelque chose ne convient pas, vous pouvez le retourner dans les 30 jours suivant la livraison pour un remboursement ou un échange.

Délai de retour : vous disposez de 30 jours à compter du jour de la livraison de votre commande pour lancer un retour. Les articles doivent être non portés, non lavés, dans leur état d'origine et avec toutes leurs étiquettes. Les chaussures doivent avoir été essayées uniquement en intérieur, et la boîte à chaussures ne doit pas servir de carton d'expédition.

Comment retourner un article : lancez votre retour depuis la page des retours ou demandez à notre assistant de chat en indiquant votre numéro de commande et l'adresse e-mail ou le numéro de téléphone utilisés pour la commande. Nous vous envoyons par e-mail une étiquette de retour et les instructions. Emballez soigneusement les articles et déposez le colis dans un point relais du transporteur sous 7 jours.

Frais de retour : les retours depuis l'Union européenne sont gratuits ; nous vous envoyons une étiquette prépayée. Depuis le Royaume-Uni et les États-Unis, nous envoyons une étiquette prépayée et déduisons 5,95 € de votre remboursement. Depuis tous les autres pays, vous organisez et payez vous-même le retour ; utilisez un service avec suivi et indiquez « Marchandise retournée » sur le colis. Si un article est arrivé défectueux, endommagé ou ne correspond pas à votre commande, nous prenons toujours en charge les frais de retour, où que vous soyez.

Articles en vente finale : les articles indiqués « Vente finale » sur la fiche produit ne peuvent être ni retournés ni échangés, sauf s'ils sont défectueux. Cela concerne les articles de déstockage et certains articles soldés, les sous-vêtements et maillots de bain (pour des raisons d'hygiène) et les cartes cadeaux.

Remboursements : dès que votre retour arrive à notre entrepôt, nous le contrôlons sous 2 jours ouvrés et vous envoyons un e-mail. Les remboursements acceptés sont versés sur votre moyen de paiement d'origine sous 5 à 10 jours ouvrés ; votre banque peut avoir besoin de quelques jours de plus pour l'afficher. Si vous retournez la commande complète, nous remboursons aussi les frais de livraison standard d'origine. Les droits et taxes d'importation payés au transporteur à la livraison hors UE, Royaume-Uni et États-Unis sont remboursés par votre bureau de douane local, pas par nous ; nous vous envoyons les documents nécessaires.

Échanges : dans l'UE, nous échangeons gratuitement tailles et couleurs ; nous expédions le nouvel article dès que le transporteur a scanné le retour. Ailleurs, retournez l'article pour un remboursement et passez une nouvelle commande.

Annulations : vous pouvez annuler une commande sans frais tant qu'elle n'a pas été expédiée. Une fois expédiée, merci de la retourner selon cette politique.

Garantie : tous nos produits bénéficient d'une garantie de 2 ans contre les défauts de fabrication à compter de la livraison. Nos chaussettes de randonnée en mérinos sont garanties à vie contre les trous. Contactez-nous avec votre numéro de commande et une photo du problème.`},
		"de": {Title: "Rückerstattungsrichtlinie", Body: `Du sollst deine Ausrüstung lieben. Wenn etwas nicht passt, kannst du es innerhalb von 30 Tagen nach der Zustellung zurückschicken und erhältst eine Erstattung oder einen Umtausch.

Rückgabefrist: Du hast ab dem Tag der Zustellung deiner Bestellung 30 Tage Zeit, eine Rücksendung anzumelden. Die Artikel müssen ungetragen, ungewaschen und im Originalzustand mit allen Etiketten sein. Schuhe dürfen nur in Innenräumen anprobiert worden sein, und der Schuhkarton darf nicht als Versandkarton verwendet werden.

So funktioniert die Rücksendung: Melde die Rücksendung auf unserer Retourenseite an oder frag unseren Chat-Assistenten mit deiner Bestellnummer und der E-Mail-Adresse oder Telefonnummer der Bestellung. Wir schicken dir ein Rücksendeetikett und eine Anleitung per E-Mail. Verpacke die Artikel sicher und gib das Paket innerhalb von 7 Tagen bei einer Annahmestelle des Versanddienstleisters ab.

Kosten der Rücksendung: Rücksendungen aus der Europäischen Union sind kostenlos; wir schicken dir ein frankiertes Etikett. Aus dem Vereinigten Königreich und den USA schicken wir ein frankiertes Etikett und ziehen 5,95 € von der Erstattung ab. Aus allen anderen Ländern organisierst und bezahlst du die Rücksendung selbst; bitte nutze einen Versand mit Sendungsverfolgung und kennzeichne das Paket als „Rücksendung“. Wenn ein Artikel defekt oder beschädigt ankam oder nicht deiner Bestellung entsprach, übernehmen wir die Rücksendekosten immer, egal wo du bist.

Endgültig verkaufte Artikel: Artikel, die auf der Produktseite als „Endgültiger Verkauf“ gekennzeichnet sind, sind vom Umtausch und von der Rückgabe ausgeschlossen, sofern sie nicht defekt sind. Das betrifft Restposten und ausgewählte reduzierte Artikel, Unterwäsche und Bademode (aus hygienischen Gründen) sowie Geschenkkarten.

Erstattungen: Sobald deine Rücksendung in unserem Lager eintrifft, prüfen wir sie innerhalb von 2 Werktagen und schreiben dir. Genehmigte Erstattungen gehen innerhalb von 5–10 Werktagen auf dein ursprüngliches Zahlungsmittel; deine Bank braucht eventuell ein paar Tage länger, bis sie sichtbar sind. Wenn du die komplette Bestellung zurückschickst, erstatten wir auch die ursprünglichen Standardversandkosten. Einfuhrzölle und -steuern, die du bei Lieferungen außerhalb der EU, des Vereinigten Königreichs und der USA an den Zusteller gezahlt hast, erstattet dein örtliches Zollamt, nicht wir; wir schicken dir die nötigen Unterlagen.

Umtausch: Innerhalb der EU tauschen wir Größen und Farben kostenlos um; wir versenden den neuen Artikel, sobald die Rücksendung vom Versanddienstleister gescannt wurde. In anderen Ländern schick den Artikel bitte zur Erstattung zurück und gib eine neue Bestellung auf.

Stornierungen: Du kannst eine Bestellung kostenlos stornieren, solange sie noch nicht versendet wurde. Nach dem Versand schick sie bitte gemäß dieser Richtlinie zurück.

Garantie: Alle Produkte haben ab Zustellung eine Garantie von 2 Jahren auf Herstellungsfehler. Für unsere Merino-Wandersocken gilt eine lebenslange Garantie gegen Löcher. Schreib uns mit deiner Bestellnummer und einem Foto des Problems.`},
	}
}

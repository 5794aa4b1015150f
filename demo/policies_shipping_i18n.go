package demo

// shippingPolicyTranslations returns the shipping policy in es, fr and de.
func shippingPolicyTranslations() map[string]PolicyText {
	return map[string]PolicyText{
		"es": {Title: "Política de envíos", Body: `Enviamos a todo el mundo desde nuestro almacén en Utrecht (Países Bajos). Los pedidos realizados antes de las 14:00 CET en un día hábil salen del almacén el mismo día; el resto se envía el siguiente día hábil. Los artículos en reserva se envían en la fecha indicada en la página del producto, y el resto de un pedido mixto se envía en cuanto está listo.

Países Bajos, Bélgica, Luxemburgo y Alemania: envío estándar con DHL o PostNL en 1–3 días hábiles, 4,95 €, gratis a partir de 75 €. Envío exprés al día siguiente, 12,95 €.

Resto de la Unión Europea: envío estándar en 2–5 días hábiles con DHL, La Poste - Colissimo o el servicio postal nacional, 6,95 €, gratis a partir de 75 €. Envío exprés en 1–2 días hábiles con DHL Express, 14,95 €.

Reino Unido: entrega en 3–5 días hábiles, 7,95 €, gratis a partir de 100 €.

Estados Unidos: entrega en 4–7 días hábiles con UPS o DHL Express, 14,95 €, gratis a partir de 150 €.

Canadá, Suiza y Noruega: entrega en 3–8 días hábiles, 16,95 €.

Asia y Oceanía (incluidos Japón, China, Corea del Sur, Singapur, Australia y Nueva Zelanda): entrega en 5–10 días hábiles con DHL Express, Japan Post o SF Express, 19,95 €, gratis a partir de 200 €.

Oriente Medio (incluidos Emiratos Árabes Unidos, Arabia Saudí, Catar e Israel): entrega en 5–9 días hábiles con Aramex o DHL Express, 19,95 €, gratis a partir de 200 €.

Resto del mundo: entrega en 7–15 días hábiles, 24,95 €.

Aduanas y aranceles: los pedidos a países de la UE nunca pagan aduanas. Al Reino Unido y a Estados Unidos enviamos en modalidad DDP (derechos pagados): los precios incluyen aranceles e impuestos de importación y no hay nada más que pagar en la entrega. Al resto de países enviamos en modalidad DAP (entregado en lugar convenido): los aranceles, impuestos de importación y la tasa de despacho del transportista se cobran en la entrega y corren a cargo del cliente. No podemos declarar los pedidos como regalo ni indicar un valor inferior. Si rechazas un paquete DAP, te reembolsamos el pedido menos el envío de vuelta y los aranceles que nos cobren.

Seguimiento: cuando tu pedido sale, te enviamos por correo el número y el enlace de seguimiento; también puedes preguntar el estado a nuestro asistente de chat con tu número de pedido y tu correo electrónico. El primer escaneo puede tardar hasta 24 horas en aparecer. Si tu paquete no se mueve durante 7 días hábiles, escríbenos y abriremos una investigación con el transportista.

Direcciones: enviamos a apartados de correos y taquillas de paquetería solo con envío estándar. Revisa bien tu dirección; si hay que cambiarla, escríbenos en la hora siguiente al pedido. Cuando el paquete ha salido del almacén, la dirección solo puede cambiarse a través del transportista.

Restricciones: los cartuchos de gas, las baterías de litio vendidas por separado y los cuchillos no pueden enviarse por avión y solo están disponibles con envío terrestre dentro de la UE.`},
		"fr": {Title: "Politique d'expédition", Body: `Nous livrons dans le monde entier depuis notre entrepôt d'Utrecht, aux Pays-Bas. Les commandes passées avant 14 h (heure de Paris) un jour ouvré quittent l'entrepôt le jour même ; les autres partent le jour ouvré suivant. Les articles en précommande sont expédiés à la date indiquée sur la fiche produit, et le reste d'une commande mixte part dès qu'il est prêt.

Pays-Bas, Belgique, Luxembourg et Allemagne : livraison standard avec DHL ou PostNL en 1 à 3 jours ouvrés, 4,95 €, offerte dès 75 €. Livraison express le lendemain, 12,95 €.

Reste de l'Union européenne : livraison standard en 2 à 5 jours ouvrés avec DHL, La Poste - Colissimo ou le service postal national, 6,95 €, offerte dès 75 €. Livraison express en 1 à 2 jours ouvrés avec DHL Express, 14,95 €.

Royaume-Uni : livraison en 3 à 5 jours ouvrés, 7,95 €, offerte dès 100 €.

États-Unis : livraison en 4 à 7 jours ouvrés avec UPS ou DHL Express, 14,95 €, offerte dès 150 €.

Canada, Suisse et Norvège : livraison en 3 à 8 jours ouvrés, 16,95 €.

Asie et Océanie (dont Japon, Chine, Corée du Sud, Singapour, Australie et Nouvelle-Zélande) : livraison en 5 à 10 jours ouvrés avec DHL Express, Japan Post ou SF Express, 19,95 €, offerte dès 200 €.

Moyen-Orient (dont Émirats arabes unis, Arabie saoudite, Qatar et Israël) : livraison en 5 à 9 jours ouvrés avec Aramex ou DHL Express, 19,95 €, offerte dès 200 €.

Reste du monde : livraison en 7 à 15 jours ouvrés, 24,95 €.

Douane et droits : les commandes vers les pays de l'UE ne paient jamais de douane. Vers le Royaume-Uni et les États-Unis, nous expédions en DDP (rendu droits acquittés) : les prix incluent les droits et taxes d'importation, et rien d'autre n'est dû à la livraison. Vers tous les autres pays, nous expédions en DAP (rendu au lieu de destination) : les droits, taxes d'importation et frais de dédouanement du transporteur sont facturés à la livraison et restent à la charge du client. Nous ne pouvons pas déclarer une commande comme cadeau ni en sous-évaluer la valeur. Si vous refusez un colis DAP, nous vous remboursons la commande, déduction faite des frais de retour et des droits qui nous sont facturés.

Suivi : dès l'expédition, nous vous envoyons par e-mail un numéro et un lien de suivi ; vous pouvez aussi demander le statut à notre assistant de chat avec votre numéro de commande et votre e-mail. Le premier scan peut mettre jusqu'à 24 heures à apparaître. Si votre colis ne bouge plus pendant 7 jours ouvrés, contactez-nous et nous ouvrirons une enquête auprès du transporteur.

Adresses : nous livrons en boîte postale et en consigne automatique uniquement en livraison standard. Vérifiez bien votre adresse et contactez-nous dans l'heure qui suit la commande si elle doit être modifiée. Une fois le colis parti de l'entrepôt, l'adresse ne peut être modifiée qu'auprès du transporteur.

Restrictions : les cartouches de gaz, les batteries au lithium vendues séparément et les couteaux ne peuvent pas voyager par avion et ne sont disponibles qu'en livraison terrestre dans l'UE.`},
		"de": {Title: "Versandrichtlinie", Body: `Wir versenden weltweit aus unserem Lager in Utrecht in den Niederlanden. Bestellungen, die an einem Werktag vor 14:00 Uhr MEZ eingehen, verlassen das Lager am selben Tag; alle anderen werden am nächsten Werktag versendet. Vorbestellte Artikel versenden wir zu dem auf der Produktseite genannten Termin, den Rest einer gemischten Bestellung sobald er bereit ist.

Niederlande, Belgien, Luxemburg und Deutschland: Standardversand mit DHL oder PostNL in 1–3 Werktagen, 4,95 €, ab 75 € kostenlos. Expresszustellung am nächsten Tag 12,95 €.

Übrige Europäische Union: Standardversand in 2–5 Werktagen mit DHL, La Poste - Colissimo oder der nationalen Post, 6,95 €, ab 75 € kostenlos. Expressversand in 1–2 Werktagen mit DHL Express, 14,95 €.

Vereinigtes Königreich: Zustellung in 3–5 Werktagen, 7,95 €, ab 100 € kostenlos.

USA: Zustellung in 4–7 Werktagen mit UPS oder DHL Express, 14,95 €, ab 150 € kostenlos.

Kanada, Schweiz und Norwegen: Zustellung in 3–8 Werktagen, 16,95 €.

Asien und Ozeanien (u. a. Japan, China, Südkorea, Singapur, Australien und Neuseeland): Zustellung in 5–10 Werktagen mit DHL Express, Japan Post oder SF Express, 19,95 €, ab 200 € kostenlos.

Naher Osten (u. a. Vereinigte Arabische Emirate, Saudi-Arabien, Katar und Israel): Zustellung in 5–9 Werktagen mit Aramex oder DHL Express, 19,95 €, ab 200 € kostenlos.

Übrige Welt: Zustellung in 7–15 Werktagen, 24,95 €.

Zoll und Abgaben: Für Bestellungen in EU-Länder fällt nie Zoll an. In das Vereinigte Königreich und die USA liefern wir DDP (verzollt): Die Preise enthalten Einfuhrzölle und -steuern, bei der Zustellung ist nichts mehr zu zahlen. In alle anderen Länder liefern wir DAP (geliefert benannter Ort): Einfuhrzölle, Steuern und die Abfertigungsgebühr des Zustellers werden bei der Zustellung erhoben und sind vom Kunden zu tragen. Wir können Bestellungen nicht als Geschenk deklarieren oder einen niedrigeren Wert angeben. Wenn du ein DAP-Paket nicht annimmst, erstatten wir die Bestellung abzüglich der Rücksendekosten und der uns berechneten Abgaben.

Sendungsverfolgung: Sobald deine Bestellung versendet ist, schicken wir dir Sendungsnummer und Tracking-Link per E-Mail; du kannst den Status auch bei unserem Chat-Assistenten mit Bestellnummer und E-Mail-Adresse abfragen. Der erste Scan kann bis zu 24 Stunden dauern. Bewegt sich dein Paket 7 Werktage lang nicht, melde dich bei uns, und wir leiten einen Nachforschungsauftrag beim Versanddienstleister ein.

Adressen: An Postfächer und Paketstationen liefern wir nur mit Standardversand. Bitte prüfe deine Adresse sorgfältig und melde dich innerhalb einer Stunde nach der Bestellung, wenn sie geändert werden muss. Hat das Paket das Lager verlassen, kann die Adresse nur noch über den Versanddienstleister geändert werden.

Einschränkungen: Gaskartuschen, separat verkaufte Lithium-Akkus und Messer dürfen nicht per Luftfracht versendet werden und sind nur mit Landversand innerhalb der EU erhältlich.`},
	}
}

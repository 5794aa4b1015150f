package demo

// aboutTranslations returns the about page in es, fr and de.
func aboutTranslations() map[string]PolicyText {
	return map[string]PolicyText{
		"es": {Title: "Sobre nosotros", Body: `Northwind Outfitters nació en 2016 en un garaje compartido de Utrecht, donde dos amigos aficionados al senderismo reparaban chaquetas de lluvia para su club de escalada. Hoy diseñamos ropa y equipo para senderismo, viajes y la vida al aire libre, y enviamos a más de 60 países.

Hacemos menos cosas, pero mejor. Cada producto se prueba en los senderos de los Alpes, Escocia y los fiordos noruegos antes de salir a la venta, y guardamos piezas de repuesto y guías de reparación de todo lo que vendemos.

Los materiales importan: el 78 % de nuestra colección usa materiales reciclados, orgánicos o de origen responsable; nuestro plumón tiene certificación RDS y nuestra lana merino es libre de mulesing. Tenemos la certificación Climate Neutral y donamos el 1 % de nuestros ingresos al mantenimiento de senderos y a proyectos de acceso a la naturaleza.

Nuestro equipo de 34 personas trabaja desde Utrecht y habla once idiomas, por eso te respondemos en el tuyo.`},
		"fr": {Title: "À propos", Body: `Northwind Outfitters est né en 2016 dans un garage partagé à Utrecht, où deux amis randonneurs réparaient les vestes de pluie de leur club d'escalade. Aujourd'hui, nous concevons des vêtements et de l'équipement pour la randonnée, le voyage et la vie au grand air, et nous livrons dans plus de 60 pays.

Nous fabriquons moins, mais mieux. Chaque produit est testé sur les sentiers des Alpes, d'Écosse et des fjords norvégiens avant sa mise en vente, et nous gardons des pièces détachées et des guides de réparation pour tout ce que nous vendons.

Les matières comptent : 78 % de notre collection utilise des matières recyclées, biologiques ou issues de sources responsables ; notre duvet est certifié RDS et notre mérinos est sans mulesing. Nous sommes certifiés Climate Neutral et reversons 1 % de notre chiffre d'affaires à l'entretien des sentiers et à l'accès à la nature.

Notre équipe de 34 personnes travaille à Utrecht et parle onze langues : c'est pour cela que nous vous répondons dans la vôtre.`},
		"de": {Title: "Über uns", Body: `Northwind Outfitters begann 2016 in einer gemeinsam genutzten Garage in Utrecht, wo zwei Wanderfreunde die Regenjacken ihres Kletterclubs reparierten. Heute entwerfen wir Kleidung und Ausrüstung fürs Wandern, Reisen und den Alltag draußen und liefern in mehr als 60 Länder.

Wir machen weniger, dafür besser. Jedes Produkt wird auf Wegen in den Alpen, in Schottland und an den norwegischen Fjorden getestet, bevor es in den Verkauf geht, und wir halten für alles, was wir verkaufen, Ersatzteile und Reparaturanleitungen bereit.

Material ist entscheidend: 78 % unserer Kollektion bestehen aus recycelten, biologischen oder verantwortungsvoll gewonnenen Materialien, unsere Daune ist RDS-zertifiziert und unsere Merinowolle mulesingfrei. Wir sind als Climate Neutral zertifiziert und spenden 1 % unseres Umsatzes für Wegepflege und Projekte für freien Zugang zur Natur.

Unser 34-köpfiges Team arbeitet in Utrecht und spricht zusammen elf Sprachen – deshalb antworten wir dir in deiner.`},
	}
}

// sizeGuideTranslations returns the size guide in es, fr and de.
func sizeGuideTranslations() map[string]PolicyText {
	return map[string]PolicyText{
		"es": {Title: "Guía de tallas", Body: `Nuestra ropa sigue las tallas europeas y está pensada para llevarse por capas. Si estás entre dos tallas, elige la mayor para las capas exteriores y la menor para las capas base.

Partes de arriba y chaquetas (contorno de pecho): XS 84–88 cm, S 89–94 cm, M 95–100 cm, L 101–107 cm, XL 108–114 cm, XXL 115–121 cm.

Pantalones (contorno de cintura): 28 = 71 cm, 30 = 76 cm, 32 = 81 cm, 34 = 86 cm, 36 = 91 cm. Tallas con letras: S 72–77 cm, M 78–84 cm, L 85–91 cm, XL 92–98 cm. El largo de pierna estándar es de 81 cm.

Calzado: usamos tallas europeas. EU 38 = UK 5 = US hombre 6 / mujer 7 = 24 cm; EU 40 = UK 6,5 = US hombre 7,5 / mujer 8,5 = 25,5 cm; EU 42 = UK 8 = US hombre 9 / mujer 10 = 26,5 cm; EU 44 = UK 9,5 = US hombre 10,5 = 28 cm; EU 46 = UK 11 = US hombre 12 = 29,5 cm. Las botas de senderismo se ajustan a la talla; elige media talla más si usas calcetines gruesos.

Niños: las tallas van por edad (de 4 a 12 años) e incluyen margen para crecer durante un año aproximadamente.

Calcetines: S corresponde a EU 36–38, M a EU 39–42 y L a EU 43–46.

¿Sigues con dudas? Pregunta a nuestro asistente de chat indicando tu altura y tu talla habitual, o aprovecha el cambio de talla gratuito dentro de la UE.`},
		"fr": {Title: "Guide des tailles", Body: `Nos vêtements suivent les tailles européennes et sont coupés pour être superposés. Si vous hésitez entre deux tailles, prenez la plus grande pour les couches extérieures et la plus petite pour les sous-couches.

Hauts et vestes (tour de poitrine) : XS 84–88 cm, S 89–94 cm, M 95–100 cm, L 101–107 cm, XL 108–114 cm, XXL 115–121 cm.

Pantalons (tour de taille) : 28 = 71 cm, 30 = 76 cm, 32 = 81 cm, 34 = 86 cm, 36 = 91 cm. Tailles en lettres : S 72–77 cm, M 78–84 cm, L 85–91 cm, XL 92–98 cm. L'entrejambe standard est de 81 cm.

Chaussures : nous utilisons les pointures européennes. EU 38 = UK 5 = US homme 6 / femme 7 = 24 cm ; EU 40 = UK 6,5 = US homme 7,5 / femme 8,5 = 25,5 cm ; EU 42 = UK 8 = US homme 9 / femme 10 = 26,5 cm ; EU 44 = UK 9,5 = US homme 10,5 = 28 cm ; EU 46 = UK 11 = US homme 12 = 29,5 cm. Les chaussures de randonnée taillent normalement ; prenez une demi-pointure au-dessus avec des chaussettes épaisses.

Enfants : les tailles sont indiquées par âge (4 à 12 ans) et prévoient environ un an de croissance.

Chaussettes : S correspond au 36–38, M au 39–42 et L au 43–46.

Encore un doute ? Demandez à notre assistant de chat en indiquant votre taille et votre taille de vêtement habituelle, ou profitez de l'échange de taille gratuit dans l'UE.`},
		"de": {Title: "Größentabelle", Body: `Unsere Kleidung folgt europäischen Größen und ist für das Zwiebelprinzip geschnitten. Wenn du zwischen zwei Größen liegst, nimm bei Außenschichten die größere und bei Baselayern die kleinere Größe.

Oberteile und Jacken (Brustumfang): XS 84–88 cm, S 89–94 cm, M 95–100 cm, L 101–107 cm, XL 108–114 cm, XXL 115–121 cm.

Hosen (Taillenumfang): 28 = 71 cm, 30 = 76 cm, 32 = 81 cm, 34 = 86 cm, 36 = 91 cm. Buchstabengrößen: S 72–77 cm, M 78–84 cm, L 85–91 cm, XL 92–98 cm. Die Standard-Innenbeinlänge beträgt 81 cm.

Schuhe: Wir verwenden EU-Größen. EU 38 = UK 5 = US Herren 6 / Damen 7 = 24 cm; EU 40 = UK 6,5 = US Herren 7,5 / Damen 8,5 = 25,5 cm; EU 42 = UK 8 = US Herren 9 / Damen 10 = 26,5 cm; EU 44 = UK 9,5 = US Herren 10,5 = 28 cm; EU 46 = UK 11 = US Herren 12 = 29,5 cm. Wanderschuhe fallen normal aus; bei dicken Socken eine halbe Größe größer wählen.

Kinder: Die Größen richten sich nach dem Alter (4 bis 12 Jahre) und lassen etwa ein Jahr Platz zum Wachsen.

Socken: S passt für EU 36–38, M für EU 39–42, L für EU 43–46.

Noch unsicher? Frag unseren Chat-Assistenten mit deiner Körpergröße und deiner üblichen Größe oder nutze den kostenlosen Größentausch innerhalb der EU.`},
	}
}

// customsTranslations returns the customs and duties page in every
// published locale, because it is what cross-border shoppers ask about most.
func customsTranslations() map[string]PolicyText {
	return map[string]PolicyText{
		"es": {Title: "Aduanas y aranceles", Body: `Que tengas que pagar algo en la entrega depende del destino de tu pedido.

Unión Europea: sin trámites aduaneros ni cargos adicionales. Los precios incluyen el IVA de tu país.

Reino Unido y Estados Unidos: enviamos en modalidad DDP (derechos pagados). El precio en el checkout incluye todos los aranceles e impuestos de importación, y el transportista nunca te pedirá dinero en la entrega.

Resto de países (incluidos Suiza, Noruega, Canadá, Japón, China, Australia, los países del Golfo y el resto del mundo): enviamos en modalidad DAP (entregado en lugar convenido). Los aranceles, impuestos de importación y la tasa de despacho del transportista no están incluidos en nuestros precios; el transportista los cobra antes de la entrega o en ella. El importe depende de las normas de tu país y del valor del pedido; por ejemplo, Suiza aplica un IVA del 8,1 % a la mayoría de los pedidos y Japón suele aplicar un impuesto sobre el consumo del 10 % a los pedidos de más de 10.000 ¥.

No podemos declarar los pedidos como regalo ni indicar un valor inferior: es ilegal y retrasa tu paquete.

Si devuelves un artículo desde un país DAP, normalmente tu oficina de aduanas puede reembolsarte los aranceles; te enviamos la factura comercial y el justificante de devolución necesarios.`},
		"fr": {Title: "Douane et droits", Body: `Le fait de payer quelque chose à la livraison dépend de la destination de votre commande.

Union européenne : aucune formalité douanière ni frais supplémentaires. Les prix incluent la TVA de votre pays.

Royaume-Uni et États-Unis : nous expédions en DDP (rendu droits acquittés). Le prix affiché au paiement inclut tous les droits et taxes d'importation, et le transporteur ne vous demandera jamais d'argent à la livraison.

Tous les autres pays (dont la Suisse, la Norvège, le Canada, le Japon, la Chine, l'Australie, les pays du Golfe et le reste du monde) : nous expédions en DAP (rendu au lieu de destination). Les droits, taxes d'importation et frais de dédouanement du transporteur ne sont pas inclus dans nos prix ; le transporteur les perçoit avant ou à la livraison. Le montant dépend des règles de votre pays et de la valeur de la commande ; par exemple, la Suisse applique une TVA de 8,1 % sur la plupart des commandes et le Japon applique généralement une taxe à la consommation de 10 % aux commandes de plus de 10 000 ¥.

Nous ne pouvons pas déclarer une commande comme cadeau ni en sous-évaluer la valeur : c'est illégal et cela retarde votre colis.

Si vous retournez un article depuis un pays DAP, votre bureau de douane peut généralement vous rembourser les droits ; nous vous envoyons la facture commerciale et la preuve de retour nécessaires.`},
		"de": {Title: "Zoll und Abgaben", Body: `Ob bei der Zustellung etwas zu zahlen ist, hängt vom Zielland deiner Bestellung ab.

Europäische Union: keine Zollformalitäten und keine Zusatzkosten. Die Preise enthalten die Mehrwertsteuer deines Landes.

Vereinigtes Königreich und USA: Wir liefern DDP (verzollt). Der Preis an der Kasse enthält alle Einfuhrzölle und -steuern, und der Zusteller verlangt bei der Zustellung nie Geld von dir.

Alle anderen Länder (u. a. Schweiz, Norwegen, Kanada, Japan, China, Australien, die Golfstaaten und die übrige Welt): Wir liefern DAP (geliefert benannter Ort). Einfuhrzölle, Steuern und die Abfertigungsgebühr des Zustellers sind nicht in unseren Preisen enthalten; der Zusteller erhebt sie vor oder bei der Zustellung. Die Höhe hängt von den Regeln deines Landes und vom Bestellwert ab; die Schweiz erhebt zum Beispiel auf die meisten Bestellungen 8,1 % Mehrwertsteuer, und Japan erhebt auf Bestellungen über 10.000 ¥ in der Regel 10 % Verbrauchsteuer.

Wir können Bestellungen nicht als Geschenk deklarieren oder einen niedrigeren Wert angeben – das ist illegal und verzögert dein Paket.

Wenn du einen Artikel aus einem DAP-Land zurückschickst, kann dir dein Zollamt die Abgaben in der Regel erstatten; wir schicken dir die nötige Handelsrechnung und den Rücksendenachweis.`},
		"ja": {Title: "関税・輸入税について", Body: `お届け時に支払いが発生するかどうかは、配送先によって異なります。

EU加盟国：通関手続きや追加料金はありません。価格にはお住まいの国の付加価値税が含まれています。

イギリス・アメリカ：DDP（関税込み）で発送します。チェックアウト時の価格にすべての関税と輸入税が含まれており、配達時に運送会社から請求されることはありません。

その他の国（スイス、ノルウェー、カナダ、日本、中国、オーストラリア、湾岸諸国など）：DAP（仕向地持込渡し）で発送します。関税・輸入税および運送会社の通関手数料は当店の価格に含まれておらず、お届け前またはお届け時に運送会社が徴収します。金額はお住まいの国の規則と注文金額によって異なります。例えばスイスではほとんどのご注文に8.1%の付加価値税がかかり、日本の場合、1万円を超えるご注文には通常10%の消費税がかかります。

ご注文を贈答品として申告したり、実際より低い金額で申告したりすることはできません。違法であり、荷物の遅延の原因にもなります。

DAP対象国から返品された場合、通常は現地の税関で関税の還付を受けられます。必要な商業インボイスと返品証明書をお送りします。`},
		"zh-CN": {Title: "关税与进口税", Body: `收货时是否需要付费，取决于订单的寄送目的地。

欧盟：无需清关手续，也没有额外费用。价格已包含您所在国家的增值税。

英国和美国：我们以 DDP（完税后交货）方式发货。结账时的价格已包含所有进口关税和税费，承运商在派送时不会向您收取任何费用。

其他所有国家和地区（包括瑞士、挪威、加拿大、日本、中国、澳大利亚、海湾国家及世界其他地区）：我们以 DAP（目的地交货）方式发货。进口关税、税费以及承运商的清关手续费不包含在我们的价格中，将由承运商在派送前或派送时收取。具体金额取决于您所在国家的规定和订单金额；例如，瑞士对大多数订单征收 8.1% 的增值税，日本通常对超过 ¥10,000 的订单征收 10% 的消费税。

我们无法将订单申报为礼品，也不能低报货值：这样做违法，还会导致包裹延误。

如果您从 DAP 国家或地区退货，通常可以向当地海关申请退还关税；我们会把所需的商业发票和退货证明发送给您。`},
		"ar": {Title: "الجمارك والرسوم", Body: `يعتمد دفع أي مبلغ عند الاستلام على وجهة طلبك.

الاتحاد الأوروبي: لا توجد إجراءات جمركية ولا رسوم إضافية. الأسعار تشمل ضريبة القيمة المضافة في بلدك.

المملكة المتحدة والولايات المتحدة: نشحن بنظام DDP (التسليم مع دفع الرسوم). السعر عند الدفع يشمل جميع رسوم وضرائب الاستيراد، ولن تطلب منك شركة الشحن أي مبلغ عند التسليم.

جميع الدول الأخرى (بما فيها سويسرا والنرويج وكندا واليابان والصين وأستراليا ودول الخليج وبقية العالم): نشحن بنظام DAP (التسليم في المكان المحدد). رسوم الاستيراد والضرائب ورسوم التخليص لدى شركة الشحن غير مشمولة في أسعارنا، وتحصّلها شركة الشحن قبل التسليم أو عنده. يعتمد المبلغ على قوانين بلدك وقيمة الطلب؛ على سبيل المثال، تفرض سويسرا ضريبة القيمة المضافة بنسبة 8.1% على معظم الطلبات، وتفرض اليابان عادةً ضريبة استهلاك بنسبة 10% على الطلبات التي تزيد على 10,000 ين.

لا يمكننا التصريح عن الطلبات كهدايا أو بقيمة أقل من قيمتها الحقيقية، فهذا مخالف للقانون ويؤخر وصول طردك.

إذا أرجعت منتجاً من دولة تُشحن إليها الطلبات بنظام DAP، فيمكنك عادةً استرداد الرسوم من مكتب الجمارك المحلي؛ وسنرسل لك الفاتورة التجارية وإثبات الإرجاع اللازمين.`},
	}
}

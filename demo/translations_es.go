package demo

// esCatalog holds the Spanish (es) product translations.
func esCatalog() localeCatalog {
	return localeCatalog{
		optionNames: map[string]string{
			"Color": "Color", "Size": "Talla", "Cushioning": "Amortiguación", "Back Length": "Longitud de espalda",
			"Length": "Longitud", "Zip": "Cremallera", "Capacity": "Capacidad", "Amount": "Importe",
		},
		optionValues: map[string]string{
			"Black": "Negro", "Forest": "Verde bosque", "Glacier Blue": "Azul glaciar", "Rust": "Óxido",
			"Heather Grey": "Gris jaspeado", "Navy": "Azul marino", "Charcoal": "Gris carbón", "Ocean": "Océano",
			"Sage": "Salvia", "White": "Blanco", "Terracotta": "Terracota", "Khaki": "Caqui", "Graphite": "Grafito",
			"Teal": "Verde azulado", "Coral": "Coral", "Oatmeal": "Avena", "Brown": "Marrón", "Lime": "Lima",
			"Olive": "Oliva", "Slate": "Pizarra", "Sand": "Arena", "Glacier": "Glaciar", "Orange": "Naranja",
			"Tortoise": "Carey", "Matte Black": "Negro mate", "Light": "Ligera", "Midweight": "Media",
			"Regular": "Normal", "Long": "Largo", "Wide Long": "Ancho y largo", "Left": "Izquierda", "Right": "Derecha",
		},
		products: map[string]productText{
			"aurora-rain-shell": {title: "Chaqueta impermeable Aurora 2.5L", ptype: "Chaquetas",
				body: `<p>Una chaqueta impermeable ligera con costuras termoselladas, para senderismo y para el día a día en la ciudad. Su tejido exterior de nailon reciclado de 2,5 capas resiste la lluvia intensa (20.000 mm) y sigue transpirando en las subidas más duras.</p>` +
					`<ul><li>Capucha compatible con casco y visera rígida</li><li>Cremalleras de ventilación en las axilas</li><li>Se guarda en su propio bolsillo del pecho</li></ul>`},
			"fjord-down-jacket": {title: "Chaqueta de plumón Fjord 800", ptype: "Chaquetas",
				body: `<p>Nuestra chaqueta más cálida para el día a día, rellena de plumón de oca de 800 cuin con certificación RDS. Lo bastante ligera para un viaje de esquí y lo bastante cálida para un invierno nórdico.</p>` +
					`<ul><li>Tejido ripstop repelente al agua</li><li>Capucha y bajo ajustables</li><li>Dos bolsillos laterales con cremallera</li></ul>`},
			"harbor-grid-fleece": {title: "Forro polar Harbor Grid", ptype: "Forros polares",
				body: `<p>Un forro polar con estructura de cuadrícula, de poliéster reciclado, que retiene el calor y se seca rápido. La segunda capa que usarás todo el año.</p>` +
					`<ul><li>Media cremallera con protector de barbilla</li><li>Bolsillo en el pecho con cremallera</li><li>100 % poliéster reciclado</li></ul>`},
			"summit-merino-hoodie": {title: "Sudadera con capucha Summit de merino", ptype: "Forros polares",
				body: `<p>Una sudadera de merino de 250 g/m² que regula la temperatura y evita los olores, para llevarla varios días seguidos en la montaña o de viaje.</p>` +
					`<ul><li>Lana merino de Nueva Zelanda libre de mulesing</li><li>Capucha ajustada y trabillas para los pulgares</li><li>Lavable a máquina a 30 °C</li></ul>`},
			"alpine-merino-base-layer-top": {title: "Camiseta térmica Alpine Merino 200", ptype: "Capas base",
				body: `<p>Una primera capa de merino de 200 g/m², suave y sin picor, para esquiar, caminar en invierno y los trayectos fríos.</p>` +
					`<ul><li>Costuras planas que no rozan bajo la mochila</li><li>Antiolor de forma natural</li><li>Corte entallado</li></ul>`},
			"trailhead-organic-tee": {title: "Camiseta Trailhead de algodón orgánico", ptype: "Camisetas",
				body: `<p>Una camiseta de gramaje alto en algodón orgánico con certificación GOTS y nuestra pequeña montaña en el pecho. Preencogida y de corte holgado.</p>` +
					`<ul><li>Punto de algodón orgánico de 180 g/m²</li><li>Estampada en Portugal con tintas al agua</li><li>Corte holgado y unisex</li></ul>`},
			"canyon-hiking-pants": {title: "Pantalón de senderismo elástico Canyon", ptype: "Pantalones",
				body: `<p>Pantalón de senderismo elástico en cuatro direcciones que acompaña cada movimiento en las trepadas y se seca rápido después de cruzar un río. Su acabado repelente al agua sin PFC repele los chubascos ligeros.</p>` +
					`<ul><li>Rodillas preformadas y entrepierna con refuerzo</li><li>Bolsillo con cremallera en el muslo para el móvil</li><li>Largo de pierna 81 cm; bajo con cordón</li></ul>`},
			"lagoon-swim-shorts": {title: "Bañador Lagoon reciclado", ptype: "Pantalones cortos",
				body: `<p>Bañador de secado rápido fabricado con plástico reciclado recuperado del océano, con malla interior y bolsillo trasero con cremallera para la llave.</p>` +
					`<ul><li>Poliéster reciclado de plástico destinado al océano</li><li>Malla interior y cintura con cordón</li><li>Venta final: no admite devoluciones ni cambios</li></ul>`},
			"merino-hiking-socks": {title: "Calcetines de senderismo de merino", ptype: "Calcetines",
				body: `<p>Calcetines acolchados de merino que mantienen los pies secos y sin ampollas en las jornadas largas. Talón y puntera reforzados, cierre de puntera sin costuras.</p>` +
					`<ul><li>68 % lana merino, 29 % nailon, 3 % elastano</li><li>Amortiguación ligera o media</li><li>Garantía de por vida contra agujeros</li></ul>`},
			"merino-boxer-briefs": {title: "Bóxer de merino", ptype: "Ropa interior",
				body: `<p>Bóxer transpirable de merino para viajes y travesías de varios días. Antiolor, de secado rápido y suave sobre la piel.</p>` +
					`<ul><li>Merino de 150 g/m² con un toque de elastano</li><li>Costuras planas, la pernera no se sube</li><li>Venta final por motivos de higiene</li></ul>`},
			"cairn-merino-beanie": {title: "Gorro Cairn de merino", ptype: "Gorros y gorras",
				body: `<p>Un gorro de canalé de doble capa en merino suave. Abriga sin abultar y cabe bajo el casco.</p>` +
					`<ul><li>100 % lana merino</li><li>Talla única</li><li>Tejido en Portugal</li></ul>`},
			"granite-mid-gtx-hiking-boots": {title: "Botas de senderismo Granite Mid GTX", ptype: "Calzado",
				body: `<p>Botas de senderismo impermeables de caña media con membrana GORE-TEX y suela Vibram de gran agarre. Cómodas desde el primer día y estables en los descensos rocosos.</p>` +
					`<ul><li>Empeine de piel plena flor y malla reciclada</li><li>Suela Vibram Megagrip</li><li>Tallas europeas; se ajustan a la talla, elige media talla más si usas calcetines gruesos</li></ul>`},
			"switchback-trail-running-shoes": {title: "Zapatillas de trail running Switchback", ptype: "Calzado",
				body: `<p>Zapatillas de trail reactivas con tacos de 5 mm para el barro y placa protectora para terreno técnico.</p>` +
					`<ul><li>Drop de 6 mm</li><li>Cordones rápidos con bolsillo para guardarlos</li><li>Peso: 310 g por zapatilla (EU 42)</li></ul>`},
			"riverbed-hiking-sandals": {title: "Sandalias de senderismo Riverbed", ptype: "Calzado",
				body: `<p>Sandalias de senderismo ajustables con plantilla anatómica y suela de goma adherente que agarra sobre roca mojada.</p>` +
					`<ul><li>Tiras de cinta ajustables en tres puntos</li><li>Materiales veganos de secado rápido</li><li>Aptas para vadear ríos</li></ul>`},
			"ridgeline-22l-daypack": {title: "Mochila de día Ridgeline 22L", ptype: "Mochilas",
				body: `<p>Una mochila de 22 litros con espalda ventilada, bolsillos en el cinturón y funda para bolsa de hidratación. Suficiente para un día entero en la montaña y discreta en la oficina.</p>` +
					`<ul><li>Nailon ripstop 210D reciclado</li><li>Funda impermeable integrada</li><li>Cabe un portátil de 15"</li></ul>`},
			"highroute-55l-trekking-pack": {title: "Mochila de trekking Highroute 55L", ptype: "Mochilas",
				body: `<p>Mochila de trekking para travesías de varios días, con espalda regulable y cinturón que transfiere la carga. Lleva 15 kg con comodidad.</p>` +
					`<ul><li>55 litros más una tapa extensible de 10 litros</li><li>Acceso frontal en U al compartimento principal</li><li>Dos longitudes de espalda: S/M (40–48 cm) y M/L (46–54 cm)</li></ul>`},
			"voyager-60l-travel-duffel": {title: "Bolsa de viaje Voyager 60L", ptype: "Bolsas",
				body: `<p>Una bolsa de viaje resistente a la intemperie que se lleva como una mochila. Se guarda en su propio bolsillo lateral cuando no la necesitas.</p>` +
					`<ul><li>Poliéster reciclado 840D laminado</li><li>Tirantes de mochila desmontables</li><li>Cumple las normas de equipaje facturado de la mayoría de aerolíneas</li></ul>`},
			"solstice-2p-ultralight-tent": {title: "Tienda ultraligera Solstice 2P", ptype: "Tiendas de campaña",
				body: `<p>Una tienda autoportante para dos personas que pesa solo 1,24 kg. Dos puertas, dos avances y altura suficiente para sentarse y jugar a las cartas cuando llueve.</p>` +
					`<ul><li>Reserva: se envía en 3–4 semanas</li><li>Doble techo de ripstop siliconado, 3.000 mm</li><li>Varillas de aluminio DAC</li></ul>`},
			"ember-down-sleeping-bag": {title: "Saco de plumón Ember -5 °C", ptype: "Sacos de dormir",
				body: `<p>Un saco momia de tres estaciones relleno de plumón de 750 cuin con certificación RDS. Temperatura de confort 0 °C, límite -5 °C.</p>` +
					`<ul><li>Normal para personas de hasta 183 cm, Largo hasta 198 cm</li><li>Collar térmico y cremallera antienganche</li><li>Incluye saco de compresión</li></ul>`},
			"airloft-insulated-sleeping-pad": {title: "Esterilla aislante Airloft", ptype: "Esterillas",
				body: `<p>Una esterilla hinchable de 7 cm de grosor con un valor R de 4,2, suficiente para las noches de entretiempo. Se infla en unas 12 respiraciones con la bolsa de inflado incluida.</p>` +
					`<ul><li>Normal: 183 × 51 cm; Ancho y largo: 197 × 64 cm</li><li>Tejido silencioso que no cruje</li><li>Incluye kit de reparación</li></ul>`},
			"canteen-insulated-bottle": {title: "Botella térmica Canteen", ptype: "Botellas",
				body: `<p>Una botella de acero inoxidable de doble pared que mantiene las bebidas frías 24 horas o calientes 12. Tapón antigoteo con asa.</p>` +
					`<ul><li>Acero inoxidable 18/8 apto para alimentos, sin BPA</li><li>Cabe en la mayoría de portavasos del coche (500 y 750 ml)</li><li>Lavar solo a mano</li></ul>`},
			"lumen-400-headlamp": {title: "Frontal recargable Lumen 400", ptype: "Iluminación",
				body: `<p>Una linterna frontal de 400 lúmenes con luz roja para visión nocturna y bloqueo para que nunca se encienda dentro de la mochila. Se carga por USB-C.</p>` +
					`<ul><li>Hasta 60 horas en el modo más bajo</li><li>Resistente a salpicaduras IPX4</li><li>Indicador de batería</li></ul>`},
			"carbon-trekking-poles": {title: "Bastones de trekking de carbono (par)", ptype: "Bastones de trekking",
				body: `<p>Bastones de carbono de tres tramos con cierre rápido y empuñaduras de corcho. 210 g por bastón.</p>` +
					`<ul><li>Elige 100–120 cm si mides menos de 170 cm</li><li>Puntas de carburo de tungsteno; tacos de goma incluidos</li><li>Incluye arandelas de nieve</li></ul>`},
			"glacier-polarized-sunglasses": {title: "Gafas de sol polarizadas Glacier", ptype: "Gafas",
				body: `<p>Lentes polarizadas de categoría 3 en una montura ligera de origen vegetal. Ideales para aproximaciones a glaciares, el agua y los días soleados en la ciudad.</p>` +
					`<ul><li>Protección UV400</li><li>Montura de origen vegetal a partir de semillas de ricino</li><li>Incluye funda de microfibra reciclada</li></ul>`},
			"northwind-gift-card": {title: "Tarjeta regalo Northwind", ptype: "Tarjetas regalo",
				body: `<p>Deja que elijan su próxima aventura. La tarjeta regalo se envía por correo electrónico en pocos minutos y no caduca nunca.</p>` +
					`<ul><li>Canjeable online en todos los productos</li><li>Válida en todas las monedas en las que vendemos</li><li>No reembolsable ni canjeable por dinero</li></ul>`},
		},
	}
}

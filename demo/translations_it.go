package demo

// itCatalog holds the Italian (it) product translations: the products
// shoppers ask most about (materials, warmth, waterproofing, sizes) and the
// kinds they ask to be recommended (backpacks, footwear, jackets).
func itCatalog() localeCatalog {
	return localeCatalog{
		optionNames: map[string]string{
			"Color": "Colore", "Size": "Taglia", "Cushioning": "Ammortizzazione", "Back Length": "Lunghezza schienale",
			"Length": "Lunghezza", "Zip": "Cerniera", "Capacity": "Capacità", "Amount": "Importo",
		},
		optionValues: map[string]string{
			"Black": "Nero", "Forest": "Verde bosco", "Glacier Blue": "Blu ghiaccio", "Rust": "Ruggine",
			"Heather Grey": "Grigio mélange", "Navy": "Blu navy", "Charcoal": "Antracite", "Ocean": "Oceano",
			"Sage": "Salvia", "White": "Bianco", "Terracotta": "Terracotta", "Khaki": "Cachi", "Graphite": "Grafite",
			"Teal": "Verde petrolio", "Coral": "Corallo", "Oatmeal": "Avena", "Brown": "Marrone", "Lime": "Lime",
			"Olive": "Oliva", "Slate": "Ardesia", "Sand": "Sabbia", "Glacier": "Ghiacciaio", "Orange": "Arancione",
			"Tortoise": "Tartaruga", "Matte Black": "Nero opaco", "Light": "Leggera", "Midweight": "Media",
			"Regular": "Standard", "Long": "Lunga", "Wide Long": "Larga e lunga", "Left": "Sinistra", "Right": "Destra",
		},
		products: map[string]productText{
			"aurora-rain-shell": {title: "Giacca antipioggia Aurora 2.5L", ptype: "Giacche",
				body: `<p>Una giacca antipioggia leggera, con tutte le cuciture nastrate, per le escursioni e le giornate in città. Il tessuto esterno a 2,5 strati in nylon riciclato tiene fuori la pioggia battente (20.000 mm) e resta traspirante nelle salite ripide.</p>` +
					`<ul><li>Cappuccio compatibile con il casco, con visiera rinforzata</li><li>Cerniere di ventilazione sotto le ascelle</li><li>Si ripone nella propria tasca sul petto</li></ul>`},
			"fjord-down-jacket": {title: "Piumino Fjord 800", ptype: "Giacche",
				body: `<p>La nostra giacca da tutti i giorni più calda, imbottita di piumino d'oca certificato RDS con potere di gonfiaggio 800. Abbastanza leggera da portarla in settimana bianca, abbastanza calda per un inverno nordico.</p>` +
					`<ul><li>Tessuto esterno ripstop idrorepellente</li><li>Cappuccio e orlo regolabili</li><li>Due tasche con cerniera</li></ul>`},
			"tundra-expedition-parka": {title: "Parka da spedizione Tundra", ptype: "Giacche",
				body: `<p>Pensato per le spedizioni polari e per le lunghe attese alla fermata dell'autobus a febbraio. Uno strato esterno impermeabile e antivento sopra piumino con potere di gonfiaggio 700, confortevole fino a -25 °C, con cappuccio a tunnel senza pelliccia sintetica.</p>`},
			"harbor-grid-fleece": {title: "Pile Harbor Grid", ptype: "Pile",
				body: `<p>Un pile con struttura a griglia in poliestere riciclato che trattiene il calore e si asciuga in fretta. Lo strato intermedio che userai tutto l'anno.</p>` +
					`<ul><li>Mezza zip con paramento</li><li>Tasca sul petto con cerniera</li><li>Realizzato al 100% in poliestere riciclato</li></ul>`},
			"summit-merino-hoodie": {title: "Felpa con cappuccio Summit in merino", ptype: "Pile",
				body: `<p>Una felpa con cappuccio in merino da 250 g/m² che regola la temperatura e resiste agli odori, così puoi indossarla per giorni sul sentiero o in viaggio.</p>` +
					`<ul><li>Lana merino senza mulesing dalla Nuova Zelanda</li><li>Cappuccio aderente e passanti per i pollici</li><li>Lavabile in lavatrice a 30 °C</li></ul>`},
			"alpine-merino-base-layer-top": {title: "Maglia termica Alpine Merino 200", ptype: "Strati base",
				body: `<p>Uno strato base in merino da 200 g/m², morbido e che non pizzica, per lo sci, le escursioni invernali e i tragitti al freddo.</p>` +
					`<ul><li>Cuciture piatte che non sfregano sotto lo zaino</li><li>Naturalmente resistente agli odori</li><li>Vestibilità aderente</li></ul>`},
			"trailhead-organic-tee": {title: "T-shirt Trailhead in cotone biologico", ptype: "T-shirt",
				body: `<p>Una t-shirt pesante in cotone biologico certificato GOTS con il nostro piccolo logo di montagna sul petto. Prelavata e dal taglio comodo.</p>` +
					`<ul><li>Jersey di cotone biologico da 180 g/m²</li><li>Stampata in Portogallo con inchiostri a base d'acqua</li><li>Vestibilità comoda, unisex</li></ul>`},
			"canyon-hiking-pants": {title: "Pantaloni da trekking Canyon", ptype: "Pantaloni",
				body: `<p>Pantaloni da trekking elasticizzati in quattro direzioni che si muovono con te sui passaggi di roccia e si asciugano in fretta dopo un guado. Il trattamento idrorepellente senza PFC respinge i piovaschi leggeri.</p>` +
					`<ul><li>Ginocchia preformate e cavallo con tassello</li><li>Tasca sulla coscia con cerniera per il telefono</li><li>Lunghezza interna 81 cm; fondo con coulisse</li></ul>`},
			"lagoon-swim-shorts": {title: "Costume da bagno Lagoon", ptype: "Pantaloncini",
				body: `<p>Pantaloncini da bagno ad asciugatura rapida in plastica oceanica riciclata, con slip interno in rete e tasca posteriore con cerniera per la chiave.</p>` +
					`<ul><li>Poliestere riciclato da plastica destinata agli oceani</li><li>Slip interno in rete e vita con coulisse</li><li>Vendita definitiva: non si può rendere né cambiare</li></ul>`},
			"merino-hiking-socks": {title: "Calze da trekking in merino", ptype: "Calze",
				body: `<p>Calze in merino imbottite che tengono i piedi asciutti e senza vesciche nelle giornate lunghe. Tallone e punta rinforzati, chiusura della punta senza cuciture.</p>` +
					`<ul><li>68% lana merino, 29% nylon, 3% elastan</li><li>Imbottitura leggera o media</li><li>Garanzia a vita contro i buchi</li></ul>`},
			"merino-boxer-briefs": {title: "Boxer in merino", ptype: "Intimo",
				body: `<p>Boxer in merino traspiranti per i viaggi e le escursioni di più giorni. Resistenti agli odori, ad asciugatura rapida e morbidi sulla pelle.</p>` +
					`<ul><li>Merino da 150 g/m² con un tocco di elastan</li><li>Cuciture piatte, gamba che non sale</li><li>Vendita definitiva per motivi igienici</li></ul>`},
			"cairn-merino-beanie": {title: "Berretto Cairn in merino", ptype: "Cappelli",
				body: `<p>Un berretto a coste a doppio strato in morbido merino. Caldo senza essere ingombrante, e sta sotto il casco.</p>` +
					`<ul><li>100% lana merino</li><li>Taglia unica</li><li>Lavorato a maglia in Portogallo</li></ul>`},
			"granite-mid-gtx-hiking-boots": {title: "Scarponi da trekking Granite Mid GTX", ptype: "Calzature",
				body: `<p>Scarponi da trekking impermeabili a taglio medio con membrana GORE-TEX e suola Vibram ad alta aderenza. Comodi fin dal primo giorno, stabili nelle discese su roccia.</p>` +
					`<ul><li>Tomaia in pelle pieno fiore e rete riciclata</li><li>Suola Vibram Megagrip</li><li>Taglie EU; vestono regolari, prendi mezza taglia in più per calze spesse</li></ul>`},
			"switchback-trail-running-shoes": {title: "Scarpe da trail running Switchback", ptype: "Calzature",
				body: `<p>Scarpe da trail running reattive con tasselli da 5 mm per il fango e una piastra anti-sasso per i terreni tecnici.</p>` +
					`<ul><li>Drop di 6 mm</li><li>Allacciatura rapida con tasca per i lacci</li><li>Peso: 310 g per scarpa (EU 42)</li></ul>`},
			"riverbed-hiking-sandals": {title: "Sandali da trekking Riverbed", ptype: "Calzature",
				body: `<p>Sandali da trekking regolabili con plantare sagomato e suola in gomma aderente che fa presa sulla roccia bagnata.</p>` +
					`<ul><li>Cinghie in fettuccia regolabili in tre punti</li><li>Materiali vegani ad asciugatura rapida</li><li>Adatti ai guadi</li></ul>`},
			"ridgeline-22l-daypack": {title: "Zaino da escursione Ridgeline 22L", ptype: "Zaini",
				body: `<p>Uno zaino da giornata da 22 litri con schienale ventilato, tasche sulla cintura e tasca per la sacca idrica. Abbastanza grande per un giorno intero in montagna, abbastanza piccolo per l'ufficio.</p>` +
					`<ul><li>Nylon ripstop 210D riciclato</li><li>Copertura antipioggia integrata</li><li>Contiene un portatile da 15"</li></ul>`},
			"highroute-55l-trekking-pack": {title: "Zaino da trekking Highroute 55L", ptype: "Zaini",
				body: `<p>Uno zaino da trekking per più giorni con schienale regolabile e cintura lombare che scarica il peso. Porta 15 kg comodamente.</p>` +
					`<ul><li>55 litri più un cappuccio estensibile da 10 litri</li><li>Accesso frontale al vano principale con zip a U</li><li>Due lunghezze di schienale: S/M (40–48 cm) e M/L (46–54 cm)</li></ul>`},
			"voyager-60l-travel-duffel": {title: "Borsone da viaggio Voyager 60L", ptype: "Borse",
				body: `<p>Un borsone resistente alle intemperie che si porta come uno zaino. Si ripone nella propria tasca laterale quando non ti serve.</p>` +
					`<ul><li>Poliestere riciclato 840D laminato</li><li>Spallacci da zaino removibili</li><li>Rispetta le regole sul bagaglio da stiva della maggior parte delle compagnie aeree</li></ul>`},
			"solstice-2p-ultralight-tent": {title: "Tenda ultraleggera Solstice 2P", ptype: "Tende",
				body: `<p>Una tenda autoportante per due persone che pesa solo 1,24 kg. Due ingressi, due absidi e abbastanza spazio per stare seduti e giocare a carte quando piove.</p>` +
					`<ul><li>Preordine: spedizione entro 3–4 settimane</li><li>Telo esterno in ripstop siliconato, 3.000 mm</li><li>Paleria in alluminio DAC</li></ul>`},
			"ember-down-sleeping-bag": {title: "Sacco a pelo in piuma Ember -5°C", ptype: "Sacchi a pelo",
				body: `<p>Un sacco a pelo a mummia per tre stagioni imbottito di piuma certificata RDS con potere di gonfiaggio 750. Temperatura comfort 0 °C, limite -5 °C.</p>` +
					`<ul><li>Standard fino a 183 cm, Lunga fino a 198 cm</li><li>Collare termico e cerniera antincastro</li><li>Sacca di compressione inclusa</li></ul>`},
			"airloft-insulated-sleeping-pad": {title: "Materassino isolato AirLoft", ptype: "Materassini",
				body: `<p>Un materassino gonfiabile spesso 7 cm con valore R di 4,2, abbastanza caldo per le notti di mezza stagione. Si gonfia con circa 12 respiri grazie alla sacca-pompa inclusa.</p>` +
					`<ul><li>Standard: 183 × 51 cm; Larga e lunga: 197 × 64 cm</li><li>Tessuto silenzioso, non fruscia</li><li>Kit di riparazione incluso</li></ul>`},
			"canteen-insulated-bottle": {title: "Borraccia termica Canteen", ptype: "Borracce",
				body: `<p>Una borraccia in acciaio inox a doppia parete che mantiene le bevande fredde per 24 ore o calde per 12. Tappo a tenuta con anello per il trasporto.</p>` +
					`<ul><li>Acciaio inox 18/8 per alimenti, senza BPA</li><li>Entra nella maggior parte dei portabicchieri dell'auto (500 e 750 ml)</li><li>Solo lavaggio a mano</li></ul>`},
			"lumen-400-headlamp": {title: "Lampada frontale ricaricabile Lumen 400", ptype: "Illuminazione",
				body: `<p>Una lampada frontale da 400 lumen con luce rossa per la visione notturna e un blocco che le impedisce di accendersi nello zaino. Si ricarica via USB-C.</p>` +
					`<ul><li>Fino a 60 ore alla potenza minima</li><li>Resistente agli spruzzi IPX4</li><li>Indicatore di carica della batteria</li></ul>`},
			"carbon-trekking-poles": {title: "Bastoncini da trekking in carbonio", ptype: "Bastoncini da trekking",
				body: `<p>Bastoncini in carbonio a tre sezioni con regolazione a bloccaggio rapido e impugnature in sughero. 210 g per bastoncino.</p>` +
					`<ul><li>Scegli 100–120 cm se sei alto meno di 170 cm</li><li>Puntali in carburo di tungsteno, gommini inclusi</li><li>Rotelle da neve incluse</li></ul>`},
			"glacier-polarized-sunglasses": {title: "Occhiali da sole polarizzati Glacier", ptype: "Occhiali",
				body: `<p>Lenti polarizzate di categoria 3 in una montatura leggera di origine biologica. Ideali per gli avvicinamenti sui ghiacciai, sull'acqua e nelle giornate luminose in città.</p>` +
					`<ul><li>Protezione UV400</li><li>Montatura di origine biologica da semi di ricino</li><li>Custodia in microfibra riciclata inclusa</li></ul>`},
		},
	}
}

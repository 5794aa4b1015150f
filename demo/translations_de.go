package demo

// deCatalog holds the German (de) product translations.
func deCatalog() localeCatalog {
	return localeCatalog{
		optionNames: map[string]string{
			"Color": "Farbe", "Size": "Größe", "Cushioning": "Polsterung", "Back Length": "Rückenlänge",
			"Length": "Länge", "Zip": "Reißverschluss", "Capacity": "Fassungsvermögen", "Amount": "Betrag",
		},
		optionValues: map[string]string{
			"Black": "Schwarz", "Forest": "Waldgrün", "Glacier Blue": "Gletscherblau", "Rust": "Rost",
			"Heather Grey": "Grau meliert", "Navy": "Marineblau", "Charcoal": "Anthrazit", "Ocean": "Ozean",
			"Sage": "Salbei", "White": "Weiß", "Terracotta": "Terrakotta", "Khaki": "Khaki", "Graphite": "Graphit",
			"Teal": "Petrol", "Coral": "Koralle", "Oatmeal": "Hafer", "Brown": "Braun", "Lime": "Limette",
			"Olive": "Oliv", "Slate": "Schiefer", "Sand": "Sand", "Glacier": "Gletscher", "Orange": "Orange",
			"Tortoise": "Schildpatt", "Matte Black": "Mattschwarz", "Light": "Leicht", "Midweight": "Mittel",
			"Regular": "Normal", "Long": "Lang", "Wide Long": "Breit und lang", "Left": "Links", "Right": "Rechts",
		},
		products: map[string]productText{
			"aurora-rain-shell": {title: "Aurora 2.5L Regenjacke", ptype: "Jacken",
				body: `<p>Eine leichte, vollständig nahtversiegelte Regenjacke für Wanderungen und Tage in der Stadt. Das 2,5-lagige Obermaterial aus recyceltem Nylon hält auch starkem Regen stand (20.000 mm) und bleibt bei steilen Anstiegen atmungsaktiv.</p>` +
					`<ul><li>Helmkompatible Kapuze mit versteiftem Schirm</li><li>Belüftungsreißverschlüsse unter den Armen</li><li>Lässt sich in die eigene Brusttasche packen</li></ul>`},
			"fjord-down-jacket": {title: "Fjord 800 Daunenjacke", ptype: "Jacken",
				body: `<p>Unsere wärmste Alltagsjacke, gefüllt mit RDS-zertifizierter Gänsedaune mit 800 cuin Bauschkraft. Leicht genug für den Skiurlaub, warm genug für einen nordischen Winter.</p>` +
					`<ul><li>Wasserabweisendes Ripstop-Obermaterial</li><li>Verstellbare Kapuze und Saum</li><li>Zwei Handtaschen mit Reißverschluss</li></ul>`},
			"harbor-grid-fleece": {title: "Harbor Grid Fleecepullover", ptype: "Fleece",
				body: `<p>Ein Gitterfleece aus recyceltem Polyester, das Wärme speichert und schnell trocknet. Die Mittelschicht, zu der du das ganze Jahr greifst.</p>` +
					`<ul><li>Halber Reißverschluss mit Kinnschutz</li><li>Brusttasche mit Reißverschluss</li><li>100 % recyceltes Polyester</li></ul>`},
			"summit-merino-hoodie": {title: "Summit Merino-Hoodie", ptype: "Fleece",
				body: `<p>Ein Merino-Hoodie mit 250 g/m², der die Temperatur reguliert und Gerüche hemmt – so kannst du ihn auf Tour oder unterwegs mehrere Tage am Stück tragen.</p>` +
					`<ul><li>Mulesingfreie Merinowolle aus Neuseeland</li><li>Eng anliegende Kapuze und Daumenschlaufen</li><li>Maschinenwaschbar bei 30 °C</li></ul>`},
			"alpine-merino-base-layer-top": {title: "Alpine Merino 200 Funktionsshirt", ptype: "Baselayer",
				body: `<p>Eine weiche, nicht kratzende Basisschicht aus Merino mit 200 g/m² zum Skifahren, Winterwandern und für kalte Arbeitswege.</p>` +
					`<ul><li>Flachnähte, die unter dem Rucksack nicht scheuern</li><li>Von Natur aus geruchshemmend</li><li>Schmale Passform</li></ul>`},
			"trailhead-organic-tee": {title: "Trailhead T-Shirt aus Bio-Baumwolle", ptype: "T-Shirts",
				body: `<p>Ein schweres T-Shirt aus GOTS-zertifizierter Bio-Baumwolle mit unserem kleinen Berglogo auf der Brust. Vorgewaschen und locker geschnitten.</p>` +
					`<ul><li>Jersey aus Bio-Baumwolle mit 180 g/m²</li><li>In Portugal mit wasserbasierten Farben bedruckt</li><li>Lockere Unisex-Passform</li></ul>`},
			"canyon-hiking-pants": {title: "Canyon Stretch-Wanderhose", ptype: "Hosen",
				body: `<p>Eine Wanderhose mit Vier-Wege-Stretch, die jede Kletterpassage mitmacht und nach einer Flussquerung schnell trocknet. Die PFC-freie, wasserabweisende Ausrüstung hält leichte Schauer ab.</p>` +
					`<ul><li>Vorgeformte Knie und Zwickel im Schritt</li><li>Oberschenkeltasche mit Reißverschluss für das Handy</li><li>Innenbeinlänge 81 cm; Saum mit Kordelzug</li></ul>`},
			"lagoon-swim-shorts": {title: "Lagoon Badeshorts aus Recyclingmaterial", ptype: "Shorts",
				body: `<p>Schnell trocknende Badeshorts aus recyceltem Meeresplastik, mit Netzinnenhose und einer Gesäßtasche mit Reißverschluss für den Schlüssel.</p>` +
					`<ul><li>Recyceltes Polyester aus Plastik, das sonst im Meer landen würde</li><li>Netzinnenhose und Bund mit Kordelzug</li><li>Endgültiger Verkauf: kein Umtausch und keine Rückgabe</li></ul>`},
			"merino-hiking-socks": {title: "Merino-Wandersocken", ptype: "Socken",
				body: `<p>Gepolsterte Merinosocken, die deine Füße auch an langen Tagen trocken und blasenfrei halten. Verstärkte Ferse und Spitze, nahtlose Zehennaht.</p>` +
					`<ul><li>68 % Merinowolle, 29 % Nylon, 3 % Elasthan</li><li>Leichte oder mittlere Polsterung</li><li>Lebenslange Garantie gegen Löcher</li></ul>`},
			"merino-boxer-briefs": {title: "Merino-Boxershorts", ptype: "Unterwäsche",
				body: `<p>Atmungsaktive Merino-Boxershorts für Reisen und mehrtägige Touren. Geruchshemmend, schnell trocknend und weich auf der Haut.</p>` +
					`<ul><li>Merino mit 150 g/m² und etwas Elasthan</li><li>Flachnähte, Beinabschluss rutscht nicht hoch</li><li>Aus hygienischen Gründen vom Umtausch ausgeschlossen</li></ul>`},
			"cairn-merino-beanie": {title: "Cairn Merino-Mütze", ptype: "Kopfbedeckungen",
				body: `<p>Eine doppellagige Rippstrickmütze aus weicher Merinowolle. Warm, ohne aufzutragen, und sie passt unter einen Helm.</p>` +
					`<ul><li>100 % Merinowolle</li><li>Einheitsgröße</li><li>In Portugal gestrickt</li></ul>`},
			"granite-mid-gtx-hiking-boots": {title: "Granite Mid GTX Wanderschuhe", ptype: "Schuhe",
				body: `<p>Wasserdichte, halbhohe Wanderschuhe mit GORE-TEX-Membran und griffiger Vibram-Sohle. Vom ersten Tag an bequem und trittsicher bei felsigen Abstiegen.</p>` +
					`<ul><li>Obermaterial aus Vollnarbenleder und recyceltem Mesh</li><li>Vibram-Megagrip-Laufsohle</li><li>EU-Größen; fallen normal aus, bei dicken Socken eine halbe Größe größer wählen</li></ul>`},
			"switchback-trail-running-shoes": {title: "Switchback Trailrunning-Schuhe", ptype: "Schuhe",
				body: `<p>Reaktionsfreudige Trailrunning-Schuhe mit 5-mm-Stollen für Matsch und einer Steinschutzplatte für technisches Gelände.</p>` +
					`<ul><li>6 mm Sprengung</li><li>Schnellschnürung mit Schnürsenkeltasche</li><li>Gewicht: 310 g pro Schuh (EU 42)</li></ul>`},
			"riverbed-hiking-sandals": {title: "Riverbed Trekkingsandalen", ptype: "Schuhe",
				body: `<p>Verstellbare Trekkingsandalen mit anatomischem Fußbett und einer haftstarken Gummisohle, die auch auf nassem Fels greift.</p>` +
					`<ul><li>An drei Punkten verstellbare Gurtbänder</li><li>Schnell trocknende, vegane Materialien</li><li>Für Flussquerungen geeignet</li></ul>`},
			"ridgeline-22l-daypack": {title: "Ridgeline 22L Tagesrucksack", ptype: "Rucksäcke",
				body: `<p>Ein 22-Liter-Rucksack mit belüftetem Rücken, Hüftgurttaschen und Trinksystemfach. Groß genug für einen ganzen Tag in den Bergen, klein genug fürs Büro.</p>` +
					`<ul><li>Recyceltes 210D-Ripstop-Nylon</li><li>Integrierte Regenhülle</li><li>Passend für 15"-Laptops</li></ul>`},
			"highroute-55l-trekking-pack": {title: "Highroute 55L Trekkingrucksack", ptype: "Rucksäcke",
				body: `<p>Ein Trekkingrucksack für Mehrtagestouren mit verstellbarem Rückensystem und einem Hüftgurt, der die Last überträgt. Trägt 15 kg bequem.</p>` +
					`<ul><li>55 Liter plus 10 Liter im erweiterbaren Deckel</li><li>U-förmiger Frontzugang zum Hauptfach</li><li>Zwei Rückenlängen: S/M (40–48 cm) und M/L (46–54 cm)</li></ul>`},
			"voyager-60l-travel-duffel": {title: "Voyager 60L Reisetasche", ptype: "Taschen",
				body: `<p>Eine wetterfeste Reisetasche, die sich wie ein Rucksack tragen lässt. Verschwindet in ihrer eigenen Seitentasche, wenn du sie nicht brauchst.</p>` +
					`<ul><li>Laminiertes, recyceltes 840D-Polyester</li><li>Abnehmbare Rucksackträger</li><li>Erfüllt die Aufgabegepäck-Regeln der meisten Fluggesellschaften</li></ul>`},
			"solstice-2p-ultralight-tent": {title: "Solstice 2P Ultraleichtzelt", ptype: "Zelte",
				body: `<p>Ein freistehendes Zwei-Personen-Zelt mit nur 1,24 kg. Zwei Eingänge, zwei Apsiden und genug Kopffreiheit, um bei Regen aufrecht zu sitzen und Karten zu spielen.</p>` +
					`<ul><li>Vorbestellung: Versand innerhalb von 3–4 Wochen</li><li>Silikonbeschichtetes Ripstop-Außenzelt, 3.000 mm</li><li>DAC-Aluminiumgestänge</li></ul>`},
			"ember-down-sleeping-bag": {title: "Ember -5 °C Daunenschlafsack", ptype: "Schlafsäcke",
				body: `<p>Ein Drei-Jahreszeiten-Mumienschlafsack mit RDS-zertifizierter Daune (750 cuin). Komforttemperatur 0 °C, Grenztemperatur -5 °C.</p>` +
					`<ul><li>Normal bis 183 cm Körpergröße, Lang bis 198 cm</li><li>Wärmekragen und klemmfreier Reißverschluss</li><li>Inklusive Kompressionssack</li></ul>`},
			"airloft-insulated-sleeping-pad": {title: "Airloft isolierte Isomatte", ptype: "Isomatten",
				body: `<p>Eine 7 cm dicke aufblasbare Isomatte mit R-Wert 4,2, warm genug für Nächte in der Übergangszeit. Mit dem mitgelieferten Pumpsack in etwa 12 Atemzügen aufgeblasen.</p>` +
					`<ul><li>Normal: 183 × 51 cm; Breit und lang: 197 × 64 cm</li><li>Leises Material ohne Knistern</li><li>Inklusive Reparaturset</li></ul>`},
			"canteen-insulated-bottle": {title: "Canteen Isolierflasche", ptype: "Trinkflaschen",
				body: `<p>Eine doppelwandige Edelstahlflasche, die Getränke 24 Stunden kalt oder 12 Stunden heiß hält. Auslaufsicherer Deckel mit Trageschlaufe.</p>` +
					`<ul><li>Lebensmittelechter Edelstahl 18/8, BPA-frei</li><li>Passt in die meisten Getränkehalter im Auto (500 und 750 ml)</li><li>Nur Handwäsche</li></ul>`},
			"lumen-400-headlamp": {title: "Lumen 400 Akku-Stirnlampe", ptype: "Beleuchtung",
				body: `<p>Eine Stirnlampe mit 400 Lumen, Rotlicht für die Nachtsicht und Tastensperre, damit sie sich im Rucksack nie einschaltet. Wird per USB-C geladen.</p>` +
					`<ul><li>Bis zu 60 Stunden in der niedrigsten Stufe</li><li>Spritzwassergeschützt nach IPX4</li><li>Akkustandsanzeige</li></ul>`},
			"carbon-trekking-poles": {title: "Carbon-Trekkingstöcke (Paar)", ptype: "Trekkingstöcke",
				body: `<p>Dreiteilige Carbonstöcke mit Schnellverschluss und Korkgriffen. 210 g pro Stock.</p>` +
					`<ul><li>Wähle 100–120 cm, wenn du kleiner als 170 cm bist</li><li>Spitzen aus Wolframkarbid, Gummipuffer inklusive</li><li>Schneeteller inklusive</li></ul>`},
			"glacier-polarized-sunglasses": {title: "Glacier polarisierte Sonnenbrille", ptype: "Brillen",
				body: `<p>Polarisierte Gläser der Kategorie 3 in einem leichten, biobasierten Rahmen. Ideal für Gletscherzustiege, auf dem Wasser und für sonnige Tage in der Stadt.</p>` +
					`<ul><li>UV400-Schutz</li><li>Biobasierter Rahmen aus Rizinussamen</li><li>Etui aus recycelter Mikrofaser inklusive</li></ul>`},
			"northwind-gift-card": {title: "Northwind Geschenkkarte", ptype: "Geschenkkarten",
				body: `<p>Lass sie ihr nächstes Abenteuer selbst wählen. Die Geschenkkarte kommt innerhalb weniger Minuten per E-Mail und verfällt nie.</p>` +
					`<ul><li>Online für alle Produkte einlösbar</li><li>Gültig in allen Währungen, in denen wir verkaufen</li><li>Nicht erstattungsfähig und nicht gegen Bargeld eintauschbar</li></ul>`},
		},
	}
}

package demo

// nlDocs is the Dutch (nl) translation of the policies, pages and FAQ.
func nlDocs() localeDocs {
	return localeDocs{
		shipping: PolicyText{Title: "Verzendbeleid", Body: `We verzenden wereldwijd vanuit ons magazijn in Utrecht. Bestellingen die je op een werkdag vóór 14:00 uur (Nederlandse tijd) plaatst, verlaten het magazijn dezelfde dag; alle andere bestellingen gaan de volgende werkdag de deur uit. Pre-orderartikelen versturen we op de datum die op de productpagina staat; de rest van een gemengde bestelling versturen we zodra die klaar is.

Nederland, België, Luxemburg en Duitsland: standaardlevering met DHL of PostNL in 1–3 werkdagen, € 4,95, gratis vanaf € 75. Expreslevering de volgende dag € 12,95.

Rest van de Europese Unie: standaardlevering in 2–5 werkdagen met DHL, La Poste - Colissimo of de nationale postdienst, € 6,95, gratis vanaf € 75. Expreslevering in 1–2 werkdagen met DHL Express, € 14,95.

Verenigd Koninkrijk: levering in 3–5 werkdagen, € 7,95, gratis vanaf € 100.

Verenigde Staten: levering in 4–7 werkdagen met UPS of DHL Express, € 14,95, gratis vanaf € 150.

Canada, Zwitserland en Noorwegen: levering in 3–8 werkdagen, € 16,95.

Azië en Oceanië (waaronder Japan, China, Zuid-Korea, Singapore, Australië en Nieuw-Zeeland): levering in 5–10 werkdagen met DHL Express, Japan Post of SF Express, € 19,95, gratis vanaf € 200.

Midden-Oosten (waaronder de Verenigde Arabische Emiraten, Saoedi-Arabië, Qatar en Israël): levering in 5–9 werkdagen met Aramex of DHL Express, € 19,95, gratis vanaf € 200.

Rest van de wereld: levering in 7–15 werkdagen, € 24,95.

Douane en invoerrechten: voor bestellingen naar EU-landen betaal je nooit douanekosten. Naar het Verenigd Koninkrijk en de Verenigde Staten verzenden we DDP (franco inclusief rechten): de prijzen zijn inclusief invoerrechten en belastingen, en bij levering hoef je niets meer te betalen. Naar alle andere landen verzenden we DAP (geleverd ter plaatse): invoerrechten, belastingen en de inklaringskosten van de vervoerder worden bij levering door de vervoerder in rekening gebracht en zijn voor rekening van de klant. We kunnen bestellingen niet als cadeau aanmerken of een lagere waarde opgeven. Weiger je een DAP-pakket, dan betalen we je bestelling terug, min de retourverzendkosten en eventuele rechten die ons in rekening worden gebracht.

Track & trace: zodra je bestelling is verzonden, mailen we je een trackingnummer en -link; je kunt de status ook opvragen bij onze chatassistent met je ordernummer en e-mailadres. Het kan tot 24 uur duren voordat de eerste scan zichtbaar is. Beweegt je pakket 7 werkdagen niet, neem dan contact met ons op, dan starten we een onderzoek bij de vervoerder.

Adressen: naar postbussen en pakketkluizen verzenden we alleen met standaardlevering. Controleer je adres goed en neem binnen 1 uur na je bestelling contact met ons op als het moet worden aangepast. Heeft een pakket het magazijn verlaten, dan kan het adres alleen nog via de vervoerder worden gewijzigd.

Beperkingen: gasbusjes, los verkochte lithiumbatterijen en messen mogen niet per vliegtuig worden verzonden en zijn alleen leverbaar via transport over land binnen de EU.`},
		refund: PolicyText{Title: "Retourbeleid", Body: `We willen dat je blij bent met je uitrusting. Klopt er iets niet, dan kun je het binnen 30 dagen na levering retourneren voor terugbetaling of omruilen.

Retourtermijn: je hebt 30 dagen vanaf de dag waarop je bestelling is bezorgd om een retour aan te melden. Artikelen moeten ongedragen en ongewassen zijn, in originele staat en met alle labels eraan. Schoenen mogen alleen binnenshuis zijn gepast, en de schoenendoos mag niet als verzenddoos worden gebruikt.

Zo retourneer je: meld je retour aan via de retourpagina of vraag het onze chatassistent met je ordernummer en het e-mailadres of telefoonnummer van je bestelling. We mailen je een retourlabel en instructies. Verpak de artikelen goed en lever het pakket binnen 7 dagen in bij een willekeurig afgiftepunt van de vervoerder.

Retourkosten: retourneren vanuit de Europese Unie is gratis; we sturen je een gefrankeerd label. Vanuit het Verenigd Koninkrijk en de Verenigde Staten sturen we een gefrankeerd label en houden we € 5,95 in op je terugbetaling. Vanuit alle andere landen regel en betaal je de retourzending zelf; gebruik een verzendmethode met track & trace en vermeld "Returned goods" op het pakket. Kwam een artikel defect of beschadigd aan, of is het niet wat je hebt besteld, dan betalen wij altijd de retourkosten, waar je ook woont.

Final sale-artikelen: artikelen die op de productpagina als "Final sale" zijn gemarkeerd, kunnen niet worden geretourneerd of geruild, tenzij ze defect zijn. Dat geldt voor opruimings- en geselecteerde sale-artikelen, ondergoed en zwemkleding (om hygiënische redenen) en cadeaubonnen.

Terugbetalingen: zodra je retour in ons magazijn is aangekomen, controleren we die binnen 2 werkdagen en sturen we je een e-mail. Goedgekeurde terugbetalingen staan binnen 5–10 werkdagen op je oorspronkelijke betaalmethode; je bank heeft soms een paar dagen extra nodig. Stuur je de hele bestelling terug, dan betalen we ook de oorspronkelijke standaardverzendkosten terug. Invoerrechten en belastingen die je bij levering buiten de EU, het VK en de VS aan een vervoerder hebt betaald, worden terugbetaald door je lokale douanekantoor, niet door ons; wij sturen je de papieren die je daarvoor nodig hebt.

Omruilen: binnen de EU ruil je maat en kleur gratis om; we versturen het nieuwe artikel zodra de vervoerder je retour heeft gescand. Daarbuiten stuur je het artikel terug voor terugbetaling en plaats je een nieuwe bestelling.

Annuleren: je kunt een bestelling kosteloos annuleren tot die is verzonden. Is ze al verzonden, retourneer haar dan volgens dit beleid.

Garantie: op al onze producten zit 2 jaar garantie op fabricagefouten, vanaf de leverdatum. Op onze merino wandelsokken krijg je levenslange garantie tegen gaten. Neem contact met ons op met je ordernummer en een foto van het probleem.`},
		pages: map[string]PolicyText{
			"about-us": {Title: "Over ons", Body: `Northwind Outfitters begon in 2016 in een gedeelde garage in Utrecht, waar twee wandelvrienden regenjassen repareerden voor hun klimclub. Nu ontwerpen we kleding en uitrusting om te wandelen, te reizen en elke dag buiten te zijn, en versturen we naar meer dan 60 landen.

We maken minder, maar beter. Elk product wordt getest op de paden van de Alpen, Schotland en de Noorse fjorden voordat het in de verkoop gaat, en voor alles wat we verkopen houden we reserveonderdelen en reparatiehandleidingen bij.

Materialen doen ertoe: 78% van onze collectie is gemaakt van gerecyclede, biologische of verantwoord ingekochte materialen, ons dons is RDS-gecertificeerd en onze merinowol is mulesingvrij. We zijn een Climate Neutral-gecertificeerd bedrijf en geven 1% van onze omzet aan het onderhoud van wandelpaden en projecten die de natuur toegankelijk houden.

Ons team van 34 mensen werkt vanuit Utrecht en spreekt samen elf talen; daarom antwoorden we je in de jouwe.`},
			"size-guide": {Title: "Maattabel", Body: `Onze kleding heeft Europese maten en is gesneden om in laagjes te dragen. Twijfel je tussen twee maten, kies dan de grotere maat voor buitenlagen en de kleinere maat voor baselayers.

Shirts, truien en jassen (borstomtrek): XS 84–88 cm, S 89–94 cm, M 95–100 cm, L 101–107 cm, XL 108–114 cm, XXL 115–121 cm.

Broeken (taille-omtrek): 28 = 71 cm, 30 = 76 cm, 32 = 81 cm, 34 = 86 cm, 36 = 91 cm. Lettermaten: S 72–77 cm, M 78–84 cm, L 85–91 cm, XL 92–98 cm. De standaard binnenbeenlengte is 81 cm.

Schoenen: we gebruiken EU-maten. EU 38 = UK 5 = US heren 6 / dames 7 = 24 cm; EU 40 = UK 6,5 = US heren 7,5 / dames 8,5 = 25,5 cm; EU 42 = UK 8 = US heren 9 / dames 10 = 26,5 cm; EU 44 = UK 9,5 = US heren 10,5 = 28 cm; EU 46 = UK 11 = US heren 12 = 29,5 cm. Wandelschoenen vallen normaal; kies een halve maat groter als je dikke sokken draagt.

Kinderen: de maten gaan op leeftijd (4 tot 12 jaar) en hebben ongeveer een jaar groeiruimte.

Sokken: S past bij EU 36–38, M bij EU 39–42, L bij EU 43–46.

Twijfel je nog? Vraag het onze chatassistent met je lengte en je gebruikelijke maat, of maak gebruik van gratis omruilen van maat binnen de EU.`},
			"customs-and-duties": {Title: "Douane en invoerrechten", Body: `Of je bij levering iets moet betalen, hangt af van waar je bestelling naartoe gaat.

Europese Unie: geen douaneformaliteiten en geen extra kosten. De prijzen zijn inclusief de btw van jouw land.

Verenigd Koninkrijk en Verenigde Staten: we verzenden DDP (franco inclusief rechten). De prijs bij het afrekenen is inclusief alle invoerrechten en belastingen, en de vervoerder vraagt bij levering nooit geld van je.

Alle andere landen (waaronder Zwitserland, Noorwegen, Canada, Japan, China, Australië, de Golfstaten en de rest van de wereld): we verzenden DAP (geleverd ter plaatse). Invoerrechten, belastingen en de inklaringskosten van de vervoerder zijn niet inbegrepen in onze prijzen. De vervoerder int ze vóór of bij levering. Het bedrag hangt af van de regels in jouw land en de waarde van de bestelling; Zwitserland rekent bijvoorbeeld 8,1% btw op de meeste bestellingen, en Japan rekent meestal 10% consumptiebelasting op bestellingen boven ¥ 10.000.

We kunnen bestellingen niet als cadeau aanmerken of een lagere waarde opgeven: dat is illegaal en vertraagt je pakket.

Stuur je een artikel terug vanuit een DAP-land, dan kan je lokale douanekantoor de invoerrechten meestal terugbetalen; wij sturen je de handelsfactuur en het retourbewijs die je daarvoor nodig hebt.`},
		},
		faqs: map[string]faqText{
			"gift-cards": {questions: []string{"Verkopen jullie cadeaubonnen?", "Hoe werken cadeaubonnen?", "Zijn cadeaubonnen beperkt geldig?"},
				answer: "Ja. Digitale cadeaubonnen van € 25, € 50, € 100 en € 200 worden binnen een paar minuten gemaild, verlopen nooit en zijn te gebruiken voor alle producten, in elke valuta waarin we verkopen. Je kunt meerdere cadeaubonnen combineren in één bestelling. Cadeaubonnen zijn final sale en kunnen niet worden ingewisseld voor geld."},
			"payment-methods": {questions: []string{"Welke betaalmethoden accepteren jullie?", "Kan ik met PayPal betalen?", "Kan ik achteraf betalen met Klarna?"},
				answer: "We accepteren Visa, Mastercard, American Express, PayPal, Apple Pay, Google Pay, Shop Pay en iDEAL. Klarna (achteraf betalen of in 3 termijnen) is beschikbaar in Nederland, Duitsland, Oostenrijk, België, Finland en Zweden. Rembours en bankoverschrijving accepteren we niet."},
			"change-address": {questions: []string{"Kan ik mijn verzendadres wijzigen?", "Ik heb een verkeerd adres ingevuld", "Hoe pas ik het afleveradres van mijn bestelling aan?"},
				answer: "Neem binnen 1 uur na je bestelling contact met ons op, dan passen we het adres aan voordat de bestelling wordt ingepakt. Is de bestelling al verzonden, dan kunnen wij het niet meer wijzigen; gebruik dan de trackinglink van de vervoerder om het pakket om te leiden of een afhaalpunt te kiezen."},
			"discount-codes": {questions: []string{"Mijn kortingscode werkt niet", "Kan ik twee kortingscodes gebruiken?", "Ik ben vergeten mijn kortingscode in te vullen"},
				answer: "Je kunt per bestelling maar één kortingscode gebruiken, en codes gelden niet voor sale-artikelen, final sale-artikelen of cadeaubonnen. Controleer de vervaldatum en een eventueel minimumbestelbedrag in de e-mail die je hebt gekregen. Ben je vergeten een geldige code in te vullen, neem dan binnen 7 dagen contact met ons op, dan betalen we de korting terug."},
			"warranty": {questions: []string{"Welke garantie geven jullie?", "Mijn jas is defect", "Zit er garantie op jullie producten?"},
				answer: "Op alle producten zit vanaf de leverdatum 2 jaar garantie op fabricagefouten, en op onze merino wandelsokken krijg je levenslange garantie tegen gaten. Mail ons een foto van het probleem met je ordernummer; we repareren, vervangen of betalen terug, en wij betalen de verzending."},
			"sizes": {questions: []string{"Hoe kies ik mijn maat?", "Vallen jullie kleren klein?", "Welke maat moet ik nemen?"},
				answer: "Onze kleding heeft Europese maten en valt normaal. Zit je tussen twee maten, neem dan de grotere voor jassen en de kleinere voor baselayers. Schoenen hebben EU-maten; kies een halve maat groter voor dikke sokken. In de maattabel staan de borst-, taille- en voetmaten van elke maat."},
			"sustainability": {questions: []string{"Zijn jullie producten duurzaam?", "Is jullie dons diervriendelijk ingekocht?", "Welke materialen gebruiken jullie?"},
				answer: "78% van onze collectie is gemaakt van gerecyclede, biologische of verantwoord ingekochte materialen. Ons dons is RDS-gecertificeerd, onze merino is mulesingvrij en ons katoen is GOTS-gecertificeerd biologisch. We zijn Climate Neutral-gecertificeerd, geven 1% van onze omzet aan wandelpadprojecten en repareren producten tegen kostprijs."},
			"customs-duties": {questions: []string{"Moet ik douanekosten of invoerrechten betalen?", "Zijn invoerrechten inbegrepen?", "Waarom moest ik belasting betalen aan de bezorger?"},
				answer: "Bestellingen binnen de EU betalen nooit douanekosten. Bestellingen naar het VK en de VS verzenden we DDP: invoerrechten en belastingen zijn inbegrepen en bij levering betaal je niets. Alle andere landen verzenden we DAP: invoerrechten, belastingen en de inklaringskosten van de vervoerder worden door de vervoerder geïnd en door jou betaald."},
			"track-order": {questions: []string{"Hoe kan ik mijn bestelling volgen?", "Waar is mijn pakket?", "Ik heb geen trackingnummer gekregen"},
				answer: "Zodra je bestelling is verzonden, mailen we je de vervoerder en de trackinglink. Je kunt het ook vragen aan onze chatassistent met je ordernummer en het e-mailadres of telefoonnummer van je bestelling. Het kan tot 24 uur duren voordat de eerste scan verschijnt; beweegt het pakket 7 werkdagen niet, neem dan contact met ons op."},
			"cancel-order": {questions: []string{"Kan ik mijn bestelling annuleren?", "Hoe annuleer ik een bestelling?", "Ik heb per ongeluk besteld"},
				answer: "Je kunt kosteloos annuleren tot je bestelling is verzonden. Vraag het onze chatassistent met je ordernummer en e-mailadres, of mail naar support@northwind-outfitters.example. Is de bestelling al verzonden, dan kun je haar binnen 30 dagen na levering retourneren."},
			"exchange-size": {questions: []string{"Kan ik ruilen voor een andere maat?", "Hoe werkt omruilen?", "Verkeerde maat, kan ik die ruilen?"},
				answer: "Binnen de EU is omruilen van maat en kleur gratis: meld een retour aan, kies 'omruilen', en we versturen het nieuwe artikel zodra de vervoerder je pakket scant. Buiten de EU stuur je het artikel terug voor terugbetaling en plaats je een nieuwe bestelling. Final sale-artikelen kunnen niet worden geruild."},
			"restock": {questions: []string{"Wanneer is dit weer op voorraad?", "Komt mijn maat weer binnen?", "Kan ik een melding krijgen als het weer beschikbaar is?"},
				answer: "De meeste vaste producten worden elke 4–6 weken aangevuld. Klik op de productpagina op 'Houd me op de hoogte', dan mailen we je één keer zodra je maat terug is. Producten met 'vorig seizoen' worden niet meer aangevuld."},
			"pre-orders": {questions: []string{"Hoe werken pre-orders?", "Wanneer wordt mijn pre-order verzonden?", "Betaal ik een pre-order meteen?"},
				answer: "Bij pre-orderartikelen staat de verwachte verzenddatum op de productpagina. Je betaalt bij het bestellen. Zitten er in je bestelling ook artikelen die op voorraad zijn, dan versturen we die eerst, zonder extra kosten. Je kunt een pre-order altijd annuleren zolang die nog niet is verzonden."},
			"repairs": {questions: []string{"Repareren jullie producten?", "Mijn rits is kapot, kunnen jullie die maken?", "Kan ik reserveonderdelen kopen?"},
				answer: "Ja. Defecten binnen 2 jaar repareren of vervangen we gratis onder garantie. Daarna repareert onze werkplaats in Utrecht Northwind-producten tegen kostprijs, en we verkopen losse gespen, ritstrekkers en reparatiepatches. Mail ons een foto en je ordernummer om te beginnen."},
			"currencies": {questions: []string{"Kan ik in mijn eigen valuta betalen?", "Welke valuta accepteren jullie?", "Betaal ik in euro's?"},
				answer: "Ja. In 25 markten, waaronder GBP, USD, CHF, NOK, CAD, JPY, CNY, AUD en AED, zie en betaal je de prijzen in je lokale valuta, omgerekend tegen de dagkoers. Overal elders betaal je in euro's. Terugbetalingen gaan in de valuta waarin je hebt betaald."},
			"newsletter-discount": {questions: []string{"Krijg ik korting op mijn eerste bestelling?", "Is er korting bij inschrijving voor de nieuwsbrief?", "Hebben jullie studentenkorting?"},
				answer: "Schrijf je in voor onze nieuwsbrief en je krijgt een code voor 10% korting op je eerste bestelling (niet geldig op sale-artikelen of cadeaubonnen). Studenten krijgen eens per maand 15% korting via onze partner voor studentverificatie."},
			"gift-wrapping": {questions: []string{"Kan ik mijn bestelling als cadeau laten inpakken?", "Kan ik een cadeaukaartje toevoegen?", "Kunnen jullie de prijs uit het pakket laten?"},
				answer: "Ja: vink in je winkelwagen 'Dit is een cadeau' aan om voor € 4 een handgeschreven kaartje en een herbruikbare furoshiki-verpakking toe te voegen. Bij cadeaubestellingen zitten geen prijzen. Bij zendingen buiten de EU staat de waarde wel op de douanefactuur."},
			"price-match": {questions: []string{"Matchen jullie prijzen van andere winkels?", "De prijs is gedaald nadat ik bestelde", "Kan ik de saleprijs krijgen?"},
				answer: "We matchen de prijzen van andere winkels niet. Daalt een van onze eigen prijzen binnen 14 dagen na je bestelling, neem dan contact met ons op, dan betalen we het verschil terug op je oorspronkelijke betaalmethode."},
		},
	}
}

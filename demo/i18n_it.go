package demo

// itDocs is the Italian (it) translation of the policies, pages and FAQ, as
// Translate & Adapt would store it for the shop's Italian market.
func itDocs() localeDocs {
	return localeDocs{
		shipping: PolicyText{Title: "Politica di spedizione", Body: `Spediamo in tutto il mondo dal nostro magazzino di Utrecht, nei Paesi Bassi. Gli ordini effettuati entro le 14:00 CET di un giorno lavorativo lasciano il magazzino in giornata; tutti gli altri partono il giorno lavorativo successivo. Gli articoli in preordine vengono spediti nella data indicata nella pagina del prodotto e il resto di un ordine misto parte non appena è pronto.

Paesi Bassi, Belgio, Lussemburgo e Germania: consegna standard con DHL o PostNL in 1–3 giorni lavorativi, 4,95 €, gratuita sopra i 75 €. Consegna espressa il giorno successivo 12,95 €.

Resto dell'Unione europea: consegna standard in 2–5 giorni lavorativi con DHL, La Poste - Colissimo o il servizio postale nazionale, 6,95 €, gratuita sopra i 75 €. Consegna espressa in 1–2 giorni lavorativi con DHL Express, 14,95 €.

Regno Unito: consegna in 3–5 giorni lavorativi, 7,95 €, gratuita sopra i 100 €.

Stati Uniti: consegna in 4–7 giorni lavorativi con UPS o DHL Express, 14,95 €, gratuita sopra i 150 €.

Canada, Svizzera e Norvegia: consegna in 3–8 giorni lavorativi, 16,95 €.

Asia e Oceania (tra cui Giappone, Cina, Corea del Sud, Singapore, Australia e Nuova Zelanda): consegna in 5–10 giorni lavorativi con DHL Express, Japan Post o SF Express, 19,95 €, gratuita sopra i 200 €.

Medio Oriente (tra cui Emirati Arabi Uniti, Arabia Saudita, Qatar e Israele): consegna in 5–9 giorni lavorativi con Aramex o DHL Express, 19,95 €, gratuita sopra i 200 €.

Resto del mondo: consegna in 7–15 giorni lavorativi, 24,95 €.

Dogana e dazi: gli ordini verso i paesi dell'UE non pagano mai la dogana. Verso il Regno Unito e gli Stati Uniti spediamo in regime DDP (reso sdoganato): i prezzi includono dazi e tasse di importazione e alla consegna non c'è altro da pagare. Verso tutti gli altri paesi spediamo in regime DAP (reso al luogo di destinazione): dazi, tasse di importazione e la commissione di sdoganamento del corriere vengono riscossi dal corriere alla consegna e sono a carico del cliente. Non possiamo dichiarare gli ordini come regalo né indicare un valore inferiore. Se rifiuti un pacco DAP, ti rimborsiamo l'ordine meno la spedizione di ritorno e gli eventuali dazi che ci vengono addebitati.

Tracciamento: quando il tuo ordine parte ti inviamo per e-mail il numero e il link di tracciamento; puoi anche chiedere lo stato al nostro assistente in chat con il numero d'ordine e l'e-mail. La prima scansione può comparire fino a 24 ore dopo. Se il pacco resta fermo per 7 giorni lavorativi, contattaci e apriremo un'indagine con il corriere.

Indirizzi: spediamo a caselle postali e armadietti per pacchi solo con la consegna standard. Controlla bene l'indirizzo; se deve essere modificato, contattaci entro 1 ora dall'ordine. Quando il pacco ha lasciato il magazzino, l'indirizzo può essere cambiato solo tramite il corriere.

Limitazioni: cartucce di gas, batterie al litio vendute separatamente e coltelli non possono viaggiare in aereo e sono disponibili solo con consegna via terra all'interno dell'UE.`},
		refund: PolicyText{Title: "Politica di rimborso", Body: `Vogliamo che tu sia felice della tua attrezzatura. Se qualcosa non va, puoi restituirlo entro 30 giorni dalla consegna per un rimborso o un cambio.

Termine per il reso: hai 30 giorni dal giorno in cui l'ordine è stato consegnato per avviare un reso. Gli articoli devono essere non indossati, non lavati e nelle condizioni originali, con tutte le etichette. Le calzature devono essere state provate solo in casa e la scatola delle scarpe non va usata come scatola di spedizione.

Come fare il reso: avvia il reso dalla pagina dei resi oppure chiedi al nostro assistente in chat con il numero d'ordine e l'e-mail o il numero di telefono usati per l'ordine. Ti inviamo per e-mail un'etichetta di reso e le istruzioni. Imballa bene gli articoli e consegna il pacco a un qualsiasi punto del corriere entro 7 giorni.

Costi di spedizione del reso: i resi dall'Unione europea sono gratuiti; ti inviamo un'etichetta prepagata. Dal Regno Unito e dagli Stati Uniti ti inviamo un'etichetta prepagata e tratteniamo 5,95 € dal rimborso. Da tutti gli altri paesi organizzi e paghi tu la spedizione del reso; usa un servizio tracciato e scrivi sul pacco "Merce resa". Se un articolo è arrivato difettoso, danneggiato o non è quello che hai ordinato, la spedizione del reso la paghiamo sempre noi, ovunque tu sia.

Articoli in vendita definitiva: gli articoli segnalati come "Vendita definitiva" nella pagina del prodotto non possono essere resi né cambiati, salvo difetti. Sono gli articoli in liquidazione e alcuni articoli in saldo, l'intimo e i costumi da bagno (per motivi igienici) e le carte regalo.

Rimborsi: quando il reso arriva al nostro magazzino lo controlliamo entro 2 giorni lavorativi e ti scriviamo un'e-mail. I rimborsi approvati tornano sul metodo di pagamento originale entro 5–10 giorni lavorativi; la tua banca può impiegare qualche giorno in più per mostrarlo. Se restituisci l'intero ordine, ti rimborsiamo anche il costo della spedizione standard. I dazi e le tasse di importazione pagati al corriere alla consegna fuori da UE, Regno Unito e Stati Uniti li rimborsa il tuo ufficio doganale locale, non noi; ti inviamo i documenti necessari.

Cambi: all'interno dell'UE cambiamo taglie e colori gratuitamente; spediamo il nuovo articolo non appena il corriere scansiona il reso. Altrove, restituisci l'articolo per il rimborso ed effettua un nuovo ordine.

Annullamenti: puoi annullare un ordine gratuitamente finché non è stato spedito. Se è già partito, restituiscilo secondo questa politica.

Garanzia: tutti i prodotti hanno una garanzia di 2 anni sui difetti di fabbricazione dalla data di consegna. Le nostre calze da trekking in merino hanno una garanzia a vita contro i buchi. Contattaci con il numero d'ordine e una foto del problema.`},
		pages: map[string]PolicyText{
			"about-us": {Title: "Chi siamo", Body: `Northwind Outfitters è nata nel 2016 in un garage condiviso a Utrecht, dove due amici escursionisti riparavano le giacche antipioggia del loro club di arrampicata. Oggi disegniamo abbigliamento e attrezzatura per l'escursionismo, i viaggi e la vita all'aria aperta di tutti i giorni, e spediamo in più di 60 paesi.

Facciamo meno cose, ma fatte meglio. Ogni prodotto viene provato sui sentieri delle Alpi, della Scozia e dei fiordi norvegesi prima di essere messo in vendita, e teniamo ricambi e guide di riparazione per tutto ciò che vendiamo.

I materiali contano: il 78% della nostra collezione usa materiali riciclati, biologici o di provenienza responsabile, la nostra piuma è certificata RDS e il nostro merino è senza mulesing. Siamo un'azienda con certificazione Climate Neutral e destiniamo l'1% del fatturato alla manutenzione dei sentieri e a progetti di accesso alla natura.

Il nostro team di 34 persone lavora a Utrecht e parla in tutto undici lingue: per questo ti rispondiamo nella tua.`},
			"size-guide": {Title: "Guida alle taglie", Body: `Il nostro abbigliamento segue le taglie europee ed è tagliato per essere indossato a strati. Se sei tra due taglie, scegli la più grande per gli strati esterni e la più piccola per gli strati base.

Maglie e giacche (circonferenza del torace): XS 84–88 cm, S 89–94 cm, M 95–100 cm, L 101–107 cm, XL 108–114 cm, XXL 115–121 cm.

Pantaloni (circonferenza della vita): 28 = 71 cm, 30 = 76 cm, 32 = 81 cm, 34 = 86 cm, 36 = 91 cm. Taglie in lettere: S 72–77 cm, M 78–84 cm, L 85–91 cm, XL 92–98 cm. La lunghezza interna standard della gamba è 81 cm.

Calzature: usiamo le taglie EU. EU 38 = UK 5 = US uomo 6 / donna 7 = 24 cm; EU 40 = UK 6,5 = US uomo 7,5 / donna 8,5 = 25,5 cm; EU 42 = UK 8 = US uomo 9 / donna 10 = 26,5 cm; EU 44 = UK 9,5 = US uomo 10,5 = 28 cm; EU 46 = UK 11 = US uomo 12 = 29,5 cm. Gli scarponi da trekking vestono regolari; prendi mezza taglia in più se usi calze spesse.

Bambini: le taglie sono per età (da 4 a 12 anni) e lasciano circa un anno di margine per la crescita.

Calze: la S va bene per EU 36–38, la M per EU 39–42, la L per EU 43–46.

Ancora indeciso? Chiedi al nostro assistente in chat indicando la tua altezza e la taglia che porti di solito, oppure usa il cambio taglia gratuito all'interno dell'UE.`},
			"customs-and-duties": {Title: "Dogana e dazi", Body: `Se devi pagare qualcosa alla consegna dipende da dove va il tuo ordine.

Unione europea: nessuna formalità doganale e nessun costo aggiuntivo. I prezzi includono l'IVA del tuo paese.

Regno Unito e Stati Uniti: spediamo in regime DDP (reso sdoganato). Il prezzo al checkout include tutti i dazi e le tasse di importazione, e il corriere non ti chiederà mai denaro alla consegna.

Tutti gli altri paesi (tra cui Svizzera, Norvegia, Canada, Giappone, Cina, Australia, gli Stati del Golfo e il resto del mondo): spediamo in regime DAP (reso al luogo di destinazione). Dazi, tasse di importazione e la commissione di sdoganamento del corriere non sono inclusi nei nostri prezzi. Il corriere li riscuote prima o al momento della consegna. L'importo dipende dalle regole del tuo paese e dal valore dell'ordine; per esempio, la Svizzera applica l'IVA dell'8,1% sulla maggior parte degli ordini e il Giappone applica di solito un'imposta sui consumi del 10% sugli ordini oltre ¥10.000.

Non possiamo dichiarare gli ordini come regalo né indicare un valore inferiore: è illegale e rallenta il tuo pacco.

Se restituisci un articolo da un paese DAP, di solito il tuo ufficio doganale locale può rimborsarti i dazi; ti inviamo la fattura commerciale e la prova del reso che ti servono.`},
		},
		faqs: map[string]faqText{
			"gift-cards": {questions: []string{"Vendete carte regalo?", "Come funzionano le carte regalo?", "Le carte regalo scadono?"},
				answer: "Sì. Le carte regalo digitali da 25 €, 50 €, 100 € e 200 € arrivano per e-mail in pochi minuti, non scadono mai e si possono usare su tutti i prodotti, in qualsiasi valuta in cui vendiamo. Puoi combinare più carte regalo in un solo ordine. Le carte regalo sono in vendita definitiva e non possono essere convertite in denaro."},
			"payment-methods": {questions: []string{"Quali metodi di pagamento accettate?", "Posso pagare con PayPal?", "Si può pagare a rate con Klarna?"},
				answer: "Accettiamo Visa, Mastercard, American Express, PayPal, Apple Pay, Google Pay, Shop Pay e iDEAL. Klarna (pagamento posticipato o in 3 rate) è disponibile nei Paesi Bassi, in Germania, Austria, Belgio, Finlandia e Svezia. Non accettiamo il pagamento in contrassegno né i bonifici bancari."},
			"change-address": {questions: []string{"Posso cambiare l'indirizzo di spedizione?", "Ho inserito l'indirizzo sbagliato", "Come modifico l'indirizzo di consegna del mio ordine?"},
				answer: "Contattaci entro 1 ora dall'ordine e aggiorneremo l'indirizzo prima che il pacco venga preparato. Una volta spedito l'ordine non possiamo più modificarlo; usa il link di tracciamento del corriere per deviare il pacco o scegliere un punto di ritiro."},
			"discount-codes": {questions: []string{"Il mio codice sconto non funziona", "Posso usare due codici sconto?", "Ho dimenticato di inserire il codice sconto"},
				answer: "Si può usare un solo codice sconto per ordine, e i codici non valgono per gli articoli in saldo, quelli in vendita definitiva e le carte regalo. Controlla la data di scadenza e l'eventuale importo minimo nell'e-mail che hai ricevuto. Se hai dimenticato di inserire un codice valido, contattaci entro 7 giorni e ti rimborseremo lo sconto."},
			"warranty": {questions: []string{"Che garanzia offrite?", "La mia giacca è difettosa", "I vostri prodotti sono garantiti?"},
				answer: "Tutti i prodotti hanno una garanzia di 2 anni sui difetti di fabbricazione dalla data di consegna, e le nostre calze da trekking in merino sono garantite a vita contro i buchi. Inviaci per e-mail una foto del problema con il numero d'ordine; ripariamo, sostituiamo o rimborsiamo, e la spedizione la paghiamo noi."},
			"sizes": {questions: []string{"Come scelgo la mia taglia?", "I vostri capi vestono piccoli?", "Che taglia devo prendere?"},
				answer: "Il nostro abbigliamento usa le taglie europee e veste regolare. Se sei tra due taglie, prendi la più grande per le giacche e la più piccola per gli strati base. Le calzature hanno taglie EU; prendi mezza taglia in più se usi calze spesse. La guida alle taglie riporta le misure di torace, vita e piede di ogni taglia."},
			"sustainability": {questions: []string{"I vostri prodotti sono sostenibili?", "La vostra piuma è di provenienza etica?", "Quali materiali usate?"},
				answer: "Il 78% della nostra collezione è realizzato con materiali riciclati, biologici o di provenienza responsabile. La nostra piuma è certificata RDS, il merino è senza mulesing e il cotone è biologico certificato GOTS. Abbiamo la certificazione Climate Neutral, destiniamo l'1% del fatturato a progetti per i sentieri e ripariamo i prodotti a prezzo di costo."},
			"customs-duties": {questions: []string{"Dovrò pagare dogana o dazi di importazione?", "I dazi sono inclusi?", "Perché il corriere mi ha chiesto di pagare delle tasse?"},
				answer: "Gli ordini nell'UE non pagano mai la dogana. Gli ordini verso Regno Unito e Stati Uniti viaggiano in regime DDP: dazi e tasse sono inclusi e alla consegna non si paga nulla. Verso tutti gli altri paesi spediamo in regime DAP: dazi, tasse di importazione e la commissione di sdoganamento del corriere vengono riscossi dal corriere e sono a tuo carico."},
			"track-order": {questions: []string{"Come posso tracciare il mio ordine?", "Dov'è il mio pacco?", "Non ho ricevuto il numero di tracciamento"},
				answer: "Quando il tuo ordine parte ti inviamo per e-mail il corriere e il link di tracciamento. Puoi anche chiedere al nostro assistente in chat con il numero d'ordine e l'e-mail o il numero di telefono usati per l'ordine. La prima scansione può comparire fino a 24 ore dopo; se il pacco resta fermo per 7 giorni lavorativi, contattaci."},
			"cancel-order": {questions: []string{"Posso annullare il mio ordine?", "Come si annulla un ordine?", "Ho ordinato per errore"},
				answer: "Puoi annullare gratuitamente finché l'ordine non è stato spedito. Chiedi al nostro assistente in chat con il numero d'ordine e l'e-mail, oppure scrivi a support@northwind-outfitters.example. Se è già stato spedito, puoi restituirlo entro 30 giorni dalla consegna."},
			"exchange-size": {questions: []string{"Posso cambiarlo con un'altra taglia?", "Come funzionano i cambi?", "Taglia sbagliata, posso cambiarla?"},
				answer: "All'interno dell'UE i cambi di taglia e colore sono gratuiti: avvia un reso, scegli 'cambio' e spediamo il nuovo articolo non appena il corriere scansiona il tuo pacco. Fuori dall'UE, restituisci l'articolo per il rimborso ed effettua un nuovo ordine. Gli articoli in vendita definitiva non si possono cambiare."},
			"restock": {questions: []string{"Quando tornerà disponibile?", "Riassortirete la mia taglia?", "Posso ricevere un avviso quando torna disponibile?"},
				answer: "La maggior parte dei prodotti continuativi viene riassortita ogni 4–6 settimane. Clicca su 'Avvisami' nella pagina del prodotto e ti scriveremo una sola volta quando la tua taglia sarà di nuovo disponibile. I prodotti segnalati come 'stagione precedente' non vengono riassortiti."},
			"pre-orders": {questions: []string{"Come funzionano i preordini?", "Quando verrà spedito il mio preordine?", "Il preordine si paga subito?"},
				answer: "Gli articoli in preordine mostrano la data di spedizione prevista nella pagina del prodotto. Il pagamento avviene al momento dell'ordine. Se l'ordine contiene anche articoli disponibili, li spediamo prima senza costi aggiuntivi. Puoi annullare un preordine in qualsiasi momento prima della spedizione."},
			"repairs": {questions: []string{"Riparate i prodotti?", "Mi si è rotta la cerniera, potete ripararla?", "Posso comprare pezzi di ricambio?"},
				answer: "Sì. I difetti entro 2 anni li ripariamo o sostituiamo gratuitamente in garanzia. Dopo, il nostro laboratorio di Utrecht ripara i prodotti Northwind a prezzo di costo, e vendiamo fibbie, tiralampo e toppe di riparazione di ricambio. Inviaci una foto e il numero d'ordine per iniziare."},
			"currencies": {questions: []string{"Posso pagare nella mia valuta?", "Quali valute accettate?", "Mi verrà addebitato in euro?"},
				answer: "Sì. In 25 mercati, tra cui GBP, USD, CHF, NOK, CAD, JPY, CNY, AUD e AED, i prezzi sono mostrati e addebitati nella tua valuta locale al cambio del giorno. Altrove paghi in euro. I rimborsi vengono effettuati nella valuta con cui hai pagato."},
			"newsletter-discount": {questions: []string{"Avete uno sconto sul primo ordine?", "C'è uno sconto per l'iscrizione alla newsletter?", "Sconto per studenti?"},
				answer: "Iscriviti alla nostra newsletter e ricevi un codice del 10% per il tuo primo ordine (non valido sugli articoli in saldo né sulle carte regalo). Gli studenti hanno il 15% tramite il nostro partner di verifica degli studenti, una volta al mese."},
			"gift-wrapping": {questions: []string{"Offrite la confezione regalo?", "Posso aggiungere un biglietto d'auguri?", "Potete non indicare il prezzo nel pacco?"},
				answer: "Sì: spunta 'È un regalo' nel carrello per aggiungere un biglietto scritto a mano e un involucro furoshiki riutilizzabile a 4 €. Gli ordini regalo non riportano prezzi. Per le spedizioni fuori dall'UE, la fattura doganale indica comunque il valore."},
			"price-match": {questions: []string{"Vi allineate ai prezzi di altri negozi?", "Il prezzo è sceso dopo il mio ordine", "Posso avere il prezzo scontato?"},
				answer: "Non ci allineiamo ai prezzi di altri negozi. Se uno dei nostri prezzi scende entro 14 giorni dal tuo ordine, contattaci e ti rimborseremo la differenza sul metodo di pagamento originale."},
		},
	}
}

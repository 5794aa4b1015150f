package demo

// plDocs is the Polish (pl) translation of the policies, pages and FAQ.
func plDocs() localeDocs {
	return localeDocs{
		shipping: PolicyText{Title: "Zasady wysyłki", Body: `Wysyłamy na cały świat z naszego magazynu w Utrechcie w Holandii. Zamówienia złożone w dzień roboczy przed 14:00 czasu środkowoeuropejskiego opuszczają magazyn tego samego dnia; pozostałe wysyłamy w następnym dniu roboczym. Produkty w przedsprzedaży wysyłamy w terminie podanym na stronie produktu, a resztę zamówienia mieszanego wysyłamy, gdy tylko będzie gotowa.

Holandia, Belgia, Luksemburg i Niemcy: dostawa standardowa z DHL lub PostNL w 1–3 dni robocze, 4,95 €, gratis od 75 €. Dostawa ekspresowa na następny dzień 12,95 €.

Pozostałe kraje Unii Europejskiej: dostawa standardowa w 2–5 dni roboczych z DHL, La Poste - Colissimo lub krajowym operatorem pocztowym, 6,95 €, gratis od 75 €. Dostawa ekspresowa w 1–2 dni robocze z DHL Express, 14,95 €.

Wielka Brytania: dostawa w 3–5 dni roboczych, 7,95 €, gratis od 100 €.

Stany Zjednoczone: dostawa w 4–7 dni roboczych z UPS lub DHL Express, 14,95 €, gratis od 150 €.

Kanada, Szwajcaria i Norwegia: dostawa w 3–8 dni roboczych, 16,95 €.

Azja i Oceania (m.in. Japonia, Chiny, Korea Południowa, Singapur, Australia i Nowa Zelandia): dostawa w 5–10 dni roboczych z DHL Express, Japan Post lub SF Express, 19,95 €, gratis od 200 €.

Bliski Wschód (m.in. Zjednoczone Emiraty Arabskie, Arabia Saudyjska, Katar i Izrael): dostawa w 5–9 dni roboczych z Aramex lub DHL Express, 19,95 €, gratis od 200 €.

Reszta świata: dostawa w 7–15 dni roboczych, 24,95 €.

Cło i opłaty: przy zamówieniach do krajów UE nigdy nie płacisz cła. Do Wielkiej Brytanii i Stanów Zjednoczonych wysyłamy na warunkach DDP (dostarczone, cło opłacone): ceny obejmują cło i podatki importowe, a przy odbiorze nie trzeba nic dopłacać. Do wszystkich pozostałych krajów wysyłamy na warunkach DAP (dostarczone do miejsca): cło, podatki importowe i opłatę przewoźnika za odprawę celną pobiera przewoźnik przy doręczeniu i ponosi je klient. Nie możemy oznaczać zamówień jako prezentów ani deklarować niższej wartości. Jeśli odmówisz przyjęcia paczki DAP, zwrócimy Ci pieniądze za zamówienie pomniejszone o koszt odesłania i opłaty celne, którymi zostaniemy obciążeni.

Śledzenie: gdy zamówienie zostanie wysłane, przesyłamy e-mailem numer przesyłki i link do śledzenia; o status możesz też zapytać naszego asystenta czatu, podając numer zamówienia i e-mail. Na pierwszy skan trzeba czasem poczekać do 24 godzin. Jeśli paczka nie zmienia statusu przez 7 dni roboczych, skontaktuj się z nami, a my wszczniemy postępowanie wyjaśniające u przewoźnika.

Adresy: do skrytek pocztowych i paczkomatów wysyłamy tylko dostawą standardową. Dokładnie sprawdź adres; jeśli trzeba go zmienić, skontaktuj się z nami w ciągu 1 godziny od złożenia zamówienia. Gdy paczka opuści magazyn, adres można zmienić już tylko u przewoźnika.

Ograniczenia: kartusze gazowe, baterie litowe sprzedawane osobno i noże nie mogą być przewożone samolotem i są dostępne tylko z dostawą naziemną na terenie UE.`},
		refund: PolicyText{Title: "Zasady zwrotów", Body: `Chcemy, żeby Twój sprzęt Ci się podobał. Jeśli coś jest nie tak, możesz go zwrócić w ciągu 30 dni od doręczenia i otrzymać zwrot pieniędzy albo wymienić produkt.

Termin zwrotu: masz 30 dni od dnia doręczenia zamówienia na zgłoszenie zwrotu. Produkty muszą być nienoszone, nieprane, w oryginalnym stanie i z wszystkimi metkami. Obuwie można przymierzać wyłącznie w domu, a pudełka po butach nie można używać jako kartonu wysyłkowego.

Jak zwrócić: zgłoś zwrot na stronie zwrotów albo poproś naszego asystenta czatu, podając numer zamówienia oraz e-mail lub numer telefonu użyty przy zamówieniu. Wyślemy Ci e-mailem etykietę zwrotną i instrukcje. Dobrze zapakuj produkty i nadaj paczkę w dowolnym punkcie przewoźnika w ciągu 7 dni.

Koszt odesłania: zwroty z Unii Europejskiej są bezpłatne — wysyłamy opłaconą etykietę. Z Wielkiej Brytanii i Stanów Zjednoczonych wysyłamy opłaconą etykietę i potrącamy 5,95 € ze zwracanej kwoty. Z pozostałych krajów sam organizujesz i opłacasz odesłanie; użyj usługi ze śledzeniem i oznacz paczkę jako "Returned goods". Jeśli produkt dotarł wadliwy, uszkodzony lub niezgodny z zamówieniem, zawsze pokrywamy koszt odesłania, niezależnie od tego, gdzie jesteś.

Produkty z wyprzedaży końcowej: produktów oznaczonych na stronie jako "Final sale" nie można zwrócić ani wymienić, chyba że są wadliwe. Dotyczy to produktów z wyprzedaży i wybranych produktów w promocji, bielizny i strojów kąpielowych (ze względów higienicznych) oraz kart podarunkowych.

Zwrot pieniędzy: gdy zwrot dotrze do naszego magazynu, sprawdzamy go w ciągu 2 dni roboczych i wysyłamy Ci e-mail. Zatwierdzone zwroty trafiają na pierwotną metodę płatności w ciągu 5–10 dni roboczych; bank może potrzebować kilku dodatkowych dni, by je zaksięgować. Jeśli zwracasz całe zamówienie, zwracamy też pierwotny koszt dostawy standardowej. Cło i podatki zapłacone przewoźnikowi przy dostawie poza UE, Wielką Brytanię i USA zwraca Twój lokalny urząd celny, a nie my; wyślemy Ci potrzebne dokumenty.

Wymiana: na terenie UE wymieniamy rozmiar i kolor bezpłatnie; nowy produkt wysyłamy, gdy tylko przewoźnik zeskanuje zwrot. W innych krajach zwróć produkt, odbierz pieniądze i złóż nowe zamówienie.

Anulowanie: zamówienie możesz bezpłatnie anulować, dopóki nie zostanie wysłane. Po wysyłce zwróć je zgodnie z tymi zasadami.

Gwarancja: wszystkie produkty mają 2-letnią gwarancję na wady produkcyjne, liczoną od dnia doręczenia. Nasze merynosowe skarpety trekkingowe mają dożywotnią gwarancję na dziury. Skontaktuj się z nami, podając numer zamówienia i przesyłając zdjęcie problemu.`},
		pages: map[string]PolicyText{
			"about-us": {Title: "O nas", Body: `Northwind Outfitters powstało w 2016 roku we wspólnym garażu w Utrechcie, gdzie dwóch przyjaciół z zamiłowaniem do pieszych wędrówek naprawiało kurtki przeciwdeszczowe dla swojego klubu wspinaczkowego. Dziś projektujemy odzież i sprzęt na szlak, w podróż i na co dzień na świeżym powietrzu, i wysyłamy je do ponad 60 krajów.

Robimy mniej, ale lepiej. Każdy produkt testujemy na szlakach Alp, Szkocji i norweskich fiordów, zanim trafi do sprzedaży, a do wszystkiego, co sprzedajemy, mamy części zamienne i instrukcje naprawy.

Materiały mają znaczenie: 78% naszej kolekcji powstaje z materiałów z recyklingu, organicznych lub pozyskiwanych w odpowiedzialny sposób, nasz puch ma certyfikat RDS, a nasza wełna merino pochodzi z hodowli bez mulesingu. Mamy certyfikat Climate Neutral i przekazujemy 1% przychodów na utrzymanie szlaków i projekty ułatwiające dostęp do przyrody.

Nasz 34-osobowy zespół pracuje w Utrechcie i łącznie mówi w jedenastu językach, dlatego odpowiadamy Ci w Twoim.`},
			"size-guide": {Title: "Tabela rozmiarów", Body: `Nasza odzież ma rozmiary europejskie i jest skrojona do noszenia warstwowego. Jeśli jesteś pomiędzy dwoma rozmiarami, wybierz większy w przypadku warstw zewnętrznych i mniejszy w przypadku warstw bazowych.

Bluzy, koszulki i kurtki (obwód klatki piersiowej): XS 84–88 cm, S 89–94 cm, M 95–100 cm, L 101–107 cm, XL 108–114 cm, XXL 115–121 cm.

Spodnie (obwód pasa): 28 = 71 cm, 30 = 76 cm, 32 = 81 cm, 34 = 86 cm, 36 = 91 cm. Rozmiary literowe: S 72–77 cm, M 78–84 cm, L 85–91 cm, XL 92–98 cm. Standardowa długość nogawki po wewnętrznej stronie to 81 cm.

Obuwie: stosujemy rozmiary europejskie (EU). EU 38 = UK 5 = US męskie 6 / damskie 7 = 24 cm; EU 40 = UK 6,5 = US męskie 7,5 / damskie 8,5 = 25,5 cm; EU 42 = UK 8 = US męskie 9 / damskie 10 = 26,5 cm; EU 44 = UK 9,5 = US męskie 10,5 = 28 cm; EU 46 = UK 11 = US męskie 12 = 29,5 cm. Buty trekkingowe mają standardową rozmiarówkę; jeśli nosisz grube skarpety, wybierz rozmiar o pół numeru większy.

Dzieci: rozmiary odpowiadają wiekowi (od 4 do 12 lat) i mają zapas na mniej więcej rok wzrostu.

Skarpety: S pasuje na EU 36–38, M na EU 39–42, L na EU 43–46.

Nadal masz wątpliwości? Zapytaj naszego asystenta czatu, podając swój wzrost i zwykle noszony rozmiar, albo skorzystaj z bezpłatnej wymiany rozmiaru na terenie UE.`},
			"customs-and-duties": {Title: "Cło i opłaty", Body: `To, czy zapłacisz coś przy odbiorze, zależy od kraju, do którego trafia zamówienie.

Unia Europejska: bez formalności celnych i dodatkowych opłat. Ceny zawierają VAT Twojego kraju.

Wielka Brytania i Stany Zjednoczone: wysyłamy na warunkach DDP (dostarczone, cło opłacone). Cena przy zamówieniu obejmuje wszystkie cła i podatki importowe, a przewoźnik nigdy nie poprosi Cię o pieniądze przy doręczeniu.

Wszystkie pozostałe kraje (m.in. Szwajcaria, Norwegia, Kanada, Japonia, Chiny, Australia, państwa Zatoki Perskiej i reszta świata): wysyłamy na warunkach DAP (dostarczone do miejsca). Cło, podatki importowe i opłata przewoźnika za odprawę celną nie są wliczone w nasze ceny. Przewoźnik pobiera je przed doręczeniem lub przy nim. Kwota zależy od przepisów Twojego kraju i wartości zamówienia; na przykład Szwajcaria nalicza 8,1% VAT od większości zamówień, a Japonia zwykle nalicza 10% podatku konsumpcyjnego od zamówień powyżej 10 000 ¥.

Nie możemy oznaczać zamówień jako prezentów ani deklarować niższej wartości: to niezgodne z prawem i opóźnia dostawę paczki.

Jeśli zwracasz produkt z kraju DAP, lokalny urząd celny zwykle może zwrócić Ci cło; wyślemy Ci potrzebną fakturę handlową i potwierdzenie zwrotu.`},
		},
		faqs: map[string]faqText{
			"gift-cards": {questions: []string{"Czy sprzedajecie karty podarunkowe?", "Jak działają karty podarunkowe?", "Czy karty podarunkowe tracą ważność?"},
				answer: "Tak. Cyfrowe karty podarunkowe o wartości 25 €, 50 €, 100 € i 200 € wysyłamy e-mailem w ciągu kilku minut; nie tracą ważności i można je wykorzystać na wszystkie produkty, w każdej walucie, w której sprzedajemy. W jednym zamówieniu możesz połączyć kilka kart podarunkowych. Karty podarunkowe nie podlegają zwrotowi i nie można ich wymienić na gotówkę."},
			"payment-methods": {questions: []string{"Jakie formy płatności akceptujecie?", "Czy mogę zapłacić przez PayPal?", "Czy jest Klarna albo płatność odroczona?"},
				answer: "Akceptujemy Visa, Mastercard, American Express, PayPal, Apple Pay, Google Pay, Shop Pay i iDEAL. Klarna (płatność później lub w 3 ratach) jest dostępna w Holandii, Niemczech, Austrii, Belgii, Finlandii i Szwecji. Nie przyjmujemy płatności za pobraniem ani przelewów bankowych."},
			"change-address": {questions: []string{"Czy mogę zmienić adres dostawy?", "Podałem zły adres", "Jak zaktualizować adres dostawy w zamówieniu?"},
				answer: "Skontaktuj się z nami w ciągu 1 godziny od złożenia zamówienia, a zmienimy adres, zanim zamówienie zostanie spakowane. Po wysyłce nie możemy już go zmienić; skorzystaj z linku do śledzenia przewoźnika, aby przekierować paczkę lub wybrać punkt odbioru."},
			"discount-codes": {questions: []string{"Mój kod rabatowy nie działa", "Czy mogę użyć dwóch kodów rabatowych?", "Zapomniałem wpisać kod rabatowy"},
				answer: "W jednym zamówieniu można użyć tylko jednego kodu rabatowego, a kody nie obejmują produktów w promocji, produktów z wyprzedaży końcowej ani kart podarunkowych. Sprawdź datę ważności i ewentualną minimalną wartość zamówienia w otrzymanym e-mailu. Jeśli zapomniałeś wpisać ważny kod, skontaktuj się z nami w ciągu 7 dni, a zwrócimy Ci wartość rabatu."},
			"warranty": {questions: []string{"Jaką gwarancję dajecie?", "Moja kurtka jest wadliwa", "Czy wasze produkty mają gwarancję?"},
				answer: "Wszystkie produkty mają 2-letnią gwarancję na wady produkcyjne, liczoną od dnia doręczenia, a nasze merynosowe skarpety trekkingowe mają dożywotnią gwarancję na dziury. Wyślij nam e-mailem zdjęcie problemu z numerem zamówienia; naprawimy, wymienimy lub zwrócimy pieniądze i pokryjemy koszt wysyłki."},
			"sizes": {questions: []string{"Jak wybrać rozmiar?", "Czy wasze ubrania są zaniżone?", "Jaki rozmiar powinienem wziąć?"},
				answer: "Nasza odzież ma rozmiary europejskie i jest zgodna z rozmiarówką. Jeśli jesteś pomiędzy rozmiarami, przy kurtkach wybierz większy, a przy warstwach bazowych mniejszy. Obuwie ma rozmiary EU; do grubych skarpet wybierz pół numeru większy. W tabeli rozmiarów znajdziesz obwód klatki piersiowej, pasa i długość stopy dla każdego rozmiaru."},
			"sustainability": {questions: []string{"Czy wasze produkty są zrównoważone?", "Czy wasz puch pochodzi z etycznych źródeł?", "Jakich materiałów używacie?"},
				answer: "78% naszej kolekcji powstaje z materiałów z recyklingu, organicznych lub pozyskiwanych odpowiedzialnie. Nasz puch ma certyfikat RDS, merino pochodzi z hodowli bez mulesingu, a bawełna jest organiczna z certyfikatem GOTS. Mamy certyfikat Climate Neutral, przekazujemy 1% przychodów na projekty szlakowe i naprawiamy produkty po kosztach."},
			"customs-duties": {questions: []string{"Czy będę musiał zapłacić cło?", "Czy cło jest wliczone w cenę?", "Dlaczego kurier chciał ode mnie podatku?"},
				answer: "Przy zamówieniach do UE nigdy nie płacisz cła. Zamówienia do Wielkiej Brytanii i USA wysyłamy na warunkach DDP: cło i podatki są wliczone, przy odbiorze nic nie płacisz. Do wszystkich innych krajów wysyłamy na warunkach DAP: cło, podatki importowe i opłatę za odprawę celną pobiera przewoźnik, a płacisz je Ty."},
			"track-order": {questions: []string{"Jak śledzić zamówienie?", "Gdzie jest moja paczka?", "Nie dostałem numeru przesyłki"},
				answer: "Gdy zamówienie zostanie wysłane, przesyłamy e-mailem nazwę przewoźnika i link do śledzenia. Możesz też zapytać naszego asystenta czatu, podając numer zamówienia oraz e-mail lub telefon użyty przy zamówieniu. Pierwszy skan może pojawić się dopiero po 24 godzinach; jeśli paczka nie rusza się przez 7 dni roboczych, skontaktuj się z nami."},
			"cancel-order": {questions: []string{"Czy mogę anulować zamówienie?", "Jak anulować zamówienie?", "Zamówiłem przez pomyłkę"},
				answer: "Możesz bezpłatnie anulować zamówienie, dopóki nie zostanie wysłane. Poproś o to naszego asystenta czatu, podając numer zamówienia i e-mail, albo napisz na support@northwind-outfitters.example. Po wysyłce możesz je zwrócić w ciągu 30 dni od doręczenia."},
			"exchange-size": {questions: []string{"Czy mogę wymienić na inny rozmiar?", "Jak działa wymiana?", "Zły rozmiar, czy mogę go wymienić?"},
				answer: "Na terenie UE wymiana rozmiaru i koloru jest bezpłatna: zgłoś zwrot, wybierz „wymiana”, a nowy produkt wyślemy, gdy tylko przewoźnik zeskanuje Twoją paczkę. Poza UE zwróć produkt, odbierz pieniądze i złóż nowe zamówienie. Produktów z wyprzedaży końcowej nie można wymienić."},
			"restock": {questions: []string{"Kiedy produkt wróci do sprzedaży?", "Czy mój rozmiar będzie znowu dostępny?", "Czy mogę dostać powiadomienie o dostępności?"},
				answer: "Większość stałych produktów uzupełniamy co 4–6 tygodni. Kliknij „Powiadom mnie” na stronie produktu, a wyślemy Ci jeden e-mail, gdy Twój rozmiar wróci. Produkty oznaczone jako „poprzedni sezon” nie są uzupełniane."},
			"pre-orders": {questions: []string{"Jak działa przedsprzedaż?", "Kiedy wyślecie moje zamówienie w przedsprzedaży?", "Czy za przedsprzedaż płacę od razu?"},
				answer: "Przy produktach w przedsprzedaży przewidywana data wysyłki jest podana na stronie produktu. Płatność pobieramy przy składaniu zamówienia. Jeśli zamówienie zawiera też produkty dostępne od ręki, wyślemy je najpierw, bez dodatkowych kosztów. Przedsprzedaż możesz anulować w dowolnym momencie przed wysyłką."},
			"repairs": {questions: []string{"Czy naprawiacie produkty?", "Zepsuł mi się zamek, możecie go naprawić?", "Czy mogę kupić części zamienne?"},
				answer: "Tak. Wady ujawnione w ciągu 2 lat naprawiamy lub wymieniamy bezpłatnie w ramach gwarancji. Później nasz warsztat w Utrechcie naprawia produkty Northwind po kosztach, a do tego sprzedajemy zapasowe klamry, suwaki do zamków i łatki naprawcze. Na początek wyślij nam e-mailem zdjęcie i numer zamówienia."},
			"currencies": {questions: []string{"Czy mogę zapłacić w swojej walucie?", "Jakie waluty akceptujecie?", "Czy zapłacę w euro?"},
				answer: "Tak. Na 25 rynkach, w tym GBP, USD, CHF, NOK, CAD, JPY, CNY, AUD i AED, ceny są wyświetlane i pobierane w lokalnej walucie po kursie dnia. W pozostałych krajach płacisz w euro. Zwroty realizujemy w walucie, w której zapłacono."},
			"newsletter-discount": {questions: []string{"Czy jest rabat na pierwsze zamówienie?", "Czy jest rabat za zapis do newslettera?", "Czy macie zniżkę studencką?"},
				answer: "Zapisz się do naszego newslettera, a dostaniesz kod na 10% na pierwsze zamówienie (nie obejmuje produktów w promocji ani kart podarunkowych). Studenci otrzymują 15% raz w miesiącu przez naszego partnera weryfikującego status studenta."},
			"gift-wrapping": {questions: []string{"Czy oferujecie pakowanie na prezent?", "Czy mogę dodać liścik do prezentu?", "Czy możecie nie umieszczać ceny w paczce?"},
				answer: "Tak: zaznacz w koszyku „To prezent”, aby za 4 € dodać ręcznie napisaną kartkę i wielorazowe opakowanie furoshiki. W zamówieniach prezentowych nie ma cen. Przy wysyłkach poza UE faktura celna nadal podaje wartość."},
			"price-match": {questions: []string{"Czy wyrównujecie ceny do konkurencji?", "Cena spadła po moim zamówieniu", "Czy mogę dostać cenę promocyjną?"},
				answer: "Nie wyrównujemy cen do innych sklepów. Jeśli któraś z naszych cen spadnie w ciągu 14 dni od Twojego zamówienia, skontaktuj się z nami, a zwrócimy różnicę na pierwotną metodę płatności."},
		},
	}
}

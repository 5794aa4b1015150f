package demo

// ptBRCatalog holds the Brazilian Portuguese (pt-BR) product translations.
func ptBRCatalog() localeCatalog {
	return localeCatalog{
		optionNames: map[string]string{"Color": "Cor", "Size": "Tamanho", "Length": "Comprimento", "Zip": "Zíper", "Capacity": "Capacidade"},
		optionValues: map[string]string{
			"Black": "Preto", "Forest": "Verde-floresta", "Glacier Blue": "Azul-glaciar", "Rust": "Ferrugem", "Heather Grey": "Cinza mescla",
			"Navy": "Azul-marinho", "Charcoal": "Grafite", "Ocean": "Oceano", "White": "Branco", "Terracotta": "Terracota",
			"Sage": "Sálvia", "Brown": "Marrom", "Sand": "Areia", "Glacier": "Glaciar", "Orange": "Laranja",
			"Regular": "Normal", "Long": "Longo", "Left": "Esquerdo", "Right": "Direito",
		},
		products: map[string]productText{
			"aurora-rain-shell": {title: "Jaqueta impermeável Aurora 2.5L", ptype: "Jaquetas",
				body: `<p>Uma jaqueta de chuva leve, com todas as costuras seladas, para trilhas e dias na cidade. O tecido externo de náilon reciclado de 2,5 camadas segura chuva forte (20.000 mm) e continua respirável nas subidas íngremes.</p>` +
					`<ul><li>Capuz compatível com capacete e aba reforçada</li><li>Zíperes de ventilação nas axilas</li><li>Guarda-se no próprio bolso do peito</li></ul>`},
			"fjord-down-jacket": {title: "Jaqueta de plumas Fjord 800", ptype: "Jaquetas",
				body: `<p>Nossa jaqueta do dia a dia mais quente, com enchimento de plumas de ganso certificadas RDS e poder de preenchimento 800. Leve o bastante para uma viagem de esqui, quente o bastante para um inverno nórdico.</p>` +
					`<ul><li>Tecido externo ripstop repelente à água</li><li>Capuz e barra ajustáveis</li><li>Dois bolsos laterais com zíper</li></ul>`},
			"tundra-expedition-parka": {title: "Parka de expedição Tundra", ptype: "Jaquetas",
				body: `<p>Feita para expedições polares e longas esperas no ponto de ônibus em fevereiro. Uma camada externa impermeável e corta-vento sobre plumas com poder de preenchimento 700, confortável até -25 °C, com capuz túnel sem pele sintética.</p>`},
			"harbor-grid-fleece": {title: "Fleece Harbor Grid", ptype: "Fleece",
				body: `<p>Um fleece com textura quadriculada de poliéster reciclado que retém o calor e seca rápido. A camada intermediária que você vai usar o ano inteiro.</p>` +
					`<ul><li>Meio zíper com protetor de queixo</li><li>Bolso no peito com zíper</li><li>Feito de 100% poliéster reciclado</li></ul>`},
			"summit-merino-hoodie": {title: "Moletom de merino Summit", ptype: "Fleece",
				body: `<p>Um moletom de merino de 250 g/m² que regula a temperatura e resiste a odores, para usar dias seguidos na trilha ou em viagem.</p>` +
					`<ul><li>Lã merino da Nova Zelândia sem mulesing</li><li>Capuz ajustado e passadores para o polegar</li><li>Lavável na máquina a 30 °C</li></ul>`},
			"trailhead-organic-tee": {title: "Camiseta Trailhead de algodão orgânico", ptype: "Camisetas",
				body: `<p>Uma camiseta encorpada de algodão orgânico com certificação GOTS e o nosso pequeno logo de montanha no peito. Pré-lavada e de corte folgado.</p>` +
					`<ul><li>Malha de algodão orgânico de 180 g/m²</li><li>Estampada em Portugal com tintas à base de água</li><li>Modelagem folgada e unissex</li></ul>`},
			"granite-mid-gtx-hiking-boots": {title: "Botas de caminhada Granite Mid GTX", ptype: "Calçados",
				body: `<p>Botas de caminhada de cano médio impermeáveis, com membrana GORE-TEX e solado Vibram de ótima aderência. Confortáveis desde o primeiro uso e firmes nas descidas pedregosas.</p>` +
					`<ul><li>Cabedal de couro integral e tela reciclada</li><li>Solado Vibram Megagrip</li><li>Numeração europeia; forma normal, escolha meio número acima para meias grossas</li></ul>`},
			"ridgeline-22l-daypack": {title: "Mochila Ridgeline 22L", ptype: "Mochilas",
				body: `<p>Uma mochila de 22 litros com costas ventiladas, bolsos no cinto e compartimento para reservatório de hidratação. Grande o bastante para um dia inteiro na montanha, pequena o bastante para o escritório.</p>` +
					`<ul><li>Náilon ripstop 210D reciclado</li><li>Capa de chuva integrada</li><li>Cabe um notebook de 15"</li></ul>`},
			"solstice-2p-ultralight-tent": {title: "Barraca ultraleve Solstice 2P", ptype: "Barracas",
				body: `<p>Uma barraca autoportante para duas pessoas que pesa apenas 1,24 kg. Duas portas, dois avanços e altura suficiente para sentar e jogar cartas quando chove.</p>` +
					`<ul><li>Pré-venda: enviada em 3–4 semanas</li><li>Sobreteto ripstop com silicone, 3.000 mm</li><li>Varetas de alumínio DAC</li></ul>`},
			"ember-down-sleeping-bag": {title: "Saco de dormir de plumas Ember -5°C", ptype: "Sacos de dormir",
				body: `<p>Um saco de dormir tipo múmia para três estações, com plumas certificadas RDS e poder de preenchimento 750. Temperatura de conforto 0 °C, limite -5 °C.</p>` +
					`<ul><li>Normal serve até 183 cm, Longo até 198 cm</li><li>Gola térmica e zíper que não enrosca</li><li>Saco de compressão incluído</li></ul>`},
			"canteen-insulated-bottle": {title: "Garrafa térmica Canteen", ptype: "Garrafas",
				body: `<p>Uma garrafa de aço inoxidável de parede dupla que mantém bebidas geladas por 24 horas ou quentes por 12. Tampa à prova de vazamentos com alça.</p>` +
					`<ul><li>Aço inoxidável 18/8 próprio para alimentos, sem BPA</li><li>Cabe na maioria dos porta-copos de carro (500 e 750 ml)</li><li>Lavar somente à mão</li></ul>`},
			"lumen-400-headlamp": {title: "Lanterna de cabeça recarregável Lumen 400", ptype: "Iluminação",
				body: `<p>Uma lanterna de cabeça de 400 lúmens com modo de visão noturna vermelho e trava para nunca acender dentro da mochila. Carrega por USB-C.</p>` +
					`<ul><li>Até 60 horas no modo mais fraco</li><li>Resistente a respingos IPX4</li><li>Indicador de bateria</li></ul>`},
		},
	}
}

// plCatalog holds the Polish (pl) product translations.
func plCatalog() localeCatalog {
	return localeCatalog{
		optionNames: map[string]string{"Color": "Kolor", "Size": "Rozmiar", "Length": "Długość", "Zip": "Zamek", "Capacity": "Pojemność"},
		optionValues: map[string]string{
			"Black": "Czarny", "Forest": "Leśna zieleń", "Glacier Blue": "Lodowy błękit", "Rust": "Rdzawy", "Heather Grey": "Szary melanż",
			"Navy": "Granatowy", "Charcoal": "Grafitowy", "Ocean": "Oceaniczny", "White": "Biały", "Terracotta": "Terakota",
			"Sage": "Szałwiowy", "Brown": "Brązowy", "Sand": "Piaskowy", "Glacier": "Lodowcowy", "Orange": "Pomarańczowy",
			"Regular": "Standardowa", "Long": "Długa", "Left": "Lewy", "Right": "Prawy",
		},
		products: map[string]productText{
			"aurora-rain-shell": {title: "Kurtka przeciwdeszczowa Aurora 2.5L", ptype: "Kurtki",
				body: `<p>Lekka kurtka przeciwdeszczowa z w pełni podklejonymi szwami na szlak i na miasto. Zewnętrzna tkanina z nylonu z recyklingu w technologii 2,5 warstwy zatrzymuje ulewny deszcz (20 000 mm) i pozostaje oddychająca na stromych podejściach.</p>` +
					`<ul><li>Kaptur mieszczący kask, z usztywnionym daszkiem</li><li>Wentylacyjne zamki pod pachami</li><li>Mieści się we własnej kieszeni na piersi</li></ul>`},
			"fjord-down-jacket": {title: "Kurtka puchowa Fjord 800", ptype: "Kurtki",
				body: `<p>Nasza najcieplejsza kurtka na co dzień, wypełniona gęsim puchem z certyfikatem RDS o sprężystości 800. Dość lekka na wyjazd na narty, dość ciepła na nordycką zimę.</p>` +
					`<ul><li>Wodoodpychająca tkanina ripstop</li><li>Regulowany kaptur i dół</li><li>Dwie kieszenie na dłonie zapinane na zamek</li></ul>`},
			"tundra-expedition-parka": {title: "Parka ekspedycyjna Tundra", ptype: "Kurtki",
				body: `<p>Stworzona na wyprawy polarne i długie czekanie na przystanku w lutym. Wodoodporna i wiatroszczelna powłoka na puchu o sprężystości 700, komfort do -25 °C, z kapturem tunelowym bez sztucznego futra.</p>`},
			"harbor-grid-fleece": {title: "Polar Harbor Grid", ptype: "Polary",
				body: `<p>Polar o strukturze kratki z poliestru z recyklingu, który zatrzymuje ciepło i szybko schnie. Warstwa środkowa, po którą sięgniesz przez cały rok.</p>` +
					`<ul><li>Zamek do połowy z osłoną podbródka</li><li>Kieszeń na piersi zapinana na zamek</li><li>Wykonany w 100% z poliestru z recyklingu</li></ul>`},
			"summit-merino-hoodie": {title: "Bluza z kapturem Summit z merynosa", ptype: "Polary",
				body: `<p>Bluza z wełny merynosów 250 g/m², która reguluje temperaturę i ogranicza zapachy, więc możesz ją nosić przez wiele dni na szlaku lub w podróży.</p>` +
					`<ul><li>Wełna merynosów z Nowej Zelandii bez mulesingu</li><li>Dopasowany kaptur i otwory na kciuki</li><li>Można prać w pralce w 30 °C</li></ul>`},
			"trailhead-organic-tee": {title: "Koszulka Trailhead z bawełny organicznej", ptype: "Koszulki",
				body: `<p>Gruba koszulka z bawełny organicznej z certyfikatem GOTS z naszym małym górskim logo na piersi. Wstępnie prana, o luźnym kroju.</p>` +
					`<ul><li>Dzianina z bawełny organicznej 180 g/m²</li><li>Nadruk w Portugalii farbami na bazie wody</li><li>Luźny krój unisex</li></ul>`},
			"granite-mid-gtx-hiking-boots": {title: "Buty trekkingowe Granite Mid GTX", ptype: "Obuwie",
				body: `<p>Wodoodporne buty trekkingowe za kostkę z membraną GORE-TEX i przyczepną podeszwą Vibram. Wygodne od pierwszego dnia, stabilne na kamienistych zejściach.</p>` +
					`<ul><li>Cholewka ze skóry licowej i siateczki z recyklingu</li><li>Podeszwa Vibram Megagrip</li><li>Rozmiary EU; zgodne z rozmiarem, do grubych skarpet wybierz pół rozmiaru większe</li></ul>`},
			"ridgeline-22l-daypack": {title: "Plecak Ridgeline 22L", ptype: "Plecaki",
				body: `<p>Plecak jednodniowy o pojemności 22 litrów z wentylowanym panelem pleców, kieszeniami na pasie biodrowym i kieszenią na bukłak. Wystarczająco duży na cały dzień w górach, wystarczająco mały do biura.</p>` +
					`<ul><li>Nylon ripstop 210D z recyklingu</li><li>Wbudowany pokrowiec przeciwdeszczowy</li><li>Mieści laptopa 15"</li></ul>`},
			"solstice-2p-ultralight-tent": {title: "Ultralekki namiot Solstice 2P", ptype: "Namioty",
				body: `<p>Samonośny namiot dwuosobowy, który waży tylko 1,24 kg. Dwa wejścia, dwa przedsionki i tyle miejsca nad głową, że w deszczu można usiąść i grać w karty.</p>` +
					`<ul><li>Przedsprzedaż: wysyłka w ciągu 3–4 tygodni</li><li>Tropik z ripstopu powlekanego silikonem, 3000 mm</li><li>Aluminiowe stelaże DAC</li></ul>`},
			"ember-down-sleeping-bag": {title: "Śpiwór puchowy Ember -5°C", ptype: "Śpiwory",
				body: `<p>Trzysezonowy śpiwór typu mumia wypełniony puchem z certyfikatem RDS o sprężystości 750. Temperatura komfortu 0 °C, limit -5 °C.</p>` +
					`<ul><li>Standardowa pasuje do 183 cm, Długa do 198 cm</li><li>Kołnierz termiczny i niezacinający się zamek</li><li>Worek kompresyjny w zestawie</li></ul>`},
			"canteen-insulated-bottle": {title: "Butelka termiczna Canteen", ptype: "Butelki",
				body: `<p>Butelka ze stali nierdzewnej z podwójną ścianką, która utrzymuje napoje zimne przez 24 godziny lub ciepłe przez 12. Szczelna nakrętka z uchwytem.</p>` +
					`<ul><li>Stal nierdzewna 18/8 do kontaktu z żywnością, bez BPA</li><li>Pasuje do większości samochodowych uchwytów na kubki (500 i 750 ml)</li><li>Myć tylko ręcznie</li></ul>`},
			"lumen-400-headlamp": {title: "Latarka czołowa Lumen 400 z akumulatorem", ptype: "Oświetlenie",
				body: `<p>Czołówka o mocy 400 lumenów z czerwonym trybem nocnym i blokadą, dzięki której nigdy nie włączy się w plecaku. Ładowana przez USB-C.</p>` +
					`<ul><li>Do 60 godzin na najniższym ustawieniu</li><li>Odporna na zachlapanie (IPX4)</li><li>Wskaźnik naładowania baterii</li></ul>`},
		},
	}
}

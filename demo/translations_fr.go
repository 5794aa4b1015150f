package demo

// frCatalog holds the French (fr) product translations.
func frCatalog() localeCatalog {
	return localeCatalog{
		optionNames: map[string]string{
			"Color": "Couleur", "Size": "Taille", "Cushioning": "Amorti", "Back Length": "Longueur de dos",
			"Length": "Longueur", "Zip": "Fermeture éclair", "Capacity": "Contenance", "Amount": "Montant",
		},
		optionValues: map[string]string{
			"Black": "Noir", "Forest": "Vert forêt", "Glacier Blue": "Bleu glacier", "Rust": "Rouille",
			"Heather Grey": "Gris chiné", "Navy": "Bleu marine", "Charcoal": "Anthracite", "Ocean": "Océan",
			"Sage": "Sauge", "White": "Blanc", "Terracotta": "Terracotta", "Khaki": "Kaki", "Graphite": "Graphite",
			"Teal": "Bleu canard", "Coral": "Corail", "Oatmeal": "Flocon d'avoine", "Brown": "Marron", "Lime": "Citron vert",
			"Olive": "Olive", "Slate": "Ardoise", "Sand": "Sable", "Glacier": "Glacier", "Orange": "Orange",
			"Tortoise": "Écaille", "Matte Black": "Noir mat", "Light": "Léger", "Midweight": "Intermédiaire",
			"Regular": "Standard", "Long": "Long", "Wide Long": "Large et long", "Left": "Gauche", "Right": "Droite",
		},
		products: map[string]productText{
			"aurora-rain-shell": {title: "Veste imperméable Aurora 2.5L", ptype: "Vestes",
				body: `<p>Une veste de pluie légère aux coutures entièrement étanchées, pour la randonnée comme pour la ville. Sa toile extérieure en nylon recyclé 2,5 couches arrête les fortes pluies (20 000 mm) tout en restant respirante dans les montées raides.</p>` +
					`<ul><li>Capuche compatible casque avec visière rigidifiée</li><li>Zips d'aération sous les bras</li><li>Se range dans sa propre poche poitrine</li></ul>`},
			"fjord-down-jacket": {title: "Doudoune Fjord 800", ptype: "Vestes",
				body: `<p>Notre veste du quotidien la plus chaude, garnie de duvet d'oie 800 cuin certifié RDS. Assez légère pour partir au ski, assez chaude pour un hiver nordique.</p>` +
					`<ul><li>Tissu ripstop déperlant</li><li>Capuche et bas réglables</li><li>Deux poches zippées pour les mains</li></ul>`},
			"harbor-grid-fleece": {title: "Polaire Harbor Grid", ptype: "Polaires",
				body: `<p>Une polaire à structure quadrillée en polyester recyclé, qui garde la chaleur et sèche vite. La couche intermédiaire que vous porterez toute l'année.</p>` +
					`<ul><li>Demi-zip avec protège-menton</li><li>Poche poitrine zippée</li><li>100 % polyester recyclé</li></ul>`},
			"summit-merino-hoodie": {title: "Sweat à capuche Summit en mérinos", ptype: "Polaires",
				body: `<p>Un sweat à capuche en mérinos 250 g/m² qui régule la température et limite les odeurs : vous pouvez le porter plusieurs jours d'affilée, en randonnée comme en voyage.</p>` +
					`<ul><li>Laine mérinos de Nouvelle-Zélande sans mulesing</li><li>Capuche ajustée et passe-pouces</li><li>Lavable en machine à 30 °C</li></ul>`},
			"alpine-merino-base-layer-top": {title: "Haut première couche Alpine Merino 200", ptype: "Sous-couches",
				body: `<p>Une première couche douce en mérinos 200 g/m², qui ne gratte pas, pour le ski, la randonnée hivernale et les trajets par temps froid.</p>` +
					`<ul><li>Coutures plates qui ne frottent pas sous le sac</li><li>Naturellement anti-odeurs</li><li>Coupe ajustée</li></ul>`},
			"trailhead-organic-tee": {title: "T-shirt Trailhead en coton bio", ptype: "T-shirts",
				body: `<p>Un t-shirt épais en coton biologique certifié GOTS, avec notre petit logo montagne sur la poitrine. Prélavé et coupé ample.</p>` +
					`<ul><li>Jersey de coton bio 180 g/m²</li><li>Imprimé au Portugal avec des encres à l'eau</li><li>Coupe ample et unisexe</li></ul>`},
			"canyon-hiking-pants": {title: "Pantalon de randonnée stretch Canyon", ptype: "Pantalons",
				body: `<p>Un pantalon de randonnée stretch quatre sens qui suit chacun de vos mouvements et sèche vite après un passage de gué. Son traitement déperlant sans PFC repousse les averses légères.</p>` +
					`<ul><li>Genoux préformés et entrejambe à soufflet</li><li>Poche zippée sur la cuisse pour le téléphone</li><li>Longueur d'entrejambe 81 cm ; bas resserrable</li></ul>`},
			"lagoon-swim-shorts": {title: "Short de bain Lagoon recyclé", ptype: "Shorts",
				body: `<p>Un short de bain à séchage rapide en plastique recyclé récupéré en mer, avec slip filet intégré et poche arrière zippée pour vos clés.</p>` +
					`<ul><li>Polyester recyclé issu de plastique destiné aux océans</li><li>Slip filet et taille à cordon</li><li>Vente finale : ni reprise ni échange</li></ul>`},
			"merino-hiking-socks": {title: "Chaussettes de randonnée en mérinos", ptype: "Chaussettes",
				body: `<p>Des chaussettes rembourrées en mérinos qui gardent les pieds au sec et sans ampoules pendant les longues journées. Talon et pointe renforcés, pointe sans couture.</p>` +
					`<ul><li>68 % laine mérinos, 29 % nylon, 3 % élasthanne</li><li>Amorti léger ou intermédiaire</li><li>Garantie à vie contre les trous</li></ul>`},
			"merino-boxer-briefs": {title: "Boxer en mérinos", ptype: "Sous-vêtements",
				body: `<p>Un boxer respirant en mérinos pour les voyages et les randonnées de plusieurs jours. Anti-odeurs, à séchage rapide et doux sur la peau.</p>` +
					`<ul><li>Mérinos 150 g/m² avec une touche d'élasthanne</li><li>Coutures plates, jambes qui ne remontent pas</li><li>Vente finale pour des raisons d'hygiène</li></ul>`},
			"cairn-merino-beanie": {title: "Bonnet Cairn en mérinos", ptype: "Couvre-chefs",
				body: `<p>Un bonnet côtelé double épaisseur en mérinos doux. Chaud sans être volumineux, il se porte sous un casque.</p>` +
					`<ul><li>100 % laine mérinos</li><li>Taille unique</li><li>Tricoté au Portugal</li></ul>`},
			"granite-mid-gtx-hiking-boots": {title: "Chaussures de randonnée Granite Mid GTX", ptype: "Chaussures",
				body: `<p>Des chaussures de randonnée mi-montantes imperméables, avec membrane GORE-TEX et semelle Vibram très accrocheuse. Confortables dès la première sortie, stables dans les descentes rocailleuses.</p>` +
					`<ul><li>Tige en cuir pleine fleur et mesh recyclé</li><li>Semelle Vibram Megagrip</li><li>Pointures européennes ; taillent normalement, prenez une demi-pointure au-dessus avec des chaussettes épaisses</li></ul>`},
			"switchback-trail-running-shoes": {title: "Chaussures de trail Switchback", ptype: "Chaussures",
				body: `<p>Des chaussures de trail dynamiques avec crampons de 5 mm pour la boue et plaque anti-roches pour les terrains techniques.</p>` +
					`<ul><li>Drop de 6 mm</li><li>Laçage rapide avec poche de rangement</li><li>Poids : 310 g par chaussure (EU 42)</li></ul>`},
			"riverbed-hiking-sandals": {title: "Sandales de randonnée Riverbed", ptype: "Chaussures",
				body: `<p>Des sandales de randonnée réglables avec semelle intérieure anatomique et semelle en caoutchouc adhérente, même sur rocher mouillé.</p>` +
					`<ul><li>Sangles réglables en trois points</li><li>Matériaux vegan à séchage rapide</li><li>Adaptées aux traversées de rivière</li></ul>`},
			"ridgeline-22l-daypack": {title: "Sac à dos Ridgeline 22L", ptype: "Sacs à dos",
				body: `<p>Un sac à dos de 22 litres avec dos ventilé, poches sur la ceinture et compartiment pour poche à eau. Assez grand pour une journée en montagne, assez discret pour le bureau.</p>` +
					`<ul><li>Nylon ripstop 210D recyclé</li><li>Housse de pluie intégrée</li><li>Accueille un ordinateur portable 15"</li></ul>`},
			"highroute-55l-trekking-pack": {title: "Sac de trekking Highroute 55L", ptype: "Sacs à dos",
				body: `<p>Un sac de trek pour les itinérances de plusieurs jours, avec dos réglable et ceinture qui transfère la charge sur les hanches. Porte 15 kg confortablement.</p>` +
					`<ul><li>55 litres plus un rabat extensible de 10 litres</li><li>Ouverture frontale en U sur le compartiment principal</li><li>Deux longueurs de dos : S/M (40–48 cm) et M/L (46–54 cm)</li></ul>`},
			"voyager-60l-travel-duffel": {title: "Sac de voyage Voyager 60L", ptype: "Sacs",
				body: `<p>Un sac de voyage résistant aux intempéries qui se porte comme un sac à dos. Il se range dans sa propre poche latérale quand vous n'en avez pas besoin.</p>` +
					`<ul><li>Polyester recyclé 840D laminé</li><li>Bretelles amovibles</li><li>Conforme aux règles de bagage en soute de la plupart des compagnies</li></ul>`},
			"solstice-2p-ultralight-tent": {title: "Tente ultralégère Solstice 2P", ptype: "Tentes",
				body: `<p>Une tente autoportante pour deux personnes qui ne pèse que 1,24 kg. Deux portes, deux absides et assez de hauteur pour s'asseoir et jouer aux cartes quand il pleut.</p>` +
					`<ul><li>Précommande : expédition sous 3 à 4 semaines</li><li>Double toit en ripstop siliconé, 3 000 mm</li><li>Arceaux en aluminium DAC</li></ul>`},
			"ember-down-sleeping-bag": {title: "Sac de couchage en duvet Ember -5 °C", ptype: "Sacs de couchage",
				body: `<p>Un sac sarcophage trois saisons garni de duvet 750 cuin certifié RDS. Température de confort 0 °C, limite -5 °C.</p>` +
					`<ul><li>Standard jusqu'à 183 cm, Long jusqu'à 198 cm</li><li>Collerette thermique et zip anti-accroche</li><li>Sac de compression inclus</li></ul>`},
			"airloft-insulated-sleeping-pad": {title: "Matelas isolant Airloft", ptype: "Matelas",
				body: `<p>Un matelas gonflable de 7 cm d'épaisseur, d'indice R 4,2, assez chaud pour les nuits d'intersaison. Se gonfle en une douzaine de souffles avec le sac de gonflage fourni.</p>` +
					`<ul><li>Standard : 183 × 51 cm ; Large et long : 197 × 64 cm</li><li>Tissu silencieux qui ne crisse pas</li><li>Kit de réparation inclus</li></ul>`},
			"canteen-insulated-bottle": {title: "Gourde isotherme Canteen", ptype: "Gourdes",
				body: `<p>Une gourde en acier inoxydable à double paroi qui garde vos boissons fraîches 24 heures ou chaudes 12 heures. Bouchon étanche avec poignée.</p>` +
					`<ul><li>Acier inoxydable alimentaire 18/8, sans BPA</li><li>Tient dans la plupart des porte-gobelets de voiture (500 et 750 ml)</li><li>Lavage à la main uniquement</li></ul>`},
			"lumen-400-headlamp": {title: "Lampe frontale rechargeable Lumen 400", ptype: "Éclairage",
				body: `<p>Une lampe frontale de 400 lumens avec mode rouge pour la vision nocturne et verrouillage pour qu'elle ne s'allume jamais dans le sac. Recharge en USB-C.</p>` +
					`<ul><li>Jusqu'à 60 heures en mode le plus faible</li><li>Résistante aux projections d'eau (IPX4)</li><li>Indicateur de batterie</li></ul>`},
			"carbon-trekking-poles": {title: "Bâtons de trekking en carbone (paire)", ptype: "Bâtons de randonnée",
				body: `<p>Des bâtons en carbone à trois brins avec blocage rapide et poignées en liège. 210 g par bâton.</p>` +
					`<ul><li>Choisissez 100–120 cm si vous mesurez moins de 1,70 m</li><li>Pointes en carbure de tungstène, embouts caoutchouc fournis</li><li>Rondelles neige incluses</li></ul>`},
			"glacier-polarized-sunglasses": {title: "Lunettes de soleil polarisées Glacier", ptype: "Lunettes",
				body: `<p>Des verres polarisés de catégorie 3 dans une monture légère biosourcée. Parfaites pour les approches glaciaires, sur l'eau et en ville par grand soleil.</p>` +
					`<ul><li>Protection UV400</li><li>Monture biosourcée à base de graines de ricin</li><li>Étui en microfibre recyclée inclus</li></ul>`},
			"northwind-gift-card": {title: "Carte cadeau Northwind", ptype: "Cartes cadeaux",
				body: `<p>Laissez-les choisir leur prochaine aventure. La carte cadeau est envoyée par e-mail en quelques minutes et n'expire jamais.</p>` +
					`<ul><li>Utilisable en ligne sur tous les produits</li><li>Valable dans toutes les devises proposées</li><li>Ni remboursable ni échangeable contre des espèces</li></ul>`},
		},
	}
}

package demo

// ptBRDocs is the Brazilian Portuguese (pt-BR) translation of the policies,
// pages and FAQ. Portuguese shoppers from Portugal are served the same text:
// the app normalises pt-PT and pt-BR to one language.
func ptBRDocs() localeDocs {
	return localeDocs{
		shipping: PolicyText{Title: "Política de envio", Body: `Enviamos para o mundo todo a partir do nosso armazém em Utrecht, na Holanda. Pedidos feitos até as 14:00 (horário da Europa Central) em dia útil saem do armazém no mesmo dia; os demais são enviados no dia útil seguinte. Itens em pré-venda são enviados na data informada na página do produto, e o restante de um pedido misto é enviado assim que estiver pronto.

Holanda, Bélgica, Luxemburgo e Alemanha: entrega padrão com DHL ou PostNL em 1–3 dias úteis, € 4,95, grátis acima de € 75. Entrega expressa no dia seguinte por € 12,95.

Demais países da União Europeia: entrega padrão em 2–5 dias úteis com DHL, La Poste - Colissimo ou o correio nacional, € 6,95, grátis acima de € 75. Entrega expressa em 1–2 dias úteis com DHL Express, € 14,95.

Reino Unido: entrega em 3–5 dias úteis, € 7,95, grátis acima de € 100.

Estados Unidos: entrega em 4–7 dias úteis com UPS ou DHL Express, € 14,95, grátis acima de € 150.

Canadá, Suíça e Noruega: entrega em 3–8 dias úteis, € 16,95.

Ásia e Oceania (incluindo Japão, China, Coreia do Sul, Singapura, Austrália e Nova Zelândia): entrega em 5–10 dias úteis com DHL Express, Japan Post ou SF Express, € 19,95, grátis acima de € 200.

Oriente Médio (incluindo Emirados Árabes Unidos, Arábia Saudita, Catar e Israel): entrega em 5–9 dias úteis com Aramex ou DHL Express, € 19,95, grátis acima de € 200.

Resto do mundo: entrega em 7–15 dias úteis, € 24,95.

Alfândega e impostos: pedidos para países da UE nunca pagam alfândega. Para o Reino Unido e os Estados Unidos, enviamos na modalidade DDP (entregue com direitos pagos): os preços já incluem impostos e taxas de importação, e não há nada a pagar na entrega. Para todos os outros países, enviamos na modalidade DAP (entregue no local): impostos de importação, taxas e a tarifa de desembaraço da transportadora são cobrados pela transportadora na entrega e ficam por conta do cliente. Não podemos declarar pedidos como presente nem informar um valor menor. Se você recusar um pacote DAP, reembolsamos o pedido, descontados o frete de devolução e os impostos que nos forem cobrados.

Rastreamento: quando seu pedido é enviado, mandamos por e-mail o código e o link de rastreamento; você também pode perguntar o status ao nosso assistente de chat informando o número do pedido e o e-mail. A primeira leitura pode levar até 24 horas para aparecer. Se o pacote ficar 7 dias úteis sem movimentação, fale com a gente e abriremos uma investigação com a transportadora.

Endereços: enviamos para caixas postais e armários de encomendas somente com entrega padrão. Confira bem o seu endereço; se precisar alterá-lo, fale com a gente em até 1 hora após a compra. Depois que o pacote sai do armazém, o endereço só pode ser alterado pela transportadora.

Restrições: cartuchos de gás, baterias de lítio vendidas separadamente e facas não podem ser enviados por via aérea e estão disponíveis apenas para entrega terrestre dentro da UE.`},
		refund: PolicyText{Title: "Política de reembolso", Body: `Queremos que você ame o seu equipamento. Se algo não estiver certo, você pode devolver em até 30 dias após a entrega para receber o reembolso ou fazer uma troca.

Prazo de devolução: você tem 30 dias a partir do dia em que o pedido foi entregue para iniciar a devolução. Os itens devem estar sem uso, sem lavagem e em seu estado original, com todas as etiquetas. Calçados só podem ter sido experimentados em ambiente interno, e a caixa do calçado não pode ser usada como caixa de envio.

Como devolver: inicie a devolução na página de devoluções ou peça ao nosso assistente de chat, informando o número do pedido e o e-mail ou telefone usado na compra. Enviamos por e-mail uma etiqueta de devolução e as instruções. Embale bem os itens e entregue o pacote em qualquer ponto da transportadora em até 7 dias.

Custos de devolução: devoluções a partir da União Europeia são grátis; enviamos uma etiqueta pré-paga. Do Reino Unido e dos Estados Unidos, enviamos uma etiqueta pré-paga e descontamos € 5,95 do reembolso. De todos os outros países, você mesmo providencia e paga o frete de devolução; use um serviço com rastreamento e identifique o pacote como "Returned goods". Se um item chegou com defeito, danificado ou diferente do que você pediu, nós sempre pagamos o frete de devolução, onde quer que você esteja.

Itens de venda final: itens marcados como "Final sale" na página do produto não podem ser devolvidos nem trocados, a menos que tenham defeito. Isso inclui itens de liquidação e alguns itens em promoção, roupas íntimas e de banho (por motivos de higiene) e vales-presente.

Reembolsos: quando a devolução chega ao nosso armazém, nós a inspecionamos em até 2 dias úteis e avisamos você por e-mail. Os reembolsos aprovados voltam para a forma de pagamento original em 5–10 dias úteis; seu banco pode levar alguns dias a mais para mostrar o valor. Se você devolver o pedido completo, também reembolsamos o frete padrão original. Impostos e taxas de importação pagos a uma transportadora na entrega fora da UE, do Reino Unido e dos EUA são reembolsados pela alfândega do seu país, não por nós; enviamos os documentos de que você precisa.

Trocas: dentro da UE, trocamos tamanhos e cores sem custo; enviamos o item novo assim que a transportadora registra a devolução. Fora da UE, devolva o item para reembolso e faça um novo pedido.

Cancelamentos: você pode cancelar um pedido sem custo até que ele seja enviado. Depois do envio, faça a devolução conforme esta política.

Garantia: todos os produtos têm garantia de 2 anos contra defeitos de fabricação a partir da data de entrega. Nossas meias de trilha de merino têm garantia vitalícia contra furos. Fale com a gente informando o número do pedido e uma foto do problema.`},
		pages: map[string]PolicyText{
			"about-us": {Title: "Sobre nós", Body: `A Northwind Outfitters começou em 2016 em uma garagem compartilhada em Utrecht, onde dois amigos trilheiros consertavam jaquetas de chuva para o clube de escalada deles. Hoje criamos roupas e equipamentos para trilhas, viagens e o dia a dia ao ar livre, e enviamos para mais de 60 países.

Fazemos menos coisas, só que melhores. Cada produto é testado nas trilhas dos Alpes, da Escócia e dos fiordes noruegueses antes de ser colocado à venda, e mantemos peças de reposição e guias de conserto para tudo o que vendemos.

Os materiais importam: 78% da nossa coleção usa materiais reciclados, orgânicos ou de origem responsável, nossa pluma tem certificação RDS e nossa lã merino é livre de mulesing. Somos uma empresa com certificação Climate Neutral e destinamos 1% do nosso faturamento à manutenção de trilhas e a projetos de acesso à natureza.

Nossa equipe de 34 pessoas trabalha em Utrecht e, somando todo mundo, fala onze idiomas; é por isso que respondemos você no seu.`},
			"size-guide": {Title: "Guia de tamanhos", Body: `Nossas roupas seguem a numeração europeia e têm modelagem pensada para sobreposição. Se você estiver entre dois tamanhos, escolha o maior para camadas externas e o menor para camadas base.

Blusas e jaquetas (circunferência do tórax): XS 84–88 cm, S 89–94 cm, M 95–100 cm, L 101–107 cm, XL 108–114 cm, XXL 115–121 cm.

Calças (circunferência da cintura): 28 = 71 cm, 30 = 76 cm, 32 = 81 cm, 34 = 86 cm, 36 = 91 cm. Tamanhos em letras: S 72–77 cm, M 78–84 cm, L 85–91 cm, XL 92–98 cm. O comprimento interno padrão da perna é de 81 cm.

Calçados: usamos a numeração europeia (EU). EU 38 = UK 5 = US masculino 6 / feminino 7 = 24 cm; EU 40 = UK 6,5 = US masculino 7,5 / feminino 8,5 = 25,5 cm; EU 42 = UK 8 = US masculino 9 / feminino 10 = 26,5 cm; EU 44 = UK 9,5 = US masculino 10,5 = 28 cm; EU 46 = UK 11 = US masculino 12 = 29,5 cm. As botas de trilha têm numeração normal; escolha meio número acima se usar meias grossas.

Infantil: os tamanhos são por idade (de 4 a 12 anos) e deixam uma folga de cerca de um ano para crescer.

Meias: S serve para EU 36–38, M para EU 39–42 e L para EU 43–46.

Ainda em dúvida? Pergunte ao nosso assistente de chat informando sua altura e o tamanho que você costuma usar, ou aproveite a troca de tamanho grátis dentro da UE.`},
			"customs-and-duties": {Title: "Alfândega e impostos", Body: `Se você vai pagar algo na entrega depende do destino do seu pedido.

União Europeia: sem trâmites alfandegários nem cobranças extras. Os preços incluem o IVA do seu país.

Reino Unido e Estados Unidos: enviamos na modalidade DDP (entregue com direitos pagos). O preço no checkout inclui todos os impostos e taxas de importação, e a transportadora nunca vai cobrar nada de você na entrega.

Todos os outros países (incluindo Suíça, Noruega, Canadá, Japão, China, Austrália, os países do Golfo e o resto do mundo): enviamos na modalidade DAP (entregue no local). Impostos de importação, taxas e a tarifa de desembaraço da transportadora não estão incluídos nos nossos preços. A transportadora cobra esses valores antes ou no momento da entrega. O valor depende das regras do seu país e do valor do pedido; por exemplo, a Suíça cobra 8,1% de IVA na maioria dos pedidos, e o Japão normalmente cobra 10% de imposto sobre consumo em pedidos acima de ¥ 10.000.

Não podemos declarar pedidos como presente nem informar um valor menor: isso é ilegal e atrasa o seu pacote.

Se você devolver um item a partir de um país DAP, a alfândega local normalmente pode reembolsar os impostos; enviamos a fatura comercial e o comprovante de devolução de que você precisa.`},
		},
		faqs: map[string]faqText{
			"gift-cards": {questions: []string{"Vocês vendem vale-presente?", "Como funciona o vale-presente?", "O vale-presente tem validade?"},
				answer: "Sim. Vales-presente digitais de € 25, € 50, € 100 e € 200 são enviados por e-mail em poucos minutos, não expiram e podem ser usados em todos os produtos, em qualquer moeda em que vendemos. Você pode combinar vários vales-presente em um só pedido. Vales-presente são venda final e não podem ser trocados por dinheiro."},
			"payment-methods": {questions: []string{"Quais formas de pagamento vocês aceitam?", "Posso pagar com PayPal?", "Vocês aceitam Klarna ou pagamento posterior?"},
				answer: "Aceitamos Visa, Mastercard, American Express, PayPal, Apple Pay, Google Pay, Shop Pay e iDEAL. O Klarna (pagar depois ou em 3 parcelas) está disponível na Holanda, Alemanha, Áustria, Bélgica, Finlândia e Suécia. Não aceitamos pagamento na entrega nem transferência bancária."},
			"change-address": {questions: []string{"Posso alterar meu endereço de entrega?", "Coloquei o endereço errado", "Como atualizo o endereço de entrega do meu pedido?"},
				answer: "Fale com a gente em até 1 hora após a compra e atualizamos o endereço antes de o pedido ser embalado. Depois que o pedido é enviado, não conseguimos mais alterá-lo; use o link de rastreamento da transportadora para redirecionar o pacote ou escolher um ponto de retirada."},
			"discount-codes": {questions: []string{"Meu cupom de desconto não funciona", "Posso usar dois cupons de desconto?", "Esqueci de aplicar meu cupom de desconto"},
				answer: "Só é possível usar um cupom de desconto por pedido, e os cupons não valem para itens em promoção, itens de venda final nem vales-presente. Confira a data de validade e o valor mínimo do pedido no e-mail que você recebeu. Se você esqueceu de inserir um cupom válido, fale com a gente em até 7 dias e reembolsamos o desconto."},
			"warranty": {questions: []string{"Qual é a garantia de vocês?", "Minha jaqueta veio com defeito", "Os produtos têm garantia?"},
				answer: "Todos os produtos têm garantia de 2 anos contra defeitos de fabricação a partir da data de entrega, e nossas meias de trilha de merino têm garantia vitalícia contra furos. Envie por e-mail uma foto do problema com o número do pedido; consertamos, substituímos ou reembolsamos, e pagamos o frete."},
			"sizes": {questions: []string{"Como escolho meu tamanho?", "As roupas de vocês são pequenas?", "Qual tamanho devo pedir?"},
				answer: "Nossas roupas usam a numeração europeia e vestem conforme o tamanho. Se estiver entre dois tamanhos, pegue o maior para jaquetas e o menor para camadas base. Os calçados usam numeração europeia; escolha meio número acima para meias grossas. O guia de tamanhos traz as medidas de tórax, cintura e pé de cada tamanho."},
			"sustainability": {questions: []string{"Os produtos de vocês são sustentáveis?", "A pluma de vocês tem origem ética?", "Que materiais vocês usam?"},
				answer: "78% da nossa coleção é feita de materiais reciclados, orgânicos ou de origem responsável. Nossa pluma tem certificação RDS, nossa merino é livre de mulesing e nosso algodão é orgânico com certificação GOTS. Temos a certificação Climate Neutral, destinamos 1% do faturamento a projetos de trilhas e consertamos produtos a preço de custo."},
			"customs-duties": {questions: []string{"Vou ter que pagar alfândega ou impostos de importação?", "Os impostos estão incluídos?", "Por que a transportadora me cobrou imposto?"},
				answer: "Pedidos para a UE nunca pagam alfândega. Pedidos para o Reino Unido e os EUA são enviados em DDP: impostos e taxas já incluídos e nada a pagar na entrega. Todos os outros países recebem em DAP: impostos de importação, taxas e a tarifa de desembaraço da transportadora são cobrados pela transportadora e pagos por você."},
			"track-order": {questions: []string{"Como rastreio meu pedido?", "Cadê meu pacote?", "Não recebi o código de rastreamento"},
				answer: "Quando seu pedido é enviado, mandamos por e-mail a transportadora e o link de rastreamento. Você também pode perguntar ao nosso assistente de chat com o número do pedido e o e-mail ou telefone usado na compra. A primeira leitura pode levar até 24 horas para aparecer; se o pacote ficar 7 dias úteis sem movimentação, fale com a gente."},
			"cancel-order": {questions: []string{"Posso cancelar meu pedido?", "Como cancelo um pedido?", "Fiz um pedido sem querer"},
				answer: "Você pode cancelar sem custo até o pedido ser enviado. Peça ao nosso assistente de chat com o número do pedido e o e-mail, ou escreva para support@northwind-outfitters.example. Depois do envio, você pode devolver em até 30 dias após a entrega."},
			"exchange-size": {questions: []string{"Posso trocar por outro tamanho?", "Como funcionam as trocas?", "Tamanho errado, posso trocar?"},
				answer: "Dentro da UE, trocas de tamanho e cor são grátis: inicie uma devolução, escolha 'troca' e enviamos o item novo assim que a transportadora registrar o seu pacote. Fora da UE, devolva o item para reembolso e faça um novo pedido. Itens de venda final não podem ser trocados."},
			"restock": {questions: []string{"Quando este produto volta ao estoque?", "Vocês vão repor meu tamanho?", "Posso ser avisado quando estiver disponível?"},
				answer: "A maioria dos produtos fixos é reposta a cada 4–6 semanas. Clique em 'Avise-me' na página do produto e enviaremos um único e-mail quando o seu tamanho voltar. Produtos marcados como 'última temporada' não são repostos."},
			"pre-orders": {questions: []string{"Como funciona a pré-venda?", "Quando meu pedido em pré-venda será enviado?", "A pré-venda é cobrada na hora?"},
				answer: "Os itens em pré-venda mostram a data prevista de envio na página do produto. O pagamento é cobrado no momento da compra. Se o seu pedido também tiver itens em estoque, enviamos esses primeiro, sem custo extra. Você pode cancelar uma pré-venda a qualquer momento antes do envio."},
			"repairs": {questions: []string{"Vocês consertam produtos?", "Meu zíper quebrou, vocês consertam?", "Posso comprar peças de reposição?"},
				answer: "Sim. Defeitos dentro de 2 anos são consertados ou substituídos gratuitamente pela garantia. Depois disso, nossa oficina em Utrecht conserta produtos Northwind a preço de custo, e vendemos fivelas, puxadores de zíper e remendos de reposição. Envie por e-mail uma foto e o número do pedido para começar."},
			"currencies": {questions: []string{"Posso pagar na minha moeda?", "Quais moedas vocês aceitam?", "Vou ser cobrado em euros?"},
				answer: "Sim. Em 25 mercados, incluindo GBP, USD, CHF, NOK, CAD, JPY, CNY, AUD e AED, os preços são exibidos e cobrados na sua moeda local, convertidos pela cotação do dia. Nos demais lugares, você paga em euros. Os reembolsos são feitos na moeda em que você pagou."},
			"newsletter-discount": {questions: []string{"Tem desconto na primeira compra?", "Tem desconto para quem assina a newsletter?", "Tem desconto para estudante?"},
				answer: "Assine nossa newsletter e ganhe um cupom de 10% para a primeira compra (não vale para itens em promoção nem vales-presente). Estudantes têm 15% de desconto, uma vez por mês, por meio do nosso parceiro de verificação de estudantes."},
			"gift-wrapping": {questions: []string{"Vocês fazem embrulho para presente?", "Posso incluir uma mensagem de presente?", "Vocês podem tirar o preço do pacote?"},
				answer: "Sim: marque 'É um presente' no carrinho para incluir um cartão escrito à mão e um embrulho furoshiki reutilizável por € 4. Pedidos de presente não trazem preços. Em envios para fora da UE, a fatura alfandegária ainda mostra o valor."},
			"price-match": {questions: []string{"Vocês cobrem o preço de outras lojas?", "O preço baixou depois que eu comprei", "Posso pagar o preço da promoção?"},
				answer: "Não cobrimos preços de outras lojas. Se um dos nossos próprios preços baixar em até 14 dias após o seu pedido, fale com a gente e reembolsamos a diferença na forma de pagamento original."},
		},
	}
}

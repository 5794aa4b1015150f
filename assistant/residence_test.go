package assistant_test

import (
	"testing"
)

// TestResidenceOverNationality: a shopper who names a nationality and the
// place they live in or ship to gets that place's rule (Switzerland and
// Norway are DAP; Belgium, Germany and Italy are EU, nothing due).
func TestResidenceOverNationality(t *testing.T) {
	checkReplies(t, answerEnv(t), []replyCase{
		{"nl", "ik ben Duitser maar woon in Oslo, moet ik invoerrechten betalen?", []string{"DAP"}, nil},
		{"it", "Sono belga ma abito a Zurigo, devo pagare dazi alla consegna?", []string{"DAP"}, nil},
		{"tr", "Belçikalıyım ama Zürih'te yaşıyorum, gümrük vergisi öder miyim?", []string{"DAP"}, nil},
		{"ko", "저는 독일인인데 취리히에 살아요. 관세를 내야 하나요?", []string{"DAP"}, nil},
		{"en", "I'm Belgian but I live in Zurich, will I pay import duties?", []string{"DAP"}, nil},
		{"de", "Ich bin Italiener, wohne aber in Bern. Muss ich Zoll zahlen?", []string{"DAP"}, nil},
		// The other way round: a Swiss shopper living in the EU.
		{"fr", "Je suis suisse mais j'habite à Lyon, y a-t-il des droits de douane ?", []string{"UE"}, []string{"DAP"}},
		// Cities named by an ordinary word, after a residence marker.
		{"pt", "Moro no Porto, a partir de que valor o envio é grátis?", []string{"75"}, []string{"150"}},
		{"it", "Abito a Porto, sopra quale importo la spedizione è gratuita?", []string{"75"}, []string{"150"}},
		{"fr", "J'habite à Nice, la livraison est gratuite à partir de combien ?", []string{"75"}, []string{"150"}},
		{"nl", "Ik woon in Nice, vanaf welk bedrag is verzending gratis?", []string{"75"}, []string{"150"}},
		// Colloquial Brazilian "pro" (para o) and a service named before the place.
		{"pt", "quanto tempo leva o envio pro Porto?", []string{"2"}, []string{"7–15"}},
		{"fr", "c'est combien la livraison express a Nice ?", []string{"14,95"}, nil},
	})
}

package assistant_test

import "testing"

// TestF13Geo: where a return is sent from, named right after the return
// ("devolução de Faro", "return from Manchester"), is where the shopper is
// and picks the return-cost rule, even for a city named by a word (Faro,
// Porto, Nice); a Swiss canton after "Canton"/"Kanton" is Switzerland's,
// not Guangzhou's; a Turkish case suffix after an apostrophe marks a
// word-named city (Seul'e); Japan's outlying islands are Japan's; 奥克兰
// is Auckland; Dubai is a city, read beside another (Dubai ile Londra),
// and アドバイス (advice) no Dubai.
func TestF13Geo(t *testing.T) {
	env := answerEnv(t)
	t.Run("ReturnFrom", func(t *testing.T) {
		checkReplies(t, env, []replyCase{
			{"pt", "Devolução de Faro custa alguma coisa?", []string{"Portugal"}, []string{"5.95", "5,95"}},
			{"pt", "A devolução do Porto é paga por mim?", []string{"Portugal"}, []string{"5.95", "5,95"}},
			{"en", "How much is a return from Manchester?", []string{"5.95"}, nil},
			{"es", "¿La devolución de Nice me cuesta algo?", []string{"Francia"}, []string{"5.95", "5,95"}},
			{"fr", "Le retour de Porto est-il payant ?", []string{"Portugal"}, []string{"5.95", "5,95"}},
			{"de", "Was kostet die Rücksendung aus Basel?", []string{"Schweiz"}, []string{"5.95", "5,95"}},
		}, fromStorefront("US"))
	})
	t.Run("FaroVerb", func(t *testing.T) {
		// "spedire a casa e poi farò il reso": the Italian verb is no
		// Faro; the storefront's country (Italy) governs.
		checkReplies(t, env, []replyCase{
			{"it", "Potete spedire a casa mia e poi farò il reso se non va bene? Quanto costa la spedizione?", nil, []string{"Portogallo"}},
		}, fromStorefront("IT"))
	})
	t.Run("Canton", func(t *testing.T) {
		checkReplies(t, env, []replyCase{
			{"it", "Spedizione gratuita in Canton Ticino? Da che cifra?", []string{"Svizzera"}, []string{"Cina"}},
			{"de", "Was kostet der Versand in den Kanton Graubünden?", []string{"Schweiz"}, []string{"China"}},
			{"fr", "Livrez-vous dans le canton de Vaud ?", []string{"Suisse"}, []string{"Chine"}},
		})
	})
	t.Run("DubaiAndAnotherCity", func(t *testing.T) {
		checkReplies(t, env, []replyCase{
			{"tr", "Dubai ile Londra arasında ücretsiz kargo sınırı farklı mı? İkisi için de söyler misiniz?", []string{"Birleşik Krallık", "Birleşik Arap"}, nil},
			{"en", "Shipping cost to Dubai vs London?", []string{"United Kingdom", "United Arab Emirates"}, nil},
		})
		checkReplies(t, env, []replyCase{
			{"ja", "サイズのアドバイスをお願いします", nil, []string{"アラブ首長国連邦"}},
		}, fromStorefront("JP"))
	})
	t.Run("PlacesRead", func(t *testing.T) {
		checkReplies(t, env, []replyCase{
			{"tr", "Seul'e kaç günde gelir?", []string{"Kore"}, nil},
			{"tr", "Nice'e kargo ne kadar?", []string{"Fransa"}, nil},
			{"ja", "宮古島への送料は無料になりますか？", []string{"日本"}, nil},
			{"zh-Hans", "寄到奥克兰运费多少？", []string{"新西兰"}, []string{"美国"}},
		})
	})
}

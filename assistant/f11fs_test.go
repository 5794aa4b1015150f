package assistant_test

import (
	"testing"
)

// TestF11FS: a floor amount without a hearsay marker ("150유로 넘으면
// 무료인가요?" — "if I go over €150, is it free?") is a condition on the
// shopper's own order: the reply gives the destination's real threshold and
// how far that order is from it. With a marker (heard, read, told, "klopt
// dat?") it stays a claimed threshold, corrected and never echoed. A
// Dutch or German adjective of a country ("Belgische klant",
// "österreichischer Kunde") and a Korean province (제주도) name the
// shopper's country; customs asked
// in Portuguese "direitos aduaneiros" or in Turkish typed without its
// letters ("gumruk", "ucretsiz") is the duties or free-shipping rule.
func TestF11FS(t *testing.T) {
	env := answerEnv(t)
	t.Run("ConditionOnOrder", func(t *testing.T) {
		checkReplies(t, env, []replyCase{
			{"ko", "150유로 넘으면 무료인가요?", []string{"€200", "€50"}, nil},
		}, fromStorefront("KR"))
		checkReplies(t, env, []replyCase{
			{"en", "If I spend over €120, is shipping to Japan free?", []string{"200", "€80"}, nil},
			{"nl", "Is verzenden naar Japan gratis vanaf 120 euro?", []string{"200", "€80"}, nil},
			{"tr", "120 avro üzeri siparişte Japonya'ya kargo bedava mı?", []string{"200", "€80"}, nil},
			{"pt", "Acima de 120 euros o envio para o Japão é grátis?", []string{"200", "€80"}, nil},
			{"ja", "120ユーロ以上買えば韓国への送料は無料ですか？", []string{"200", "€80"}, nil},
			{"pl", "Czy powyżej 120 euro wysyłka do Japonii jest darmowa?", []string{"200", "€80"}, nil},
		})
	})
	t.Run("ClaimStaysClaim", func(t *testing.T) {
		checkReplies(t, env, []replyCase{
			{"nl", "Ik las dat verzending naar Japan gratis is vanaf 120 euro, klopt dat?", []string{"200"}, []string{"120", "€80"}},
			{"pt", "Ouvi dizer que o frete para o Japão é grátis acima de 120 euros, é verdade?", []string{"200"}, []string{"120", "€80"}},
			{"ko", "한국은 120유로 넘으면 무료라던데 사실인가요?", []string{"200"}, []string{"120", "€80"}},
		})
	})
	t.Run("CountryAdjective", func(t *testing.T) {
		checkReplies(t, env, []replyCase{
			{"nl", "ik ben een Belgische klant, wanneer betaal ik geen verzendk.?", []string{"75"}, []string{"100", "150", "200"}},
			{"nl", "Moet ik als Zwitserse klant invoerrechten betalen?", []string{"DAP"}, []string{"DDP"}},
			{"de", "Als japanischer Kunde, muss ich Zoll zahlen?", []string{"DAP"}, []string{"DDP"}},
			// A Korean province, as Koreans write it, is Korea's.
			{"ko", "제주도 주소로 받아도 무료배송 기준 똑같아요?", []string{"200"}, []string{"75"}},
			{"ko", "경기도에 사는데 관세 내야 하나요?", []string{"DAP"}, []string{"DDP"}},
		})
	})
	t.Run("DutiesWords", func(t *testing.T) {
		checkReplies(t, env, []replyCase{
			{"pt", "Os direitos aduaneiros estão incluídos no preço para o Reino Unido?", []string{"DDP"}, []string{"DAP"}},
			{"tr", "gumruk var mi isvicreye", []string{"DAP"}, []string{"DDP"}},
			{"tr", "isvicreye ucretsiz kargo var mi", []string{"16,95", "değildir"}, []string{"75", "200"}},
		})
	})
}

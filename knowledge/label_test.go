package knowledge

import "testing"

func TestIsPerPlaceLabel(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Japan: delivery in 5–10 business days, €19.95.", true},
		{"日本：5–10 个工作日，19.95 欧元。", true},
		{"EE. UU.: entrega en 4–7 días hábiles, 14,95 €.", true},
		// The warehouse's country in passing, and a time of day, are no label.
		{"我们从荷兰乌得勒支的仓库向全球发货。 工作日中欧时间 14:00 前下单的订单当天出库。", false},
		{"オランダ・ユトレヒトの倉庫から世界中へ発送しています。 営業日の14:00までのご注文は当日出荷します。", false},
	} {
		if got := isPerPlace(c.text, nil); got != c.want {
			t.Errorf("isPerPlace(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

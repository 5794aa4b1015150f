package demo

// zhCatalog holds the Simplified Chinese (zh-CN) product translations.
func zhCatalog() localeCatalog {
	return localeCatalog{
		optionNames: map[string]string{
			"Color": "颜色", "Size": "尺码", "Capacity": "容量", "Amount": "面额",
		},
		optionValues: map[string]string{
			"Black": "黑色", "Forest": "森林绿", "Glacier Blue": "冰川蓝", "Rust": "铁锈红",
			"Charcoal": "炭灰色", "Ocean": "海洋蓝", "White": "白色", "Terracotta": "陶土色",
			"Sage": "鼠尾草绿", "Teal": "蓝绿色", "Coral": "珊瑚色", "Navy": "藏青色", "Brown": "棕色",
			"Sand": "沙色", "Glacier": "冰川色", "Orange": "橙色",
		},
		products: map[string]productText{
			"aurora-rain-shell": {title: "Aurora 2.5L 防水冲锋衣", ptype: "夹克",
				body: `<p>一款全压胶的轻量防水外套，适合徒步，也适合城市日常。2.5 层再生尼龙面料可抵御大雨（防水指数 20,000 毫米），在陡峭爬升时依然透气。</p>` +
					`<ul><li>可兼容头盔的帽子，帽檐加硬</li><li>腋下通风拉链</li><li>可收纳进自身的胸前口袋</li></ul>`},
			"fjord-down-jacket": {title: "Fjord 800 羽绒服", ptype: "夹克",
				body: `<p>我们最保暖的日常夹克，填充 RDS 认证的 800 蓬松度鹅绒。轻便到可以带去滑雪旅行，保暖到足以应对北欧的冬天。</p>` +
					`<ul><li>防泼水格纹面料</li><li>可调节帽子和下摆</li><li>两个带拉链的插手口袋</li></ul>`},
			"summit-merino-hoodie": {title: "Summit 美利奴羊毛连帽衫", ptype: "抓绒",
				body: `<p>一件 250 克/平方米的美利奴羊毛连帽衫，可调节体温并抑制异味，无论是在山里还是旅途中，都可以连续穿好几天。</p>` +
					`<ul><li>来自新西兰、无割皮（mulesing-free）的美利奴羊毛</li><li>贴合的帽子和拇指孔</li><li>可 30 °C 机洗</li></ul>`},
			"trailhead-organic-tee": {title: "Trailhead 有机棉 T 恤", ptype: "T 恤",
				body: `<p>一件厚实的 T 恤，采用 GOTS 认证有机棉，胸前印有我们的小山形标志。经过预缩处理，版型宽松。</p>` +
					`<ul><li>180 克/平方米有机棉平纹针织</li><li>在葡萄牙使用水性油墨印制</li><li>宽松中性版型</li></ul>`},
			"lagoon-swim-shorts": {title: "Lagoon 再生材料泳裤", ptype: "短裤",
				body: `<p>速干泳裤，由回收的海洋塑料制成，带网眼内衬和可放钥匙的后拉链口袋。</p>` +
					`<ul><li>采用原本会流入海洋的塑料再生而成的聚酯纤维</li><li>网眼内衬，抽绳腰头</li><li>最终特卖商品：不退不换</li></ul>`},
			"merino-boxer-briefs": {title: "美利奴羊毛平角内裤", ptype: "内衣",
				body: `<p>透气的美利奴羊毛平角内裤，适合旅行和多日徒步。抗异味、速干，贴肤柔软。</p>` +
					`<ul><li>150 克/平方米美利奴羊毛，含少量弹性纤维</li><li>平缝设计，裤腿不上卷</li><li>出于卫生原因，属于最终特卖商品</li></ul>`},
			"granite-mid-gtx-hiking-boots": {title: "Granite Mid GTX 中帮徒步鞋", ptype: "鞋履",
				body: `<p>防水中帮徒步鞋，采用 GORE-TEX 防水膜和抓地力强劲的 Vibram 鞋底。第一次穿就很舒适，下碎石坡时稳定可靠。</p>` +
					`<ul><li>全粒面皮革与再生网布鞋面</li><li>Vibram Megagrip 大底</li><li>欧码；尺码标准，穿厚袜时建议选大半码</li></ul>`},
			"ridgeline-22l-daypack": {title: "Ridgeline 22L 日用背包", ptype: "背包",
				body: `<p>一款 22 升背包，配有透气背板、腰带口袋和水袋隔层。装得下一整天登山的装备，也适合日常通勤。</p>` +
					`<ul><li>再生 210D 格纹尼龙</li><li>内置防雨罩</li><li>可容纳 15 英寸笔记本电脑</li></ul>`},
			"solstice-2p-ultralight-tent": {title: "Solstice 双人超轻帐篷", ptype: "帐篷",
				body: `<p>一款仅重 1.24 公斤的自立式双人帐篷。两个门、两个前庭，下雨时也有足够的高度坐起来打牌。</p>` +
					`<ul><li>预售：3–4 周内发货</li><li>硅涂层格纹外帐，防水指数 3,000 毫米</li><li>DAC 铝合金帐杆</li></ul>`},
			"canteen-insulated-bottle": {title: "Canteen 保温瓶", ptype: "水瓶",
				body: `<p>双层不锈钢保温瓶，冷饮保冷 24 小时，热饮保温 12 小时。防漏瓶盖带提环。</p>` +
					`<ul><li>18/8 食品级不锈钢，不含 BPA</li><li>适合大多数汽车杯架（500 毫升和 750 毫升）</li><li>仅限手洗</li></ul>`},
			"lumen-400-headlamp": {title: "Lumen 400 充电头灯", ptype: "照明",
				body: `<p>一款 400 流明头灯，带保护夜视的红光模式，还有锁定功能，放在包里也不会误开。使用 USB-C 充电。</p>` +
					`<ul><li>最低档最长可用 60 小时</li><li>IPX4 防泼溅</li><li>电量指示灯</li></ul>`},
			"northwind-gift-card": {title: "Northwind 礼品卡", ptype: "礼品卡",
				body: `<p>让他们自己挑选下一次冒险的装备。礼品卡会在几分钟内通过电子邮件发送，永不过期。</p>` +
					`<ul><li>可在线购买所有商品</li><li>适用于我们支持的所有货币</li><li>不可退款，不可兑换现金</li></ul>`},
		},
	}
}

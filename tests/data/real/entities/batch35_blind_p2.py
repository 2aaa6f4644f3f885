"""Pass 2's BLIND reading lists for batch 35 (branch issue-e35p2-s21): written from the bare text of the
documents (split.tsv batch 35; the four held-out documents first, then the dev ones) without reading pass 1's
lists (branch issue-e35p1-s21) or pass 1's entity files. Same line format as the pass-1 lists ("TYPE<TAB>string"
in reading order; "*TYPE<TAB>regex" for recurring forms, applied after the ordered lines, in the order written,
never over an existing span). Build with reading_lists.Batch(batch35_blind_p2, ...).annotate. Not used by the
gold build. Left exactly as written blind, slips included, from the commit that says "lists complete" on.
"""

LISTS = {}
LISTS["news-hk-land-debate-civil-research-hidden-land-2018"] = r"""
TERM	「大辯論」
TERM	「雪藏地」
PER	林鄭月娥
TERM	「土地大辯論」
DATE	26日
ORG	土地供應專責小組
QUANT	18個
TERM	「土地大辯論」
QUANT	18區
ORG	本土研究社
ORG	民間土地資源小組
TERM	「偏頗」
TERM	「有前設」
DOC	《好誠實研究及公眾諮詢》
ORG	本土研究社
ORG	民間土地資源小組
DOC	《好誠實研究及公眾諮詢》
ORG	民間土地資源小組
PER	司馬文
ORG	浸大地理系
PER	鄧永成
ORG	中大地理與資源管理學系
PER	林超英
ORG	本土研究社
PER	陳劍青
PER	黃肇鴻
PER	林茵
PER	吳婉英
ORG	本土研究社
ORG	民間土地資源小組
ORG	規劃署
DOC	《香港2030+：跨越2030年的規劃遠景與策略》
LOC	香港
QUANT	1,200公頃
TERM	「樂觀高估」
ORG	本土研究社
PER	陳劍青
ORG	統計處
LOC	香港
QUANT	1,200公頃
TERM	「水份」
QUANT	1,200公頃
QUANT	1,200公頃
TERM	「最低消費」
TERM	「點心紙」
PER	陳劍青
QUANT	1,066公頃
TERM	「雪藏地」
QUANT	723公頃
TERM	「雪藏中」
QUANT	723 公頃
QUANT	34 個
LOC	太古城
TERM	「解凍」
QUANT	8萬間
QUANT	23萬人
TERM	「雪藏地」
PER	陳劍青
TERM	「雪藏地」
QUANT	723公頃
QUANT	34公頃
QUANT	200公頃
QUANT	109公頃
QUANT	1,066公頃
ORG	本土研究社
PER	黃肇鴻
ORG	土地供應專責小組
QUANT	18個
TERM	「維港以外近岸填海」
TERM	「發展東大嶼都會」
TERM	「長遠發展香港內河碼頭用地及鄰近用地」
TERM	「填平部分船灣淡水湖作新市鎮發展」
QUANT	4個
TERM	「發展郊野公園邊陲地帶兩個試點」
TERM	「發展郊野公園邊陲地帶其他地點」
TERM	「開刀」
ORG	土地供應專責小組
QUANT	18個
TERM	「被消失」
DOC	《好誠實研究及公眾諮詢》
ORG	本土研究社
TERM	「時間成本」
TERM	「金錢成本」
TERM	「環境成本」
TERM	「社會成本」
ORG	本土研究社
LOC	粉嶺高球場
QUANT	25至30年
DOC	《好誠實研究及公眾諮詢》
ORG	本土研究社
LOC	粉嶺高球場
DOC	《好誠實研究及公眾諮詢》
ORG	中大地理與資源管理學系
PER	林超英
DOC	《好誠實研究及公眾諮詢》
DOC	《好誠實研究及公眾諮詢》
ORG	眾新聞
TERM	「每周時事」
"""
LISTS["press-mo-macau-family-trip-practical-info-2026"] = r"""
LOC	澳門
LOC	澳門
LOC	台灣
QUANT	6 個月
LOC	中國大陸
QUANT	30 天
QUANT	3 天
LOC	澳門
LOC	氹仔
LOC	巴黎人酒店
LOC	新濠天地
LOC	威尼斯人
LOC	官也街
LOC	澳門半島
LOC	議事亭前地
LOC	玫瑰堂
LOC	大三巴牌坊
LOC	大炮台
LOC	巴黎人酒店
QUANT	10-15 分鐘
LOC	氹仔
LOC	澳門半島
QUANT	15-20 分鐘
LOC	澳門半島
QUANT	10-20 分鐘
LOC	澳門
DATE	2025
QUANT	1 MOP
QUANT	4.0 TWD
QUANT	1 HKD
QUANT	4.0 TWD
LOC	台灣
ORG	台灣銀行
QUANT	1-2 週
LOC	澳門
QUANT	HKD 1,500-2,000
QUANT	7 人
QUANT	HKD 10,500-14,000
QUANT	TWD 42,000-56,000
QUANT	HKD 4,800-6,200
QUANT	HKD 3,000-4,000
QUANT	HKD 0
QUANT	HKD 2,000
LOC	巴黎人酒店
QUANT	15-20 分鐘
LOC	巴黎人
LOC	威尼斯人
LOC	新濠天地
QUANT	5-10 分鐘
QUANT	5-15 分鐘
LOC	台灣
ORG	中華電信
QUANT	TWD 200-300
LOC	澳門
QUANT	MOP 50-100
LOC	巴黎人
ORG	Google
QUANT	8 個
LOC	台灣
LOC	大三巴
LOC	議事亭
QUANT	10 分鐘
LOC	大三巴
LOC	巴黎鐵塔
LOC	議事亭
DATE	1月
QUANT	15-20°C
ORG	鉅記餅家
QUANT	MOP 50-80
QUANT	MOP 40-60
QUANT	MOP 50-70
ORG	咀香園
QUANT	MOP 45-75
QUANT	MOP 35-55
QUANT	MOP 50-70
ORG	英記餅家
QUANT	MOP 80-120
QUANT	MOP 50-70
ORG	鉅記
ORG	英記
QUANT	MOP 80-150
QUANT	MOP 100-180
QUANT	MOP 30-50
ORG	安德魯餅店
QUANT	MOP 10-12
LOC	澳門
QUANT	MOP 40-80
LOC	官也街
LOC	台灣
QUANT	5盒
QUANT	MOP 300
QUANT	3盒
QUANT	MOP 150
QUANT	2包
QUANT	MOP 250
QUANT	2組
QUANT	MOP 300
QUANT	MOP 200
QUANT	MOP 1,200-1,500
QUANT	6 個月
LOC	巴黎人
QUANT	7 張
LOC	台灣
"""
LISTS["report-cn-kaifeng-no14-school-gratitude-stone-2017"] = r"""
ORG	开封十四中
ORG	开封第十四中学
DATE	2017年6月19日
DATE	六月
DATE	19日
ORG	开封市十四中
DATE	2017届
TERM	“春雨润物”
PER	耿靖函
DATE	2017届
PER	赵楠
PER	李瑞全
PER	李
ORG	十四中
DOC	《感恩的心》
ORG	十四中
DATE	2017届
ORG	十四中
ORG	开封五中
PER	曹靖华
QUANT	120周年
DATE	2017
TERM	“靖华”
ORG	开封五中
LOC	彝山书院
PER	吴天放
ORG	开封五中
"""
LISTS["report-tw-premier-hsieh-policy-address-2005"] = r"""
ORG	行政院
PER	謝
ORG	立法院
ORG	行政院
PER	謝
ORG	立法院
DATE	中華民國94年2月25日
PER	王
PER	鍾
ORG	行政院
ORG	立法院
TERM	「一元復始，萬象更新。」
PER	游
DATE	2004年
TERM	「挑戰2008：國家發展重點計畫」
TERM	「新十大建設」
ORG	立法院
TERM	「安定」
TERM	「和解」
PER	陳
TERM	「開啟協商對話的安定新局」
DATE	2月1日
TERM	「安定內閣」
TERM	「共生合作」
TERM	「非零時代」
TERM	「共生」
TERM	「非零」
TERM	「共生和解」
TERM	「健康台灣」
TERM	「健康」
TERM	「健康」
TERM	「三生」
TERM	「健康國民」
TERM	「活力經濟」
TERM	「永續環境」
TERM	「安心生活」
TERM	「效能政府」
TERM	「互信社會」
TERM	「高雄2009世界運動會」
TERM	「台北2009聽障達福林匹克運動會」
DATE	2020
DATE	7月
LOC	德國杜伊斯堡
DATE	2005
TERM	「優質投資環境」
TERM	「台灣新絲路」
*PER	長廷
*LOC	台灣
"""

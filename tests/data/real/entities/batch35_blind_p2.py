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
LISTS["gw-tw-archives-act-enforcement-rules-amendment-2005"] = r"""
ORG	檔案管理局
TERM	「檔案法施行細則」
ORG	檔案管理局
DATE	中華民國94年1月3日
DOC	檔徵字第09400000011號
TERM	「檔案法施行細則」
TERM	「檔案法施行細則」
PER	陳士伯
ORG	國民大會
ORG	總統府
ORG	行政院
ORG	立法院
ORG	司法院
ORG	考試院
ORG	監察院
ORG	國家安全會議
"""
LISTS["gw-tw-mac-councillor-appointment-rules-amendment-2005"] = r"""
ORG	行政院大陸委員會
TERM	「行政院大陸委員會顧問遴聘辦法」
ORG	行政院大陸委員會
DATE	中華民國94年1月3日
DOC	陸人字第0930022638號
TERM	「行政院大陸委員會顧問遴聘辦法」
TERM	「行政院大陸委員會顧問遴聘辦法」
PER	吳釗燮
ORG	行政院大陸委員會
DATE	民國81年1月24日
DOC	（81）陸法字第0311號
DATE	民國94年1月3日
DOC	陸人字第0930022638號
ORG	行政院大陸委員會
ORG	行政院大陸委員會
ORG	行政院
"""
LISTS["news-hk-hkcnews-front-page-2018"] = r"""
ORG	眾新聞
ORG	眾新聞
ORG	CitizenNews
LOC	台灣
LOC	中國
LOC	旺角
LOC	旺角
PER	戴晴曦
LOC	台灣
LOC	中國
PER	鄭若驊
LOC	山頂
QUANT	$237萬
PER	鄭若驊
LOC	山頂
QUANT	$237萬
ORG	眾新聞
LOC	旺角
PER	梁天琦
QUANT	6人
TERM	「救救小孩」
PER	鄭若驊
ORG	浸大
DATE	2018年
ORG	立法會
DATE	3.11
PER	呂麗瑤
LOC	中國
PER	何志平
LOC	非洲
LOC	香港
PER	朱經緯
ORG	中共
PER	林鄭
QUANT	3周年
ORG	民主黨
PER	林鄭
ORG	民主黨
PER	林鄭
PER	楊健興
"""
LISTS["press-mo-chief-executive-fujian-cooperation-visit-2026"] = r"""
PER	岑浩輝
LOC	福建
LOC	閩
LOC	澳
PER	岑浩輝
DATE	（2）日至5日
LOC	福建省
ORG	福建省委
LOC	閩
LOC	澳
PER	岑浩輝
LOC	廈門市
LOC	龍岩市
LOC	福州市
LOC	閩
LOC	澳
LOC	榕
PER	岑浩輝
PER	習近平
DATE	90年代
ORG	福州市委
DOC	《福州市20年經濟社會發展戰略設想》
TERM	“3820”
QUANT	30周年
ORG	經濟財政司
PER	吳惠嫻
LOC	閩
ORG	經濟財政司
ORG	福建省發展和改革委員會
ORG	福建省政府港澳事務辦公室
DATE	8月5日
TERM	“澳門 - 福建區域協同發展宣介會”
LOC	福建
LOC	澳門
LOC	澳門
ORG	行政法務司
PER	黃少澤
"""
LISTS["press-tw-tainan-epb-energy-saving-subsidy-2018"] = r"""
ORG	臺南市政府環境保護局
DATE	2018-12-26
ORG	臺南市政府環境保護局
TERM	「107年臺南市住商節能改造補助計畫」
QUANT	50%
ORG	環保局
ORG	臺南市政府環保局
QUANT	75W
QUANT	10W
QUANT	8成
QUANT	1成
QUANT	240萬元
DATE	108年1月31日
QUANT	50%
QUANT	500元
QUANT	10萬元
ORG	臺南市環保局
ORG	臺南市政府境保護局
DATE	107年度
TERM	「臺南市住商節能改造補助辦法」
LOC	臺南市
DATE	107年
DATE	107年度
TERM	「臺南市住商節能改造補助辦法」
PER	林郁嘉
PER	許乃中
ORG	空氣及噪音管理科
PER	林郁嘉
"""
LISTS["report-tw-mingdao-alumni-founder-message-page"] = r"""
PER	汪
PER	廣平
TERM	「教育界的 奇蹟」
TERM	「誠實孝悌」
*ORG	明道
*ORG	武訓
"""
LISTS["news-hk-column-press-conference-standing-order-2019"] = r"""
PER	林鄭
ORG	港大
PER	利君雅
PER	林鄭
ORG	香港大學
TERM	「震憾性的聲音」
ORG	學苑
TERM	「答非所問」
ORG	港大
ORG	學苑
ORG	香港大學學生會評議會
ORG	英國國會
ORG	香港立法會
TERM	「非議會用語」
ORG	港大
ORG	Campus TV
DATE	2019 年度
TERM	「節省時間、提高議事效率」
TERM	「人肉錄音機」
TERM	「答非所問」
PER	利君雅
ORG	蒼傲
ORG	HONG KONG UNIVERSITY STUDENTS' UNION COUNCIL
ORG	眾新聞
TERM	「每周時事」
PER	殷琦
PER	殷琦
PER	殷琦
LOC	香港
*ORG	HKU
*TERM	「Order！」
"""
LISTS["report-cn-university-opening-ceremony-teacher-speech"] = r"""
ORG	同济大学
ORG	同济
ORG	宝钢集团
QUANT	4年
QUANT	10个
ORG	实验实训管理处
DATE	5月份
LOC	上海
ORG	复旦
ORG	交大
ORG	同济
ORG	华东理工
ORG	东华
QUANT	2个月
TERM	“尽量不犯、尽早发现、尽快纠正”
QUANT	5点
"""

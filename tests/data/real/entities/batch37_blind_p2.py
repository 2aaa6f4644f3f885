"""Pass 2's BLIND reading lists for batch 37 (branch issue-e37p2-s21): written from the bare text of the
documents (split.tsv batch 37; the four held-out documents first, then the dev ones) without reading pass 1's
lists (branch issue-e37p1-s21) or pass 1's entity files. Same line format as the pass-1 lists ("TYPE<TAB>string"
in reading order; "*TYPE<TAB>regex" for recurring forms, applied after the ordered lines, in the order written,
never over an existing span). Build with reading_lists.Batch(batch37_blind_p2, ...).annotate. Not used by the
gold build. Left exactly as written blind, slips included, from the commit that says "lists complete" on.
"""

LISTS = {}
LISTS["news-hk-three-governments-mask-publicity-2020"] = r"""
LOC	台灣
LOC	澳門
ORG	港府
TERM	「善用口罩」
LOC	武漢
QUANT	50宗
LOC	青衣康美樓
TERM	「口罩荒」
LOC	台灣
LOC	澳門
ORG	眾新聞
TERM	「口罩荒」
LOC	台灣
ORG	Facebook
TERM	「 疾病管制署 – 1922防疫達人 」
ORG	LINE
TERM	「 疾管家 」
LOC	澳門
ORG	Facebook
TERM	「 新型冠狀病毒感染應變協調中心訊息發佈專頁 」
ORG	Telegram
TERM	「 新型冠狀病毒疫情頻道 」
ORG	衛生局
ORG	微信
ORG	新聞局
ORG	Instagram
TERM	「 macaogcs 」
ORG	衛生防護中心
ORG	Facebook
ORG	衞生署衞生防護中心
ORG	Centre for Health Protection, DH
LOC	台灣
DATE	1月21日
ORG	Facebook
LOC	武漢
LOC	台
DATE	2月12日
LOC	台灣
QUANT	18宗
ORG	台灣疾管署
ORG	Facebook
LOC	澳門
DATE	1月22日
ORG	Facebook
TERM	「新型冠狀病毒感染應變協調中心訊息發佈專頁」
ORG	新聞局
DATE	1月19日
LOC	澳
DATE	21日
LOC	澳
ORG	Telegram
DATE	2月12日
LOC	澳門
QUANT	10宗
ORG	澳門政府
ORG	Telegram
TERM	「新型冠狀病毒疫情頻道」
ORG	Instagram
TERM	「macaogcs」
DATE	1月23日
ORG	衛生防護中心
ORG	Facebook
ORG	政府新聞網
ORG	Facebook
ORG	政府新聞網
ORG	政府新聞網
QUANT	15宗
LOC	香港
DATE	2月12日
QUANT	50宗
LOC	武漢
DATE	一月底
TERM	「口罩荒」
LOC	台灣
ORG	澳門政府
PER	林鄭月娥
DATE	2月8日
ORG	台灣疾管署
ORG	Facebook
DATE	1月24日
DATE	1月28至30日
QUANT	600萬個
QUANT	3個
TERM	「口罩夠用就好不要囤積」
DATE	1月31日
QUANT	400萬個
QUANT	260萬個
QUANT	140萬個
DATE	2月15日
DATE	2月1日
LOC	台灣
ORG	疾管署
ORG	經濟部
DATE	2月6日
QUANT	2個
ORG	台灣政府
ORG	Facebook
LOC	澳門
DATE	1月22日
ORG	衛生局
DATE	1月23日
LOC	澳門
QUANT	56間
QUANT	10個
QUANT	10日
QUANT	澳門幣8元
QUANT	10個
ORG	澳門政府
DATE	1月24日
QUANT	1小時
QUANT	56間
QUANT	15分鐘
QUANT	87個
ORG	澳門政府
ORG	港府
TERM	「為己為人　善用口罩」
QUANT	700則
DATE	2月4日
PER	林鄭月娥
LOC	香港
PER	林鄭
ORG	衛生防護中心
ORG	Facebook
LOC	澳門
LOC	香港
LOC	台灣
ORG	台灣疾管署
ORG	Facebook
ORG	經濟部
ORG	Facebook
LOC	澳門
ORG	經濟局
DATE	2月7日
LOC	澳
TERM	「聚集搶購，不利防疫」
ORG	衛生防護中心
TERM	『積穀防饑』
LOC	澳門
ORG	港府
ORG	Facebook
ORG	Facebook
LOC	台灣
ORG	台大醫院內科部感染科
PER	張上淳
TERM	「什麼是居家隔離及自主健康管理」
LOC	澳門
TERM	「快訊」
PER	賀一誠
TERM	「強制自我檢疫」
ORG	香港衛生防護中心
ORG	Facebook
ORG	台灣疾管署
ORG	眾新聞
TERM	「每周時事」
"""

LISTS["press-tw-tainan-livestock-food-safety-four-checks-2019"] = r"""
LOC	臺南
ORG	臺南市動物防疫保護處動物公共衛生組
DATE	2019-03-06
DATE	106年
QUANT	67百分比
ORG	臺南市政府
ORG	臺南市政府農業局
ORG	動保處
LOC	台南
LOC	臺南市
QUANT	642戶
QUANT	133戶
QUANT	225戶
QUANT	732戶
QUANT	131戶
QUANT	107戶
ORG	臺南市政府
ORG	動保處
QUANT	6件
QUANT	9件
QUANT	4件
QUANT	10件
QUANT	4件
QUANT	63場
QUANT	15場
QUANT	12場
ORG	動保處
ORG	臺南市政府
QUANT	4層
ORG	農業局畜產科
ORG	動保處
DATE	3月5日
ORG	動保處
QUANT	154場次
ORG	動保處
ORG	動保處
ORG	中央動物用藥安全稽查小組
ORG	臺南市動物防疫保護處
PER	莊惟超
"""

LISTS["report-cn-tsinghua-sci-tech-power-2050-paper-2017"] = r"""
DATE	2015-2050
ORG	中宣部全国哲学社科规划办
DATE	2017年4月20日
PER	胡鞍钢
PER	刘生龙
PER	任皓
ORG	清华大学公共管理学院
LOC	北京
ORG	清华大学国情研究院
LOC	北京
ORG	中国社会科学院数量经济研究所
LOC	北京
DATE	2015一2050年
TERM	“三位一体”
DATE	2016年5月30日
PER	习近平
TERM	“科技三会”
TERM	“为建设世界科技强国而奋斗”
LOC	新中国
QUANT	100年
QUANT	30余年
TERM	“三步走”
TERM	“建设世界科技创新强国”
TERM	“中国特色社会主义现代化”
TERM	“三位一体”
TERM	“三步走”
DOC	《中国共产党章程》
TERM	“总纲”
QUANT	100年
TERM	“十八大”
LOC	新中国
QUANT	100年
QUANT	200余个
QUANT	200余个
DOC	《避免中等收入增长陷阱》
QUANT	5 \%
QUANT	40 \%
QUANT	50 \%
QUANT	80 \%
QUANT	50%
QUANT	50%一80%
QUANT	80%一100%
QUANT	2 5 . 8 \%
DATE	2015—2050年
QUANT	4 . 3 8 \%
QUANT	2.95个百分点
QUANT	50 \%
QUANT	70 \%
QUANT	80 \%
QUANT	50 \%
*DATE	\d{4}年
*LOC	中国
*LOC	美国
*ORG	世界银行
"""

LISTS["report-tw-toufen-councillor-candidate-platform-2018"] = r"""
LOC	苗栗縣
PER	黎煥強
DATE	2018-11-01
LOC	苗栗縣
PER	黎煥強
ORG	頭份市民代表會
LOC	頭份
LOC	台灣
LOC	苗北藝文中心
ORG	YouBike
ORG	YouBike
LOC	頭份
ORG	YouBike
LOC	頭份地區
LOC	頭份地區
LOC	頭份市建國路二段 156 號
ORG	迷客夏
"""

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

LISTS["gw-tw-moea-import-regulations-article9-amendment-2005"] = r"""
ORG	經濟部
TERM	「貨品輸入管理辦法」
ORG	經濟部
DATE	中華民國94年4月6日
DOC	經貿字第09404602670號
TERM	「貨品輸入管理辦法」
TERM	「貨品輸入管理辦法」
PER	何美玥
ORG	海關
ORG	外交部
ORG	貿易局
ORG	貿易局
"""

LISTS["gw-tw-pcc-engineer-licence-renewal-notice-2005"] = r"""
ORG	行政院公共工程委員會
PER	楊明富
ORG	行政院公共工程委員會
DATE	中華民國94年5月2日
DOC	工程企字第09400125221號
PER	楊明富
PER	楊明富
ORG	四海工程顧問有限公司
LOC	新竹市復中里民生路193號11樓
DATE	90年10月10日至94年10月9日
PER	郭瑤琪
"""

LISTS["press-mo-dset-young-entrepreneurs-jiangsu-visit-2026"] = r"""
ORG	經科局
LOC	江蘇
TERM	“三五”
ORG	經濟及科技發展局
QUANT	34名
LOC	澳門
LOC	澳門
DATE	9月7日至11日
LOC	江蘇
LOC	長三角
LOC	江蘇
LOC	澳門
LOC	澳門
LOC	蘇州
LOC	蘇州人工智能產業園
ORG	九識智能科技
ORG	微軟蘇州人工智能產業創新中心
ORG	X‑Power IBM 賦能創新中心
LOC	南京
LOC	紫東國際創意園
ORG	南京大學生命科學學院醫藥生物技術國家重點實驗室
LOC	江蘇
TERM	“2026澳門青創南京行暨寧澳科創交流會”
LOC	南京
TERM	“2026江蘇產學研合作對接大會＂
LOC	澳門
LOC	澳門
ORG	經濟及科技發展局
LOC	江蘇
LOC	澳門
"""

LISTS["press-mo-utm-barcelona-cett-agreement-2026"] = r"""
ORG	澳門旅遊大學
ORG	巴塞隆拿大學旅遊、酒店及餐飲學院
ORG	CETT-UB
ORG	澳門旅遊大學
DATE	9月14日
ORG	巴塞隆拿大學旅遊、酒店及餐飲學院
ORG	CETT-UB
LOC	澳琴國際教育（大學）城第一期校區
ORG	澳門旅遊大學
PER	呂劍英
ORG	CETT-UB
PER	David Peguero Manzanares
ORG	澳旅大
ORG	澳旅大
ORG	CETT-UB
"""

LISTS["press-tw-president-temples-lucky-bags-taoyuan-hsinchu-miaoli-2026"] = r"""
LOC	桃
LOC	竹
LOC	苗
LOC	苗栗
LOC	新竹
LOC	桃園
DATE	正月初三
PER	賴清德
DATE	今（19）日
LOC	中
LOC	彰
LOC	苗栗
LOC	永貞宮
LOC	新竹
LOC	香山財神廟
LOC	北埔慈天宮
LOC	桃園
LOC	景福宮
LOC	非洲
LOC	臺灣
QUANT	8.68%
QUANT	3萬3千點
QUANT	新臺幣1.25兆元
QUANT	8年
TERM	「台灣之盾」
ORG	行政院主計總處
QUANT	7.71%
QUANT	8%
LOC	臺
LOC	美
QUANT	15%
LOC	日本
LOC	韓國
LOC	臺灣
TERM	「0到6歲國家一起養」
TERM	「長照3.0」
QUANT	1萬5千處
QUANT	10萬人
QUANT	1千元
QUANT	750元
QUANT	1萬元
QUANT	5千元
QUANT	4次
QUANT	14%
ORG	國軍
QUANT	29,500元
QUANT	64.4萬元
QUANT	6歲
QUANT	168.5萬元
QUANT	212萬元
PER	蔡英文
LOC	臺灣
"""

LISTS["report-cn-aeon-life-shaanxi-summit-welcome-speech-2013"] = r"""
ORG	百年人寿保险股份有限公司
ORG	百年人寿陕西分公司
PER	荆晓达
PER	何勇生
PER	曹湛
ORG	百年陕分
ORG	百年人寿
LOC	陕西西安
ORG	百年人寿陕西分公司
LOC	西安
DATE	公元前11世纪
PER	文王
LOC	岐山
DATE	公元前221年
LOC	关中
DATE	公元前178~87年
PER	汉武
LOC	朝鲜
LOC	葱岭
LOC	丝绸之路
DATE	公元627~741年
PER	太宗
PER	玄宗
QUANT	13个
LOC	西安
TERM	“秦中自古帝王州”
LOC	延安
ORG	共产党
LOC	延安
ORG	国民党
LOC	延安
QUANT	13年
LOC	中华人民共和国
PER	毛泽东
LOC	延安
DOC	《沁园春.雪》
DOC	《论持久战》
DOC	《为人民服务》
LOC	陕西
LOC	西安
LOC	大雁塔
LOC	亚洲
LOC	大唐芙蓉园
LOC	不夜城
LOC	通易坊
LOC	曲江南湖
LOC	曲江
LOC	大明宫城墙遗址
LOC	临潼
LOC	扶风
LOC	汉城湖
LOC	西安
LOC	西安
ORG	陕西分公司
ORG	百年人寿
DATE	2013年
ORG	百年
LOC	陕西
LOC	陕西
LOC	陕西
LOC	西安
LOC	陕西
"""

LISTS["report-hk-wang-fuk-court-fire-timeline-2025"] = r"""
LOC	大埔宏福苑
DATE	2025年11月26日
QUANT	10分鐘
QUANT	43小時
DATE	28日
QUANT	146死
QUANT	79傷
QUANT	200人
ORG	維基百科
ORG	SBS
DATE	11月26日
LOC	宏昌閣
ORG	東方日報
ORG	維基百科
ORG	SBS
ORG	維基
ORG	香港01
ORG	維基百科
QUANT	304輛
ORG	SBS
QUANT	4死
QUANT	7傷
ORG	SBS
ORG	維基百科
ORG	王肇枝中學
QUANT	13死
QUANT	30傷
ORG	SBS
DATE	11月27日
PER	李家超
ORG	SBS
QUANT	3座
ORG	維基百科
ORG	保安局
ORG	SBS
QUANT	4座
QUANT	3人
QUANT	44死
ORG	SBS
ORG	維基
QUANT	1250人
QUANT	279宗
ORG	維基百科
QUANT	55死
ORG	SBS
LOC	宏昌閣
ORG	維基百科
"""

LISTS["report-hk-wang-fuk-court-owners-committee-minutes-2021"] = r"""
DATE	2021-10-04
ORG	宏福苑業主立案法團
DATE	二零二一年十月四日
LOC	宏志閣會議室
PER	鄧國權
PER	陳凌滔
PER	麥滿堂
PER	洗麗媚
PER	何蕙蓮
PER	沈菜霞
PER	李丁華
PER	陳德誠
PER	郭嘉樑
PER	伍少芳
PER	李官華
PER	蔡金綸
PER	黃玉宜
PER	袁福華
PER	莫華滿
PER	林茜碧
ORG	置邦興業有限公司
PER	黎永利
PER	鄭芷盈
PER	林文欣
PER	蕭錦榮
PER	陳球強
PER	胡健民
PER	鄧國權
PER	黎永利
PER	鄧
PER	黎
LOC	宏道閣
LOC	宏盛閣
LOC	宏志閣
ORG	志豐工程
DATE	9月1日
LOC	宏盛閣
LOC	宏志閣
DATE	10月中
LOC	宏道閣
LOC	宏仁閣
ORG	百花園藝
DATE	10 月份
ORG	王氏利豐園藝
DATE	9 月 27 日
DATE	10 月 8 日
LOC	宏道閣
LOC	宏昌閣
ORG	復明工程
DATE	9 月 9 日
LOC	國座
ORG	復明工程
QUANT	$1,000
DATE	10 月 4 日
ORG	陳俊華律師事務所
DATE	2021 年 9 月 1 日
PER	鄧
DATE	2021 年 9 月 23 日
LOC	廣福社區會堂
ORG	大埔民政事務處
QUANT	150人
ORG	房屋署
DATE	2021年9月21日
PER	鄧
LOC	廣福社區會堂
PER	鄧
PER	陳
PER	鄧
PER	鄧
PER	蕭
ORG	市建局
QUANT	35 間
QUANT	33間
DATE	2022年1月17日
QUANT	港幣 80萬
PER	陳
PER	鄧
QUANT	2名
QUANT	10名
QUANT	2名
QUANT	5名
QUANT	3名
QUANT	1名
LOC	中央公園
LOC	中央公園
LOC	中央公園
LOC	宏仁閣
ORG	撲滅牠滅蟲有限公司
QUANT	2次
QUANT	$8,000
QUANT	2個
QUANT	$8,000
ORG	康薈環境服務公司
QUANT	1次
QUANT	3-6個月
QUANT	$8,000
ORG	堅達滅蟲公司
QUANT	1年
QUANT	$9,500
PER	冼麗媚
ORG	撲滅牠滅蟲有限公司
QUANT	4棵
PER	李官華
DATE	2021 年7月份
DATE	2021年7月份
DATE	7月
QUANT	$1,562,005.92
QUANT	$1,565,992.37
QUANT	$3,986.45
ORG	TraxConm Limited
LOC	廣宏街
QUANT	30 米
PER	胡
LOC	廣宏街
ORG	大埔南分區委員會
LOC	廣宏街
LOC	吐露港公路
PER	鄧國權
"""

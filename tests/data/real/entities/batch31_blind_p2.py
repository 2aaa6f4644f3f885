"""Pass 2's BLIND reading lists for batch 31 (branch issue-e31p2-s20): written from the bare text of the
documents (split.tsv batch 31; the four held-out documents first, then the dev ones) without reading pass 1's
lists (branch issue-e31p1-s20) or pass 1's entity files. Same line format as the pass-1 lists ("TYPE<TAB>string"
in reading order; "*TYPE<TAB>regex" for recurring forms, applied after the ordered lines, in the order written,
never over an existing span). Build with reading_lists.Batch(batch31_blind_p2, ...).annotate. Not used by the
gold build. Left exactly as written blind, slips included, from the commit that says "lists complete" on.
"""

LISTS = {}
LISTS["news-cn-jinghe-city-services-party-branch-page"] = r"""
ORG	泾河城服党支部
DATE	2017年7月26日
QUANT	13名
QUANT	2名
TERM	“围绕业务抓党建，抓好党建促发展”
TERM	“落实五新战略任务，实现追赶超越目标；创新引领服务升级，专业成就品牌发展”
ORG	泾河城服党支部
TERM	“党建+中心工作”
ORG	泾河城服
TERM	“党员示范岗”
TERM	“红色动力”
DATE	2018年5月
ORG	泾河城服
LOC	崇文塔景区游客服务中心
TERM	“党群服务中心”
DATE	6月
TERM	“两学一做”
TERM	“红色动力”
ORG	泾河城服党支部
TERM	“党群服务中心”
TERM	“三会一课”
TERM	“党员活动日”
TERM	“党员示范岗”
LOC	泾河新城
"""
LISTS["news-hk-taiwan-freediving-flag-removal-2021"] = r"""
LOC	台灣
LOC	日本
TERM	「共同分擔苦痛」
LOC	美
LOC	俄
LOC	韓
LOC	法
LOC	德
LOC	澳
QUANT	10國
LOC	台灣
ORG	台灣代表團
LOC	台灣
ORG	日本代表團
LOC	台灣
LOC	日本
LOC	台灣
LOC	美
LOC	韓
LOC	俄羅斯
QUANT	10國
TERM	「撤旗」
LOC	台灣
LOC	台灣
DATE	30日
TERM	「向台灣致歉」
LOC	台灣
QUANT	5名
PER	侯一明
LOC	台灣
LOC	台灣
ORG	AIDA Taiwan
DATE	9月21日
DATE	30日
LOC	賽普勒斯
LOC	台灣
QUANT	5名
LOC	台灣
DATE	2013年
LOC	台灣
PER	侯一明
LOC	台灣
LOC	台灣
ORG	AIDA International
ORG	YouTube
ORG	AIDA International
ORG	YouTube
LOC	台灣
LOC	台灣
ORG	AIDA Taiwan
PER	吳秉宥
ORG	眾新聞
ORG	AIDA Taiwan
LOC	台灣
PER	吳秉宥
LOC	中國
LOC	中國
LOC	台灣
TERM	『施壓』
ORG	BESTDIVE
LOC	中國
LOC	中國
PER	吳秉宥
LOC	台灣
ORG	AIDA
LOC	台灣
ORG	AIDA Taiwan
LOC	台灣
LOC	台灣
ORG	AIDA執委會
PER	盧甦
PER	Alexandru Russu
DATE	28日
ORG	台灣代表團
LOC	台灣
TERM	「中華台北」
ORG	奧會
ORG	AIDA Taiwan
ORG	中華奧會
LOC	台灣
LOC	中國
ORG	AIDA Japan
LOC	台灣
ORG	AIDA International Group
LOC	台灣
ORG	AIDA Japan
PER	吳秉宥
LOC	台灣
LOC	日本
ORG	AIDA International
LOC	台灣
LOC	台灣
PER	吳秉宥
LOC	台灣
ORG	日本AIDA協會
LOC	日本
LOC	日本
QUANT	10個國家
LOC	台灣
ORG	AIDA International
ORG	YouTube
LOC	日本
LOC	美國
LOC	俄羅斯
LOC	韓國
LOC	法國
LOC	德國
LOC	荷蘭
LOC	澳洲
LOC	斯洛維尼亞
LOC	克羅埃西亞
QUANT	10國
LOC	台灣
ORG	AIDA Taiwan
PER	吳秉宥
LOC	台灣
LOC	Taiwan
LOC	台灣
ORG	AIDA International
DATE	30日
TERM	「向台灣致歉」
LOC	中國
ORG	AIDA TAIWAN
LOC	台灣
ORG	AIDA International
LOC	台灣
LOC	中國
LOC	中國
ORG	AIDA TAIWAN
LOC	中國
ORG	AIDA
ORG	AIDA TAIWAN
LOC	台灣
LOC	中國
ORG	AIDA
PER	吳秉宥
LOC	中國
LOC	台灣
LOC	中國
LOC	中國
LOC	賽普勒斯
DATE	9月30日
PER	侯一明
LOC	台灣
ORG	AIDA Taiwan
LOC	台灣
LOC	台灣
LOC	日本
ORG	TaiwanWarmPower
ORG	日本AIDA協會
QUANT	9千次
ORG	日本AIDA協會
LOC	台灣
ORG	民進黨
PER	王定宇
LOC	台灣
ORG	中共
LOC	台灣
"""
LISTS["press-tw-tainan-jacana-ecology-season-2026"] = r"""
DATE	10月4日
ORG	農業局
DATE	115年10月4日
LOC	官田濕地水雉生態教育園區
LOC	臺灣
DATE	1990年代
ORG	農業局
DATE	87年
LOC	臺
QUANT	50隻
DATE	113年
QUANT	3,030隻
LOC	水雉生態教育園區
TERM	「新居落成，咕嚕凌波」
ORG	農業局
LOC	水雉園區
TERM	「搬入新居」
LOC	臺南市
PER	黃偉哲
TERM	「生產、生活、生態」
LOC	官田
LOC	臺南
"""
LISTS["report-hk-hkbu-character-scheme-report-form-2025"] = r"""
ORG	田家炳基金會
DATE	2024-25
ORG	TKP Foundation
DATE	2024-25
ORG	Language Centre, Hong Kong Baptist University
DATE	2024-25
ORG	Hong Kong Baptist University
DATE	2024/25
ORG	香港浸會大學
DATE	2024/25學年
DATE	May – August 2025
TERM	“Cross Strait Four Regions”
DATE	31 August 2025
DATE	2025年8月31日
QUANT	$30,000
QUANT	$18,000
QUANT	$12,000
QUANT	$15,500
QUANT	$144,522
QUANT	$1,200
QUANT	$650
QUANT	$470
QUANT	$2,342
QUANT	$10,000
DATE	31 August 2025
DATE	2025年8月31日
QUANT	$200,022
ORG	United Nation
LOC	Hong Kong
LOC	香港
LOC	Hong Kong
LOC	中國
LOC	香港
ORG	Microsoft
DATE	September 2025
"""
LISTS["gw-tw-central-tax-bureau-notice-service-2010"] = r"""
ORG	財政部臺灣省中區國稅局
PER	吳東翰
ORG	財政部臺灣省中區國稅局
DATE	中華民國99年5月27日
DOC	中區國稅大屯二字第0990017349號
PER	吳東翰
QUANT	1件
QUANT	20日
ORG	財政部臺灣省中區國稅局大屯稽徵所
PER	鄭義和
"""
LISTS["gw-tw-moi-security-firm-tax-review-repeal-2010"] = r"""
ORG	內政部
TERM	「內政部辦理保全公司申請適用促進產業升級條例緩課股東股票股利所得稅案件審查作業要點」
ORG	內政部
DATE	中華民國99年2月2日
DOC	台內警字第0990890007號
TERM	「內政部辦理保全公司申請適用促進產業升級條例緩課股東股票股利所得稅案件審查作業要點」
PER	江宜樺
"""
LISTS["news-cn-taikuanhe-reserve-reform-seminar-2019"] = r"""
ORG	太宽河保护区管理局
TERM	“改革创新 奋发有为”
DATE	3月6日
ORG	太宽河保护区管理局
TERM	“改革创新 奋发有为”
PER	杨于军
PER	骆惠宁
TERM	“改革创新 奋发有为”
ORG	省林业和草原局
PER	张云龙
DOC	《改革创新 奋发有为 努力开创全省林草事业高质量发展新局面》
ORG	中条林局
DOC	《关于开展“改革创新 奋发有为”大讨论的实施方案》
ORG	省林草局
ORG	中条林局
TERM	“改革创新 奋发有为”
LOC	太宽河保护区
DATE	2月25日
TERM	“改革创新 奋发有为”
TERM	“六个破除”
TERM	“六个着力”
TERM	“六个坚持”
"""
LISTS["news-hk-tung-chee-hwa-national-day-absence-2021"] = r"""
PER	董建華
ORG	港府
LOC	灣仔會展
ORG	全國政協
PER	董建華
PER	董建華
DATE	今年7月
ORG	中共
PER	董建華
ORG	終審法院
PER	張舉能
PER	董建華
DATE	七一
PER	黎家威
PER	林鄭月娥
PER	梁振英
PER	駱惠寧
PER	黎家威
QUANT	84歲
PER	董建華
DATE	七一
PER	董建華
DATE	今年3月
DATE	今年4月
PER	董建華
PER	董建華
DATE	今年7月4日
ORG	中共
DOC	《1921》
LOC	港
PER	董建華
ORG	團結香港基金
DATE	8月初
LOC	中國
PER	解振華
PER	董建華
DATE	9月中
PER	董建華
ORG	中央電視台
DATE	8月19日
PER	董建華
PER	董建華
DATE	7月4日
LOC	會展
DOC	《1921》
ORG	經民聯
PER	林鄭月娥
LOC	中國
QUANT	42年
LOC	重慶
QUANT	10年
LOC	西安
LOC	重慶
LOC	長江
LOC	嘉陵江
LOC	朝天門
QUANT	64歲
PER	林鄭
QUANT	22歲
LOC	重慶
PER	林鄭
ORG	中國共產黨
QUANT	100周年
ORG	中共
TERM	「以人民為中心」
LOC	香港
PER	林鄭
DATE	2019年
ORG	政務司
PER	張建宗
LOC	中國
PER	習近平
PER	林鄭
PER	習近平
ORG	終審法院
PER	張舉能
ORG	中聯辦
PER	黎家威
PER	曾蔭權
ORG	教育局
PER	吳克儉
ORG	公務員事務局
PER	鄧國威
PER	林鄭月娥
ORG	政協
PER	梁振英
ORG	中聯辦
PER	駱惠寧
ORG	國安公署
PER	鄭雁雄
PER	林鄭
PER	林兆波
PER	曾蔭權
ORG	財政司
PER	陳茂波
ORG	立法會
PER	梁君彥
ORG	中聯辦
PER	駱惠寧
PER	張舉能
PER	曾蔭權
ORG	政務司
PER	李家超
PER	梁振英
PER	鄭雁雄
ORG	解放軍駐港部隊
PER	陳道祥
"""
LISTS["press-mo-ka-ho-oil-depot-fire-drill-2026"] = r"""
LOC	路環九澳油庫
ORG	消防局
ORG	澳門油庫管理有限公司
ORG	消防局
DATE	2026年7月2日
LOC	九澳油庫
LOC	路環九澳油庫
ORG	消防局
ORG	消防局
QUANT	10輛
QUANT	38名
ORG	消防局
ORG	澳門海關
ORG	治安警察局
ORG	澳門油庫管理有限公司
QUANT	160名
QUANT	1小時
LOC	九澳油庫
"""
LISTS["press-mo-productivity-centre-kingsoft-mou-2026"] = r"""
ORG	生產力
ORG	金山軟件
ORG	澳門生產力暨科技轉移中心
ORG	生產力中心
DATE	6月29日
ORG	珠海金山軟件有限公司
ORG	金山軟件
ORG	生產力中心
PER	關治平
LOC	珠海金山辦公軟件園
ORG	金山辦公
TERM	“學、練、考、評”
ORG	生產力中心
PER	關治平
ORG	金山辦公
PER	莊湧
ORG	金山軟件職業技能應用考證中心
ORG	生產力中心
LOC	澳門
PER	關治平
TERM	“提升全民數字素養”
ORG	金山軟件
LOC	澳門
ORG	生產力中心
ORG	金山軟件
LOC	澳門
"""
LISTS["press-tw-president-office-vice-president-central-temples-2026"] = r"""
LOC	中
LOC	彰
LOC	投
LOC	中
LOC	彰
LOC	投
DATE	今（17）日
PER	蕭美琴
LOC	臺中
LOC	南投
LOC	彰化
LOC	臺中
LOC	霧峰南天宮
LOC	南投
LOC	草屯永和宮
LOC	彰化
LOC	埤腳五通宮
LOC	彰化南瑤宮
LOC	臺中
LOC	大雅永興宮
LOC	臺灣
ORG	總統府
PER	沈國榮
PER	柯富揚
PER	何黎星
LOC	彰化縣
PER	王惠美
PER	何欣純
PER	陳素月
PER	黃秀芳
PER	陳秀寳
"""
LISTS["report-tw-ly-interior-committee-referendum-act-2012"] = r"""
ORG	立法院
ORG	內政委員會
DATE	中華民國101年6月6
LOC	紅樓202會議室
PER	陳其邁
PER	陳其邁
PER	葉宜津
QUANT	26人
PER	葉宜津
PER	趙天麟
PER	葉宜津
PER	陳超明
PER	陳其邁
PER	陳超明
QUANT	3分鐘
PER	陳
QUANT	1分鐘
PER	陳
PER	超明
PER	陳超明
LOC	中國大陸
PER	趙天麟
ORG	公民投票審議委員會
LOC	臺
PER	陳其邁
PER	邱
PER	文彥
PER	邱文彥
PER	葉宜津
PER	陳其邁
PER	李
PER	俊俋
PER	李俊俋
ORG	立法院
PER	陳超明
ORG	公投審議委員會
ORG	公投審議委員會
PER	陳其邁
PER	黃
PER	文玲
PER	黃文玲
PER	李俊俋
ORG	立法院
ORG	內政部
ORG	台聯
PER	陳其邁
PER	葉
PER	宜津
PER	葉宜津
LOC	中華民國
PER	陳其邁
PER	陳
PER	超明
PER	陳超明
PER	葉
"""

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

"""Reading lists of the batch-31 entity gold, pass 1 (branch issue-e31p1-s20); see build_batch.py for the
line format and README-batch31.md for the rules and the borderline decisions they follow."""

LISTS = {
    "news-cn-jinghe-city-services-party-branch-page": r"""
# the company's party branch one ORG (as 中共 … 支部 in earlier gold), the company's short name ORG
ORG	泾河城服党支部
DATE	2017年7月26日
QUANT	13名
QUANT	2名
# quoted slogans and formulas TERM with their marks
TERM	“围绕业务抓党建，抓好党建促发展”
TERM	“落实五新战略任务，实现追赶超越目标；创新引领服务升级，专业成就品牌发展”
ORG	泾河城服党支部
TERM	“党建+中心工作”
ORG	泾河城服
TERM	“党员示范岗”
TERM	“红色动力”
DATE	2018年5月
ORG	泾河城服
# the scenic area LOC; its visitor centre and floor out — doubtful (the whole 崇文塔景区游客服务中心 LOC the other reading)
LOC	崇文塔景区
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
""",
    "press-tw-tainan-jacana-ecology-season-2026": r"""
# the event 水雉生態季 nothing (an event, as 世界棒球經典賽)
DATE	10月4日
ORG	農業局
# ROC years DATE (115年, 87年, 113年)
DATE	115年10月4日
LOC	官田濕地水雉生態教育園區
LOC	臺灣
# 1990年代 DATE; 高鐵 (the high-speed rail as a project) nothing — doubtful
DATE	1990年代
ORG	農業局
DATE	87年
# 全臺 → 臺
LOC	臺
QUANT	50隻
DATE	113年
QUANT	3,030隻
LOC	水雉生態教育園區
TERM	「新居落成，咕嚕凌波」
# 市府農業局 one ORG (as 市交通委); 中央 nothing
ORG	市府農業局
# 水雉園區辦公室 → LOC 水雉園區 — doubtful
LOC	水雉園區
# 今(115)年 DATE (as 今（19）日)
DATE	今(115)年
TERM	「搬入新居」
LOC	臺南市
PER	黃偉哲
TERM	「生產、生活、生態」
# 官田菱角 → 官田 (as 吉林大米 → 吉林); 市府 nothing
LOC	官田
LOC	臺南
""",
    "news-hk-taiwan-freediving-flag-removal-2021": r"""
# the championship (世錦賽, its English name) nothing (an event); the flag 青天白日滿地紅旗 nothing
# 美俄韓法德澳 → six LOC (as 中俄 → 中 + 俄)
LOC	美
LOC	俄
LOC	韓
LOC	法
LOC	德
LOC	澳
QUANT	10國
# national delegations ORG (as 臺灣隊, 日本國家代表隊)
ORG	台灣代表團
ORG	日本代表團
LOC	美
LOC	韓
QUANT	10國
# quoted single action word TERM (as “圈地”); quoted speech not tagged, the places inside it are
TERM	「撤旗」
DATE	30日
# the quoted statement title DOC with its marks (batch 20's statement title) — doubtful
DOC	「向台灣致歉」
QUANT	5名
DATE	9月21日至30日
QUANT	5名
DATE	2013年
ORG	AIDA執委會
PER	盧甦
PER	Alexandru Russu
DATE	28日
ORG	台灣代表團
# 「中華台北」 LOC without the marks — doubtful; 中華奧會 ORG
LOC	中華台北
ORG	中華奧會
QUANT	10個
QUANT	10國
DATE	30日
DOC	「向台灣致歉」
DATE	9月30日
QUANT	9千次
ORG	民進黨
PER	王定宇
ORG	中共
# one quoted word inside the quoted speech TERM (as 『拉布』)
*TERM	『施壓』
*ORG	日本AIDA協會
*ORG	AIDA (?:Taiwan|TAIWAN|International|Japan)
*ORG	AIDA(?=[正會作])
*ORG	BESTDIVE
*ORG	YouTube
*ORG	臉書
*ORG	眾新聞
# a Facebook page name TERM (as the Facebook page names of batch 20)
*TERM	TaiwanWarmPower
*PER	吳秉宥
*PER	侯一明
*LOC	台灣|(?<=from )Taiwan
*LOC	中國
*LOC	日本
*LOC	賽普勒斯
*LOC	美國|俄羅斯|韓國|法國|德國|荷蘭|澳洲|斯洛維尼亞|克羅埃西亞
""",
    "report-hk-hkbu-character-scheme-report-form-2025": r"""
ORG	田家炳基金會
# the programme names (青年品格培育計劃, Character and Ethics Development Scheme …) nothing (unquoted) — doubtful
DATE	2024-25
ORG	TKP Foundation
DATE	2024-25
# course code LANG2077 nothing; the centre and its university two ORG (comma order)
ORG	Language Centre
ORG	Hong Kong Baptist University
DATE	2024-25
ORG	Hong Kong Baptist University
DATE	2024/25
ORG	香港浸會大學
DATE	2024/25學年
DATE	May – August 2025
# Chinese culture / 中華文化 nothing; the quoted English formula TERM, 兩岸四地 unquoted nothing — doubtful
TERM	“Cross Strait Four Regions”
DATE	31 August 2025
DATE	2025年8月31日
DATE	31 August 2025
DATE	2025年8月31日
# United Nation’s → ORG as written; SDG names nothing
ORG	United Nation
LOC	Hong Kong
LOC	香港
LOC	Hong Kong
LOC	中國
LOC	香港
ORG	Microsoft
DATE	September 2025
# sums in HK$ written with $ one QUANT each; bare counts (31, 1) nothing
*QUANT	\$[\d,]+
""",
}

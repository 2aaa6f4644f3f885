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
    "gw-tw-central-tax-bureau-notice-service-2010": r"""
# the bureau with its ministry one ORG; the form names (核定通知書, 繳款書) nothing
ORG	財政部臺灣省中區國稅局
PER	吳東翰
ORG	財政部臺灣省中區國稅局
DATE	中華民國99年5月27日
# the 發文字號 DOC (as 沪交建〔2023〕884号)
DOC	中區國稅大屯二字第0990017349號
PER	吳東翰
QUANT	1件
# unmarked 行政程序法 nothing (as unmarked 基本法); article numbers nothing
# 經20日 a period with a digit QUANT (as 6年6個月) — doubtful
QUANT	20日
# the office with its bureau one ORG (a department with its body)
ORG	財政部臺灣省中區國稅局大屯稽徵所
PER	鄭義和
""",
    "gw-tw-moi-security-firm-tax-review-repeal-2010": r"""
ORG	內政部
# the repealed rules' title in 「」 TERM with the marks (Taiwan laws and notice titles in 「」 TERM, batches 9 and 19)
TERM	「內政部辦理保全公司申請適用促進產業升級條例緩課股東股票股利所得稅案件審查作業要點」
ORG	內政部
DATE	中華民國99年2月2日
DOC	台內警字第0990890007號
TERM	「內政部辦理保全公司申請適用促進產業升級條例緩課股東股票股利所得稅案件審查作業要點」
PER	江宜樺
""",
    "news-cn-taikuanhe-reserve-reform-seminar-2019": r"""
ORG	太宽河保护区管理局
DATE	3月6日
ORG	太宽河保护区管理局
# 管理局, 保护区管理局党支部, 派出所, 省委, 省委省政府 generic nothing
PER	杨于军
PER	骆惠宁
# 省林业和草原局 ORG (a named provincial bureau, as 市交通委), 党组 out
ORG	省林业和草原局
PER	张云龙
DOC	《改革创新 奋发有为 努力开创全省林草事业高质量发展新局面》
ORG	中条林局
DOC	《关于开展“改革创新 奋发有为”大讨论的实施方案》
ORG	省林草局
ORG	中条林局
LOC	太宽河保护区
DATE	2月25日
TERM	“六个破除”
TERM	“六个着力”
TERM	“六个坚持”
# the quoted campaign slogan TERM every time (inside the 《》 title skipped)
*TERM	“改革创新 奋发有为”
""",
    "press-mo-ka-ho-oil-depot-fire-drill-2026": r"""
# the depot with its district one LOC (a place chain)
LOC	路環九澳油庫
# 消防局 ORG (the Macao bureau's own name)
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
# 約160名 → 160名, 約1小時 → 1小時 (as 近400人 → 400人)
QUANT	160名
QUANT	1小時
LOC	九澳油庫
""",
    "press-mo-productivity-centre-kingsoft-mou-2026": r"""
# 生產力 in the title: the centre's short name, ORG — doubtful
ORG	生產力
ORG	金山軟件
ORG	澳門生產力暨科技轉移中心
# quoted short names ORG without the marks
ORG	生產力中心
DATE	6月29日
ORG	珠海金山軟件有限公司
ORG	金山軟件
# 本澳, 國家, 中心, 兩地 nothing; WPS Office, KOS, AI (products, systems) nothing
# the software park one LOC (as 哔哩哔哩新世代产业园)
LOC	珠海金山辦公軟件園
TERM	“學、練、考、評”
# the quoted centre's name ORG without the marks — doubtful
ORG	金山軟件職業技能應用考證中心
TERM	“提升全民數字素養”
*ORG	生產力中心
*ORG	金山軟件
*ORG	金山辦公
*PER	關治平
*PER	莊湧
*LOC	澳門
""",
    "press-tw-president-office-vice-president-central-temples-2026": r"""
# 中彰投 → 中 + 彰 + 投 (as 臺聖 → 臺 + 聖) — doubtful (one LOC the other reading)
LOC	中
LOC	彰
LOC	投
LOC	中
LOC	彰
LOC	投
# 今（17）日 DATE; 農曆大年初一, 馬年 nothing
DATE	今（17）日
PER	蕭美琴
LOC	臺中
LOC	南投
LOC	彰化
LOC	臺中
# the quoted temples LOC without the marks (as the quoted venues of batch 20), place chains whole
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
# 彰化縣長 → 彰化縣
LOC	彰化縣
PER	王惠美
PER	何欣純
PER	陳素月
PER	黃秀芳
PER	陳秀寳
""",
    "news-hk-tung-chee-hwa-national-day-absence-2021": r"""
# 港府 ORG (earlier gold, the short name of 香港政府)
ORG	港府
# the convention centre with its district one LOC (a place chain)
LOC	灣仔會展
ORG	全國政協
# 今年7月 → 7月 (as 去年11月 → 11月)
DATE	7月
QUANT	84歲
DATE	3月
# 兩會, 國家安全日, 七一 nothing
DATE	4月
DATE	7月4日
# the film in 《》 DOC with its marks — doubtful (no precedent; TERM the other reading)
DOC	《1921》
LOC	港
ORG	團結香港基金
DATE	8月
PER	解振華
DATE	9月
ORG	中央電視台
DATE	8月19日
DATE	7月4日
LOC	會展
DOC	《1921》
ORG	經民聯
QUANT	42年
QUANT	10年
LOC	西安
LOC	長江
LOC	嘉陵江
LOC	朝天門
QUANT	64歲
QUANT	22歲
ORG	中國共產黨
# 成立100周年 QUANT — doubtful (建黨百年 without a digit nothing)
QUANT	100周年
TERM	「以人民為中心」
# unmarked 國安法 nothing; 香港 inside the quoted speech LOC
LOC	香港
DATE	2019年
# 時任政務司司 (a post) nothing
PER	張建宗
ORG	教育局
PER	吳克儉
ORG	公務員事務局
PER	鄧國威
ORG	國安公署
PER	林兆波
PER	陳茂波
ORG	立法會
PER	梁君彥
PER	李家超
ORG	解放軍駐港部隊
PER	陳道祥
*PER	董建華|林鄭月娥|林鄭|張舉能|黎家威|梁振英|駱惠寧|曾蔭權|鄭雁雄|習近平
*ORG	中共|中聯辦|終審法院
*ORG	政協
# 大陸 nothing (earlier gold)
*LOC	重慶|中國
""",
    "report-tw-ly-interior-committee-referendum-act-2012": r"""
ORG	立法院
ORG	內政委員會
# the date as written (日 missing) one DATE; 星期三 and the clock times nothing
DATE	中華民國101年6月6
# 本院紅樓202會議室 → LOC 紅樓 (as 明志楼), the room out — doubtful
LOC	紅樓
QUANT	26人
QUANT	3分鐘
QUANT	1分鐘
# 陳委員超明, 邱委員文彥 … (a surname and a given name split by the title) nothing — doubtful
LOC	中國大陸
ORG	公民投票審議委員會
# 臺獨 → 臺 (as 亂港 → 港)
LOC	臺
ORG	內政部
# 台聯版 → 台聯
ORG	台聯
# 中華民國自由地區 one LOC — doubtful; unmarked laws (公民投票法, 憲法增修條文, 公投法) nothing
LOC	中華民國自由地區
*PER	陳其邁|陳超明|葉宜津|趙天麟|邱文彥|李俊俋|黃文玲
*ORG	立法院
*ORG	公投審議委員會
""",
}

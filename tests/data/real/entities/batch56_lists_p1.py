"""Reading lists of the batch-56 entity gold, pass 1 (branch issue-e56p1-s25); see build_batch.py for the
line format and README-batch56.md for the rules and the borderline decisions they follow."""

LISTS = {
    "gw-tw-coa-yilan-wugang-wildlife-habitat-notice-2015": r"""
# the COA notice as batch 52's FSC order: issuer ORG in the title and letterhead, the 中華民國 date DATE, the 字號 DOC,
# the signatory PER; the rule's title quoted in 「」 a TERM (batch 19), nothing inside it; the unmarked law nothing
ORG	行政院農業委員會
TERM	「宜蘭縣無尾港野生動物重要棲息環境之類別及範圍」
ORG	行政院農業委員會
DATE	中華民國104年6月10日
DOC	農林務字第1041700591號
TERM	「宜蘭縣無尾港野生動物重要棲息環境之類別及範圍」
TERM	「宜蘭縣無尾港野生動物重要棲息環境之類別及範圍」
PER	陳保基
# the annex's unmarked title gives the place inside it (batch-24 D-5); county + its place one LOC (a place chain); the
# habitat itself a designation — doubtful (LOC 宜蘭縣無尾港野生動物重要棲息環境 as a named zone the other reading)
LOC	宜蘭縣無尾港
""",
    "news-tw-appledaily-taichung-mrt-disney-self-financing-2017": r"""
# 中捷 (the Taichung MRT company) ORG where it acts and as the system's short name; the quoted predicate in the
# headline is speech, 迪士尼 in it ORG (a company's name for its brand) — doubtful; 578億 a bare 億 number QUANT
ORG	中捷
ORG	迪士尼
QUANT	578億
ORG	蘋果日報
DATE	2017-06-29
# the series tag's city LOC; 前瞻計劃 a programme, nothing
LOC	台中
QUANT	8800億元
LOC	台灣
LOC	南投
PER	曾雪蒨
PER	鄧惠珍
LOC	台中市
ORG	行政院
# quoted rail lines LOC without the marks (batch 18's quoted places); the bracketed other name its own span; the quoted
# project 「捷運綠線延伸彰化」 gives the line and the place
LOC	大台中山海環線
LOC	山手線
LOC	捷運藍線
LOC	捷運綠線
LOC	彰化
QUANT	578億元
# 「看得到吞不下」 an idiom quoted as a predicate: speech, nothing; 「蚊子捷運」 a quoted key expression TERM
TERM	「蚊子捷運」
QUANT	8年
QUANT	578億元
ORG	中捷
ORG	迪士尼
# the city's quoted hope is speech: 中捷 ORG, the park a venue LOC
ORG	中捷
LOC	迪士尼樂園
QUANT	3千億
# 交通局長 gives its bureau with the city (政務司司長 → 政務司)
ORG	台中市交通局
PER	王義川
ORG	行政院
LOC	台中
QUANT	1912.59億元
LOC	捷運綠線
LOC	彰化
LOC	捷運藍線
QUANT	980.59億元
LOC	捷運綠線
QUANT	16.7公里
# the roads the line runs along, 路 written once for the run: each name LOC (北屯 a district) — doubtful
LOC	松竹
LOC	北屯
LOC	文心
LOC	建國路
LOC	高鐵台中站
QUANT	18站
# 台日 two one-character places; 抵台 LOC
LOC	台
LOC	日
LOC	台
DATE	2020年
QUANT	138.95億元
LOC	捷運綠線
QUANT	5.33公里
LOC	彰化
LOC	成功嶺大門
QUANT	4站
# 中彰(地區), 中彰投: one-character places, one LOC each (闽台地区 → 闽 + 台)
LOC	中
LOC	彰
LOC	捷運藍線
LOC	沙鹿火車站
LOC	台灣大道
LOC	台中火車站
QUANT	15處
QUANT	21.3公里
QUANT	841.64億元
LOC	捷運綠線
LOC	大台中山海環線
ORG	行政院
LOC	大里
LOC	霧峰
LOC	南投
LOC	中
LOC	彰
LOC	投
LOC	台中山手線
LOC	中台灣
QUANT	3469億元
QUANT	298.14億元
LOC	中
LOC	彰
QUANT	20%
QUANT	9.98億公噸
# 中部 / 中區 descriptive regions nothing; a university's department written with it one ORG
ORG	大葉大學財務金融學系
PER	劉文祺
LOC	中
LOC	彰
QUANT	60萬人
ORG	中捷
LOC	彰化
LOC	台74線
ORG	中捷
ORG	逢甲大學運輸科技與管理系
PER	李克聰
TERM	「輕重緩急」
PER	林
ORG	中捷
# the metro line along which prices rose: the line LOC — doubtful (ORG as 中捷 the other reading)
LOC	台中捷運
LOC	彰化
LOC	彰化
LOC	捷運綠線
LOC	金馬路
QUANT	6至7萬
QUANT	13萬元
LOC	中
LOC	彰
ORG	彰化縣環保聯盟
PER	施月英
LOC	台中
LOC	山海環線
PER	曾凱雯
LOC	山手線
LOC	台中
LOC	台中市西屯區
PER	張
LOC	台中
# 中市 the city's short name LOC; 台中人 / 台北人 give the place
LOC	中市
LOC	台中
LOC	台北
LOC	台中
""",
    "press-mo-dsal-workplace-safety-labour-inspections-2026": r"""
# the bureau and its defined short name ORG (quoted after 下稱 without the marks); 全澳 holds no place word (as 全港)
ORG	勞工局
ORG	勞工事務局
ORG	勞工局
DATE	2026年3月17日至30日
ORG	勞工局
QUANT	386個
ORG	勞工局
TERM	“先教育後監察”
ORG	勞工局
TERM	“先教育，後監察”
DATE	2026年1月至3月
QUANT	37個
QUANT	42次
QUANT	43間
ORG	勞工局
# the quoted equipment kinds are key expressions TERM; 本年 before months stays out (今年4月 → 4月)
TERM	“防墮裝置”
TERM	“安全帶”
TERM	“輕便工作台”
DATE	1月至3月
QUANT	24間
QUANT	28套
DATE	1月至3月
QUANT	394場
QUANT	12,740人次
# the phone number and the web address nothing; the quoted web page's name TERM (a page that is no body's name)
ORG	勞工局
ORG	勞工局
ORG	勞工局
TERM	“職安健天地”
""",
}

"""Reading lists of the batch-41 entity gold, pass 1 (branch issue-e41p1-s22); see build_batch.py for the
line format and README-batch41.md for the rules and the borderline decisions they follow."""

LISTS = {
    "gw-tw-moi-existing-building-fire-safety-improvement-regulations-2007": r"""
# the order's heading: 內政部令 → 內政部; the regulations' names in 「」 TERM with their marks (a title quoted in
# 「」, batch-20 D); the ROC date DATE whole (earlier gold); 台內營字第…號 DOC (earlier gold)
ORG	內政部
TERM	「舊有建築物防火避難設施及消防設備改善辦法」
TERM	「原有合法建築物防火避難設施及消防設備改善辦法」
ORG	內政部
DATE	中華民國96年5月16日
DOC	台內營字第0960802764號
TERM	「舊有建築物防火避難設施及消防設備改善辦法」
TERM	「原有合法建築物防火避難設施及消防設備改善辦法」
TERM	「原有合法建築物防火避難設施及消防設備改善辦法」
# 部長 李逸洋 → the name; the unmarked title line, 建築法, 建築技術規則總則編 (unmarked) nothing; article numbers,
# 附表一, B-2類組, A-1類組, 五千平方公尺 (Chinese numerals), 五層, 十層 nothing; 直轄市、縣（市）主管建築機關 nothing
PER	李逸洋
""",
    "press-mo-dsal-family-friendly-employer-logo-contest-2026": r"""
TERM	“家庭友善僱主”
DATE	9月30日
ORG	勞工事務局
ORG	澳門婦女聯合總會
TERM	“家庭友善僱主”
DATE	9月30日
# 本澳 nothing
TERM	“平衡工作與家庭、共建和諧社會”
TERM	“勞資權益”
TERM	“家庭和諧”
TERM	“職場共融”
TERM	“生育友善”
# 冠軍、亞軍、季軍各1名（隊） → 1名 (the bracketed alternative unit out, batch-17 D); 四大元素 nothing
QUANT	1名
QUANT	5名
QUANT	10名
QUANT	10,000澳門元
TERM	“家庭友善僱主獎勵計劃”
# 澳門居民身份證 → the place inside (an unmarked document's name) — doubtful
LOC	澳門
QUANT	3人
QUANT	2套
DATE	9月30日
# the e-mail address and the phone number nothing; the body's section with the body one ORG (batch-20 D, as
# 國家教育部教材局綜合處)
ORG	澳門婦女聯合總會文康科
""",
    "press-tw-cdc-adult-pneumococcal-vaccine-switch-2026": r"""
ORG	疾管署
DATE	2026年1月15日
# N價 (a vaccine's valency, a unit) QUANT — doubtful (no precedent); 打一劑, 單劑, 第二劑 nothing (no digit)
QUANT	20價
ORG	疾病管制署
ORG	疾管署
# 我國, 今年, 第一階段 nothing
QUANT	20價
QUANT	2劑
QUANT	13價
QUANT	23價
QUANT	1劑
DATE	1月15日
QUANT	245萬人
ORG	疾管署
QUANT	3類
QUANT	65歲
QUANT	55-64歲
QUANT	19-64歲
# IPD (the disease's abbreviation) nothing; (1) … (3) item numbers nothing
QUANT	3類
DATE	1月15日
QUANT	2,800家
QUANT	23價
QUANT	1年
# 13或15價 one QUANT (values sharing one unit written once, batch-15 D)
QUANT	65歲
QUANT	13或15價
QUANT	23價
QUANT	65歲
QUANT	5年
QUANT	1劑
QUANT	13價
QUANT	15價
QUANT	1年
ORG	疾管署
QUANT	23價
# 115年年中 (an ROC year with 年中) one DATE
DATE	115年年中
QUANT	13價
QUANT	15價
QUANT	23價
QUANT	20價
ORG	疾管署
DATE	2025年
QUANT	347例
QUANT	36例
QUANT	65歲
QUANT	4成
QUANT	55-64歲
QUANT	19-64歲
ORG	疾管署
# 流感, 新冠 nothing; the quoted page name TERM with its marks (batch-20 D); the URL and 各縣市政府衛生局 nothing
ORG	疾管署
TERM	「肺炎鏈球菌疫苗專區」
# the footer: the extraction time's date DATE (as 2026-01-22 in earlier gold), the time nothing — doubtful; the source ORG
DATE	2026-02-04
ORG	衛生福利部疾病管制署
""",
    "wr-hk-policy-address-2013-legco-record-opening": r"""
# the heading: 香港特別行政區 before 行政長官 LOC (the region before a post is the place, batch-20 D-6)
LOC	香港特別行政區
# the placard slogan's quoted word TERM with its marks and the space inside (每次); 主席, 行政長官, 本會 nothing
TERM	“大話精 ”
TERM	“大話精 ”
# 港共政權 → nothing (港共 a word for a faction, as 港人) — doubtful
# 亞太地區 one LOC across the record's line break (place + 地區, batch-27 D); 歐美 → 歐 + 美 (two one-character
# places, as 中葡) — doubtful; 中國內地 one LOC (batch-31 D), 內地 alone nothing; 中外 nothing (batch 36) — doubtful
LOC	亞太\n地區
LOC	歐
LOC	美
LOC	中國內地
QUANT	20萬
TERM	“雙非嬰孩 ”
DOC	《基本法》
TERM	“一國兩制 ”
TERM	“一國兩制 ”
TERM	“港人治港 ”
TERM	“高度自治 ”
TERM	“一國兩制 ”
DOC	《基本法》
ORG	全國人大常委會
DOC	《基本法》
QUANT	4個
QUANT	6個月
# 財政司司長 → 財政司 (batch-31 D); 財政預算案, 施政報告 (unmarked) nothing; 三十年後 nothing
ORG	財政司
QUANT	65歲
QUANT	94萬人
QUANT	256萬人
TERM	“雙非孕婦 ”
TERM	“雙非孕婦 ”
QUANT	19宗
TERM	“雙\n非孕婦 ”
TERM	“零配額 ”
# the members named with 議員 → the names; 梁議員 → the surname (a surname with a title); the chairman 曾鈺成 and
# 梁振英 (named in speech) PER
*PER	陳偉業|陳志全|黃毓民|曾鈺成|林大輝|馬逢國|梁國雄|梁振英
*PER	梁(?=議員，你不要)
# the page header 立法會  ─  2013年 1月 16日: the council ORG, the date DATE with the record's spaces — doubtful
# (spaces inside a date); the page numbers nothing
*ORG	立法會
*DATE	2013年 1月 16日
# every 香港 LOC (also in 香港人, 香港市民: a place before a word for its people, batch-19 D); 港人 nothing;
# 來港 / 新來港 → 港 (as 抵港)
*LOC	香港
*LOC	(?<=來)港
""",
    "gw-tw-moea-overseas-taiwanese-business-association-subsidy-points-2007": r"""
# the order's heading as in the MOI orders: 經濟部令 → 經濟部; the points' name in 「」 TERM with its marks; the ROC
# date DATE; 經投字第…號 DOC; 部長 陳瑞隆 → the name
ORG	經濟部
TERM	「經濟部補助海外臺商聯誼組織辦理活動作業要點」
ORG	經濟部
DATE	中華民國96年3月14日
DOC	經投字第09603270960號
TERM	「經濟部補助海外臺商聯誼組織辦理活動作業要點」
TERM	「經濟部補助海外臺商聯誼組織辦理活動作業要點」
PER	陳瑞隆
# the unmarked title line gives the body inside it (batch-24 D-5); 臺商 / 海外臺商 / 臺商會 nothing (a word for the
# people, as 港人; batch 6's 大陸的臺商 untagged); 本部 nothing
ORG	經濟部
ORG	經濟部
ORG	世界臺灣商會聯合總會
# the six continents' federations written once after the list: the continents LOC, 六大洲臺灣商會聯合總會 (a kind of
# body, not a name) → 臺灣 inside — doubtful (six ORG by distribution the other reading); 世界及六大洲… and
# 各臺灣商會聯合總會 likewise
LOC	亞洲
LOC	北美洲
LOC	中南美洲
LOC	歐洲
LOC	非洲
LOC	大洋洲
LOC	臺灣
# the federation's Taipei office with its body one ORG (batch-20 D, as 國家教育部教材局綜合處); 新臺幣六十萬元 (Chinese
# numerals) nothing; 國內 nothing
ORG	世界臺灣商會聯合總會臺北辦事處
ORG	世界臺灣商會聯合總會
ORG	亞洲臺灣商會聯合總會
LOC	臺灣
LOC	臺灣
ORG	立法院
# 本部駐外商務單位, 當地駐外商務單位 nothing (a body's kind of unit)
ORG	世界臺灣商會聯合總會臺北辦事處
LOC	臺灣
# 政府採購法 (unmarked) nothing; 二個月 nothing; 本部投資業務處 → the division by its remit (batch-16 D, 本部 out);
# 本部部次長 nothing
ORG	投資業務處
""",
    "gw-tw-moi-disability-care-subsidy-rules-erratum-letter-2007": r"""
# the letter's heading: 內政部函 → 內政部; 第013卷第001期 (the gazette's volume) nothing; 本部96年1月2日 → the ROC date;
# the order's number DOC; the rules' name in 「」 TERM with its marks; 第15條 nothing
ORG	內政部
DATE	96年1月2日
DOC	內授中社字第0950716308號
TERM	「身心障礙者生活托育養護費用補助辦法」
ORG	內政部
DATE	中華民國96年1月17日
DOC	內授中社字第0960715358號
TERM	「身心障礙者生活托育養護費用補助辦法」
TERM	「身心障礙者生活托育養護費用補助辦法」
DATE	96年1月2日
DOC	內授中社字第0950716308號
PER	李逸洋
# the unmarked table title and 備註's unmarked rules name nothing; the dates in Chinese numerals DATE whole with 中華民國
# (earlier gold: 中華民國115年8月20日), 發布日 nothing
DATE	中華民國九十二年十月七日
DATE	中華民國九十三年一月一日
DATE	中華民國九十六年一月二日
DATE	中華民國九十六年一月一日
DATE	中華民國九十六年一月二日
DATE	中華民國九十六年一月一日
""",
    "press-mo-dsaj-arbitrators-hong-kong-training-visit-2026": r"""
# the title: 粵港澳大灣區（澳門） → 粵港澳大灣區 + 澳門 (the bracket names the arbitrators' place, not part of a name) —
# doubtful; 赴港, 在港 → 港 (as 抵港); 港澳兩地 → 港 + 澳 (港澳 never one LOC)
ORG	法務局
LOC	粵港澳大灣區
LOC	澳門
LOC	港
LOC	港
LOC	澳
# 澳門區仲裁員 / 香港區仲裁員 → the place (區 the arbitrators' panel by region) — doubtful (LOC 澳門區 the other reading)
LOC	澳門
LOC	香港
ORG	法務局
DATE	2026年9月17日至18日
TERM	“粵港澳大灣區仲裁員（澳門）赴港交流培訓團”
QUANT	21名
LOC	澳門
LOC	香港
LOC	港
# a bureau written after its government one ORG (batch-27 D: 香港特區政府政務司); the officers' names without their
# posts
ORG	香港特區政府律政司
ORG	律政司
PER	王凱琹
PER	譚詩琦
PER	鄧希霖
PER	羅棨文
LOC	澳門
LOC	香港
# the arbitration centres ORG whole (the bracket of 華南（香港）國際仲裁院 inside, batch-17 D)
ORG	亞非法協香港區域仲裁中心
ORG	一邦國際網上仲調中心
ORG	華南（香港）國際仲裁院
ORG	香港國際仲裁中心
LOC	香港
LOC	澳門
LOC	香港
# 兩地 nothing; 大灣區 LOC (earlier gold); the platforms (ODR, DMP) nothing
LOC	大灣區
LOC	澳門
# the Liaison Office's department one ORG (batch 20); the DSAJ's department by its remit ORG (batch-16 D); posts out
ORG	中央人民政府駐澳門特別行政區聯絡辦公室法律部
PER	張斌
ORG	法律推廣及公共關係廳
PER	黃嘉慧
PER	陳海玲
PER	王珮珊
""",
    "press-mo-dsf-complementary-tax-payment-deadline-2026": r"""
DATE	9月30日
ORG	財政局
DATE	9月
DATE	9月30日
# 百分之三 nothing (no digit); the app's and services' quoted names TERM with their marks (a platform is no entity)
ORG	財政局
TERM	“澳門稅務資訊Macau Tax”
ORG	財政局
TERM	“一戶通”
TERM	“商社通”
TERM	“政付通”
# the DSF building named with its place and body one LOC (a building's own name) — doubtful (LOC 南灣 + ORG 財政局 +
# nothing the other reading); the government service centres LOC where one goes to pay (venues, as museums) — doubtful
LOC	南灣財政局大樓
LOC	珠光大廈
LOC	慕拉士政府綜合服務中心
LOC	離島政府綜合服務中心
LOC	澳門
ORG	財政局
ORG	財政局
# the list of service points: the building without its floor (地下), the counters (稅務接待中心, 稅務接待) nothing
LOC	南灣財政局大樓
LOC	慕拉士政府綜合服務中心
LOC	離島政府綜合服務中心
""",
    "press-tw-cdc-flu-covid-vaccination-reminder-2026": r"""
ORG	疾管署
ORG	疾病管制署
ORG	疾管署
# 今(27)日 DATE (earlier gold: 今（24）日); 今(115)年1月26日 one DATE likewise — doubtful
DATE	今(27)日
DATE	今(115)年1月26日
QUANT	669.4萬人次
QUANT	13.3萬劑
QUANT	163.7萬人次
# Novavax疫苗: a company's name for its product is the company (batch-17 D) — doubtful
ORG	Novavax
QUANT	4.7萬人次
QUANT	2週
ORG	疾管署
# 第3週 (an epidemiological week of the year) DATE — doubtful; 前1週 → 1週 QUANT (前 outside) — doubtful; the week
# ranges in M/D DATE (earlier gold: 5/1-10/31); strains (H3N2, H1N1, B型) nothing
DATE	第3週
DATE	1/18-1/24
QUANT	110,501人次
QUANT	1週
QUANT	3.9%
DATE	1/20-1/26
QUANT	14例
QUANT	11例
QUANT	3例
QUANT	5例
# 本(114-115)流感季 → the ROC years' range DATE — doubtful (no 年 written)
DATE	114-115
QUANT	472例
QUANT	119例
QUANT	343例
QUANT	1例
QUANT	9例
QUANT	93例
QUANT	24例
QUANT	67例
QUANT	1例
QUANT	1例
QUANT	65歲
QUANT	63%
QUANT	83%
QUANT	87%
LOC	韓國
# 多國/地區 nothing; 亞、歐 one-character continents LOC; 中/南美洲 one LOC (中 alone no place) — doubtful; place + 地區 one
# LOC (batch-27 D)
LOC	亞
LOC	歐
LOC	北非
LOC	中/南美洲
LOC	加勒比海地區
LOC	南美洲
ORG	疾管署
# 國內 nothing
DATE	第3週
QUANT	1,018人次
QUANT	1週
QUANT	6.5%
QUANT	5例
DATE	114年10月
QUANT	59例
QUANT	6例
QUANT	65歲
QUANT	68%
QUANT	81%
QUANT	95%
LOC	非洲
LOC	西太平洋區
LOC	香港
LOC	中國
LOC	日本
LOC	韓國
LOC	美國
LOC	智利
# variant names (XFG, NB.1.8.1) nothing
LOC	中國
LOC	香港
LOC	日本
LOC	韓國
ORG	疾管署
DATE	1月1日至2月28日
QUANT	65歲
ORG	疾管署
ORG	疾管署
DATE	1月20日至2月28日
# the footer as in the other CDC releases: the extraction date DATE, the time nothing — doubtful; the source ORG
DATE	2026-02-04
ORG	衛生福利部疾病管制署
""",
    "press-tw-cdc-flu-vaccine-batch-precautionary-suspension-2026": r"""
DATE	2026年3月24日
ORG	新北市衛生局
QUANT	1劑
# 荷商葛蘭素史克 (the Taiwan branch's registered name begins with 荷商) one ORG, the English name in brackets its own
# span (batch-19 D) — doubtful (LOC 荷 + ORG 葛蘭素史克, as 日商 → 日, the other reading); the lot number nothing
ORG	荷商葛蘭素史克
ORG	GSK
ORG	疾管署
ORG	食藥署
ORG	食藥署
# 14縣市衛生局 → 14縣市 QUANT (the count with its counted unit, no measure word) — doubtful (nothing, a bare integer,
# the other reading); 衛生局 alone nothing
QUANT	14縣市
QUANT	3件
ORG	疾病管制署
ORG	疾管署
DATE	115年3月24日
ORG	新北市衛生局
QUANT	1劑
ORG	荷商葛蘭素史克藥廠股份有限公司台灣分公司
ORG	GSK
ORG	新北市衛生局
ORG	疾管署
ORG	食藥署
ORG	食藥署
ORG	疾管署
QUANT	14縣市
ORG	疾管署
QUANT	3件
# 60餘歲 QUANT with 餘 (earlier gold: 300余个); 當日 nothing; 接種後20日 a day count QUANT
QUANT	60餘歲
QUANT	20日
QUANT	3名
# 格林-巴利症候群 (GBS), Influenza nothing
ORG	疾管署
LOC	台灣
LOC	新北市
QUANT	14縣市
DATE	2026-03-27
ORG	衛生福利部疾病管制署
""",
    "news-hk-hkcnews-cotton-tree-children-magazine-closure-2019": r"""
# the magazine in 《》 DOC (a magazine stays a title, the guideline), also with spaces inside the marks
QUANT	20年
DOC	《木棉樹》
DATE	6月
# the column's quoted excerpts are speech (whole clauses): the entities inside; 沙田到中環線 (the rail line written
# with 到) one LOC — doubtful; 中國新疆 one LOC (a place chain); the quoted campaign and charge inside TERM
LOC	沙田到中環線
LOC	紅磡站
LOC	中國新疆
LOC	新疆
TERM	『清除極端思想』
ORG	路透社
LOC	緬甸
# 羅興亞人 nothing; 緬甸政府 one ORG (X國政府, batch-20 D); 七年 nothing
ORG	緬甸政府
TERM	『危害國家安全』
DOC	《 木棉樹 》
TERM	「小麵人大事記」
QUANT	5至6篇
LOC	香港
# 兩岸 nothing; 小三至小六 nothing
DOC	《木棉樹》
DATE	1998年
QUANT	20年
DOC	《木棉樹》
DATE	6月
PER	黃雅文
QUANT	3年
# 去年10月份 → 10月份 (earlier gold: 9月份); 明日大嶼 (a plan) → 大嶼 inside — doubtful
DATE	10月份
TERM	「小麵人大事記」
LOC	大嶼
LOC	新疆
# the photo credit 木棉樹Facebook圖片: the magazine's publisher, unmarked, ORG + the platform ORG — doubtful
ORG	木棉樹
ORG	Facebook
DOC	《木棉樹》
LOC	火炭
# 「木棉樹大姐姐」, 「大姐姐」: the name she gives herself, cited as a name (her designation, not a personal name) TERM
# with the marks — doubtful (PER without the marks, as batch 20's 「OH桑」, the other reading)
TERM	「木棉樹大姐姐」
PER	黃雅文
TERM	「木棉樹大姐姐」
DATE	1998年
QUANT	40多歲
TERM	「大姐姐」
DOC	《木棉樹》
PER	黃雅文
PER	黃雅文
PER	黃雅文
DATE	2016年
# 深圳佳士工人工潮 (an event) → 深圳 + the company 佳士 inside
LOC	深圳
ORG	佳士
PER	黃雅文
DOC	《木棉樹》
TERM	「小麵人大事記」
# 《木棉樹》Facebook專頁 → the magazine DOC + the platform ORG
DOC	《木棉樹》
ORG	Facebook
QUANT	40多歲
PER	黃雅文
TERM	「木棉樹大姐姐」
PER	何君健
DATE	70年代
PER	黃雅文
# 港豬 (a word for people, as 港人) nothing
LOC	中國
DATE	2012年
PER	黃雅文
DOC	《中國模式國情專題教學手冊》
# 人大 inside the quoted speech ORG (entities inside speech count)
ORG	人大
ORG	人大
# 國教, 國民教育 nothing; 全港 nothing
PER	黃雅文
PER	黃雅文
PER	黃雅文
TERM	「洗腦攻防戰」
ORG	Facebook
# the Facebook page's quoted name TERM with its marks (not a body's own name, batch-20 D)
TERM	「小國民大講堂」
DATE	2012年
QUANT	9個
ORG	中共
# the chapter titles (party slogans) quoted in 「」 TERM; 新中國 inside them stays in the TERM; 大躍進, 文革 nothing
TERM	「沒有共產黨就沒有新中國」
LOC	中國
TERM	「發展才是硬道理」
ORG	中共
TERM	「政績工程」
TERM	「你是祖國的花朵」
TERM	「穩定壓倒一切」
LOC	中國
PER	黃雅文
# 大陸 nothing; the chapter title quoted inside speech TERM
TERM	『你是祖國的花朵』
TERM	「演出」
LOC	中國
ORG	共產黨
# 小國民大講堂Facebook圖片 (photo credits): the page's unmarked name nothing, the platform ORG
ORG	Facebook
TERM	「沒有共產黨就沒有新中國」
ORG	Facebook
# 2012年夏天 → the year (a season is no calendar period of the guideline) — doubtful; 政府總部公民廣場 one LOC (a
# venue with the site it stands in, batch-31 D)
DATE	2012年
LOC	政府總部公民廣場
PER	黃雅文
TERM	「彈藥」
DOC	《中國模式國情專題教學手冊》
TERM	「藍紙」
PER	黃雅文
# 十期 nothing
PER	黃雅文
LOC	中國
DOC	《木棉樹》
PER	何君健
DATE	2012年
PER	黃雅文
PER	黃雅文
ORG	Facebook
TERM	「 小國民大講堂 」
TERM	「不務正業」
PER	黃雅文
DATE	1995年
# a university's department with the university one ORG (batch-20 D)
ORG	中文大學哲學系
DATE	1998年
# 十多萬元 (Chinese numerals) nothing
QUANT	20年
LOC	元朗錦田
LOC	香港
# 內地 nothing
LOC	台灣
DOC	《木棉樹》
QUANT	5年
# 2個人, 6個人 → 2個, 6個 (the counter ends the QUANT, batch-31 D); 約7000本 → 7000本
QUANT	2個
QUANT	6個
QUANT	7000本
PER	黃雅文
DOC	《木棉樹》
QUANT	20年
PER	何君健
PER	黃雅文
TERM	「山寨」
TERM	「自薦」
TERM	「英雄樹」
# the singer PER, the song's title in 《》 DOC, the sung lines speech (nothing)
PER	羅文
DOC	《紅棉》
PER	黃雅文
DOC	《木棉樹》
QUANT	20年
# 2016年尾 DATE with its tail (as 2021年末); 2017至18學年 one DATE (earlier gold: 115學年度) — doubtful; 一年 nothing
DATE	2016年尾
PER	黃雅文
DATE	2017年上半年
DOC	《木棉樹》
DATE	2017至18學年
PER	黃雅文
# 《木棉樹》編輯部 and 《木棉樹》出版社 → the title DOC (the body's unit after it) — doubtful (ORG the other reading)
DOC	《木棉樹》
QUANT	1.5個
DATE	6月
DOC	《木棉樹》
PER	黃雅文
# the footer as in earlier 眾新聞 footers; the URL nothing
ORG	眾新聞
TERM	「每周時事」
""",
    "wr-hk-budget-speech-2013-legco-record-opening": r"""
# the record's page header 立法會  ─  2013年 2月 27日: the council ORG, the date DATE with the record's spaces (as in
# the policy address's record) — doubtful; page numbers nothing
ORG	立法會
DATE	2013年 2月 27日
# the bill's title in 《》 DOC with the space inside the marks; 《議事規則》 DOC; 第 53(3)條 nothing
DOC	《 2013年撥款條例草案》
DOC	《 2013年撥款條例草案》
DOC	《議事規則》
DOC	《 2013年撥款條例草案》
# 財政司司長 → 財政司 (batch-31 D); 行政長官, 上月, 今屆政府 nothing
ORG	財政司
DOC	《2013年撥款條例草案》
QUANT	600億元
# 4方面 QUANT (方面 a measure word); 今年 nothing
QUANT	4方面
QUANT	1.3個百分點
ORG	財政司
QUANT	5年
LOC	香港
TERM	“打工仔 ”
ORG	立法會
DATE	2013年 2月 27日
QUANT	5年
LOC	香港
LOC	香港
DATE	2012年
DATE	2012年
QUANT	1.4%
QUANT	10年
QUANT	4.5%
# 歐美 → 歐 + 美 (two one-character places, as 中葡); 亞洲區 one LOC (a continent's region, as 亞太地區) — doubtful
LOC	歐
LOC	美
LOC	亞洲區
LOC	香港
DATE	2011年第二季
DATE	2012年上半年
DATE	下半年
QUANT	1.3%
QUANT	1.2%
LOC	香港
DATE	2012年
QUANT	4%
QUANT	9.1%
# 去年年初, 年中, 全年 nothing
LOC	香港
QUANT	1.5個百分\n點
DATE	2012年
QUANT	3.2%
QUANT	3.4%
# 2012年首 3季 one DATE (the first quarters, as 前三季度)
DATE	2012年首 3季
QUANT	6.7%
QUANT	5.9%
QUANT	2.5%
QUANT	1.9%
DATE	2011年第三季
QUANT	6.4%
DATE	2012年第四季
QUANT	3.8%
DATE	2012年
QUANT	4.1%
DATE	2011年第\n四季
QUANT	6.4%
DATE	2012年第四季
QUANT	3.8%
DATE	2012年
QUANT	4.7%
ORG	立法會
DATE	2013年 2月 27日
DATE	2013年
DATE	2013年
LOC	美國
# 歐債危機 (an event) → 歐 inside — doubtful
LOC	歐
LOC	日本
TERM	“貨幣戰 ”
TERM	“貿易戰 ”
TERM	“地緣政治戰 ”
LOC	香港
QUANT	3個
LOC	亞洲區
# 內地 nothing; 去年第四季 → 第四季
DATE	第四季
LOC	香港
LOC	港
QUANT	1.5%至 3.5%
QUANT	10年
LOC	歐
LOC	美
LOC	日
DATE	2013\n年
QUANT	4.5%
QUANT	4.2%
LOC	亞洲
LOC	香港
LOC	香港
LOC	香港
ORG	立法會
DATE	2013年 2月 27日
LOC	香港
LOC	中國
# G2G nothing
LOC	香港
TERM	“走出\n去 ”
LOC	香港
LOC	香港
LOC	香港
# the quoted council's name → ORG without the marks (the guideline)
ORG	經濟發展委員會
LOC	香港
LOC	香港
LOC	香港
# 四大支柱產業 nothing; 全港 nothing
QUANT	170萬名
QUANT	48%
QUANT	59%
QUANT	4個
""",
}

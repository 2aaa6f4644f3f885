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
}

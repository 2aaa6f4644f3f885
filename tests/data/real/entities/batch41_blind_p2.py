"""Pass 2's BLIND reading lists for batch 41 (branch issue-e41p2-s22): written from the bare text of the
documents (split.tsv batch 41; the four held-out documents first, then the dev ones) without reading pass 1's
lists (branch issue-e41p1-s22) or pass 1's entity files. Same line format as the pass-1 lists ("TYPE<TAB>string"
in reading order; "*TYPE<TAB>regex" for recurring forms, applied after the ordered lines, in the order written,
never over an existing span). Build with reading_lists.Batch(batch41_blind_p2, ...).annotate. Not used by the
gold build. Left exactly as written blind, slips included, from the commit that says "lists complete" on.
"""

LISTS = {}
LISTS["gw-tw-moi-existing-building-fire-safety-improvement-regulations-2007"] = r"""
ORG	內政部
TERM	「舊有建築物防火避難設施及消防設備改善辦法」
TERM	「原有合法建築物防火避難設施及消防設備改善辦法」
ORG	內政部
DATE	中華民國96年5月16日
DOC	台內營字第0960802764號
TERM	「舊有建築物防火避難設施及消防設備改善辦法」
TERM	「原有合法建築物防火避難設施及消防設備改善辦法」
TERM	「原有合法建築物防火避難設施及消防設備改善辦法」
PER	李逸洋
"""
LISTS["press-mo-dsal-family-friendly-employer-logo-contest-2026"] = r"""
TERM	“家庭友善僱主”
DATE	9月30日
ORG	勞工事務局
ORG	澳門婦女聯合總會
TERM	“家庭友善僱主”
DATE	9月30日
TERM	“平衡工作與家庭、共建和諧社會”
TERM	“勞資權益”
TERM	“家庭和諧”
TERM	“職場共融”
TERM	“生育友善”
QUANT	1名
QUANT	5名
QUANT	10名
QUANT	10,000澳門元
TERM	“家庭友善僱主獎勵計劃”
LOC	澳門
QUANT	3人
QUANT	2套
DATE	9月30日
ORG	澳門婦女聯合總會文康科
"""
LISTS["press-tw-cdc-adult-pneumococcal-vaccine-switch-2026"] = r"""
ORG	疾管署
DATE	2026年1月15日
QUANT	20價
ORG	疾病管制署
ORG	疾管署
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
QUANT	3類
DATE	1月15日
QUANT	2,800家
QUANT	23價
QUANT	1年
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
ORG	疾管署
TERM	「肺炎鏈球菌疫苗專區」
DATE	2026-02-04
ORG	衛生福利部疾病管制署
"""
LISTS["wr-hk-policy-address-2013-legco-record-opening"] = r"""
LOC	香港特別行政區
PER	陳偉業
PER	陳偉業
TERM	“大話精 ”
PER	陳偉業
PER	陳偉業
PER	陳偉業
TERM	“大話精 ”
PER	陳志全
PER	陳志全
ORG	立法會
DATE	2013年 1月 16日
PER	陳志全
PER	陳志全
PER	黃毓民
PER	黃毓民
LOC	港
PER	陳偉業
LOC	港
PER	陳志全
PER	陳偉業
PER	黃毓民
PER	陳偉業
PER	黃毓民
PER	曾鈺成
PER	陳志全
PER	陳偉業
PER	黃毓民
ORG	立法會
DATE	2013年 1月 16日
LOC	香港
LOC	香港
LOC	香港
LOC	香港
LOC	香港
LOC	香港
LOC	香港
LOC	亞太\n地區
LOC	歐
LOC	美
LOC	中國
LOC	香港
LOC	香港
LOC	香港
LOC	香港
LOC	香港
PER	林大輝
PER	林大輝
ORG	立法會
DATE	2013年 1月 16日
PER	林大輝
PER	馬逢國
PER	馬逢國
PER	林大輝
PER	梁國雄
PER	梁國雄
PER	梁國雄
PER	梁
PER	梁國雄
PER	梁振英
LOC	香港
LOC	香港
LOC	港
QUANT	20萬
TERM	“雙非嬰孩 ”
LOC	香港
LOC	香港
LOC	香港
ORG	立法會
DATE	2013年 1月 16日
DOC	《基本法》
TERM	“一國兩制 ”
LOC	香港
LOC	香港
TERM	“一國兩制 ”
TERM	“港人治港 ”
TERM	“高度自治 ”
LOC	香港
TERM	“一國兩制 ”
LOC	香港
DOC	《基本法》
ORG	全國人大常委會
DOC	《基本法》
LOC	香港
LOC	香港
QUANT	4個
LOC	香港
QUANT	6個月
ORG	財政司
LOC	香港
QUANT	65歲
QUANT	94萬人
QUANT	256萬人
LOC	香港
LOC	香港
LOC	香港
LOC	香港
LOC	香港
TERM	“雙非孕婦 ”
LOC	港
LOC	香港
TERM	“雙非孕婦 ”
QUANT	19宗
TERM	“雙\n非孕婦 ”
LOC	港
TERM	“零配額 ”
*LOC	(?<=新來)港
"""

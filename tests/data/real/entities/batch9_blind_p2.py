"""Pass 2's BLIND reading lists for batch 9 (branch issue-e9p2-s11): written from the bare text of the
documents (split.tsv batch 9; the four held-out documents first, then the dev ones) before pass 1's lists
(branch issue-e9p1-s11) or pass 1's entity files were opened; kept as the record of the agreement figure in
README-batch9-pass2.md. Same line format as the pass-1 lists ("TYPE<TAB>string" in reading order;
"*TYPE<TAB>regex" for recurring forms, applied after the ordered lines, never over an existing span). Build
with reading_lists.Batch(batch9_blind_p2, ...).annotate. Not used by the gold build. Left exactly as written
blind, slips included.
"""

LISTS = {}
LISTS["press-mo-ipim-nansha-car-export-2026"] = r"""
ORG	澳門招商局
ORG	南沙區商務局
ORG	澳門特區招商投資促進局
ORG	廣州市南沙區商務局
DATE	今（18）日
TERM	“2026大灣區汽車產業出口發展大會”
LOC	中國
LOC	澳門
TERM	“中國與葡語國家商貿合作服務平台”
LOC	中國
TERM	“2026大灣區汽車產業出口發展大會”
TERM	“重塑生態·協同出海”
LOC	南沙國際會展中心
QUANT	1,200名
ORG	澳門招商局
PER	梁華峰
ORG	廣州市南沙區商務局
PER	鍾偉彬
LOC	中國
LOC	中國
DATE	2025年
QUANT	710萬輛
QUANT	2成
LOC	墨西哥
LOC	巴西
LOC	廣州港南沙汽車口岸
LOC	華南地區
QUANT	300萬輛
LOC	中國
LOC	南沙
LOC	澳門
TERM	“精準聯繫人”
LOC	中國
LOC	南沙
LOC	澳門
"""
LISTS["gw-cn-xinjiang-innovation-zones-reply-2018"] = r"""
ORG	国务院
LOC	乌鲁木齐
LOC	昌吉
LOC	石河子\n高新技术产业开发区
DOC	国函〔2018〕145号
ORG	科技部
ORG	新疆维吾尔自治区人民政府
ORG	新疆生产建设兵团
LOC	乌鲁木齐
LOC	昌吉
LOC	石河子高新技术产业开发区
DOC	国科发高〔2018〕235号
LOC	乌鲁木齐
LOC	昌吉
LOC	石河子
QUANT	3个
LOC	乌鲁木齐
LOC	昌吉
LOC	石河子高新区
ORG	国务院
PER	习近平
ORG	党中央
ORG	国务院
LOC	乌鲁木齐
LOC	昌吉
LOC	石河子
LOC	丝绸之路经济带
LOC	乌鲁木齐
LOC	昌吉
LOC	石河子高新区
LOC	乌鲁木齐
LOC	昌吉
LOC	石河子高新区
LOC	中西亚
LOC	乌鲁木齐
LOC	昌吉
LOC	石河子高新区
ORG	国家自主创新示范区部际协调小组
ORG	国务院
ORG	新疆维吾尔自治区人民政府
ORG	新疆生产建设兵团
LOC	乌鲁木齐
LOC	昌吉
LOC	石河子高新区
ORG	国务院
DATE	2018年11月23日
"""
LISTS["decision-tw-fsc-mingtai-insurance-2025"] = r"""
ORG	明台產物保險股份有限公司
QUANT	新臺幣900萬元
DATE	114年5月15日
ORG	明台產物保險股份有限公司
QUANT	900萬元
DATE	112及113年度
QUANT	3至7個工作天
DATE	112及113年度
QUANT	53,725件
QUANT	47,286件
QUANT	43.2%
QUANT	38.68%
TERM	「預估偏差」
TERM	「輸入時效」
DATE	113年10月30日
DATE	113年8月
DATE	9月5日
DATE	9月18日
DATE	10月29日
QUANT	5億餘元
DATE	10月30日
DATE	112及113年
DATE	113年6月底
QUANT	1.48億元
DATE	113年8月底
DATE	10月底
QUANT	3.12億餘元
QUANT	5.75億餘元
TERM	「保險業內部控制及稽核制度實施辦法」
TERM	「保險業內部控制及稽核制度實施辦法」
QUANT	480萬元
TERM	「保險業內部控制及稽核制度實施辦法」
TERM	「保險業內部控制及稽核制度實施辦法」
QUANT	180萬元
TERM	「保險業內部控制及稽核制度實施辦法」
DATE	113年8月
DATE	9月5日
DATE	9月18日
DATE	10月30日
TERM	「保險業內部控制及稽核制度實施辦法」
QUANT	120萬元
TERM	「保險業各種準備金提存辦法」
TERM	「保險業各種準備金提存辦法」
QUANT	120萬元
QUANT	10日
QUANT	30日
LOC	新北市板橋區縣民大道二段7號18樓
ORG	行政院
ORG	法務部行政執行署
"""

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

"""Pass 2's BLIND reading lists for batch 44 (branch issue-e44p2-s23): written from the bare text of the
documents (split.tsv batch 44; the two held-out documents first, then the dev ones) without reading pass 1's
lists (branch issue-e44p1-s23) or pass 1's entity files. Same line format as the pass-1 lists ("TYPE<TAB>string"
in reading order; "*TYPE<TAB>regex" for recurring forms, applied after the ordered lines, in the order written,
never over an existing span). Build with reading_lists.Batch(batch44_blind_p2, ...).annotate. Not used by the
gold build. Left exactly as written blind, slips included, from the commit that says "lists complete" on.
"""

LISTS = {}
LISTS["gw-sn-fgw-forestry-farm-grid-upgrade-notice-2021"] = r"""
ORG	陕西省发展和改革委员会
ORG	陕西省林业局
DOC	陕发改能电力[2021] 634号
ORG	陕西省发展和改革委员会
ORG	陕西省林业局
DOC	《全省国有林场场部(管护站)老旧电网改造升级工程实施方案》
ORG	国网陕西省电力公司
ORG	陕西省地方电力(集团)有限公司
ORG	省森林资源管理局
ORG	省林科院
ORG	省楼观台生态实验林场
ORG	陕煤化生态林业总场
DOC	《国家林业和草原局办公室国家发展改革委办公厅关于国有林场改革国家重点抽查验收反馈意见的通知》
DOC	办场字[2020]39号
DOC	《国家林业和草原局关于进一步巩固和提升国有林场改革成效的通知》
DOC	林场发[2020] 59号
DOC	《全省国有林场场部(管护站)老旧电网改造升级工程实施方案》
ORG	省发展改革委
ORG	省林业局
ORG	陕西省发展和改革委员会
ORG	陕西省林业局
DATE	2021年5月11日
DOC	《全省国有林场场部(管护站)老旧电网改造升级工程实施方案》
DOC	《国家林业和草原局办公室国家发展改革委办公厅关于国有林场改革国家重点抽查验收反馈意见的通知》
DOC	办场字[2020]的39号
DOC	《国家林业和草原局关于进一步巩固和提升国有林场改革成效的通知》
DOC	林场发[2020]59号
DATE	2020年
QUANT	177处
QUANT	3年
DATE	2021年至2023年
DOC	《陕西省人民政府办公厅转发省发展改革委关于“十三五”期间新一轮农村电网改造升级工程实施方案的通知》
DOC	陕政办发[2016]114号
ORG	国网陕西省电力公司
ORG	陕西省地方电力(集团)有限公司
TERM	“企业为主，政府支持”
ORG	国网陕西省电力公司
ORG	陕西省地方电力(集团)有限公司
TERM	“先易后难、先出资、再改造、再移交”
ORG	省发展改革委
ORG	省林业局
"""
LISTS["news-cn-gmrb-q1-invoice-data-high-quality-development-2025"] = r"""
DATE	一季度
DATE	2025-04-10
ORG	光明日报
DATE	2025-04-10
ORG	光明日报
LOC	北京
DATE	4月9日
PER	陈晨
ORG	国家税务总局
DATE	9日
DATE	一季度
DATE	一季度
QUANT	13.4%
QUANT	12%
QUANT	11.6%
QUANT	19.6%
QUANT	11.4%
DATE	一季度
QUANT	28.7%
QUANT	17.8%
QUANT	42.3%
QUANT	18.6%
TERM	“压舱石”
DATE	一季度
QUANT	4.8%
QUANT	29.1%
QUANT	0.8个百分点
QUANT	9.7%
TERM	“非遗版”
DATE	一季度
QUANT	5.3%
QUANT	40.5%
QUANT	15.5%
QUANT	39.6%
QUANT	15.2%
DATE	一季度
QUANT	11%
QUANT	29.3%
QUANT	38.4%
QUANT	15.9%
QUANT	27.3%
DATE	一季度
QUANT	7.8%
QUANT	22%
QUANT	20.6%
QUANT	40.2%
QUANT	0.7个百分点
DATE	一季度
ORG	国家税务总局纳税服务司
PER	沈新国
"""

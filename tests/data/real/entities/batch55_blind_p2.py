"""Pass 2's BLIND reading lists for batch 55 (branch issue-e55p2-s25): written from the bare text of the
documents (split.tsv batch 55 at the texts commit b1eb506e; the two held-out documents first, then the dev ones)
without reading pass 1's lists (branch issue-e55p1-s25) or pass 1's entity files. Same line format as the pass-1
lists ("TYPE<TAB>string" in reading order; "*TYPE<TAB>regex" for recurring forms, applied after the ordered
lines, in the order written, never over an existing span). Build with reading_lists.Batch(batch55_blind_p2,
...).annotate. Not used by the gold build. Left exactly as written blind, slips included, from the commit that
says "lists complete" on.
"""

LISTS = {}
LISTS["news-cn-scio-mfa-davos-briefing-notice-qa-20150115"] = r"""
ORG	外交部
DATE	16日
PER	李克强
ORG	国务院新闻办公室
DATE	1月16日
LOC	蓝厅
PER	李克强
ORG	世界经济论坛
DATE	2015年
LOC	瑞士
ORG	外交部
PER	李保东
QUANT	10名
LOC	中国
LOC	叙利亚
LOC	伊拉克
LOC	土耳其
LOC	土耳其
ORG	中国政府
LOC	土耳其
LOC	日本
QUANT	420亿美元
DATE	2015年
LOC	日本
LOC	日本
LOC	亚洲
LOC	日本
LOC	阿富汗
ORG	阿富汗政府
ORG	塔利班
LOC	阿富汗
LOC	中国
LOC	中
LOC	阿
LOC	阿富汗
TERM	“阿人主导、阿人所有”
"""
LISTS["news-cn-sina-xian-stats-bureau-jan-jul-economy-2021"] = r"""
DATE	1-7月
LOC	西安市
PER	张维
DATE	8月23日
ORG	西安市统计局
DATE	1-7月
DATE	前7个月
LOC	西安市
DATE	1-7月
LOC	西安市
QUANT	5.8%
DATE	1-6月
QUANT	0.7个百分点
QUANT	5.9%
DATE	1-6月
QUANT	0.3个百分点
DATE	1-7月
LOC	西安市
QUANT	7.4%
DATE	2019年1-7月
QUANT	20.5%
QUANT	9.8%
DATE	1-7月
LOC	西安市
QUANT	1465.32亿元
QUANT	14.9%
DATE	2019年1-7月
QUANT	5.1%
QUANT	2.5%
"""

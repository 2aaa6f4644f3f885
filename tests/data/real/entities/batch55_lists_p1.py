"""Reading lists of the batch-55 entity gold, pass 1 (branch issue-e55p1-s25); see build_batch.py for the
line format and README-batch55.md for the rules and the borderline decisions they follow."""

LISTS = {
    "news-cn-scio-mfa-davos-briefing-notice-qa-20150115": r"""
# the crawler's title / url / author lines as batch 49's 孔泉 transcript: the website → the office inside (ORG
# 国务院新闻办公室); a bare day of the month DATE (16日); 中外媒体 nothing (外 no place)
ORG	外交部
DATE	16日
PER	李克强
ORG	国务院新闻办公室
DATE	1月16日
# (星期五) a weekday, 上午10点半 a clock time: nothing; 蓝厅 the ministry's hall, a venue → LOC — doubtful
LOC	蓝厅
PER	李克强
# 世界经济论坛2015年年会: the meeting is an event, the forum inside it ORG (as 中非合作论坛) and its year DATE
ORG	世界经济论坛
DATE	2015年
LOC	瑞士
ORG	外交部
PER	李保东
# 中方 nothing; 中国维族人 → the place before a word for its people (中国); 维族 nothing; 土耳其人 → 土耳其
QUANT	10名
LOC	中国
LOC	叙利亚
LOC	伊拉克
LOC	土耳其
# 土耳其方面 ("the Turkish side") → LOC 土耳其 — doubtful (nothing, as 中方, the other reading)
LOC	土耳其
# 中国政府 one ORG (X国政府 alone)
ORG	中国政府
LOC	土耳其
LOC	日本
QUANT	420亿美元
DATE	2015年
LOC	日本
LOC	日本
LOC	亚洲
LOC	日本
# 日方 nothing
LOC	阿富汗
# 阿富汗政府 one ORG (X国政府); 塔利班 ORG (as dev gold)
ORG	阿富汗政府
ORG	塔利班
LOC	阿富汗
LOC	中国
# 中阿关系 → 中 + 阿 (as 中美 → two LOC)
LOC	中
LOC	阿
LOC	阿富汗
# the quoted principle a TERM with its marks (阿人 inside it, no span)
TERM	“阿人主导、阿人所有”
""",
    "news-cn-sina-xian-stats-bureau-jan-jul-economy-2021": r"""
DATE	1-7月
LOC	西安市
# 本报讯 names no outlet; the reporter's name without 记者
PER	张维
DATE	8月23日
ORG	西安市统计局
DATE	1-7月
# 前7个月 a DATE with 前 (the first N months)
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
""",
}

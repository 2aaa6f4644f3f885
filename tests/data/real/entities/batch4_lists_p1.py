"""Reading lists of the batch-4 entity gold, pass 1 (branch issue-e4a-s6); see build_batch4.py for the
line format and README-batch4.md for the rules and the borderline decisions they follow."""

LISTS = {
    "stats-jx-yichun-2022": r"""
LOC	宜春市
DATE	2022年
LOC	宜春市
DATE	2022年
ORG	宜春市统计局
ORG	国家统计局宜春调查队
DATE	2023年4月12日
DATE	2022年
PER	习近平
LOC	中国
ORG	党中央
ORG	国务院
TERM	“作示范、勇争先”
LOC	江西
DATE	2021年
DATE	2021年
TERM	“六涨一平一降”
*QUANT	[0-9][0-9.,]*\s?(?:个百分点|亿元|万美元|万亩|万吨|万头|万人|亿斤|[%％‰元])
""",
}

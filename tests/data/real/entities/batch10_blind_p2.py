"""Pass 2's BLIND reading lists for batch 10 (branch issue-e10p2-s12): written from the bare text of the
documents (split.tsv batch 10; the four held-out documents first, then the dev ones) before pass 1's lists
(branch issue-e10p1-s12) or pass 1's entity files were opened; kept as the record of the agreement figure in
README-batch10-pass2.md. Same line format as the pass-1 lists ("TYPE<TAB>string" in reading order;
"*TYPE<TAB>regex" for recurring forms, applied after the ordered lines, never over an existing span). Build
with reading_lists.Batch(batch10_blind_p2, ...).annotate. Not used by the gold build. Left exactly as written
blind, slips included.
"""

LISTS = {}
LISTS["gw-cn-armed-police-relocation-reply-1996"] = r"""
ORG	国务院
ORG	中央军委
ORG	武警总部\n后勤部
DOC	国函〔1996〕95号
ORG	武警总部
ORG	武警总部后勤部
DOC	〔1996〕武司字第82号
ORG	武警总部后勤部
ORG	北京市政府
ORG	国务院
ORG	中央军委
DATE	一九九六年十一月五日
"""
LISTS["press-mo-ipim-iberia-delegation-2026"] = r"""
ORG	招商局
ORG	澳門特區招商投資促進局
ORG	澳門招商局
QUANT	120人
LOC	中國
LOC	葡萄牙
LOC	西班牙
DATE	4月19日至24日
QUANT	16個
LOC	澳門
LOC	中國
TERM	“精準聯繫人＂
LOC	中國
LOC	中國
ORG	中國—葡語（西語）國家經濟貿易服務中心
LOC	中國
ORG	澳門招商局
QUANT	240位
QUANT	2場
TERM	“澳門+橫琴”
LOC	澳門科技研發產業園
DOC	《支持澳門首店經濟發展計劃》
LOC	中國
LOC	中國
LOC	橫琴
LOC	澳門
LOC	澳門
LOC	中國
LOC	橫琴粵澳深度合作區
LOC	澳門
LOC	澳門
LOC	中國
TERM	“一站式”
TERM	“會展+旅遊”
ORG	澳門招商局
ORG	澳門特區政府旅遊局
LOC	西班牙
LOC	馬德里
LOC	國王橋步行區
TERM	“‘感受澳門”馬德里路展”
QUANT	36平方米
TERM	“一站式”
LOC	西班牙
LOC	澳門
*LOC	葡(?=西)
*LOC	(?<=葡)西
*LOC	澳(?=琴)
*LOC	(?<=澳)琴
*LOC	中(?=葡)
*LOC	(?<=中)葡
"""

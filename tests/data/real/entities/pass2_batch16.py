"""Pass-2 edits of batch 16: the disagreements between pass 1 (batch16_lists_p1.py, branch issue-e16p1-s16) and
the blind second pass (batch16_blind_p2.py, branch issue-e16p2-s16), decided on branch issue-e16dec-s16.

Both passes read the 12 documents of batch 16 blind to each other (the four held-out documents first); the
lists were compared span by span with `agree.py --batch 16 --mismatches` (26 spans) and each disagreement was
decided by the guideline and the recorded precedents and committed gold of batches 1-15 (never
tests/data/gold/). Each decision's reason, with the guideline line or earlier gold that settles it, is in
README-batch16-pass2.md ("Decisions"); the labels D-1 ... D-10 below are the ones used there (in the order of
`agree.py --batch 16 --mismatches`). Three held-out documents are edited (D-1 to D-5); the decision settled for
pass 1 (D-10) needs no edit. Plain Python; never imports the recogniser.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pass2_batch2
import pass2_dev

READ = {
    # held-out documents (read blind first, then compared with pass 1)
    "news-cn-sinopec-shaanxi-inner-mongolia-visit-2020",
    "news-cn-yili-whistleblower-letter-2011",
    "press-mo-tourism-indonesia-korea-2026",
    "wr-hunan-2026",
    # dev documents (read blind after them)
    "gw-sh-knockoff-certificates-2022",
    "gw-sh-transport-qualification-duties-2023",
    "news-cn-hardware-chamber-belt-road-2015",
    "news-cn-sinopec-huawei-agreement-2020",
    "news-hk-mallet-visa-press-2018",
    "news-hk-uk-consulate-staffer-detained-2019",
    "press-mo-audit-follow-up-reports-2026",
    "press-tw-president-martinis-quantum-2026",
}

EDITS = {
    "news-cn-sinopec-shaanxi-inner-mongolia-visit-2020": """
# D-1: a province + 地区 written together is one LOC (台湾地区, 香港地區, 东北地区); in a list the last place takes
# the shared 地区 (东北和华北地区 → 东北 + 华北地区, news-cn-xwlb-digest-20260630)
~	内蒙古	2	LOC	内蒙古地区
# D-2: a named retail outlet is the business, ORG (臺南福利站, 德昌商號, restaurant 吉豚屋 even where people eat; a
# mine with its company's name, 淮北矿业（集团）公司芦岭煤矿); hotels where people stay are the venue exception
~	陕西榆林石油拓新加油站	0	ORG	陕西榆林石油拓新加油站
~	内蒙古鄂尔多斯石油鸿运加油站	0	ORG	内蒙古鄂尔多斯石油鸿运加油站
""",
    "news-cn-yili-whistleblower-letter-2011": """
# D-3: a quoted name after 名为 cites the name: TERM with its marks (batch-14 D-7 故名「內湖」, batch-11 D-7
# 原名為「…」, 人稱「二姐」); the later “张三林” that refer to the man stay PER without the marks
~	张三林	1	TERM	“张三林”
# D-4: a company's division named by its own remit is ORG where the company is the story's (the justice bureau's
# 律师工作处 … 法律援助处, batch 14; 国民经济综合统计司 after 国家统计局); entities inside speech are annotated
+	ORG	液态奶事业部	0
""",
    "wr-hunan-2026": """
# D-5: a railway hub named with 中欧班列 is one LOC (中欧班列华中区域集结中心, wr-hubei-2026;
# 成都中欧班列集结中心 获批建设, wr-sichuan-2026)
~	中欧班列	0	LOC	中欧班列国家集结中心
""",
    "gw-sh-transport-qualification-duties-2023": """
# D-6: a full postal address after 地址： is one LOC through its floor (臺北市松江路126號13樓, 新北市板橋區縣民大道二段7號18樓,
# the FSC decisions) and the window the floor holds; a floor after a body's name is not an address (麻豆區公所3樓會議室)
~	上海市黄浦区黄陂北路9号申远大厦	*	LOC	上海市黄浦区黄陂北路9号申远大厦三楼B6号窗口
""",
    "news-cn-sinopec-huawei-agreement-2020": """
# D-7, D-8: the company's named divisions before their heads' posts are ORG (国家统计局新闻发言人、国民经济综合统计司司长;
# 美國在台協會（AIT）台北辦事處 → ORG 台北辦事處, an office named by its place, README-dev decision 14)
+	ORG	全球能源业务部	0
~	中国	0	ORG	中国地区部
""",
    "news-hk-mallet-visa-press-2018": """
# D-9: a place inside a post's title is LOC (駐臺使節代表 → 臺, 駐京部队 → 京; 亚太区 in 亚太区总部; this batch's
# 中華人民共和國駐大韓民國特命全權大使, both passes)
+	LOC	亞洲	0
""",
}


def apply(doc, text, ents):
    """Return pass 1's entities of doc with pass 2's edits applied, and the edit counts by kind."""
    after, _ = pass2_dev.apply(doc, text, ents, EDITS)
    return after, pass2_batch2.kinds(ents, after)

"""Pass-2 edits of batch 14: the disagreements between pass 1 (batch14_lists_p1.py, branch issue-e14p1-s15) and
the blind second pass (batch14_blind_p2.py, branch issue-e14p2-s15), decided on branch issue-e14dec-s15.

Both passes read the 12 documents of batch 14 blind to each other (the four held-out documents first); the
lists were compared span by span with `agree.py --batch 14 --mismatches` (37 spans) and each disagreement was
decided by the guideline and the recorded precedents and committed gold of batches 1-13 (never
tests/data/gold/). Each decision's reason, with the guideline line or earlier gold that settles it, is in
README-batch14-pass2.md ("Decisions"); the labels D-1 ... D-8 below are the ones used there (in the order of
`agree.py --batch 14 --mismatches`). One held-out document is edited (D-2); the decisions settled for pass 1
(D-1, D-3, D-8) need no edit. Plain Python; never imports the recogniser.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pass2_batch2
import pass2_dev

READ = {
    # held-out documents (read blind first, then compared with pass 1)
    "gw-sh-baoshan-shore-power-handover-2023",
    "news-cn-xingan-key-projects-2011",
    "news-hk-tuen-mun-platform-settlement-2018",
    "report-cn-yangtze-delta-quality-features",
    # dev documents (read blind after them)
    "gw-sh-construction-methods-list-2024",
    "news-cn-chengdu-justice-bureau-community-visit",
    "news-cn-haier-tianjin-park-2011",
    "news-cn-zoomlion-jiangyin-base-2011",
    "news-hk-us-tariff-escalation-2018",
    "news-tw-low-orbit-satellite-coverage-2024",
    "plan-tw-taipei-neihu-review-2014",
    "gw-sh-qibao-small-works-2020",
}

EDITS = {
    "news-cn-xingan-key-projects-2011": """
# D-2: a place written before a company where it says where the works are is a LOC of its own (大同市 + 杏儿沟煤矿,
# 左权县 + 河南村煤矿, gw-cn-coal-mine-blasts-bulletin-2004; 臺中市 + 金品芳食品有限公司,
# press-tw-tainan-camellia-oil-sampling-2026); the group's factory stays one ORG (the later 玄峰集团红云酒厂)
~	鄂尔多斯玄峰集团红云酒厂	0	ORG	玄峰集团红云酒厂
+	LOC	鄂尔多斯	4
~	科右前旗华锐风机制造厂	0	ORG	华锐风机制造厂
+	LOC	科右前旗	0
~	科右前旗乌兰集团圣华新药业公司	0	ORG	乌兰集团圣华新药业公司
+	LOC	科右前旗	1
""",
    "news-cn-haier-tianjin-park-2011": """
# D-4: a portal's regional channel in the dateline is a body, as a broadcaster's channels are (界面新闻大湾区频道,
# news-cn-shenzhen-work-report-2022; 中央电视台综合频道, 新闻频道, news-cn-xwlb-digest-20260630)
~	天津	0	ORG	天津频道
# D-5: a body's board written with the body is one ORG, before its chair's post too (馬會董事局, 西九董事局,
# news-hk-palace-museum-funding-2017; 澳門金融管理局行政管理委員會主席, press-mo-asel-supervisor-training-2026);
# unlike a Party organ before a Party post (D-1)
~	海尔集团	0	ORG	海尔集团监事会
""",
    "news-cn-zoomlion-jiangyin-base-2011": """
# D-6: a company's base named by the region it serves is the company + the place, the base out (batch-13 D-3:
# 协和天津基地 → ORG 协和 + LOC 天津, wr-tianjin-2026); 华东 a conventional region (东北, 华北), as 江阴基地 → 江阴
~	中联重科华东基地	*	ORG	中联重科
+	LOC	华东	*
""",
    "plan-tw-taipei-neihu-review-2014": """
# D-7: a name cited as a word in quote marks is a TERM (the guideline; 人稱「二姐」, news-hk-ombudsman-police-complaints-2019;
# 俗稱「牛肉乾」, news-hk-rthk-local-digest-2025); 故名「內湖」 tells where the name comes from
~	內湖	0	TERM	「內湖」
""",
}


def apply(doc, text, ents):
    """Return pass 1's entities of doc with pass 2's edits applied, and the edit counts by kind."""
    after, _ = pass2_dev.apply(doc, text, ents, EDITS)
    return after, pass2_batch2.kinds(ents, after)

"""Pass-2 edits of batch 17: the disagreements between pass 1 (batch17_lists_p1.py, branch issue-e17p1-s17) and
the blind second pass (batch17_blind_p2.py, branch issue-e17p2-s17), decided on branch issue-e17dec-s17.

Both passes read the 12 documents of batch 17 blind to each other (the four held-out documents first); the
lists were compared span by span with `agree.py --batch 17 --mismatches` (14 spans) and each disagreement was
decided by the guideline and the recorded precedents and committed gold of batches 1-16 (never
tests/data/gold/). Each decision's reason, with the guideline line or earlier gold that settles it, is in
README-batch17-pass2.md ("Decisions"); the labels D-1 ... D-6 below are the ones used there (in the order of
`agree.py --batch 17 --mismatches`). Two held-out documents are edited (D-1 to D-4); the decision settled for
pass 1 (D-5) and D-3's 台 need no edit. Plain Python; never imports the recogniser.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pass2_batch2
import pass2_dev

READ = {
    # held-out documents (read blind first, then compared with pass 1)
    "decision-tw-fsc-hontai-life-2015",
    "news-cn-taizinai-wen-dibo-shuanggui-2011",
    "press-mo-aulp-annual-meeting-2026",
    "wr-anhui-2026",
    # dev documents (read blind after them)
    "gw-sh-city-checkup-renewal-guideline-2025",
    "gw-sh-fengxian-relic-renovation-2024",
    "news-cn-internet-finance-work-report-2014",
    "news-cn-pboc-liu-shiyu-internet-finance-2014",
    "news-hk-occupy-mongkok-contempt-sentence-2017",
    "press-mo-apec-security-inspection-2026",
    "press-mo-lusophone-innovation-contest-2026",
    "press-tw-president-taipei-book-fair-2026",
}

EDITS = {
    "news-cn-taizinai-wen-dibo-shuanggui-2011": """
# D-1: a company's name used for its brand or product is the company, ORG (西子奥的斯 among 三大电梯品牌, batch 15;
# 伊利, 金锣, 兴和 named as 畜产品品牌, batch 9); only brands that are not a company's name stay out (西凤酒, batch 2)
+	ORG	太子奶	13
""",
    "wr-anhui-2026": """
# D-2: a bracket that qualifies the one name and cannot stand alone belongs to it (batch-8 D-7: 中国地质大学（武汉）,
# 太原钢铁（集团）有限公司; 长沙浩宇企业管理服务合伙企业（有限合伙）, a legal form, batch 6): the centre's approved name
~	滁州保税物流中心	0	LOC	滁州保税物流中心（B型）
# D-3: 港澳 is two places, 港 + 澳 (batch-3 decision 9, batch-8 D-9, batch-12): the one span 港澳 goes; 台 in 对台
# stays (对港 → 港, batch-3 decision 9; the portfolio 港澳台 → 港 + 澳 + 台, batch-5-dev P2-1)
-	港澳	0
# D-4: a platform is no entity, the places in it are (中国—中亚贸易畅通合作平台 → 中国 + 中亚, batch 11;
# 上海市 in 上海市…电子化交易平台, batch-12 D-15; 长宁 in 长宁走出去综合服务平台)
-	中国建造（安徽）互联网平台	0
+	LOC	中国	2
+	LOC	安徽	10
""",
    "press-tw-president-taipei-book-fair-2026": """
# D-6: a fair's exhibition areas are not venues, the places in their names are (港澳展區 → 港 + 澳, 中國內地展區 →
# 中國, batch-4-dev item 6; 陝西文創展區 → 陝西, press-mo-hengqin-art-fair-2026)
~	泰國主題國館	0	LOC	泰國
~	台灣漫畫館	0	LOC	台灣
""",
}


def apply(doc, text, ents):
    """Return pass 1's entities of doc with pass 2's edits applied, and the edit counts by kind."""
    after, _ = pass2_dev.apply(doc, text, ents, EDITS)
    return after, pass2_batch2.kinds(ents, after)

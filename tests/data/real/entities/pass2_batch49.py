"""Pass-2 edits of batch 49: the disagreements between pass 1 (batch49_lists_p1.py, branch issue-e49p1-s24) and
the blind second pass (batch49_blind_p2.py, branch issue-e49p2-s24), decided on branch issue-e49dec-s24.

Both passes read the 11 documents of batch 49 blind to each other (the three held-out documents first); the
lists were compared span by span with `agree.py --batch 49 --mismatches` (115 spans) and each disagreement was
decided by the guideline and the recorded precedents and committed gold of the dev documents of batches 1-48
(never tests/data/gold/, never a held-out file). Each decision's reason, with the guideline line or earlier gold
that settles it, is in README-batch49-pass2.md ("Decisions"); the labels D-1 ... D-36 below are the ones used there
(in the order of `agree.py --batch 49 --mismatches`, in a document by offset). One held-out document is edited (the
Pingtan 2019 bulletin: D-8, D-13, D-14, D-15); the decisions settled for pass 1 need no edit. Plain Python; never
imports the recogniser.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pass2_batch2
import pass2_dev

READ = {
    # held-out documents (read blind first, then compared with pass 1)
    "gw-js-changzhou-public-emergency-response-capacity-decision-2025",
    "news-cn-sina-ningyang-imported-dragon-fruit-alert-2022",
    "stats-fj-pingtan-2019-statistical-bulletin",
    # dev documents (read blind after them)
    "gw-hi-housing-fund-second-hand-home-loan-notice-2022",
    "gw-zj-hangzhou-housing-fund-home-count-notice-2024",
    "news-cn-rmrb-private-enterprises-readers-question-2025",
    "news-cn-xinhuanet-li-qiang-waic-2025-opening",
    "news-cn-scio-mfa-spokesman-kong-quan-briefing-20050310",
    "gw-js-small-eateries-management-decision-2020",
    "wr-fj-pingtan-2025-work-report-review-part",
    "wr-fj-pingtan-county-2020-work-report-review-part",
}

EDITS = {
    "stats-fj-pingtan-2019-statistical-bulletin": """
# D-8: a work named by its place and its kind is one LOC (金井湾污水处理厂, 玉道污水处理站, 金井湾大道,
# stats-fj-pingtan-2015-statistical-bulletin and stats-cn-pingtan-2012-statistical-bulletin); its phase is out
~	坛南湾	0	LOC	坛南湾游步道
# D-13: a level word before a care home makes it the level's body, ORG (guideline: 市第一人民医院, care homes ORG;
# 区急救中心 in this list, both passes)
+	ORG	区福利中心	0
# D-14: 台湾同胞 gives 台湾 (batch-20 line; wr-cn-2024, news-cn-xwlb-digest-20260701)
+	LOC	台湾	2
# D-15: a medal tally is one QUANT per count (batch-20 line, N金、N银、N铜)
+	QUANT	1金	0
+	QUANT	2银	0
+	QUANT	7铜	0
+	QUANT	1金	1
+	QUANT	3铜	0
""",
    "news-cn-rmrb-private-enterprises-readers-question-2025": """
# D-16: a legendary place used as a figure in a saying stays out (#琴澳藝文桃花源 untagged,
# press-mo-hengqin-art-fair-2026)
-	灵山	0
""",
    "news-cn-scio-mfa-spokesman-kong-quan-briefing-20050310": """
# D-23: a place written with 人大 is one ORG (珠海人大, press-mo-zhuhai-npc-rules-alignment-visit-2026; 云南人大,
# 北京人大, report-cn-central-departments-directory-2025)
~	中国	12	ORG	中国人大
""",
    "wr-fj-pingtan-2025-work-report-review-part": """
# D-29: 大陆 standing for the mainland against Taiwan is not annotated, as 内地 (guideline, ORG: 特区政府 and 内地)
-	大陆	*
""",
}


def apply(doc, text, ents):
    """Return pass 1's entities of doc with pass 2's edits applied, and the edit counts by kind."""
    after, _ = pass2_dev.apply(doc, text, ents, EDITS)
    return after, pass2_batch2.kinds(ents, after)

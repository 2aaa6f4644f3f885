"""Pass-2 edits of batch 28: the disagreements between pass 1 (batch28_lists_p1.py, branch issue-e28p1-s20) and
the blind second pass (batch28_blind_p2.py, branch issue-e28p2-s20), decided on branch issue-e28dec-s20.

Both passes read the 12 documents of batch 28 blind to each other (the four held-out documents first); the
lists were compared span by span with `agree.py --batch 28 --mismatches` (31 spans) and each disagreement was
decided by the guideline and the recorded precedents and committed gold of batches 1-25 (dev documents only;
never tests/data/gold/). Each decision's reason, with the guideline line or earlier gold that settles it, is in
README-batch28-pass2.md ("Decisions"); the labels D-1 ... D-10 below are the ones used there (in the order of
`agree.py --batch 28 --mismatches`). Two held-out documents are edited (D-1, D-2, D-4); the decisions settled for
pass 1 (D-3, D-5, D-8, D-9) need no edit, nor does the half of D-7 settled for it. Plain Python; never imports
the recogniser.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pass2_batch2
import pass2_dev

READ = {
    # held-out documents (read blind first, then compared with pass 1)
    "report-cn-deep-poverty-speech-summary-2017",
    "gw-cn-mep-unapproved-construction-opinion-2018",
    "news-cn-locked-price-placements-revised-2026",
    "news-cn-xwlb-digest-20260627",
    # dev documents (read blind after them)
    "gw-cn-mee-odour-emission-law-reply-2020",
    "gw-cn-spc-spp-police-assault-interpretation-2025",
    "news-cn-xiaoshan-supply-coop-visit-2019",
    "report-cn-village-bank-consolidation-2026",
    "news-cn-a-share-delistings-speed-up-2026",
    "gw-sh-taxi-operating-rights-rules-2026",
    "gw-sh-local-railway-protection-zone-rules-2021",
    "reg-cn-mep-environmental-emergency-reporting-2011",
}

EDITS = {
    "news-cn-locked-price-placements-revised-2026": """
# D-1: a kind word written once for several bodies goes with the last of them, the ones before are their places
# (嘉定区、松江区、青浦区、奉贤区交通委 → three LOC + ORG, batch 20); one-character city words are one LOC each (苏锡常)
~	沪深北交易所	0	LOC	沪
+	LOC	深	2
+	ORG	北交易所	0
""",
    "news-cn-xwlb-digest-20260627": """
# D-2: 中国 in 中国式现代化 is annotated (batch-20 D-30; LOC in every dev digest, e.g. news-cn-xwlb-digest-20260628)
+	LOC	中国	2
# D-4: a village's Party branch is ORG whole (河南村党支部, gw-cn-coal-mine-blasts-bulletin-2004)
~	代庄村	2	ORG	代庄村党支部
~	代庄村	4	ORG	代庄村党支部
""",
    "report-cn-village-bank-consolidation-2026": """
# D-6: a province written once before a list of its counties chains with the first (云南罗平, as 沈阳辽中 in both
# passes here; a place chain is one LOC, batch 19)
-	罗平	0
~	云南	0	LOC	云南罗平
# D-7: a bank family named by its company (兴福系 after 兴福村镇银行, 民生系 after 民生银行, 沪农商 for 上海农商行) gives
# the company (正邦系企业 → 正邦, wr-jiangxi-2026); 富民, the name of no company in the text, stays out (西凤酒 line)
+	ORG	兴福	0
+	ORG	兴福	6
+	ORG	兴福	13
+	ORG	沪农商	0
+	ORG	民生	3
""",
    "reg-cn-mep-environmental-emergency-reporting-2011": """
# D-10: a bare duty office is no ORG (委总值班室, 市府总值班室 untagged, gw-sh-transport-incident-reporting-2022)
-	总值班室	0
""",
}


def apply(doc, text, ents):
    """Return pass 1's entities of doc with pass 2's edits applied, and the edit counts by kind."""
    after, _ = pass2_dev.apply(doc, text, ents, EDITS)
    return after, pass2_batch2.kinds(ents, after)

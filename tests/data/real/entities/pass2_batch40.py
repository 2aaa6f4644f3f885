"""Pass-2 edits of batch 40: the disagreements between pass 1 (batch40_lists_p1.py, branch issue-e40p1-s22) and
the blind second pass (batch40_blind_p2.py, branch issue-e40p2-s22), decided on branch issue-e40dec-s22.

Both passes read the 12 documents of batch 40 blind to each other (the four held-out documents first); the
lists were compared span by span with `agree.py --batch 40 --mismatches` (14 spans) and each disagreement was
decided by the guideline and the recorded precedents and committed gold of the dev documents of batches 1-37
(never tests/data/gold/). Each decision's reason, with the guideline line or earlier gold that settles it, is in
README-batch40-pass2.md ("Decisions"); the labels D-1 ... D-5 below are the ones used there (in the order of
`agree.py --batch 40 --mismatches`). One held-out document is edited (D-2, D-3); the decisions settled for pass 1
(D-1, D-4, D-5) need no edit. Plain Python; never imports the recogniser.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pass2_batch2
import pass2_dev

READ = {
    # held-out documents (read blind first, then compared with pass 1)
    "gw-cn-jiangxi-amr-food-sampling-circular-2020",
    "gw-cn-lishui-veterans-placement-tasks-notice-2023",
    "news-cn-cctv-services-trade-growth-2024",
    "stats-cn-nbs-2024-statistical-bulletin-part",
    # dev documents (read blind after them)
    "gw-cn-jiangxi-infant-care-services-implementing-opinions-2020",
    "gw-cn-sandu-fishery-regulation-amendment-decision-2022",
    "gw-cn-suqian-online-rentals-minors-decision-2024",
    "gw-cn-treasury-cash-term-deposit-tender-notice-2026-14",
    "news-cn-cctv-fuyuan-fish-market-winter-2024",
    "news-cn-cctv-state-council-executive-meeting-2024",
    "news-cn-shishi-free-bun-shop-closes-2021",
    "reg-cn-hebei-rural-toilet-reform-decision-2019",
}

EDITS = {
    "stats-cn-nbs-2024-statistical-bulletin-part": """
# D-2: 中国 in 中国式现代化 is a LOC (21 of 21 in dev gold, e.g. wr-cn-2024, news-cn-xwlb-congress-delegates-20221020)
+	LOC	中国	1
# D-3: before 地区生产总值 (the regional GDP) the region is the place alone (深圳地区生产总值 → 深圳,
# news-cn-shenzhen-work-report-2022; 地区生产总值 alone in twelve dev documents)
~	京津冀地区	0	LOC	京津冀
~	长江经济带地区	0	LOC	长江经济带
~	长三角地区	0	LOC	长三角
""",
}


def apply(doc, text, ents):
    """Return pass 1's entities of doc with pass 2's edits applied, and the edit counts by kind."""
    after, _ = pass2_dev.apply(doc, text, ents, EDITS)
    return after, pass2_batch2.kinds(ents, after)

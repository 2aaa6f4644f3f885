"""Pass-2 edits of batch 38: the disagreements between pass 1 (batch38_lists_p1.py, branch issue-e38p1-s22) and
the blind second pass (batch38_blind_p2.py, branch issue-e38p2-s22), decided on branch issue-e38dec-s22.

Both passes read the 12 documents of batch 38 blind to each other (the four held-out documents first); the
lists were compared span by span with `agree.py --batch 38 --mismatches` (20 spans) and each disagreement was
decided by the guideline and the recorded precedents and committed gold of the dev documents of batches 1-37
(never tests/data/gold/). Each decision's reason, with the guideline line or earlier gold that settles it, is in
README-batch38-pass2.md ("Decisions"); the labels D-1 ... D-8 below are the ones used there (in the order of
`agree.py --batch 38 --mismatches`). Two held-out documents are edited (D-1, D-3); the decisions settled for
pass 1 (D-2, D-4, D-5, D-6, D-7) need no edit. Plain Python; never imports the recogniser.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pass2_batch2
import pass2_dev

READ = {
    # held-out documents (read blind first, then compared with pass 1)
    "gw-cn-mop-working-hours-implementing-measures-1995",
    "news-cn-pingdu-official-petitioner-threat-commentary-2021",
    "news-cn-shangqiu-birth-certificates-theft-probe-2021",
    "wr-pingtan-county-2017-review-part",
    # dev documents (read blind after them)
    "gw-cn-pboc-open-market-operations-notice-2026-6",
    "gw-cn-pboc-outright-reverse-repo-tender-notice-2026-16",
    "gw-cn-pingtan-public-hospitals-renaming-notice-2015",
    "gw-cn-spc-railway-personal-injury-interpretation-2010",
    "news-cn-chongqing-jiangjin-yangtze-oil-dumping-verdict-2021",
    "news-cn-zhengzhou-airport-transit-passenger-notice-2021",
    "reg-cn-national-holidays-measures-2013",
    "stats-cn-pingtan-2012-statistical-bulletin",
}

EDITS = {
    "news-cn-pingdu-official-petitioner-threat-commentary-2021": """
# D-1: a government's news-release account credited for a photo is a news outlet, ORG (政府新聞網, batch-37 D-2;
# 中国政府网; 来源：家庭医生在线)
~	平度	0	ORG	平度发布
""",
    "news-cn-shangqiu-birth-certificates-theft-probe-2021": """
# D-3: a body's Party committee stays outside the ORG also where the committee acts (batch-19 decider; 海关总署党委召开
# → 海关总署, news-cn-wind-morning-briefing-20240802)
~	区卫生局党委	0	ORG	区卫生局
""",
    "stats-cn-pingtan-2012-statistical-bulletin": """
# D-8: a kind word written once for two names stays with the last (batch-20 decider; 三门峡和小浪底水库 →
# 三门峡 + 小浪底水库, news-cn-xwlb-digest-20260623)
~	竹屿	0	LOC	竹屿防洪防潮海堤
""",
}


def apply(doc, text, ents):
    """Return pass 1's entities of doc with pass 2's edits applied, and the edit counts by kind."""
    after, _ = pass2_dev.apply(doc, text, ents, EDITS)
    return after, pass2_batch2.kinds(ents, after)

"""Pass-2 edits of batch 60: the disagreements between pass 1 (batch60_lists_p1.py, branch issue-e60p1-s27) and
the blind second pass (batch60_blind_p2.py, branch issue-e60p2-s27), decided on branch issue-ed60-s27.

Both passes read the 9 documents of batch 60 blind to each other (the three held-out documents first); the lists
were compared span by span with `agree.py --batch 60 --mismatches` (23 spans) and each disagreement was decided
by the guideline and the recorded precedents and committed gold of the dev documents of batches 1-52, validation
13-16 included (devcorpus.py's rows; never tests/data/gold/). Each decision's reason, with the guideline line or
earlier gold that settles it, is in README-batch60-pass2.md ("Decisions"); the labels D-1 ... D-7 below are the
ones used there (documents in the order of `agree.py --batch 60 --mismatches`, spans by offset within each).
No held-out document is edited: the two held-out decisions (D-1, 江西政务服务网 → LOC 江西, a service platform, as
山东政务服务网 → 山东; D-2, the percentages of the 11th-FYP box's table run, glued to the digits of the cells before
them, stay untagged) are settled for pass 1. So are D-3 (the bare 联席会议 before 以下简称 defines it, as batch 10's
letter), D-4 (湖南津市监狱管理区 a named zone, LOC) and D-6 (中国 in the ideology's name, LOC), which need no edit.
Plain Python; never imports the recogniser.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pass2_batch2
import pass2_dev

READ = {
    # held-out documents (read blind first, then compared with pass 1)
    "gw-jx-provincial-government-full-year-targets-implementing-opinions-2020",
    "news-cn-hangzhou-housing-bureau-purchase-voucher-subsidies-release-2025",
    "plan-cn-11th-fyp-environmental-protection-notice-and-part-one-2007",
    # dev documents (read blind after them)
    "gw-cn-state-council-office-railway-safety-joint-meeting-letter-2021",
    "gw-gd-guangzhou-housing-fund-centre-withdrawal-measures-notice-2023",
    "gw-zj-cixi-housing-finance-bureaus-rental-housing-subsidy-rules-notice-2023",
    "news-cn-xxcb-changsha-detention-centre-special-detainee-2014",
    "news-cn-zjol-xinhua-two-patients-sex-assignment-surgery-2007",
    "plan-jx-grain-reserves-bureau-2020-work-points",
}

EDITS = {
    "news-cn-xxcb-changsha-detention-centre-special-detainee-2014": """
# D-5: the years of a footer's copyright line are a DATE, a range of bare years one span (Copyright © 2025 → 2025,
# report-cn-gongyi-court-trial-reference-page-2025; 從1990-2017 → 1990-2017, news-hk-sandel-common-good-column-2021;
# 2021-2025, report-cn-central-departments-directory-2025); the footer rule leaves out ICP, phone and domain only
+	DATE	2001-2011	0
""",
    "plan-jx-grain-reserves-bureau-2020-work-points": """
# D-7: bare 苏区 after 中央苏区 is the kind word (a soviet base area), no name: as 老区 / 老区人民 (news-cn-xwlb-digest-
# 20260622, news-cn-xwlb-digest-20260623) and the generic 经开区 alone (guideline); 中央苏区 stays LOC in both passes
-	苏区	0
""",
}


def apply(doc, text, ents):
    """Return pass 1's entities of doc with pass 2's edits applied, and the edit counts by kind."""
    after, _ = pass2_dev.apply(doc, text, ents, EDITS)
    return after, pass2_batch2.kinds(ents, after)

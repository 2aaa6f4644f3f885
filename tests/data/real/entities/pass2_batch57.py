"""Pass-2 edits of batch 57: the disagreements between pass 1 (batch57_lists_p1.py, branch issue-e57p1-s26) and
the blind second pass (batch57_blind_p2.py, branch issue-e57p2-s26), decided on branch issue-ed57-s26.

Both passes read the 11 documents of batch 57 blind to each other (the three held-out documents first); the
lists were compared span by span with `agree.py --batch 57 --mismatches` (34 spans) and each disagreement was
decided by the guideline and the recorded precedents and committed gold of the dev documents of batches 1-52,
validation 13-16 included (devcorpus.py's rows; never tests/data/gold/). Each decision's reason, with the guideline
line or earlier gold that settles it, is in README-batch57-pass2.md ("Decisions"); the labels D-1 ... D-17 below
are the ones used there (documents in the order of `agree.py --batch 57 --mismatches`, spans by offset within
each). Decisions settled for pass 1 need no edit and are only named in comments. Plain Python; never imports the
recogniser.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pass2_batch2
import pass2_dev

READ = {
    # held-out documents (read blind first, then compared with pass 1)
    "stats-fj-pingtan-2017-statistical-bulletin-part",
    "gw-jl-liuhe-key-industries-support-opinions-2023",
    "news-cn-stdaily-popular-science-films-shanghai-conference-2026",
    # dev documents (read blind after them)
    "gw-fj-mingxi-real-estate-measures-revised-notice-2022",
    "gw-js-changzhou-real-estate-market-stability-notice-2020",
    "news-cn-securities-daily-data-insurance-asset-2026",
    "news-cn-sh-housing-bureau-listing-price-verification-2021",
    "plan-sh-minhang-urban-renewal-15th-fyp-2026-part",
    "report-cn-liuhe-strategic-emerging-industries-2022",
    "wr-fj-pingtan-county-2018-work-report-review-part",
    "wr-fj-pingtan-junshan-area-bureau-2022-work-report",
}

# Settled for pass 1, no edit: D-2 澳前口岸旅客自助查验通道, D-3 莲花山公园一期, D-4 坛南湾再生水厂, D-5 台资 untagged,
# D-6 长江澳 (Pingtan 2017 bulletin, held-out); D-8 五一, 三八 DATE (Liuhe opinion, held-out); D-10 江苏省市场利率定价
# 自律机制 ORG (Changzhou notice); D-11 柳河县25MW光伏产业园 LOC (Liuhe industries report); D-12 政府工作报告（2018） →
# DATE 2018, D-13 大练 (Pingtan county 2018 report); D-16 仙人井临时停车场 LOC (Junshan report).
EDITS = {
    "stats-fj-pingtan-2017-statistical-bulletin-part": """
# D-1: a species named by a place is a name of a kind of fish or shrimp, no place: 美国红鱼 and 南美白对虾 are
# untagged in the Pingtan bulletins of 2012 and 2015 (stats-cn-pingtan-2012, stats-fj-pingtan-2015)
-	美国	0
-	南美	0
""",
    "news-cn-stdaily-popular-science-films-shanghai-conference-2026": """
# D-7: a planet or moon is no named place of the guideline's kinds: 月球 in 月球背面采样 is untagged
# (wr-cn-2025-national-work-report-review-part)
-	火星	0
""",
    "gw-jl-liuhe-key-industries-support-opinions-2023": """
# D-9: a 领导小组 named by its remit is ORG, also where its level word is not written (城市管理精细化工作领导小组,
# gw-sh-lingang-city-checkup-2024; guideline: only the bare kind word needs 以下简称)
+	ORG	重点产业工作领导小组	1
""",
    "wr-fj-pingtan-junshan-area-bureau-2022-work-report": """
# D-14: the 本地目录 path line of a Pingtan page is not annotated, the title it repeats neither
# (…/97139_政府工作报告（2025） and …/40635_政府工作报告（2020） untagged, wr-fj-pingtan-2025 and -county-2020)
-	平潭综合实验区君山片区管理局	2
-	2022年度	1
# D-15: 党工委管委会 written together is one body, one ORG (平潭综合实验区党工委管委会办公室, the publisher of
# wr-fj-pingtan-2025-work-report-review-part; 实验区党工委 ORG in batch 49)
-	管委会	0
~	实验区党工委	0	ORG	实验区党工委管委会
# D-17: bare 人大 / 政协 as the kinds of oversight and of deputy are no body (接受人大和政协监督, wr-tianjin-2026;
# 办理人大代表建议, wr-cn-2024 and wr-cn-2025-national-work-report-review-part, untagged)
-	人大	*
-	政协	0
""",
}


def apply(doc, text, ents):
    """Return pass 1's entities of doc with pass 2's edits applied, and the edit counts by kind."""
    after, _ = pass2_dev.apply(doc, text, ents, EDITS)
    return after, pass2_batch2.kinds(ents, after)

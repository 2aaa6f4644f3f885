"""Pass-2 edits of batch 34: the disagreements between pass 1 (batch34_lists_p1.py, branch issue-e34p1-s21) and
the blind second pass (batch34_blind_p2.py, branch issue-e34p2-s21), decided on branch issue-e34dec-s21.

Both passes read the 12 documents of batch 34 blind to each other (the four held-out documents first); the
lists were compared span by span with `agree.py --batch 34 --mismatches` (18 spans) and each disagreement was
decided by the guideline and the recorded precedents and committed gold of the dev documents of batches 1-33
(never tests/data/gold/). Each decision's reason, with the guideline line or earlier gold that settles it, is in
README-batch34-pass2.md ("Decisions"); the labels D-1 ... D-11 below are the ones used there (in the order of
`agree.py --batch 34 --mismatches`). Two held-out documents are edited (D-2, D-3); the decisions settled for
pass 1 (D-1, D-6, D-7) need no edit. Plain Python; never imports the recogniser.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pass2_batch2
import pass2_dev

READ = {
    # held-out documents (read blind first, then compared with pass 1)
    "gw-cn-state-council-office-private-fund-opinion-2026",
    "news-cn-chinasoft-qingdao-cloud-park-2017",
    "news-cn-xinhua-rule-of-law-work-instruction",
    "report-cn-sichuan-tieke-company-profile",
    # dev documents (read blind after them)
    "gw-cn-ccdi-patriotic-education-tourism-notice-2005",
    "gw-cn-party-state-gift-registration-rules-1995",
    "gw-cn-state-council-emergency-system-plan-notice-2026",
    "news-cn-sinopec-zhang-yuzhuo-hebei-visit-2020",
    "report-cn-xi-letter-ustb-pakistani-students-2020",
    "gw-cn-mof-mfa-temporary-overseas-travel-funds-2013",
    "news-cn-gmw-camp-david-small-circle-analysis-2023",
    "report-cn-yangtze-delta-report-preface",
}

EDITS = {
    "news-cn-chinasoft-qingdao-cloud-park-2017": """
# D-2: a company's division by its remit never shares the company's span (全球能源业务部 beside 华为技术有限公司,
# news-cn-sinopec-huawei-agreement-2020; the batch-16 and batch-19 deciders)
~	中软国际互联网ITS集团	0	ORG	中软国际
+	ORG	互联网ITS集团	0
""",
    "news-cn-xinhua-rule-of-law-work-instruction": """
# D-3: 中国式现代化 gives 中国 (LOC 中国 at every stand-alone occurrence in dev gold, e.g. wr-hubei-2026)
+	LOC	中国	5
""",
    "news-cn-sinopec-zhang-yuzhuo-hebei-visit-2020": """
# D-4: a named work studio of a refinery department is a body, one ORG with the name it bears (雷諾茲商業新聞中心,
# press-tw-human-rights-press-awards-2024; the departments 炼油运行三部 / 五部 ORG in both passes)
~	石晓棠	0	ORG	石晓棠党员创新工作室
# D-5: a heat-exchange station with a name of its own is infrastructure, LOC (guideline: power plants; 杨树浦电厂,
# gw-sh-yangpu-waterfront-heritage-plan-2024; 华电 + 牛首山东抽水蓄能电站, the batch-18 decider)
+	LOC	人才家园换热站	0
""",
    "report-cn-yangtze-delta-report-preface": """
# D-8: 中国式现代化 gives 中国, as D-3
+	LOC	中国	3
# D-9: 区域协同 is one word (区域协同发展); the place is 长三角 (长三角区域统一地方标准 → 长三角,
# gw-sh-transport-business-environment-plan-2026)
~	长三角区域	0	LOC	长三角
# D-10: a mark cited in a figure's note is a TERM with its quote marks (标“注”的, stats-cn-industrial-profits-2021)
+	TERM	“…”	0
# D-11: fractions are not QUANT (guideline; 全国1/4、1/3 untagged, wr-shaanxi-2026)
-	1/4	0
""",
}


def apply(doc, text, ents):
    """Return pass 1's entities of doc with pass 2's edits applied, and the edit counts by kind."""
    after, _ = pass2_dev.apply(doc, text, ents, EDITS)
    return after, pass2_batch2.kinds(ents, after)

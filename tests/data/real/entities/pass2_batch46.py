"""Pass-2 edits of batch 46: the disagreements between pass 1 (batch46_lists_p1.py, branch issue-e46p1-s23) and
the blind second pass (batch46_blind_p2.py, branch issue-e46p2-s23), decided on branch issue-e46dec-s23.

Both passes read the 12 documents of batch 46 blind to each other (the four held-out documents first); the
lists were compared span by span with `agree.py --batch 46 --mismatches` (32 spans) and each disagreement was
decided by the guideline and the recorded precedents and committed gold of the dev documents of batches 1-43
(never tests/data/gold/). Each decision's reason, with the guideline line or earlier gold that settles it, is in
README-batch46-pass2.md ("Decisions"); the labels D-1 ... D-14 below are the ones used there (in the order of
`agree.py --batch 46 --mismatches`, in a document by offset). Two held-out documents are edited (D-2; D-3, D-4);
the decisions settled for pass 1 (D-1, D-7, D-9, D-12, D-13, D-14) need no edit. Plain Python; never imports the
recogniser.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pass2_batch2
import pass2_dev

READ = {
    # held-out documents (read blind first, then compared with pass 1)
    "press-mo-ipim-trade-fairs-business-matching-sessions-2026",
    "press-tw-cdc-covid-vaccine-extra-dose-elderly-immunocompromised-2026",
    "press-tw-cdc-vaccination-fee-increase-medical-circular-2026",
    "press-tw-tainan-youth-startup-loan-coffee-brand-visit-2026",
    # dev documents (read blind after them)
    "press-mo-dsf-public-procurement-law-briefings-2026",
    "press-mo-gcs-government-headquarters-open-day-flower-show-2026",
    "press-tw-cdc-world-health-day-one-health-action-plan-2026",
    "press-tw-president-taiwan-us-trade-agreement-press-conference-2026",
    "press-tw-president-world-cancer-day-video-address-2026",
    "press-tw-tainan-shuijiaoshe-sky-arts-festival-national-day-2026",
    "press-tw-tainan-water-resources-dredging-funds-rebuttal-2026",
    "press-tw-vice-president-hsinchu-air-force-visit-2026",
}

_FEE_PLAN = (
    "「『兒童常規疫苗』、『成人肺炎鏈球菌疫苗』、『新冠疫苗』及『流感疫苗』接種處置費補助作業計畫」"
)

EDITS = {
    "press-tw-cdc-vaccination-fee-increase-medical-circular-2026": f"""
# D-2: a title quoted in 「」 is a TERM, DOC being for 《》 and 〈〉 (batch-20 D-15); dev gold reads every 「」 plan,
# rule and act so (「行政院客家委員會推展客家學術文化活動補助作業要點」, 「臺南市住商節能改造補助辦法」)
~	{_FEE_PLAN}	0	TERM	{_FEE_PLAN}
""",
    "press-tw-tainan-youth-startup-loan-coffee-brand-visit-2026": """
# D-3: the quoted name is the firm's, which both passes read ORG unquoted throughout: a quoted company name is ORG
# without the marks (「北京時代淩宇科技股份有限公司」; “澎湃新闻”APP, batch 18), a name in two scripts two spans (batch 19)
~	「哈本咖啡 Happen Coffee」	0	ORG	哈本咖啡
+	ORG	Happen Coffee	0
# D-4: 商圈 stays outside, what names it is annotated (中西區商圈 → 中西區, 上海闵行区商圈 → 上海闵行区); 成大 is
# the university's short name (北大, 港大), as 成功大學 ORG in the same story
~	成大商圈	*	ORG	成大
""",
    "press-mo-dsf-public-procurement-law-briefings-2026": """
# D-5: the number a law or regulation is enacted under is a DOC without marks, as decree numbers (国务院令第722号,
# 住建部令第58号); with the title after it, two spans
+	DOC	第10/2025號法律	0
+	DOC	第19/2026號行政法規	0
""",
    "press-mo-gcs-government-headquarters-open-day-flower-show-2026": """
# D-6: days that share nothing written are one DATE each (18日和19日, guideline); 本月 is deictic and stays out
# (本月15日 → 15日)
~	10日（周六）及11日	0	DATE	10日
+	DATE	11日	0
# D-8: a shore gives the water (长江南岸 → 长江; 滹沱河畔 → 滹沱河, 麗池湖畔 → 麗池)
~	南灣湖畔	0	LOC	南灣湖
""",
    "press-tw-tainan-shuijiaoshe-sky-arts-festival-national-day-2026": """
# D-10: a year inside an event's name is a DATE, also without 年 (batch-21 line; batch-32 D-5, batch-42 D-12;
# 2026 in 2026開放日, both passes in this batch)
+	DATE	2026	0
# D-11: 空軍 before 眷村 names the kind of village, not the body (在地眷村與空軍文化 → no 空軍,
# press-tw-tainan-national-day-events-2026); 與空軍深厚的歷史淵源 keeps ORG 空軍
-	空軍	0
-	空軍	0
""",
}


def apply(doc, text, ents):
    """Return pass 1's entities of doc with pass 2's edits applied, and the edit counts by kind."""
    after, _ = pass2_dev.apply(doc, text, ents, EDITS)
    return after, pass2_batch2.kinds(ents, after)

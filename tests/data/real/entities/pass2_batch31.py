"""Pass-2 edits of batch 31: the disagreements between pass 1 (batch31_lists_p1.py, branch issue-e31p1-s20) and
the blind second pass (batch31_blind_p2.py, branch issue-e31p2-s20), decided on branch issue-e31dec-s20.

Both passes read the 12 documents of batch 31 blind to each other (the four held-out documents first); the
lists were compared span by span with `agree.py --batch 31 --mismatches` (62 spans) and each disagreement was
decided by the guideline and the recorded precedents and committed gold of the dev documents of batches 1-29
(never tests/data/gold/). Each decision's reason, with the guideline line or earlier gold that settles it, is in
README-batch31-pass2.md ("Decisions"); the labels D-1 ... D-20 below are the ones used there (in the order of
`agree.py --batch 31 --mismatches`). Three held-out documents are edited (D-1, D-3, D-5, D-12); the decisions
settled for pass 1 (D-2, D-4, D-6 to D-11, D-13, D-20) need no edit. Plain Python; never imports the recogniser.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pass2_batch2
import pass2_dev

READ = {
    # held-out documents (read blind first, then compared with pass 1)
    "news-cn-jinghe-city-services-party-branch-page",
    "news-hk-taiwan-freediving-flag-removal-2021",
    "press-tw-tainan-jacana-ecology-season-2026",
    "report-hk-hkbu-character-scheme-report-form-2025",
    # dev documents (read blind after them)
    "gw-tw-central-tax-bureau-notice-service-2010",
    "gw-tw-moi-security-firm-tax-review-repeal-2010",
    "news-cn-taikuanhe-reserve-reform-seminar-2019",
    "news-hk-tung-chee-hwa-national-day-absence-2021",
    "press-mo-ka-ho-oil-depot-fire-drill-2026",
    "press-mo-productivity-centre-kingsoft-mou-2026",
    "press-tw-president-office-vice-president-central-temples-2026",
    "report-tw-ly-interior-committee-referendum-act-2012",
}

EDITS = {
    "news-cn-jinghe-city-services-party-branch-page": """
# D-1: a facility written with the site it stands in is one LOC (明志楼第一会议室, batch 19 and
# news-cn-mingde-conversion-commendation-2020; 紅樓202會議室, D-17)
~	崇文塔景区	0	LOC	崇文塔景区游客服务中心
""",
    "news-hk-taiwan-freediving-flag-removal-2021": """
# D-3: a title quoted in 「」 is a TERM, DOC being for 《》 and 〈〉 (the batch-20 decider's line, batch 19)
~	「向台灣致歉」	*	TERM	「向台灣致歉」
# D-5: a designation cited as a word is a TERM with its marks (“中国” in reg-cn-internet-drug-information-2004,
# gw-sh-knockoff-certificates-2022); the committee it names is the ORG (中華奧會, next sentence, both passes)
~	中華台北	0	TERM	「中華台北」
+	ORG	奧會	0
""",
    "report-hk-hkbu-character-scheme-report-form-2025": """
# D-12: a unit written with its body is one ORG (香港特區政府政務司, 州医院药剂科, guideline); English writes the
# unit first and the body after a comma
-	Hong Kong Baptist University	0
~	Language Centre	0	ORG	Language Centre, Hong Kong Baptist University
""",
    "news-hk-tung-chee-hwa-national-day-absence-2021": """
# D-14: 七一 (1 July) unquoted is a DATE (七一遊行 ×4, news-hk-wanchai-council-walkout-2020; 七一主题,
# news-cn-xwlb-digest-20260628)
+	DATE	七一	0
+	DATE	七一	1
# D-15: 初 / 中 / 底 after a month is inside the DATE (8月中, guideline; 3月底, 6月底, 2016年7月底 in dev gold)
~	8月	0	DATE	8月初
~	9月	0	DATE	9月中
# D-16: the secretary's post gives its department, ORG (政務司司長 → 政務司 ×5, 財政司司長 → 財政司, dev gold)
+	ORG	政務司	0
+	ORG	財政司	0
+	ORG	政務司	1
""",
    "report-tw-ly-interior-committee-referendum-act-2012": """
# D-17: a room written with its building is one LOC (明志楼第一会议室); 本院 stays out
~	紅樓	0	LOC	紅樓202會議室
# D-18: a surname with a title stands for the person, the surname is the PER (周院長 → 周, guideline)
+	PER	陳	5
+	PER	葉	6
# D-19: a name split by a title is PER surname + PER given name (李局長翠鳳 → 李 + 翠鳳, batch 22, both passes)
+	PER	陳	6
+	PER	超明	2
+	PER	邱	0
+	PER	文彥	0
+	PER	李	0
+	PER	俊俋	0
+	PER	黃	0
+	PER	文玲	0
+	PER	葉	4
+	PER	宜津	4
+	PER	陳	14
+	PER	超明	5
""",
}


def apply(doc, text, ents):
    """Return pass 1's entities of doc with pass 2's edits applied, and the edit counts by kind."""
    after, _ = pass2_dev.apply(doc, text, ents, EDITS)
    return after, pass2_batch2.kinds(ents, after)

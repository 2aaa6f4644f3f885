"""Pass-2 edits of batch 39: the disagreements between pass 1 (batch39_lists_p1.py, branch issue-e39p1-s22) and
the blind second pass (batch39_blind_p2.py, branch issue-e39p2-s22), decided on branch issue-e39dec-s22.

Both passes read the 12 documents of batch 39 blind to each other (the four held-out documents first); the
lists were compared span by span with `agree.py --batch 39 --mismatches` (7 spans) and each disagreement was
decided by the guideline and the recorded precedents and committed gold of the dev documents of batches 1-37
(never tests/data/gold/). Each decision's reason, with the guideline line or earlier gold that settles it, is in
README-batch39-pass2.md ("Decisions"); the labels D-1 ... D-3 below are the ones used there (in the order of
`agree.py --batch 39 --mismatches`). One held-out document is edited (D-1); no decision is settled for pass 1.
Plain Python; never imports the recogniser.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pass2_batch2
import pass2_dev

READ = {
    # held-out documents (read blind first, then compared with pass 1)
    "gw-tw-ey-temple-public-land-donation-regulations-2008",
    "news-hk-hkcnews-universal-testing-convention-centre-2020",
    "news-tw-appledaily-cleaner-family-mental-illness-2008",
    "press-mo-dsedj-tertiary-scholarship-applicant-lists-2026",
    # dev documents (read blind after them)
    "gw-tw-cec-municipal-election-commission-organization-amendment-2007",
    "gw-tw-moi-doh-visually-impaired-massage-regulations-repeal-2008",
    "news-hk-appledaily-bno-investor-uk-property-2021",
    "news-hk-appledaily-sheung-shui-nail-hoses-sentencing-2021",
    "news-tw-appledaily-father-stall-disabled-son-2008",
    "news-tw-appledaily-widow-debt-after-husband-death-2008",
    "press-mo-ssm-basic-life-support-course-registration-2026",
    "press-mo-ssm-influenza-like-illness-clusters-two-schools-2026",
}

EDITS = {
    "news-hk-hkcnews-universal-testing-convention-centre-2020": """
# D-1: a venue written with its gate is one LOC (人民大会堂北门外 → 人民大会堂北门, news-cn-xwlb-digest-20260701;
# a named building with its part, 人民大会堂大礼堂, 明志楼第一会议室)
~	會展	3	LOC	會展正門
""",
    "news-tw-appledaily-widow-debt-after-husband-death-2008": """
# D-2: the reporter in a byline is a PER (guideline: photo credits; 韓旭爾 in the father's story, both passes)
+	PER	韓旭爾	0
""",
    "press-mo-ssm-influenza-like-illness-clusters-two-schools-2026": """
# D-3: a tally of digits with a one-character category word is one QUANT per count (N金, batch 27; 146死 / 79傷,
# batch 37)
+	QUANT	2男	0
+	QUANT	4女	0
+	QUANT	3男	0
+	QUANT	3女	0
""",
}


def apply(doc, text, ents):
    """Return pass 1's entities of doc with pass 2's edits applied, and the edit counts by kind."""
    after, _ = pass2_dev.apply(doc, text, ents, EDITS)
    return after, pass2_batch2.kinds(ents, after)

"""Pass-2 edits of batch 45: the disagreements between pass 1 (batch45_lists_p1.py, branch issue-e45p1-s23) and
the blind second pass (batch45_blind_p2.py, branch issue-e45p2-s23), decided on branch issue-e45dec-s23.

Both passes read the 12 documents of batch 45 blind to each other (the four held-out documents first); the
lists were compared span by span with `agree.py --batch 45 --mismatches` (7 spans) and each disagreement was
decided by the guideline and the recorded precedents and committed gold of the dev documents of batches 1-43
(never tests/data/gold/). Each decision's reason, with the guideline line or earlier gold that settles it, is in
README-batch45-pass2.md ("Decisions"); the labels D-1 ... D-4 below are the ones used there (in the order of
`agree.py --batch 45 --mismatches`). One held-out document is edited (D-1); the decisions settled for pass 1
(D-2, D-3, D-4) need no edit. Plain Python; never imports the recogniser.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pass2_batch2
import pass2_dev

READ = {
    # held-out documents (read blind first, then compared with pass 1)
    "gw-tw-cec-legislator-election-revocation-dual-nationality-notice-2009",
    "news-hk-tvb-cruise-homeport-singapore-disney-2023",
    "news-tw-ltn-wanhua-haunted-flat-auction-2018",
    "wr-tw-mofa-ly-foreign-affairs-committee-report-2012-part",
    # dev documents (read blind after them)
    "gw-tw-ey-human-trafficking-prevention-act-effective-date-order-2009",
    "gw-tw-moi-human-trafficking-victims-stay-residence-permit-regulations-2009",
    "news-hk-hkcnews-co-location-bill-committee-long-title-2018",
    "news-hk-hket-rugby-sevens-women-team-defeats-2023",
    "news-hk-oncc-mtr-fare-profit-sharing-scrapped-2023",
    "news-tw-chinatimes-power-bank-explosion-replacement-2023",
    "news-tw-pts-us-space-force-korea-drill-explainer-2023",
    "news-tw-setn-xindian-man-falls-after-quarrel-2018",
}

EDITS = {
    "gw-tw-cec-legislator-election-revocation-dual-nationality-notice-2009": """
# D-1: a law's quoted wording is no one's speech but a TERM with its marks (batch-27 D-25, batch-21 D-55)
+	TERM	『當選人兼具外國國籍者，應於當選後就職前放棄外國國籍；逾期未放棄者，視為當選無效；……』	0
""",
}


def apply(doc, text, ents):
    """Return pass 1's entities of doc with pass 2's edits applied, and the edit counts by kind."""
    after, _ = pass2_dev.apply(doc, text, ents, EDITS)
    return after, pass2_batch2.kinds(ents, after)

"""Pass-2 edits of batch 41: the disagreements between pass 1 (batch41_lists_p1.py, branch issue-e41p1-s22) and
the blind second pass (batch41_blind_p2.py, branch issue-e41p2-s22), decided on branch issue-e41dec-s22.

Both passes read the 12 documents of batch 41 blind to each other (the four held-out documents first); the
lists were compared span by span with `agree.py --batch 41 --mismatches` (10 spans) and each disagreement was
decided by the guideline and the recorded precedents and committed gold of the dev documents of batches 1-37
(never tests/data/gold/). Each decision's reason, with the guideline line or earlier gold that settles it, is in
README-batch41-pass2.md ("Decisions"); the labels D-1 ... D-3 below are the ones used there (in the order of
`agree.py --batch 41 --mismatches`). One held-out document is edited (D-2); the decisions settled for pass 1
(D-1, D-3) need no edit, and neither does the shape both passes read alike and pass 2 flagged (spaces and line
ends inside the LegCo records' spans, kept as printed). Plain Python; never imports the recogniser.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pass2_batch2
import pass2_dev

READ = {
    # held-out documents (read blind first, then compared with pass 1)
    "gw-tw-moi-existing-building-fire-safety-improvement-regulations-2007",
    "press-mo-dsal-family-friendly-employer-logo-contest-2026",
    "press-tw-cdc-adult-pneumococcal-vaccine-switch-2026",
    "wr-hk-policy-address-2013-legco-record-opening",
    # dev documents (read blind after them)
    "gw-tw-moea-overseas-taiwanese-business-association-subsidy-points-2007",
    "gw-tw-moi-disability-care-subsidy-rules-erratum-letter-2007",
    "news-hk-hkcnews-cotton-tree-children-magazine-closure-2019",
    "press-mo-dsaj-arbitrators-hong-kong-training-visit-2026",
    "press-mo-dsf-complementary-tax-payment-deadline-2026",
    "press-tw-cdc-flu-covid-vaccination-reminder-2026",
    "press-tw-cdc-flu-vaccine-batch-precautionary-suspension-2026",
    "wr-hk-budget-speech-2013-legco-record-opening",
}

EDITS = {
    "wr-hk-policy-address-2013-legco-record-opening": """
# D-2: 內地 is no entity (second edition), the country before it is the LOC (中國內地 → 中國, 3 of 3 in dev gold)
~	中國內地	0	LOC	中國
""",
}


def apply(doc, text, ents):
    """Return pass 1's entities of doc with pass 2's edits applied, and the edit counts by kind."""
    after, _ = pass2_dev.apply(doc, text, ents, EDITS)
    return after, pass2_batch2.kinds(ents, after)

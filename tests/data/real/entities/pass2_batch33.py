"""Pass-2 edits of batch 33: the disagreements between pass 1 (batch33_lists_p1.py, branch issue-e33p1-s21) and
the blind second pass (batch33_blind_p2.py, branch issue-e33p2-s21), decided on branch issue-e33dec-s21.

Both passes read the 12 documents of batch 33 blind to each other (the four held-out documents first); the
lists were compared span by span with `agree.py --batch 33 --mismatches` (7 spans) and each disagreement was
decided by the guideline and the recorded precedents and committed gold of the dev documents of batches 1-31
(never tests/data/gold/). Each decision's reason, with the guideline line or earlier gold that settles it, is in
README-batch33-pass2.md ("Decisions"); the labels D-1 ... D-3 below are the ones used there (in the order of
`agree.py --batch 33 --mismatches`). No held-out document is edited (D-1, in one, is settled for pass 1); the
decisions settled for pass 1 (D-1, D-3) need no edit. Plain Python; never imports the recogniser.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pass2_batch2
import pass2_dev

READ = {
    # held-out documents (read blind first, then compared with pass 1)
    "news-hk-mini-storage-inquest-rescue-team-2021",
    "press-mo-hengqin-macao-health-education-agreement-2026",
    "report-cn-xi-jinping-intellectuals-symposium-speech-2016",
    "report-hk-hkjc-board-of-management-2024",
    # dev documents (read blind after them)
    "gw-tw-mof-military-village-estate-tax-order-2010",
    "gw-tw-moj-administrative-execution-amounts-notice-2010",
    "news-hk-court-gallery-elderly-supporter-2021",
    "press-mo-explore-macau-practical-information-page",
    "press-tw-president-office-santo-akiko-audience-2026",
    "press-tw-tainan-kumamoto-governor-visit-2026",
    "report-cn-gaotie-second-team-party-congress-reflections",
    "report-tw-taichung-participatory-budget-qa-page",
}

EDITS = {
    "press-mo-explore-macau-practical-information-page": """
# D-2: 内地 is not annotated (guideline), so 中国内地 gives the country alone (中國內地展區 → 中國,
# press-mo-tourism-expo-closing-2026); 中國大陸 stays one LOC (four times in dev gold), 大陸 not being excluded
~	中国内地	*	LOC	中国
""",
}


def apply(doc, text, ents):
    """Return pass 1's entities of doc with pass 2's edits applied, and the edit counts by kind."""
    after, _ = pass2_dev.apply(doc, text, ents, EDITS)
    return after, pass2_batch2.kinds(ents, after)

"""Pass-2 edits of batch 44: the disagreements between pass 1 (batch44_lists_p1.py, branch issue-e44p1-s23) and
the blind second pass (batch44_blind_p2.py, branch issue-e44p2-s23), decided on branch issue-e44dec-s23.

Both passes read the 8 documents of batch 44 blind to each other (the two held-out documents first); the
lists were compared span by span with `agree.py --batch 44 --mismatches` (6 spans) and each disagreement was
decided by the guideline and the recorded precedents and committed gold of the dev documents of batches 1-43
(never tests/data/gold/). Each decision's reason, with the guideline line or earlier gold that settles it, is in
README-batch44-pass2.md ("Decisions"); the labels D-1 and D-2 below are the ones used there (in the order of
`agree.py --batch 44 --mismatches`). No held-out document is edited (both passes agree on them span for span);
D-2, settled for pass 1, needs no edit. Plain Python; never imports the recogniser.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pass2_batch2
import pass2_dev

READ = {
    # held-out documents (read blind first, then compared with pass 1)
    "gw-sn-fgw-forestry-farm-grid-upgrade-notice-2021",
    "news-cn-gmrb-q1-invoice-data-high-quality-development-2025",
    # dev documents (read blind after them)
    "gw-gd-foshan-talent-housing-policy-guide-2019",
    "gw-gz-anshun-housing-fund-withdrawal-loan-policy-notice-2022",
    "gw-sd-gov-office-yellow-river-ice-flood-notice-2021",
    "gw-sd-poverty-group-revitalization-meeting-notice-2021",
    "news-cn-most-minister-ai-governance-meeting-2025",
    "reg-cn-ai-ethics-norms-release-2021",
}

EDITS = {
    "gw-gd-foshan-talent-housing-policy-guide-2019": """
# D-1: 粤 inside the coined card name 优粤佛山卡 does not stand as a place word (港 in 港股通, 粤 in 粤韵 untagged);
# 佛山 inside it stays LOC
-	粤	*
""",
}


def apply(doc, text, ents):
    """Return pass 1's entities of doc with pass 2's edits applied, and the edit counts by kind."""
    after, _ = pass2_dev.apply(doc, text, ents, EDITS)
    return after, pass2_batch2.kinds(ents, after)

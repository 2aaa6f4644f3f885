"""Pass-2 edits of batch 53: the disagreements between pass 1 (batch53_lists_p1.py, branch issue-e53p1-s25) and
the blind second pass (batch53_blind_p2.py, branch issue-e53p2-s25), decided on branch issue-ed53-s25.

Both passes read the 12 documents of batch 53 blind to each other (the four held-out documents first); the
lists were compared span by span with `agree.py --batch 53 --mismatches` (22 spans, all in dev documents: the four
held-out lists agree span for span) and each disagreement was decided by the guideline and the recorded precedents
and committed gold of the dev documents of batches 1-52 (validation batches 13-16 included, as devcorpus.py allows;
never tests/data/gold/). Each decision's reason, with the guideline line or earlier gold that settles it, is in
README-batch53-pass2.md ("Decisions"); the labels D-1 ... D-9 below are the ones used there (in the order of
`agree.py --batch 53 --mismatches`, in a document by offset). No held-out document is edited; the decisions settled
for pass 1 (D-1 to D-8) need no edit. Plain Python; never imports the recogniser.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pass2_batch2
import pass2_dev

READ = {
    # held-out documents (read blind first, then compared with pass 1)
    "gw-jx-provincial-government-office-major-projects-supervision-notice-2020",
    "news-cn-bozhou-news-housing-loan-support-measures-2022",
    "news-cn-xinhuanet-anhui-free-trade-zone-tax-2023",
    "stats-hlj-daqing-2012-statistical-bulletin-part",
    # dev documents (read blind after them)
    "gw-jx-provincial-government-yingtan-port-master-plan-reply-2020",
    "gw-sc-dazhou-real-estate-healthy-development-ten-measures-notice-2022",
    "news-cn-ce-securities-daily-nev-exports-2023",
    "news-cn-ce-shandong-tancheng-science-park-talent-2016",
    "news-cn-gmrb-suzhou-museum-ideological-course-2024",
    "news-cn-jiangxi-amr-epidemic-violations-opinion-interpretation-2020",
    "news-cn-suzhou-ah-housing-center-real-estate-measures-release-2022",
    "stats-hlj-daqing-q1-economy-good-start-2017",
}

EDITS = {
    "news-cn-gmrb-suzhou-museum-ideological-course-2024": """
# D-9: a body's former site (旧址) is a venue, one LOC with the body's name in it (红九军政治部旧址,
# news-cn-xwlb-digest-20260628; 《新青年》编辑部旧址, news-cn-xwlb-digest-20260630; 英美租界杨树浦警察局旧址,
# gw-sh-yangpu-waterfront-heritage-plan-2024); the Party branch of 1920s Suzhou does not act here
~	中共苏州独立支部	0	LOC	中共苏州独立支部旧址
""",
}


def apply(doc, text, ents):
    """Return pass 1's entities of doc with pass 2's edits applied, and the edit counts by kind."""
    after, _ = pass2_dev.apply(doc, text, ents, EDITS)
    return after, pass2_batch2.kinds(ents, after)

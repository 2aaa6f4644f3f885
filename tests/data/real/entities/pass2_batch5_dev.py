"""Second-pass (pass 2) corrections to the batch-5 DEV entity gold.

build_batch5.py (pass 1's builder, branch issue-e5d1-s7, with its dev group) builds pass 1's dev reading lists
(batch5_dev_lists_p1.py, not edited by pass 2) and, because this module exists, applies the edits below
(apply()) after them, so the committed dev files = pass 1 + pass 2. The edit lines have the form of
pass2_dev.py / pass2_batch2.py ... pass2_batch5.py, tab-separated:
  +  TYPE  string  [n|*]          add a span at the n-th occurrence (0-based, default 0) of string in the text;
                                  * = every occurrence not yet covered by any entity
  -  string  [n|*]                remove the n-th entity (0-based, default 0) whose text is string; * = all of them
  ~  string  [n|*]  TYPE  new     replace the n-th entity whose text is string by the span `new` (same place:
                                  the occurrence of `new` that overlaps the old span) with TYPE
READ lists the documents pass 2 has read (their files say "pass 1 + pass 2"); a document in READ without an
entry in EDITS was left as pass 1 made it.

Batch 5 dev, pass 2 (branch issue-e5d2-s7): the eight dev documents were read blind (batch5_dev_blind_p2.py)
and compared span by span with pass 1 (agree_batch5_dev.py). Four disagreements of reading; one was settled
for pass 2 (the edit below), three for pass 1. Each decision's reason, with the guideline line or earlier
decision that settles it, is in README-batch5-dev-pass2.md. Plain Python; never imports the recogniser.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pass2_batch2
import pass2_dev

READ = {
    # the eight dev documents of batch 5 (read blind first, then compared with pass 1)
    "stats-jx-jiangxi-2022",
    "news-cn-jiangsu-tech-transfer-2026",
    "press-mo-asel-supervisor-training-2026",
    "gw-sh-ferry-measures-extension-2025",
    "press-tw-tainan-nanshan-cemetery-2026",
    "news-cn-blackland-fertiliser-2026",
    "gw-sh-transport-incident-reporting-2022",
    "wr-tianjin-2026",
}

EDITS = {
    "wr-tianjin-2026": """
# P2-1: 港澳台同胞 names a category of people, not the places (batch-2 decision 28 and wr-shaanxi-2026's
# committed 港澳台同胞, untagged); the line of work 侨务、港澳台等工作 (the first 港, 澳, 台) keeps its three LOC
-	港	1
-	澳	1
-	台	1
""",
}


def apply(doc, text, ents):
    """Return pass 1's entities of doc with pass 2's edits applied, and the edit counts by kind."""
    after, _ = pass2_dev.apply(doc, text, ents, EDITS)
    return after, pass2_batch2.kinds(ents, after)

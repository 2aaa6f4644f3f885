"""Annotator A's review of annotator B's batch-4 dev reading lists (batch4_dev_lists_b.py, branch issue-e4db-s7).

build_batch4.py builds B's lists and, when this module exists, applies the edits below (apply()) after them,
so B's files = B's lists + A's review. The edit lines have the form of pass2_batch4.py (tab-separated):
  +  TYPE  string  [n|*]          add a span at the n-th occurrence (0-based, default 0) of string in the text;
                                  * = every occurrence not yet covered by any entity
  -  string  [n|*]                remove the n-th entity (0-based, default 0) whose text is string; * = all of them
  ~  string  [n|*]  TYPE  new     replace the n-th entity whose text is string by the span `new` (same place:
                                  the occurrence of `new` that overlaps the old span) with TYPE
READ lists the documents A has reviewed (their files then say "... + review by annotator A"); a document in
READ without an entry in EDITS was left as B made it.

What was reviewed: batch4_dev_lists_b.py as committed on issue-e4db-s7 at 370b150 (unchanged at 762baed),
built with the shared builder and read top to bottom against the text with B's spans marked inline, then the
scans of README-batch4-dev.md ("Review of B's four"). Every span was checked against the second edition and
the recorded decisions of batches 1-4; none needed a change, so EDITS is empty. The points weighed and kept
are in README-batch4-dev.md. Plain Python; never imports the recogniser.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pass2_batch2
import pass2_dev

READ = {
    "wr-jiangxi-2026",
    "wr-heilongjiang-2026",
    "press-tw-tainan-council-replies-2026",
    "news-cn-diamond-cooling-2026",
}

# No corrections: every span of B's four lists follows the guideline and the batch 1-4 decisions (the
# borderline ones A weighed, e.g. 12.7个、12个百分点 as two QUANT and the pseudonyms as PER, are argued in
# README-batch4-dev.md).
EDITS: dict[str, str] = {}


def apply(doc, text, ents):
    """Return B's entities of doc with A's review edits applied, and the edit counts by kind."""
    after, _ = pass2_dev.apply(doc, text, ents, EDITS)
    return after, pass2_batch2.kinds(ents, after)

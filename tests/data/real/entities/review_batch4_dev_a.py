"""Annotator B's review of annotator A's batch-4 dev entity gold.

build_batch4.py (A's builder, branch issue-e4da-s7) builds A's reading lists (batch4_dev_lists_a.py, not edited
here) and, when this module exists, applies the edits below (apply()) after them, so A's committed files = A's
lists + B's review. The edit lines have the form of pass2_dev.py / pass2_batch3.py / pass2_batch4.py,
tab-separated:
  +  TYPE  string  [n|*]          add a span at the n-th occurrence (0-based, default 0) of string in the text;
                                  * = every occurrence not yet covered by any entity
  -  string  [n|*]                remove the n-th entity (0-based, default 0) whose text is string; * = all of them
  ~  string  [n|*]  TYPE  new     replace the n-th entity whose text is string by the span `new` (same place:
                                  the occurrence of `new` that overlaps the old span) with TYPE
READ lists the documents B has reviewed (their files say "+ review by annotator B"); a document in READ
without an entry in EDITS was left as A made it.

Reviewed: A's lists as committed at cf030ed (all four documents), each document read top to bottom with A's
spans inline, plus mechanical scans (README-batch4-dev-b.md, "Review of A's four"). No span needed a change:
every choice A made follows the guideline's second edition or a recorded decision of batches 1-4, so EDITS is
empty. Plain Python; never imports the recogniser.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pass2_batch2
import pass2_dev

READ = {
    "gw-sh-fire-inspection-2025",
    "press-mo-tourism-expo-closing-2026",
    "news-hk-officials-dual-nationality-2021",
    "gw-sh-zhelin-relics-measures-2023",
}

# Nothing to change; the choices checked and kept, with the line that decides each, are in
# README-batch4-dev-b.md ("Review of A's four").
EDITS: dict[str, str] = {}


def apply(doc, text, ents):
    """Return A's entities of doc with B's review edits applied, and the edit counts by kind."""
    after, _ = pass2_dev.apply(doc, text, ents, EDITS)
    return after, pass2_batch2.kinds(ents, after)

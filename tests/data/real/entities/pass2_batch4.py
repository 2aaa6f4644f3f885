"""Second-pass (pass 2) corrections to the batch-4 entity gold.

build_batch4.py (pass 1's builder, branch issue-e4a-s6) builds pass 1's reading lists (batch4_lists_p1.py,
not edited by pass 2) and, when this module exists, applies the edits below (apply()) after them, so the
committed files = pass 1 + pass 2. The edit lines have the form of pass2_dev.py / pass2_batch2.py /
pass2_batch3.py, tab-separated:
  +  TYPE  string  [n|*]          add a span at the n-th occurrence (0-based, default 0) of string in the text;
                                  * = every occurrence not yet covered by any entity
  -  string  [n|*]                remove the n-th entity (0-based, default 0) whose text is string; * = all of them
  ~  string  [n|*]  TYPE  new     replace the n-th entity whose text is string by the span `new` (same place:
                                  the occurrence of `new` that overlaps the old span) with TYPE
READ lists the documents pass 2 has read (their files say "pass 1 + pass 2"); a document in READ without an
entry in EDITS was left as pass 1 made it.

Batch 4, pass 2 (branch issue-e4b-s6): the four held-out documents were read blind (batch4_blind_p2.py) and
compared span by span with pass 1 (agree_batch4.py). The three disagreements (four spans each way) were all
settled for pass 1 by the guideline and the batch-1..3 decisions, so there are no edits; the reasons are in
README-batch4-pass2.md ("Pass 2"). Plain Python; never imports the recogniser.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pass2_batch2
import pass2_dev

READ = {
    # held-out documents (read blind first, then compared with pass 1)
    "stats-jx-yichun-2022",
    "press-mo-mosquito-control-2026",
    "decision-tw-fsc-bot-2025",
    "wr-sichuan-2026",
}

# Every disagreement was decided for pass 1 (README-batch4-pass2.md): 西部陆海新通道西线主通道 (a named
# corridor with its named line is one LOC, as 国家会议中心二期), 黄龙 without the designation 世界自然遗产地
# (as 皖东 in 皖东抗日根据地), 涉藏 → 藏 (as 涉港澳 → 港 + 澳). Nothing to change.
EDITS: dict[str, str] = {}


def apply(doc, text, ents):
    """Return pass 1's entities of doc with pass 2's edits applied, and the edit counts by kind."""
    after, _ = pass2_dev.apply(doc, text, ents, EDITS)
    return after, pass2_batch2.kinds(ents, after)

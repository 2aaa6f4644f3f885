"""Second-pass (pass 2) corrections to the batch-6 entity gold.

build_batch6.py (pass 1's builder, branch issue-e6p1-s8) builds pass 1's reading lists (batch6_lists_p1.py,
not edited by pass 2) and, because this module exists, applies the edits below (apply()) after them, so the
committed files = pass 1 + pass 2. The edit lines have the form of pass2_batch5.py (tab-separated):
  +  TYPE  string  [n|*]          add a span at the n-th occurrence (0-based, default 0) of string in the text;
                                  * = every occurrence not yet covered by any entity
  -  string  [n|*]                remove the n-th entity (0-based, default 0) whose text is string; * = all of them
  ~  string  [n|*]  TYPE  new     replace the n-th entity whose text is string by the span `new` (same place:
                                  the occurrence of `new` that overlaps the old span) with TYPE
READ lists the documents pass 2 has read (their files say "pass 1 + pass 2"); a document in READ without an
entry in EDITS was left as pass 1 made it.

Batch 6, pass 2 (branch issue-e6p2-s8): all 12 documents were read blind (batch6_blind_p2.py; the four
held-out documents first) and compared span by span with pass 1 (agree_batch6.py). Eleven disagreements of
reading; three were settled for pass 2 (the edits below, five spans), eight for pass 1. Each decision's reason,
with the guideline line or earlier decision that settles it, is in README-batch6-pass2.md. Plain Python;
never imports the recogniser.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pass2_batch2
import pass2_dev

READ = {
    # held-out documents (read blind first, then compared with pass 1)
    "press-tw-tainan-museum-festival-2026",
    "press-mo-amcm-xiamen-fund-roadshow-2026",
    "wr-guangxi-2026",
    "gw-sh-emergency-works-measures-2021",
    # dev documents (read blind after them, shortest first)
    "gw-sh-north-south-corridor-hq-2025",
    "press-mo-fdct-zhejiang-cooperation-2026",
    "news-cn-aerospace-selldown-2026",
    "gw-sh-taxi-fare-float-rules-2021",
    "news-hk-wanchai-council-walkout-2020",
    "press-tw-president-taishang-new-year-2026",
    "wr-zhejiang-2026",
    "wr-hubei-2026",
}

EDITS = {
    "wr-guangxi-2026": """
# P2-1: 吨级 (a tonnage class) is the unit: the channel and the ship lift are of the 30万吨 / 1000吨 class, they
# do not carry that much; the measure word belongs to the span (as 级 in the magnitudes 1.8级, 7.3级)
~	30万吨	0	QUANT	30万吨级
~	1000吨	0	QUANT	1000吨级
# P2-2: an international communications gateway (出入口局) whose network was built is a telecom facility, like
# the computing centre “南A中心” two sentences before it, which pass 1 reads as infrastructure (LOC)
~	南宁国际通信业务出入口局	0	LOC	南宁国际通信业务出入口局
""",
    "wr-zhejiang-2026": """
# P2-1: 30万吨级条帚门航道, the tonnage class as above
~	30万吨	0	QUANT	30万吨级
""",
    "wr-hubei-2026": """
# P2-3: 东风岚图 names Dongfeng's company 岚图 (岚图汽车), not only a brand; a company named with its parent's
# short name is one ORG, as 上汽通用五菱 (both passes, wr-guangxi)
~	东风	0	ORG	东风岚图
""",
}


def apply(doc, text, ents):
    """Return pass 1's entities of doc with pass 2's edits applied, and the edit counts by kind."""
    after, _ = pass2_dev.apply(doc, text, ents, EDITS)
    return after, pass2_batch2.kinds(ents, after)

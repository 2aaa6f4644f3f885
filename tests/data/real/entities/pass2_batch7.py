"""Second-pass (pass 2) corrections to the batch-7 entity gold.

build_batch7.py (pass 1's builder, branch issue-e7p1-s9) builds pass 1's reading lists (batch7_lists_p1.py,
not edited by pass 2) and, because this module exists, applies the edits below (apply()) after them, so the
committed files = pass 1 + pass 2. The edit lines have the form of pass2_batch6.py (tab-separated):
  +  TYPE  string  [n|*]          add a span at the n-th occurrence (0-based, default 0) of string in the text;
                                  * = every occurrence not yet covered by any entity
  -  string  [n|*]                remove the n-th entity (0-based, default 0) whose text is string; * = all of them
  ~  string  [n|*]  TYPE  new     replace the n-th entity whose text is string by the span `new` (same place:
                                  the occurrence of `new` that overlaps the old span) with TYPE
READ lists the documents pass 2 has read blind and compared with pass 1 (their files say "pass 1 + pass 2"); a
document in READ without an entry in EDITS was left as pass 1 made it.

Batch 7, pass 2 (branch issue-e7p2-s9): all 12 documents were read blind (batch7_blind_p2.py; the four
held-out documents first) and compared span by span with pass 1's lists (agree_batch7.py). Five
disagreements of reading; one was settled for pass 2 (the edit below, one span), four for pass 1. Each
decision's reason, with the guideline line or earlier decision that settles it, is in README-batch7-pass2.md.
Plain Python; never imports the recogniser.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pass2_batch2
import pass2_dev

READ = {
    # held-out documents (read blind first, then compared with pass 1)
    "news-hk-legco-october-session-2020",
    "press-mo-hotel-trainee-scheme-2026",
    "reg-cn-mohrss-paid-leave-2008",
    "wr-beijing-2026",
    # dev documents (read blind after them, shortest first)
    "gw-cn-mohrss-working-days-2008",
    "press-tw-tainan-procurement-clarification-2026",
    "press-tw-president-chiayi-police-2026",
    "press-mo-robotic-thoracic-surgery-2026",
    "wr-shanghai-2026",
    "press-mo-iris-clearance-extension-2026",
    "news-cn-shandong-h1-gdp-2022",
    "stats-hlj-daqing-h1-economy-2016",
}

EDITS = {
    "wr-beijing-2026": """
# P2-1: 东六环入地改造工程 (建成通车) is a named infrastructure project, one LOC like 环北部湾广西水资源配置工程
# (batch-6 P1-1), 陕皖直流输电工程 and 引大济岷工程; what was completed and opened to traffic is the project
~	东六环	0	LOC	东六环入地改造工程
""",
}


def apply(doc, text, ents):
    """Return pass 1's entities of doc with pass 2's edits applied, and the edit counts by kind."""
    after, _ = pass2_dev.apply(doc, text, ents, EDITS)
    return after, pass2_batch2.kinds(ents, after)

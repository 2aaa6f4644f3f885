"""Blind second-pass (pass 2) corrections to the batch-4 DEV entity gold.

build_batch4.py builds annotator A's and annotator B's dev reading lists (batch4_dev_lists_a.py,
batch4_dev_lists_b.py, not edited here), applies each list's review (review_batch4_dev_a.py,
review_batch4_dev_b.py; both empty) and then, because this module exists, the edits below (apply()), so the
committed dev files = lists + review + pass 2. The edit lines have the form of pass2_dev.py / pass2_batch2.py
... pass2_batch5_dev.py, tab-separated:
  +  TYPE  string  [n|*]          add a span at the n-th occurrence (0-based, default 0) of string in the text;
                                  * = every occurrence not yet covered by any entity
  -  string  [n|*]                remove the n-th entity (0-based, default 0) whose text is string; * = all of them
  ~  string  [n|*]  TYPE  new     replace the n-th entity whose text is string by the span `new` (same place:
                                  the occurrence of `new` that overlaps the old span) with TYPE
READ lists the documents pass 2 has read (their files say "... + blind pass 2 (branch issue-e4blind-s8)"); a
document in READ without an entry in EDITS was left as the lists and reviews made it.

Batch 4 dev, pass 2 (branch issue-e4blind-s8): the eight dev documents were read blind (batch4_dev_blind_p2.py)
and compared span by span with the existing gold (agree_batch4_dev.py). Eleven disagreements of reading; two
were settled for pass 2 (the edits below, three documents), nine for the existing gold. Each decision's reason,
with the guideline line or earlier decision that settles it, is in README-batch4-dev-pass2.md. Plain Python;
never imports the recogniser.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pass2_batch2
import pass2_dev

READ = {
    # the eight dev documents of batch 4 (read blind first, then compared with the existing gold)
    "gw-sh-fire-inspection-2025",
    "press-mo-tourism-expo-closing-2026",
    "news-hk-officials-dual-nationality-2021",
    "wr-jiangxi-2026",
    "wr-heilongjiang-2026",
    "press-tw-tainan-council-replies-2026",
    "news-cn-diamond-cooling-2026",
    "gw-sh-zhelin-relics-measures-2023",
}

EDITS = {
    "news-hk-officials-dual-nationality-2021": """
# P2-1: 海關 in 海關關長 names one Hong Kong department (Customs and Excise, 香港海關), listed with 審計署署長,
# 警務處處長, 入境事務處處長 whose bodies are ORG; second edition: Hong Kong bodies by their short names are ORG
+	ORG	海關	0
""",
    "wr-jiangxi-2026": """
# P2-2: a platform a laboratory sets up in a city is not a branch body: the laboratory is ORG and the place
# inside the platform's name LOC (崖州湾国家实验室 without its 油菜试验基地, wr-chongqing-2026, both batch-5 passes)
~	崖州湾国家实验室南昌物种创新平台	0	ORG	崖州湾国家实验室
+	LOC	南昌	0
""",
    "wr-heilongjiang-2026": """
# P2-2: the same for the laboratory's base (实验基地 left out, as 油菜试验基地 in wr-chongqing-2026)
~	崖州湾国家实验室粮油作物实验基地	0	ORG	崖州湾国家实验室
""",
}


def apply(doc, text, ents):
    """Return the lists' (and reviews') entities of doc with pass 2's edits applied, and the edit counts by kind."""
    after, _ = pass2_dev.apply(doc, text, ents, EDITS)
    return after, pass2_batch2.kinds(ents, after)

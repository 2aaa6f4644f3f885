"""Second-pass (pass 2) corrections to the batch-5 entity gold.

build_batch5.py (pass 1's builder, branch issue-c5-s7) builds pass 1's reading lists (batch5_lists_p1.py,
not edited by pass 2) and, because this module exists, applies the edits below (apply()) after them, so the
committed files = pass 1 + pass 2. The edit lines have the form of pass2_dev.py / pass2_batch2.py /
pass2_batch3.py / pass2_batch4.py, tab-separated:
  +  TYPE  string  [n|*]          add a span at the n-th occurrence (0-based, default 0) of string in the text;
                                  * = every occurrence not yet covered by any entity
  -  string  [n|*]                remove the n-th entity (0-based, default 0) whose text is string; * = all of them
  ~  string  [n|*]  TYPE  new     replace the n-th entity whose text is string by the span `new` (same place:
                                  the occurrence of `new` that overlaps the old span) with TYPE
READ lists the documents pass 2 has read (their files say "pass 1 + pass 2"); a document in READ without an
entry in EDITS was left as pass 1 made it.

Batch 5, pass 2 (branch issue-e5b-s7): the four held-out documents were read blind (batch5_blind_p2.py) and
compared span by span with pass 1 (agree_batch5.py). Seven disagreements of reading; five were settled for
pass 2 (the edits below), two for pass 1. Each edit's reason, with the guideline line or earlier decision that
settles it, is in README-batch5-pass2.md. Plain Python; never imports the recogniser.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pass2_batch2
import pass2_dev

READ = {
    # held-out documents (read blind first, then compared with pass 1)
    "news-hk-quarantine-breach-2020",
    "gw-sh-hongkou-heritage-risk-2014",
    "press-tw-president-afp-interview-2026",
    "wr-chongqing-2026",
}

EDITS = {
    # P2-1: a government named by its holder tags the holder only (batch-2 decision 27: 拜登政府 → 拜登)
    "press-tw-president-afp-interview-2026": """
~	川普政府	0	PER	川普
""",
    "wr-chongqing-2026": """
# P2-2: a line with its section is one LOC (西气东输三线陕西段, 苏州河慢行步道长宁段, 嘉陵江重庆段 here)
-	重庆东	0
-	黔江	0
~	渝厦高铁	0	LOC	渝厦高铁重庆东至黔江段
# P2-3: 欧亚 (Europe and Asia) is two one-character place words (batch 1 亚欧 → 亚 + 欧; wr-shaanxi 欧亚 → 欧 + 亚)
~	欧亚	0	LOC	欧
~	欧亚	0	LOC	欧
+	LOC	亚	0
+	LOC	亚	1
# P2-4: 世界地质公园 is a designation won (创建); only the place is annotated (batch-4 D2: 黄龙世界自然遗产地 → 黄龙)
~	云阳世界地质公园	0	LOC	云阳
# P2-5: a conferred 协同研究基地 is a designation (guideline: 示范基地); the body and the place inside it are annotated
~	习近平文化思想研究中心重庆市协同研究基地	0	ORG	习近平文化思想研究中心
+	LOC	重庆市	5
""",
}


def apply(doc, text, ents):
    """Return pass 1's entities of doc with pass 2's edits applied, and the edit counts by kind."""
    after, _ = pass2_dev.apply(doc, text, ents, EDITS)
    return after, pass2_batch2.kinds(ents, after)

"""Entities of the lines a reader change added to three dev texts (round o36, session 23), applied after
batch 44's and batch 45's lists and pass-2 edits (build_batch.py: the later pass of their groups).

The HTML reader now keeps a news page's own <h1> (or <h3> head) and the byline and time blocks its markup
names (docs/outline.md, round o36). The texts' other lines are unchanged and their entities were moved by
gold/remap_text.py; the new lines were read here by the batch lists' own conventions: 25萬名 QUANT (so 25萬人),
美韓 → 美 + 韓, a page's date DATE without its clock time (as 2018/02/21 on the 三立 page), the outlet ORG,
the writer PER, a 《》 document name DOC (as the same name at the Foshan page's end). The two 太空軍 of the 公視
headline are tagged by batch 45's list regex and need no edit. The edit lines have pass2_dev.py's form. Plain
Python; never imports the recogniser.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pass2_batch2
import pass2_dev

READ = {
    "gw-gd-foshan-talent-housing-policy-guide-2019",
    "news-tw-chinatimes-power-bank-explosion-replacement-2023",
    "news-tw-pts-us-space-force-korea-drill-explainer-2023",
}

EDITS = {
    "gw-gd-foshan-talent-housing-policy-guide-2019": """
+	DOC	《关于进一步完善人才住房政策的补充通知》	0
""",
    "news-tw-chinatimes-power-bank-explosion-replacement-2023": """
+	QUANT	25萬人	0
+	DATE	2023/08/25	0
+	ORG	中時新聞網	0
+	PER	陳駿碩	0
""",
    "news-tw-pts-us-space-force-korea-drill-explainer-2023": """
+	LOC	美	0
+	LOC	韓	0
+	PER	陳宥蓁	0
+	DATE	2023-08-22	0
+	DATE	2023-08-22	1
""",
}


def apply(doc, text, ents):
    """Return ents of doc with the carry's additions applied, and the edit counts by kind."""
    after, _ = pass2_dev.apply(doc, text, ents, EDITS)
    return after, pass2_batch2.kinds(ents, after)

"""Entities of the lines a reader change added to three dev texts (task h26, session 26), applied after the
batch lists and pass-2 edits of batches 45, 50 and 54 (build_batch.py: the later pass of their groups).

The HTML reader now keeps the caption of a story's lead photo set between the headline and the body outside
the body's container (docs/text-and-formats.md). The texts' other lines are unchanged and their entities
were moved by gold/remap_text.py; the new caption lines were read here by the batch lists' own
conventions: a photographer or the sender of a faxed photo PER (何君健攝, 梁禎祥攝 in batches 1 and 10), a
number of people QUANT (25萬名, 7人, 62歲), a date DATE whole (105年3月19日), bodies ORG, places LOC
(桃園市平鎮區 whole, as the same words in the body). On the 中央社 page the batch list's strings, found
in reading order, now meet the caption's 中央社, 邱俊欽, 桃園 and 19日 before the dateline's: the dateline's
are added back here and the list's 19日 inside 105年3月19日 taken off. Batch 45's group ran carry_o36.py as
its later pass: it still does, first. Plain Python; never imports the recogniser.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import carry_o36
import pass2_batch2
import pass2_dev

READ = {
    "news-tw-chinatimes-power-bank-explosion-replacement-2023",
    "news-tw-cna-pingzhen-tyre-shop-fire-2016",
    "news-hk-oncc-kowloon-bay-care-home-evacuation-2020",
} | carry_o36.READ

EDITS = {
    "news-tw-chinatimes-power-bank-explosion-replacement-2023": """
+	QUANT	25萬名	0
+	PER	于家麒	0
""",
    "news-tw-cna-pingzhen-tyre-shop-fire-2016": """
-	19日	0
+	LOC	桃園市平鎮區	0
+	DATE	19日	0
+	QUANT	7人	1
+	QUANT	62歲	0
+	ORG	消防局	0
+	DATE	105年3月19日	0
+	ORG	中央社	1
+	PER	邱俊欽	1
+	LOC	桃園	2
+	DATE	19日	2
""",
    "news-hk-oncc-kowloon-bay-care-home-evacuation-2020": """
+	ORG	醫療輔助隊	0
+	PER	張福宏	0
""",
}


def apply(doc, text, ents):
    """Return ents of doc with round o36's carry (batch 45's docs) and this one's applied, and the counts."""
    after = ents
    if doc in carry_o36.READ:
        after, _ = carry_o36.apply(doc, text, after)
    after, _ = pass2_dev.apply(doc, text, after, EDITS)
    return after, pass2_batch2.kinds(ents, after)

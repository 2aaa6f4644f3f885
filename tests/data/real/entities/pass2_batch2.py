"""Second-pass (pass 2) corrections to the batch-2 entity gold.

build_batch2.py builds pass 1's reading lists (batch2_lists.py, not edited by pass 2) and then applies
the edits below (apply()), so the committed files = pass 1 + pass 2. The edit lines have the form of
pass2_dev.py (batch 1's pass 2), tab-separated:
  +  TYPE  string  [n|*]          add a span at the n-th occurrence (0-based, default 0) of string in the text;
                                  * = every occurrence not yet covered by any entity
  -  string  [n|*]                remove the n-th entity (0-based, default 0) whose text is string; * = all of them
  ~  string  [n|*]  TYPE  new     replace the n-th entity whose text is string by the span `new` (same place:
                                  the occurrence of `new` that overlaps the old span) with TYPE
READ lists the documents pass 2 has read (their files say "pass 1 + pass 2"); a document in READ without
an entry in EDITS was left as pass 1 made it.
Reasons are in README-batch2.md, "Second pass". Plain Python; never imports the recogniser.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pass2_dev

READ = {
    # held-out documents
    "news-tw-pts-vouchers-2021",
    "press-mo-fresh-food-registration-2026",
    "press-mo-hengqin-talent-policy-2026",
    "wr-hainan-2026",
    "wr-hebei-2026",
    # dev documents
    "press-mo-national-security-education-2026",
    "press-mo-tourism-expo-buyers-2026",
    "news-tw-migrant-worker-police-2021",
    "press-mo-hengqin-art-fair-2026",
    "reg-ly-dog-keeping-2010",
    "reg-zj-river-chief-2017",
    "wr-guizhou-2026",
    "news-tw-afghanistan-withdrawal-2021",
    "wr-shaanxi-2026",
    "news-cn-xwlb-digest-2026",
}

EDITS = {
    # a two-word citation in '…' like 'Isolation' (pass 1's TERM), not a whole clause of speech
    "news-tw-afghanistan-withdrawal-2021": """
+	TERM	'begrudgingly accept'	0
""",
    # 新增陕西实验室5家: a class of provincial laboratories (a designation, like 全国重点实验室 and
    # 燕赵系列实验室), not one named body; only the place inside it is an entity
    "wr-shaanxi-2026": """
~	陕西实验室	0	LOC	陕西
""",
    # Lead's consistency edit, session 9 (README-batch2.md, "Consistency with later batches"):
    # 援藏援疆 is aid to Tibet and to Xinjiang, each a one-character place word after a verb, as
    # batch 4 decided for 援疆 → 疆 and 涉藏 → 藏 (the second edition's 赴川 / 在京 line)
    "wr-hebei-2026": """
+	LOC	藏	1
+	LOC	疆	0
+	LOC	藏	2
+	LOC	疆	1
""",
}


def kinds(before, after):
    """Count the edits between two entity lists by kind: added, removed, re-spanned, retyped.

    An entity only in `after` that has the span of one only in `before` is a retype; one that
    overlaps one only in `before` is a re-span (its type may change too); the rest are additions
    and removals.
    """
    key = lambda e: (e["start"], e["end"], e["type"])  # noqa: E731
    old = {key(e) for e in before} - {key(e) for e in after}
    new = {key(e) for e in after} - {key(e) for e in before}
    counts = {"added": 0, "removed": 0, "re-spanned": 0, "retyped": 0}
    for n in sorted(new):
        same = [o for o in old if o[:2] == n[:2]]
        near = [o for o in old if o[0] < n[1] and n[0] < o[1]]
        if same:
            counts["retyped"] += 1
            old.discard(same[0])
        elif near:
            counts["re-spanned"] += 1
            for o in near:
                old.discard(o)
        else:
            counts["added"] += 1
    counts["removed"] = len(old)
    return counts


def apply(doc, text, ents):
    """Return pass 1's entities of doc with pass 2's edits applied, and the edit counts by kind."""
    after, _ = pass2_dev.apply(doc, text, ents, EDITS)
    return after, kinds(ents, after)

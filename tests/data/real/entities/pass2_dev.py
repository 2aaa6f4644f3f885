"""Second-pass (pass 2) corrections to the development-set entity gold.

build_dev.py builds the pass-1 reading lists and then applies the edits below (apply()), so the committed
files = pass 1 + pass 2. Each edit line (tab-separated):
  +  TYPE  string  [n|*]          add a span at the n-th occurrence (0-based, default 0) of string in the text;
                                  * = every occurrence not yet covered by any entity
  -  string  [n|*]                remove the n-th entity (0-based, default 0) whose text is string; * = all of them
  ~  string  [n|*]  TYPE  new     replace the n-th entity whose text is string by the span `new` (same place:
                                  the occurrence of `new` that overlaps the old span) with TYPE
Reasons are in README-dev.md, "Second pass". Plain Python; never imports the recogniser.
"""

import re

EDITS = {
    "gw-cn-gov-new-media-2018": """
+	ORG	微博	0
+	ORG	微信	0
""",
    "press-tw-228-memorial-2024": """
~	（28）日	0	DATE	今（28）日
""",
    "press-tw-amcham-dinner-2024": """
~	（28）日	0	DATE	今（28）日
+	DATE	2024	1
""",
    "press-tw-australian-mps-2024": """
~	（8）日	0	DATE	今（8）日
""",
    "press-tw-human-rights-press-awards-2024": """
~	（10）日	0	DATE	今（10）日
+	DATE	2024	0
~	泰國與台灣外國記者會	0	ORG	台灣外國記者會
+	LOC	泰國	0
""",
    "stats-cn-industrial-profits-2021": """
+	TERM	“注”	0
""",
}


def _occ(text, s):
    return [m.start() for m in re.finditer(re.escape(s), text)]


def _free(ents, a, b):
    return all(e["end"] <= a or e["start"] >= b for e in ents)


def apply(doc, text, ents, edits=None):
    """Apply the edits of doc (from EDITS, or from the given table of the same form) to ents."""
    counts = {"add": 0, "remove": 0, "change": 0}
    ents = [dict(e) for e in ents]
    for ln in (EDITS if edits is None else edits).get(doc, "").split("\n"):
        if not ln.strip() or ln.startswith("#"):
            continue
        f = ln.split("\t")
        op = f[0]
        if op == "+":
            typ, s = f[1], f[2].replace("\\n", "\n")
            n = f[3] if len(f) > 3 else "0"
            occ = _occ(text, s)
            if n == "*":
                sel = [i for i in occ if _free(ents, i, i + len(s))]
            else:
                sel = [occ[int(n)]]
            assert sel, (doc, ln)
            for i in sel:
                assert _free(ents, i, i + len(s)), (doc, ln, i)
                ents.append({"start": i, "end": i + len(s), "type": typ, "text": s})
                counts["add"] += 1
        elif op in "-~":
            s = f[1].replace("\\n", "\n")
            n = f[2] if len(f) > 2 else "0"
            hits = [e for e in sorted(ents, key=lambda e: e["start"]) if e["text"] == s]
            sel = hits if n == "*" else [hits[int(n)]]
            assert sel, (doc, ln)
            for old in sel:
                ents.remove(old)
                if op == "-":
                    counts["remove"] += 1
                    continue
                typ, new = f[3], f[4].replace("\\n", "\n")
                cand = [
                    i for i in _occ(text, new) if i < old["end"] and i + len(new) > old["start"]
                ]
                assert len(cand) >= 1, (doc, ln)
                i = cand[0]
                assert _free(ents, i, i + len(new)), (doc, ln)
                ents.append({"start": i, "end": i + len(new), "type": typ, "text": new})
                counts["change"] += 1
        else:
            raise ValueError((doc, ln))
    ents.sort(key=lambda e: e["start"])
    return ents, counts

"""Decisions on the outline check set's two blind entity passes, written as edits to pass 1's lists.

The final gold = pass 1's reading lists (lists_p1.py, built by build.py) with the edits below applied
(apply()), written to gold/<name>.json in the form of p1/ ({"text", "entities": [{"start", "end", "type",
"text"}]}). The edit lines have the form of tests/data/real/entities/pass2_batch10.py (tab-separated):
  +  TYPE  string  [n|*]          add a span at the n-th occurrence (0-based, default 0) of string in the text;
                                  * = every occurrence not yet covered by any entity
  -  string  [n|*]                remove the n-th entity (0-based, default 0) whose text is string; * = all of them
  ~  string  [n|*]  TYPE  new     replace the n-th entity whose text is string by the span `new` (same place:
                                  the occurrence of `new` that overlaps the old span) with TYPE
READ lists the documents both passes read blind and that were compared span by span (`agree.py --mismatches`);
a document in READ without an entry in EDITS is pass 1's as built. Each disagreement was decided on branch
issue-ecdec-s13 by the guideline, the recorded precedents of batches 1-10 or the dev gold of batches 1-10; the
labels D-1 ... D-11 are those of README.md ("Decisions"), where the reasons are given in full. Every span an edit
adds was read blind by pass 2 (the decisions settled for pass 1 need no edit). Plain Python; never imports the
recogniser.

Run: python3 tests/data/real/outline_check/entities/decisions.py [--check]     # lists_p1 + EDITS -> gold/
"""

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent / "entities"))
# (``build`` is this folder's builder; ruff sorts it as first- or third-party depending on whether
# the repository holds PyInstaller's build/ folder, so the block's order is not checked.)
import build  # noqa: E402, I001
import lists_p1  # noqa: E402
import pass2_batch2  # noqa: E402
import pass2_dev  # noqa: E402

READ = {
    "hk-news-astronaut-media-review-2026",
    "hk-news-hkust-launch-viewing-2026",
    "mo-news-apec-tourism-2026",
    "mo-news-telecom-law-explainer-2026",
    "mo-news-wushu-teams-2026",
    "mo-news-youth-study-tour-2026",
    "tw-g0v-ministers-without-portfolio-notes",
    "tw-taipei-lantern-expo-highlights-2026",
    "tw-taipei-lantern-ip-launch-2026",
    "tw-taipei-lantern-smoke-free-2026",
    "tw-taipei-lantern-smoking-zones-2026",
    "tw-taipei-lantern-traffic-measures-2026",
    "tw-taipei-lantern-ximen-lighting-2026",
}

EDITS = {
    "tw-taipei-lantern-expo-highlights-2026": """
# D-3: a digit count before the districts it counts is QUANT (18區 in news-hk-rthk-local-digest-2025,
# 11區公所 in press-tw-tainan-typhoon-relief-2025): 區 is the counted unit, as 個 in 34個行政區
+	QUANT	12行政區	0
# D-4: a named natural feature of a district is one LOC with its kind word (臺南學甲濕地 and 官田濕地…園區 in
# press-tw-tainan-agriculture-review-2025); 北投溫泉 is the spring area's own name
~	北投	0	LOC	北投溫泉
""",
    "tw-taipei-lantern-ximen-lighting-2026": """
# D-8: a name and its original in another script in parentheses are two spans (README-batch2 decision 27, dev
# decision 2; ORG 塔利班 + Taliban, 北約 + NATO, 俄羅斯新聞社 + RIA in news-tw-afghanistan-withdrawal-2021)
~	泡泡瑪特（POP MART）	0	ORG	泡泡瑪特
+	ORG	POP MART	0
# D-10: a named standing team is ORG (precedent paragraph in README.md; 香港警隊, 飛行服務隊, 速龍小隊 in earlier
# gold); only a delegation described by its place and 代表隊 / 代表团 keeps its place alone (batch-8 D-10)
+	ORG	中華隊	*
""",
}


def apply(doc, text, ents):
    """Return pass 1's entities of doc with the decisions' edits applied, and the edit counts by kind."""
    after, _ = pass2_dev.apply(doc, text, ents, EDITS)
    return after, pass2_batch2.kinds(ents, after)


def main(argv):
    check = "--check" in argv
    out = HERE / "gold"
    out.mkdir(exist_ok=True)
    failed, total, edits = False, Counter(), Counter()
    for name in sorted(READ):
        text = json.loads((build.GOLD / f"{name}.json").read_text(encoding="utf-8"))["text"]
        ents, kinds = apply(name, text, build.build(text, lists_p1.LISTS[name]))
        edits.update(kinds)
        body = json.dumps({"text": text, "entities": ents}, ensure_ascii=False, indent=1) + "\n"
        path = out / f"{name}.json"
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != body:
                print(f"{name}: differs from {path}")
                failed = True
        else:
            path.write_text(body, encoding="utf-8")
        total.update(e["type"] for e in ents)
        changed = ", ".join(f"{k} {v}" for k, v in kinds.items() if v)
        print(f"{name}: {len(ents)}" + (f" ({changed})" if changed else ""))
    print(
        "all: "
        + " ".join(f"{t}={total[t]}" for t in build.TYPES)
        + f" total={sum(total.values())}; edits: "
        + ", ".join(f"{k} {v}" for k, v in edits.items())
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

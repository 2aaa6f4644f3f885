"""Build the batch-3 entity gold (tests/data/real/entities/<id>.json) from reading lists.

Same conventions as build_batch2.py (batch 2): each list is the annotator's reading of one document,
lines "TYPE<TAB>string" in reading order (each string is found from the end of the previous match);
lines "*TYPE<TAB>regex" then tag every remaining non-overlapping match of the regex, in the order the
regex lines are given (used for names and forms that recur many times: “…” terms, place names, percentages);
"\\n" in a string stands for a line break; lines starting with "#" are comments.
The lists live in batch3_lists_p1.py (pass 1, branch annot-b3-p1); the second pass's edits
(pass2_batch3.py, branch annot-b3-p2) are applied after them, and their counts by kind are printed. The builder prints a self-check: every untagged occurrence of an
annotated string, Arabic digits, 《》 and quotation marks not covered by any entity, and QUANT/DATE
spans that cut into a number. It never imports the recogniser; offsets come from str.find /
re.finditer on the gold text alone.

Run: python3 tests/data/real/entities/build_batch3.py [--check] [doc-id ...]   (no ids: all documents)
"""

import json
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch3_lists_p1
import pass2_batch3

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")
ANNOTATOR = "batch 3, pass 1 (branch annot-b3-p1)"
ANNOTATOR_PASS2 = "batch 3, pass 1 (branch annot-b3-p1) + pass 2 (branch annot-b3-p2)"


def annotator(doc):
    """Who annotated doc: pass 1 alone, or pass 1 + pass 2 once pass 2 has read it."""
    return ANNOTATOR_PASS2 if doc in pass2_batch3.READ else ANNOTATOR


def read_text(doc):
    with open(os.path.join(GOLD, doc + ".json"), encoding="utf-8") as fh:
        return json.load(fh)["text"]


def overlaps(a, b, ents):
    return any(not (b <= e["start"] or a >= e["end"]) for e in ents)


def annotate(doc, text):
    """Turn the reading list of doc into sorted entities; return (entities, problems)."""
    ents, regs, problems, pos = [], [], [], 0
    for ln, line in enumerate(batch3_lists_p1.LISTS[doc].split("\n"), 1):
        if not line.strip() or line.startswith("#"):
            continue
        typ, s = line.split("\t", 1)
        s = s.replace("\\n", "\n")
        if typ.startswith("*"):
            regs.append((typ[1:], s))
            continue
        i = text.find(s, pos)
        if i < 0:
            problems.append(f"NOT FOUND line {ln} {typ} {s!r}")
            continue
        if overlaps(i, i + len(s), ents):
            problems.append(f"OVERLAP line {ln} {typ} {s!r}")
            continue
        ents.append({"start": i, "end": i + len(s), "type": typ, "text": s})
        pos = i + len(s)
    for typ, pat in regs:
        n = 0
        for m in re.finditer(pat, text):
            if m.end() > m.start() and not overlaps(m.start(), m.end(), ents):
                ents.append({"start": m.start(), "end": m.end(), "type": typ, "text": m.group()})
                n += 1
        if n == 0:
            problems.append(f"REGEX no match {typ} {pat}")
    ents.sort(key=lambda e: e["start"])
    return ents, problems


def gold_entities(doc, text):
    """The entities of doc: pass 1's reading list plus pass 2's edits, and the problems found."""
    ents, problems = annotate(doc, text)
    ents, _ = pass2_batch3.apply(doc, text, ents)
    return ents, problems


def self_check(doc, text, ents):
    """Lines worth a look: untagged occurrences of annotated strings and uncovered patterns."""
    out = []
    cov = [None] * len(text)
    for e in ents:
        for k in range(e["start"], e["end"]):
            cov[k] = e
    for s, typ in sorted({(e["text"], e["type"]) for e in ents}):
        for m in re.finditer(re.escape(s), text):
            i, j = m.start(), m.end()
            inside = cov[i] is not None and cov[i] is cov[j - 1]
            if not inside:
                ctx = text[max(0, i - 8) : j + 8].replace("\n", "⏎")
                out.append(f"UNTAGGED {typ} {s!r} @{i}: {ctx}")
    for pat, what in (
        (r"[0-9０-９]+", "digit"),
        (r"[《“「『‘〔]", "mark"),
        (
            r"[〇一二三四五六七八九十]+月[〇一二三四五六七八九十]*日?|[一二三四]季度|[上下]半年",
            "cn-date",
        ),
    ):
        for m in re.finditer(pat, text):
            if all(cov[k] is None for k in range(m.start(), m.end())):
                ctx = text[max(0, m.start() - 8) : m.end() + 8].replace("\n", "⏎")
                out.append(f"UNCOVERED {what} @{m.start()}: {ctx}")
    for e in ents:
        s, t = e["start"], e["end"]
        if e["type"] in ("QUANT", "DATE") and (
            (s > 0 and re.match(r"[0-9.,]", text[s - 1])) or (t < len(text) and text[t].isdigit())
        ):
            out.append(f"CUT NUMBER {e['type']} {e['text']!r} @{s}")
        if e["type"] == "QUANT" and re.match(r"[近约超逾]|.*(以上|以下|左右|以内)$", e["text"]):
            out.append(f"APPROXIMATOR {e['text']!r} @{s}")
    return out


def build(doc, write=True):
    """Build one document's entity file; return the problems (empty when the list is sound)."""
    text = read_text(doc)
    ents, problems = gold_entities(doc, text)
    for line in self_check(doc, text, ents):
        print(doc, line)
    data = {
        "source": "tests/data/real/gold/" + doc + ".json",
        "annotator": annotator(doc),
        "text": text,
        "entities": ents,
    }
    path = os.path.join(HERE, doc + ".json")
    if write:
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
    else:
        with open(path, encoding="utf-8") as fh:
            if json.load(fh) != data:
                problems.append("committed file differs from the build")
    for p in problems:
        print(doc, p)
    print(doc, "pass 2 edits:", pass2_batch3.apply(doc, text, annotate(doc, text)[0])[1])
    print(doc, len(ents), dict(Counter(e["type"] for e in ents)))
    print(doc, "ERR" if problems else "OK")
    return problems


if __name__ == "__main__":
    args = sys.argv[1:]
    check_only = "--check" in args
    docs = [a for a in args if a != "--check"] or sorted(batch3_lists_p1.LISTS)
    bad = [d for d in docs if build(d, write=not check_only)]
    sys.exit(1 if bad else 0)

"""Strict span agreement between the outline check set's two blind entity passes (p1/ and p2/).

A span agrees when start, end and type are all equal (the counting of tests/data/real/entities/agreement.py:
precision = matching / pass 2's spans, recall = matching / pass 1's spans, F1 their harmonic mean). It reads the
built files p1/<name>.json and p2/<name>.json (and with --gold, gold/<name>.json against either pass), nothing
else; no code of the app runs.

Run: python3 tests/data/real/outline_check/entities/agree.py [--mismatches] [--against p1|p2 --with gold]
"""

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = ("ORG", "LOC", "PER", "DATE", "QUANT", "DOC", "TERM")


def load(folder, name):
    """The text and the spans (start, end, type, text) of one built file."""
    doc = json.loads((HERE / folder / f"{name}.json").read_text(encoding="utf-8"))
    return doc["text"], {(e["start"], e["end"], e["type"], e["text"]) for e in doc["entities"]}


def prf(match, a, b):
    """Precision (of b), recall (of a) and F1."""
    p = match / b if b else 0.0
    r = match / a if a else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def compare(ref="p1", other="p2"):
    """Per-document and per-type counts (ref, other, matching) and the mismatching spans per document."""
    names = sorted(p.stem for p in (HERE / ref).glob("*.json"))
    per_doc, per_type, diffs = {}, {t: Counter() for t in TYPES}, {}
    for name in names:
        t1, a = load(ref, name)
        t2, b = load(other, name)
        assert t1 == t2, f"{name}: the two passes annotate different texts"
        both = a & b
        per_doc[name] = (len(a), len(b), len(both))
        for t in TYPES:
            per_type[t]["ref"] += sum(1 for s in a if s[2] == t)
            per_type[t]["other"] += sum(1 for s in b if s[2] == t)
            per_type[t]["match"] += sum(1 for s in both if s[2] == t)
        diffs[name] = (t1, sorted(a - b), sorted(b - a))
    return per_doc, per_type, diffs


def context(text, s, e, width=8):
    return (text[max(0, s - width) : s] + "[" + text[s:e] + "]" + text[e : e + width]).replace(
        "\n", "⏎"
    )


def main(args):
    ref, other = "p1", "p2"
    if "--against" in args:
        ref = args[args.index("--against") + 1]
    if "--with" in args:
        other = args[args.index("--with") + 1]
    per_doc, per_type, diffs = compare(ref, other)
    print(
        f"strict agreement, {ref} (recall side) vs {other} (precision side): start, end and type equal"
    )
    print(f"| document | {ref} | {other} | matching | F1 |")
    print("|---|---:|---:|---:|---:|")
    tot = Counter()
    for name, (a, b, m) in per_doc.items():
        tot.update(a=a, b=b, m=m)
        print(f"| {name} | {a} | {b} | {m} | {prf(m, a, b)[2]:.3f} |")
    p, r, f = prf(tot["m"], tot["a"], tot["b"])
    print(f"| **all** | {tot['a']} | {tot['b']} | {tot['m']} | {f:.3f} |")
    print(f"\nP {p:.3f}  R {r:.3f}  F1 {f:.3f}\n")
    print(f"| type | {ref} | {other} | matching | P | R | F1 |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for t in TYPES:
        c = per_type[t]
        p, r, f = prf(c["match"], c["ref"], c["other"])
        print(f"| {t} | {c['ref']} | {c['other']} | {c['match']} | {p:.3f} | {r:.3f} | {f:.3f} |")
    if "--mismatches" in args:
        for name, (text, only_a, only_b) in diffs.items():
            if not only_a and not only_b:
                continue
            print(f"\n## {name}")
            rows = [(s[0], ref, s) for s in only_a] + [(s[0], other, s) for s in only_b]
            for _, who, (s, e, t, _txt) in sorted(rows):
                print(f"  {who} only  {s:5d}-{e:<5d} {t:5s} {context(text, s, e)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

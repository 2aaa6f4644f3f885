"""Build the outline check set's entity gold from a reading-lists module.

A lists module (lists_p1.py) holds LISTS: document name -> reading list, one line per entity,
"TYPE<TAB>string" in reading order. Each string is searched from the end of the previous match, so
the list's order says which occurrence is meant; "TYPE<TAB>string<TAB>N" takes the N-th occurrence
after the previous match instead of the first (to skip occurrences that are not entities). "\\n" in a
string stands for a line break; lines starting with "#" and blank lines are skipped.

The text is the `text` field of ../gold/<name>.json (the app's cleaned text); offsets are code points
in it. The builder fails loudly (exit 1, every problem printed) when a type is unknown, a string is not
found after the previous match (spans cannot overlap: each string is searched from the end of the
previous one), or an occurrence of an annotated string is cut by a span without lying inside one (a
string taken at the wrong occurrence: LOC 港 placed inside the 港科大 that ORG 港科大 was meant to
cover, so that ORG 港科大 lands on a later occurrence). It writes
<pass>/<name>.json as {"text", "entities": [{"start", "end", "type", "text"}]}, the form
/work/shared/tools/eval_entities.py reads, and prints the counts per type and, for review, every
occurrence of an annotated string that no span covers.

It reads nothing but the gold texts and the lists: no code of the app runs.

Run: python3 tests/data/real/outline_check/entities/build.py [--lists lists_p1] [--out p1] [--check]
"""

import argparse
import importlib
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE.parent / "gold"
TYPES = ("ORG", "LOC", "PER", "DATE", "QUANT", "DOC", "TERM")


class ListError(Exception):
    pass


def parse(listing):
    """The lines of one reading list: (type, string, count)."""
    out = []
    for raw in listing.splitlines():
        line = raw.rstrip("\r")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) not in (2, 3) or parts[0] not in TYPES or not parts[1]:
            raise ListError(f"bad line {line!r}")
        count = int(parts[2]) if len(parts) == 3 else 1
        out.append((parts[0], parts[1].replace("\\n", "\n"), count))
    return out


def build(text, listing):
    """Entities of one document, in reading order; raises ListError listing every problem."""
    problems, ents, pos = [], [], 0
    for etype, surface, count in parse(listing):
        start, at = -1, pos
        for _ in range(count):
            start = text.find(surface, at)
            if start < 0:
                break
            at = start + 1
        if start < 0:
            problems.append(
                f"not found after offset {pos}: {etype} {surface!r} (occurrence {count})"
            )
            continue
        end = start + len(surface)
        ents.append({"start": start, "end": end, "type": etype, "text": surface})
        pos = end
    for surface in sorted({e["text"] for e in ents}):
        at = text.find(surface)
        while at >= 0:
            end = at + len(surface)
            cut = [e for e in ents if e["start"] < end and at < e["end"]]
            inside = any(e["start"] <= at and end <= e["end"] for e in cut)
            if cut and not inside:
                problems.append(
                    f"ambiguous: {surface!r} at {at} is cut by {cut[0]['type']} {cut[0]['text']!r}"
                )
            at = text.find(surface, at + 1)
    if problems:
        raise ListError("\n".join(problems))
    ents.sort(key=lambda e: e["start"])
    return ents


def uncovered(text, ents):
    """Occurrences of annotated strings that no span touches (to be read: most are inside other spans'
    words or deliberately left out)."""
    out = []
    for surface in sorted({e["text"] for e in ents}):
        at = text.find(surface)
        while at >= 0:
            if not any(e["start"] < at + len(surface) and at < e["end"] for e in ents):
                out.append(
                    (at, surface, text[max(0, at - 6) : at + len(surface) + 6].replace("\n", "⏎"))
                )
            at = text.find(surface, at + 1)
    return sorted(out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lists", default="lists_p1", help="lists module in this folder")
    ap.add_argument("--out", default="p1", help="output folder under this folder")
    ap.add_argument("--check", action="store_true", help="exit 1 when a committed file differs")
    ap.add_argument("names", nargs="*")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(HERE))
    lists = importlib.import_module(args.lists).LISTS
    names = args.names or sorted(p.stem for p in GOLD.glob("*.json"))
    out_dir = HERE / args.out
    out_dir.mkdir(exist_ok=True)
    failed, total = False, Counter()
    for name in names:
        text = json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))["text"]
        if name not in lists:
            print(f"{name}: NO LIST")
            failed = True
            continue
        try:
            ents = build(text, lists[name])
        except ListError as err:
            print(f"{name}: FAILED\n{err}")
            failed = True
            continue
        doc = {"text": text, "entities": ents}
        path = out_dir / f"{name}.json"
        body = json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != body:
                print(f"{name}: differs from {path}")
                failed = True
        else:
            path.write_text(body, encoding="utf-8")
        counts = Counter(e["type"] for e in ents)
        total.update(counts)
        print(f"{name}: {len(ents)} " + " ".join(f"{t}={counts[t]}" for t in TYPES))
        for at, surface, ctx in uncovered(text, ents):
            print(f"    uncovered {surface!r} at {at}: …{ctx}…")
    print("all: " + " ".join(f"{t}={total[t]}" for t in TYPES) + f" total={sum(total.values())}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

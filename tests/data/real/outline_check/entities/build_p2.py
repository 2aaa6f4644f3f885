"""Build pass 2's entity files for the outline check set from a reading-lists module.

A list is "TYPE<TAB>surface" lines in reading order; each surface is searched in the document's gold
text (tests/data/real/outline_check/gold/<name>.json, field "text") from the end of the previous
line's span (skipping places where it lies inside a longer listed surface, 港 in 香港), so a repeated surface takes its next occurrence. "-<TAB>surface" consumes an occurrence that is
deliberately not annotated (a surface that is an entity only in some places). The build fails loudly when a
surface is not found, when two spans overlap, or when a listed surface occurs elsewhere in the text
neither annotated, skipped nor covered by another span (an ambiguous or forgotten occurrence).

Usage: python build_p2.py [lists_module] [out_dir]   (defaults: lists_p2, p2)
Writes entities/<out_dir>/<name>.json as {"text", "entities": [{"start", "end", "type", "text"}]}.
"""

import importlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE.parent / "gold"
TYPES = {"ORG", "LOC", "PER", "DATE", "QUANT", "DOC", "TERM"}


def parse(block):
    rows = []
    for line in block.strip("\n").split("\n"):
        if not line.strip():
            continue
        kind, _, surface = line.partition("\t")
        if kind != "-" and kind not in TYPES or not surface:
            raise SystemExit(f"bad line: {line!r}")
        rows.append((kind, surface))
    return rows


def inside_longer(text, at, surface, surfaces):
    """True when text[at:at+len(surface)] lies inside an occurrence of a longer listed surface."""
    for longer in surfaces:
        if len(longer) <= len(surface) or surface not in longer:
            continue
        j = text.find(longer, max(0, at - len(longer)))
        while 0 <= j <= at:
            if at + len(surface) <= j + len(longer):
                return True
            j = text.find(longer, j + 1)
    return False


def annotate(name, text, block):
    ents, used, pos = [], [], 0
    surfaces = {s for _, s in parse(block)}
    for kind, surface in parse(block):
        at = text.find(surface, pos)
        while at >= 0 and inside_longer(text, at, surface, surfaces):
            at = text.find(surface, at + 1)
        if at < 0:
            raise SystemExit(f"{name}: {kind} {surface!r} not found after offset {pos}")
        span = (at, at + len(surface))
        for s, e in used:
            if s < span[1] and span[0] < e:
                raise SystemExit(f"{name}: {surface!r} at {at} overlaps [{s}, {e})")
        used.append(span)
        if kind != "-":
            ents.append({"start": span[0], "end": span[1], "type": kind, "text": surface})
        pos = span[1]
    # every occurrence of a listed surface must be accounted for
    for surface in surfaces:
        i = text.find(surface)
        while i >= 0:
            if not any(s <= i and i + len(surface) <= e for s, e in used):
                raise SystemExit(
                    f"{name}: occurrence of {surface!r} at {i} neither listed nor skipped"
                )
            i = text.find(surface, i + 1)
    ents.sort(key=lambda x: x["start"])
    return ents


def main(args):
    module = importlib.import_module(args[0] if args else "lists_p2")
    out = HERE / (args[1] if len(args) > 1 else "p2")
    out.mkdir(exist_ok=True)
    counts = {}
    for name, block in module.LISTS.items():
        text = json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))["text"]
        ents = annotate(name, text, block)
        for e in ents:
            counts[e["type"]] = counts.get(e["type"], 0) + 1
        data = {"text": text, "entities": ents}
        (out / f"{name}.json").write_text(
            json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        print(f"{name}: {len(ents)}")
    missing = sorted(p.stem for p in GOLD.glob("*.json") if p.stem not in module.LISTS)
    if missing:
        raise SystemExit(f"no list for: {missing}")
    print(" ".join(f"{k} {v}" for k, v in sorted(counts.items())), "total", sum(counts.values()))


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    main(sys.argv[1:])

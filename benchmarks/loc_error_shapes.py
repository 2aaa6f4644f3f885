"""LOC error units by the shape of the place, on the dev batches, the outline check set and an
outside BIO corpus (round 15 of #13).

A unit is a gold place the recogniser missed (``miss``; ``miss (other type)`` where a span of
another type covers it: a TERM in 「」, a QUANT, an ORG), a place the gold does not hold
(``spurious``; ``spurious (gold: other type)`` over the gold's ORG, TERM or DOC) or a wrong edge
(``edge``: a gold place and a predicted place that overlap). Each unit is put in a class by what
the span ends in, read on the Simplified pivot: a natural feature's type word (山, 河, 湖 …), a
level word (省, 市, 区, 县 …), a town or village word, a road, a venue or site word (站, 广场,
公园, 展区 …), one character, or none (``bare name``).

Run: ``.venv/bin/python benchmarks/loc_error_shapes.py [--batch N ...] [--examples K]
[CORPUS.bio ...]`` (default: the dev parts of batches 1-11 and the check set; held-out documents
are never read; a BIO corpus as ``score_entities_bio.py`` reads it, pooled into one column).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from score_entities import batches, gold_documents  # noqa: E402
from score_entities_bio import documents, read_bio  # noqa: E402

from gui.core.entities import recognise  # noqa: E402
from gui.core.script import to_pivot  # noqa: E402

DEFAULT_BATCHES = tuple(str(n) for n in range(1, 12))
SHAPES = (
    ("one-char", re.compile("^.$")),
    ("town/village", re.compile("(镇|乡|街道|村|社区)$")),
    ("road/address", re.compile("(路|街|道|大道|巷|弄|段|号)$")),
    (
        "venue/site",
        re.compile("(站|出口|机场|港|码头|口岸|桥|广场|公园|园区|展区|入口|商圈|市场|大厅|中心)$"),
    ),
    ("natural", re.compile("(山|江|河|湖|岛|湾|海峡|海|溪|峡|岭|峰|洲|滩|半岛|水库|群岛)$")),
    ("admin w/ suffix", re.compile("(省|市|区|县|州|旗|盟)$")),
    ("region", re.compile("(地区|三角|湾区|圈|带|流域|沿线|境内)$")),
)


def shape(name: str) -> str:
    """The class of a place by what it ends in, on the Simplified pivot."""
    pivot = to_pivot(name)[0]
    return next((label for label, pattern in SHAPES if pattern.search(pivot)), "bare name")


def units(text: str, gold: set, found: set):
    """``(kind, span)`` for each LOC error unit of one document."""
    gold_loc = {g for g in gold if g[2] == "LOC"}
    found_loc = {f for f in found if f[2] == "LOC"}
    for g in sorted(gold_loc - found_loc):
        over = [f for f in found if f[0] < g[1] and g[0] < f[1]]
        if any(f[2] == "LOC" for f in over):
            yield "edge", g
        else:
            yield ("miss (other type)" if over else "miss"), g
    for f in sorted(found_loc - gold_loc):
        over = [g for g in gold if g[0] < f[1] and f[0] < g[1]]
        if not any(g[2] == "LOC" for g in over):  # an edge is counted once, from the gold side
            yield ("spurious (gold: other type)" if over else "spurious"), f


def count(docs, column: str, table: Counter, examples: dict) -> None:
    for text, gold in docs:
        found = {(e.start, e.end, e.type) for e in recognise(text)}
        for kind, span in units(text, gold, found):
            key = (kind, shape(text[span[0] : span[1]]))
            table[column, key] += 1
            examples[column, key].append(text[span[0] : span[1]])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="*", type=Path, help="BIO corpora (one pooled column)")
    ap.add_argument("--batch", action="append", help="dev batch to read (default: 1-11)")
    ap.add_argument("--examples", type=int, default=0, help="list K spans per class and column")
    args = ap.parse_args(argv)
    wanted = set(args.batch or DEFAULT_BATCHES)
    of = batches()

    def spans(gold: dict) -> set:
        return {(e["start"], e["end"], e["type"]) for e in gold["entities"]}

    table: Counter = Counter()
    examples: dict = defaultdict(list)
    dev = [
        (g["text"], spans(g))
        for name, split, g in gold_documents("real")
        if split == "dev" and of.get(name.removeprefix("real/"), "1") in wanted
    ]
    columns = [f"dev ({len(dev)})"]
    count(dev, columns[0], table, examples)
    check = [(g["text"], spans(g)) for _n, _s, g in gold_documents("check")]
    columns.append(f"check ({len(check)})")
    count(check, columns[1], table, examples)
    if args.corpora:
        columns.append("BIO corpora")
        for path in args.corpora:
            count(documents(read_bio(path), 50), columns[2], table, examples)
    keys = sorted({k for _c, k in table}, key=lambda k: -sum(table[c, k] for c in columns))
    print("| error | shape | " + " | ".join(columns) + " |")
    print("| --- | --- |" + " --- |" * len(columns))
    for key in keys:
        print(f"| {key[0]} | {key[1]} | " + " | ".join(str(table[c, key]) for c in columns) + " |")
        for c in columns if args.examples else ():
            if examples[c, key]:
                print(f"|   | {c}: {'、'.join(examples[c, key][: args.examples])} |")
    totals = " | ".join(str(sum(table[c, k] for k in keys)) for c in columns)
    print(f"| **all LOC units** | | {totals} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

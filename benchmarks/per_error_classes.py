"""The recogniser's person (PER) errors by where the name stands and what form it has.

Round 15 of #13 asks which kinds of person the rules miss, take wrongly or cut wrongly — after a
title or role, in a 、-list, before a speech verb, in a byline or photo credit; Hong Kong names
(林郑月娥, a name with an English one beside it), compound surnames, one-character given names,
transliterated names with a middle dot — in the dev parts of the corpus, in the outline check's
set and in an outside corpus in BIO format (People's Daily 1998, MSRA; not in the repository,
resources/gazetteers/README.md). Every unit is counted once in each of two tables: by context
(the first test it passes, in the order of ``CONTEXTS``) and by form (``FORMS``).

Units are those of ``entity_error_classes.py`` that involve a person: a gold name missed (or
given another type), a name proposed where the gold has none (or has another type), and a
*wrong edge* (a gold name and a proposed one that overlap). The context is read around the gold
span (the proposed one for a false alarm), on the Simplified pivot.

Run: ``.venv/bin/python benchmarks/per_error_classes.py [--batch N ...] [--check]
[--bio FILE ...] [--examples K]`` (default: the dev parts of batches 1-11 less the fresh ones of
tests/conftest.py; held-out documents are never read).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from entity_error_classes import _units  # noqa: E402
from score_entities import CHECK, REAL  # noqa: E402
from score_entities_bio import documents, read_bio  # noqa: E402

from gui.core.entities import lexicon as lx  # noqa: E402
from gui.core.entities import recognise  # noqa: E402
from gui.core.entities.gazetteer import gazetteer  # noqa: E402
from gui.core.script import to_pivot  # noqa: E402

DEV_BATCHES = tuple(str(n) for n in range(1, 12))
KINDS = ("missed", "spurious", "wrong edge")

_BYLINE_BEFORE = re.compile(
    r"(?:记者|通讯员|摄影|摄|责任编辑|编辑|作者|文|图|撰文|供稿|来源)[ \u3000]*[:：／/|｜]?[ \u3000]*"
    r"(?:[\u4e00-\u9fff]{2,4}[、 \u3000])*$"
)
_CREDIT_AFTER = re.compile(r"[ \u3000]?(?:摄|报道|供图|/摄)")
_DOTS = re.compile("[·．•‧・]")
_LATIN_AFTER = re.compile(r"[（(][A-Za-z]")
_LIST_MARKS = "、和与及"
_ETHNIC_OR_SEX = re.compile("[（(](?:女|[\u4e00-\u9fff]{1,3}族)[）)][\u4e00-\u9fff]")
_ADVERBS = "也亦还则又却便"


def _starts_with(text: str, pos: int, words) -> bool:
    return any(text.startswith(w, pos) for w in words)


def _ends_with(text: str, words) -> bool:
    return any(text.endswith(w) for w in words)


def context(pivot: str, s: int, e: int, role_nouns, names: set[tuple[int, int]]) -> str:
    """Where the name at ``s:e`` of the pivot stands (the first test it passes); ``names`` are
    the gold people's spans."""
    if any(a == e or b == s for a, b in names) or _ETHNIC_OR_SEX.match(pivot, e):
        # People's Daily prints its lists of deputies with spaces that the BIO corpus dropped
        # (王海王群王广宪, 郝建秀（女）): no reader could cut such a run without a list of them.
        return "glued to the next name (a list that lost its spaces)"
    line_start = pivot.rfind("\n", 0, s) + 1
    before = pivot[max(line_start, s - 16) : s]
    if _BYLINE_BEFORE.search(before) or _CREDIT_AFTER.match(pivot, e):
        return "byline or photo credit"
    bare = before.rstrip(" \u3000:：")
    if _ends_with(bare, lx.PERSON_TITLES_BEFORE) or _ends_with(bare, lx.FOREIGN_TITLES_AFTER):
        return "after a title"
    if _ends_with(bare, role_nouns):
        return "after a role noun"
    if _starts_with(pivot, e, lx.PERSON_TITLES_AFTER) or _starts_with(
        pivot, e, ("先生", "女士", "小姐", "太太", "同志")
    ):
        return "before a title or form of address"
    verb_at = e + 1 if pivot[e : e + 1] and pivot[e] in _ADVERBS else e
    if _starts_with(pivot, verb_at, lx.SPEECH_VERBS):
        return "before a speech verb"
    if pivot[s - 1 : s] in _LIST_MARKS or pivot[e : e + 1] in _LIST_MARKS:
        return "in a list (、和与及)"
    return "no cue next to it"


def form(pivot: str, s: int, e: int) -> str:
    """What the name is made of (the first test it passes)."""
    name = pivot[s:e]
    if re.search("[A-Za-z]", name):
        return "Latin script"
    if _DOTS.search(name):
        return "transliterated, with a middle dot"
    if name[:2] in lx.COMPOUND_SURNAMES:
        return "compound surname"  # 欧阳明高: not two surnames of a married name
    if (len(name) == 4 and name[0] in lx.SURNAMES and name[1] in lx.SURNAMES) or _LATIN_AFTER.match(
        pivot, e
    ):
        return "Hong Kong married name or an English name beside it"
    if len(name) == 1:
        return "surname alone"
    translit = all(c in lx.TRANSLIT_CHARS for c in name)
    if translit and (len(name) >= 4 or name[0] not in lx.SURNAMES):
        return "transliterated, no dot"
    if name[0] not in lx.SURNAMES:
        return "no known surname"
    if len(name) == 2:
        return "one-character given name"
    if len(name) == 3:
        return "surname + two characters"
    return "longer name"


def per_units(text: str, gold: set, pred: set):
    """``(kind, span)`` of every error unit that involves a person."""
    for kind, span, other in _units(text, gold, pred):
        if span[2] != "PER" and not (other and other[2] == "PER"):
            continue
        if kind == "boundary":
            yield "wrong edge", span
        elif kind == "type":
            yield ("missed" if span[2] == "PER" else "spurious"), span
        elif kind == "miss":
            yield "missed", span
        else:
            yield "spurious", span


def _dev_documents(batches: tuple[str, ...]):
    """The dev documents of ``batches`` (only files split.tsv calls dev are opened)."""
    sys.path.insert(0, str(ROOT / "tests"))
    from conftest import FRESH_BATCHES  # the batch being built is read by nobody

    with (REAL / "split.tsv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    for row in rows:
        batch = (row.get("batch") or "1").strip()
        if row["split"] != "dev" or batch not in batches or batch in FRESH_BATCHES:
            continue
        path = REAL / "entities" / (Path(row["file"]).stem + ".json")
        if path.is_file():
            gold = json.loads(path.read_text(encoding="utf-8"))
            yield (
                f"b{batch}",
                gold["text"],
                {(x["start"], x["end"], x["type"]) for x in gold["entities"]},
            )


def _check_documents():
    for path in sorted(CHECK.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        yield "check", gold["text"], {(x["start"], x["end"], x["type"]) for x in gold["entities"]}


def _bio_documents(paths: list[Path]):
    for path in paths:
        for text, gold in documents(read_bio(path), 50):
            yield "bio", text, gold


def count(docs, examples: int):
    """Counters of units by (source, kind) for each context and each form."""
    nouns = gazetteer().role_nouns
    by_context: dict[str, Counter] = defaultdict(Counter)
    by_form: dict[str, Counter] = defaultdict(Counter)
    shown: dict[tuple, list[str]] = defaultdict(list)
    gold_per: Counter = Counter()
    for source, text, gold in docs:
        group = "dev" if source[1:].isdigit() else source
        pred = {(x.start, x.end, x.type) for x in recognise(text)}
        if source == "bio":
            pred = {p for p in pred if p[2] in ("PER", "LOC", "ORG")}
        gold_per[group] += sum(1 for g in gold if g[2] == "PER")
        pivot, to_pivot_map = to_pivot(text)
        names = {to_pivot_map.span_to_b(g[0], g[1]) for g in gold if g[2] == "PER"}
        for kind, (s, e, _t) in per_units(text, gold, pred):
            ps, pe = to_pivot_map.span_to_b(s, e)
            c, f = context(pivot, ps, pe, nouns, names), form(pivot, ps, pe)
            by_context[c][group, kind] += 1
            by_form[f][group, kind] += 1
            if len(shown[c, f]) < examples:
                snippet = text[max(0, s - 6) : s] + "[" + text[s:e] + "]" + text[e : e + 4]
                shown[c, f].append(f"{group} {kind}: {snippet!r}")
    return by_context, by_form, gold_per, shown


def table(title: str, rows: dict[str, Counter], groups: list[str]) -> None:
    head = " | ".join(f"{g} {k}" for g in groups for k in KINDS)
    print(f"\n| {title} | {head} |")
    print("| --- |" + " --- |" * (len(groups) * len(KINDS)))
    order = sorted(rows, key=lambda r: -sum(rows[r].values()))
    for r in order:
        cells = " | ".join(str(rows[r][g, k]) for g in groups for k in KINDS)
        print(f"| {r} | {cells} |")
    total = Counter()
    for r in rows.values():
        total.update(r)
    print("| **all** | " + " | ".join(str(total[g, k]) for g in groups for k in KINDS) + " |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--batch", action="append", help="dev batch(es) (default: 1-11)")
    ap.add_argument("--check", action="store_true", help="also the outline check's set")
    ap.add_argument("--bio", nargs="*", type=Path, default=[], help="BIO corpora to add")
    ap.add_argument("--examples", type=int, default=0, help="examples per context and form")
    args = ap.parse_args(argv)
    docs = list(_dev_documents(tuple(args.batch or DEV_BATCHES)))
    if args.check:
        docs += list(_check_documents())
    docs += list(_bio_documents(args.bio))
    by_context, by_form, gold_per, shown = count(docs, args.examples)
    groups = [g for g in ("dev", "check", "bio") if gold_per[g]]
    print("gold PER mentions: " + ", ".join(f"{g} {gold_per[g]}" for g in groups))
    table("context", by_context, groups)
    table("form", by_form, groups)
    for (c, f), lines in sorted(shown.items()):
        if not lines:
            continue
        print(f"\n{c} / {f}:")
        for line in lines:
            print("   ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Leave-one-batch-out error classes of the entity recogniser on the DEV batches only.

Round 6 of #13 asks which of the recogniser's errors on one dev batch fall into classes that
also occur in the other dev batches: a class seen in only one batch is what a rule written for
that batch's sentences would fix (and what did not generalise in rounds 1–5); a class seen in
two or more batches is a pattern of the language or the genre worth fixing.

Errors are counted in units: a gold span the recogniser missed and a span it proposed that the
gold does not hold are one unit each, except that a miss and a false alarm of the same type
that overlap are one *boundary* unit, and the same span with another type one *type* unit.
Each unit gets the first class whose test it passes (``CLASSES``, in order). The classes are
decided from the spans' text and their document's genre only, never from a document's name.

With ``--org`` only the units that involve an organisation are counted, in the four classes of
round 13 (``classify_org``): an unknown body (no list and no suffix rule found any part of it), a
wrong edge (which side, and whether the span is too long or too short), a generic noun or a word
taken as a body (a false alarm), and a repeated short form missed (the name stands inside a longer
name of the same document, or after its 简称).

Run: ``.venv/bin/python benchmarks/entity_error_classes.py [--batch N ...] [--examples K] [--org]
[--types LOC,PER] [--check] [--recur N]`` (default: the dev parts of batches 1-10; a later batch only when named, so that its first
score stays a fresh measure; held-out documents are never read). Prints one row
per class with its count in each batch, and marks the classes seen in two or more batches
(``--recur 3``: three or more, the bar of round 20, which pooled batches 1-12 and the check set).
``--types LOC,PER`` keeps the units of those types only; ``--check`` adds the outline check set
(tests/data/real/outline_check, tuned on since session 13) as a last column (round 15).

LOC and PER units are split by what stands around them (round 13): a place in a 、-list or a
run of one-character places, a place at the edge of an organisation's span (a place inside a
body, or a body that swallowed it), a transliterated place, a person after a title.
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

from gui.core.entities import recognise  # noqa: E402
from gui.core.entities.gazetteer import gazetteer  # noqa: E402
from gui.core.entities.lexicon import PERSON_TITLES_BEFORE, TRANSLIT_CHARS  # noqa: E402
from gui.core.script import to_pivot  # noqa: E402

#: Batches read when none is named (batch 10 and later: fresh sets, scored first on their own;
#: batch 7's dev part became tunable dev after its fresh score at the end of session 9, batch 8's
#: at the end of session 10, batch 9's at the end of session 11, batch 10's at the end of session 12).
DEFAULT_BATCHES = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "10")
#: Genres whose documents come from Hong Kong, Taiwan or Macau (split.tsv's ``kind``).
HK_TW_MO = ("news-hk", "press-tw", "press-mo", "news-tw", "gongwen-tw")
_LATIN = re.compile("[A-Za-z]")
_BODY_TAIL = re.compile(
    "(署|局|处|会|委员会|委|办公室|部|司|组|所|科|厅|办|队|中心|政府|专班|指挥部|联盟|台网)$"
)
_MEDIA_TAIL = re.compile("(报|新闻|频道|台|社|期刊|杂志|周刊|影像|网)$")
_ARMED = re.compile("(军|舰队|部队|警队|卫队|小队|军队|师)$")
_UNIVERSITY = re.compile("(大学|学院|学系|系|职院|工院|校区)")
_SITE_TAIL = re.compile(
    "(馆|园|公园|遗址|旧址|保护区|广场|湿地|山|岛|火山|港|渔港|机场|航站楼|站|口岸|大楼|酒店|"
    "公墓|池|基地|中心|城|片区|区|社区|新城|枢纽|工程|通道|运河|江|河|湖|高速|公路)$"
)


def _kinds() -> dict[str, str]:
    """Document stem → genre (split.tsv's ``kind`` column)."""
    import csv

    with (ROOT / "tests/data/real/split.tsv").open(encoding="utf-8") as f:
        return {Path(r["file"]).stem: r["kind"] for r in csv.DictReader(f, delimiter="\t")}


def _units(text: str, gold: set, pred: set) -> list[tuple[str, tuple, tuple | None]]:
    """(kind, span, other span) per error unit: miss, false alarm, boundary, type."""
    fn, fp = sorted(gold - pred), sorted(pred - gold)
    units, used = [], set()
    for g in fn:
        partner = next(
            (p for p in fp if p not in used and p[0] < g[1] and g[0] < p[1] and p[2] == g[2]),
            None,
        )
        kind = "boundary"
        if partner is None:
            partner = next((p for p in fp if p not in used and p[:2] == g[:2]), None)
            kind = "type"
        if partner is None:
            units.append(("miss", g, None))
        else:
            used.add(partner)
            units.append((kind, g, partner))
    units += [("false alarm", p, None) for p in fp if p not in used]
    return units


def _pivot(snippet: str) -> str:
    return to_pivot(snippet)[0]


_LIST_MARKS = set("、和与及")


def _place_setting(span: tuple, text: str, orgs: list[tuple]) -> str:
    """Where a LOC unit stands: in a list, at an organisation's edge, or '' (round 13)."""
    s, e, _ = span
    if any(a < e and s < b for a, b, _ in orgs):
        return "place inside a body (a LOC/ORG edge)"
    if text[s - 1 : s] in _LIST_MARKS or text[e : e + 1] in _LIST_MARKS:
        return "place in a list"
    return ""


def classify(
    kind: str, span: tuple, other: tuple | None, text: str, genre: str, orgs: list | None = None
) -> str:
    """The class of one error unit (``span`` is the gold span, or the false alarm); ``orgs``
    are the ORG spans of the gold and of the recogniser, for the LOC units' setting."""
    gaz = gazetteer()
    s, e, ty = span
    t = _pivot(text[s:e])
    before = _pivot(text[max(0, s - 8) : s])
    regional = genre in HK_TW_MO
    if _LATIN.search(t) and ty in ("ORG", "LOC", "PER"):
        return "Latin-script name"
    if kind == "type":
        return f"type confusion ({other[2]} for {ty})"
    if ty == "LOC" and orgs is not None:
        setting = _place_setting(span, text, orgs)
        if setting:
            return setting
        stem = t[:-1] if t[-1:] in "市省州县镇河湖岛湾港山" else t
        if len(stem) >= 2 and all(c in TRANSLIT_CHARS for c in stem) and t not in gaz.places:
            return "transliterated place"
    if "驻" in t or (other and "驻" in _pivot(text[other[0] : other[1]])):
        return "embassy or office 驻 a place"
    countries = gaz.countries
    if kind == "boundary" and other is not None:
        o = _pivot(text[other[0] : other[1]])
        longer = t if len(t) > len(o) else o
        if any(longer.startswith(c) and longer != c for c in countries):
            return "foreign country + its body or place"
        if other[0] < s and ty == "ORG":
            return "ORG left edge swallows a word"
        if ty == "ORG":
            return "ORG right edge (campus, department, bracket)"
        return f"{ty} boundary"
    if ty == "LOC" and len(t) == 1:
        return "one-character place abbreviation"
    if any(t.startswith(c) and t != c for c in countries) and kind == "miss":
        return "foreign country + its body or place"
    if kind == "false alarm":
        if ty == "LOC" and t in gaz.places:
            return "gazetteer place the gold does not mark (inside a longer name)"
        return f"{ty} false alarm"
    if ty == "PER":
        if any(before.endswith(w) for w in PERSON_TITLES_BEFORE):
            return "PER after a title or role"
        if len(t) >= 3 and all(c in TRANSLIT_CHARS for c in t):
            return "PER transliterated foreign name"
        if len(t) == 1:
            return "PER by surname alone"
        return "PER other"
    if ty == "ORG":
        if _ARMED.search(t):
            return "armed forces and police units"
        if _MEDIA_TAIL.search(t):
            return "media"
        if _UNIVERSITY.search(t):
            return "university, college or department"
        if _BODY_TAIL.search(t):
            return "HK/TW/Macau body" if regional else "mainland body with a suffix"
        return "company or brand without a suffix"
    if ty == "LOC":
        if t in gaz.places:
            return "gazetteer place missed in its context"
        if t in gaz.bare_in_lists or t in gaz.counties or t[:-1] in gaz.counties:
            return "bare county or district name"
        if _SITE_TAIL.search(t):
            return "named site or facility with a type word"
        return "local place name without a type word"
    return f"{ty} miss"


_SHORT_DEFINED = re.compile('简称[“「"]?([^”」"）)，,。]{2,12})')


def classify_org(kind: str, span: tuple, other: tuple | None, text: str, gold: set) -> str:
    """The round-13 class of an error unit that involves an ORG (``span`` is the gold span, or
    the false alarm; ``other`` the prediction paired with it)."""
    s, e, ty = span
    t = text[s:e]
    if kind == "type":
        return f"type: {other[2]} for {ty}" if other else "type"
    if kind == "boundary" and other is not None:
        side = "left" if other[0] != s else "right"
        longer = other[0] < s if side == "left" else other[1] > e
        return f"wrong edge: {side}, {'swallows words' if longer else 'cut short'}"
    if kind == "false alarm":
        return "generic noun or word taken as a body"
    longer_names = [text[a:b] for a, b, y in gold if y == "ORG" and b - a > e - s]
    defined = {m.group(1) for m in _SHORT_DEFINED.finditer(text)}
    if any(t in n for n in longer_names) or t in defined:
        return "repeated short form missed"
    return "unknown body (no list, no suffix rule)"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--batch", action="append", help="dev batch(es) to read (default: all)")
    ap.add_argument("--examples", type=int, default=0, help="print K examples per class")
    ap.add_argument("--types", help="only the units of these types (LOC,PER)")
    ap.add_argument("--org", action="store_true", help="ORG units only, in round 13's classes")
    ap.add_argument("--check", action="store_true", help="and the outline check set, a column")
    ap.add_argument(
        "--recur",
        type=int,
        default=2,
        help="mark the classes seen in at least this many batches (round 20: 3)",
    )
    args = ap.parse_args(argv)
    types = set(args.types.split(",")) if args.types else None
    of, genres = batches(), _kinds()
    counts: dict[str, Counter] = defaultdict(Counter)
    examples: dict[str, list[str]] = defaultdict(list)
    totals: Counter = Counter()
    check = [(n, "check", g) for n, _s, g in gold_documents("check")] if args.check else []
    for name, split, gold in gold_documents("real") + check:
        stem = name.removeprefix("real/")
        batch = "check" if split == "check" else of.get(stem, "1")
        if batch != "check" and (split != "dev" or batch not in (args.batch or DEFAULT_BATCHES)):
            continue  # held-out documents are never read here
        text = gold["text"]
        g = {(x["start"], x["end"], x["type"]) for x in gold["entities"]}
        p = {(x.start, x.end, x.type) for x in recognise(text)}
        orgs = [x for x in g | p if x[2] == "ORG"]
        for kind, span, other in _units(text, g, p):
            if types is not None and span[2] not in types:
                continue
            if args.org:
                if span[2] != "ORG" and not (other and other[2] == "ORG"):
                    continue
                cls = classify_org(kind, span, other, text, g)
            else:
                cls = classify(kind, span, other, text, genres.get(stem, ""), orgs)
            counts[cls][batch] += 1
            totals[batch] += 1
            shown = text[span[0] : span[1]]
            if other:
                shown += f" / {text[other[0] : other[1]]} {other[2]}"
            examples[cls].append(f"b{batch} {kind}: {shown}")
    seen = sorted(totals, key=lambda b: (b == "check", int(b) if b.isdigit() else 0))
    print("| class | " + " | ".join(f"batch {b}" for b in seen) + " | batches |")
    print("| --- | " + " | ".join("---" for _ in seen) + " | --- |")
    for cls in sorted(counts, key=lambda c: -sum(counts[c].values())):
        n = sum(1 for b in seen if counts[cls][b])
        cells = " | ".join(str(counts[cls][b]) for b in seen)
        print(f"| {cls} | {cells} | {n}{' ✓' if n >= args.recur else ''} |")
        for ex in examples[cls][: args.examples]:
            print(f"    {ex}")
    print("| all error units | " + " | ".join(str(totals[b]) for b in seen) + " | |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

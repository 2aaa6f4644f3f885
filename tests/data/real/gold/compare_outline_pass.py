"""Compare an independent second outline pass with the committed gold.

Reads `gold/second_pass/batch<N>/<id>.json` (written from each document's
text alone by a second annotator) and `gold/<id>.json`, and prints their
agreement: titles, subtitles, headings matched by text (whitespace
ignored), the levels and lines of matched headings, header fields, and
furniture counted in lines (a line is furniture when any of its characters
is). Batch 3's pass has no subtitle key (none of its documents has one), so
a missing key counts as no subtitle. Only the two
annotations are read; no analysis of the app runs.

The lines quote titles, headings and fields. A batch's held-out documents are compared only while the
batch is fresh (tests/conftest.py FRESH_BATCHES: its annotators read it) or with
--heldout-of-scored-batch (an annotator the lead names); otherwise its dev documents alone are, and one
line says so.

Run: python tests/data/real/gold/compare_outline_pass.py [--batch 3] [-v] [--heldout-of-scored-batch]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent
sys.path.append(str(GOLD.parent))  # devcorpus.py
import devcorpus  # noqa: E402

_SPACE = re.compile(r"\s+")


def norm(text: str | None) -> str:
    """Text with all whitespace removed (headings wrap and keep inner spaces)."""
    return _SPACE.sub("", text or "")


def norm_field(value: object) -> str:
    """A header field as one comparable string (a list joined by 、)."""
    if isinstance(value, list):
        return "、".join(norm(str(v)) for v in value)
    return norm(str(value))


def furniture_lines_of_gold(text: str, ranges: list[list[int]]) -> set[int]:
    """1-based numbers of the lines any gold furniture range touches."""
    starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            starts.append(i + 1)
    lines: set[int] = set()
    for start, end in ranges:
        for n, line_start in enumerate(starts, 1):
            line_end = starts[n] - 1 if n < len(starts) else len(text)
            if line_start < end and start < line_end:
                lines.add(n)
    return lines


def furniture_lines_of_pass(ranges: list[list[int]]) -> set[int]:
    """The second pass's 1-based inclusive line ranges as a set of lines."""
    return {n for a, b in ranges for n in range(a, b + 1)}


def compare(doc_id: str, second: dict, gold: dict) -> dict:
    """Agreement figures for one document."""
    gold_heads = [s for s in gold["sections"] if s["heading"] is not None]
    g = {norm(s["heading"]): s["level"] for s in gold_heads}
    p = {norm(h["text"]): h["level"] for h in second["headings"]}
    matched = sorted(set(g) & set(p), key=list(p).index)
    text = gold["text"]
    g_line = {norm(s["heading"]): text.count("\n", 0, s["start"]) + 1 for s in gold_heads}
    p_line = {}
    for h in second["headings"]:
        where = h.get("line")
        p_line[norm(h["text"])] = where[0] if isinstance(where, list) else where
    gold_fields = gold.get("document") or {}
    pass_fields = second["document"]
    keys = sorted(set(gold_fields) | set(pass_fields))
    fields_agree = [
        k
        for k in keys
        if k in gold_fields
        and k in pass_fields
        and norm_field(gold_fields[k]) == norm_field(pass_fields[k])
    ]
    g_furn = furniture_lines_of_gold(gold["text"], gold["furniture"])
    p_furn = furniture_lines_of_pass(second["furniture_lines"])
    return {
        "id": doc_id,
        "title_agree": norm(gold["title"]) == norm(second["title"]),
        "titles": (gold["title"], second["title"]),
        # Counted only where either side has a subtitle.
        "has_subtitle": bool(gold.get("subtitle") or second.get("subtitle")),
        "subtitle_agree": norm(gold.get("subtitle")) == norm(second.get("subtitle")),
        "subtitles": (gold.get("subtitle"), second.get("subtitle")),
        "gold_headings": len(g),
        "pass_headings": len(p),
        "matched": len(matched),
        "level_agree": sum(g[t] == p[t] for t in matched),
        "line_agree": sum(g_line[t] == p_line[t] for t in matched),
        "level_diff": [(t, g[t], p[t]) for t in matched if g[t] != p[t]],
        "only_gold": [t for t in g if t not in p],
        "only_pass": [t for t in p if t not in g],
        "fields": len(keys),
        "fields_agree": len(fields_agree),
        "field_diff": [
            (k, gold_fields.get(k), pass_fields.get(k)) for k in keys if k not in fields_agree
        ],
        "furn_gold": len(g_furn),
        "furn_pass": len(p_furn),
        "furn_both": len(g_furn & p_furn),
        "furn_only_gold": sorted(g_furn - p_furn),
        "furn_only_pass": sorted(p_furn - g_furn),
    }


def split_ids(part: str) -> set[str]:
    """Document ids in one part ("dev" or "heldout") of tests/data/real/split.tsv."""
    ids = set()
    for row in (GOLD.parent / "split.tsv").read_text(encoding="utf-8").splitlines():
        cols = row.split("\t")
        if len(cols) > 2 and cols[2] == part:
            ids.add(cols[0].rsplit(".", 1)[0])
    return ids


def _pct(a: int, b: int) -> str:
    return f"{a}/{b} ({100 * a / b:.1f}%)" if b else f"{a}/{b} (-)"


def main(argv: list[str] | None = None, fresh: set[str] | None = None) -> None:
    """Print per-document disagreements and the totals (``fresh``: the fresh batches,
    tests/conftest.py's when None)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", default="3")
    parser.add_argument("-v", "--verbose", action="store_true", help="list disagreements")
    parser.add_argument("--split", choices=("dev", "heldout"), help="only this part of the split")
    parser.add_argument(
        devcorpus.HELDOUT_FLAG,
        dest="heldout",
        action="store_true",
        help="compare a scored batch's held-out documents too (an annotator the lead names)",
    )
    args = parser.parse_args(argv)
    folder = GOLD / "second_pass" / f"batch{args.batch}"
    keep = split_ids(args.split) if args.split else None
    paths = sorted(folder.glob("*.json"))
    if not devcorpus.heldout_shown(args.batch, args.heldout, fresh):
        dev = split_ids("dev")
        left_out = sum(p.stem not in dev and (keep is None or p.stem in keep) for p in paths)
        paths = [p for p in paths if p.stem in dev]
        print(devcorpus.dev_only_line("compare_outline_pass.py", args.batch, left_out))
    rows = []
    for path in paths:
        if keep is not None and path.stem not in keep:
            continue
        second = json.loads(path.read_text(encoding="utf-8"))
        gold = json.loads((GOLD / path.name).read_text(encoding="utf-8"))
        rows.append(compare(path.stem, second, gold))
    for r in rows:
        print(
            f"{r['id']}: title {'=' if r['title_agree'] else 'DIFF'}; headings gold "
            f"{r['gold_headings']} pass {r['pass_headings']} matched {r['matched']} "
            f"level-agree {r['level_agree']}; fields {r['fields_agree']}/{r['fields']}; "
            f"furniture lines gold {r['furn_gold']} pass {r['furn_pass']} both {r['furn_both']}"
        )
        if args.verbose:
            if not r["title_agree"]:
                print(f"    title gold {r['titles'][0]!r} / pass {r['titles'][1]!r}")
            if not r["subtitle_agree"]:
                print(f"    subtitle gold {r['subtitles'][0]!r} / pass {r['subtitles'][1]!r}")
            for t in r["only_gold"]:
                print(f"    heading only in gold: {t}")
            for t in r["only_pass"]:
                print(f"    heading only in pass: {t}")
            for t, gl, pl in r["level_diff"]:
                print(f"    level gold {gl} pass {pl}: {t}")
            for k, gv, pv in r["field_diff"]:
                print(f"    field {k}: gold {gv!r} / pass {pv!r}")
            if r["furn_only_gold"] or r["furn_only_pass"]:
                print(
                    f"    furniture lines only gold {r['furn_only_gold']} "
                    f"only pass {r['furn_only_pass']}"
                )
    gh = sum(r["gold_headings"] for r in rows)
    ph = sum(r["pass_headings"] for r in rows)
    m = sum(r["matched"] for r in rows)
    print(f"\n{len(rows)} documents")
    print(f"titles agree: {_pct(sum(r['title_agree'] for r in rows), len(rows))}")
    with_sub = [r for r in rows if r["has_subtitle"]]
    print(f"subtitles agree: {_pct(sum(r['subtitle_agree'] for r in with_sub), len(with_sub))}")
    print(f"headings: gold {gh}, second pass {ph}, matched by text {m}")
    print(f"  recall of gold headings: {_pct(m, gh)}; precision of pass headings: {_pct(m, ph)}")
    f1 = 2 * m / (gh + ph) if gh + ph else 1.0
    print(f"  F1 {f1:.3f}")
    print(f"levels of matched agree: {_pct(sum(r['level_agree'] for r in rows), m)}")
    print(f"matched headings on the same line: {_pct(sum(r['line_agree'] for r in rows), m)}")
    print(
        f"header fields agree: {_pct(sum(r['fields_agree'] for r in rows), sum(r['fields'] for r in rows))}"
    )
    fb = sum(r["furn_both"] for r in rows)
    fu = sum(r["furn_gold"] + r["furn_pass"] - r["furn_both"] for r in rows)
    print(
        f"furniture lines: gold {sum(r['furn_gold'] for r in rows)}, pass "
        f"{sum(r['furn_pass'] for r in rows)}, both {fb}; agreement (both / either) {_pct(fb, fu)}"
    )


if __name__ == "__main__":
    main()

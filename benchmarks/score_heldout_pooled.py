"""Pool every held-out part of the real corpus: outline (headings, titles, 公文 fields,
furniture) and entities (strict micro and per-type F1), with one row per batch.

The issues' goals (#12, #13) are stated on the held-out third as a whole, so this is the figure
they are judged by. It reads every held-out document, the fresh batch's included: run it only
for the end-of-session measure, after every change is merged, never while tuning.

Run: ``.venv/bin/python benchmarks/score_heldout_pooled.py [--upto N] [--by-genre] [--json]``
(``--upto N``: batches 1 to N only, e.g. to repeat an earlier session's pooled figure; ``--from N``:
batches N and later only — with ``--dev``, the dev parts of the newest scored batches, a check on text
the rules of a round were not written on;
``--dev``: the dev parts instead, for tuning, the fresh batches of tests/conftest.py left out; ``--by-genre``: one row per genre family of split.tsv's ``kind`` column instead of per batch —
公文 and regulations, work reports and statistics, government releases, news, and the other
reports public repositories hold — to see the goals on the genres the reader is for, with a
``target`` row pooling the four families the reader is for, the "other" reports left out).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "data" / "real"))

import devcorpus  # noqa: E402
import score_entities  # noqa: E402
import score_outline  # noqa: E402

#: Genre families of split.tsv's ``kind`` column; every family holds a dozen held-out documents
#: or more, so a row is never one document's score.
GENRES = {
    "gongwen": "公文",
    "gongwen-tw": "公文",
    "regulation": "公文",
    "work-report": "work report",
    "plan": "work report",
    "stats": "work report",
    "press-mo": "release",
    "press-tw": "release",
    "news-cn": "news",
    "news-hk": "news",
    "news-tw": "news",
}


#: The row pooling the four families the reader is for (``--by-genre``).
TARGET = "target"


def kinds(real: Path = score_outline.REAL) -> dict[str, str]:
    """Document stem → genre family (``other`` for a kind outside GENRES)."""
    rows = (real / "split.tsv").read_text(encoding="utf-8").splitlines()
    header = rows[0].split("\t")
    out = {}
    for row in rows[1:]:
        cells = dict(zip(header, row.split("\t"), strict=False))
        if cells.get("file"):
            out[Path(cells["file"]).stem] = GENRES.get(cells.get("kind", ""), "other")
    return out


def closed_batches(split: str) -> set[int]:
    """Batches a pooled run leaves out: with ``--dev`` (a tuning figure) the fresh batches of
    tests/conftest.py, whose dev parts nobody may tune on before they are scored once; none for the
    held-out measure, which the lead takes with the fresh batches in."""
    return {int(b) for b in devcorpus.fresh_batches()} if split == "dev" else set()


def _group(by_genre: bool, of_batch: int, stem: str, genre: dict[str, str]) -> str:
    return genre.get(stem, "other") if by_genre else f"batch {of_batch}"


def outline_rows(
    upto: int | None, by_genre: bool = False, split: str = "heldout", since: int = 1
) -> dict[str, dict]:
    """Outline scores of each batch's (or genre's) held-out part and of all of them pooled."""
    closed = closed_batches(split)
    splits = {
        name: v
        for name, v in score_outline.manifest().items()
        if v[0] == split and (upto is None or v[1] <= upto) and v[1] >= since and v[1] not in closed
    }
    genre = kinds()
    group = {name: _group(by_genre, b, Path(name).stem, genre) for name, (_, b) in splits.items()}
    order = sorted(set(group.values()), key=_group_order)
    rows = {}
    pooled, target = score_outline.Score(), score_outline.Score()
    for label in order:
        total = score_outline.Score()
        sums = (total, pooled, target) if label in GENRES.values() else (total, pooled)
        for name in sorted(n for n in splits if group[n] == label):
            gold_path = score_outline.GOLD / (Path(name).stem + ".json")
            if not gold_path.is_file():
                continue
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            for score in sums:
                score_outline.score_document(score_outline.REAL / name, gold, score, False, False)
        rows[label] = total.row()
    if by_genre:
        rows[TARGET] = target.row()
    rows["pooled"] = pooled.row()
    return rows


def _group_order(label: str) -> tuple[int, str]:
    if label.startswith("batch "):
        return int(label.split()[1]), ""
    return list(GENRES.values()).index(label) if label in GENRES.values() else 99, label


def entity_rows(
    upto: int | None, by_genre: bool = False, split: str = "heldout", since: int = 1
) -> dict[str, dict]:
    """Strict entity counts of each batch's (or genre's) held-out part and of all of them pooled."""
    of = score_entities.batches()
    genre = kinds()
    closed = closed_batches(split)
    docs = [
        d
        for d in score_entities.gold_documents("real")
        if (d[1] == "dev") == (split == "dev")
        and (upto is None or int(of.get(d[0].removeprefix("real/"), "1")) <= upto)
        and int(of.get(d[0].removeprefix("real/"), "1")) >= since
        and int(of.get(d[0].removeprefix("real/"), "1")) not in closed
    ]
    groups: dict[str, list] = {}
    for d in docs:
        stem = d[0].removeprefix("real/")
        groups.setdefault(_group(by_genre, int(of.get(stem, "1")), stem, genre), []).append(d)
    rows = {}
    pooled = {"tp": Counter(), "fp": Counter(), "fn": Counter()}
    target = {"tp": Counter(), "fp": Counter(), "fn": Counter()}
    targets = 0
    for label in sorted(groups, key=_group_order):
        counts = score_entities.score(groups[label])
        rows[label] = _entity_row(counts, len(groups[label]))
        for key in pooled:
            pooled[key].update(counts[key])
            if label in GENRES.values():
                target[key].update(counts[key])
        targets += len(groups[label]) if label in GENRES.values() else 0
    if by_genre:
        rows[TARGET] = _entity_row(target, targets)
    rows["pooled"] = _entity_row(pooled, len(docs))
    return rows


def _entity_row(counts: dict, ndocs: int) -> dict:
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    p, r, f = score_entities.prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    row: dict = {"documents": ndocs, "P": round(p, 3), "R": round(r, 3), "F1": round(f, 3)}
    for ty in ("ORG", "LOC", "PER"):
        row[ty] = round(score_entities.prf(tp[ty], fp[ty], fn[ty])[2], 3)
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--upto", type=int, default=None, help="batches 1 to N only")
    parser.add_argument(
        "--from",
        dest="since",
        type=int,
        default=1,
        help="batches N and later only (with --dev: the newest scored batches' dev parts, which no rule was written on)",
    )
    parser.add_argument("--by-genre", action="store_true", help="one row per genre family")
    parser.add_argument(
        "--dev",
        action="store_true",
        help="pool the dev parts instead (validation batches 13-16 included, fresh batches left out): for tuning",
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    split = "dev" if args.dev else "heldout"
    result = {
        "outline": outline_rows(args.upto, args.by_genre, split, args.since),
        "entities": entity_rows(args.upto, args.by_genre, split, args.since),
    }
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    print(
        f"outline, {split}: documents, headings P / R (found, gold), titles, 公文 fields, furniture"
    )
    for label, row in result["outline"].items():
        fields = " ".join(f"{k} {v}" for k, v in row["official_fields"].items())
        print(
            f"  {label:11} {row['documents']:3d}  P {row['heading_precision']:.3f}"
            f" R {row['heading_recall']:.3f} ({row['headings_found']}, {row['headings_gold']})"
            f"  titles {row['titles']}  {fields}  furniture max {row['furniture_left_max']}"
            f" total {row['furniture_left_total']}"
        )
    print(f"entities, {split}, strict: documents, P / R / F1, F1 of ORG LOC PER")
    for label, row in result["entities"].items():
        print(
            f"  {label:11} {row['documents']:3d}  P {row['P']:.3f} R {row['R']:.3f}"
            f" F1 {row['F1']:.3f}   ORG {row['ORG']:.3f} LOC {row['LOC']:.3f} PER {row['PER']:.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

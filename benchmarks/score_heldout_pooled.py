"""Pool every held-out part of the real corpus: outline (headings, titles, 公文 fields,
furniture) and entities (strict micro and per-type F1), with one row per batch.

The issues' goals (#12, #13) are stated on the held-out third as a whole, so this is the figure
they are judged by. It reads every held-out document, the fresh batch's included: run it only
for the end-of-session measure, after every change is merged, never while tuning.

Run: ``.venv/bin/python benchmarks/score_heldout_pooled.py [--upto N] [--json]``
(``--upto N``: batches 1 to N only, e.g. to repeat an earlier session's pooled figure).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import score_entities  # noqa: E402
import score_outline  # noqa: E402


def outline_rows(upto: int | None) -> dict[str, dict]:
    """Outline scores of each batch's held-out part and of all of them pooled."""
    splits = {
        name: v
        for name, v in score_outline.manifest().items()
        if v[0] == "heldout" and (upto is None or v[1] <= upto)
    }
    batches = sorted({b for _, b in splits.values()})
    rows = {}
    pooled = score_outline.Score()
    for batch in batches:
        total = score_outline.Score()
        for name in sorted(n for n, (_, b) in splits.items() if b == batch):
            gold_path = score_outline.GOLD / (Path(name).stem + ".json")
            if not gold_path.is_file():
                continue
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            score_outline.score_document(score_outline.REAL / name, gold, total, False, False)
            score_outline.score_document(score_outline.REAL / name, gold, pooled, False, False)
        rows[f"batch {batch}"] = total.row()
    rows["pooled"] = pooled.row()
    return rows


def entity_rows(upto: int | None) -> dict[str, dict]:
    """Strict entity counts of each batch's held-out part and of all of them pooled."""
    of = score_entities.batches()
    docs = [
        d
        for d in score_entities.gold_documents("real")
        if d[1] != "dev" and (upto is None or int(of.get(d[0].removeprefix("real/"), "1")) <= upto)
    ]
    by_batch: dict[int, list] = {}
    for d in docs:
        by_batch.setdefault(int(of.get(d[0].removeprefix("real/"), "1")), []).append(d)
    rows = {}
    pooled = {"tp": Counter(), "fp": Counter(), "fn": Counter()}
    for batch in sorted(by_batch):
        counts = score_entities.score(by_batch[batch])
        rows[f"batch {batch}"] = _entity_row(counts, len(by_batch[batch]))
        for key in pooled:
            pooled[key].update(counts[key])
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
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = {"outline": outline_rows(args.upto), "entities": entity_rows(args.upto)}
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    print(
        "outline, held-out: documents, headings P / R (found, gold), titles, 公文 fields, furniture"
    )
    for label, row in result["outline"].items():
        fields = " ".join(f"{k} {v}" for k, v in row["official_fields"].items())
        print(
            f"  {label:9} {row['documents']:3d}  P {row['heading_precision']:.3f}"
            f" R {row['heading_recall']:.3f} ({row['headings_found']}, {row['headings_gold']})"
            f"  titles {row['titles']}  {fields}  furniture max {row['furniture_left_max']}"
            f" total {row['furniture_left_total']}"
        )
    print("entities, held-out, strict: documents, P / R / F1, F1 of ORG LOC PER")
    for label, row in result["entities"].items():
        print(
            f"  {label:9} {row['documents']:3d}  P {row['P']:.3f} R {row['R']:.3f}"
            f" F1 {row['F1']:.3f}   ORG {row['ORG']:.3f} LOC {row['LOC']:.3f} PER {row['PER']:.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Score the recogniser against entity gold: per-type and micro precision, recall and F1.

The metric is the one of ``../shared/tools/eval_entities.py`` (strict: same start, end and
type; "overlap": a predicted span of the right type that overlaps a gold span), pooled over
all documents of a split.

Gold sets:
- ``real`` (default): the real-document corpus, gold files ``tests/data/real/entities/*.json``
  (``{"text", "entities": [{"start", "end", "type"}]}``, optionally ``"split"``); the split of a
  document comes from its own ``"split"`` field or from the corpus manifest
  (``tests/data/real/manifest.*``: a column or key ``split`` next to the document's file name
  or id); documents with neither count as dev;
- ``own``: the gold files in ``tests/data/gold`` (``heldout-*`` files are the held-out ones);
- ``seed``: the shared seed gold ``../shared/gold/lanzhou-hi-tech-zone-2021.json``.

Held-out figures are printed only with ``--heldout``: look at them once, when a change is
finished, and publish them next to the dev figures.

Run: ``.venv/bin/python benchmarks/score_entities.py [--set real|own|seed|all] [--heldout]
[--errors]``. Exit status 1 (with one line on stderr) if there is no gold to score.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gui.core.entities import ENTITY_TYPES, recognise  # noqa: E402

REAL = ROOT / "tests" / "data" / "real"
OWN = ROOT / "tests" / "data" / "gold"
SEED = ROOT.parent / "shared" / "gold" / "lanzhou-hi-tech-zone-2021.json"


def _manifest_splits(folder: Path) -> dict[str, str]:
    """Document name (file name, stem or id) → split, from whatever manifest the corpus has."""
    splits: dict[str, str] = {}
    for path in sorted(folder.glob("manifest*")):
        rows: list[dict] = []
        if path.suffix == ".json":
            data = json.loads(path.read_text(encoding="utf-8"))
            rows = data if isinstance(data, list) else data.get("documents", [])
            if isinstance(data, dict) and not rows:
                rows = [dict(v, id=k) for k, v in data.items() if isinstance(v, dict)]
        elif path.suffix in (".tsv", ".csv"):
            delimiter = "\t" if path.suffix == ".tsv" else ","
            with path.open(encoding="utf-8") as f:
                rows = list(csv.DictReader(f, delimiter=delimiter))
        for row in rows:
            split = str(row.get("split", "")).strip().lower()
            if not split:
                continue
            for key in ("file", "path", "id", "name", "doc"):
                value = str(row.get(key) or "").strip()
                if value:
                    splits[value] = split
                    splits[Path(value).name] = split
                    splits[Path(value).stem] = split
    return splits


def _split_of(path: Path, gold: dict, manifest: dict[str, str]) -> str:
    split = str(gold.get("split") or "").lower()
    if not split:
        for key in (gold.get("file"), gold.get("id"), path.name, path.stem):
            if key and str(key) in manifest:
                split = manifest[str(key)]
                break
            if key and Path(str(key)).stem in manifest:
                split = manifest[Path(str(key)).stem]
                break
    return "heldout" if split.startswith(("held", "test")) else "dev"


def gold_documents(which: str) -> list[tuple[str, str, dict]]:
    """``(name, split, gold)`` for every gold document of the set ``which``."""
    docs: list[tuple[str, str, dict]] = []
    if which in ("real", "all"):
        folder = REAL / "entities"
        manifest = _manifest_splits(REAL)
        for path in sorted(folder.glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            docs.append((f"real/{path.stem}", _split_of(path, gold, manifest), gold))
    if which in ("own", "all"):
        for path in sorted(OWN.glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            split = "heldout" if path.name.startswith("heldout-") else "dev"
            docs.append((f"own/{path.stem}", split, gold))
    if which in ("seed", "all") and SEED.is_file():
        docs.append(("seed", "dev", json.loads(SEED.read_text(encoding="utf-8"))))
    return docs


def score(docs: list[tuple[str, str, dict]], show_errors: bool = False) -> dict:
    """Pooled strict counts per type and the overlap counts over ``docs``."""
    tp, fp, fn = Counter(), Counter(), Counter()
    otp = ofp = ofn = 0
    for name, _split, gold in docs:
        text = gold["text"]
        g = {(e["start"], e["end"], e["type"]) for e in gold["entities"]}
        p = {(e.start, e.end, e.type) for e in recognise(text)}
        for s in p & g:
            tp[s[2]] += 1
        for s in p - g:
            fp[s[2]] += 1
        for s in g - p:
            fn[s[2]] += 1

        def overlaps(a, b):
            return a[2] == b[2] and a[0] < b[1] and b[0] < a[1]

        otp += sum(1 for a in p if any(overlaps(a, b) for b in g))
        ofp += sum(1 for a in p if not any(overlaps(a, b) for b in g))
        ofn += sum(1 for b in g if not any(overlaps(a, b) for a in p))
        if show_errors:
            for s in sorted(g - p):
                print(f"  {name} FN {s[2]} {text[s[0] : s[1]]!r}")
            for s in sorted(p - g):
                print(f"  {name} FP {s[2]} {text[s[0] : s[1]]!r}")
    return {"tp": tp, "fp": fp, "fn": fn, "overlap": (otp, ofp, ofn)}


def prf(t: int, f: int, n: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from true positives, false positives and false negatives."""
    p = t / (t + f) if t + f else 0.0
    r = t / (t + n) if t + n else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def report(title: str, counts: dict, ndocs: int) -> None:
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    print(f"== {title}: {ndocs} documents")
    print(f"{'type':6} {'gold':>5} {'pred':>5}  P      R      F1")
    for ty in ENTITY_TYPES:
        if tp[ty] + fn[ty] + fp[ty] == 0:
            continue
        p, r, f = prf(tp[ty], fp[ty], fn[ty])
        print(f"{ty:6} {tp[ty] + fn[ty]:5d} {tp[ty] + fp[ty]:5d}  {p:.3f}  {r:.3f}  {f:.3f}")
    p, r, f = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    op, orr, of = prf(*counts["overlap"])
    print(f"micro overlap P {op:.3f} R {orr:.3f} F1 {of:.3f}")
    print(f"micro strict P {p:.3f} R {r:.3f} F1 {f:.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=("real", "own", "seed", "all"), default="real")
    ap.add_argument("--heldout", action="store_true", help="also score the held-out documents")
    ap.add_argument("--errors", action="store_true", help="list misses and false alarms (dev)")
    args = ap.parse_args(argv)
    docs = gold_documents(args.set)
    if not docs:
        print(f"score_entities: no gold documents for --set {args.set}", file=sys.stderr)
        return 1
    for split in ("dev", "heldout"):
        part = [d for d in docs if d[1] == split]
        if not part or (split == "heldout" and not args.heldout):
            if split == "heldout" and part:
                print(f"== heldout: {len(part)} documents (not scored; pass --heldout)")
            continue
        report(f"{args.set} {split}", score(part, args.errors and split == "dev"), len(part))
    return 0


if __name__ == "__main__":
    sys.exit(main())

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
- ``seed``: the shared seed gold ``../shared/gold/lanzhou-hi-tech-zone-2021.json``;
- ``check``: the outline check's entity gold, ``tests/data/real/outline_check/entities/gold/``
  (13 Hong Kong, Macau and Taiwan documents outside the corpus, annotated in session 13 before
  the recogniser ran on them); scored on its own, never pooled into ``all``.

The real corpus has three parts, scored and printed separately:
- ``dev``: every document not held out (batch 1's two thirds and batch 2's dev documents; the
  batch-2 dev documents are also printed on their own);
- ``heldout`` ("old held-out"): batch 1's held-out third (``BATCH1_HELDOUT``, fixed when the
  split was made by ``tests/data/real/make_split.py``);
- ``heldout2`` ("batch-2 held-out"): any other held-out document (batch 2, issue-corpus).

Held-out figures are printed only when asked: ``--heldout`` for the old held-out third (look
at it once, when a change is finished, and publish it next to the dev figures), and
``--batch2-heldout`` for batch 2's held-out documents, which nobody tuning the recogniser may
look at: it is for the final figure only. ``--errors`` lists misses and false alarms of the
dev documents only, never of a held-out one.

Batches 3 and later of the corpus (``FIRST_NAMED_ONLY_BATCH``; the ``batch`` column of split.tsv) are
left out of every run that does not name them: each was gathered so that a session's rules could
be measured once, at the end, on documents nobody had seen. ``--batch 14`` scores batch 14's dev
part only, ``--batch 14 --split heldout`` its held-out part, ``--split all`` both (likewise for 3
to 13).

Run: ``.venv/bin/python benchmarks/score_entities.py [--set real|own|seed|check|all] [--heldout]
[--batch2-heldout] [--batch N [--split dev|heldout|all] [--list]] [--errors]``. ``--list`` prints
the chosen gold documents' names and scores nothing. Exit status 1 (with one line on stderr) if
there is no gold to score.
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
CHECK = REAL / "outline_check" / "entities" / "gold"

#: Batch 1's held-out third (tests/data/real/split.tsv as make_split.py wrote it): a held-out
#: document not named here belongs to a later batch and is scored only on explicit request.
BATCH1_HELDOUT = frozenset(
    """gw-cn-earthquake-zones-1996 gw-cn-liaoning-reply-2004 gw-cn-universiade-bid-2004
    gw-sh-low-altitude-2024 news-cn-gdp-top3-provinces-2022 news-hk-ce-election-sentiment-2017
    plan-sh-changning-15th-fyp-2026 press-tw-exam-yuan-nominees-2024
    reg-cn-foreign-ip-disputes-2025 reg-cn-mss-reporting-rewards-2022 wr-cn-2022""".split()
)
#: Batches of split.tsv scored only when ``--batch`` names them (batches 3 to 14: fresh sets for
#: an honest end-of-session figure, which a default run must not show anyone still tuning).
#: The first batch that is scored only when named: every later batch is too, so a new batch needs
#: no edit here.
FIRST_NAMED_ONLY_BATCH = 3
#: Batch 1's dev documents, so that batch 2's dev documents can be shown on their own.
BATCH1_DEV = frozenset(
    """gw-cn-boao-drug-import-2018 gw-cn-chemical-weapons-1996 gw-cn-gov-new-media-2018
    gw-cn-water-saving-reply-2005 gw-sh-chongming-checkup-2021 gw-sh-jiading-renewal-2023
    gw-sh-jingan-relics-2018 gw-sh-transport-oversize-2025 news-cn-energy-saving-plan-2022
    news-cn-q3-gdp-nbs-2021 news-cn-shenzhen-work-report-2022 news-hk-dental-pilot-2017
    news-hk-palace-museum-funding-2017 news-hk-rthk-digest-2025 press-tw-228-memorial-2024
    press-tw-amcham-dinner-2024 press-tw-australian-mps-2024
    press-tw-human-rights-press-awards-2024 reg-cn-price-marking-2022
    reg-sh-historic-towns-2025 stats-cn-industrial-profits-2021 wr-cn-2024""".split()
)


def _manifest_splits(folder: Path) -> dict[str, str]:
    """Document name (file name, stem or id) → split, from whatever manifest the corpus has."""
    splits: dict[str, str] = {}
    for path in sorted([*folder.glob("manifest*"), *folder.glob("split*")]):
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


def batches(folder: Path = REAL) -> dict[str, str]:
    """Document stem → batch (``"1"`` without a ``batch`` column) from ``folder/split.tsv``."""
    path = folder / "split.tsv"
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return {Path(r["file"]).stem: (r.get("batch") or "1").strip() for r in rows if r.get("file")}


def named_only(batch: str | None) -> bool:
    """Whether a document of ``batch`` is scored only when its batch is named."""
    return batch is not None and int(batch) >= FIRST_NAMED_ONLY_BATCH


def in_batch(docs: list[tuple[str, str, dict]], of: dict[str, str], batch: str | None):
    """The real-corpus documents of ``batch``; for None, every document but the named-only
    batches' (the own and seed sets have no batch and stay)."""

    def batch_of(name: str) -> str | None:
        return of.get(name.removeprefix("real/"), "1") if name.startswith("real/") else None

    if batch is None:
        return [d for d in docs if not named_only(batch_of(d[0]))]
    return [d for d in docs if batch_of(d[0]) == batch]


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
    if not split.startswith(("held", "test")):
        return "dev"
    return "heldout" if path.stem in BATCH1_HELDOUT else "heldout2"


def gold_documents(which: str) -> list[tuple[str, str, dict]]:
    """``(name, split, gold)`` for every gold document of the set ``which``."""
    docs: list[tuple[str, str, dict]] = []
    if which in ("real", "all"):
        folder = REAL / "entities"
        manifest = _manifest_splits(REAL)
        for path in sorted(folder.glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            docs.append((f"real/{path.stem}", _real_split(path, gold, manifest), gold))
    if which in ("own", "all"):
        for path in sorted(OWN.glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            split = "heldout" if path.name.startswith("heldout-") else "dev"
            docs.append((f"own/{path.stem}", split, gold))
    if which in ("seed", "all") and SEED.is_file():
        docs.append(("seed", "dev", json.loads(SEED.read_text(encoding="utf-8"))))
    if which == "check":
        for path in sorted(CHECK.glob("*.json")):
            docs.append((f"check/{path.stem}", "dev", json.loads(path.read_text(encoding="utf-8"))))
    return docs


def _real_split(path: Path, gold: dict, manifest: dict[str, str]) -> str:
    """The split of a real-corpus document: ``dev``, ``heldout`` (batch 1) or ``heldout2``."""
    if path.stem in BATCH1_HELDOUT:  # whatever a later manifest says, batch 1 stays as it was
        return "heldout"
    known = gold.get("split") or any(
        key in manifest for key in (path.stem, path.name, gold.get("id"), gold.get("file")) if key
    )
    if path.stem not in BATCH1_DEV and not known:
        return "heldout2"  # a new document whose split is not (yet) written: never look at it
    return _split_of(path, gold, manifest)


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
    ap.add_argument("--set", choices=("real", "own", "seed", "check", "all"), default="real")
    ap.add_argument(
        "--heldout", action="store_true", help="also score the (old, batch 1) held-out documents"
    )
    ap.add_argument(
        "--batch2-heldout",
        action="store_true",
        help="also score batch 2's held-out documents (final figures only)",
    )
    ap.add_argument(
        "--batch",
        default=None,
        help="score one batch of the real corpus (3 to 63: the sets scored only when named)",
    )
    ap.add_argument(
        "--split",
        choices=("dev", "heldout", "all"),
        default="dev",
        help="with --batch: its dev part (default), its held-out part, or both",
    )
    ap.add_argument("--errors", action="store_true", help="list misses and false alarms (dev)")
    ap.add_argument(
        "--list",
        action="store_true",
        help="with --batch: print the chosen gold names; score nothing",
    )
    args = ap.parse_args(argv)
    docs = gold_documents(args.set)
    if args.batch is not None:
        docs = in_batch(docs, batches(), args.batch)
    if not docs:
        print(f"score_entities: no gold documents for --set {args.set}", file=sys.stderr)
        return 1
    if args.set == "check":
        report("outline check (HK, Macau, Taiwan)", score(docs, args.errors), len(docs))
        return 0
    if args.batch is not None:
        for part in ("dev", "heldout") if args.split == "all" else (args.split,):
            chosen = [d for d in docs if (d[1] == "dev") == (part == "dev")]
            if args.list:  # names only: the recogniser never runs on the batch
                print(f"real batch {args.batch} {part}: " + " ".join(d[0] for d in chosen))
            elif chosen:
                errors = args.errors and part == "dev"
                report(f"real batch {args.batch} {part}", score(chosen, errors), len(chosen))
        return 0
    left_out = len(docs)
    docs = in_batch(docs, batches(), None)
    if left_out > len(docs):
        named = sorted({int(b) for b in batches().values() if named_only(b)})
        print(
            f"== batch {', '.join(map(str, named))}: {left_out - len(docs)} documents (not scored; pass --batch)"
        )
    asked = {"dev": True, "heldout": args.heldout, "heldout2": args.batch2_heldout}
    flags = {"heldout": "--heldout", "heldout2": "--batch2-heldout"}
    for split in ("dev", "heldout", "heldout2"):
        part = [d for d in docs if d[1] == split]
        if not part:
            continue
        if not asked[split]:
            print(f"== {split}: {len(part)} documents (not scored; pass {flags[split]})")
            continue
        report(f"{args.set} {split}", score(part, args.errors and split == "dev"), len(part))
        batch2 = [d for d in part if split == "dev" and d[0].startswith("real/")]
        batch2 = [d for d in batch2 if d[0].removeprefix("real/") not in BATCH1_DEV]
        if batch2:
            report(f"{args.set} dev, batch 2 only", score(batch2), len(batch2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

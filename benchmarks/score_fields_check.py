"""Score the 公文 header fields on public documents outside the corpus.

``tests/data/real/fields_check/`` holds 24 public 公文 that no batch of the corpus holds, each
in the form a reader receives it: eighteen State Council and General Office documents as the
gov.cn article body (the ``content`` column of the policy-page dump
``db/ge_policy_raw20190217.sql`` as the library's index stores it for Black1499/platform, the
dump batch 9 drew four documents from; wrapped in
``<html><body>``, without the site's information table), and six Shanghai documents as the
Markdown files of zhiyao87/Shanghai-Gov-Docs-Index (front matter, the scraper's note, the
text). ``fields.tsv`` gives each one's 发文机关, 发文字号 and 成文日期, written by hand from the
text before the app was run on it (``a|b``: either is right — a short name the text itself
gives); README.md there says how.

Compared as ``benchmarks/score_outline.py`` compares the corpus's gold: joint issuers without
the mark between them, numbers without white space, dates as year-month-day numbers.

Run: ``.venv/bin/python benchmarks/score_fields_check.py [-v] [--data DIR]``
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.score_outline import normalise, normalise_date, normalise_issuer  # noqa: E402
from gui.core.reading import read_document  # noqa: E402

DATA = ROOT / "tests" / "data" / "real" / "fields_check"
FIELDS = ("issuer", "number", "date")
_NORMALISE = {"issuer": normalise_issuer, "number": normalise, "date": normalise_date}


def read_table(data: Path = DATA) -> list[dict[str, str]]:
    with (data / "fields.tsv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def right(name: str, got: str | None, want: str) -> bool:
    """Whether ``got`` is one of the hand-written values (``a|b``)."""
    if got is None:
        return False
    norm = _NORMALISE[name]
    return any(norm(got) == norm(option) for option in want.split("|"))


def score(data: Path = DATA, verbose: bool = False) -> dict[str, int]:
    totals = dict.fromkeys(FIELDS, 0)
    rows = read_table(data)
    for row in rows:
        doc = read_document(data / row["file"])
        header = doc.header
        for name in FIELDS:
            got = header.get(name) if header is not None else None
            if right(name, got, row[name]):
                totals[name] += 1
            elif verbose:
                print(f"  {row['file']}: {name} {got!r} != {row[name]!r}")
    totals["documents"] = len(rows)
    return totals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    parser.add_argument("--data", type=Path, default=DATA, help="the folder with fields.tsv")
    args = parser.parse_args(argv)
    totals = score(args.data, args.verbose)
    n = totals["documents"]
    print(f"[outside 公文] {n} documents")
    print("  " + "  ".join(f"{name} {totals[name]}/{n}" for name in FIELDS))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Score outline, titles and furniture on a check set of documents outside the corpus.

Each set is a folder of public documents no batch of the corpus holds, each with gold written
by hand from its text before the app's analysis ran on it (README.md there):
``tests/data/real/outline_check/`` (the default ``--set``), 13 Hong Kong, Macau and Taiwan
documents (Taipei City Government releases and a festival page, a g0v note, a Macau news site's
articles); ``tests/data/real/outline_check2/``, eight reports of genres the corpus lacks (a
think-tank blue book, an association's annual report, an industry white paper). Each document
is scored exactly as ``benchmarks/score_outline.py`` scores the corpus (its ``score_document``:
heading P/R on normalised texts, levels of the matched, titles, furniture lines left in the
body), all together and per group (file-name prefix).

Run: ``.venv/bin/python benchmarks/score_outline_check.py [--set outline_check2] [-v]
[--as-text] [--json]``
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.score_outline import Score, print_row, score_document  # noqa: E402

REAL = ROOT / "tests" / "data" / "real"
# Each check set's folder under tests/data/real and the groups its file-name prefixes name.
SETS = {
    "outline_check": {"hk": "Hong Kong", "mo": "Macau", "tw": "Taiwan"},
    "outline_check2": {"tt": "think tank", "assoc": "association", "ind": "industry"},
}
LABELS = {"outline_check": "outline check", "outline_check2": "outline check 2"}
DATA = REAL / "outline_check"
REGIONS = SETS["outline_check"]


def golds(data: Path = DATA) -> list[tuple[Path, dict]]:
    """(document, gold) of every gold file, sorted by name."""
    out = []
    for path in sorted((data / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        out.append((data / Path(gold["file"]).name, gold))
    return out


def score(data: Path = DATA, verbose: bool = False, as_text: bool = False) -> dict[str, dict]:
    """Rows for all documents and for each group of the set, as ``Score.row()`` gives them."""
    totals = {"all": Score()} | {group: Score() for group in SETS.get(data.name, {})}
    for path, gold in golds(data):
        score_document(path, gold, totals["all"], verbose, as_text)
        group = path.name.split("-", 1)[0]
        if group in totals:
            score_document(path, gold, totals[group], False, as_text)
    return {name: total.row() for name, total in totals.items() if total.docs}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    parser.add_argument(
        "--as-text", action="store_true", help="read each text back as plain page text"
    )
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--set", default="outline_check", choices=sorted(SETS))
    args = parser.parse_args(argv)
    rows = score(REAL / args.set, verbose=args.verbose, as_text=args.as_text)
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    for name, row in rows.items():
        label = LABELS[args.set] if name == "all" else SETS[args.set][name]
        print_row(label, row, fields=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

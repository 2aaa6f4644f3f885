"""Build an outline check set's gold/*.json from the hand-written specs in its spec/.

The specs name each document's title, headings and furniture by their text, as the
annotator read them off the document (rules: docs/gold-outline.md); offsets are found by the
corpus's own builder, ``tests/data/real/build_gold.build`` (it reads the text the app shows,
``read_source`` then ``remove_pinyin``, and never runs the app's analysis). A spec's ``file``
is relative to ``tests/data/real``. ``--set`` names the set's folder under ``tests/data/real``
(``outline_check``, the default, or ``outline_check2``).

    python tests/data/real/outline_check/build_gold.py [--set outline_check2] [name ...]
"""

import argparse
import json
import sys
from pathlib import Path

REAL = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REAL))

from build_gold import build  # noqa: E402


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", default="outline_check", help="folder under tests/data/real")
    parser.add_argument("names", nargs="*")
    args = parser.parse_args(argv)
    here = REAL / args.set
    (here / "gold").mkdir(exist_ok=True)
    for spec_path in sorted((here / "spec").glob("*.json")):
        if args.names and spec_path.stem not in args.names:
            continue
        gold = build(spec_path)
        dest = here / "gold" / spec_path.name
        dest.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{spec_path.stem}: {len(gold['sections'])} sections")


if __name__ == "__main__":
    main(sys.argv[1:])

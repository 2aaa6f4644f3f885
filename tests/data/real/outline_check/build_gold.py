"""Build outline_check/gold/*.json from the hand-written specs in outline_check/spec/.

The specs name each document's title, headings and furniture by their text, as the
annotator read them off the document (rules: docs/gold-outline.md); offsets are found by the
corpus's own builder, ``tests/data/real/build_gold.build`` (it reads the text the app shows,
``read_source`` then ``remove_pinyin``, and never runs the app's analysis). A spec's ``file``
is relative to ``tests/data/real``.

    python tests/data/real/outline_check/build_gold.py [name ...]
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_gold import build  # noqa: E402


def main(names: list[str]) -> None:
    (HERE / "gold").mkdir(exist_ok=True)
    for spec_path in sorted((HERE / "spec").glob("*.json")):
        if names and spec_path.stem not in names:
            continue
        gold = build(spec_path)
        dest = HERE / "gold" / spec_path.name
        dest.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{spec_path.stem}: {len(gold['sections'])} sections")


if __name__ == "__main__":
    main(sys.argv[1:])

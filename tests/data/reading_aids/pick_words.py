"""Print candidate words for reading-list.tsv from the real reports (not a test; run by hand).

Usage: .venv/bin/python tests/data/reading_aids/pick_words.py > /tmp/candidates.tsv

Each report (tests/data/real/*, and the bundled default report) is read as the app reads it,
converted to the Simplified pivot and segmented by longest CC-CEDICT match; a word is a
candidate when it has two or more characters and holds a polyphonic character (two or more
readings in resources/pinyin/readings.tsv) or is a place name (capitalised pinyin). Columns:
word, report, split, pypinyin's reading (an independent second opinion), our reading, first
sense. The committed list keeps a hand-checked selection with the expected pinyin and a gloss
word written by hand — never copied from our output.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from pypinyin import Style, pinyin

from gui.core.cleaning import readings_of
from gui.core.paths import default_report
from gui.core.reading import read_document
from gui.core.reading_aids.pinyin import segment
from gui.core.script import to_pivot

REAL = Path(__file__).resolve().parents[1] / "real"


def _split() -> dict[str, str]:
    with open(REAL / "split.tsv", encoding="utf-8") as f:
        return {row["file"]: row["split"] for row in csv.DictReader(f, delimiter="\t")}


def main() -> None:
    split = _split()
    files = [default_report()] + [REAL / name for name in sorted(split)]
    seen: set[str] = set()
    for path in files:
        pivot, _ = to_pivot(read_document(path).text)
        for reading in segment(pivot):
            word = reading.word
            if not reading.in_dictionary or len(word) < 2 or word in seen:
                continue
            poly = any(len(readings_of(c)) > 1 for c in word)
            place = reading.syllables[0][:1].isupper()
            if not (poly or place):
                continue
            seen.add(word)
            theirs = "".join(s[0] for s in pinyin(word, style=Style.TONE))
            ours = reading.pinyin
            from gui.core.reading_aids.dictionary import default_dictionary

            sense = default_dictionary().lookup(word)[0].senses[0]
            label = "poly" if poly else "place"
            print(
                word,
                path.name,
                split.get(path.name, "default"),
                theirs,
                ours,
                label,
                sense,
                sep="\t",
                file=sys.stdout,
            )


if __name__ == "__main__":
    main()

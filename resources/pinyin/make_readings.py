"""Regenerate readings.tsv from pypinyin's reading table.

Usage: .venv/bin/python resources/pinyin/make_readings.py

pypinyin (MIT licence) compiles every reading of ~42,000 characters from Unicode's Unihan
database and other public sources. The cleaner only needs "is this syllable a reading of this
character", so we ship that table as plain text: loading it costs ~20 ms, against ~140 ms for
importing pypinyin, and that import sat on the path to the first paint of every report.
"""

from pathlib import Path

from pypinyin.pinyin_dict import pinyin_dict


def main() -> None:
    out = Path(__file__).with_name("readings.tsv")
    lines = [f"{code:X}\t{readings}\n" for code, readings in sorted(pinyin_dict.items())]
    out.write_text("".join(lines), encoding="utf-8")
    print(f"{out}: {len(lines)} characters")


if __name__ == "__main__":
    main()

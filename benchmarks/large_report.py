"""Large generated reports with the section density of real ones (benchmarks and tests).

Real reports of the genre carry ~6,500 sections per million characters (a heading every ~150
characters: 一、 chapters, （一） sections, 1. items, short subheadings over one or two
paragraphs). The earlier benchmark text had 949, so the outline, the heading layers and
everything counted per section were measured at a seventh of their real load.

    from large_report import build_large_report
    text = build_large_report(1_000_000)            # Simplified
    text = build_large_report(1_000_000, hant=True)  # the same, converted to Traditional
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_entities import FIELDS, PLACES, TERMS, paragraph  # noqa: E402

CN = "零一二三四五六七八九"
#: Sections per 1,000,000 characters in the reports of the test corpora and the bundled one.
REAL_SECTIONS_PER_MILLION = 6_500


def numeral(n: int) -> str:
    """Chinese numeral for 1..999 (enough for heading numbers)."""
    if n < 10:
        return CN[n]
    if n < 100:
        tens, units = divmod(n, 10)
        head = "" if tens == 1 else CN[tens]
        return head + "十" + (CN[units] if units else "")
    hundreds, rest = divmod(n, 100)
    tail = "" if rest == 0 else ("零" + CN[rest] if rest < 10 else numeral(rest))
    if 10 <= rest < 20:
        tail = "一" + tail
    return CN[hundreds] + "百" + tail


def _heading(rng: random.Random) -> str:
    verb = rng.choice(["加快", "推进", "深化", "完善", "强化", "培育", "优化", "提升"])
    what = rng.choice(["产业体系", "创新平台", "营商环境", "开放水平", "民生保障", "生态环境"])
    return f"{verb}{rng.choice(PLACES)}{rng.choice(FIELDS)}{what}"


def build_large_report(chars: int, seed: int = 11, hant: bool = False) -> str:
    """About ``chars`` characters: a title, then 一、 chapters of （一） sections of 1. items,
    each over one to three generated paragraphs of the genre; ~7,300 sections per 1 M."""
    rng = random.Random(seed)
    lines = ["高新技术产业开发区发展年度报告（生成的基准文本）"]
    size = len(lines[0]) + 1
    chapter = 0
    while size < chars:
        chapter += 1
        new = [f"{numeral(chapter % 999 or 999)}、{_heading(rng)}"]
        for sub in range(1, rng.randint(5, 9)):
            new.append(f"（{numeral(sub)}）{_heading(rng)}")
            new.append(paragraph(rng))
            for item in range(1, rng.randint(3, 6)):
                new.append(f"{item}.{_heading(rng)}")
                new.append(paragraph(rng))
                if rng.random() < 0.95:
                    new.append(paragraph(rng))
                if rng.random() < 0.15:
                    new.append(f"推行“{rng.choice(TERMS)}”。" + paragraph(rng))
        lines.extend(new)
        size += sum(len(line) + 1 for line in new)
    text = "\n".join(lines)
    if hant:
        from gui.core.script import make_view

        text = make_view(text, "hant").text
    return text


def add_notes(report: Path, data_dir: Path, count: int, seed: int = 2021) -> int:
    """Store ``count`` notes on ``report`` in ``data_dir``'s notes store (as a reader who has
    worked through it: passages of 4-30 characters, a third bare highlights, tags and all six
    colours). Returns how many the store holds."""
    from gui.core.notes import NoteStore
    from gui.core.reading import read_document

    document = read_document(report)
    notes = passage_notes(document, count, random.Random(seed), "笔记 {i}：这一段值得注意。")
    data_dir.mkdir(parents=True, exist_ok=True)
    with NoteStore(data_dir / "notes.sqlite3") as store:
        store.add_many(notes)
        return store.count()


def passage_notes(document, count: int, rng: random.Random, body: str) -> list:
    """``count`` notes on ``document`` as a reader who has worked through it makes them:
    passages of 4-30 characters, a third bare highlights (the others' text is ``body`` with
    ``{i}`` numbered), tags on every other one and all six colours."""
    from gui.core.notes import new_passage_note

    text = document.text
    notes = []
    for i in range(count):
        start = rng.randrange(0, len(text) - 40)
        while text[start] == "\n":
            start += 1
        end = start + rng.randint(4, 30)
        note_body = "" if i % 3 == 0 else body.format(i=i)
        tags = ["policy", f"t{i % 7}"] if i % 2 else []
        colour = ("yellow", "green", "blue", "pink", "purple", "orange")[i % 6]
        notes.append(
            new_passage_note(document, start, end, body=note_body, colour=colour, tags=tags)
        )
    return notes

"""A title wrapped over two lines of a plain text: after a clause's comma or colon (a headline
in two parts), and a page's title over the article's own copy of it, wrapped
(``gui.core.title_forms.wrapped_at_clause`` and ``two_titles``; ``benchmarks/stress_titles.py``,
form ``title-wrapped``).

Real text: dev documents of tests/data/real (batches 2, 4, 5) and an outline_check document,
their own title broken where the stress breaks it. Controls: the same texts unbroken, and first
lines with the same marks that are no title's part (a salutation over the first sentence, a
question's label, a clause over a sentence)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gui.core.reading import document_from_text, read_document
from gui.core.title_forms import two_titles, wrapped_at_clause

REAL = Path(__file__).resolve().parents[1] / "data" / "real"


def _doc(name: str, folder: Path = REAL) -> tuple[str, dict]:
    gold_dir = folder / "gold"
    gold = json.loads((gold_dir / (Path(name).stem + ".json")).read_text("utf-8"))
    return read_document(folder / name).text, gold


def _broken_after(text: str, gold: dict, mark: str) -> str:
    start, end = gold["title_span"]
    title = text[start:end]
    at = title.index(mark) + 1
    return text[:start] + title[:at] + "\n" + title[at:] + text[end:]


@pytest.mark.parametrize(
    ("name", "folder", "mark"),
    [
        ("news-tw-migrant-worker-police-2021.txt", REAL, "，"),
        ("news-cn-diamond-cooling-2026.txt", REAL, "："),
        ("news-cn-blackland-fertiliser-2026.txt", REAL, "，"),
        ("hk-news-hkust-launch-viewing-2026.html", REAL / "outline_check", "："),
    ],
)
def test_a_headline_wrapped_after_its_comma_or_colon_is_one_title(name, folder, mark):
    text, gold = _doc(name, folder)
    broken = _broken_after(text, gold, mark)
    assert document_from_text(broken, Path("copied.txt")).title == gold["title"]
    # control: unbroken, the same title
    assert document_from_text(text, Path("copied.txt")).title == gold["title"]


def test_a_page_title_over_its_wrapped_copy_is_the_title_once():
    text, gold = _doc("gw-sh-fire-inspection-2025.md")
    start, end = gold["title_span"]
    title = text[start:end]
    at = title.index("关于")
    broken = text[:start] + title[:at] + "\n" + title[at:] + text[end:]
    doc = document_from_text(broken, Path("copied.txt"))
    assert doc.title == gold["title"]
    assert doc.header.get("number") == gold["document"]["number"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("各位代表：", "现在，我代表市人民政府，向大会报告工作，请予审议。"),
        ("同志们：", "大家好！今天我们在这里召开会议。"),
        ("尊敬的各位来宾：", "大家晚上好"),
        ("女士们、先生们：", "欢迎来到澳门"),
        ("各位家长、同学，", "新学期即将开始"),
        ("问：", "新规何时实施"),
        ("据了解，", "今年以来全市新增就业岗位12万个。"),
        ("一、总体要求，", "坚持稳中求进"),
    ],
)
def test_control_lines_that_are_no_title_wrapped_after_a_clause(first, second):
    assert not wrapped_at_clause(first, second)


def test_two_whole_titles_and_a_title_wrapped_inside_its_book_title():
    assert two_titles(
        "上海市交通委员会关于延长有效期的通知", "上海市交通委员会关于延长有效期的通知"
    )
    # control: 《…办法 does not end the title while its 《 is open
    assert not two_titles("上海市交通委员会关于印发《上海市乡镇渡口管理办法", "》的通知")


@pytest.mark.parametrize(
    "name", ["gw-sh-jiading-immovable-relics-2024.md", "gw-sh-zhelin-relics-measures-2023.md"]
)
def test_a_gongwen_title_under_a_note_broken_one_sentence_a_line(name):
    """The scraper's two-sentence note over these pages, one sentence a line (the stress's
    ``sentences`` form): the furniture takes its first sentence only; the title is the line
    of the 公文 title's form under it, and the fields follow."""
    text, gold = _doc(name)
    start = gold["title_span"][0]
    note = text[:start].rstrip("\n")
    broken = note.replace("。", "。\n", 1).rstrip("\n") + "\n" + text[start:]
    doc = document_from_text(broken, Path("copied.txt"))
    assert doc.title == gold["title"]
    assert doc.header.get("issuer") == gold["document"]["issuer"]


@pytest.mark.parametrize(
    "texts",
    [
        # a sentence over a body sentence that cites a notice
        ["各区人民政府：", "市政府关于加强管理的通知已经印发。"],
        # a first line that is no sentence (a label) over a 公文 title's form
        ["附件：", "上海市交通委员会关于延长有效期的通知"],
        # three sentences over it: too many for a page's note
        ["第一句。", "第二句。", "第三句。", "上海市交通委员会关于延长有效期的通知"],
        # a sentence over a line without the issuer's 关于
        ["本文仅供参考。", "城市更新工作实施意见"],
    ],
)
def test_control_no_gongwen_title_under_notes(texts):
    from gui.core.title_forms import official_title_after_notes

    assert official_title_after_notes(texts) == []


@pytest.mark.parametrize(
    "name", ["gw-sh-jiading-immovable-relics-2024.md", "gw-sh-zhelin-relics-measures-2023.md"]
)
def test_a_title_under_a_note_a_hard_wrap_broke(name):
    """Hard-wrapped at 80 columns (the stress's ``wrapped`` form), the pages' notice comes out
    as three lines; furniture takes the first, and the tails under it are no title."""
    import sys

    sys.path.insert(0, str(REAL.parents[2] / "benchmarks"))
    from stress_outline import wrap

    text, gold = _doc(name)
    doc = document_from_text(wrap(text, 80), Path("copied.txt"))
    assert doc.title == gold["title"]
    assert doc.header.get("issuer") == gold["document"]["issuer"]
    assert doc.header.get("number") == gold["document"].get("number")


def test_control_no_tails_in_a_text_that_is_not_wrapped():
    from gui.core.title_forms import leading_pieces

    text, _ = _doc("gw-sh-fire-inspection-2025.md")
    numbers = list(range(1, 12))
    assert leading_pieces(text, numbers) == 0

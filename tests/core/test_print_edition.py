"""A paper's print edition under its story (「《 人民日报 》（ 2026年06月12日   06 版）」) names the
story's source and the day it was printed: the news header's 来源 and 时间. On the batch-5 dev
stories of 人民日报 as their site gives them."""

from __future__ import annotations

from pathlib import Path

import pytest

from gui.core.reading import document_from_text, read_document

REAL = Path(__file__).resolve().parents[1] / "data" / "real"
EDITION = "《 人民日报 》（ 2026年06月12日   06 版）"
STORY = (
    "给黑土地做体检，施肥更精细（经济聚焦·农田里的新鲜事）\n"
    "午后，齐北松和李克东行走在吉林省长春市农安县田间，察看玉米新苗长势。\n"
    "眼下，刘焕军团队正为夏管时无人机变量喷施叶面肥做准备。“叶面肥的使用，精准适配是关键。”"
    "刘焕军说。\n"
)


@pytest.mark.parametrize(
    "name", ["news-cn-blackland-fertiliser-2026.txt", "news-cn-jiangsu-tech-transfer-2026.txt"]
)
def test_the_dev_stories_take_source_and_time_from_their_print_edition(name):
    doc = read_document(REAL / name)
    source, time = doc.header.fields["source"], doc.header.fields["time"]
    assert source.text == "人民日报"
    assert doc.text[source.start : source.end] == "人民日报"  # offsets in the text
    assert time.text == "2026年06月12日"
    assert doc.text[time.start : time.end] == time.text


def test_a_source_line_at_the_head_wins_over_the_edition():
    text = "来源：新华网\n" + STORY + EDITION + "\n"
    header = document_from_text(text).header
    assert header.get("source") == "新华网"
    assert header.get("time") == "2026年06月12日"


def test_a_book_cited_with_a_date_in_a_sentence_is_no_edition():
    said = (
        "他在《人民日报》（2026年06月12日）上撰文指出，黑土地保护要久久为功，精准施肥是关键一环。\n"
    )
    header = document_from_text(STORY + said).header
    assert header.get("source") is None

"""A news lead's dateline (电头) gives the header's source and time, as written, and stays body
text (``gui/core/datelines.py``; the rule: ``docs/gold-outline.md``, *Document header*). The
real page is batch 6's dev news report; the other forms are those the genre uses, set before
that page's own lead."""

from __future__ import annotations

import pytest

from gui.core.reading import document_from_text, read_document
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"
PAGE = REAL / "news-cn-aerospace-selldown-2026.txt"
DATELINE = "中国经济网北京6月12日讯"


def _fields(document) -> dict[str, str]:
    return {k: v.text for k, v in document.header.fields.items()}


def _page(dateline: str | None = None) -> str:
    """The real page with its lead's dateline replaced by ``dateline``."""
    text = PAGE.read_text(encoding="utf-8")
    assert DATELINE in text.split("\n")[1]
    return text if dateline is None else text.replace(DATELINE, dateline, 1)


def test_the_real_pages_dateline_gives_source_and_time_and_stays_body():
    document = read_document(PAGE)
    fields = document.header.fields
    assert (fields["source"].text, fields["time"].text) == ("中国经济网", "6月12日")
    at = document.text.index(DATELINE)
    assert (fields["source"].start, fields["time"].end) == (at, at + len(DATELINE) - 1)
    assert document.header.genre == "news"
    # Body: not furniture, no heading, and the title is the headline above it.
    assert not any(f.start <= at < f.end for f in document.furniture)
    assert all(s.heading is None for s in document.sections)
    assert document.title == "航天环宇实控人等拟套现2.2亿 正拟定增募不超15.5亿"


@pytest.mark.parametrize(
    ("dateline", "source", "time"),
    [
        ("新华社北京12月3日电 ", "新华社", "12月3日"),  # a wire's 电头
        ("中新网上海2026年1月5日电 ", "中新网", "2026年1月5日"),
        ("（中央社台北12日電）", "中央社", "12日"),  # a Taiwan wire, day only
        ("【眾新聞】", "眾新聞", None),  # a site's tag
        ("【南市博通報】", "南市博", None),  # an issuing unit's release tag
        ("本报北京6月12日讯 ", None, "6月12日"),  # the paper names no outlet: the date only
    ],
)
def test_dateline_forms(dateline: str, source: str | None, time: str | None):
    fields = _fields(document_from_text(_page(dateline)))
    assert fields.get("source") == source
    assert fields.get("time") == time


def test_a_taiwan_reporter_note_gives_the_reporter():
    fields = _fields(document_from_text(_page("（記者王大明／台北報導）")))
    assert fields.get("reporter") == "王大明"
    assert "source" not in fields


@pytest.mark.parametrize(
    "opening",
    [
        "【旅遊局】",  # a bureau's name in brackets (a Macau feed's copy of its headline)
        "【关注】",  # a topic
        "国家电网电力",  # an outlet-like name, no date, nothing setting it off
        "【本报讯】",  # the paper naming itself: no outlet, no date
    ],
)
def test_openings_that_are_no_dateline(opening: str):
    fields = _fields(document_from_text(_page(opening)))
    assert "source" not in fields and "time" not in fields


def test_only_the_lead_paragraph_has_the_dateline():
    # The same dateline opening the second paragraph is a quoted or a later item's.
    lines = _page("").split("\n")
    lines.insert(3, DATELINE + lines[2])
    fields = _fields(document_from_text("\n".join(lines)))
    assert "source" not in fields and "time" not in fields


def test_a_gongwen_has_no_dateline():
    # A 公文's first paragraph after its 文号 is its text, whatever its first words.
    text = (
        "上海市交通委员会关于本市市域巡游出租汽车运价浮动实施规则的通知\n"
        "沪交道运 〔2021〕1119号\n"
        "新华社北京12月3日电 根据《国务院办公厅关于深化出租汽车行业健康发展的指导意见》精神，现通知如下。\n"
    )
    fields = _fields(document_from_text(text))
    assert "source" not in fields and "time" not in fields

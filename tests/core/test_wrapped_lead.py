"""A wire story without a headline, hard-wrapped (round 21): the first piece of its lead is no
title, and the dateline opening it still gives source, time and reporter
(``title_forms.first_piece_of_lead``). Tested on the real text of a batch-13 dev story (中央社,
one paragraph) and of a batch-13 dev page of a Hubei college (a lead opened by its date),
both wrapped at 80 columns as a fixed-width page does; controls: a Taipei release whose
headline is written as sentences (two lines wrapped) and a Hong Kong headline that fills the
width."""

from __future__ import annotations

from gui.core.line_layout import columns
from gui.core.reading import document_from_text, read_document
from gui.core.title_forms import first_piece_of_lead
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"


def _wrap(text: str, width: int = 80) -> str:
    """``text`` hard-wrapped at ``width`` columns (a wide character is two)."""
    out = []
    for line in text.split("\n"):
        piece = ""
        for char in line:
            if piece and columns(piece + char) > width:
                out.append(piece)
                piece = ""
            piece += char
        out.append(piece)
    return "\n".join(out)


def test_the_lead_of_a_wire_story_without_a_headline_is_no_title():
    text = read_document(REAL / "news-tw-korea-crash-bird-strike-briefing-2025.txt").text
    assert text.startswith("（中央社記者廖禹揚首爾7日專電）")
    wrapped = _wrap(text)
    lines = wrapped.split("\n")
    assert first_piece_of_lead(wrapped, [0, 1], lines[0])
    doc = document_from_text(wrapped)
    assert doc.title is None
    assert doc.header.get("source") == "中央社"
    assert doc.header.get("reporter") == "廖禹揚"


def test_a_lead_opened_by_its_date_and_a_comma_is_no_title():
    text = read_document(REAL / "news-cn-hbpu-alumni-association-2021.html").text
    assert text.startswith("2021年7月18日，湖北理工学院武汉校友会")
    assert document_from_text(_wrap(text)).title is None


def test_a_headline_written_as_sentences_over_two_lines_stays_the_title():
    doc = read_document(REAL / "outline_check" / "tw-taipei-lantern-smoking-zones-2026.html")
    title = (
        "2026台北燈節期間展區及周邊禁止吸菸(含電子菸及加熱菸)，"
        "如有吸菸需求請至指定吸菸區。違者最高處1萬元罰鍰。"
    )
    assert doc.title == title
    wrapped = document_from_text(_wrap(doc.text)).title
    assert wrapped is not None and wrapped.replace("\n", "") == title  # (as the wrap broke it)


def test_a_headline_that_fills_the_width_is_no_lead():
    doc = read_document(REAL / "news-hk-mallet-visa-press-2018.md")
    wrapped = _wrap(doc.text)
    first = wrapped.split("\n")[0]
    assert first.startswith("外國傳媒追問馬凱被拒工作簽證") and columns(first) >= 76
    assert not first_piece_of_lead(wrapped, [0, 1], first)

"""The report with highlights and notes as one HTML page, for print and PDF
(gui/core/annotated_report.py): the shown script, the notes' tints, numbers and texts in
reading order, orphans at the end."""

from __future__ import annotations

import html
import re
from dataclasses import replace

import pytest

from gui.core.annotated_report import PrintLabels, _segments, annotated_html
from gui.core.notes import new_passage_note, new_section_note
from gui.core.notes.export import HTML_COLOURS
from gui.core.script_views import DocumentViews


@pytest.fixture(scope="module")
def views(document):
    return DocumentViews(document.text)


def _note(document, quote: str, body: str = "", colour: str = "yellow", tags=()):
    start = document.text.index(quote)
    return new_passage_note(document, start, start + len(quote), body, colour, tags)


def _paragraphs(page: str) -> list[str]:
    """The text of each block (h1-h4, p, note table) with the markup removed."""
    blocks = re.findall(r"<(h\d|p|table)[^>]*>(.*?)</\1>", page, flags=re.S)
    return [html.unescape(re.sub(r"<[^>]+>", "", inner)) for _tag, inner in blocks]


def test_every_paragraph_is_there_in_the_chosen_script(document, views):
    page = annotated_html(document, views, "hans", [])
    text = "".join(_paragraphs(page))
    for i in range(views.line_count):
        line = views.line(i, "hans").text.strip()
        if line:
            assert line in text
    assert "兰州高新区" in text and "蘭州高新區" not in text
    assert '<body lang="zh-Hans">' in page


def test_notes_are_tinted_numbered_and_shown_under_their_paragraph(document, views):
    noted = _note(document, "集聚中牧股份、中農威特", "重點企業", "green", ("企业",))
    plain = _note(document, "實現總產值140億元", colour="blue")  # a highlight: no text
    section = new_section_note(document, document.sections[3], "本節重點", "pink")
    page = annotated_html(
        document, views, "original", [plain, noted, section], PrintLabels(tags="Tags: %1")
    )
    green, blue = HTML_COLOURS["green"], HTML_COLOURS["blue"]
    assert f'<span style="background-color:{green}">集聚中牧股份、中農威特</span>' in page
    assert f'<span style="background-color:{blue}">實現總產值140億元</span>' in page
    blocks = _paragraphs(page)
    # Numbers follow reading order; the highlight without text gets none.
    at_passage = next(i for i, b in enumerate(blocks) if "集聚中牧股份、中農威特[1]" in b)
    assert blocks[at_passage + 1] == "[1] 重點企業Tags: 企业"
    heading = next(i for i, b in enumerate(blocks) if b.startswith(document.sections[3].heading))
    assert "[2]" in blocks[heading]
    assert blocks[heading + 1] == "[2] 本節重點"
    assert "[3]" not in page


def test_notes_whose_passage_is_gone_come_last_and_html_is_escaped(document, views):
    note = _note(document, "孵化器", "<b>not bold</b> & more")
    gone = replace(note, orphaned=True)
    page = annotated_html(
        document, views, "hant", [gone], PrintLabels(orphans="Not found in this version")
    )
    blocks = _paragraphs(page)
    assert blocks[-3:] == ["Not found in this version", "「孵化器」", "[1] <b>not bold</b> & more"]
    assert "<b>not bold</b>" not in page  # escaped, shown as text


def test_a_note_over_two_paragraphs_is_tinted_in_both_and_numbered_at_its_end(document, views):
    start = document.text.index("生態文明建設引領區")
    end = document.text.index("出臺高質量") + 5
    note = new_passage_note(document, start, end, "跨段", "purple")
    page = annotated_html(document, views, "original", [note])
    purple = HTML_COLOURS["purple"]
    assert page.count(f"background-color:{purple}") == 3  # two paragraphs and the note block
    blocks = _paragraphs(page)
    numbered = [i for i, b in enumerate(blocks) if "[1]" in b]
    assert len(numbered) == 2 and numbered[1] == numbered[0] + 1
    assert blocks[numbered[0]].startswith("出臺高質量")


def test_segments_combine_overlapping_styles():
    spans = [(0, 4, "a"), (2, 6, "b")]
    assert _segments(8, spans, cuts=[7]) == [
        (0, 2, "a"),
        (2, 4, "a;b"),
        (4, 6, "b"),
        (6, 7, ""),
        (7, 8, ""),
    ]

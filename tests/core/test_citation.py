"""Copy with citation, Qt-free: the passage as a script view shows it, the report's title,
section path and paragraph, as plain text and Markdown (gui/core/citation.py)."""

from __future__ import annotations

import pytest

from gui.core.citation import (
    Citation,
    CitationLabels,
    citation_markdown,
    citation_plain,
    make_citation,
    paragraph_number,
    view_text,
)
from gui.core.reading import read_document
from gui.core.script import convert_fragment
from gui.core.script_views import DocumentViews
from tests.conftest import DATA


@pytest.fixture(scope="module")
def views(document):
    return DocumentViews(document.text)


def _span(document, quote: str) -> tuple[int, int]:
    start = document.text.index(quote)
    return start, start + len(quote)


@pytest.mark.parametrize("script", ["original", "hans", "hant", "tw", "hk"])
def test_the_quote_is_what_the_view_shows(document, views, script):
    start, end = _span(document, "集聚中牧股份、中農威特、奇正藏藥")
    citation = make_citation(document, views, script, start, end)
    line = views.line_at(start)
    shown = views.line(line, script).text
    assert citation.quote in shown  # a slice of the view the reader shows
    assert citation.quote == convert_fragment(document.text[start:end], script, views.variant)


def test_section_path_and_paragraph_follow_the_passage(document, views):
    start, end = _span(document, "實現總產值140億元")
    citation = make_citation(document, views, "hans", start, end)
    section = document.section_at(start)
    assert citation.headings == (convert_fragment(section.heading, "hans"),)
    # The paragraph number counts the report's non-empty lines up to the passage.
    lines = document.text[:start].split("\n")
    assert citation.paragraph == sum(1 for line in lines if line.strip())
    assert citation.paragraphs == sum(1 for line in document.text.split("\n") if line.strip())
    assert citation.source == "lanzhou-hi-tech-zone-2021.txt"


def test_a_titled_report_is_cited_by_its_title_in_the_shown_script():
    doc = read_document(DATA / "real" / "press-tw-amcham-dinner-2024.txt")
    views = DocumentViews(doc.text)
    assert doc.title and "臺灣" in doc.title
    body = doc.sections[-1]
    citation = make_citation(doc, views, "hans", body.body_start, body.body_start + 12)
    assert "台湾" in citation.title and "臺灣" not in citation.title
    plain = citation_plain(citation)
    assert plain.splitlines()[1].startswith(f"— 《{citation.title}》, ")
    assert plain.rstrip().endswith("press-tw-amcham-dinner-2024.txt")


def test_plain_and_markdown_forms(document, views):
    start = document.text.index("生物醫藥首位產業優勢凸顯")
    end = document.text.index("大力培育") + 4  # into the next paragraph
    citation = make_citation(document, views, "hans", start, end)
    assert "\n" in citation.quote and "\n\n" not in citation.quote  # no blank paragraphs
    labels = CitationLabels(paragraph="第 %1 段（共 %2 段）")
    plain = citation_plain(citation, labels)
    quote_line, reference = plain.split("\n")
    assert quote_line.startswith("“生物医药首位产业优势凸显") and quote_line.endswith("”")
    # The heading's 。 is dropped before the comma; the file names an untitled report.
    assert reference == (
        f"— lanzhou-hi-tech-zone-2021.txt, 生物医药首位产业优势凸显, "
        f"第 {citation.paragraph} 段（共 {citation.paragraphs} 段）"
    )
    markdown = citation_markdown(citation, labels)
    quoted, ref = markdown.split("\n\n— ")
    assert all(line.startswith(">") for line in quoted.split("\n"))
    assert quoted.count("\n>\n") == citation.quote.count("\n")  # one quote block per paragraph
    assert ref.startswith("lanzhou-hi-tech-zone-2021.txt, ")


def test_markdown_escapes_what_would_become_markup():
    citation = Citation("# 1*2_3 [注]", "《规划》*草案*", ("一、总则",), 3, 9, "plan.md")
    markdown = citation_markdown(citation)
    assert markdown.startswith(r"> \# 1\*2\_3 \[注\]")
    assert r"— *《规划》\*草案\**, 一、总则, paragraph 3 of 9, plan.md" in markdown


def test_view_text_across_lines_and_outside_the_bmp(tmp_path):
    """Positions are code points; a character outside the BMP (𠀀) must not shift the quote."""
    path = tmp_path / "r.txt"
    path.write_text("第一段有𠀀字，后面是发展。\n\n第二段说明关系。\n", encoding="utf-8")
    doc = read_document(path)
    views = DocumentViews(doc.text)
    start = doc.text.index("字")
    end = doc.text.index("关系") + 2
    assert view_text(views, "hant", start, end) == "字，後面是發展。\n\n第二段說明關係"
    assert view_text(views, "hant", end, end) == ""
    assert paragraph_number(doc.text, doc.text.index("第二段")) == (2, 2)

"""A cover set in headings (docs/history/outline-log.md "Round 19, session 16 (headings)"): a plan's title
page in Markdown — its series line, its title, its issuer — is the title and the cover's lines,
not three sections. A real dev document (batch 14), with controls."""

from __future__ import annotations

from pathlib import Path

from gui.core.formats.markdown import read_markdown
from gui.core.reading import read_document
from tests.conftest import REPO

PLAN = REPO / "tests" / "data" / "real" / "plan-tw-taipei-neihu-review-2014.md"


def _read(markdown: str):
    return read_markdown(markdown.encode("utf-8"), Path("x.md"))


def test_the_plans_cover_gives_its_title_and_no_section():
    doc = read_document(PLAN)
    assert doc.title == "臺北市內湖區都市計畫通盤檢討（主要計畫）案"
    headings = [s.heading for s in doc.sections if s.heading]
    assert "臺北市都市計畫書" not in headings and "臺北市政府" not in headings
    assert headings[:2] == ["壹、前言", "緣起"]


def test_the_cover_lines_head_nothing_and_the_sections_stay():
    source = _read(
        "### 臺北市都市計畫書\n\n# 內湖區通盤檢討案\n\n## 臺北市政府\n\n公告。\n\n## 壹、前言\n\n內湖區位於臺北市東側。\n"
    )
    lines = source.text.split("\n")
    assert lines[source.title_line] == "內湖區通盤檢討案"
    assert {lines[i] for i in source.headings} == {"壹、前言"}


def test_a_section_under_the_title_is_no_issuer():
    # (A heading under the title that names no organisation stays a section.)
    source = _read(
        "### 臺北市都市計畫書\n\n# 內湖區通盤檢討案\n\n## 前言\n\n內湖區位於臺北市東側。\n\n## 計畫範圍\n\n詳如計畫圖。\n"
    )
    lines = source.text.split("\n")
    assert lines[source.title_line] == "內湖區通盤檢討案"
    assert {lines[i] for i in source.headings} == {"前言", "計畫範圍"}


def test_no_cover_where_text_stands_above_the_top_heading():
    # A paragraph above: not a cover of headings (the reader's earlier rules decide).
    source = _read(
        "本文由脚本提取，仅供查阅。\n\n### 說明\n\n# 內湖區通盤檢討案\n\n## 前言\n\n內湖區位於臺北市東側。\n"
    )
    lines = source.text.split("\n")
    assert "說明" in {lines[i] for i in source.headings}

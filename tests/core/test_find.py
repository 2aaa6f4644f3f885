"""Find compares on the Simplified pivot, so every script finds the same places."""

from __future__ import annotations

import pytest

from gui.core.find import find_all, pivot_query
from gui.core.reading import read_document
from gui.core.script import Script
from gui.core.script_views import DocumentViews
from tests.conftest import DEFAULT_REPORT


@pytest.fixture(scope="module")
def report_text() -> str:
    return read_document(DEFAULT_REPORT).text


@pytest.mark.parametrize("query", ["发展", "發展", "发展 "])
def test_simplified_and_traditional_queries_agree(report_text, query):
    hits = find_all(DocumentViews(report_text), query.strip())
    assert len(hits) == report_text.count("發展")
    assert all(report_text[h.start : h.end] == "發展" for h in hits)


def test_hits_are_in_text_coordinates_around_extension_b():
    text = "𠀀发展\n𠀀𠀀關于發展"
    hits = find_all(DocumentViews(text), "發展")
    assert [(h.start, h.end) for h in hits] == [(1, 3), (8, 10)]
    assert [text[h.start : h.end] for h in hits] == ["发展", "發展"]


def test_query_is_converted_to_the_pivot():
    assert pivot_query("關於") == "关于"
    assert pivot_query("ABC") == "abc"


def test_case_insensitive_latin_and_empty_query():
    views = DocumentViews("ICP備案 icp")
    assert len(find_all(views, "Icp")) == 2
    assert find_all(views, "") == []


def test_hits_map_into_each_view(report_text):
    views = DocumentViews(report_text)
    hits = find_all(views, "发展")
    for script in Script:
        for h in hits[:5]:
            line, a = views.to_view(script, h.start)
            _, b = views.to_view(script, h.end, end=True)
            shown = views.line(line, script).text[a:b]
            assert pivot_query(shown) == "发展"

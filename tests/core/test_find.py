"""Find compares on the Simplified pivot, so every script finds the same places."""

from __future__ import annotations

import pytest

from gui.core.find import find_all, hit_context, line_hits, pivot_query
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


def test_searching_line_by_line_gives_the_same_hits(report_text):
    views = DocumentViews(report_text)
    needle = pivot_query("發展")
    by_line = [hit for i in range(views.line_count) for hit in line_hits(views, i, needle)]
    assert by_line == find_all(views, "发展") and len(by_line) > 10


def test_hit_context_is_shown_in_the_script_asked_for():
    text = "前言\n蘭州高新區關于發展生物醫藥產業的意見，全文共三章。"
    views = DocumentViews(text)
    (hit,) = find_all(views, "关于")
    assert hit_context(views, Script.ORIGINAL, hit, chars=5) == (
        "蘭州高新區",
        "關于",
        "發展生物醫…",
    )
    before, match, after = hit_context(views, Script.HANT, hit, chars=3)
    assert (before, match) == ("…高新區", "關於")  # the Traditional view repairs 關于
    assert after == "發展生…"
    before, match, _ = hit_context(views, Script.HANS, hit, chars=30)
    assert (before, match) == ("兰州高新区", "关于")

"""Per-line script views equal whole-text views, and positions map through them."""

from __future__ import annotations

import pytest

from gui.core.reading import read_document
from gui.core.script import Script, make_view
from gui.core.script_views import DocumentViews
from tests.conftest import DEFAULT_REPORT

SAMPLE = (
    "關于加快發展的意見\n"
    "蘭州高新區示范區建設,關系到U盘和隨身碟。\n"
    "\n"
    "𠀀字在擴展B區,后面還有发展與發展。\n"
    "最後一行沒有換行"
)


@pytest.mark.parametrize("script", list(Script))
def test_line_by_line_equals_whole_text(script):
    views = DocumentViews(SAMPLE)
    whole = make_view(SAMPLE, script)
    joined = views.view(script)
    assert joined.text == whole.text
    assert joined.map.pieces() == whole.map.pieces()


@pytest.mark.parametrize("script", list(Script))
def test_default_report_line_by_line_equals_whole_text(script):
    text = read_document(DEFAULT_REPORT).text
    assert DocumentViews(text).view(script).text == make_view(text, script).text


def test_pivot_repairs_naive_conversion():
    views = DocumentViews(SAMPLE)
    assert views.line(0, Script.HANT).text.startswith("關於")
    assert "示範" in views.line(1, Script.HANT).text
    assert "關係" in views.line(1, Script.HANT).text


def test_lines_and_positions():
    views = DocumentViews(SAMPLE)
    assert views.line_count == 5
    assert views.line_range(2) == (views.line_range(1)[1] + 1, views.line_range(1)[1] + 1)
    start, end = views.line_range(3)
    assert SAMPLE[start:end].startswith("𠀀")
    assert views.line_at(start) == 3
    assert views.line_at(start - 1) == 2  # the newline belongs to the line it ends
    assert list(views.lines_between(0, start + 1)) == [0, 1, 2, 3]


def test_phrase_conversion_maps_as_a_block():
    views = DocumentViews("用U盘存")
    line, col = views.to_view(Script.TW, 1)  # the start of U盘
    assert views.line(0, Script.TW).text == "用隨身碟存"
    assert (line, col) == (0, 1)
    assert views.to_view(Script.TW, 3, end=True) == (0, 4)
    assert views.to_text(Script.TW, 0, 4) == 3


def test_lazy_conversion_and_missing_order():
    views = DocumentViews(SAMPLE)
    assert not views.is_converted(3, Script.HANT)
    views.line(3, Script.HANT)
    assert views.is_converted(3, Script.HANT)
    assert list(views.missing(Script.HANT, first=2)) == [2, 4, 0, 1]
    assert list(views.missing(Script.ORIGINAL)) == []
    assert views.is_complete(Script.ORIGINAL)
    assert not views.is_complete(Script.HANT)


def test_section_index_at_agrees_with_a_scan_from_the_top():
    """Bisection must give the innermost section a scan gives, nested levels included."""
    import sys

    from gui.core.reading import document_from_text
    from gui.core.script_views import section_index_at
    from tests.conftest import REPO

    sys.path.insert(0, str(REPO / "benchmarks"))
    from large_report import build_large_report

    doc = document_from_text(build_large_report(60_000))
    sections = doc.sections
    assert len(sections) > 300 and len({s.level for s in sections}) >= 3

    def scan(pos: int) -> int:
        found = -1
        for i, section in enumerate(sections):
            if section.start <= pos < section.end:
                found = i
            elif section.start > pos:
                break
        return found

    for pos in range(-1, len(doc.text) + 2, 37):
        assert section_index_at(sections, pos) == scan(pos), pos
    assert section_index_at((), 5) == -1


def test_unconverted_lines_are_those_with_no_view_yet_in_their_order():
    """What a switch hands to the workers: the lines of a list not yet converted to the
    script, in the list's order (the original needs none)."""
    text = read_document(DEFAULT_REPORT).text
    views = DocumentViews(text)
    order = list(range(views.line_count - 1, -1, -1))  # any order is kept
    for i in order[::3]:
        views.line(i, Script.HANT)
    expected = [i for i in order if not views.is_converted(i, Script.HANT)]
    assert views.unconverted(order, Script.HANT) == expected
    assert 0 < len(expected) < len(order)
    assert views.unconverted(order, "tw") == order
    assert views.unconverted(order, Script.ORIGINAL) == []


def test_lines_that_read_the_same_in_a_script_keep_no_copy_of_themselves():
    """A Simplified report's pivot (简) is the report itself, line by line: the cache keeps
    no text or map of its own for such lines (the pivot warm-up of a 10 MB report held 44 MB
    of them), yet every line reads back as before; lines that change keep their own."""
    import tracemalloc

    simplified = "\n".join(f"第{i}条 兰州新区推动产业发展，国务院发布通知。" for i in range(3000))
    views = DocumentViews(simplified)
    views.line(0, Script.HANS)  # the converter's tables, loaded once
    tracemalloc.start()
    try:
        for i in range(views.line_count):
            views.line(i, Script.HANS)
        held = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert held < 30 * views.line_count  # a LineView of its own: ~700 bytes a line
    whole = make_view(simplified, Script.HANS)
    assert views.view(Script.HANS).text == whole.text
    line = views.cached(7, Script.HANS)
    assert line is not None and line.text == simplified.split("\n")[7]
    assert line.map.is_identity
    traditional = "蘭州新區推動產業發展\n國務院發布通知"
    views = DocumentViews(traditional)
    for i in range(views.line_count):
        assert (
            views.line(i, Script.HANS).text
            == make_view(traditional.split("\n")[i], Script.HANS).text
        )
    assert views.cached(0, Script.HANS).text == "兰州新区推动产业发展"

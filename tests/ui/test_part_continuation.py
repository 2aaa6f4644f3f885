"""The whole of a long report taking over from its first part (gui/core/first_part.py): the
part's blocks stay in the reader, with the reading position and the selection, and the rest
streams in after them; the result is what a fresh fill of the whole report shows."""

from __future__ import annotations

import sys

import pytest

from tests.conftest import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
from large_report import build_large_report  # noqa: E402
from test_streamed_fill import _formats, _reader, _shown_text  # noqa: E402

CHARS = 400_000


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    from gui.core.first_part import read_first_part
    from gui.core.loading import read_plain_source
    from gui.core.reading import document_from_source

    path = tmp_path_factory.mktemp("part") / "large-report.txt"
    path.write_text(build_large_report(CHARS, seed=5), encoding="utf-8")
    decoded = read_plain_source(str(path))
    part = read_first_part(decoded, path, lambda _fingerprint: 0)
    assert part is not None
    return part.document, document_from_source(decoded, path)


def test_the_whole_report_streams_in_behind_its_first_part(qtbot, report):
    from gui.core.script_views import DocumentViews

    part, whole = report
    reader = _reader(qtbot)
    reader.set_document(part, DocumentViews(part.text), "original", 0)
    qdoc = reader.document()
    first = qdoc.findBlockByNumber(3)
    first.setUserState(11)  # a mark only the part's own blocks carry
    start = part.text.index("\n", 200) + 1
    reader.select_text_span(start, start + 12)
    reader.scroll_to_text_pos(start)
    top = reader.top_text_pos()
    reader.set_document(whole, DocumentViews(whole.text), "original", 0)
    # The same document and blocks: nothing was cleared, the place and selection stay.
    assert reader.document() is qdoc and qdoc.findBlockByNumber(3).userState() == 11
    assert reader.selected_text_span() == (start, start + 12)
    assert reader.top_text_pos() == top
    assert reader.filling() and reader.document_model is whole
    qtbot.waitUntil(lambda: not reader.filling(), timeout=60000)
    assert reader.selected_text_span() == (start, start + 12)
    # Text and heading formats are a fresh fill's, line for line.
    fresh = _reader(qtbot)
    fresh.set_document(whole, DocumentViews(whole.text), "original", 0)
    qtbot.waitUntil(lambda: not fresh.filling(), timeout=60000)
    assert _shown_text(reader) == _shown_text(fresh) == whole.text
    lines = range(0, DocumentViews(whole.text).line_count, 7)
    assert _formats(reader, lines) == _formats(fresh, lines)


def test_a_report_that_does_not_continue_the_part_replaces_it(qtbot, report):
    from gui.core.reading import document_from_text
    from gui.core.script_views import DocumentViews

    part, whole = report
    reader = _reader(qtbot)
    reader.set_document(part, DocumentViews(part.text), "original", 0)
    reader.document().findBlockByNumber(3).setUserState(11)
    other = document_from_text("另一份报告\n" + whole.text)
    reader.set_document(other, DocumentViews(other.text), "original", 0)
    assert reader.document().findBlockByNumber(3).userState() != 11
    qtbot.waitUntil(lambda: not reader.filling(), timeout=60000)
    assert _shown_text(reader) == other.text
